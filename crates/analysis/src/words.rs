//! Word tokens with byte ranges, for names, cues and entities.

use std::ops::Range;

/// A word: letters and digits, with inner apostrophes, hyphens and dots (O’Brien, Al-Assad,
/// U.S) kept inside it. A trailing possessive (`Japan’s`, `Lavrov's`) is not part of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word {
    /// Byte range in the text.
    pub range: Range<usize>,
    /// A capitalised word that is a gazetteer alias (a place or organisation, not a name);
    /// set by the caller that knows the gazetteer.
    pub alias: bool,
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
            out.push(Word { range: range.start + s..range.start + i, alias: false });
        }
        i = next;
    }
    if let Some(s) = start {
        out.push(Word { range: range.start + s..range.end, alias: false });
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
