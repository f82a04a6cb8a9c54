//! Word tokens with byte ranges, for names, cues and entities (split by `fold::fold_and_split`),
//! and the spans of them the stages read, with what each word is in the word lists.

use std::borrow::Cow;
use std::cell::OnceCell;
use std::ops::Range;

use crate::text::word_kinds::{Classify, WordKind};

/// A word: letters and digits, with inner apostrophes, hyphens and dots (O’Brien, Al-Assad,
/// U.S) kept inside it. A trailing possessive (`Japan’s`, `Roe's`) is not part of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word {
    /// Byte range in the text.
    pub range: Range<usize>,
}

/// True when the word starts with a capital letter, after an ʻokina (U+02BB, a letter of
/// Hawaiian and Tongan names written before a capital: `ʻAisake`) if it opens the word.
pub fn is_capitalized(word: &str) -> bool {
    word.strip_prefix('\u{2BB}').unwrap_or(word).chars().next().is_some_and(char::is_uppercase)
}

/// True when `word` is an article (`the`, `a`, `an`), in any case.
pub fn is_article(word: &str) -> bool {
    ["the", "a", "an"].iter().any(|a| word.eq_ignore_ascii_case(a))
}

/// The start of the last `bytes` bytes of `text` before byte `at` (`at` itself on a
/// character boundary), moved forward to the next character boundary: a window of context
/// read back from a point.
pub fn window_start(text: &str, at: usize, bytes: usize) -> usize {
    let mut from = at.saturating_sub(bytes);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    from
}

/// `text` without `suffix` at its end, ASCII case aside, compared in place; `None` when it
/// does not end so.
pub fn strip_suffix_ignoring_case<'t>(text: &'t str, suffix: &str) -> Option<&'t str> {
    let cut = text.len().checked_sub(suffix.len())?;
    (text.is_char_boundary(cut) && text[cut..].eq_ignore_ascii_case(suffix)).then(|| &text[..cut])
}

/// True when `word`, as written, looks like an adverb of manner: all lower-case, ending in
/// `-ly` ("quickly", "repeatedly"; not the names "Kelly", "el-Shazly").
pub fn ly_adverb(word: &str) -> bool {
    word.ends_with("ly") && !word.chars().any(char::is_uppercase)
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

/// Latin letters with accents (Latin-1 and Latin Extended-A, and the comma-below letters of
/// Romanian), each followed by the letter without them.
const ACCENTED: &str = "ÀAÁAÂAÃAÄAÅAàaáaâaãaäaåaÇCçcÈEÉEÊEËEèeéeêeëeÌIÍIÎIÏIìiíiîiïiÑNñnÒOÓOÔOÕOÖOØOòoóoôoõoöoøo\
    ÙUÚUÛUÜUùuúuûuüuÝYýyÿyĀAāaĂAăaĄAąaĆCćcĈCĉcĊCċcČCčcĎDďdĐDđdĒEēeĔEĕeĖEėeĘEęeĚEěeĜGĝgĞGğgĠGġgĢGģg\
    ĤHĥhĦHħhĨIĩiĪIīiĬIĭiĮIįiİIıiĴJĵjĶKķkĹLĺlĻLļlĽLľlĿLŀlŁLłlŃNńnŅNņnŇNňnŌOōoŎOŏoŐOőoŔRŕrŖRŗrŘRřr\
    ŚSśsŜSŝsŞSşsŠSšsŢTţtŤTťtŦTŧtŨUũuŪUūuŬUŭuŮUůuŰUűuŲUųuŴWŵwŶYŷyŸYŹZźzŻZżzŽZžzȘSșsȚTțt";

/// `word` with each accented Latin letter of [`ACCENTED`] written without its accents.
pub(crate) fn without_accents(word: &str) -> String {
    word.chars()
        .map(|c| {
            if c.is_ascii() {
                return c;
            }
            let mut pairs = ACCENTED.chars();
            std::iter::from_fn(|| Some((pairs.next()?, pairs.next()?))).find(|&(a, _)| a == c).map_or(c, |(_, b)| b)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_window_before_a_point_starts_on_a_character_boundary() {
        let t = "ab“cd";
        // four bytes before the end would cut the three-byte mark: the window starts after it
        assert_eq!(window_start(t, t.len(), 4), 5);
        assert_eq!(window_start(t, t.len(), 5), 2);
        assert_eq!(window_start(t, 3, 100), 0);
    }

    #[test]
    fn accents_are_taken_off_latin_letters_only() {
        assert_eq!(without_accents("Aurélie Şahin-Łukasz"), "Aurelie Sahin-Lukasz");
        assert_eq!(without_accents("Ødegaard, Ștefan, Ελένη"), "Odegaard, Stefan, Ελένη");
    }

    #[test]
    fn sentences_end_at_stops_followed_by_space() {
        let t = "One. “Two?” Three 3.5 four… five";
        assert_eq!(sentence_ends(t, 0..t.len()), [4, 15, 33, t.len()]);
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
    /// A region of `text` holding `words` (made by `fold::fold_and_split`), each classified by
    /// `lists` the first time a stage asks.
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

    /// The text between words `i - 1` and `i`, spaces trimmed (`,` in "Roe, the envoy"); `i`
    /// must be at least 1.
    pub fn gap(&self, i: usize) -> &'a str {
        self.text[self.words[i - 1].range.end..self.words[i].range.start].trim()
    }

    /// Words `i` and `i + 1` stand next to each other with only spaces between.
    pub fn adjacent(&self, i: usize) -> bool {
        i + 1 < self.words.len() && adjacent(self.text, self.words[i].range.end, self.words[i + 1].range.start)
    }
}
