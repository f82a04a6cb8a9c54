//! Red lines of the thirteenth round on invented sentences: a test per rule or cue family
//! added then, each with a sense it must not hit. Every sentence here is made up for the test.

#[path = "common/red_lines.rs"]
mod red_lines;

use red_lines::{marked, none};

#[test]
fn mine_workers_and_their_employers_are_another_domain() {
    // a mineworkers' union's ultimatum to an employer
    none(
        "Mine talks\n\nSouth Africa's largest mineworkers' union gave a platinum producer 48 hours on \
         Monday to improve its offer or face a stoppage at three shafts.\n\nThe workers said the \
         employer had ignored them.",
    );
    // the same ultimatum between governments
    let t = "Border row\n\nChile gave Bolivia 72 hours on Monday to release the detained soldiers or \
             face sanctions.\n\nThe foreign minister said the workers at the border post were safe.";
    // the time given is the ultimatum, the step it threatens a threat
    assert!(marked(t, "gave Bolivia 72 hours", "UL"));
    assert!(marked(t, "or face sanctions", "TH"));
}

#[test]
fn a_time_given_to_do_what_is_demanded_and_a_deadline_set() {
    let t = "Mali gave the French-led force until the end of the month to leave the country.";
    assert!(marked(t, "gave the French-led force until the end of the month to leave", "UL"));
    let t = "Peru set a March 15 deadline for the release of the two Bolivian pilots.";
    assert!(marked(t, "set a March 15 deadline", "UL"));
    // a tax office's date, a filing window, an electoral calendar
    none("Taxpayers in Madrid have until Friday to file their returns online.");
    none("Armenia's electoral commission set a May 8 deadline for parties to register their lists.");
}

#[test]
fn things_declared_unacceptable_or_not_to_be_tolerated_and_lines_not_to_cross() {
    let t = "“The detention of our sailors in these conditions is unacceptable,” Ghana's foreign minister said.";
    assert!(marked(t, "is unacceptable", "RL"));
    let t = "Poland said violations of its airspace by Belarus will not be tolerated.";
    assert!(marked(t, "will not be tolerated", "RL"));
    let t = "Seoul said any seizure of its ships was a line Pyongyang must not cross.";
    assert!(marked(t, "a line", "RL"));
    // a line of customers, a dress code
    none("The queue at the bakery in Lyon was a line nobody wanted to join.");
}

#[test]
fn resolve_not_to_be_swayed_every_inch_defended_and_a_land_not_for_sale_a_red_line() {
    let t = "Greenland is not for sale, the prime minister of Denmark said.";
    assert!(marked(t, "is not for sale", "RL"));
    let t = "“We will not rest until he is home,” the foreign minister of Egypt said of the hostage.";
    assert!(marked(t, "will not rest until", "RS"));
    let t = "Finland vowed to press ahead with the fence on its border with Russia.";
    assert!(marked(t, "vowed to press ahead", "RS"));
    // a house that is not for sale, far from any capital
    none("The old farmhouse is not for sale, its owner told the village newsletter.");
}

#[test]
fn charges_rejected_as_false_and_refusals_to_pay_or_negotiate() {
    let t = "Estonia dismissed the Russian account as “groundless” on Tuesday.";
    assert!(marked(t, "dismissed", "RF"));
    let t = "Serbia brushed aside the accusations from Kosovo.";
    assert!(marked(t, "brushed aside", "RF"));
    let t = "Mexico would not pay for the wall, its foreign minister said.";
    assert!(marked(t, "would not pay", "RF"));
    let t = "“The status of the islands is not open for negotiation,” Argentina's minister said.";
    // a matter declared closed to negotiation is a red line, as most writers mark it
    assert!(marked(t, "is not open for negotiation", "RL"));
    // a club dismissing transfer talk, a shop that will not reopen
    none("The club dismissed the reports as speculation, the coach said after the match.");
}

#[test]
fn warnings_of_steps_same_fates_and_cases_taken_abroad() {
    let t = "Latvia warned that any diplomat found spying would be asked to leave the country.";
    assert!(marked(t, "warned", "TH"));
    let t = "“Every intruder will meet the same fate,” the army of Pakistan said.";
    assert!(marked(t, "will meet the same fate", "TH"));
    let t = "Belize said it would take the case to the Organization of American States.";
    assert!(marked(t, "would take the case to", "TH"));
    let t = "Tunisia did not rule out seeking international arbitration over the gas fees.";
    assert!(marked(t, "did not rule out seeking international", "TH"));
    // a forecast warning about rain
    none("Forecasters in Lisbon warned that the rain would halt traffic on the coast road.");
}

#[test]
fn forces_on_standby_jets_scrambled_and_patrols_stepped_up() {
    let t = "Guatemala placed additional army units on standby along the border with Belize.";
    assert!(marked(t, "placed additional army units on standby", "CP"));
    let t = "Danish fighter jets were scrambled after the Russian bomber entered its airspace.";
    assert!(marked(t, "fighter jets were scrambled", "CP"));
    // reservists put on standby to help after a storm
    none("Australia's state government put army reservists on standby to help with the clean-up.");
}

#[test]
fn offers_welcomed_channels_kept_open_and_regret_expressed() {
    let t = "Cyprus welcomed Egypt's offer of assistance in the search.";
    assert!(marked(t, "welcomed", "DE"));
    let t = "Norway said it would keep channels open to Moscow despite the expulsions.";
    assert!(marked(t, "keep channels open", "DE"));
    let t = "The Dutch foreign minister telephoned his Indonesian counterpart to express his regret.";
    assert!(marked(t, "express his regret", "DE"));
    // a festival welcoming offers of volunteers
    none("The film festival in Cannes welcomed offers from local volunteers.");
}

#[test]
fn grievances_without_legal_basis_flagrant_breaches_and_mandates_overstepped() {
    let t = "Libya said the foreign fighters were operating on its soil without any legal basis.";
    assert!(marked(t, "without any legal basis", "GR"));
    let t = "North Korea called the inspection a flagrant breach of the armistice.";
    assert!(marked(t, "flagrant breach", "GR"));
    let t = "Zimbabwe said the observer mission of the European Union had overstepped its mandate.";
    assert!(marked(t, "overstepped its mandate", "GR"));
    // a referee's deliberate foul
    none("The striker's deliberate attack on the goalkeeper cost the club a penalty, the coach said.");
}

#[test]
fn demands_of_recounts_and_releases_and_councils_asked_to_meet() {
    let t = "The opposition of Vanuatu called for a full recount of the votes.";
    assert!(marked(t, "called for", "DM"));
    let t = "Ukraine asked the U.N. Security Council to meet urgently over the strike.";
    assert!(marked(t, "asked the U.N. Security Council", "DM"));
    // a school asking parents to meet
    none("The school in Leeds asked the parents to meet the new teacher.");
}
