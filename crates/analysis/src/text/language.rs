//! The words that structure articles and attributions, loaded from `assets/language.json`:
//! cue verbs, pronouns, role nouns and titles for speakers; byline prefixes and page-chrome
//! markers for article structure; the words of page furniture and dates
//! ([`PageWords`](crate::text::page_words::PageWords)).

use rustc_hash::{FxHashMap, FxHashSet as HashSet};

use serde::Deserialize;

use crate::data_error::DataError;
use crate::text::page_words::{PageFile, PageWords};
use crate::text::sieve::Sieve;
use crate::text::words::Span;

/// The bundled language data.
pub const BUNDLED_LANGUAGE: &str = include_str!("../../../../assets/language.json");

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct LanguageFile {
    cue_verbs: Vec<String>,
    pronouns: Vec<String>,
    role_nouns: Vec<String>,
    titles: Vec<String>,
    name_particles: Vec<String>,
    not_names: Vec<String>,
    byline_prefixes: Vec<String>,
    chrome_end: Vec<String>,
    chrome_lines: Vec<String>,
    page: PageFile,
}

/// What a lower-case word is in the lists of [`Language`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct LowerWord {
    /// A one-word cue verb ("said").
    pub cue: bool,
    /// The first word of a two-word cue ("according" of "according to").
    pub cue_first: bool,
    /// A pronoun that can be a speaker.
    pub pronoun: bool,
    /// A role noun ("minister").
    pub role: bool,
    /// A role noun with an `s` added ("ministers").
    pub role_plural: bool,
    /// A particle allowed inside a name ("van").
    pub particle: bool,
}

/// What a word, as written, is in the case-keeping lists of [`Language`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct CasedWord {
    /// A title ("President").
    pub title: bool,
    /// A title when a dot follows it ("Gen" of "Gen.").
    pub title_with_dot: bool,
    /// A word that is never part of a person's name.
    pub not_name: bool,
}

/// Words with what each is, and a [`Sieve`] of them.
#[derive(Debug, Clone)]
struct WordTable<T> {
    kinds: FxHashMap<String, T>,
    sieve: Sieve,
}

impl<T: Copy + Default> WordTable<T> {
    fn new() -> Self {
        WordTable { kinds: FxHashMap::default(), sieve: Sieve::new() }
    }

    /// Records a fact about `word`.
    fn mark(&mut self, word: &str, set: fn(&mut T)) {
        self.sieve.insert_word(word.as_bytes());
        set(self.kinds.entry(word.to_string()).or_default());
    }

    /// False when no word held has this length, first byte and last byte.
    fn may_hold(&self, len: usize, first: u8, last: u8) -> bool {
        self.sieve.may_hold(len, first, last)
    }

    /// What `word` is, exactly as written; the default when it is not held.
    fn get(&self, word: &str) -> T {
        if !self.sieve.may_hold_word(word.as_bytes()) {
            return T::default();
        }
        self.kinds.get(word).copied().unwrap_or_default()
    }
}

/// Language data. The word lists (cue verbs, pronouns, role nouns, name particles, lower
/// case; titles and words that are never names, as written) are held in two word tables
/// that answer every list in one look-up.
#[derive(Debug, Clone)]
pub struct Language {
    /// Two-word cues ("according to"), by their first word, lower case.
    pub cue_pairs: FxHashMap<String, Vec<String>>,
    /// Line openings that mark a byline ("Written by"), longest first.
    pub byline_prefixes: Vec<String>,
    /// Lines that end the article body ("About the author"), lower case.
    pub chrome_end: HashSet<String>,
    /// Lines that are page furniture wherever they stand ("Advertisement"), lower case.
    pub chrome_lines: HashSet<String>,
    /// Words of page furniture and dates (the `page` section).
    pub(crate) page: PageWords,
    /// Every lower-case word of the lists above, with what it is: one lookup for all lists.
    lower_words: WordTable<LowerWord>,
    /// Every title and non-name word as written, with what it is.
    cased_words: WordTable<CasedWord>,
}

impl Language {
    /// The language data bundled in the binary.
    pub fn bundled() -> Self {
        Language::from_json(BUNDLED_LANGUAGE, "assets/language.json").expect("bundled assets/language.json is valid")
    }

    /// Parses language data in the format of `assets/language.json`; `file` names it in an
    /// error.
    pub fn from_json(json: &str, file: &str) -> Result<Self, DataError> {
        let name = file;
        let file: LanguageFile = serde_json::from_str(json).map_err(|e| DataError::from_json(name, &e))?;
        let page = PageWords::new(file.page)
            .map_err(|zone| DataError::in_string(name, json, &zone, 0, format!("unknown time zone {zone:?}")))?;
        let lower = |v: Vec<String>| v.into_iter().map(|s| s.to_lowercase()).collect();
        let mut byline_prefixes = file.byline_prefixes;
        byline_prefixes.sort_by_key(|p| std::cmp::Reverse(p.len()));
        let cue_verbs: HashSet<String> = lower(file.cue_verbs);
        let mut cue_pairs: FxHashMap<String, Vec<String>> = FxHashMap::default();
        for cue in &cue_verbs {
            if let Some((first, second)) = cue.split_once(' ') {
                cue_pairs.entry(first.to_string()).or_default().push(second.to_string());
            }
        }
        let pronouns: HashSet<String> = lower(file.pronouns);
        let role_nouns: HashSet<String> = lower(file.role_nouns);
        let name_particles: HashSet<String> = lower(file.name_particles);
        let mut lower_words = WordTable::new();
        let mut mark = |word: &str, set: fn(&mut LowerWord)| lower_words.mark(word, set);
        cue_verbs.iter().for_each(|w| mark(w, |k| k.cue = true));
        cue_pairs.keys().for_each(|w| mark(w, |k| k.cue_first = true));
        pronouns.iter().for_each(|w| mark(w, |k| k.pronoun = true));
        role_nouns.iter().for_each(|w| mark(w, |k| k.role = true));
        role_nouns.iter().for_each(|w| mark(&format!("{w}s"), |k| k.role_plural = true));
        name_particles.iter().for_each(|w| mark(w, |k| k.particle = true));
        let titles: HashSet<String> = file.titles.into_iter().collect();
        let not_names: HashSet<String> = file.not_names.into_iter().collect();
        let mut cased_words = WordTable::new();
        let mut mark = |word: &str, set: fn(&mut CasedWord)| cased_words.mark(word, set);
        titles.iter().for_each(|w| mark(w, |k| k.title = true));
        titles.iter().filter_map(|w| w.strip_suffix('.')).for_each(|w| mark(w, |k| k.title_with_dot = true));
        not_names.iter().for_each(|w| mark(w, |k| k.not_name = true));
        Ok(Language {
            cue_pairs,
            byline_prefixes,
            chrome_end: lower(file.chrome_end),
            chrome_lines: lower(file.chrome_lines),
            page,
            lower_words,
            cased_words,
        })
    }

    /// What `word` is once lower-cased (as `str::to_lowercase` does): exactly its memberships
    /// of `cue_verbs`, `cue_pairs` keys, `pronouns`, `role_nouns` (also with one `s`
    /// stripped) and `name_particles`.
    pub(crate) fn lower_word(&self, word: &str) -> LowerWord {
        let b = word.as_bytes();
        match (word.is_ascii(), b.first(), b.last()) {
            // lower-casing ASCII keeps the length and lower-cases each byte
            (true, Some(first), Some(last)) => {
                if !self.lower_words.may_hold(b.len(), first.to_ascii_lowercase(), last.to_ascii_lowercase()) {
                    LowerWord::default()
                } else if b.iter().any(u8::is_ascii_uppercase) {
                    self.lower_words.get(&word.to_ascii_lowercase())
                } else {
                    self.lower_words.get(word)
                }
            }
            _ => self.lower_words.get(&word.to_lowercase()),
        }
    }

    /// What `word`, as written, is: exactly the memberships of `titles` (also with a dot
    /// added) and `not_names`.
    pub(crate) fn cased_word(&self, word: &str) -> CasedWord {
        self.cased_words.get(word)
    }
}

impl Language {
    /// The cue verb (one or two words) starting at word `i` of `r`: its length in words.
    pub(crate) fn cue_at(&self, r: &Span, i: usize) -> Option<usize> {
        if i >= r.words.len() {
            return None;
        }
        let kind = self.lower_word(r.word(i));
        if kind.cue_first
            && r.adjacent(i)
            && let Some(seconds) = self.cue_pairs.get(r.lower(i).as_ref())
        {
            let second = r.lower(i + 1);
            if seconds.iter().any(|s| *s == second) {
                return Some(2);
            }
        }
        kind.cue.then_some(1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bundled_data_loads_and_lowercases_cues() {
        let l = Language::bundled();
        assert_eq!(l.cue_pairs["according"], ["to"]);
        assert!(l.lower_word("He").pronoun);
        assert!(l.cased_word("President").title);
        assert!(l.byline_prefixes.first().unwrap().len() >= l.byline_prefixes.last().unwrap().len());
    }

    #[test]
    fn word_lookups_agree_with_the_lists() {
        let l = Language::bundled();
        let lower = |w: &str| l.lower_word(w);
        assert!(lower("said").cue && lower("according").cue_first && !lower("according").cue);
        assert!(lower("he").pronoun && lower("van").particle && !lower("van").cue);
        assert!(lower("minister").role && lower("ministers").role_plural && !lower("ministers").role);
        assert!(lower("Said").cue && lower("MINISTERS").role_plural && lower("Él").pronoun == lower("él").pronoun);
        assert_eq!(lower("sad"), LowerWord::default());
        assert!(l.cased_word("President").title && !l.cased_word("president").title);
        assert!(l.cased_word("Gen").title_with_dot && !l.cased_word("Gen").title);
        assert!(l.cased_word("The").not_name);
    }
}
