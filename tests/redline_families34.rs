//! Red lines of the thirty-fourth round on invented sentences: no intention or plan of a step
//! back is a refusal and of a hostile step a de-escalation; a decision that will not be
//! reconsidered, objections brushed aside; a complaint not ruled out, a grave mistake, a door
//! to dialogue closed; a final reminder; joint patrols offered; responsibilities an actor must
//! shoulder. Every sentence here is made up for the test.

#[path = "common/red_lines.rs"]
mod red_lines;

use red_lines::{LEAD, hit, marked};

#[test]
fn no_intention_of_a_step_back_is_a_refusal_and_of_a_hostile_step_a_de_escalation() {
    let t = format!("{LEAD}Ankara said it had no intention of easing the restrictions on Armenian trucks.");
    assert!(marked(&t, "had no intention of easing", "RF"));
    let t = format!("{LEAD}Baku said it had no plans to pull back its troops from the ridge.");
    assert!(marked(&t, "had no plans to pull back", "RF"));
    let t = format!("{LEAD}Hanoi said it had no intention of provoking anyone in the disputed waters.");
    assert!(marked(&t, "had no intention of provoking", "DE"));
    let t = format!("{LEAD}The minister said Rabat had no plans to attack the camps.");
    assert!(marked(&t, "had no plans to attack", "DE"));
    // a business that has no plan to close shops is no party to a dispute
    let t = format!("{LEAD}The bakery had no plans to close shops, its owner said.");
    assert!(hit(&t, "had no plans to close", "DE").is_none());
}

#[test]
fn a_decision_not_to_be_reconsidered_and_objections_brushed_aside_are_refusals() {
    let t = format!("{LEAD}Armenia's foreign ministry said the decision would not be reconsidered.");
    assert!(marked(&t, "would not be reconsidered", "RF"));
    let t = format!("{LEAD}Addis Ababa brushed aside objections from Cairo over the dam.");
    assert!(marked(&t, "brushed aside objections", "RF"));
}

#[test]
fn a_complaint_not_ruled_out_a_grave_mistake_and_a_door_closed_are_threats() {
    let t = format!(
        "{LEAD}Bogota said it would not rule out a complaint to the World Trade Organization over the tariffs."
    );
    assert!(marked(&t, "would not rule out a complaint", "TH"));
    let t = format!("{LEAD}“Washington would be making a grave mistake,” the Chinese envoy said.");
    assert!(marked(&t, "would be making a grave mistake", "TH"));
    let t = format!("{LEAD}Seoul warned that another missile test would close the door to dialogue with Pyongyang.");
    assert!(marked(&t, "would close the door to dialogue", "TH"));
}

#[test]
fn a_final_reminder_joint_patrols_and_responsibilities_to_shoulder() {
    let t = format!("{LEAD}“This is the final reminder,” the Ghanaian energy minister said of the unpaid gas bills.");
    assert!(marked(&t, "This is the final reminder", "UL"));
    let t = format!("{LEAD}Manila said it was open to joint patrols with Hanoi in the disputed waters.");
    assert!(marked(&t, "open to joint patrols", "DE"));
    let t = format!("{LEAD}“Europe must shoulder its responsibilities,” the Libyan ministry said.");
    assert!(marked(&t, "must shoulder its responsibilities", "DM"));
}
