//! Red lines of the fourth round on invented sentences: a test per cue family added then, each
//! with a sense it must not hit, and the resolve cues that stand alone. Every sentence here is
//! made up for the test.

#[path = "common/red_lines.rs"]
mod red_lines;

use red_lines::{hit, marked, none};

#[test]
fn responsibility_regret_and_announced_responses() {
    let t = "Seoul said Pyongyang would bear full responsibility for any clash at sea.";
    assert!(marked(t, "would bear full responsibility", "TH"));
    none("The council will bear full responsibility for the repairs, the mayor said.");
    assert!(marked("Tehran warned that Riyadh would bitterly regret the decision.", "bitterly regret", "TH"));
    let t = "“Our response will be immediate and painful,” the Iranian minister said of Israel.";
    assert!(marked(t, "response will be immediate", "TH"));
    let t = "Moscow said any strike would be met with a swift and crushing reply from Russia.";
    assert!(marked(t, "met with a swift and crushing reply", "TH"));
    assert!(marked("Baku said it reserves its right to respond to Armenia.", "reserves its right to respond", "TH"));
    let t = "Beijing issued a stern warning to Manila over the shoal.";
    assert!(marked(t, "issued a stern warning", "TH"));
    none("Forecasters in the valley issued a stern warning about the floods.");
}

#[test]
fn warnings_received_no_choice_and_consequences_to_come() {
    let t = "Belgrade was warned that its accession talks could stall, an EU diplomat said.";
    assert!(marked(t, "was warned that", "TH"));
    let t = "Kyiv said it had no choice but to respond to the Russian shelling.";
    assert!(marked(t, "no choice but to respond", "TH"));
    let t = "The American envoy said there are going to be consequences for Russia.";
    assert!(marked(t, "going to be consequences", "TH"));
    let t = "Egypt warned that its army would fight to protect the Nile waters from Ethiopia.";
    assert!(marked(t, "warned that its army would fight", "TH"));
}

#[test]
fn demands_by_order_request_and_time_frames() {
    let t = "Hanoi demanded Beijing to stop the survey in the Paracel Islands.";
    assert!(marked(t, "demanded", "DM"));
    let t = "Washington on Monday warned the Houthis to stop attacking ships in the Red Sea.";
    assert!(marked(t, "warned", "DM"));
    let t = "It is essential for Moscow to withdraw its troops, the NATO chief said.";
    assert!(marked(t, "It is essential for", "DM"));
    none("It is time for America to change course, the Ohio senator wrote.");
    let t = "The UN Security Council demanded an immediate halt to the fighting in Sudan.";
    assert!(marked(t, "demanded an immediate halt", "DM"));
}

#[test]
fn protests_dissatisfaction_summons_and_characterisations() {
    let t = "Tokyo handed a note of protest to the Chinese embassy over the buoy.";
    assert!(marked(t, "handed a note of protest", "GR"));
    let t = "Beijing expressed strong dissatisfaction with the Japanese remarks.";
    assert!(marked(t, "expressed strong dissatisfaction", "GR"));
    let t = "India's envoy in Islamabad was summoned over the remarks.";
    assert!(marked(t, "envoy in Islamabad was summoned", "GR"));
    let t = "ECOWAS called the junta illegitimate and its decree unlawful.";
    assert!(marked(t, "called", "GR"));
    let t = "Cairo said the dam is an assault on the sovereignty of Egypt.";
    none("Clinton spoke of promoting stability and easing the tensions within a troubled world.");
    assert!(marked(t, "assault on the sovereignty", "GR"));
    // a provocation warned against is no grievance named; the warning itself is a threat
    let t = "Seoul said it would answer any provocation by Pyongyang.";
    assert!(!marked(t, "provocation", "GR"));
    assert!(marked(t, "would answer", "TH"));
    let t = "Pyongyang called the drills by Seoul a provocation.";
    assert!(marked(t, "provocation", "GR"));
}

#[test]
fn shows_of_force_by_deployment_call_up_and_unveiling() {
    let t = "Washington moved a guided-missile destroyer into the Gulf of Oman.";
    assert!(marked(t, "moved a guided-missile destroyer", "CP"));
    let t = "Israel called up two reserve brigades on the Lebanese border.";
    assert!(marked(t, "called up two reserve brigades", "CP"));
    let t = "Iran unveiled a new hypersonic missile at a parade in Tehran.";
    assert!(marked(t, "unveiled a new hypersonic missile", "CP"));
    let t = "Seoul said its military had raised its readiness posture along the border with North Korea.";
    assert!(marked(t, "raised its readiness posture", "CP"));
    none("The Berlin hospital formed a new task force on waiting times.");
}

#[test]
fn openings_for_talks_agreements_and_mediation() {
    let t = "Oman offered to mediate between Tehran and Washington.";
    assert!(marked(t, "offered to mediate", "DE"));
    let t = "Russian and Ukrainian negotiators agreed to meet again in Istanbul.";
    assert!(marked(t, "agreed to meet again", "DE"));
    let t = "Seoul said the door to dialogue with Pyongyang remained open.";
    assert!(marked(t, "door to dialogue with Pyongyang remained open", "DE"));
    let t = "Thailand and Cambodia agreed in principle to a ceasefire.";
    assert!(marked(t, "agreed in principle to a ceasefire", "DE"));
    let t = "India and China reached an agreement on patrolling along the border.";
    assert!(marked(t, "reached an agreement on", "DE"));
}

#[test]
fn ultimatums_by_time_given_and_measures_that_follow() {
    let t = "Washington gave Tehran until the end of August to accept the inspectors.";
    assert!(marked(t, "gave Tehran until the end", "UL"));
    let t = "The Chinese coast guard gave the Philippine boat 30 minutes to leave the shoal.";
    assert!(marked(t, "gave the Philippine boat 30 minutes", "UL"));
    let t = "Washington said the tariffs on Canada would take effect automatically on April 1 unless Ottawa acted.";
    assert!(marked(t, "take effect automatically on April 1 unless", "UL"));
}

#[test]
fn refusals_rejections_and_null_decrees() {
    let t = "Tehran rejected the statement of the Gulf states on the islands.";
    assert!(marked(t, "rejected the statement", "RF"));
    none("The Ohio senator rejected the label of populist.");
    let t = "Kyiv will never legally recognize the occupation of Crimea by Russia.";
    assert!(marked(t, "will never legally recognize", "RF"));
    let t = "Caracas declared the arbitration award null and void, Guyana said.";
    assert!(marked(t, "null and void", "RF"));
}

#[test]
fn resolve_that_stands_alone_and_resolve_that_only_raises() {
    let t = "“We will not be intimidated,” the Lithuanian president said of Russia.";
    assert!(marked(t, "will not be intimidated", "RS"));
    let t = "NATO stands ready to defend every inch of allied territory.";
    assert!(marked(t, "stands ready to defend", "RS"));
    // asking no one's leave is a refusal: readers of the batches mark it so (round 15)
    let t = "“We do not ask permission from China,” the Philippine minister said.";
    assert!(marked(t, "do not ask permission", "RF"));
    // a booster alone, raising nothing, is still not shown
    assert!(hit("Poland firmly supports the new Ukrainian plan.", "firmly", "RS").is_none());
    // alone cues are weak like the rest: no place or organisation, no hit
    none("“We will not be intimidated,” the head teacher said of the vandals.");
}
