//! The words that structure articles and attributions, loaded from `assets/language.json`:
//! cue verbs, pronouns, role nouns and titles for speakers; byline prefixes and page-chrome
//! markers for article structure; the words of page furniture and dates
//! ([`crate::text::page_words::PageWords`]).

use std::borrow::Cow;

use rustc_hash::{FxHashMap, FxHashSet as HashSet};

use crate::text::given_names::{self, Entry};
use crate::text::page_words::PageWords;
use crate::text::word_kinds::{CasedWord, Classify, Gender, LowerWord, WordKind};
use crate::text::words::{self, Span, is_capitalized, strip_suffix_ignoring_case};
use redline_patterns::DataError;

mod file;
mod word_table;

use file::LanguageFile;
use word_table::WordTable;

/// The bundled language data.
pub const BUNDLED_LANGUAGE: &str = include_str!("../../../../assets/language.json");

/// The bundled given names with their usual gender (`tools/given_names.sh` makes it).
pub const BUNDLED_GIVEN_NAMES: &str = include_str!("../../../../assets/given_names.txt");

/// The bundled given names' table, made by the build script with [`given_names::entries`].
const BUNDLED_ENTRIES: &[Entry] = include!(concat!(env!("OUT_DIR"), "/given_names.rs"));

/// Given names and their genders, kept as the text they were read from with the place of
/// each name, sorted: a look-up is a binary search. The bundled names and their table are
/// both borrowed from the binary, read when it was built.
#[derive(Debug, Clone, Default)]
struct GivenNames {
    text: Cow<'static, str>,
    /// Each name's place in `text` and its gender, sorted by name.
    names: Cow<'static, [Entry]>,
}

impl GivenNames {
    /// Reads names in the format of `assets/given_names.txt`; `file` names it in an error.
    fn read(names: &str, file: &str) -> Result<Self, DataError> {
        let entries = given_names::entries(names).map_err(|(line, message)| DataError {
            file: file.to_string(),
            line,
            column: 1,
            message: message.into(),
        })?;
        Ok(GivenNames { text: Cow::Owned(names.to_string()), names: Cow::Owned(entries) })
    }

    fn name(&self, entry: &Entry) -> &str {
        &self.text[entry.0 as usize..entry.1 as usize]
    }

    /// The gender of given name `word`, looked up as written, or else without its letters'
    /// accents (the table's names are mostly written without them: `Aurélie` is `Aurelie`).
    fn get(&self, word: &str) -> Option<Option<Gender>> {
        let found = |word: &str| self.names.binary_search_by(|e| self.name(e).cmp(word)).ok();
        let at = found(word).or_else(|| (!word.is_ascii()).then(|| found(&words::without_accents(word))).flatten())?;
        Some(match self.names[at].2 {
            b'm' => Some(Gender::Male),
            b'f' => Some(Gender::Female),
            _ => None,
        })
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
    /// Named organisations, states and capitals as written ("White House", "Chile", "Lima"),
    /// for [`Language::organisation_at`].
    organisations: HashSet<String>,
    /// Given names, for [`Language::given_name`].
    given_names: GivenNames,
    /// For a general role noun ("diplomat"), the roles it stands for ("ambassador").
    role_kinds: FxHashMap<String, Vec<String>>,
    /// Words after which a short quote is a term, not anybody's words ("known as"), lower
    /// case, each with a space before it.
    term_cues: Vec<String>,
    /// Subjects that name one of a group named before ("one of them"), lower case.
    partitives: HashSet<String>,
}

impl Language {
    /// The language data bundled in the binary.
    pub fn bundled() -> Self {
        let given_names =
            GivenNames { text: Cow::Borrowed(BUNDLED_GIVEN_NAMES), names: Cow::Borrowed(BUNDLED_ENTRIES) };
        let language = Language::from_json(BUNDLED_LANGUAGE, "assets/language.json");
        Language { given_names, ..language.expect("bundled assets/language.json is valid") }
    }

    /// Adds given names in the format of `assets/given_names.txt`: `Name g` a line, `g` one
    /// of `m`, `f`, `u` (either); `#` starts a comment line. `file` names it in an error.
    pub fn with_given_names(self, names: &str, file: &str) -> Result<Self, DataError> {
        let given_names = GivenNames::read(names, file)?;
        Ok(Language { given_names, ..self })
    }

    /// The gender a given name usually has (`Some(None)`: either), `None` when `word` is not
    /// a given name.
    pub(crate) fn given_name(&self, word: &str) -> Option<Option<Gender>> {
        self.given_names.get(word)
    }

    /// True when the name at word `i` of `r` follows a lower-case kind of organisation (a
    /// word whose capitalised form is an organisation head), over an acronym: "the news
    /// agency RIA Novosti", "the state gas company Turkmengaz". Such a name is an
    /// organisation's, never a person's.
    pub(crate) fn named_after_organisation_kind(&self, r: &Span, i: usize) -> bool {
        let acronym = |k: usize| r.word(k).bytes().all(|b| b.is_ascii_uppercase());
        let k = if i > 1 && acronym(i - 1) && r.adjacent(i - 1) { i - 1 } else { i };
        k > 0 && r.adjacent(k - 1) && {
            let w = r.word(k - 1);
            // the word capitalised, on the stack: heads are short ASCII words
            let mut head = [0u8; 24];
            w.starts_with(|c: char| c.is_ascii_lowercase()) && w.len() <= head.len() && {
                head[..w.len()].copy_from_slice(w.as_bytes());
                head[0].make_ascii_uppercase();
                std::str::from_utf8(&head[..w.len()]).is_ok_and(|h| self.cased_word(h).organisation_head)
            }
        }
    }

    /// The named organisation (as listed, "White House") starting at word `i` of `r`: its
    /// length in words.
    pub(crate) fn organisation_at(&self, r: &Span, i: usize) -> Option<usize> {
        if i >= r.words.len() || !r.kind(i).cased.organisation_start {
            return None;
        }
        (1..=4).rev().find(|&n| {
            i + n <= r.words.len()
                && (i..i + n - 1).all(|k| r.adjacent(k))
                && self.organisations.contains(&r.text[r.words[i].range.start..r.words[i + n - 1].range.end])
        })
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
        let speaker_nouns: HashSet<String> = lower(file.speaker_nouns);
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
        speaker_nouns.iter().for_each(|w| mark(w, |k| k.speaker_noun = true));
        lower(file.description_openers).iter().for_each(|w: &String| mark(w, |k| k.description_opener = true));
        lower(file.passive_auxiliaries).iter().for_each(|w: &String| mark(w, |k| k.passive_auxiliary = true));
        let title_cues: HashSet<String> = lower(file.title_cues);
        title_cues.iter().for_each(|w| mark(w, |k| k.title_cue = true));
        let cue_modifiers: HashSet<String> = lower(file.cue_modifiers);
        cue_modifiers.iter().for_each(|w| mark(w, |k| k.cue_modifier = true));
        lower(file.function_words).iter().for_each(|w: &String| mark(w, |k| k.function = true));
        lower(file.clause_openers).iter().for_each(|w: &String| mark(w, |k| k.clause_opener = true));
        lower(file.coordinators).iter().for_each(|w: &String| mark(w, |k| k.coordinator = true));
        lower(file.absolute_openers).iter().for_each(|w: &String| mark(w, |k| k.absolute_opener = true));
        lower(file.qualifier_prepositions).iter().for_each(|w: &String| mark(w, |k| k.qualifier_preposition = true));
        lower(file.qualifier_adjectives).iter().for_each(|w: &String| mark(w, |k| k.qualifier_adjective = true));
        lower(file.adjunct_prepositions).iter().for_each(|w: &String| mark(w, |k| k.adjunct_preposition = true));
        lower(file.document_nouns).iter().for_each(|w: &String| mark(w, |k| k.document = true));
        lower(file.firm_nouns).iter().for_each(|w: &String| mark(w, |k| k.firm = true));
        lower(file.collective_nouns).iter().for_each(|w: &String| mark(w, |k| k.collective = true));
        lower(file.kin_nouns).iter().for_each(|w: &String| mark(w, |k| k.kin = true));
        lower(file.object_cues).iter().for_each(|w: &String| mark(w, |k| k.object_cue = true));
        lower(file.noun_markers).iter().for_each(|w: &String| mark(w, |k| k.noun_marker = true));
        lower(file.title_verbs).iter().for_each(|w: &String| mark(w, |k| k.title_verb = true));
        lower(file.verb_markers).iter().for_each(|w: &String| mark(w, |k| k.verb_marker = true));
        lower(file.past_forms).iter().for_each(|w: &String| mark(w, |k| k.past_form = true));
        lower(file.signing_verbs).iter().for_each(|w: &String| mark(w, |k| k.signing = true));
        lower(file.term_nouns).iter().for_each(|w: &String| mark(w, |k| k.term_noun = true));
        lower(file.caption_words).iter().for_each(|w: &String| mark(w, |k| k.caption = true));
        lower(file.organisation_connectors).iter().for_each(|w: &String| mark(w, |k| k.organisation_connector = true));
        for (word, gender) in &file.gendered_words {
            let gender = match gender.as_str() {
                "m" => Gender::Male,
                "f" => Gender::Female,
                other => {
                    let message = format!("gendered word {word:?}: gender must be \"m\" or \"f\", not {other:?}");
                    return Err(DataError::in_string(name, json, gender, 0, message));
                }
            };
            lower_words.mark(&word.to_lowercase(), |k| k.gender = Some(gender));
        }
        let titles: HashSet<String> = file.titles.into_iter().collect();
        let not_names: HashSet<String> = file.not_names.into_iter().collect();
        let mut cased_words = WordTable::new();
        let mut mark = |word: &str, set: fn(&mut CasedWord)| cased_words.mark(word, set);
        titles.iter().for_each(|w| mark(w, |k| k.title = true));
        titles.iter().filter_map(|w| w.strip_suffix('.')).for_each(|w| mark(w, |k| k.title_with_dot = true));
        not_names.iter().for_each(|w| mark(w, |k| k.not_name = true));
        file.organisation_heads.iter().for_each(|w| mark(w, |k| k.organisation_head = true));
        file.surname_words.iter().for_each(|w| mark(w, |k| k.surname_word = true));
        file.name_suffixes.iter().for_each(|w| mark(w, |k| k.name_suffix = true));
        file.name_initials.iter().for_each(|w| mark(w, |k| k.name_initial = true));
        file.portfolio_words.iter().for_each(|w| mark(w, |k| k.portfolio = true));
        file.firm_heads.iter().for_each(|w| mark(w, |k| k.firm_head = true));
        // a state or its capital speaks for its government, as an organisation does
        let mut organisations = file.organisations;
        organisations.extend(file.states);
        for org in &organisations {
            if let Some(first) = org.split(' ').next() {
                mark(first, |k| k.organisation_start = true);
            }
        }
        Ok(Language {
            cue_pairs,
            byline_prefixes,
            chrome_end: lower(file.chrome_end),
            chrome_lines: lower(file.chrome_lines),
            page,
            lower_words,
            cased_words,
            organisations: organisations.into_iter().collect(),
            given_names: GivenNames::default(),
            role_kinds: file.role_kinds,
            term_cues: file.term_cues.iter().map(|c| format!(" {}", c.to_lowercase())).collect(),
            partitives: lower(file.partitives),
        })
    }

    /// The name a particle-joined surname stands for without its particle ("Shazly" of
    /// "el-Shazly"), which articles also write alone: a lower-case name particle of the
    /// language data, a hyphen, then a capital.
    pub(crate) fn without_particle<'a>(&self, surname: &'a str) -> Option<&'a str> {
        let (particle, rest) = surname.split_once('-')?;
        let lower = particle.starts_with(|c: char| c.is_lowercase());
        (is_capitalized(rest) && lower && self.lower_word(particle).particle).then_some(rest)
    }

    /// True when `subject` names one of a group named before (`one of them`, any case).
    pub(crate) fn is_partitive(&self, subject: &str) -> bool {
        self.partitives.contains(&subject.to_lowercase())
    }

    /// True when `before` (the text before a quote's opening mark) ends with a term cue of
    /// the language data, and an article after it (`what became known as the “…”`).
    pub(crate) fn ends_with_term_cue(&self, before: &str) -> bool {
        let before = before.trim_end();
        let before = [" the", " a", " an"]
            .iter()
            .find_map(|article| strip_suffix_ignoring_case(before, article).filter(|rest| !rest.is_empty()))
            .unwrap_or(before);
        self.term_cues.iter().any(|cue| strip_suffix_ignoring_case(before, cue).is_some())
    }

    /// True when `word`, as written, looks like the finite verb after a subject: a
    /// lower-case word that is an auxiliary or adverb of the cue modifiers, a cue verb, an
    /// irregular past form (`past_forms`: "went", "took") or has a finite ending (`-ed`,
    /// `-s`), and is not a function word ("has", "blasted", "admires"; not "of", "presence",
    /// "who").
    pub(crate) fn verb_like(&self, word: &str) -> bool {
        let kind = self.lower_word(word);
        let finite = (word.ends_with("ed") || word.ends_with('s')) && !word.ends_with("ss");
        word.starts_with(|c: char| c.is_lowercase())
            && !kind.function
            && (kind.cue_modifier || kind.cue || kind.past_form || finite)
    }

    /// True when a person with `role` can be called by the role noun `noun`: the same role,
    /// or one of the roles the general noun stands for ("the diplomat" for an ambassador or a
    /// deputy foreign minister, the `role_kinds` of the language data).
    pub(crate) fn role_covers(&self, noun: &str, role: &str) -> bool {
        noun == role || self.role_kinds.get(noun).is_some_and(|kinds| kinds.iter().any(|k| k == role))
    }

    /// True when `word`, lower-cased, is one of the cue verbs (`said`, `told`, `warns`) or
    /// the first word of a two-word cue (`according`): what readers highlight as the cue
    /// of a quote's speaker.
    pub fn is_cue_word(&self, word: &str) -> bool {
        let kind = self.lower_word(word);
        kind.cue || kind.cue_first
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

impl Classify for Language {
    /// A word of a text as [`Language::lower_word`] and [`Language::cased_word`] tell it,
    /// and a hyphenated word they do not know is a role when its last part is one
    /// (`vice-chairman`, `co-founder`), with that part's gender. (Read once per word of a
    /// text, which is why the compound is looked into here and not at every lookup.)
    fn classify(&self, word: &str) -> WordKind {
        let mut lower = self.lower_word(word);
        if lower == LowerWord::default()
            && let Some((head, last)) = word.rsplit_once('-')
            && !head.is_empty()
        {
            let part = self.lower_word(last);
            lower = LowerWord { role: part.role, role_plural: part.role_plural, gender: part.gender, ..lower };
        }
        WordKind { lower, cased: self.cased_word(word) }
    }
}

impl Language {
    /// The cue verb (one or two words) starting at word `i` of `r`: its length in words.
    pub(crate) fn cue_at(&self, r: &Span, i: usize) -> Option<usize> {
        if i >= r.words.len() {
            return None;
        }
        let kind = r.kind(i).lower;
        if !(kind.cue || kind.cue_first) {
            return None;
        }
        // a capitalised cue inside a sentence is a name ("the United States"), not a verb
        if i > 0 && r.may_be_capitalized(i) && is_capitalized(r.word(i)) {
            let gap = &r.text[r.words[i - 1].range.end..r.words[i].range.start];
            if !gap.contains(['.', '!', '?', ':', ';', '"', '“', '”', '\n']) {
                return None;
            }
        }
        // after an article or a possessive a cue word is a noun ("the states suing", "their notes")
        if i > 0 && r.adjacent(i - 1) && r.kind(i - 1).lower.noun_marker {
            return None;
        }
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
#[path = "language_tests.rs"]
mod tests;
