//! Red lines of the fifteenth round on invented sentences: grievances named and laid, and a
//! few threats and refusals, each with a sense it must not hit. Every sentence here is made up
//! for the test.

#[path = "common/red_lines.rs"]
mod red_lines;

use red_lines::{marked, none};

#[test]
fn acts_called_by_a_harsh_name_or_dressed_up_as_something_else() {
    let t = "Brazil branded the embargo unjustified and unilateral, the Brazilian foreign ministry said.";
    assert!(marked(t, "branded the embargo unjustified and unilateral", "GR"));
    let t = "Ankara described the asset freeze as “theft dressed up as law”.";
    assert!(marked(t, "theft dressed up as", "GR"));
    let t = "“That is not how neighbours behave,” the foreign minister of Lithuania said.";
    assert!(marked(t, "not how neighbours behave", "GR"));
    let t = "Minsk said Vilnius had chosen confrontation over good-neighbourliness.";
    assert!(marked(t, "chosen confrontation over", "GR"));
    // children in costume, a film called by its critics
    none("Children in Lisbon dressed up as pirates for the harbour festival on Sunday.");
}

#[test]
fn accusations_failures_and_protests_lodged() {
    let t = "Tehran was accused of funding militias in Iraq, Iraqi officials said.";
    assert!(marked(t, "was accused of funding", "GR"));
    let t = "Egypt said Ethiopia had failed to honour its commitments under the 2015 declaration.";
    assert!(marked(t, "failed to honour its commitments", "GR"));
    let t = "Poland sent a diplomatic note protesting the airspace violation to Belarus.";
    assert!(marked(t, "sent a diplomatic note protesting", "GR"));
    // the stock reason an expulsion gives is the report's wording, not a grievance voiced
    let t = "The two Russian diplomats were expelled for activities incompatible with their status.";
    assert!(!marked(t, "activities incompatible with their status", "GR"));
}

#[test]
fn steps_an_actor_could_take_and_renewals_refused() {
    let t = "Norway said it could restrict access to its ports for Russian trawlers.";
    assert!(marked(t, "could restrict", "TH"));
    let t = "Washington said the general licences for Venezuelan oil will not be renewed.";
    assert!(marked(t, "will not be renewed", "RF"));
    // a storm that could close roads, a coach's contract
    none("Forecasters in Oslo said the storm could close mountain roads on Friday.");
}

#[test]
fn categories_readers_give_permission_abandoning_and_what_is_not_negotiable() {
    // readers mark asking no one's leave as a refusal, not abandoning one's own as resolve,
    // and "not up for negotiation" as a red line
    let t = "Ethiopia will not seek anyone's permission to fill the dam, its foreign minister said.";
    assert!(marked(t, "will not seek anyone's permission", "RF"));
    assert!(!marked(t, "will not seek anyone's permission", "RS"));
    let t = "Benin will never abandon its soldiers held in Niger, the Beninese government said.";
    assert!(marked(t, "will never abandon", "RS"));
    assert!(!marked(t, "will never abandon", "RF"));
    let t = "“Our sovereignty is not up for negotiation,” the Estonian prime minister said.";
    assert!(marked(t, "is not up for negotiation", "RL"));
    assert!(!marked(t, "is not up for negotiation", "RF"));
}

#[test]
fn names_of_several_words_and_an_opposition_as_actors() {
    // a name read forwards runs over its capitalised words
    let t = "The EU delegation in Sarajevo urged the authorities in Banja Luka to withdraw the decision.";
    assert!(marked(t, "urged", "DM"));
    let t = "Vanuatu's opposition refused to accept the results of the general election.";
    assert!(marked(t, "refused to", "RF"));
    // a name that is not followed by what the cue needs is still no hit
    none("The EU delegation in Sarajevo thanked the authorities in Banja Luka for the visit.");
}
