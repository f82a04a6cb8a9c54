//! Red lines of the fortieth round on invented sentences: the base forms of verbs the lexicon
//! once wrote as bare stems (`propos~` found proposed and proposing, never propose or
//! proposes), a violation or interference only when someone commits it (not the one a relative
//! clause imagines: any aircraft that violates our airspace), and a deadline that no threat
//! nearby props up giving way to the shorter one that stands alone. Every sentence here is
//! made up for the test.

#[path = "common/red_lines.rs"]
mod red_lines;

use red_lines::{LEAD, each_marked, marked};

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
