//! Tests of [`super`]: patterns found through the automaton (words, choices, inflections,
//! gaps, repeats), and the joint, per-article and shared automata finding the same hits.

use super::*;
use crate::redlines::automaton::Stepper;
use crate::text::fold::fold_and_split;

fn matches(pattern: &str, text: &str) -> Vec<String> {
    let m = Matcher::new(&[pattern]).unwrap();
    let f = Folded::new(text, 0);
    m.find_all(&f)
        .into_iter()
        .map(|h| {
            let (a, b) = f.original_range(text, h.start, h.end);
            text[a..b].to_string()
        })
        .collect()
}

#[test]
fn words_choices_options_and_inflections() {
    assert_eq!(
        matches("(will|shall) not [endlessly] wait", "They shall not endlessly wait."),
        ["shall not endlessly wait"]
    );
    assert_eq!(matches("(will|shall) not [endlessly] wait", "They will not wait"), ["will not wait"]);
    assert_eq!(matches("threaten~", "threatened, Threatens; threatening"), ["threatened", "Threatens", "threatening"]);
    assert_eq!(matches("tolerate~", "no longer tolerated"), ["tolerated"]);
    assert!(matches("red line~", "redline and red linen").is_empty());
}

#[test]
fn numbers_and_gaps() {
    assert_eq!(
        matches("within {num} days", "within 30 days or within three days"),
        ["within 30 days", "within three days"]
    );
    assert_eq!(matches("not ... wait forever", "they do not intend to wait forever"), ["not intend to wait forever"]);
    assert!(matches("not ... wait forever", "not a b c d wait forever").is_empty());
    assert_eq!(matches("met with ... response", "met with a “severe” response"), ["met with a “severe” response"]);
}

#[test]
fn repeats_join_with_commas_and_conjunctions() {
    let p = "(swift|severe|united)+ response";
    assert_eq!(matches(p, "a swift, a severe and a united response"), ["swift, a severe and a united response"]);
    assert_eq!(matches(p, "a “swift”, severe response"), ["“swift”, severe response"]);
    assert_eq!(matches("(will|would) [also] retaliate", "they would also retaliate"), ["would also retaliate"]);
    assert_eq!(
        matches("trigger a (swift|severe)+ response", "trigger a swift and severe response"),
        ["trigger a swift and severe response"]
    );
    assert!(matches(p, "swift. Response").is_empty());
}

#[test]
fn hyphenation_and_apostrophes() {
    assert_eq!(
        matches("military-technical measure~", "Military\u{2011}technical measures"),
        ["Military\u{2011}technical measures"]
    );
    assert_eq!(matches("won't wait", "we won’t wait"), ["won’t wait"]);
}

#[test]
fn a_joint_search_gives_each_matcher_its_own_hits() {
    let cues = Matcher::new(&["(will|shall) not wait", "wait", "within {num} days"]).unwrap();
    let places = Matcher::phrases(&["Wait River", "Shall", "days"]);
    let f = Folded::new("We shall not wait: within two days the Wait River floods.", 0);
    let (first, second) = Joint::new(&cues, &places).find_in_each(std::slice::from_ref(&f));
    assert_eq!(first, [cues.find_all(&f)]);
    assert_eq!(second, [places.find_all(&f)]);
    assert_eq!((first[0].len(), second[0].len()), (4, 3));
}

#[test]
fn an_automaton_over_the_literals_that_can_occur_finds_what_one_over_all_finds() {
    let cues = Matcher::new(&[
        "(will|shall) not wait",
        "backed",
        "iran backed",
        "iranbacked militia",
        "european union",
        "u.s. sanctions",
        "won't tolerate~",
        "élan",
        "rot",
    ])
    .unwrap();
    let places = Matcher::phrases(&["Iran", "Eur-opean", "the U.S.", "Zürich"]);
    let texts = [
        "Iran-backed militia; Iran backed them. The Eur-opean Union will not wait.",
        "The U.S. sanctions: we won\u{2019}t tolerate it, said Z\u{fc}rich\u{2019}s \u{c9}LAN\u{ad}S.",
        "Nothing here: rotten, unwaited, Europe.",
        "",
    ];
    let folded: Vec<Folded> = texts.iter().map(|t| Folded::new(t, 0)).collect();
    for matcher in [&cues, &places] {
        let all = matcher.shared();
        let each: Vec<Vec<Hit>> = folded.iter().map(|f| all.find_all(f)).collect();
        assert_eq!(matcher.find_in_each(&folded), each);
        assert_eq!(matcher.for_bulk().find_in_each(&folded), each);
    }
    let joint = Joint::new(&cues, &places);
    assert_eq!(joint.find_in_each(&folded), joint.shared().find_in_each(&folded));
    for shared in [joint.shared(), joint.for_bulk()] {
        assert_eq!(fed(&shared, &texts), joint.find_in_each(&folded));
    }
    let (first, second) = joint.find_in_each(&folded);
    assert_eq!(first.iter().map(Vec::len).collect::<Vec<_>>(), [6, 2, 0, 0]);
    assert_eq!(second.iter().map(Vec::len).collect::<Vec<_>>(), [3, 2, 0, 0]);
}

/// What `joint`'s shared automaton finds in `texts` fed to it as they are folded.
fn fed(joint: &Joint, texts: &[&str]) -> (Vec<Vec<Hit>>, Vec<Vec<Hit>>) {
    fn feed<A: aho_corasick::automaton::Automaton>(a: &A, t: &str) -> (Folded, Vec<Occurrence>) {
        let mut stepper = Stepper::new(a);
        let (folded, _) = fold_and_split(t, 0..t.len(), &mut stepper);
        (folded, stepper.found)
    }
    let (folded, found): (Vec<Folded>, Vec<Vec<Occurrence>>) = texts
        .iter()
        .map(|t| match joint.shared_automaton().expect("the automaton is shared") {
            Automaton::Nfa(a) => feed(a, t),
            Automaton::Dfa(a) => feed(a, t),
        })
        .unzip();
    joint.hits_found(&folded, found)
}

#[test]
fn word_pieces_split_where_hyphens_were_removed() {
    let f = Folded::new("Iran-backed-militia, ok", 0);
    let mut pieces = Vec::new();
    f.word_pieces(|w| pieces.push(w));
    assert_eq!(pieces, ["iran", "iranbacked", "iranbackedmilitia", "backed", "backedmilitia", "militia", "ok"]);
}
