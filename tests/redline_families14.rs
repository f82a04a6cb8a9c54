//! Red lines of the fourteenth round on invented sentences: a test per rule or cue family
//! added then, each with a sense it must not hit. Every sentence here is made up for the test.

#[path = "common/red_lines.rs"]
mod red_lines;

use red_lines::{marked, none};

#[test]
fn a_capital_or_a_demonym_names_a_place_for_the_weak_cues() {
    // no country name in the paragraph: only a demonym and a capital
    let t = "A senior Mauritanian official said Nouakchott had offered to mediate between the two sides.";
    assert!(marked(t, "offered to mediate", "DE"));
    let t = "Officials in Ouagadougou demanded the immediate return of the two seized trucks.";
    assert!(marked(t, "demanded the immediate", "DM"));
    // the same cue with no place at all stays weak
    none("A senior official said the committee had offered to mediate between the two sides.");
}

#[test]
fn passengers_traders_and_pay_rises_are_another_domain() {
    // a city's transport union and its ultimatum, in a capital
    none(
        "Tram strike looms\n\nTram drivers in Lisbon gave the city operator until Friday to agree a \
         pay rise or face a week-long strike.\n\nCommuters said the drivers deserved more, and \
         passengers braced for a week of disruption.",
    );
    // the same frame between governments
    let t = "Border row\n\nLisbon gave Rabat until Friday to release the detained fishermen or face \
             sanctions.\n\nThe foreign minister said the drivers stranded at the border were safe.";
    // the time given is the ultimatum, the step it threatens a threat
    assert!(marked(t, "until Friday", "UL"));
    assert!(marked(t, "or face sanctions", "TH"));
}

#[test]
fn readiness_offers_proposals_and_invitations_to_talk() {
    let t = "Ghana said it was ready to convene the joint border commission within a week.";
    assert!(marked(t, "was ready to convene", "DE"));
    let t = "Norway had offered to travel to Caracas, a senior Norwegian official said.";
    assert!(marked(t, "offered to travel to", "DE"));
    let t = "Chile proposed an emergency meeting of the binational river commission.";
    assert!(marked(t, "proposed an emergency meeting", "DE"));
    let t = "Qatar invited both sides to talks in Doha next week.";
    assert!(marked(t, "invited", "DE"));
    let t = "Brazil said it would still welcome a meeting of the joint boundary commission.";
    assert!(marked(t, "would still welcome a meeting", "DE"));
    // a city inviting the public, a town hall meeting
    none("The council in Leeds invited the public to a meeting on the new bus lanes.");
}

#[test]
fn resolve_to_defend_and_enforce_and_solidarity_with_a_named_party() {
    let t = "“We will defend our dignity and our economy,” the foreign minister of Mexico said.";
    assert!(marked(t, "will defend", "RS"));
    let t = "Tanzania said its navy would keep enforcing Tanzanian law on the lake.";
    assert!(marked(t, "would keep enforcing", "RS"));
    let t = "“We stand with Estonia,” the Finnish prime minister said.";
    assert!(marked(t, "stand with", "RS"));
    let t = "Washington said its commitment to Manila's defence remained ironclad.";
    assert!(marked(t, "remained ironclad", "RS"));
    // a champion and her title; a candidate's standing in a poll
    none("The Spanish champion said she would defend her title in Madrid next spring.");
    none("Her standing with voters in Ohio has slipped, a new poll of Americans showed.");
}

#[test]
fn forces_sent_drills_held_and_missiles_fired() {
    let t = "Two additional battalions had been sent to the border near Kassala, Sudan's army said.";
    assert!(marked(t, "had been sent", "CP"));
    let t = "North Korea fired what appeared to be a new solid-fuel ballistic missile on Sunday.";
    assert!(marked(t, "fired what appeared to be a new solid-fuel ballistic missile", "CP"));
    let t = "Greek navy units held exercises near Crete on Tuesday.";
    assert!(marked(t, "held exercises", "CP"));
    let t = "Armenia's border units were put on a heightened state of readiness.";
    assert!(marked(t, "put on a heightened state of readiness", "CP"));
    // aid sent after a flood; a school's fire drill
    none("Relief supplies had been sent to the flooded villages near Dhaka, the Red Crescent said.");
}

#[test]
fn warnings_of_steps_conditions_and_promised_responses() {
    let t = "Australia warned that defence cooperation with Jakarta would be reviewed.";
    assert!(marked(t, "warned that", "TH"));
    let t = "Ecuador said it would otherwise recall its ambassador from Bogota.";
    assert!(marked(t, "would otherwise", "TH"));
    let t = "Egypt did not rule out any measure to protect its share of the Nile.";
    assert!(marked(t, "did not rule out any measure", "TH"));
    let t = "“The answer will come,” the Iranian army said of the strike on its border post.";
    assert!(marked(t, "The answer will come", "TH"));
    let t = "Moscow promised mirror entry bans on European officials.";
    assert!(marked(t, "mirror entry bans", "TH"));
    // the weather warned of, a reply to a letter
    none("Forecasters in Oslo warned that the storm would close mountain roads on Friday.");
    none("The council in Leeds said it would respond to the letter next week.");
}

#[test]
fn refusals_with_no_room_and_nothing_on_the_table() {
    let t = "Pakistan said there would be no further extension for the camps.";
    assert!(marked(t, "there would be no further extension", "RF"));
    // an act not on the table is refused; a state's sovereignty not on it is a red line (the
    // forty-fourth round: the writers' marks, 17 of 17)
    let t = "Closing the border is not on the table, Argentina's foreign minister said.";
    assert!(marked(t, "is not on the table", "RF"));
    let t = "Sovereignty over the islands is not on the table, Argentina's foreign minister said.";
    assert!(marked(t, "is not on the table", "RL"));
    let t = "Hungary declined to sign the broader framework, the Austrian foreign minister said.";
    assert!(marked(t, "declined to sign", "RF"));
    let t = "Japan said it saw no grounds to reopen the findings of the Korean inquiry.";
    assert!(marked(t, "saw no grounds to", "RF"));
    let t = "Kuwait said it would not resume pumping until the debt was paid in full.";
    assert!(marked(t, "would not resume pumping until", "RF"));
    // a company's takeover talks
    none(
        "A takeover is not on the table, the brewery in Prague told shareholders after its profits \
         rose.",
    );
}

#[test]
fn expectations_insistence_and_demanded_releases() {
    let t = "“We expect Dhaka to take them back without delay,” the Myanmar envoy said.";
    assert!(marked(t, "expect", "DM"));
    let t = "Lithuania insisted that Minsk disclose the full number of troops involved.";
    assert!(marked(t, "insisted that", "DM"));
    let t = "Georgia condemned the detention and demanded his immediate and unconditional release.";
    assert!(marked(t, "demanded his immediate", "DM"));
    // demand as a market's appetite
    none("Strong Chinese demand for the ore has lifted prices in Conakry, traders said.");
}

#[test]
fn grievances_named_blame_laid_and_lines_crossed() {
    let t = "Libya's oil minister called the shutdown a crime against the Libyan people.";
    assert!(marked(t, "a crime against", "GR"));
    let t = "Ukraine said the cut-off amounted to collective punishment of its people.";
    assert!(marked(t, "collective punishment", "GR"));
    let t = "Moldova blamed the crisis on Tiraspol's confrontational policy.";
    assert!(marked(t, "blamed", "GR"));
    let t = "Manila said any intrusion into its waters amounts to a declaration of war.";
    assert!(marked(t, "amounts to a declaration of war", "RL"));
    let t = "Seoul said the North will never be allowed to acquire a nuclear weapon.";
    assert!(marked(t, "will never be allowed to acquire", "RL"));
    // a runner and a finish line, the weather blamed
    none("The Kenyan runner crossed the line first in Berlin and blamed the wind for her time.");
}

#[test]
fn a_condition_with_a_date() {
    let t = "Kyrgyzstan said the pumps would be shut down unless Tajikistan withdrew by Friday.";
    assert!(marked(t, "unless", "UL"));
}
