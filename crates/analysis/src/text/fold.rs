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
    /// The way back, as runs sorted by folded offset: see [`Run`].
    runs: Vec<Run>,
    /// Folded offsets where a hyphen between two letters was removed: they count as word
    /// boundaries, but a match may also run across them.
    soft: Vec<u32>,
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

/// [`FAST`] class of an ASCII byte that folds to itself (lower-cased).
const PLAIN: u8 = 1;
/// [`FAST`] class of the space, which folds to itself unless it follows another space.
const SPACE: u8 = 2;
/// The fast-path class of each byte; 0 for bytes that need the character-by-character path
/// (non-ASCII, dashes, backquotes, other whitespace).
const FAST: [u8; 256] = {
    let mut table = [0u8; 256];
    let mut b = 0;
    while b < 128 {
        let byte = b as u8;
        if !(byte == b'-' || byte == b'`' || byte.is_ascii_whitespace()) {
            table[b] = PLAIN;
        }
        b += 1;
    }
    table[b' ' as usize] = SPACE;
    table
};

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
        let bytes = text.as_bytes();
        let mut out = String::with_capacity(text.len());
        let mut runs: Vec<Run> = Vec::new();
        // Records that the folded bytes from `at_folded` on come from the original at `at`.
        let mut map = |at_folded: usize, at: usize, step: bool| {
            let continues = runs
                .last()
                .is_some_and(|r: &Run| r.step && step && at_folded - r.folded as usize == at - r.original as usize);
            if !continues {
                runs.push(Run { folded: at_folded as u32, original: at as u32, step });
            }
        };
        let mut soft = Vec::new();
        let mut prev: Option<char> = None; // previous visible original character
        let mut i = 0;
        while i < bytes.len() {
            // fast path: a run of ASCII that folds to itself, lower-cased, with single spaces
            let fast = match FAST[usize::from(bytes[i])] {
                PLAIN => true,
                SPACE => !out.ends_with(' '),
                _ => false,
            };
            if fast {
                let start = i;
                i += 1;
                while i < bytes.len() {
                    match FAST[usize::from(bytes[i])] {
                        PLAIN => i += 1,
                        SPACE if bytes[i - 1] != b' ' => i += 1,
                        _ => break,
                    }
                }
                let at = out.len();
                out.push_str(&text[start..i]);
                out[at..].make_ascii_lowercase();
                map(at, start, true);
                prev = Some(bytes[i - 1] as char);
                continue;
            }
            let c = text[i..].chars().next().expect("i is a char boundary");
            let at = i;
            i += c.len_utf8();
            if is_invisible(c) {
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
                    map(out.len(), at, true);
                    out.push(' ');
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
            map(before, at, out.len() - before == c.len_utf8());
        }
        Folded { text: out, runs, soft, base, original_len: text.len() }
    }

    /// Folds a lexicon or gazetteer phrase the same way as a text.
    pub fn phrase(phrase: &str) -> String {
        let phrase = phrase.trim();
        // ASCII that folds to itself, with no space run to collapse: its lower case, as
        // `Folded::new` gives it (most of a lexicon's thousands of words), without the map back
        if phrase.bytes().all(|b| FAST[usize::from(b)] != 0) && !phrase.contains("  ") {
            return phrase.to_ascii_lowercase();
        }
        Folded::new(phrase, 0).text
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
    pub fn word_pieces<'a>(&'a self, mut piece: impl FnMut(&'a str)) {
        let text = self.text.as_str();
        let mut soft = self.soft.iter().map(|&s| s as usize).peekable();
        let mut run: Option<usize> = None;
        let mut points = Vec::new();
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
    fn maps_back_through_characters_that_change_length() {
        // 'İ' folds to three bytes from two, '’' to one from three, 'É' to two from two.
        let s = "İZMİR’s  ÉLAN\u{AD}S — ok";
        let f = Folded::new(s, 0);
        for (word, original) in [("i̇zmi̇r's", "İZMİR’s"), ("élans", "ÉLAN\u{AD}S"), ("ok", "ok"), ("- ok", "— ok")]
        {
            let at = f.text.find(word).unwrap();
            let (a, b) = f.original_range(s, at, at + word.len());
            assert_eq!(&s[a..b], original);
        }
    }

    #[test]
    fn a_phrase_folds_as_a_text_does() {
        for p in
            ["Will NOT wait", "  red   line ", "Japan\u{2019}s", "Eur-opean", "a\tb", "`x`", "\u{c9}lan", "", "u.s."]
        {
            assert_eq!(Folded::phrase(p), fold(p.trim()), "{p:?}");
        }
    }

    #[test]
    fn removed_hyphen_is_a_boundary() {
        let f = Folded::new("Iran-backed", 0);
        assert_eq!(f.text, "iranbacked");
        assert!(f.boundary_after(4));
        assert!(!f.boundary_after(3));
    }
}
