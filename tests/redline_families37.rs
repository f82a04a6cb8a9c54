//! Red lines of the thirty-seventh round on invented sentences: an actor ready or willing to
//! take a step other than force, a speech verb that closes the clause of a negator before it,
//! an envoy recalled by a pronoun subject, a proposal turned down with the particle after its
//! object, the step threatened when a set deadline passes, a recall others call for, a step
//! that may come beside a warning. Every sentence here is made up for the test.

#[path = "common/red_lines.rs"]
mod red_lines;

use red_lines::{LEAD, marked};

#[test]
fn an_actor_ready_for_a_peaceful_step_is_de_escalation() {
    let t = format!("{LEAD}Tbilisi said it was ready to return the seized trawler once the inquiry ended.");
    assert!(marked(&t, "was ready to", "DE"));
    let t = format!("{LEAD}The envoy urged restraint, and Oslo stood willing to provide a mediator for both sides.");
    assert!(marked(&t, "stood willing to", "DE"));
    // readiness for force, or to wait out the other side, is no offer of calm
    let t = format!("{LEAD}Tbilisi said it was ready to respond to any new incursion into its waters.");
    assert!(!marked(&t, "was ready to", "DE"));
    let t = format!("{LEAD}Tbilisi said it was ready to wait as long as it takes for the trawler.");
    assert!(!marked(&t, "was ready to", "DE"));
}

#[test]
fn a_speech_verb_ends_the_reach_of_a_negator_before_it() {
    let t = format!("{LEAD}A diplomat in Accra who asked not to be named said Lomé was ready to reopen the crossing.");
    assert!(marked(&t, "was ready to", "DE"));
    // the negator inside the reported clause still turns the offer into a refusal
    let t = format!("{LEAD}A diplomat in Accra said Lomé was not ready to reopen the crossing.");
    assert!(marked(&t, "ready to", "RF"));
}

#[test]
fn an_envoy_recalled_after_a_pronoun_is_a_grievance() {
    let t = format!("{LEAD}Quito said on Friday it was recalling its ambassador in Bogotá for consultations.");
    assert!(marked(&t, "recalling its ambassador", "GR"));
    let t = format!("{LEAD}Vilnius said Beijing had recalled its most senior envoy in the city.");
    assert!(marked(&t, "recalled its most senior envoy", "GR"));
}

#[test]
fn a_proposal_turned_down_with_the_particle_after_it_is_a_refusal() {
    let t = format!("{LEAD}Ankara turned the Greek proposal down within hours of its publication.");
    assert!(marked(&t, "turned the Greek proposal down", "RF"));
    // a part turned down by an actress is no refusal of a state
    let t = format!("{LEAD}The actress turned the part down twice before she agreed.");
    assert!(!marked(&t, "turned the part down", "RF"));
}

#[test]
fn the_step_threatened_when_a_set_deadline_passes_is_a_threat() {
    let t = format!("{LEAD}Ashgabat gave Tashkent until March 3 to settle its gas debt or face a halt in deliveries.");
    assert!(marked(&t, "until March 3", "UL"));
    assert!(marked(&t, "or face a halt", "TH"));
    // with no deadline set nearby, `or face` stays the ultimatum it is
    let t = format!("{LEAD}Moscow told Kyiv to recognise the new border or face a new offensive.");
    assert!(marked(&t, "or face", "UL"));
    assert!(!marked(&t, "or face a new offensive", "TH"));
}

#[test]
fn a_recall_others_call_for_is_their_demand_not_a_threat() {
    let t = format!("{LEAD}Opposition lawmakers in Quito called on the government to recall its ambassador.");
    assert!(!marked(&t, "recall its ambassador", "TH"));
    assert!(marked(&t, "called on the government to", "DM"));
    // the government's own warning stays a threat
    let t = format!("{LEAD}Quito threatened to recall its ambassador from Bogotá over the raid.");
    assert!(marked(&t, "recall its ambassador", "TH"));
}

#[test]
fn a_step_that_may_come_beside_a_warning_is_a_threat() {
    let t = format!("{LEAD}Tokyo warned Seoul that it could reinstate export curbs on chip materials.");
    assert!(marked(&t, "could reinstate", "TH"));
    let t = format!("{LEAD}Brussels warned Tbilisi of consequences. Visa-free travel could be suspended, it said.");
    assert!(marked(&t, "be suspended", "TH"));
    // with no warning or threat nearby, a step that may come is only a possibility
    let t = format!("{LEAD}The ministry said the old crossing could be closed for repairs in the spring.");
    assert!(!marked(&t, "be closed", "TH"));
}
