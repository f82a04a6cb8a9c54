//! Red lines of the sixth round on invented sentences: a test per cue family added or widened
//! then, each with a sense it must not hit. Every sentence here is made up for the test.

#[path = "common/red_lines.rs"]
mod red_lines;

use red_lines::{marked, none};

#[test]
fn threats_of_tariffs_by_rate_hostile_acts_and_weapons_not_ruled_out() {
    let t = "Washington will impose 25% tariffs on European wine, the EU was told.";
    assert!(marked(t, "impose 25% tariffs", "TH"));
    let t = "Niger said any delay by France would be treated as a hostile act.";
    assert!(marked(t, "would be treated as a hostile act", "TH"));
    let t = "Moscow did not rule out placing more missile systems near Poland.";
    assert!(marked(t, "did not rule out placing", "TH"));
}

#[test]
fn refusals_of_a_change_demanded() {
    let t = "Ireland said it would not scrap its tax laws under pressure from the EU.";
    assert!(marked(t, "would not scrap its", "RF"));
    none("The Ohio council would not discuss the parking plan on Monday.");
}

#[test]
fn forces_on_alert_and_ordered_to_a_sea() {
    let t = "South Korea's military has stepped up surveillance along the border with North Korea.";
    assert!(marked(t, "stepped up surveillance", "CP"));
    none("Police in the town stepped up surveillance of the park after the thefts.");
    let t = "The Pentagon ordered a second aircraft carrier to the Red Sea, Iran said.";
    assert!(marked(t, "ordered a second aircraft carrier", "CP"));
    // an order to withdraw is no show of force
    none("Israel ordered its troops to withdraw from the town, Lebanon said.");
}

#[test]
fn demands_of_a_binding_text_and_of_a_resolution() {
    let t = "Egypt called for a legally binding agreement on the dam with Ethiopia.";
    assert!(marked(t, "called for a legally binding agreement", "DM"));
    let t = "The IAEA resolution demands that Iran restore the inspectors' access.";
    assert!(marked(t, "demands that", "DM"));
}

#[test]
fn grievances_of_blame_and_undermined_peace() {
    let t = "Germany blamed hackers working for Russia's military intelligence for the attack.";
    assert!(marked(t, "blamed", "GR"));
    none("The coach blamed the referee for the loss in London.");
    let t = "Beijing said the arms sale to Taiwan seriously undermined peace and stability.";
    assert!(marked(t, "seriously undermined peace", "GR"));
}

#[test]
fn openings_kept_on_the_table_channels_open_and_compromise_found() {
    let t = "Seoul said the offer of military talks remained on the table, North Korea was told.";
    assert!(marked(t, "offer of military talks remained on the table", "DE"));
    let t = "Paris said it would keep the channels of communication open with Niger.";
    assert!(marked(t, "keep the channels of communication open", "DE"));
    let t = "Budget talks\n\nThe EU envoy was confident a compromise could be found with Hungary.";
    assert!(marked(t, "compromise could be found", "DE"));
}

#[test]
fn determination_and_every_mile() {
    let t = "Taiwan said it was determined to defend its way of life against China.";
    assert!(marked(t, "determined to defend", "RS"));
    let t = "“We will defend every square mile of our territory,” Guyana's president said of Venezuela.";
    assert!(marked(t, "defend every square mile", "RS"));
}
