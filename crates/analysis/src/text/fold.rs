//! A matching copy of a text, made in one pass with its words: each byte of a title or
//! paragraph is read once, and in that one reading it is folded, placed in a word or between
//! words ([`Word`]), and, once folded, handed to what searches the folded text ([`Feed`]: the
//! cue and alias automaton, when it is built before the article is read). The automaton's
//! step for one byte waits on memory, and the folding and splitting of the same byte run in
//! that wait: measured, the pass with the automaton in it takes the time that folding and
//! splitting followed by a separate search took.
//!
//! Folding: lower case, apostrophes and dashes unified, whitespace runs collapsed to one
//! space, invisible characters (soft hyphen, zero widths) dropped, and a hyphen between two
//! letters removed (`Eur-opean`), its place kept as a soft boundary; a map leads back to byte
//! offsets of the original. Words: letters and digits, with inner apostrophes, hyphens and
//! dots (`O’Brien`, `Al-Assad`, `U.S`) kept inside; a trailing possessive (`Japan’s`) is not
//! part of the word.
//!
//! Lexicon cues and gazetteer aliases are folded the same way, so a plain substring search
//! on folded text finds `European Union` in `Eur-opean Union` and `Japan's` in `Japan’s`,
//! and every match maps back to an exact range of the original. The character rules are
//! [`redline_patterns::fold`]'s, which folds the phrases (also in the build script that
//! compiles the bundled lexicon); a property test checks that a phrase folds as a text does.

use std::ops::Range;

pub use redline_patterns::fold::is_word_char;
use redline_patterns::fold::{ALNUM, ASCII, SPACE, is_apostrophe, is_dash, is_invisible};

use crate::text::words::Word;

/// A folded text and its way back to the original.
#[derive(Debug, Clone)]
pub struct Folded {
    /// The folded text.
    pub text: String,
    /// The way back, as runs sorted by folded offset: see [`Run`].
    runs: Vec<Run>,
    /// Folded offsets where a hyphen between two letters was removed: they count as word
    /// boundaries, but a match may also run across them.
    soft: Vec<u32>,
    /// Folded offsets where a quote mark was dropped ([`Folded::unquoted`] only).
    dropped: Vec<u32>,
    /// Offset added to every original offset (the folded text may be a slice of a larger one).
    base: usize,
    /// The original text, to find the length of the last character of a match.
    original_len: usize,
}

/// A stretch of the folded text starting at `folded` and produced by the original text at
/// `original`. In a `step` run the two advance byte for byte (ASCII, and characters folding to
/// as many bytes); otherwise every byte of the run comes from the one character at `original`.
/// Plain text needs one run per collapsed space or changed character, not one entry per byte.
#[derive(Debug, Clone, Copy)]
struct Run {
    folded: u32,
    original: u32,
    step: bool,
}

/// What searches the folded text as the pass makes it.
pub(crate) trait Feed {
    /// Folded byte `byte`, which ends at folded offset `end`.
    fn byte(&mut self, byte: u8, end: usize);
}

/// No search in the pass.
impl Feed for () {
    #[inline(always)]
    fn byte(&mut self, _: u8, _: usize) {}
}

/// A character that makes up words. No letter or digit is a no-break space, a guillemet or in
/// the General Punctuation block (curly quotes, dashes, `…`): these common marks are told
/// apart without Unicode tables.
fn is_word_part(c: char) -> bool {
    let punctuation = matches!(c, '\u{a0}' | '\u{ab}' | '\u{bb}' | '\u{2000}'..='\u{206f}');
    c.is_ascii_alphanumeric() || (!c.is_ascii() && !punctuation && c.is_alphanumeric())
}

/// A character that joins two parts of one word when a part follows it (`O’Brien`).
fn joins(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '-' | '\u{2010}' | '\u{2011}' | '.')
}

/// The folded text's way back to the original, as it is written.
struct Map {
    runs: Vec<Run>,
    /// `original - folded` of the last run when it is a step run: a byte that keeps it
    /// continues that run.
    step_offset: Option<isize>,
}

impl Map {
    /// The folded bytes from `folded` on come from the original at `original` (byte for byte
    /// when `step`).
    #[inline(always)]
    fn at(&mut self, folded: usize, original: usize, step: bool) {
        let offset = original as isize - folded as isize;
        if step && self.step_offset == Some(offset) {
            return;
        }
        self.runs.push(Run { folded: folded as u32, original: original as u32, step });
        self.step_offset = step.then_some(offset);
    }
}

/// Folds `doc[range]` and splits it into words (ranges in `doc`), in one pass.
pub(crate) fn fold_and_split(doc: &str, range: Range<usize>, feed: &mut impl Feed) -> (Folded, Vec<Word>) {
    scan::<true, false>(&doc[range.clone()], range.start, feed)
}

/// A double quote mark, straight or typographic (`"`, `“`, `”`, `„`, `«`, `»`); single
/// quote marks are not told apart from apostrophes.
pub fn is_quote_mark(c: char) -> bool {
    matches!(c, '"' | '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{AB}' | '\u{BB}')
}

/// The pass. `WORDS`: whether to split into words too; `UNQUOTED`: whether double quote
/// marks are dropped ([`Folded::unquoted`]).
#[inline(always)]
fn scan<const WORDS: bool, const UNQUOTED: bool>(text: &str, base: usize, feed: &mut impl Feed) -> (Folded, Vec<Word>) {
    let bytes = text.as_bytes();
    let char_at = |i: usize| -> Option<char> {
        match bytes.get(i) {
            Some(b) if b.is_ascii() => Some(*b as char),
            Some(_) => text[i..].chars().next(),
            None => None,
        }
    };
    let mut out = String::with_capacity(text.len());
    let mut map = Map { runs: Vec::new(), step_offset: None };
    let mut soft = Vec::new();
    let mut dropped = Vec::new();
    let mut words = Vec::with_capacity(if WORDS { text.len() / 5 } else { 0 });
    let mut start: Option<usize> = None; // where the open word starts
    let mut prev: Option<char> = None; // previous visible original character
    let mut i = 0;
    while i < bytes.len() {
        // a run of ASCII that folds to itself, with no space after a space: its words found
        // byte by byte, then the run copied and lower-cased as a whole
        let run = i;
        let folded_at = out.len();
        while i < bytes.len() {
            let class = ASCII[usize::from(bytes[i])];
            let space_run = class == SPACE && if i == run { out.ends_with(' ') } else { bytes[i - 1] == b' ' };
            if class == 0 || space_run || (UNQUOTED && bytes[i] == b'"') {
                break;
            }
            if WORDS {
                if class == ALNUM {
                    start.get_or_insert(i);
                } else if start.is_some() && !(joins(bytes[i] as char) && char_at(i + 1).is_some_and(is_word_part)) {
                    let s = start.take().expect("a word is open");
                    words.push(Word { range: base + s..base + i });
                }
            }
            feed.byte(bytes[i].to_ascii_lowercase(), folded_at + (i - run) + 1);
            i += 1;
        }
        if i > run {
            let at = out.len();
            out.push_str(&text[run..i]);
            out[at..].make_ascii_lowercase();
            map.at(at, run, true);
            prev = Some(bytes[i - 1] as char);
            continue;
        }
        let c = char_at(i).expect("i is in bounds");
        let at = i;
        i += c.len_utf8();
        if WORDS {
            if is_word_part(c) {
                start.get_or_insert(at);
            } else if start.is_some() && !(joins(c) && char_at(i).is_some_and(is_word_part)) {
                let s = start.take().expect("a word is open");
                words.push(Word { range: base + s..base + at });
            }
        }
        if is_invisible(c) {
            continue;
        }
        if UNQUOTED && is_quote_mark(c) {
            dropped.push(out.len() as u32);
            continue;
        }
        if is_dash(c) && prev.is_some_and(char::is_alphabetic) {
            let next = text[i..].chars().find(|n| !is_invisible(*n));
            if next.is_some_and(char::is_alphabetic) {
                soft.push(out.len() as u32);
                prev = Some(c);
                continue;
            }
        }
        prev = Some(c);
        if c.is_whitespace() {
            if !out.ends_with(' ') {
                map.at(out.len(), at, true);
                out.push(' ');
                feed.byte(b' ', out.len());
            }
            continue;
        }
        let before = out.len();
        if is_apostrophe(c) {
            out.push('\'');
        } else if is_dash(c) {
            out.push('-');
        } else {
            out.extend(c.to_lowercase());
        }
        map.at(before, at, out.len() - before == c.len_utf8());
        for k in before..out.len() {
            feed.byte(out.as_bytes()[k], k + 1);
        }
    }
    if WORDS {
        if let Some(s) = start {
            words.push(Word { range: base + s..base + bytes.len() });
        }
        strip_possessives(text, base, &mut words);
    }
    (Folded { text: out, runs: map.runs, soft, dropped, base, original_len: text.len() }, words)
}

/// Takes a trailing possessive (`’s`, `'s`) off each word that has more before it.
fn strip_possessives(text: &str, base: usize, words: &mut [Word]) {
    for w in words {
        if text.as_bytes()[w.range.end - base - 1] != b's' {
            continue; // both suffixes end in `s`
        }
        let s = &text[w.range.start - base..w.range.end - base];
        for suffix in ["'s", "\u{2019}s"] {
            if s.len() > suffix.len() + 1 && s.ends_with(suffix) {
                w.range.end -= suffix.len();
            }
        }
    }
}

impl Folded {
    /// Folds `text`, whose first byte is at offset `base` of the document (see the module's
    /// documentation; [`fold_and_split`] also gives its words).
    pub fn new(text: &str, base: usize) -> Self {
        scan::<false, false>(text, base, &mut ()).0
    }

    /// [`Folded::new`] with the double quote marks dropped ([`is_quote_mark`]), so that a
    /// phrase split by them (`would “pay a heavy price”`, `insisted on “firm guarantees”`)
    /// reads as one; its map still leads back to the original, quote marks included.
    pub fn unquoted(text: &str, base: usize) -> Self {
        scan::<false, true>(text, base, &mut ()).0
    }

    /// The folded offsets where [`Folded::unquoted`] dropped a quote mark, in order.
    pub fn dropped(&self) -> impl Iterator<Item = usize> + '_ {
        self.dropped.iter().map(|&d| d as usize)
    }

    /// Folds a lexicon or gazetteer phrase, trimmed, the same way as a text
    /// ([`redline_patterns::fold::phrase`], by the same character rules).
    pub fn phrase(phrase: &str) -> String {
        redline_patterns::fold::phrase(phrase)
    }

    /// True when a word may start at folded offset `at`.
    pub fn boundary_before(&self, at: usize) -> bool {
        at == 0
            || self.soft.binary_search(&(at as u32)).is_ok()
            || !self.text[..at].chars().next_back().is_some_and(is_word_char)
    }

    /// True when a word may end at folded offset `at`.
    pub fn boundary_after(&self, at: usize) -> bool {
        at >= self.text.len()
            || self.soft.binary_search(&(at as u32)).is_ok()
            || !self.text[at..].chars().next().is_some_and(is_word_char)
    }

    /// Calls `piece` with every stretch of the folded text that a whole word of a phrase
    /// found there may fill: each maximal run of word characters ([`is_word_char`]) and, in
    /// a run where hyphens were removed (a boundary inside it, `iran|backed`), each part of
    /// it between two of those boundaries or its ends. A phrase whose every word is not among
    /// these pieces has no whole-word occurrence in the text.
    ///
    /// Calls `pair` with the pieces on either side of each stretch of other characters: each
    /// piece that ends a run with each that starts the next run. Two words of a phrase with
    /// only other characters between them (`will not`, `won't`) fill such a pair where the
    /// phrase occurs as whole words: the first ends a run (a word character follows it in the
    /// phrase no more than in the text), the second starts the next, and each is a piece.
    pub fn word_pieces<'a>(&'a self, mut piece: impl FnMut(&'a str), mut pair: impl FnMut(&'a str, &'a str)) {
        let text = self.text.as_str();
        let mut soft = self.soft.iter().map(|&s| s as usize).peekable();
        let mut run: Option<usize> = None;
        // the run's start, boundaries inside it and end; those of the run before
        let (mut points, mut before) = (Vec::new(), Vec::new());
        for (i, c) in text.char_indices().chain([(text.len(), ' ')]) {
            if is_word_char(c) {
                run.get_or_insert(i);
                continue;
            }
            let Some(start) = run.take() else { continue };
            points.clear();
            points.push(start);
            while let Some(s) = soft.next_if(|&s| s < i) {
                if s > start {
                    points.push(s);
                }
            }
            points.push(i);
            for (k, &from) in points.iter().enumerate() {
                for &to in &points[k + 1..] {
                    piece(&text[from..to]);
                }
            }
            if let Some((&end, starts)) = before.split_last() {
                for &from in starts {
                    points[1..].iter().for_each(|&to| pair(&text[from..end], &text[start..to]));
                }
            }
            std::mem::swap(&mut points, &mut before);
        }
    }

    /// The original byte range (document offsets) of the folded range `start..end`, which
    /// lies on character boundaries. `original` is the same slice that was folded.
    pub fn original_range(&self, original: &str, start: usize, end: usize) -> (usize, usize) {
        debug_assert!(start < end && end <= self.text.len());
        let first = self.origin(start);
        // Just past the original character that produced the last folded byte.
        let mut stop = (self.origin(end - 1) + 1).min(self.original_len);
        while !original.is_char_boundary(stop) {
            stop += 1;
        }
        (self.base + first, self.base + stop)
    }

    /// The original offset (in the folded slice) of the character that produced folded byte `at`.
    fn origin(&self, at: usize) -> usize {
        let run = self.runs[self.runs.partition_point(|r| r.folded as usize <= at) - 1];
        let original = run.original as usize;
        if run.step { original + (at - run.folded as usize) } else { original }
    }
}

#[cfg(test)]
#[path = "fold_tests.rs"]
mod tests;
