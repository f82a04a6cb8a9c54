//! Red lines of the thirty-third round on invented sentences: an act the sentence before it
//! dates to an earlier time is background (a sentence opening with a date, a date followed by
//! `when`, `at the time` just before the act); a settlement sought, a quiet way preferred, no
//! wish to open a dispute; a course kept against pressure, work not halted, support refused;
//! consequences an act would bring, whatever it takes to protect, sanctions to be pushed for,
//! a closure held ready, ties under review, a legal step announced; a mindset blamed, a
//! charge called utterly baseless; a last word and a principle of no ransom; consular access
//! demanded; force moved by an actor that has moved it; a matter declared closed to
//! negotiation is a red line and an act declared an act of war a threat.
//! Every sentence here is made up for the test.

#[path = "common/red_lines.rs"]
mod red_lines;

use red_lines::{LEAD, hit, marked};

#[test]
fn an_act_the_sentence_dates_to_an_earlier_time_is_background() {
    // the same act, undated, is a threat
    let t = format!("{LEAD}Azerbaijan threatened to close the border with Armenia.");
    assert!(marked(&t, "threatened to close", "TH"));
    // a sentence that opens with a date
    let t = format!("{LEAD}In March 2019, Azerbaijan threatened to close the border with Armenia.");
    assert!(hit(&t, "threatened to close", "TH").is_none());
    // a date followed by `when`
    let t = format!("{LEAD}The two neighbours quarrelled over the dam, and Egypt threatened to cut off talks.");
    assert!(marked(&t, "threatened to cut off", "TH"));
    let t =
        format!("{LEAD}The two neighbours quarrelled over the dam in 2021, when Egypt threatened to cut off talks.");
    assert!(hit(&t, "threatened to cut off", "TH").is_none());
    // `at the time` just before the act
    let t = format!(
        "{LEAD}Bulgaria expelled ten Russian diplomats last spring, and Moscow at the time threatened to close its embassy in Sofia."
    );
    assert!(hit(&t, "threatened to close", "TH").is_none());
    // a future word after the date keeps the act one to come
    let t = format!("{LEAD}In 2027, Hungary will threaten to close the border with Serbia, the minister warned.");
    assert!(marked(&t, "threaten to close", "TH"));
}

#[test]
fn a_settlement_sought_and_a_quiet_way_preferred_are_de_escalation() {
    let t = format!(
        "{LEAD}Paraguay said it wanted to sell soy to every market and did not seek a confrontation with Beijing."
    );
    assert!(marked(&t, "did not seek a confrontation", "DE"));
    let t = format!("{LEAD}The ministry said Chile had no wish to open a dispute with Lima over the fishing zone.");
    assert!(marked(&t, "no wish to open a dispute", "DE"));
    let t = format!("{LEAD}Tehran said it had no interest in further escalation.");
    assert!(marked(&t, "no interest in further escalation", "DE"));
    let t =
        format!("{LEAD}Minsk said it remained committed to reaching an agreement with Vilnius on the transit rules.");
    assert!(marked(&t, "remained committed to reaching an agreement", "DE"));
    let t = format!("{LEAD}A Moroccan official said Rabat preferred quiet diplomacy to public statements.");
    assert!(marked(&t, "preferred quiet diplomacy", "DE"));
    let t = format!("{LEAD}Egypt said it preferred to resolve the matter quietly with Khartoum.");
    assert!(marked(&t, "preferred to resolve the matter quietly", "DE"));
}

#[test]
fn a_course_kept_work_not_halted_and_support_refused_are_refusals() {
    let t = format!("{LEAD}Kenya said it would not change its laws to suit a foreign court.");
    assert!(marked(&t, "would not change its laws", "RF"));
    let t = format!("{LEAD}The Houthis' spokesman said the group would not halt its operations near Yemen.");
    assert!(marked(&t, "would not halt its operations", "RF"));
    let t = format!("{LEAD}Russia's envoy said Moscow could not support a text that blamed only one side.");
    assert!(marked(&t, "could not support a text", "RF"));
}

#[test]
fn consequences_whatever_it_takes_sanctions_sought_and_legal_steps_are_threats() {
    let t = format!("{LEAD}The U.S. envoy warned that any attack on Guyana would bring serious consequences.");
    assert!(marked(&t, "would bring serious consequences", "TH"));
    let t = format!("{LEAD}“Pakistan will do whatever is necessary to protect its people,” the minister said.");
    assert!(marked(&t, "will do whatever is necessary to protect", "TH"));
    let t = format!("{LEAD}The Lithuanian minister said Vilnius would push for new sanctions against Minsk.");
    assert!(marked(&t, "push for new sanctions", "TH"));
    let t = format!("{LEAD}Warsaw said it was prepared to close the last two road crossings with Belarus.");
    assert!(marked(&t, "prepared to close the last two road crossings", "TH"));
    let t = format!("{LEAD}Britain said it was reviewing all aspects of its cooperation with Sudan.");
    assert!(marked(&t, "reviewing all aspects of its cooperation", "TH"));
    let t = format!("{LEAD}Guyana said it would request international arbitration under the treaty.");
    assert!(marked(&t, "would request international arbitration", "TH"));
    let t = format!("{LEAD}Jakarta said it would challenge the new rules at the World Trade Organization.");
    assert!(marked(&t, "would challenge the new rules at the World Trade Organization", "TH"));
    // an act declared an act of war is a threat, not a red line
    let t = format!("{LEAD}Egypt's minister said any attempt to divert the Nile would be treated as an act of war.");
    assert!(marked(&t, "would be treated as an act of war", "TH"));
}

#[test]
fn a_mindset_blamed_and_a_charge_called_baseless_are_grievances() {
    let t = format!("{LEAD}Beijing said the statement reflected a Cold War mentality.");
    assert!(marked(&t, "Cold War mentality", "GR"));
    let t = format!("{LEAD}The ministry said Washington's statement showed a hegemonic mindset.");
    assert!(marked(&t, "hegemonic mindset", "GR"));
    let t = format!("{LEAD}Asmara said the accusations were utterly baseless.");
    assert!(marked(&t, "utterly baseless", "GR"));
    let t = format!("{LEAD}Kyiv said the new settlements amounted to creeping annexation.");
    assert!(marked(&t, "creeping annexation", "GR"));
}

#[test]
fn a_last_word_no_ransom_and_a_matter_closed_to_negotiation_are_red_lines() {
    let t = format!("{LEAD}“This is our final position,” the Polish deputy minister said.");
    assert!(marked(&t, "This is our final position", "RL"));
    let t = format!("{LEAD}The ministry said Italy does not pay ransoms to kidnappers.");
    assert!(marked(&t, "does not pay ransoms", "RL"));
    let t = format!("{LEAD}Colombia said it does not make concessions to hostage-takers.");
    assert!(marked(&t, "does not make concessions to hostage-takers", "RL"));
    let t = format!("{LEAD}Peru said its sovereignty over the island is not open to negotiation.");
    assert!(marked(&t, "is not open to negotiation", "RL"));
    let t = format!("{LEAD}The minister said the border with Suriname is not up for discussion.");
    assert!(marked(&t, "is not up for discussion", "RL"));
    let t = format!("{LEAD}“Our coastline is not a subject for negotiation,” the Eritrean minister said.");
    assert!(marked(&t, "not a subject for negotiation", "RL"));
}

#[test]
fn consular_access_asked_for_is_a_demand() {
    let t = format!("{LEAD}Thailand has repeatedly asked for consular access to the detained fishermen.");
    assert!(marked(&t, "asked for consular access", "DM"));
    let t = format!("{LEAD}Manila pressed Malaysian authorities for immediate consular access to the crew.");
    assert!(marked(&t, "pressed Malaysian authorities for immediate consular access", "DM"));
    // access granted is no demand
    let t = format!("{LEAD}The embassy said its staff had been granted consular access on Friday.");
    assert!(hit(&t, "consular access", "DM").is_none());
}

#[test]
fn force_moved_by_an_actor_that_has_moved_it_is_a_capability() {
    let t = format!("{LEAD}Eritrea said Ethiopia had moved additional armour toward the border near Senafe.");
    assert!(marked(&t, "moved additional armour", "CP"));
    let t = format!("{LEAD}The navy has deployed additional interceptor craft off Kenya's northern coast.");
    assert!(marked(&t, "deployed additional interceptor craft", "CP"));
}
