//! Red lines of the thirty-sixth round on invented sentences: more steps warned of, force
//! promised against any intruder, protests lodged, an embassy's head summoned, a firm answer
//! promised, an agreement that may end, sanctions an actor stands ready to back, an invitation
//! kept open, the parties encouraged, a joint step proposed, a truce kept, airspace violated,
//! a decision not to be revised, a step an actor is constrained to take, a resolve to protect,
//! no safe haven, any step an actor sees fit, a response in kind promised, a determination
//! nobody should doubt. Every sentence here is made up for the test.

#[path = "common/red_lines.rs"]
mod red_lines;

use red_lines::{LEAD, marked};

#[test]
fn more_steps_warned_of_are_a_threat() {
    let t = format!("{LEAD}Canberra warned of further measures if Honiara did not release the crew.");
    assert!(marked(&t, "warned of further measures", "TH"));
    // steps already taken are no warning
    let t = format!("{LEAD}Canberra said further measures had been taken to speed up visas for Honiara.");
    assert!(!marked(&t, "further measures", "TH"));
}

#[test]
fn force_promised_against_any_intruder_is_a_threat() {
    let t = format!("{LEAD}Manila said it would shoot down any aircraft that entered the zone without leave.");
    assert!(marked(&t, "would shoot down any", "TH"));
}

#[test]
fn protests_lodged_and_an_embassys_head_summoned_are_grievances() {
    let t = format!("{LEAD}Hanoi said it had lodged strong protests with Beijing over the survey ship.");
    assert!(marked(&t, "lodged strong protests", "GR"));
    let t = format!("{LEAD}Lima summoned the head of the Bolivian embassy over the remarks.");
    assert!(marked(&t, "summoned the head of the", "GR"));
}

#[test]
fn a_firm_answer_and_an_agreement_that_may_end_are_threats() {
    let t = format!("{LEAD}Athens said any new drilling off Crete will be met resolutely.");
    assert!(marked(&t, "will be met resolutely", "TH"));
    let t = format!("{LEAD}Ankara said it could consider suspending the migration agreement with Brussels.");
    assert!(marked(&t, "consider suspending the migration agreement", "TH"));
    // a government weighing the renewal of a lease on its own is no threat
    let t = format!("{LEAD}Ankara said it could consider renewing the lease on the embassy in Brussels.");
    assert!(!marked(&t, "consider renewing", "TH"));
}

#[test]
fn sanctions_an_actor_stands_ready_to_back_are_a_threat() {
    let t = format!("{LEAD}Ottawa said it was prepared to back targeted sanctions on the junta in Niamey.");
    assert!(marked(&t, "back targeted sanctions", "TH"));
}

#[test]
fn an_invitation_kept_open_is_de_escalation() {
    let t = format!("{LEAD}Baku said its invitation to talks still stands and that Yerevan knows it.");
    assert!(marked(&t, "its invitation to talks still stands", "DE"));
}

#[test]
fn the_parties_encouraged_and_a_joint_step_proposed_are_de_escalation() {
    let t = format!("{LEAD}The envoy in Accra encouraged both sides to settle the dispute over the lagoon.");
    assert!(marked(&t, "encouraged both sides to", "DE"));
    let t = format!("{LEAD}Dhaka proposed a joint survey of the river with New Delhi.");
    assert!(marked(&t, "proposed a joint survey", "DE"));
    let t = format!("{LEAD}Mexico said it remained committed to a constructive relationship with Guatemala.");
    assert!(marked(&t, "committed to a constructive relationship", "DE"));
    let t = format!("{LEAD}Delegates from Juba and Khartoum agreed to maintain the truce along the border.");
    assert!(marked(&t, "agreed to maintain the truce", "DE"));
}

#[test]
fn airspace_violated_is_a_grievance() {
    let t = format!("{LEAD}Vilnius said Belarusian helicopters had violated Lithuanian airspace twice.");
    assert!(marked(&t, "violated Lithuanian airspace", "GR"));
    // a hobby drone over a stadium, in a paragraph that names no place or body, is not
    let t = "The match ended late.\n\nA hobby drone violated the airspace over the stadium, the club said.";
    assert!(!marked(t, "violated the airspace", "GR"));
}

#[test]
fn a_decision_not_to_be_revised_and_a_step_an_actor_is_constrained_to_take() {
    let t = format!("{LEAD}Bamako said the withdrawal from the bloc stands and will not be revised.");
    assert!(marked(&t, "will not be revised", "RF"));
    let t = format!("{LEAD}Dhaka said it would be constrained to review the water accord with New Delhi.");
    assert!(marked(&t, "would be constrained to review", "TH"));
}

#[test]
fn a_resolve_to_protect_and_no_safe_haven_are_resolve() {
    let t = format!("{LEAD}Islamabad said it was fully determined to protect its citizens from the attacks.");
    assert!(marked(&t, "was fully determined to protect", "RS"));
    let t = format!("{LEAD}Islamabad said there is no safe haven for the attackers in Kabul.");
    assert!(marked(&t, "there is no safe haven for", "RS"));
}

#[test]
fn any_step_an_actor_sees_fit_and_a_response_in_kind_are_threats() {
    let t =
        format!("{LEAD}Ankara said it would take whatever steps it deems necessary to protect the Turkish Cypriots.");
    assert!(marked(&t, "take whatever steps it deems necessary", "TH"));
    let t = format!("{LEAD}Athens promised a response in kind if the survey ship returned.");
    assert!(marked(&t, "promised a response in kind", "TH"));
}

#[test]
fn a_determination_nobody_should_doubt_is_resolve() {
    let t = format!("{LEAD}Belgrade said nobody should doubt its determination to protect the Serbs of Kosovo.");
    assert!(marked(&t, "nobody should doubt its determination", "RS"));
}
