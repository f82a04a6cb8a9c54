//! Red lines of the eighteenth round on invented sentences: recognition refused, terms not
//! accepted, openness to talks and settling through a standing body, protests lodged, force
//! sent in companies and vessels, readiness raised. Every sentence here is made up for the test.

#[path = "common/red_lines.rs"]
mod red_lines;

use red_lines::{marked, none};

#[test]
fn recognition_refused_and_terms_not_accepted() {
    let t = "Guatemala does not recognise the arbitration ruling on the Sarstoon, its foreign ministry said.";
    assert!(marked(t, "does not recognise", "RF"));
    let t = "Caracas has never recognised the so-called protection zone around the oil fields.";
    assert!(marked(t, "has never recognised", "RF"));
    let t = "Tajikistan does not accept the new quotas, the foreign ministry in Dushanbe said.";
    assert!(marked(t, "does not accept", "RF"));
    // a face not recognised is no state's refusal
    none("She does not recognise the man in the photograph taken in Georgia.");
}

#[test]
fn openness_to_talks_and_a_standing_body() {
    let t = "Lilongwe said it remained committed to the mediation of the Southern African bloc.";
    assert!(marked(t, "committed to the mediation", "DE"));
    let t = "Dhaka wants to settle the incident through the existing border commissions with Myanmar.";
    assert!(marked(t, "settle the incident through the existing border commissions", "DE"));
}

#[test]
fn protests_lodged() {
    let t = "Slovenia handed the Croatian envoy a formal note of protest over the fishing boats.";
    assert!(marked(t, "formal note of protest", "GR"));
    let t = "Kuala Lumpur protested against repeated incursions by Indonesian patrol boats.";
    assert!(marked(t, "protested", "GR"));
}

#[test]
fn force_sent_in_companies_and_vessels_and_readiness_raised() {
    let t = "Malawi moved two additional marine companies to the islands of Lake Nyasa.";
    assert!(marked(t, "moved two additional marine companies", "CP"));
    let t = "Belize sent an extra platoon to the forward operating base on the Sarstoon.";
    assert!(marked(t, "sent an extra platoon", "CP"));
    let t = "Kuwait raised its state of readiness along the Khor Abdullah waterway.";
    assert!(marked(t, "raised its state of readiness", "CP"));
    // a company sent to a trade fair
    none("The Lisbon firm sent two sales teams to the fair in Madrid.");
}
