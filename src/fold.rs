//! A matching copy of a text: lower-cased, apostrophes and dashes unified, whitespace runs
//! collapsed, and hyphenation artifacts (`Eur-opean`, soft hyphens) removed, with a map back
//! to byte offsets of the original.
//!
//! Lexicon cues and gazetteer aliases are folded the same way, so a plain substring search
//! on folded text finds `European Union` in `Eur-opean Union` and `Japan's` in `Japan’s`,
//! and every match maps back to an exact range of the original.

/// A folded text and its way back to the original.
#[derive(Debug, Clone)]
pub struct Folded {
    /// The folded text.
    pub text: String,
    /// For each byte of `text`, the offset of the original character that produced it.
    origin: Vec<u32>,
    /// Folded offsets where a hyphen between two letters was removed: they count as word
    /// boundaries, but a match may also run across them.
    soft: Vec<u32>,
    /// Offset added to every original offset (the folded text may be a slice of a larger one).
    base: usize,
    /// The original text, to find the length of the last character of a match.
    original_len: usize,
}

fn is_dash(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2212}')
}

fn is_invisible(c: char) -> bool {
    matches!(c, '\u{00AD}' | '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}')
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '\u{2018}' | '\u{02BC}' | '`' | '\u{00B4}' | '\u{2032}')
}

/// True for characters that make up words when matching.
pub fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

impl Folded {
    /// Folds `text`, whose first byte is at offset `base` of the document.
    pub fn new(text: &str, base: usize) -> Self {
        let mut out = String::with_capacity(text.len());
        let mut origin = Vec::with_capacity(text.len());
        let mut soft = Vec::new();
        let mut prev: Option<char> = None; // previous visible original character
        let mut chars = text.char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            if is_invisible(c) {
                continue;
            }
            if is_dash(c) && prev.is_some_and(char::is_alphabetic) {
                let next = chars.clone().map(|(_, n)| n).find(|n| !is_invisible(*n));
                if next.is_some_and(char::is_alphabetic) {
                    soft.push(out.len() as u32);
                    prev = Some(c);
                    continue;
                }
            }
            if c.is_whitespace() {
                if !out.ends_with(' ') {
                    out.push(' ');
                    origin.push(i as u32);
                }
                prev = Some(c);
                continue;
            }
            let mut push = |ch: char, out: &mut String| {
                let before = out.len();
                out.push(ch);
                origin.extend(std::iter::repeat_n(i as u32, out.len() - before));
            };
            if c.is_ascii() {
                push(c.to_ascii_lowercase(), &mut out);
            } else if is_apostrophe(c) {
                push('\'', &mut out);
            } else if is_dash(c) {
                push('-', &mut out);
            } else {
                for l in c.to_lowercase() {
                    push(l, &mut out);
                }
            }
            prev = Some(c);
        }
        Folded { text: out, origin, soft, base, original_len: text.len() }
    }

    /// Folds a lexicon or gazetteer phrase the same way as a text.
    pub fn phrase(phrase: &str) -> String {
        Folded::new(phrase.trim(), 0).text
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

    /// The original byte range (document offsets) of the folded range `start..end`.
    /// `original` is the same slice that was folded.
    pub fn original_range(&self, original: &str, start: usize, end: usize) -> (usize, usize) {
        debug_assert!(start < end && end <= self.text.len());
        let first = self.origin[start] as usize;
        let last = self.origin[end - 1] as usize;
        let last_len = original[last..].chars().next().map_or(0, char::len_utf8);
        let stop = (last + last_len).min(self.original_len);
        (self.base + first, self.base + stop)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fold(s: &str) -> String {
        Folded::new(s, 0).text
    }

    #[test]
    fn folds_case_apostrophes_dashes_and_space() {
        assert_eq!(fold("Japan’s  MILITARY\u{2011}technical"), "japan's militarytechnical");
        assert_eq!(fold("Eur-opean Union"), "european union");
        assert_eq!(fold("Euro\u{AD}pean"), "european");
        assert_eq!(fold("war – peace"), "war - peace");
    }

    #[test]
    fn maps_back_to_original_ranges() {
        let s = "The Eur-opean  Union’s";
        let f = Folded::new(s, 10);
        let at = f.text.find("european union").unwrap();
        let (a, b) = f.original_range(s, at, at + "european union".len());
        assert_eq!(&s[a - 10..b - 10], "Eur-opean  Union");
    }

    #[test]
    fn removed_hyphen_is_a_boundary() {
        let f = Folded::new("Iran-backed", 0);
        assert_eq!(f.text, "iranbacked");
        assert!(f.boundary_after(4));
        assert!(!f.boundary_after(3));
    }
}
