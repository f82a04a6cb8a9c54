//! Red lines of the forty-second round on invented sentences: a step declined, people not to
//! be handed over or sent back, no part taken in talks, no plans to resume; a step agreed in
//! principle, a meeting agreed, a truce agreed, calm appealed for, a step agreed on a named
//! day; a party made to answer for an act; an actor pleading with another, and an actor
//! expecting another to act. Every sentence here is made up for the test.

#[path = "common/red_lines.rs"]
mod red_lines;

use red_lines::{each_marked, none_of};

#[test]
fn steps_declined_people_kept_and_talks_stayed_away_from() {
    each_marked(
        "RF",
        &[
            ("Slovenia has declined to extradite the Croatian businessman.", "declined to extradite"),
            ("The ministry in Lisbon said it would not hand anyone over to Luanda.", "would not hand anyone over"),
            (
                "Portugal will not forcibly return migrants to Cape Verde, the minister said.",
                "will not forcibly return",
            ),
            ("Quito said it would not take part in any arbitration over the river.", "would not take part in"),
            ("Lima has no plans to resume gas sales to La Paz, the minister said.", "has no plans to resume"),
        ],
    );
    // a race stayed away from is no refusal of talks
    none_of("The club in Lima said it would not take part in the race.", "would not take part in", "RF");
}

#[test]
fn steps_meetings_and_calm_agreed_or_appealed_for() {
    each_marked(
        "DE",
        &[
            ("Kigali said Kinshasa had agreed in principle.", "agreed in principle"),
            ("Bolivia agreed to a trilateral meeting with Chile and Peru.", "agreed to a trilateral meeting"),
            ("The two armies in Kashmir agreed to hold fire along the line.", "agreed to hold fire"),
            ("The African Union appealed for calm in Mogadishu.", "appealed for calm"),
            ("Ecuador and Peru agreed on Monday to raise the number of crossings.", "agreed on Monday to raise"),
        ],
    );
    // more patrols agreed are no step back
    none_of("Manila and Tokyo agreed on Monday to expand joint patrols.", "agreed on Monday to expand", "DE");
}

#[test]
fn a_party_made_to_answer_pleaded_with_or_expected_to_act() {
    each_marked(
        "TH",
        &[("“Minsk will have to answer for it,” the minister in Vilnius said.", "will have to answer for it")],
    );
    each_marked(
        "DM",
        &[
            ("Kabul pleaded with Islamabad to give families more time.", "pleaded with"),
            ("Warsaw expected Minsk to show good will first.", "expected"),
        ],
    );
}
