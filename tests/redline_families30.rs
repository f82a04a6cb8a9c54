//! Cue families of the thirtieth red-line round on invented sentences: a threat that names its
//! target before the penalty, a demand a document makes, time given for a wider set of acts,
//! refusals of legitimacy and of acceptance, deals and normalisation refused, and a stake
//! declared no bargaining chip. Every sentence here is made up for the test.

#[path = "common/red_lines.rs"]
mod red_lines;

use red_lines::{marked, none};

#[test]
fn a_threat_naming_its_target_before_the_penalty_is_a_threat() {
    let t =
        "Regional leaders on Sunday threatened Gabon with targeted sanctions unless the junta set an election date.";
    assert!(marked(t, "threatened Gabon with targeted sanctions", "TH"));
    let t = "Brussels threatened North Macedonia with new tariffs over the border decree.";
    assert!(marked(t, "threatened North Macedonia with new tariffs", "TH"));
    // a threat made with a weapon is a crime's, not a state's
    none("A man threatened him with a knife outside the bakery on the high street, the police said.");
    let t = "The European Union threatened Minsk with further sanctions over the forced landing.";
    assert!(marked(t, "threatened Minsk with further sanctions", "TH"));
}

#[test]
fn a_document_that_demanded_an_act_is_a_demand() {
    let t = "Manila's envoy handed over a note that demanded Beijing stop harassing its fishing boats near the shoal.";
    assert!(marked(t, "demanded", "DM"));
}

#[test]
fn days_given_to_grant_or_allow_are_an_ultimatum_and_months_spent_explaining_are_not() {
    let t = "Washington said the Myanmar military had 30 days to grant U.N. investigators access to the air base.";
    assert!(marked(t, "30 days to grant", "UL"));
    none("Officials in Seoul spent the past 18 months to explain and defend the plan to voters across the country.");
}

#[test]
fn refusals_of_legitimacy_and_of_acceptance() {
    let t = "“We will not legitimise this vote in Minsk,” the Estonian foreign minister said in Brussels.";
    assert!(marked(t, "will not legitimise", "RF"));
    let t = "Argentina said the Chilean decree on the continental shelf will never be accepted by Buenos Aires.";
    assert!(marked(t, "will never be accepted", "RL"));
}

#[test]
fn deals_and_normalisation_refused() {
    let t = "“The pilot will face Bolivian justice. There will be no deals,” the Bolivian interior minister said.";
    assert!(marked(t, "There will be no deals", "RF"));
    let t = "“There will be no normalisation with Pristina on these terms,” the Serbian president said in Belgrade.";
    assert!(marked(t, "There will be no normalisation", "RF"));
}

#[test]
fn a_stake_declared_no_bargaining_chip_is_a_red_line() {
    let t = "“Our constitution is a precondition for Skopje, not a bargaining chip,” the Bulgarian prime minister wrote to Brussels.";
    assert!(marked(t, "not a bargaining chip", "RL"));
}

#[test]
fn what_is_not_to_be_negotiated_or_sold_is_a_red_line_and_every_inch_defended_is_resolve() {
    // the batches' writers mark these so more often than as a refusal or as resolve: 7 to 3,
    // 7 to 4 and 3 to 0 over the 110 batches (round 30)
    let t = "“The status of the island is not something we will negotiate,” the Greek foreign minister said.";
    assert!(marked(t, "not something we will negotiate", "RL"));
    let t = "“Greenland is not for sale,” the Danish prime minister said in Copenhagen.";
    assert!(marked(t, "is not for sale", "RL"));
    let t = "“We will defend every inch of Guyanese territory,” the president of Guyana said of Venezuela's claim.";
    assert!(marked(t, "defend every inch", "RS"));
}
