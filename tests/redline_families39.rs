//! Red lines of the thirty-ninth round on invented sentences: a red line that is a metro line
//! or a line on a map, regret for an incident (not at another's decision), a door left open,
//! channels and principles agreed, steps refused (no plans, no concession, no ground, not
//! bound, a summit boycotted), consequences, options and rights held in reserve, exercises by
//! their length, complaints and breaches, vows not to be dragged in, and limits named (a bottom
//! line, not up for auction), a settlement hoped for, a visit or help welcomed, a full account
//! asked for, every tool held up. Every sentence here is made up for the test.

#[path = "common/red_lines.rs"]
mod red_lines;

use red_lines::{LEAD, each_marked, marked};

#[test]
fn a_metro_line_or_a_line_on_a_map_is_no_red_line() {
    let t = format!("{LEAD}Oslo warned that Moscow had crossed a red line over Svalbard.");
    assert!(marked(&t, "red line", "RL"));
    for line in [
        "Protesters gathered outside Baixa station on the red line of the Lisbon metro.",
        "The RER B, the red line that crosses Paris, was closed for repairs.",
        "A map in the hall in Suva traced in a red line the route of the new cable.",
    ] {
        let t = format!("{LEAD}{line}");
        assert!(!marked(&t, "red line", "RL"), "{line}");
    }
}

#[test]
fn regret_for_an_incident_eases_and_regret_at_a_decision_does_not() {
    let t = format!("{LEAD}The Thai embassy in Vientiane expressed regret for the incident.");
    assert!(marked(&t, "expressed regret for the incident", "DE"));
    let t = format!("{LEAD}Foreign Minister Sok Pheap deeply regretted the loss of life on the Mekong.");
    assert!(marked(&t, "deeply regretted the loss of life", "DE"));
    // regret at another's decision is a complaint, not a step back
    let t = format!("{LEAD}The ministry in Hanoi expressed regret at the decision to close the crossing.");
    assert!(!marked(&t, "expressed regret", "DE"));
}

#[test]
fn a_door_left_open_is_de_escalation_even_said_with_a_negation() {
    let t = format!("{LEAD}Minister Varga said in Budapest that the door was still open.");
    assert!(marked(&t, "the door was still open", "DE"));
    // the negation is the point: it must not turn the phrase into a refusal
    let t = format!("{LEAD}“Nobody wants to slam the door,” a diplomat in Bratislava said.");
    assert!(marked(&t, "Nobody wants to slam the door", "DE"));
    assert!(!marked(&t, "Nobody wants to slam the door", "RF"));
}

#[test]
fn channels_and_principles_agreed_and_a_return_to_the_table_are_de_escalation() {
    let t = format!("{LEAD}Baku and Ashgabat agreed on Saturday to set up a hotline between their navies.");
    assert!(marked(&t, "agreed on Saturday to set up a hotline", "DE"));
    let t = format!("{LEAD}Cairo and Addis Ababa agreed in principle on a schedule for filling the dam.");
    assert!(marked(&t, "agreed in principle", "DE"));
    let t = format!("{LEAD}Khartoum said it was prepared to come back to the table in Juba.");
    assert!(marked(&t, "prepared to come back to the table", "DE"));
    let t = format!("{LEAD}“We found common ground,” the envoy said in Montevideo.");
    assert!(marked(&t, "found common ground", "DE"));
    // a working group on customs is trade, not de-escalation
    let t = format!("{LEAD}Madrid and Rabat agreed to set up a working group on customs at Ceuta.");
    assert!(!marked(&t, "agreed to set up a working group", "DE"));
}

#[test]
fn steps_ground_and_obligations_refused_are_refusals() {
    each_marked(
        "RF",
        &[
            ("An official in Islamabad said Pakistan had no plans to pause construction.", "no plans to pause"),
            ("“There is no plan to end the patrols,” the ministry in Canberra said.", "There is no plan to end"),
            ("Buenos Aires said it would make no concession on the islands.", "would make no concession"),
            (
                "Santiago said it would not enter into any discussion of the border.",
                "would not enter into any discussion",
            ),
            ("After six hours in Dili, neither side gave any ground.", "gave any ground"),
            ("Ethiopia said it would not be bound by a deadline set in Cairo.", "would not be bound by"),
            ("Myanmar's junta boycotted the summit in Jakarta.", "boycotted the summit"),
        ],
    );
    // a parliament's session boycotted by the opposition is home politics
    let t = format!("{LEAD}In Lahore, opposition parties boycotted the session.");
    assert!(!marked(&t, "boycotted the session", "RF"));
}

#[test]
fn consequences_options_rights_and_reciprocity_held_in_reserve_are_threats() {
    each_marked(
        "TH",
        &[
            (
                "“Those who attack our ships will bear the full consequences,” the admiral in Tehran said.",
                "will bear the full consequences",
            ),
            ("“Nigeria is considering every option,” the minister in Abuja said.", "is considering every option"),
            ("Canberra reserved its rights under World Trade Organization rules.", "reserved its rights under"),
            (
                "Moscow said it would respond with strict reciprocity to the expulsions from Oslo.",
                "respond with strict reciprocity",
            ),
            ("Turkmenistan has warned it would cut gas exports to Baku.", "warned it would cut"),
        ],
    );
    // a firm weighing its options over a late contract threatens nobody
    let t = format!("{LEAD}The builder in Lisbon said it was considering all options over the delays.");
    assert!(!marked(&t, "considering all options", "TH"));
}

#[test]
fn exercises_named_by_their_length_and_live_firing_are_capability() {
    each_marked(
        "CP",
        &[
            ("Israel's military launched a four-day exercise across the Galilee.", "four-day exercise"),
            (
                "Iran began three days of naval and missile exercises near Hormuz.",
                "three days of naval and missile exercises",
            ),
            ("The Chilean navy carried out live firing off Punta Arenas.", "live firing"),
            (
                "Russian bombers flew simulated strike missions over the Baltic near Kaliningrad.",
                "flew simulated strike missions",
            ),
        ],
    );
}

#[test]
fn bad_faith_complaints_and_breaches_are_grievances() {
    each_marked(
        "GR",
        &[
            ("Cairo accused Addis Ababa of acting in bad faith.", "acting in bad faith"),
            ("Tallinn formally complained to Russia about the flights.", "formally complained to"),
            ("Beirut said Israel continued to violate resolution 1701 every day.", "violate resolution 1701"),
            (
                "Warsaw said the decision violated both the letter and the spirit of the treaty.",
                "violated both the letter and the spirit",
            ),
            ("Budapest called the remarks openly provocative.", "openly provocative"),
        ],
    );
}

#[test]
fn vows_not_to_be_dragged_in_or_rattled_and_to_bring_attackers_to_justice_are_resolve() {
    each_marked(
        "RS",
        &[
            (
                "“Lebanon will not be dragged into another war,” the president said in Beirut.",
                "will not be dragged into",
            ),
            ("New Delhi vowed to bring the attackers to justice.", "vowed to bring"),
            ("“Vilnius will not be rattled by these games,” the minister said.", "will not be rattled"),
        ],
    );
}

#[test]
fn a_bottom_line_and_a_land_not_up_for_auction_are_red_lines() {
    let t = format!("{LEAD}The spokeswoman in Beijing said Taiwan is a bottom line for China.");
    assert!(marked(&t, "a bottom line for", "RL"));
    let t = format!("{LEAD}“Essequibo is not up for auction,” the president said in Georgetown.");
    assert!(marked(&t, "up for auction", "RL"));
    let t = format!("{LEAD}“It is not, and it will never be, up for auction,” the president said in Georgetown.");
    assert!(marked(&t, "up for auction", "RL"));
    // the bottom line of an argument is no limit
    let t = format!("{LEAD}“The bottom line is that Lisbon wants the money,” an analyst said.");
    assert!(!marked(&t, "bottom line", "RL"));
}

#[test]
fn a_settlement_hoped_for_a_visit_or_help_welcomed_and_an_account_asked_for() {
    each_marked(
        "DE",
        &[
            (
                "Pretoria hoped the matter could be resolved before the summit in Maputo.",
                "hoped the matter could be resolved",
            ),
            ("Vientiane said it would welcome a joint site visit to the dam.", "would welcome a joint site visit"),
            ("Nairobi welcomed offers of help from Kampala and Kigali.", "welcomed offers of help"),
        ],
    );
    each_marked(
        "DM",
        &[("Bangkok asked Laos for a full account of the incident on the Mekong.", "for a full account")],
    );
    each_marked(
        "TH",
        &[("The ministry in Wellington said it was prepared to use all tools available.", "prepared to use all tools")],
    );
}
