//! Cue families of the twenty-ninth red-line round on invented sentences: warnings of a step
//! or of harm to relations, a response reserved for a time of the actor's choosing, a
//! response in kind under a hedge, time given to comply, what we want or ask of another, more officers sent,
//! actors that will not yield, and agreements to keep talking. Every sentence here is made up
//! for the test.

#[path = "common/red_lines.rs"]
mod red_lines;

use red_lines::{marked, none};

#[test]
fn a_warning_of_a_step_or_of_harm_to_relations_is_a_threat() {
    let t =
        "Lima said it was ready to talk, but warned that another seizure would be reported to the judges in The Hague.";
    assert!(marked(t, "warned that", "TH"));
    let t = "A Peruvian official warned that the repeated arrests of fishermen risked souring wider ties with Quito.";
    assert!(marked(t, "warned that", "TH"));
}

#[test]
fn a_response_at_a_time_of_the_actors_choosing_is_a_threat() {
    let t = "Syria said it would respond at a time and place of its choosing to the strike near Damascus.";
    assert!(marked(t, "respond at a time and place of its choosing", "TH"));
}

#[test]
fn a_hedged_response_in_kind_is_still_a_threat() {
    let t = "Vietnam could respond in kind if Beijing kept its survey ship in the disputed waters, Hanoi said.";
    assert!(marked(t, "could respond in kind", "TH"));
}

#[test]
fn days_given_to_pay_or_free_are_an_ultimatum_and_days_spent_are_not() {
    let t = "Mali said the Canadian miner had 30 days to pay the back taxes or lose its licence.";
    assert!(marked(t, "30 days to pay", "UL"));
    // time spent restoring a service is no time given: "restore" is not among the acts
    none("Estonia's cyber agency said its team worked for 11 days to restore the services after the attack.");
}

#[test]
fn an_actor_that_will_not_yield_shows_resolve() {
    let t = "“We are not going to give in to pressure from Minsk,” the Lithuanian foreign minister said.";
    assert!(marked(t, "are not going to give in", "RS"));
}

#[test]
fn an_agreement_to_keep_talking_or_keep_calm_is_de_escalation() {
    let t =
        "The foreign ministers of Thailand and Cambodia met in Bangkok and agreed to keep talking about the border.";
    assert!(marked(t, "agreed to keep talking", "DE"));
    let t = "India and China agreed to maintain peace and tranquility along the Line of Actual Control.";
    assert!(marked(t, "agreed to maintain peace and tranquility", "DE"));
}

#[test]
fn what_we_want_or_ask_of_another_and_redress_asked_for_are_demands() {
    let t = "“We want answers, and we want them quickly,” the Latvian interior minister said of the border shooting.";
    assert!(marked(t, "We want answers", "DM"));
    let t = "“We are asking them to open their books before any talks,” the Mongolian mining minister said of the Canadian firm.";
    assert!(marked(t, "We are asking", "DM"));
    let t =
        "Ghana asked for an urgent meeting of the joint water committee and asked for compensation for the farmers.";
    assert!(marked(t, "asked for an urgent meeting", "DM"));
    assert!(marked(t, "asked for compensation", "DM"));
    // a wish of our own, with no act asked of another, is no demand
    none("“We want to keep the tournament in Riga next year,” the Latvian sports minister said.");
}

#[test]
fn more_officers_sent_to_a_border_show_force_and_more_stewards_at_a_match_do_not() {
    let t =
        "Poland sent 150 additional border guards to the crossings with Belarus, the interior ministry in Warsaw said.";
    assert!(marked(t, "sent 150 additional border guards", "CP"));
    // a match, its fans and its club: news of another domain
    none(
        "Police in Madrid deployed additional officers for the derby. The club said fans with tickets should arrive \
         early, and the coach said the players were ready for the match.",
    );
}
