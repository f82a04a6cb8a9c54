//! Tests of [`super`]: patterns found through the automaton (words, choices, inflections,
//! gaps, repeats), and two matchers searched at once.

use super::*;

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
fn a_search_of_two_matchers_gives_each_its_own_hits() {
    let cues = Matcher::new(&["(will|shall) not wait", "wait", "within {num} days"]).unwrap();
    let places = Matcher::phrases(&["Wait River", "Shall", "days"]);
    let f = Folded::new("We shall not wait: within two days the Wait River floods.", 0);
    let (first, second, split) = cues.find_in_each_with(&places, std::slice::from_ref(&f), &Unquoted::default());
    assert_eq!(first, [cues.find_all(&f)]);
    assert_eq!(second, [places.find_all(&f)]);
    assert_eq!((first[0].len(), second[0].len()), (4, 3));
    assert!(split.is_empty());
}

#[test]
fn a_cue_split_by_quote_marks_is_found_in_the_unquoted_copy_only() {
    let cues = Matcher::new(&["(will|shall) not wait", "wait"]).unwrap();
    let places = Matcher::phrases(&["Wait River"]);
    let text = "We shall “not wait” by the Wait River.";
    let f = Folded::new(text, 0);
    let unquoted = Unquoted::of(text, std::slice::from_ref(&(0..text.len())));
    let (first, _, split) = cues.find_in_each_with(&places, std::slice::from_ref(&f), &unquoted);
    // the text holds `wait` twice but not the phrase; the copy holds the phrase across the
    // dropped mark
    assert!(first[0].iter().all(|h| h.pattern == 1));
    let copy = &unquoted.folded[0];
    let spanning: Vec<&str> = split[0]
        .iter()
        .filter(|h| unquoted.spans_split(0, h.start, h.end))
        .map(|h| &copy.text[h.start..h.end])
        .collect();
    assert_eq!(spanning, ["shall not wait"]);
}
