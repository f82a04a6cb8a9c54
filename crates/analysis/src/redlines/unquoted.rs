//! Cues split by quote marks. News quotes a few words inside a reported phrase (`would “pay a
//! heavy price”`, `was “not open to negotiation”`, `insisted on “firm guarantees”`), and a
//! literal of the lexicon written without the marks does not occur in the folded text that
//! keeps them. Each region where a quote mark stands between two words is folded again
//! without its marks ([`Folded::unquoted`], which still maps back to the original), and
//! searched only near those places, within the reach of a cue and its contexts: a hit of the
//! copy that overlaps none of the region's own is one the marks split (the copy differs from
//! the region by its marks only), whether in the cue's words or in a context such as the
//! `would not` before `be intimidated`.

use std::ops::Range;

use crate::redlines::automaton::Automaton;
use crate::text::fold::{Folded, is_quote_mark, is_word_char};

/// How far from a dropped mark a literal may lie and still be searched for, in bytes: the
/// words its pattern and contexts read next to it (`would not` before `be intimidated`, a gap
/// of a few words) reach that far.
const CONTEXT_REACH: usize = 24;

/// The regions (title and paragraphs) with a quote mark between two words, folded without
/// their quote marks.
#[derive(Default)]
pub(crate) struct Unquoted {
    /// The index of each region among those given to [`Unquoted::of`].
    pub regions: Vec<usize>,
    /// Each region folded without its quote marks.
    pub folded: Vec<Folded>,
    /// For each copy, the folded offsets where a quote mark between two words was dropped.
    splits: Vec<Vec<usize>>,
}

impl Unquoted {
    /// The regions (`ranges` of `text`) with a quote mark between two words (a space on
    /// either side at most: `would “pay`, `price” for`), folded without their quote marks.
    pub fn of(text: &str, ranges: &[Range<usize>]) -> Unquoted {
        let mut out = Unquoted::default();
        for (i, r) in ranges.iter().enumerate() {
            let region = &text[r.clone()];
            // every quote mark starts with one of these bytes
            let mut marks = region.bytes().enumerate().filter(|(_, b)| matches!(b, b'"' | 0xC2 | 0xE2));
            let split = |(at, _): (usize, u8)| {
                region[at..]
                    .chars()
                    .next()
                    .is_some_and(|c| is_quote_mark(c) && between_words(region, at..at + c.len_utf8()))
            };
            if !marks.any(split) {
                continue;
            }
            let folded = Folded::unquoted(&text[r.clone()], r.start);
            let splits: Vec<usize> = folded.dropped().filter(|&d| between_words(&folded.text, d..d)).collect();
            if !splits.is_empty() {
                out.regions.push(i);
                out.folded.push(folded);
                out.splits.push(splits);
            }
        }
        out
    }

    /// True when the folded range `start..end` of copy `k` spans one of its dropped marks: a
    /// hit the marks split, not one its region has of its own.
    pub fn spans_split(&self, k: usize, start: usize, end: usize) -> bool {
        let splits = &self.splits[k];
        splits.get(splits.partition_point(|&s| s <= start)).is_some_and(|&s| s < end)
    }

    /// Calls `found(literal, start, end)` for every occurrence in copy `k` of a literal of
    /// `automaton` that lies within [`CONTEXT_REACH`] bytes of one of its dropped quote marks
    /// (or spans it).
    pub fn search(&self, k: usize, automaton: &Automaton, found: &mut dyn FnMut(usize, usize, usize)) {
        let text = self.folded[k].text.as_bytes();
        let splits = &self.splits[k];
        for window in windows(splits, automaton.max_literal_len() + CONTEXT_REACH, text.len()) {
            automaton.find_overlapping(&text[window.clone()], &mut |literal, start, end| {
                let (start, end) = (window.start + start, window.start + end);
                // the splits are in order: the first that does not end before `start` decides
                let first = splits.partition_point(|&s| s + CONTEXT_REACH <= start);
                if splits.get(first).is_some_and(|&s| s < end + CONTEXT_REACH) {
                    found(literal, start, end);
                }
            });
        }
    }
}

/// True when the stretch `mark` of `text` lies between two words: a word character ends the
/// text before it and starts the text after it, past one space on either side. Read on the
/// original text for a quote mark (to skip folding regions whose marks split nothing), and on
/// the folded copy for the empty place where one was dropped.
fn between_words(text: &str, mark: Range<usize>) -> bool {
    let before = text[..mark.start].strip_suffix(' ').unwrap_or(&text[..mark.start]);
    let after = text[mark.end..].strip_prefix(' ').unwrap_or(&text[mark.end..]);
    before.chars().next_back().is_some_and(is_word_char) && after.chars().next().is_some_and(is_word_char)
}

/// The stretches within `reach` bytes of each split, merged where they overlap, inside
/// `0..len`: every occurrence spanning a split lies in one of them.
fn windows(splits: &[usize], reach: usize, len: usize) -> Vec<Range<usize>> {
    let mut out: Vec<Range<usize>> = Vec::new();
    for &s in splits {
        let window = s.saturating_sub(reach)..(s + reach).min(len);
        match out.last_mut() {
            Some(last) if last.end >= window.start => last.end = window.end,
            _ => out.push(window),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_split_lies_between_two_words() {
        let f = Folded::unquoted("would “pay a price” for it, he said, “and more.”", 0);
        let splits: Vec<usize> = f.dropped().filter(|&d| between_words(&f.text, d..d)).collect();
        assert_eq!(f.text, "would pay a price for it, he said, and more.");
        // the marks around `pay a price` split words; the ones after `said,` and `more.` do not
        assert_eq!(splits, [6, 17]);
    }

    #[test]
    fn windows_merge_and_stay_inside() {
        assert_eq!(windows(&[6, 17, 60], 10, 65), [0..27, 50..65]);
        assert!(windows(&[], 10, 65).is_empty());
    }
}
