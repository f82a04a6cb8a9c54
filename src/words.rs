//! Word tokens with byte ranges, for names, cues and entities.

use std::ops::Range;

/// A word: letters and digits, with inner apostrophes, hyphens and dots (O’Brien, Al-Assad,
/// U.S) kept inside it. A trailing possessive (`Japan’s`, `Lavrov's`) is not part of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word {
    /// Byte range in the text.
    pub range: Range<usize>,
}

fn joins(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '-' | '\u{2010}' | '\u{2011}' | '.')
}

/// The words of `text[range]`, in order.
pub fn words(text: &str, range: Range<usize>) -> Vec<Word> {
    let slice = &text[range.clone()];
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut it = slice.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if c.is_alphanumeric() {
            start.get_or_insert(i);
            continue;
        }
        let next_alnum = it.peek().is_some_and(|(_, n)| n.is_alphanumeric());
        if start.is_some() && joins(c) && next_alnum {
            continue;
        }
        if let Some(s) = start.take() {
            out.push(Word { range: range.start + s..range.start + i });
        }
    }
    if let Some(s) = start {
        out.push(Word { range: range.start + s..range.end });
    }
    for w in &mut out {
        let s = &text[w.range.clone()];
        for suffix in ["'s", "\u{2019}s"] {
            if s.len() > suffix.len() + 1 && s.ends_with(suffix) {
                w.range.end -= suffix.len();
            }
        }
    }
    out
}

/// True when the word starts with a capital letter.
pub fn is_capitalized(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// True when the text between two byte offsets is only spaces (words next to each other).
pub fn adjacent(text: &str, end: usize, start: usize) -> bool {
    start >= end && text[end..start].chars().all(|c| c == ' ' || c == '\u{a0}')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn w(t: &str) -> Vec<&str> {
        words(t, 0..t.len()).into_iter().map(|w| &t[w.range]).collect()
    }

    #[test]
    fn words_keep_inner_joins_and_drop_possessives() {
        assert_eq!(
            w("O’Brien met Al-Assad’s men, the U.S. said."),
            ["O’Brien", "met", "Al-Assad", "men", "the", "U.S", "said"]
        );
        assert_eq!(w("doesn’t – stop"), ["doesn’t", "stop"]);
    }
}
