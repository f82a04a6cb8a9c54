//! Cue families of the twentieth red-line round on invented sentences: a response promised on
//! a condition (`if {clause} we will answer`, read over the condition's clause up to its
//! comma, never across the end of a sentence), a step that follows `otherwise`, a licence
//! lost, the answer something deserves, whoever does a thing regretting it, unspecified
//! consequences; a vow to defend a state's interests, rights or itself. Every sentence here is
//! made up for the test.

#[path = "common/red_lines.rs"]
mod red_lines;

use red_lines::{hit, marked, none};

#[test]
fn a_response_promised_on_a_condition_is_a_threat() {
    let t = "“If their patrol boats cross the line again, we will answer,” the Ghanaian navy chief said.";
    assert_eq!(hit(t, "will answer", "TH").map(|h| h.text).as_deref(), Some("will answer"));
    let t = "If the trucks are still held on Friday, Benin will have to look again at every transit deal, the minister said.";
    assert!(marked(t, "will have to look again at", "TH"));
    let t = "“If the drones keep coming, further measures will follow,” Lithuania's defence minister said.";
    assert!(marked(t, "further measures will follow", "TH"));
    let t = "If the company does not pay by June, its permit will be revoked, Guinea's mines minister said.";
    assert!(marked(t, "will be revoked", "TH"));
}

#[test]
fn a_condition_is_one_clause_of_one_sentence() {
    // no comma closes a condition, or the condition is hoped for, or a sentence ends inside it
    none("We will answer if their patrol boats cross the line again, the Ghanaian navy chief said.");
    none("Even if their patrol boats cross the line, we will answer in our own time, the Ghanaian navy chief said.");
    none(
        "If the talks in Accra fail. Tomorrow, we will answer the questions of the press, the Ghanaian minister said.",
    );
    let t = "If the talks in Accra and Lomé and Cotonou and Abuja and Niamey and Bamako all fail at once this year again, we will act, the minister said.";
    assert!(!marked(t, "will act", "TH"), "a condition of more than sixteen words");
}

#[test]
fn a_step_after_otherwise_is_a_threat() {
    let t = "Manila must withdraw the buoys. Otherwise Vietnam will take firm measures, the Vietnamese ministry said.";
    assert!(marked(t, "will take firm measures", "TH"));
}

#[test]
fn a_licence_lost_and_an_answer_deserved_are_threats() {
    let t = "The Kazakh ministry said the Canadian miner must restore the river or lose its operating licence.";
    assert!(marked(t, "lose its operating licence", "TH"));
    let t = "“Every provocation on the Aras will get the answer it deserves,” Azerbaijan's defence ministry said.";
    assert!(marked(t, "the answer it deserves", "TH"));
    let t = "“Whoever flies a drone over our bases will regret it,” the Armenian defence minister said.";
    assert!(marked(t, "will regret", "TH"));
    let t = "Tehran summoned the Afghan envoy, warning of unspecified consequences if the dam was filled.";
    assert!(marked(t, "unspecified consequences", "TH"));
}

#[test]
fn a_vow_to_defend_interests_rights_or_itself_is_resolve() {
    let t = "Tashkent would defend the interests of its farmers on the river, the Uzbek ministry said.";
    assert!(marked(t, "defend the interests of its farmers", "RS"));
    let t = "“We intend to defend our rights by every legal means,” the Ghanaian minister said of the Togo dispute.";
    assert!(marked(t, "defend our rights", "RS"));
    let t = "Armenia has the right to defend itself, the Armenian defence ministry said.";
    assert!(marked(t, "defend itself", "RS"));
    none("The champion will defend her title in Doha next month, the Qatari federation said.");
}

#[test]
fn refusals_of_a_new_deal_and_steps_not_ruled_out() {
    let t = "The Maldivian ministry said it was ruling out any extension of the Indian presence on the atoll.";
    assert!(marked(t, "ruling out", "RF"));
    let t = "“There will be no renegotiation,” Panama's trade minister told the Canadian miner.";
    assert!(marked(t, "There will be no renegotiation", "RF"));
    let t = "South Sudan would not renegotiate the pipeline fees under pressure, the ministry in Juba said.";
    assert!(marked(t, "would not renegotiate", "RF"));
    let t = "“We do not rule out going to The Hague,” the Argentine foreign minister said of the Uruguayan mill.";
    assert!(marked(t, "do not rule out going to", "TH"));
    let t = "Ecuador reserves the right to initiate arbitration against the Chinese contractor, the ministry in Quito said.";
    assert!(marked(t, "reserves the right to initiate", "TH"));
}

#[test]
fn the_same_words_in_ordinary_news_are_no_threat() {
    none("If the rain holds off, the club will close the roof only at half-time, the stadium manager said.");
    none("The bakery could lose its licence over hygiene failures, the Leeds council inspector said.");
    // a court's order and its costs, beside a state's ultimatum
    none("Counsel for the Ghanaian ports must be ready on the next date or face costs, the Accra judge said.");
    let t = "Ghana must reopen the border by Friday or face sanctions, the Togolese foreign minister said.";
    assert!(marked(t, "by Friday", "UL"));
    assert!(marked(t, "or face sanctions", "TH"));
}
