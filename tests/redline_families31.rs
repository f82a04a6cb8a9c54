//! Red lines of the thirty-first round on invented sentences: words of international affairs
//! (`bilateral`, `territory`, `tensions`, `coast guard`…) that keep an article about a dispute
//! between states from being read as ordinary news when its story also has passengers or a
//! councillor; sanctions threatened with an adjective; refusals to recognise, to yield to
//! ultimatums, to implement or to hold talks; a last chance given a government; coercion
//! named; calm urged, talks named the best way, a door to talks left open, an offer that
//! stands, readiness to widen inspections or welcome a party back, hope of a settlement; an
//! expulsion ordered and consular access refused; more steps warned of; and hits that never
//! take the quote marks around their words. Every sentence here is made up for the test.

#[path = "common/red_lines.rs"]
mod red_lines;

use red_lines::{LEAD, analyze, marked, none};

#[test]
fn a_dispute_between_states_told_through_its_passengers_keeps_its_red_lines() {
    let t = "A Chinese coast guard vessel stopped a ferry carrying 40 passengers near the disputed island on Sunday.\n\n\
             Vietnam accused China of harassing the passengers and said the incident raised tensions over the territory.\n\n\
             A local councillor said bilateral ties would suffer.";
    assert!(marked(t, "accused", "GR"));
}

#[test]
fn sanctions_threatened_with_an_adjective_are_a_threat() {
    let t = format!("{LEAD}Britain threatened targeted sanctions against the Libyan officials blocking the vote.");
    assert!(marked(&t, "threatened targeted sanctions", "TH"));
}

#[test]
fn refusals_to_recognise_to_yield_to_implement_and_to_talk() {
    let t = format!("{LEAD}Libya did not recognise the Greek licence for the offshore block.");
    assert!(marked(&t, "did not recognise", "RF"));
    // recognising a face is no refusal
    none(&format!("{LEAD}The old fisherman did not recognise the man at the harbour gate."));
    let t = format!("{LEAD}Algeria does not respond to ultimatums, the foreign ministry said in Algiers.");
    assert!(marked(&t, "does not respond to ultimatums", "RF"));
    let t = format!("{LEAD}Poland said its government would not implement the relocation mechanism.");
    assert!(marked(&t, "would not implement", "RF"));
    let t = format!("{LEAD}Vanuatu said France refused direct talks on the two islands.");
    assert!(marked(&t, "refused direct talks", "RF"));
}

#[test]
fn a_last_chance_given_a_government_is_an_ultimatum() {
    let t = format!(
        "{LEAD}“This is the last opportunity for the Hungarian government to unlock this money,” the EU commissioner said."
    );
    assert!(marked(&t, "This is the last opportunity", "UL"));
}

#[test]
fn coercion_named_is_a_grievance() {
    let t = format!("{LEAD}“Brussels is blackmailing Hungary,” the Hungarian spokesman wrote.");
    assert!(marked(&t, "is blackmailing", "GR"));
    let t = format!("{LEAD}The Austrian chancellor said the remarks from Moscow were an attempt at intimidation.");
    assert!(marked(&t, "an attempt at intimidation", "GR"));
}

#[test]
fn calm_urged_talks_named_the_best_way_an_open_door_and_an_offer_that_stands() {
    let t = format!("{LEAD}The UN force in Cyprus said it was in contact with both sides and urged calm.");
    assert!(marked(&t, "urged calm", "DE"));
    let t =
        format!("{LEAD}“Diplomacy is the best way to avoid a miscalculation at sea,” the Australian minister said.");
    assert!(marked(&t, "Diplomacy is the best way", "DE"));
    let t = format!("{LEAD}Kinshasa stressed that the door to bilateral talks with Angola remained open.");
    assert!(marked(&t, "door to bilateral talks", "DE"));
    let t = format!("{LEAD}“The offer stands,” the New Zealand minister said of the refugees held on Nauru.");
    assert!(marked(&t, "The offer stands", "DE"));
}

#[test]
fn more_steps_warned_of_are_a_threat() {
    let t = format!("{LEAD}China said further measures could follow if Taipei did not change course.");
    assert!(marked(&t, "further measures could follow", "TH"));
}

#[test]
fn a_hit_read_back_from_its_anchor_takes_no_quote_mark() {
    let t = format!("{LEAD}The Ethiopian minister said Addis Ababa “will not be intimidated” over the dam.");
    let hits = analyze(&t);
    assert!(!hits.is_empty());
    for h in hits {
        assert!(!h.text.starts_with(['“', '"']) && !h.text.ends_with(['”', '"']), "{:?}", h.text);
    }
}

#[test]
fn an_expulsion_ordered_and_consular_access_refused() {
    let t = format!("{LEAD}Nicaragua ordered the expulsion of Spain's ambassador and two other diplomats.");
    assert!(marked(&t, "ordered the expulsion of", "TH"));
    let t = format!("{LEAD}Iran has refused British consular access to the detained charity worker.");
    assert!(marked(&t, "refused British consular access", "RF"));
}

#[test]
fn readiness_to_widen_or_welcome_and_hope_of_a_settlement() {
    let t = format!("{LEAD}Jakarta said it was prepared to expand joint inspections with Dili.");
    assert!(marked(&t, "was prepared to expand", "DE"));
    let t = format!("{LEAD}Brussels said EU states were ready to welcome Turkey back into the talks.");
    assert!(marked(&t, "were ready to welcome", "DE"));
    let t = format!("{LEAD}Qatar said it remained hopeful that an agreement could be reached this week.");
    assert!(marked(&t, "remained hopeful that", "DE"));
}

#[test]
fn war_wanted_by_nobody_no_fight_sought_and_no_rupture_wanted() {
    let t = format!("{LEAD}“Nobody wants a war in the middle of the harvest,” a Lebanese diplomat said.");
    assert!(marked(&t, "Nobody wants a war", "DE"));
    let t = format!("{LEAD}“We are not looking for a fight,” the Philippine foreign minister said.");
    assert!(marked(&t, "are not looking for a fight", "DE"));
    let t = format!("{LEAD}Madrid said it did not want a rupture with Managua over the expulsions.");
    assert!(marked(&t, "did not want a rupture", "DE"));
}

#[test]
fn a_step_not_intended_obligations_recalled_and_forces_on_standby() {
    let t = format!("{LEAD}Manila said it had no intention of handing the crew over to Beijing.");
    assert!(marked(&t, "had no intention of handing", "RF"));
    let t = format!("{LEAD}The European Union reminded both governments of their obligations under the accord.");
    assert!(marked(&t, "reminded both governments of their obligations", "DM"));
    let t = format!("{LEAD}“Our soldiers are on standby,” the Fijian military commander said.");
    assert!(marked(&t, "soldiers are on standby", "CP"));
}

#[test]
fn safety_no_longer_guaranteed_and_blame_laid_in_advance_are_threats() {
    let t = format!("{LEAD}Indonesia said it could no longer guarantee the safety of the foreign workers.");
    assert!(marked(&t, "could no longer guarantee the safety", "TH"));
    let t = format!("{LEAD}“Whatever happens is Indonesia's responsibility,” the rebel commander said.");
    assert!(marked(&t, "Whatever happens is Indonesia's responsibility", "TH"));
}

#[test]
fn a_navigation_kept_up_and_no_apology_made_are_resolve() {
    let t = format!("{LEAD}The Australian navy would continue to fly, sail and operate wherever the law allows.");
    assert!(marked(&t, "continue to fly, sail and operate", "RS"));
    let t = format!("{LEAD}“I make no apology for it,” the Australian minister said of the border policy.");
    assert!(marked(&t, "make no apology", "RS"));
}
