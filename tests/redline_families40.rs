//! Red lines of the fortieth round on invented sentences: the base forms of verbs the lexicon
//! once wrote as bare stems (`propos~` found proposed and proposing, never propose or
//! proposes), a violation or interference only when someone commits it (not the one a relative
//! clause imagines: any aircraft that violates our airspace), a deadline that no threat nearby
//! props up giving way to the shorter one that stands alone; then the round's cue families:
//! limits (not traded away, no room for discussion, no waiting room), refusals (declined,
//! boycotted, ruled out, a ship refusing to stop), resolve (pressing ahead, with or without
//! others, a position that will not change), talks agreed or proposed, drills and ships sent,
//! court, consequences and mirror measures, the next move left to another, breaches and
//! affronts, an insistence in the subjunctive, an undertaking held to, a settlement hoped
//! for, help offered, a step an actor may take (`could stop`) with no threat beside it, and the late
//! round's offers kept open, forces readied, limits named, attachés called in and measures
//! announced. Every sentence here is made up for the test.

#[path = "common/red_lines.rs"]
mod red_lines;

use red_lines::{LEAD, each_marked, marked, none_of};

#[test]
fn a_verb_is_found_in_its_base_form_and_its_third_person() {
    each_marked(
        "DE",
        &[
            ("Quito said it would propose a joint investigation into the shooting.", "propose a joint investigation"),
            ("Lima welcomes the resumption of talks with La Paz.", "welcomes the resumption of talks"),
            ("The envoy said Bolivia would welcome any proposal for a joint commission.", "welcome any proposal"),
        ],
    );
    each_marked(
        "RF",
        &[
            ("“We refuse to sign a deal written in Santiago,” the Bolivian minister said.", "refuse to"),
            ("Santiago rules out any extension of the fishing licences.", "rules out"),
        ],
    );
    each_marked(
        "GR",
        &[
            ("“This flight violates our airspace,” the ministry in Lima said.", "violates our airspace"),
            ("Ecuador said the decree violates the 1998 peace accord.", "violates the 1998 peace accord"),
        ],
    );
    each_marked(
        "CP",
        &[("Chile will intensify patrols along the northern border, the navy said.", "intensify patrols")],
    );
}

#[test]
fn a_violation_a_relative_clause_imagines_is_no_grievance() {
    for sentence in [
        "“Any aircraft that violates our airspace will be shot down,” the general in La Paz said.",
        "“Whoever meddles in our internal affairs will answer for it,” the minister in Quito said.",
        "Lima will firmly stop any attempt to interfere in its internal affairs.",
    ] {
        let t = format!("{LEAD}{sentence}");
        for phrase in ["violates our airspace", "meddles in our internal affairs", "interfere in its internal affairs"]
        {
            if sentence.contains(phrase) {
                assert!(!marked(&t, phrase, "GR"), "{sentence}");
            }
        }
    }
    // the one that was committed still is
    let t = format!("{LEAD}Peru said two Chilean jets that violated its airspace on Monday had turned back.");
    assert!(marked(&t, "violated its airspace", "GR"));
}

#[test]
fn a_deadline_propped_up_by_a_hit_that_falls_gives_way_to_the_one_that_stands() {
    // `could stop` needs a threat nearby and has none, so the longer `until the end of the
    // month`, which needs a threat or a demand, falls too; the shorter deadline an actor gave stands
    let t = format!("{LEAD}Bolivia gave Chile until the end of the month, and said it could stop the trains.");
    assert!(marked(&t, "gave Chile until the end", "UL"));
}

#[test]
fn limits_named_what_will_not_be_traded_away_or_become_a_waiting_room() {
    each_marked(
        "RL",
        &[
            (
                "“We will never trade the islands away,” the Greek foreign minister said.",
                "will never trade the islands away",
            ),
            ("“Our border is not something we negotiate,” the minister in Rabat said.", "not something we negotiate"),
            ("“There is no room for discussion on this,” the Turkish envoy said.", "There is no room for discussion"),
            (
                "“Spain will not become a waiting room for Europe's migrants,” the minister said.",
                "will not become a waiting room",
            ),
            ("“Morocco will never be anyone's gendarme,” the spokesman said.", "will never be anyone's gendarme"),
        ],
    );
}

#[test]
fn steps_refused_declined_boycotted_ruled_out_or_not_discussed() {
    each_marked(
        "RF",
        &[
            ("Madrid declined to intervene in the dispute with Morocco.", "declined to intervene"),
            ("Turkey said it would boycott the summit in Athens.", "would boycott"),
            ("Greece and Cyprus boycotted the first ministerial meeting in Ankara.", "boycotted"),
            (
                "Chile would discuss nothing beyond the fishing quotas, the minister said.",
                "would discuss nothing beyond",
            ),
            (
                "The Peruvian president ruled out withdrawing the frigate from the disputed waters.",
                "ruled out withdrawing",
            ),
            ("The Spanish coast guard said the tanker refused to stop off Ceuta.", "refused to stop"),
        ],
    );
    // a threat to boycott is a threat, and a parliament's session boycotted is no state's refusal
    let t = format!("{LEAD}The Kurdish party in Iraq threatened to boycott the elections unless the law changed.");
    assert!(!marked(&t, "threatened to boycott", "RF"));
    let t = format!("{LEAD}Opposition parties in Turkey boycotted the session in Ankara.");
    assert!(!marked(&t, "boycotted", "RF"));
}

#[test]
fn resolve_to_press_ahead_with_or_without_others_and_a_position_that_will_not_change() {
    each_marked(
        "RS",
        &[
            ("Morocco said it would press ahead regardless of the Spanish objections.", "would press ahead"),
            (
                "“The pipeline will be finished, with or without Washington's blessing,” the Turkish minister said.",
                "with or without",
            ),
            ("“Our position will not change,” the Spanish minister said in Gibraltar.", "will not change"),
        ],
    );
    // a bakery's loaf that will not change is no state's resolve
    none_of(
        "“Our rye bread takes a day to bake in Madrid, and that will not change,” the baker said.",
        "will not change",
        "RS",
    );
}

#[test]
fn talks_agreed_or_proposed_a_hotline_welcomed_and_readiness_to_talk() {
    each_marked(
        "DE",
        &[
            (
                "Greece and Turkey agreed on Wednesday to revive talks on the continental shelf.",
                "agreed on Wednesday to revive talks",
            ),
            (
                "Chile and Peru agreed to set up a joint technical group on the river.",
                "agreed to set up a joint technical group",
            ),
            ("Spain proposed consultations with Morocco on the fishing grounds.", "proposed consultations"),
            ("Peru had proposed joint patrols along the border with Chile.", "proposed joint patrols"),
            ("Athens welcomed the hotline agreed with Ankara.", "welcomed the hotline"),
            ("“We are happy to talk to Madrid about the notification,” the Moroccan envoy said.", "happy to talk"),
        ],
    );
    // a working group on customs is trade, not an easing
    none_of(
        "Chile and Peru agreed to set up a joint working group on customs at the border.",
        "agreed to set up a joint working group",
        "DE",
    );
}

#[test]
fn drills_held_and_ships_sent() {
    each_marked(
        "CP",
        &[
            ("Turkey held live-fire gunnery drills off the Greek island of Rhodes.", "held live-fire gunnery drills"),
            ("Iran staged a drill off the coast of Azerbaijan.", "staged a drill"),
            ("Spain sent a second patrol vessel to the waters off Gibraltar.", "sent a second patrol vessel"),
        ],
    );
}

#[test]
fn a_court_consequences_every_option_and_mirror_restrictions() {
    each_marked(
        "TH",
        &[
            (
                "Poland said it will take the European Commission to court over the ruling.",
                "will take the European Commission to court",
            ),
            (
                "“Whoever attacks a Greek vessel must reckon with the consequences,” the minister said.",
                "must reckon with the consequences",
            ),
            (
                "“Chile will consider every option,” the foreign minister in Santiago said.",
                "will consider every option",
            ),
            ("Turkey is weighing its options after the vote in Athens, officials said.", "weighing its options"),
            (
                "“We will introduce mirror restrictions on Spanish trucks,” the Moroccan minister said.",
                "will introduce mirror restrictions",
            ),
        ],
    );
    // a company weighing its contract is no state's threat
    none_of(
        "The builder in Tallinn said it was considering all options over the delayed rail contract.",
        "considering all options",
        "TH",
    );
}

#[test]
fn the_next_move_left_to_another() {
    each_marked(
        "UL",
        &[
            ("“The next move belongs to Rabat,” the Spanish minister said.", "The next move belongs to"),
            ("“The ball is now with the British,” the Spanish minister said.", "The ball is now with"),
        ],
    );
}

#[test]
fn treaties_breached_affronts_hysteria_politics_and_concern_conveyed() {
    each_marked(
        "GR",
        &[
            (
                "Egypt said Ethiopia had breached the 2015 Declaration of Principles.",
                "breached the 2015 Declaration of Principles",
            ),
            ("Madrid called the arrests in Morocco “an affront” to Spain.", "an affront"),
            ("Moscow accused Estonia of whipping up militarist hysteria.", "whipping up militarist hysteria"),
            ("Baghdad accused Turkey of using the river to play politics.", "using the river to play politics"),
            ("Australia conveyed its strong concern to Indonesia over the arrests.", "conveyed its strong concern"),
        ],
    );
}

#[test]
fn an_insistence_that_another_act_in_the_subjunctive_is_a_demand() {
    each_marked(
        "DM",
        &[
            ("Morocco insisted that Algeria attend the talks in Geneva as a full party.", "insisted that"),
            ("Sudan insisted that the vote be held in Abyei before the rains.", "insisted that"),
        ],
    );
}

#[test]
fn an_undertaking_held_to_a_settlement_hoped_for_and_help_offered() {
    each_marked(
        "DE",
        &[
            (
                "Sethuraman said India remained committed to the 2021 understanding with Pakistan.",
                "remained committed to",
            ),
            (
                "Peru hoped for a negotiated solution to the fishing dispute with Chile.",
                "hoped for a negotiated solution",
            ),
            ("Mali hoped to settle the matter quietly with Algeria.", "hoped to settle the matter"),
            ("Australia said it had offered technical help to Fiji after the spill.", "offered technical help"),
            ("Ghana offered to bring the two sides together in Accra.", "offered to bring the two sides together"),
        ],
    );
    // an embargo held to is resolve, not an easing
    none_of(
        "“France will remain fully committed to the embargo on Libya,” the minister said.",
        "remain fully committed to",
        "DE",
    );
}

#[test]
fn a_step_an_actor_may_take_needs_no_other_threat_beside_it() {
    each_marked(
        "TH",
        &[
            ("Slovakia could stop emergency electricity supplies to Ukraine, the prime minister said.", "stop"),
            ("Guyana could review fishing and trade arrangements with Suriname.", "review"),
            ("Norway could respond by closing its ports to Russian trawlers.", "respond by closing"),
            ("Kenya could turn to other suppliers if Uganda kept the ban.", "turn to other suppliers"),
            ("Austria could introduce its own checks on traffic from Hungary.", "introduce its own checks"),
            (
                "The European Commission could open infringement proceedings against Poland.",
                "open infringement proceedings",
            ),
        ],
    );
}

#[test]
fn calm_and_good_relations_wanted() {
    each_marked(
        "DE",
        &[
            ("Ankara wanted to lower the temperature with Athens, the minister said.", "wanted to lower"),
            ("Tokyo wanted to keep lines of communication with Beijing open.", "wanted to keep"),
            (
                "Hanoi wanted good neighbourly relations with Phnom Penh, the spokesman said.",
                "wanted good neighbourly relations",
            ),
        ],
    );
    // wanting to keep production going is no easing
    none_of("The Chilean miner wanted to keep production going at the copper mine.", "wanted to keep", "DE");
}

#[test]
fn the_late_round_offers_kept_open_forces_readied_and_limits_named() {
    each_marked(
        "DE",
        &[
            (
                "“That offer still stands,” the Mauritanian minister said of the talks with Senegal.",
                "That offer still stands",
            ),
            (
                "Kenya and Somalia agreed on Tuesday to pull troops back from the border.",
                "agreed on Tuesday to pull troops back",
            ),
            (
                "Hanoi and Phnom Penh agreed on Thursday to hold a new round of exploratory talks.",
                "agreed on Thursday to hold a new round of exploratory talks",
            ),
            ("“We fully respect Peru's sovereignty,” the Bolivian minister said.", "fully respect Peru's sovereignty"),
        ],
    );
    each_marked(
        "CP",
        &[
            (
                "Ethiopia said its army stood ready to carry out any mission on the Somali border.",
                "ready to carry out any mission",
            ),
            (
                "Uzbekistan said its air defences shot down an unmanned aircraft near the Afghan border.",
                "shot down an unmanned aircraft",
            ),
            ("Iran began a week of exercises near the Afghan border.", "began a week of exercises"),
        ],
    );
    each_marked(
        "RL",
        &[
            ("“Somali airspace is one and indivisible,” the ministry in Mogadishu said.", "is one and indivisible"),
            (
                "Lima would not let its northern frontier become an open door, the Peruvian minister said.",
                "would not let its northern frontier become an",
            ),
        ],
    );
    each_marked(
        "GR",
        &[
            (
                "Seoul called in the Chinese military attaché over the flights.",
                "called in the Chinese military attaché",
            ),
            (
                "Japan said the Russian drills showed a complete disregard for the 1956 declaration.",
                "complete disregard for",
            ),
        ],
    );
    each_marked(
        "TH",
        &[(
            "“Rwanda will take whatever measures are necessary,” the minister in Kigali said.",
            "will take whatever measures are necessary",
        )],
    );
}
