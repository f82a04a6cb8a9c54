//! Red lines of the fifth round on invented sentences: a test per cue family added or widened
//! then, each with a sense it must not hit. Every sentence here is made up for the test.

#[path = "common/red_lines.rs"]
mod red_lines;

use red_lines::{hit, marked, none};

#[test]
fn a_second_verb_of_the_subject_is_read_after_and() {
    let t = "The Polish embassy called the drills routine and accused Minsk of massing troops.";
    assert!(marked(t, "accused", "GR"));
    let t = "Israel's defence minister spoke in Tel Aviv and threatened to push the militia back by force.";
    assert!(marked(t, "threatened to", "TH"));
    let t = "The foreign ministry summoned the envoy and demanded that Moscow release the sailors.";
    assert!(marked(t, "demanded that", "DM"));
    // a river is no actor: what it threatens is an outcome
    none("The river rose overnight in Germany and threatened to flood the old town.");
}

#[test]
fn refusals_by_ruling_out_rejecting_a_claim_and_seeing_no_basis() {
    let t = "The Kurdish commander ruled out handing over heavy weapons to Ankara.";
    assert!(marked(t, "ruled out handing", "RF"));
    none("The French striker was ruled out for the season with a knee injury.");
    let t = "Iran's foreign ministry rejected the claim that its drones had reached Russia.";
    assert!(marked(t, "rejected the claim", "RF"));
    none("The insurer in London rejected the claim after the flood.");
    let t = "Moscow sees no basis for any talks with Kyiv, the Kremlin said.";
    assert!(marked(t, "sees no basis for any talks", "RF"));
    let t = "Pyongyang said it had no interest in talks with Seoul.";
    assert!(marked(t, "no interest in talks", "RF"));
}

#[test]
fn threats_of_broken_ties_conclusions_and_tariffs() {
    let t = "Armenia said it was prepared to sever what remained of diplomatic relations with Azerbaijan.";
    assert!(marked(t, "sever what remained of diplomatic relations", "TH"));
    let t = "Baku said it would draw its own conclusions if France kept arming Armenia.";
    assert!(marked(t, "would draw its own conclusions", "TH"));
    let t = "Arms row\n\nMoscow warned that Seoul could face consequences for arming Ukraine.";
    assert!(marked(t, "warned", "TH"));
    let t = "Washington said Mexico would face tariffs of up to 30 percent.";
    assert!(marked(t, "face tariffs", "TH"));
    let t = "Belgrade said it would not hesitate to expel diplomats from the EU.";
    assert!(marked(t, "would not hesitate to expel", "TH"));
    let t = "China raised the threat of targeted sanctions against Lithuania.";
    assert!(marked(t, "threat of targeted sanctions", "TH"));
}

#[test]
fn shows_of_force_by_patrols_garrisons_launches_and_reserves() {
    let t = "Serbia stepped up its military patrols near the Kosovo border.";
    assert!(marked(t, "stepped up its military patrols", "CP"));
    let t = "Venezuela reinforced its garrison on the island, Guyana said.";
    assert!(marked(t, "reinforced its garrison", "CP"));
    let t = "North Korea fired what appeared to be a short-range ballistic missile, Japan said.";
    assert!(marked(t, "fired", "CP"));
    // a figure of speech: no weapon named
    none("In Iowa, the senator fired a verbal missile at his rival.");
    let t = "Hungary brought in reserve troops from Austria for the exercise in Bosnia.";
    assert!(marked(t, "brought in reserve troops", "CP"));
}

#[test]
fn grievances_of_regret_intrusion_renewed_protest_and_labels() {
    let t = "Tokyo said the intrusion by the Chinese vessels was extremely regrettable.";
    assert!(marked(t, "extremely regrettable", "GR"));
    let t = "Beijing said the Philippine ship had illegally intruded into Chinese waters.";
    assert!(marked(t, "illegally intruded", "GR"));
    none("You cannot become a citizen of the United States by illegally entering it.");
    let t = "The UAE renewed its protest against Iran's occupation of the islands.";
    assert!(marked(t, "renewed its protest", "GR"));
    let t = "Washington called the EU draft on steel one-sided.";
    assert!(marked(t, "called", "GR"));
}

#[test]
fn resolve_and_openness_widened() {
    let t = "“We are determined to defend every centimetre of our land,” the Polish minister said.";
    assert!(marked(t, "determined to defend", "RS"));
    let t = "Kyiv said it would stay the course on the grain corridor, Russia's threats aside.";
    assert!(marked(t, "stay the course", "RS"));
    let t = "“Our door remains open,” the South Korean minister said of Pyongyang.";
    assert!(marked(t, "door remains open", "DE"));
    let t = "Yerevan said it remained open to a professional dialogue with Baku.";
    assert!(marked(t, "open to a professional dialogue", "DE"));
    let t = "Egypt said it was ready to take part in a neutral expert process on the dam.";
    assert!(marked(t, "ready to take part", "DE"));
    let t = "Chisinau was willing to accept an international audit of the debt, Moldova said.";
    assert!(marked(t, "willing to accept an international audit", "DE"));
    // acceptance of anything is not openness to talks
    assert!(hit("Trump said in Mexico he was willing to accept an interview.", "willing to accept", "DE").is_none());
    let t = "Madrid said it would prefer a negotiated outcome with London on Gibraltar.";
    assert!(marked(t, "prefer a negotiated outcome", "DE"));
}
