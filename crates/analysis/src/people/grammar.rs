//! Attribution grammar: who the subject of a cue is, read from the words around it.
//!
//! A subject is read either backwards from the word before a cue (`[descriptor]* NAME [,
//! apposition,] [adverb] VERB`) or forwards from the word after it (`VERB [descriptor]*
//! NAME`, `according to NAME`). What it names is a person (by a mention [`People`] found),
//! a pronoun (`he`, `she`: resolved later), an organisation (`the Kremlin`, `Russia’s
//! Foreign Ministry`, `NATO`) or a described speaker (`a spokesperson`, `police`). The
//! object of a verb is never read as its subject: forwards reading is only done where the
//! cue opens its clause.

use std::ops::Range;

use crate::model::SpeakerKind;
use crate::people::{People, in_organisation_name};
use crate::text::language::Language;
use crate::text::word_kinds::Gender;
use crate::text::words::{Span, is_article, is_capitalized};

mod adjunct;
mod apposed;
mod backward;
mod forward;
mod qualified;

/// Most words a descriptive subject ("a senior official of the ministry") runs to.
const MAX_PHRASE_WORDS: usize = 7;

/// Most words between the determiner and the head of an unlisted described speaker ("the
/// gambling tycoon").
const MAX_DESCRIBED_WORDS: usize = 3;

/// Most letters of an acronym read as an organisation ("ESPN", "NAACP").
const MAX_ACRONYM: usize = 6;

/// What a subject noun phrase names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Subject {
    /// A person ([`People::persons`] index) named at `span`.
    Person { person: usize, span: Range<usize> },
    /// `he` or `she` at `span`, to be resolved to a person.
    Pronoun { gender: Gender, span: Range<usize> },
    /// `it` at `span` before a cue (`“…,” it said`), to be resolved to the organisation an
    /// earlier sentence opens with.
    It { span: Range<usize> },
    /// `the minister`: the last person introduced with this role, if any, else a described
    /// speaker.
    Role { role: String, span: Range<usize> },
    /// An organisation or a described speaker, named by the words at `span`.
    Named { kind: SpeakerKind, span: Range<usize> },
}

impl Subject {
    /// The words that name the subject.
    pub fn span(&self) -> &Range<usize> {
        match self {
            Subject::Person { span, .. }
            | Subject::Pronoun { span, .. }
            | Subject::It { span }
            | Subject::Role { span, .. }
            | Subject::Named { span, .. } => span,
        }
    }
}

/// Reads subjects in one span of words.
pub(crate) struct Grammar<'a> {
    pub r: Span<'a>,
    pub people: &'a People,
    pub lang: &'a Language,
    /// For each word of `r`, true when it is a known place or organisation (a gazetteer
    /// alias).
    pub aliases: &'a [bool],
    /// Whether any lower-case noun after a determiner names a described speaker ("the
    /// moderator said"), not only the listed speaker and role nouns.
    pub descriptions: bool,
}

impl Grammar<'_> {
    /// The text between words `k - 1` and `k`, trimmed ([`Span::gap`]).
    pub fn gap(&self, k: usize) -> &str {
        self.r.gap(k)
    }

    /// How many capitalised words stand in one phrase from word `k` on (`Port Vila` of "in
    /// Port Vila rejected"): a place a preposition names.
    pub fn capitalised_run(&self, k: usize) -> usize {
        (k..self.r.words.len()).take_while(|&j| self.linked(j) && is_capitalized(self.r.word(j))).count()
    }

    /// Words `k - 1` and `k` are in one phrase: only spaces, a possessive (`Russia’s`) or an
    /// abbreviation's dot (`Sen.`), or a slash or a thousands' comma inside a number (`9/11`,
    /// `12,000`) between them.
    pub fn linked(&self, k: usize) -> bool {
        let digits = |w: &str| w.bytes().all(|b| b.is_ascii_digit());
        let number = digits(self.r.word(k - 1)) && digits(self.r.word(k));
        matches!(self.gap(k), "" | "’s" | "'s" | "’" | "'")
            || (self.gap(k) == "." && self.r.words[k - 1].range.len() <= 4)
            || (self.gap(k) == "/" && number)
            || (self.gap(k) == "," && number && self.r.word(k).len() == 3)
    }

    fn range(&self, first: usize, last: usize) -> Range<usize> {
        self.r.words[first].range.start..self.r.words[last].range.end
    }

    fn person_at(&self, k: usize) -> Option<usize> {
        self.people.named_at(self.r.words[k].range.start)
    }

    /// True when the capitalised run ending at word `e` follows the article `the`, and a word
    /// follows the run (whose kind the caller reads).
    fn after_article(&self, e: usize) -> bool {
        let r = &self.r;
        let mut first = e;
        while first > 0 && self.linked(first) && is_capitalized(r.word(first - 1)) && !r.lower_is(first - 1, "the") {
            first -= 1;
        }
        first > 0 && e + 1 < r.words.len() && self.linked(first) && r.lower_is(first - 1, "the")
    }

    /// The cue starting at word `c`: its length in words.
    pub fn cue_at(&self, c: usize) -> Option<usize> {
        self.lang.cue_at(&self.r, c)
    }

    /// True when word `k`, a pronoun, is capitalised right before the name of a person: a
    /// family name written first ("spokeswoman He Yan said"), not a pronoun.
    fn family_name_first(&self, k: usize) -> bool {
        is_capitalized(self.r.word(k))
            && k + 1 < self.r.words.len()
            && self.gap(k + 1).is_empty()
            && self.person_at(k + 1).is_some()
    }

    /// The subject whose last word is `e` (reading backwards), if it names a speaker.
    pub fn subject_ending_at(&self, e: usize) -> Option<Subject> {
        self.ending_at(e, self.descriptions)
    }

    /// True when word `k` may head a described speaker that no list names ("moderator",
    /// "46-year-old"): a lower-case word that is no function word, pronoun, cue, auxiliary
    /// or participle.
    fn plain_noun(&self, k: usize) -> bool {
        let w = self.r.word(k);
        let kind = self.r.kind(k).lower;
        w.starts_with(|c: char| c.is_lowercase() || c.is_ascii_digit())
            && w.chars().any(char::is_alphabetic)
            && w.chars().all(|c| c.is_alphanumeric() || c == '-')
            && !w.ends_with("ed")
            && !(kind.function || kind.pronoun || kind.cue || kind.cue_first || kind.cue_modifier)
            && !(kind.clause_opener || kind.description_opener || kind.passive_auxiliary)
    }

    /// [`Self::subject_ending_at`], reading any noun after a determiner as a described
    /// speaker when `descriptions` is true.
    fn ending_at(&self, e: usize, descriptions: bool) -> Option<Subject> {
        let r = &self.r;
        let word = r.word(e);
        let lower = r.kind(e).lower;
        if r.lower_is(e, "it") {
            return Some(Subject::It { span: r.words[e].range.clone() });
        }
        if lower.pronoun && !self.family_name_first(e) {
            return lower.gender.map(|gender| Subject::Pronoun { gender, span: r.words[e].range.clone() });
        }
        // "Martin Luther King Jr. said", "Jane Roe III, a lawyer, said": the name before its suffix
        if e > 0 && r.kind(e).cased.name_suffix && self.linked(e) && self.person_at(e - 1).is_some() {
            return self.ending_at(e - 1, descriptions);
        }
        if let Some(person) = self.person_at(e) {
            let mut first = e;
            while first > 0 && self.linked(first) && self.person_at(first - 1).is_none_or(|p| p == person) && {
                let w = r.word(first - 1);
                let cased = r.kind(first - 1).cased;
                is_capitalized(w) && !cased.title && !cased.portfolio && !self.aliases[first - 1]
            } {
                first -= 1;
            }
            return Some(Subject::Person { person, span: self.range(first, e) });
        }
        let cased = r.kind(e).cased;
        // an acronym: a known one, or any next to a cue ("ESPN said"); a place the gazetteer
        // knows stands for its government ("Russia said", "Moscow warned"), unless it only
        // qualifies the noun after it ("Western countries")
        let capitals = word.len() >= 2 && word.bytes().all(|b| b.is_ascii_uppercase()) && !cased.name_suffix;
        let qualifies = e + 1 < r.words.len() && self.linked(e + 1) && self.plain_noun(e + 1);
        // a capitalised name after the article, then a verb of saying or reporting (the
        // language's `title_verbs`), is a title's: "The Hill reported", "the Caribbean
        // Community said" (not "the Estonian claims, saying")
        let titled = is_capitalized(word) && !cased.title && self.after_article(e) && r.kind(e + 1).lower.title_verb;
        let org_word = titled
            || (cased.organisation_head && is_capitalized(word))
            || (capitals && (self.aliases[e] || word.len() <= MAX_ACRONYM))
            || (is_capitalized(word) && self.aliases[e] && !qualifies)
            || (is_capitalized(word) && self.lang.named_after_organisation_kind(r, self.capitalised_from(e)));
        let org_phrase = (e.saturating_sub(3)..=e)
            .find(|&k| self.lang.organisation_at(r, k) == Some(e + 1 - k))
            .or_else(|| self.headed_name_ending_at(e));
        let listed = org_word || org_phrase.is_some() || lower.names_speaker();
        if !(listed || descriptions && self.plain_noun(e)) {
            return None;
        }
        // the phrase runs back over its modifiers to a determiner, a comma or a cue
        let mut first = org_phrase.unwrap_or(e);
        while first > 0 && e - first + 1 < MAX_PHRASE_WORDS && self.linked(first) && {
            let k = first - 1;
            let w = r.lower(k);
            let kind = r.kind(k).lower;
            // a preposition or conjunction ends the phrase ("32% of Republican voters"); a
            // possessive opens it ("his wife": another speaker than the one "his" names)
            let open = !kind.function || is_article(&w) || kind.description_opener;
            open && self.cue_at(k).is_none() && !kind.pronoun && self.person_at(k).is_none()
        } {
            first -= 1;
            // an article or a possessive ("the", "his") opens the phrase, as a count does
            let determiner = r.kind(first).lower.description_opener && r.kind(first).lower.function;
            if determiner || matches!(r.lower(first).as_ref(), "one" | "another" | "two" | "three" | "several") {
                // "a spokesperson for the ministry": on over "for"/"of" to the noun it follows
                let of = first >= 2 && self.linked(first) && matches!(r.lower(first - 1).as_ref(), "for" | "of" | "at");
                let noun = of && {
                    let before = r.kind(first - 2).lower;
                    before.names_speaker()
                };
                if !noun {
                    break;
                }
                first -= 1;
            }
        }
        let the = r.lower_is(first, "the");
        if (lower.role) && the && !is_capitalized(word) {
            return Some(Subject::Role { role: r.lower(e).into_owned(), span: self.range(first, e) });
        }
        // the head decides: "the Foreign Ministry" is named, "a Western diplomat" described
        if org_word || org_phrase.is_some() {
            // an organisation's name, without a leading article
            let start = if the { first + 1 } else { first };
            return Some(Subject::Named { kind: SpeakerKind::Organisation, span: self.range(start.min(e), e) });
        }
        if !listed {
            // an unlisted noun names a speaker only after a determiner or possessive, within
            // a few words ("the moderator", "his childhood friend")
            if first > 0 && self.linked(first) && self.opens_description(first - 1) {
                first -= 1;
            }
            // or a name's possessive ("China’s coast guard", "Mali’s military government")
            let possessive = |k: usize| is_capitalized(r.word(k)) && matches!(self.gap(k + 1), "’s" | "'s" | "’" | "'");
            first = (first..e).rposition(|k| self.opens_description(k) || possessive(k)).map(|k| first + k)?;
            // nor the object of a preposition ("in the past said"), nor a noun a quote
            // follows ("calling the two lengthy “…”")
            let object = first > 0 && self.linked(first) && {
                let before = r.kind(first - 1).lower;
                let cue = first >= 2 && self.cue_at(first - 2) == Some(2); // "according to"
                before.governs() && !cue
            };
            let after = r.text[r.words[e].range.end..].trim_start();
            let quoted = after.starts_with(['“', '"', '‘']) || after.starts_with("''");
            // (a name of several words modifies as one: "the East African Community
            // secretariat")
            let words = (first + 1..=e).filter(|&k| !(is_capitalized(r.word(k)) && is_capitalized(r.word(k - 1))));
            if words.count() > MAX_DESCRIBED_WORDS || object || quoted {
                return None;
            }
        }
        Some(Subject::Named { kind: SpeakerKind::Description, span: self.range(first, e) })
    }

    /// The first word of an organisation's name that ends at word `e` and has its head word
    /// before a preposition ("Ministry of Foreign Affairs", "Office for Democratic
    /// Institutions and Human Rights"): capitalised words and the small words of names back
    /// to a capitalised organisation head.
    fn headed_name_ending_at(&self, e: usize) -> Option<usize> {
        let r = &self.r;
        if !is_capitalized(r.word(e)) {
            return None;
        }
        let mut k = e;
        let mut head = None;
        // commas part the words of a portfolio ("Ministry of Agriculture, Land and Fisheries")
        let joined = |k: usize| self.gap(k).is_empty() || self.portfolio_comma(k);
        while k > 0 && e - k < MAX_PHRASE_WORDS && joined(k) && in_organisation_name(r, k - 1) {
            k -= 1;
            let before_preposition = !is_capitalized(r.word(k + 1));
            if is_capitalized(r.word(k)) && r.kind(k).cased.organisation_head && before_preposition {
                head = Some(k);
            }
        }
        head
    }

    /// The first word of the run of linked capitalised words that ends at word `e`.
    fn capitalised_from(&self, e: usize) -> usize {
        let mut first = e;
        while first > 0 && self.linked(first) && is_capitalized(self.r.word(first - 1)) {
            first -= 1;
        }
        first
    }

    /// True when a comma parts words `k - 1` and `k` of a portfolio, in a title or an
    /// organisation's name ("Ministry of Agriculture, Land and Fisheries").
    pub(crate) fn portfolio_comma(&self, k: usize) -> bool {
        let portfolio = |k: usize| self.r.kind(k).cased.portfolio;
        k > 0 && self.gap(k) == "," && portfolio(k - 1) && portfolio(k)
    }

    /// True when word `k` is a determiner or possessive opening a described speaker.
    fn opens_description(&self, k: usize) -> bool {
        self.r.kind(k).lower.description_opener
    }

    /// The index of the first word of `subject`'s phrase, if it starts at a word of the span.
    pub fn first_word(&self, subject: &Subject) -> Option<usize> {
        self.r.words.iter().position(|w| w.range.start == subject.span().start)
    }

    /// The index of the last word of `subject`'s phrase: its head.
    pub fn last_word(&self, subject: &Subject) -> Option<usize> {
        self.r.words.iter().rposition(|w| w.range.end <= subject.span().end)
    }

    /// The index of the first word of `subject`'s phrase, its article included ("the
    /// Emirate of Zahran").
    fn first_with_article(&self, subject: &Subject) -> Option<usize> {
        let first = self.first_word(subject)?;
        let article = first > 0 && self.linked(first) && is_article(self.r.word(first - 1));
        Some(first - usize::from(article))
    }

    /// True when word `k` is followed by a possessive (`Roe's`, `the allies'`): it names the
    /// owner of what follows, not a subject.
    pub fn possessor(&self, k: usize) -> bool {
        k + 1 < self.r.words.len() && matches!(self.gap(k + 1), "’s" | "'s" | "’" | "'")
    }
}
