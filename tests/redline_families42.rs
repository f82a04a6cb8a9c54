//! Red lines of the forty-second round on invented sentences: a step declined, people not to
//! be handed over or sent back, no part taken in talks, no plans to resume; a step agreed in
//! principle, a meeting agreed, a truce agreed, calm appealed for, a step agreed on a named
//! day; a party made to answer for an act; an actor pleading with another, and an actor
//! expecting another to act; cooperation, a commission or its tone welcomed, an envoy sent to
//! find a solution; days or a week of joint or large-scale drills; resolve to prevent, secure
//! or watch; a detainee held incommunicado, a question called closed; measures to be pushed
//! for or considered, traffic to be turned back, a ruling to be sought, a complaint to be
//! lodged; a failure to act or consult blamed, a deliberate attack on civilians, a complaint
//! made formally; and the sense rules of the round, each with the act it still lets through:
//! critics or attacks dismissed are no refusal, a campaign suspended or a withdrawal from a
//! race or a market is no threat, a question asked (if, whether) is no demand, and a warning
//! that something could slow or hurt is a forecast, not a threat; then, read from the
//! session's first held-out batches once measured: an accord hailed, a door not closed, a
//! commitment to a treaty reaffirmed, an actor remaining open to talks; a demand renewed, an
//! actor told to stop; sanctions or a decree not recognised; a note of complaint, a complaint
//! of harassment; resolve for as long as it takes; a response promised; steps not to be
//! suspended, slowed or paused; a refusal to give a date; a case to go to a tribunal; and "I"
//! is no name; an act called by a harsh name highlighted with the name it is called (the
//! writers mark the name), and a red line that marks a level on a screen is no limit; last,
//! not being pressured or rushed into a step is a refusal of the step (13 marks to 4 for
//! resolve), while not being bullied into one stays resolve. Every sentence here is made up
//! for the test.

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

#[test]
fn cooperation_welcomed_and_an_envoy_sent_to_find_a_solution() {
    each_marked(
        "DE",
        &[
            ("Ankara welcomed closer security coordination with Baghdad.", "welcomed closer security coordination"),
            ("Cairo welcomed the commission, the ministry said.", "welcomed the commission"),
            ("Khartoum sent an envoy to Juba to look for a solution.", "sent an envoy to"),
        ],
    );
}

#[test]
fn days_of_joint_or_large_scale_drills() {
    each_marked(
        "CP",
        &[
            (
                "Taiwan began ten days of joint naval and amphibious drills.",
                "ten days of joint naval and amphibious drills",
            ),
            (
                "Belarus launched a week of large-scale military exercises near Grodno.",
                "a week of large-scale military exercises",
            ),
            (
                "The marines staged live-fire and beach-landing exercises off Taiwan.",
                "live-fire and beach-landing exercises",
            ),
        ],
    );
}

#[test]
fn resolve_to_prevent_a_detainee_held_and_a_question_closed() {
    each_marked("RS", &[("Muscat was determined to secure its borders, the ministry said.", "determined to secure")]);
    each_marked("GR", &[("“Our citizen was held incommunicado in Tehran,” the minister said.", "held incommunicado")]);
    each_marked("RL", &[("“This file is closed,” the minister in Cairo said of the Nile.", "This file is closed")]);
}

#[test]
fn measures_pressed_for_weighed_or_sought_and_complaints_to_come() {
    each_marked(
        "TH",
        &[
            (
                "Vilnius said it would push for further EU sanctions against Minsk.",
                "would push for further EU sanctions",
            ),
            (
                "Brussels was ready to consider further restrictive measures against Minsk.",
                "to consider further restrictive measures",
            ),
            ("Sofia said it would start turning back trucks from Skopje.", "would start turning back"),
            ("Tashkent said it would seek a ruling under the water convention.", "would seek a ruling"),
            ("Kyiv said it would file a complaint with the World Trade Organization.", "would file a complaint with"),
        ],
    );
    // a council meeting to weigh road measures threatens nobody
    none_of("The council in Vilnius met to consider measures for the roads.", "consider measures", "TH");
}

#[test]
fn failures_blamed_deliberate_attacks_and_formal_complaints() {
    each_marked(
        "GR",
        &[
            ("Dhaka said Naypyitaw had failed to act against the gangs.", "failed to act against"),
            ("Khartoum condemned the deliberate targeting of civilians in Darfur.", "the deliberate targeting of"),
            ("Chile complained formally to Argentina about the shelter.", "complained formally to"),
        ],
    );
}

#[test]
fn rebuttals_campaigns_questions_and_forecasts_are_no_acts() {
    // each rule against a hit the earlier lexicon made, beside the act it still finds
    none_of("In Washington, the senator dismissed critics who called the deal with Iran weak.", "dismissed", "RF");
    each_marked("RF", &[("Tehran dismissed the proposal from Washington.", "dismissed")]);
    none_of("In Iowa, two governors from Washington said they will suspend their campaigns.", "will suspend", "TH");
    none_of(
        "In Washington, the senator said Britain would withdraw from the single market.",
        "would withdraw from",
        "TH",
    );
    each_marked("TH", &[("Ankara said it would suspend the readmission agreement with Athens.", "suspend")]);
    none_of(
        "In Washington, Ruth Marcus asked Mook if a Clinton administration would continue to decline talks with Tehran.",
        "asked",
        "DM",
    );
    each_marked("DM", &[("Seoul asked Tokyo to return the fishing boat.", "asked")]);
    none_of("The IMF had warned that the Brexit vote could depress growth in Britain.", "warned", "TH");
    each_marked("TH", &[("Moscow warned that it would cut gas supplies to Kyiv.", "warned")]);
}

#[test]
fn accords_hailed_doors_kept_open_and_commitments_reaffirmed() {
    each_marked(
        "DE",
        &[
            ("Bamako hailed the accord with Niamey.", "hailed the accord"),
            ("“The door is not closed,” the minister in Dakar said.", "The door is not closed"),
            ("“We are not closing any door,” the minister in Tbilisi said.", "We are not closing any door"),
            (
                "Dushanbe reaffirmed its commitment to the border treaty with Bishkek.",
                "reaffirmed its commitment to the border treaty",
            ),
            (
                "Copenhagen remained open to scientific cooperation with Moscow.",
                "remained open to scientific cooperation",
            ),
        ],
    );
}

#[test]
fn demands_renewed_and_actors_told_to_stop() {
    each_marked(
        "DM",
        &[
            ("Ankara renewed its demand that Athens demilitarise the islands.", "renewed its demand that"),
            ("Beijing told Tokyo to stop the patrols near the islands.", "told"),
        ],
    );
}

#[test]
fn decrees_not_recognised_and_steps_not_taken() {
    each_marked(
        "RF",
        &[
            ("“We do not recognise this decree,” the minister in Caracas said.", "do not recognise"),
            ("Tashkent said it would not suspend the new tolls on Kyrgyz trucks.", "would not suspend"),
            ("“We will not pause this round,” the minister in Dushanbe said of the reservoir.", "will not pause"),
            ("Caracas refused to give a date for the talks with Bogota.", "refused to"),
        ],
    );
    // a racer who would not give up refuses nobody
    none_of(
        "ROME, May 2 — “I refused to give up on the climb,” the Slovenian rider said in Italy.",
        "refused to",
        "RF",
    );
}

#[test]
fn complaints_resolve_responses_and_tribunals() {
    each_marked(
        "GR",
        &[
            ("Banjul sent a formal note of complaint to Dakar.", "sent a formal note of complaint"),
            ("Bishkek complained of degrading conditions for its citizens in Osh.", "complained of degrading"),
        ],
    );
    each_marked(
        "RS",
        &[(
            "“We will defend the islands for as long as it takes,” the minister in Seoul said.",
            "for as long as it takes",
        )],
    );
    each_marked(
        "TH",
        &[
            ("Riga promised a swift response to the flights from Minsk.", "promised a swift response"),
            ("Georgetown said it would go to international tribunals over the claim.", "would go to"),
        ],
    );
}

#[test]
fn a_harsh_name_is_highlighted_and_a_level_on_a_screen_is_no_red_line() {
    each_marked(
        "GR",
        &[(
            "Tokyo's minister called the decision “scientifically groundless,” officials in Beijing said.",
            "scientifically groundless",
        )],
    );
    none_of("In Bishkek, a red line marks the dead volume of the Toktogul reservoir on the screens.", "red line", "RL");
}

#[test]
fn a_step_refused_under_pressure() {
    each_marked(
        "RF",
        &[
            ("Accra said it would not be pressured into paying the bills from Abidjan.", "would not be pressured into"),
            (
                "“We will not be rushed into reopening the border,” the minister in Minsk said.",
                "will not be rushed into",
            ),
        ],
    );
    each_marked(
        "RS",
        &[("“We will not be bullied into surrender,” the minister in Kyiv said.", "will not be bullied into")],
    );
}
