//! Word tokens with byte ranges, for names, cues and entities.

use std::borrow::Cow;
use std::ops::Range;

use std::cell::OnceCell;

use crate::text::word_kinds::{Classify, WordKind};

/// A word: letters and digits, with inner apostrophes, hyphens and dots (O’Brien, Al-Assad,
/// U.S) kept inside it. A trailing possessive (`Japan’s`, `Roe's`) is not part of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word {
    /// Byte range in the text.
    pub range: Range<usize>,
}

/// ASCII letters and digits, by byte.
const ASCII_ALNUM: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    table
};

fn joins(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '-' | '\u{2010}' | '\u{2011}' | '.')
}

/// The words of `text[range]`, in order.
pub fn words(text: &str, range: Range<usize>) -> Vec<Word> {
    let slice = &text[range.clone()];
    let bytes = slice.as_bytes();
    let char_at = |i: usize| -> Option<char> {
        match bytes.get(i) {
            Some(b) if b.is_ascii() => Some(*b as char),
            Some(_) => slice[i..].chars().next(),
            None => None,
        }
    };
    // no letter or digit is a no-break space, a guillemet or in the General Punctuation block
    // (curly quotes, dashes, `…`): these common marks are told apart without Unicode tables
    let punctuation = |c: char| matches!(c, '\u{a0}' | '\u{ab}' | '\u{bb}' | '\u{2000}'..='\u{206f}');
    let alnum = |c: char| c.is_ascii_alphanumeric() || (!c.is_ascii() && !punctuation(c) && c.is_alphanumeric());
    let mut out = Vec::with_capacity(slice.len() / 5);
    let mut start: Option<usize> = None;
    let mut i = 0;
    while i < bytes.len() {
        if ASCII_ALNUM[usize::from(bytes[i])] {
            start.get_or_insert(i);
            i += bytes[i..].iter().position(|&b| !ASCII_ALNUM[usize::from(b)]).unwrap_or(bytes.len() - i);
            continue;
        }
        let c = char_at(i).expect("i is in bounds");
        let next = i + c.len_utf8();
        if alnum(c) {
            start.get_or_insert(i);
        } else if !(start.is_some() && joins(c) && char_at(next).is_some_and(alnum))
            && let Some(s) = start.take()
        {
            out.push(Word { range: range.start + s..range.start + i });
        }
        i = next;
    }
    if let Some(s) = start {
        out.push(Word { range: range.start + s..range.end });
    }
    for w in &mut out {
        if text.as_bytes()[w.range.end - 1] != b's' {
            continue; // both suffixes end in `s`
        }
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

/// Offsets just past each sentence of `text[range]`: a sentence ends at `.`, `!`, `?` or `…`
/// (with any closing marks after it) followed by a space, and at the end of the range.
pub fn sentence_ends(text: &str, range: Range<usize>) -> Vec<usize> {
    let slice = &text[range.clone()];
    let bytes = slice.as_bytes();
    let mut ends = Vec::new();
    let mut i = 0;
    // bytes are scanned: the stops are ASCII but `…`, the only one starting with byte 0xE2
    let next_stop = |mut k: usize| loop {
        k += bytes[k..].iter().position(|b| matches!(b, b'.' | b'!' | b'?' | 0xE2))?;
        if bytes[k] != 0xE2 || slice[k..].starts_with('\u{2026}') {
            return Some(k);
        }
        k += 1;
    };
    while let Some(k) = next_stop(i) {
        let mut j = k + slice[k..].chars().next().map_or(1, char::len_utf8);
        while let Some(c) = slice[j..].chars().next().filter(|c| "\"\u{201D}\u{2019}')\u{BB}".contains(*c)) {
            j += c.len_utf8();
        }
        if j < bytes.len() && bytes[j].is_ascii_whitespace() {
            ends.push(range.start + j);
        }
        i = j;
    }
    ends.push(range.end);
    ends
}

#[cfg(test)]
mod tests {
    use super::*;

    fn w(t: &str) -> Vec<&str> {
        words(t, 0..t.len()).into_iter().map(|w| &t[w.range]).collect()
    }

    #[test]
    fn sentences_end_at_stops_followed_by_space() {
        let t = "One. “Two?” Three 3.5 four… five";
        assert_eq!(sentence_ends(t, 0..t.len()), [4, 15, 33, t.len()]);
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

/// The words of one region (title or paragraph), each with what it is in the word lists.
pub(crate) struct Region<'a> {
    pub text: &'a str,
    pub words: Vec<Word>,
    /// What each word is (`kinds[i]` of `words[i]`), found by `lists` the first time a
    /// stage asks and kept for the others.
    kinds: Vec<OnceCell<WordKind>>,
    lists: &'a dyn Classify,
}

impl<'a> Region<'a> {
    /// The words of `text[range]`, each classified once by `classify`.
    pub fn new(text: &'a str, words: Vec<Word>, lists: &'a dyn Classify) -> Self {
        let kinds = vec![OnceCell::new(); words.len()];
        Region { text, words, kinds, lists }
    }

    /// All the words of the region.
    pub fn span(&self) -> Span<'_> {
        Span { text: self.text, words: &self.words, kinds: &self.kinds, lists: self.lists }
    }
}

/// Consecutive words of a region, borrowed, with helpers to read them; word `i` is
/// `words[i]`, and what it is in the word lists `kinds[i]`.
#[derive(Clone, Copy)]
pub(crate) struct Span<'a> {
    pub text: &'a str,
    pub words: &'a [Word],
    kinds: &'a [OnceCell<WordKind>],
    lists: &'a dyn Classify,
}

impl<'a> Span<'a> {
    pub fn word(&self, i: usize) -> &'a str {
        &self.text[self.words[i].range.clone()]
    }

    /// Words `range` of the span.
    pub fn slice(&self, range: Range<usize>) -> Span<'a> {
        Span { text: self.text, words: &self.words[range.clone()], kinds: &self.kinds[range], lists: self.lists }
    }

    /// What word `i` is in the word lists.
    #[inline]
    pub fn kind(&self, i: usize) -> WordKind {
        *self.kinds[i].get_or_init(|| self.lists.classify(self.word(i)))
    }

    /// Word `i` in lower case, as `str::to_lowercase` gives it; borrowed when it has no
    /// capitals.
    pub fn lower(&self, i: usize) -> Cow<'a, str> {
        let w = self.word(i);
        let capitals =
            if w.is_ascii() { w.bytes().any(|b| b.is_ascii_uppercase()) } else { w.chars().any(char::is_uppercase) };
        if capitals { Cow::Owned(w.to_lowercase()) } else { Cow::Borrowed(w) }
    }

    /// False when word `i` starts with an ASCII byte that is not a capital, so is surely not
    /// capitalised: most words are decided so without slicing the text.
    #[inline(always)]
    pub fn may_be_capitalized(&self, i: usize) -> bool {
        let first = self.text.as_bytes()[self.words[i].range.start];
        !first.is_ascii() || first.is_ascii_uppercase()
    }

    /// True when word `i` in lower case is `lower`, which must be lower-case ASCII.
    pub fn lower_is(&self, i: usize, lower: &str) -> bool {
        let w = self.word(i);
        if w.is_ascii() { w.eq_ignore_ascii_case(lower) } else { w.to_lowercase() == lower }
    }

    /// Words `i` and `i + 1` stand next to each other with only spaces between.
    pub fn adjacent(&self, i: usize) -> bool {
        i + 1 < self.words.len() && adjacent(self.text, self.words[i].range.end, self.words[i + 1].range.start)
    }
}
