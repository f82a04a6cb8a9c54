//! The look-ups the red-line tests share (`tests/redlines.rs`, `tests/redline_families*.rs`;
//! each uses a part of them): the red lines of an invented text, and whether a phrase of it
//! is hit with a given tag.
#![allow(dead_code)]

use redline_analysis::{Analyzer, RedLine, Source};

/// The paragraph the red-line families' tests put before each sentence they test.
pub const LEAD: &str = "Talks between the two capitals ended on Monday.\n\n";

pub fn analyze(text: &str) -> Vec<RedLine> {
    Analyzer::bundled().analyze(&Source::from_text("test.txt", text)).red_lines
}

/// The hits of `text` as (phrase, tag, severity).
pub fn hits(text: &str) -> Vec<(String, String, u8)> {
    analyze(text).into_iter().map(|h| (h.text, h.tag, h.severity)).collect()
}

/// The hit with this tag overlapping `phrase` in `text`.
pub fn hit(text: &str, phrase: &str, tag: &str) -> Option<RedLine> {
    let start = text.find(phrase).unwrap_or_else(|| panic!("{phrase:?} is not in {text:?}"));
    let end = start + phrase.len();
    analyze(text).into_iter().find(|h| h.tag == tag && h.start < end && start < h.end)
}

pub fn marked(text: &str, phrase: &str, tag: &str) -> bool {
    hit(text, phrase, tag).is_some()
}

/// Asserts that each (sentence, phrase) pair, its sentence after [`LEAD`], has `phrase` hit
/// with `tag`.
pub fn each_marked(tag: &str, cases: &[(&str, &str)]) {
    for (sentence, phrase) in cases {
        let t = format!("{LEAD}{sentence}");
        assert!(marked(&t, phrase, tag), "{sentence}: {phrase:?} is no {tag} hit");
    }
}

/// Asserts that `phrase` of `sentence`, after [`LEAD`], is not hit with `tag`.
pub fn none_of(sentence: &str, phrase: &str, tag: &str) {
    let t = format!("{LEAD}{sentence}");
    assert!(!marked(&t, phrase, tag), "{sentence}: {phrase:?} is a {tag} hit");
}

/// Asserts that `text` has no red line.
pub fn none(text: &str) {
    assert!(hits(text).is_empty(), "{text:?} gave {:?}", hits(text));
}
