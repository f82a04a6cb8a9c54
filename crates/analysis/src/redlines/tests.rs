//! Tests of the red-line pass (`mod.rs`): overlaps, negation, needs and inflections on small
//! lexicons and invented sentences.

use super::*;

fn hits(t: &str) -> Vec<(String, String, u8)> {
    let lexicon = Lexicon::bundled();
    let folded = Folded::new(t, 0);
    find_in(
        t,
        0..t.len(),
        &folded,
        &[],
        (&lexicon, &Language::bundled()),
        lexicon.matcher.find_all(&folded),
        (true, false),
    )
    .into_iter()
    .map(|h| (h.text, h.tag, h.severity))
    .collect()
}

fn has(t: &str, phrase: &str, tag: &str) -> bool {
    hits(t).iter().any(|h| h.0 == phrase && h.1 == tag)
}

#[test]
fn negation_is_handled() {
    assert!(hits("There are no red lines here.").is_empty());
    assert!(hits("We are not threatening anyone.").is_empty());
    assert!(has("We will not wait forever.", "will not wait forever", "UL"));
    assert!(has("They will no longer tolerate this.", "will no longer tolerate", "RL"));
    assert!(has("Oslo did not intend to wait forever.", "not intend to wait forever", "UL"));
}

#[test]
fn a_negated_hit_gives_way_to_the_hit_it_overlaps() {
    // the longer `take overwhelming countermeasures against` is negated and dropped; the
    // shorter `would not hesitate to take` it overlapped stands
    let t = "Seoul would not hesitate to take overwhelming countermeasures against the drills.";
    assert!(has(t, "would not hesitate to take", "TH"), "{:?}", hits(t));
    // without the negation the longer hit wins as before
    let t = "Seoul would take overwhelming countermeasures against the drills.";
    assert!(hits(t).iter().any(|h| h.0.contains("overwhelming countermeasures") && h.1 == "TH"), "{:?}", hits(t));
}

#[test]
fn a_hit_that_fails_its_needs_hides_no_other() {
    // `had until midnight` needs a demand or a threat nearby and has none; the shorter
    // `had until` it overlaps needs nothing and stands
    let src = r#"{"categories": [{"name": "ULTIMATUM", "tag": "UL", "severity": 3, "cues": [
        {"pattern": "had until midnight", "needs": ["THREAT"]}, "had until"]},
        {"name": "THREAT", "tag": "TH", "severity": 3, "cues": ["or face"]}]}"#;
    let lexicon = Lexicon::from_json(src, "lex.json").unwrap();
    let found = |t: &str| {
        let folded = Folded::new(t, 0);
        let hits = lexicon.matcher.find_all(&folded);
        find_in(t, 0..t.len(), &folded, &[], (&lexicon, &Language::bundled()), hits, (true, false))
            .into_iter()
            .map(|h| h.text)
            .collect::<Vec<_>>()
    };
    assert_eq!(found("The junta had until midnight to leave."), ["had until"]);
    // with its need met, the longer hit wins
    assert_eq!(found("The junta had until midnight to leave or face sanctions."), ["had until midnight", "or face"]);
}

#[test]
fn inflections_dashes_and_apostrophes() {
    assert!(has("Our patience ran out of patience, they ran out of patience.", "ran out of patience", "TH"));
    assert!(has("a military–technical response", "military–technical response", "TH"));
    assert!(has("We won’t tolerate it", "won’t tolerate", "RL"));
    assert!(has("This is a RED LINE.", "RED LINE", "RL"));
}

#[test]
fn severity_rules() {
    // a booster raises the strongest cue of its sentence
    let h = hits("That is a red line, for real.");
    assert_eq!(h.iter().find(|h| h.1 == "RL").unwrap().2, 5);
    // demand + threat + deadline in one sentence: the deadline goes to 5
    let h = hits("We demand guarantees within 10 days, or there will be grave consequences.");
    assert_eq!(h.iter().find(|h| h.1 == "UL").unwrap().2, 5);
    // a deadline alone is no ultimatum
    assert!(hits("Answer within 10 days.").is_empty());
    // military threats are the most severe, sanctions next
    assert_eq!(hits("a military response")[0].2, 5);
    assert_eq!(hits("new sanctions")[0].2, 4);
}

#[test]
fn de_escalation_is_its_own_category() {
    assert!(has("We seek a mutually acceptable solution.", "mutually acceptable solution", "DE"));
}

#[test]
fn weak_cues_need_a_topic_and_titles_may_be_capitalised() {
    let lexicon = Lexicon::bundled();
    let t = "Talks Are Out Of The Question";
    let folded = Folded::new(t, 0);
    let language = Language::bundled();
    let found =
        |region| find_in(t, 0..t.len(), &folded, &[], (&lexicon, &language), lexicon.matcher.find_all(&folded), region);
    assert!(found((false, true)).is_empty());
    assert_eq!(found((true, true)).len(), 1);
    assert!(found((true, false)).is_empty(), "capitalised inside a paragraph: a name");
}

#[test]
fn a_highlight_takes_in_the_mark_that_closes_its_quotation() {
    let t = "She called the plan “scientifically groundless” and left. He said “no” twice.";
    let range = |s: &str| {
        let start = t.find(s).unwrap();
        start..start + s.len()
    };
    let closed = range("called the plan “scientifically groundless”");
    assert_eq!(with_closing_mark(t, range("called the plan “scientifically groundless")), closed);
    // nothing to close, or the pair already inside, or a closing mark alone: unchanged
    assert_eq!(with_closing_mark(t, range("called the plan")), range("called the plan"));
    assert_eq!(with_closing_mark(t, closed.clone()), closed);
    assert_eq!(with_closing_mark(t, range("groundless” and")), range("groundless” and"));
    let straight = "They called it \"a provocation\" on Monday.";
    let start = straight.find("called").unwrap();
    let end = straight.find("provocation").unwrap() + "provocation".len();
    assert_eq!(with_closing_mark(straight, start..end), start..end + 1);
}
