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
    let t = "Caracas will never recognise the so-called protection zone around the oil fields.";
    assert!(marked(t, "will never recognise", "RF"));
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

#[test]
fn acts_called_intolerable_limits_passed_and_matters_closed() {
    let t = "“This is an intolerable act against our fishermen,” the Nicaraguan foreign minister said.";
    assert!(marked(t, "an intolerable act", "RL"));
    let t = "Port Vila said the French landing went beyond anything Vanuatu could accept.";
    assert!(marked(t, "beyond anything Vanuatu could accept", "RL"));
    let t = "“The boundary is not open to renegotiation by any court,” the Iraqi spokesman said.";
    // a matter declared closed to negotiation is a red line, as most writers mark it
    assert!(marked(t, "is not open to renegotiation", "RL"));
    let t = "Brasilia has repeatedly turned down Asuncion's request for a new tariff.";
    assert!(marked(t, "turned down", "RF"));
    // a price no customer would accept, in a shop
    none("The Madrid shop said the new price was not open to renegotiation with customers.");
}

#[test]
fn an_actor_expecting_another_to_act() {
    let t = "“We expect the authorities in Kabul to hand over those responsible,” the Tajik minister said.";
    assert!(marked(t, "expect", "DM"));
    // hope for the weather is no demand
    none("Farmers in Lisbon expect the rain to stop by Friday.");
}

#[test]
fn critics_dismissed_and_options_kept_open_are_no_refusals() {
    // a rebuttal of critics, and a step not ruled out, refuse nothing
    none("In Washington, Senator Jane Roe dismissed her critics as jealous.");
    none("In Washington, Senator Jane Roe refused to rule out a run for governor.");
    // a coercive step not ruled out is still a threat
    let t = "Turkey refused to rule out military action against the militants in Syria, Ankara said.";
    assert!(marked(t, "refused to rule out military action", "TH"));
}
