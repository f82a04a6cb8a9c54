//! Red lines of the third round on invented sentences: a test per cue family, sense rule and
//! negation rule added then, each with a wrong sense it must not hit. Every sentence here is
//! made up for the test.

#[path = "common/red_lines.rs"]
mod red_lines;

use red_lines::{hit, marked, none};

#[test]
fn every_cue_needs_a_place_or_organisation_in_its_paragraph() {
    none("Shoppers demanded a refund after the sale was cancelled.");
    none("The tenants threatened to withhold rent until the lift is repaired.");
    none("For the head chef, cold butter is a red line.");
    none("The landlord gave the tenants a 14-day ultimatum to clear the yard.");
    assert!(marked("Armenia demanded a refund of the advance paid for the jets.", "demanded a", "DM"));
    assert!(marked("Hungary threatened to withhold its vote on the budget.", "threatened to", "TH"));
}

#[test]
fn protests_blame_and_refusals_of_recognition() {
    assert!(marked("Seoul lodged solemn representations with Tokyo over the textbooks.", "lodged solemn", "GR"));
    assert!(marked("Ankara blamed Kurdish militants for the bombing.", "blamed", "GR"));
    none("The coach in Madrid blamed the wind for the defeat.");
    let t = "Georgia does not recognise the independence of the breakaway region.";
    assert!(marked(t, "does not recognise the independence", "RF"));
    none("She does not recognise the man in the photograph taken in Georgia.");
    assert!(marked("The militia said it would not hand over its weapons to Baghdad.", "hand over its weapons", "RF"));
    assert!(marked("Tehran rejected the cap on its missile range proposed by Paris.", "rejected the cap", "RF"));
}

#[test]
fn lines_crossed_windows_closing_and_dated_deadlines() {
    assert!(marked("Beijing said a visit by the speaker would cross a red line.", "would cross a red line", "RL"));
    none("The Kenyan runner said she would cross the line first in Paris.");
    let t = "Diplomats in Vienna said the window for a negotiated settlement is closing.";
    assert!(marked(t, "window for a negotiated settlement is closing", "UL"));
    none("The window for applications to the Vienna festival is closing.");
    let t = "Washington demanded that Caracas free the detainees by March 3.";
    assert!(marked(t, "by March 3", "UL"));
    none("The bridge over the Danube in Vienna will reopen by March 3.");
    let t = "Ankara said it would launch a new air offensive if the fighters were not disarmed before the end of the winter.";
    assert!(marked(t, "before the end of the winter", "UL"));
}

#[test]
fn forced_responses_targets_and_tariffs() {
    assert!(marked("Belgrade would be forced to act if the police entered the north.", "forced to act", "TH"));
    none("In Madrid the understudy would be forced to act as Hamlet on Friday.");
    let t = "Tehran said any base used for the strikes would be considered a legitimate target.";
    assert_eq!(hit(t, "legitimate target", "TH").map(|h| h.severity), Some(5));
    assert!(marked("Minsk said any drone over its territory would be shot down.", "shot down", "TH"));
    none("The Ohio plan would be shot down by the committee, a senator said.");
    assert!(marked("Ottawa said it would raise tariffs on American steel.", "raise tariffs", "TH"));
    none("The Rome club will raise the duties of its captain next season.");
    let t = "Israel said its army would expand its ground operations in the south.";
    assert!(marked(t, "would expand its ground operations", "TH"));
    none("The Brazilian company would expand its operations in Chile next year.");
    assert!(marked(
        "Lithuania said it could close the remaining border crossings.",
        "close the remaining border",
        "TH"
    ));
    none("Heavy fog could close the airspace over London on Monday.");
}

#[test]
fn force_sent_posture_raised_and_conditions_set() {
    assert!(marked("France sent an extra battalion to Estonia.", "sent an extra battalion", "CP"));
    assert!(marked("Washington dispatched a second carrier strike group to the Gulf.", "carrier strike group", "CP"));
    assert!(marked("Japan raised its defence posture around the islands.", "raised its defence posture", "CP"));
    none("The weather service in Ohio raised its alert level for floods.");
    assert!(marked("Moscow said the occupying powers must first withdraw.", "must first withdraw", "DM"));
    assert!(marked("Tehran said Baghdad must act against the smugglers.", "must act against", "DM"));
    assert!(marked("Kyiv called for an independent international inquiry into the strike.", "called for", "DM"));
    assert!(marked("Nicosia would only sign once the troops had left, Athens said.", "would only sign once", "DM"));
    none("The striker would only sign once his medical was done.");
}

#[test]
fn talks_resumed_mediation_scoped_exchanges_agreed() {
    let t = "Cairo said both sides agreed to resume indirect talks next week.";
    assert!(marked(t, "agreed to resume indirect talks", "DE"));
    assert!(marked("Qatar welcomed the invitation to the talks in Geneva.", "welcomed the invitation", "DE"));
    assert!(marked("Egypt said there was no scope for mediation on the dam.", "no scope for mediation", "RF"));
    assert!(marked("Kyiv and Moscow carried out a prisoner exchange on Friday.", "prisoner exchange", "DE"));
    none("Kyiv said the talks on a prisoner exchange in Istanbul had stalled.");
}

#[test]
fn without_reaches_its_phrase_only() {
    assert!(marked("Minsk warned that any aircraft entering without clearance would be shot down.", "shot down", "TH"));
    none("The envoy left Kyiv without issuing an ultimatum.");
}
