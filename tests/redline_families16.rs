//! Red lines of the sixteenth round on invented sentences: steps considered, hesitation
//! denied, denials and rejections of claims, refusals in reported speech, and demands pressed.
//! Every sentence here is made up for the test.

#[path = "common/red_lines.rs"]
mod red_lines;

use red_lines::{marked, none};

#[test]
fn steps_considered_and_no_hesitation() {
    let t = "Estonia said it would consider further steps, including the expulsion of Russian diplomats.";
    assert!(marked(t, "would consider further steps", "TH"));
    let t = "“We will not hesitate to tighten enforcement,” the Norwegian fisheries minister said.";
    assert!(marked(t, "will not hesitate to tighten", "TH"));
    // a diplomat declared persona non grata is reported, not threatened
    let t = "Belgrade declared a senior Croatian diplomat persona non grata on Monday.";
    assert!(!marked(t, "persona non grata", "TH"));
    // a volunteer who will not hesitate to help
    none("The Lisbon volunteers said they would not hesitate to help any neighbour in need.");
}

#[test]
fn denials_rejections_of_claims_and_refusals_in_reported_speech() {
    let t = "Kinshasa denied that government troops had fired across the border into Rwanda.";
    assert!(marked(t, "denied that", "RF"));
    let t = "Suriname rejected Guyana's claim to any part of the river.";
    assert!(marked(t, "rejected", "RF"));
    let t = "Pristina said it would not withdraw its police from the municipal buildings.";
    assert!(marked(t, "would not withdraw", "RF"));
    let t = "Norway said it was not prepared to widen the agreement at this stage.";
    assert!(marked(t, "was not prepared to widen", "RF"));
    // a denial about a person's past, no forces or state
    none("The singer in Madrid denied that she had cancelled the concert for money.");
}

#[test]
fn demands_pressed_and_action_expected() {
    let t = "Libya's rival governments pressed for a swift resumption of oil exports.";
    assert!(marked(t, "pressed for a swift", "DM"));
    let t = "“We expect action from Damascus, not statements,” the Jordanian foreign minister said.";
    assert!(marked(t, "expect action from", "DM"));
}

#[test]
fn a_month_abbreviated_with_its_dot_dates_an_ultimatum() {
    // wire style writes "Dec. 31": the dot belongs to the month
    let t = "Serbia must hand over the suspects by Dec. 31, Kosovo's prime minister said.";
    assert!(marked(t, "by Dec. 31", "UL"));
    // a filing date in a tax story is still no ultimatum
    none("Taxpayers in Madrid have until Jan. 31 to file their returns online.");
}

#[test]
fn resolve_after_a_conjunction_and_the_law_enforced() {
    let t = "Tbilisi has no interest in a quarrel with Europe but would stand firm on sovereignty, Georgia said.";
    assert!(marked(t, "would stand firm", "RS"));
    let t = "Beijing said China's coast guard would continue to enforce the law around the shoal.";
    assert!(marked(t, "would continue to enforce", "RS"));
    let t = "Suriname said the coastguard would keep enforcing Surinamese law on the river.";
    assert!(marked(t, "would keep enforcing", "RS"));
    // a city's police and a parking rule
    none("Lisbon's council said wardens would continue to enforce the parking rules downtown.");
}
