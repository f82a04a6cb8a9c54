//! Red lines of the thirty-fifth round on invented sentences: two harsh names for one act,
//! ties cut (imports, flights, cooperation suspended), every measure needed, forces ready for
//! any incident, a delegation's head summoned, a step an actor will not take. Every sentence
//! here is made up for the test.

#[path = "common/red_lines.rs"]
mod red_lines;

use red_lines::{LEAD, marked};

#[test]
fn two_harsh_names_for_one_act_are_a_grievance() {
    let t = format!("{LEAD}Quito called the seizure of the trawler reckless, unprofessional and illegal.");
    assert!(marked(&t, "reckless, unprofessional and illegal", "GR"));
    let t = format!("{LEAD}Lisbon said the closure of the consulate in Luanda was unjustified and unilateral.");
    assert!(marked(&t, "unjustified and unilateral", "GR"));
}

#[test]
fn ties_cut_are_a_threat() {
    let t = format!("{LEAD}Nairobi said on Monday it had suspended all imports from Uganda.");
    assert!(marked(&t, "suspended all imports", "TH"));
    let t = format!("{LEAD}Ethiopia announced it was suspending direct flights to Asmara.");
    assert!(marked(&t, "suspending direct flights", "TH"));
}

#[test]
fn every_measure_needed_is_a_threat_and_a_duty_to_rescue_none() {
    let t = format!("{LEAD}Kigali said it would take every measure needed to bring its soldiers home.");
    assert!(marked(&t, "take every measure needed", "TH"));
    // a duty to help anyone in distress is no threat
    let t = format!("{LEAD}Under the law of the sea, coast guards in Malta must respond to any vessel in distress.");
    assert!(!marked(&t, "respond to any", "TH"));
}

#[test]
fn forces_ready_for_any_incident_and_a_delegation_summoned() {
    let t = format!("{LEAD}Lima said its marines were ready to respond to any incident on the river.");
    assert!(marked(&t, "ready to respond to any incident", "CP"));
    let t = format!("{LEAD}Rabat summoned the head of the European Union delegation over the ruling.");
    assert!(marked(&t, "summoned the head of the European Union delegation", "GR"));
}

#[test]
fn an_actor_refusing_a_step_whatever_its_object_is_a_refusal() {
    let t = format!("{LEAD}The envoy said Moscow would not support what he called a sanctions reflex.");
    assert!(marked(&t, "would not support", "RF"));
    let t = format!("{LEAD}The ambassador said Washington would not approve what she called a blank cheque.");
    assert!(marked(&t, "would not approve", "RF"));
}
