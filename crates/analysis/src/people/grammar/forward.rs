//! Reading a subject forwards, from the word after a cue (`said the minister`, `according to
//! a senior official`, `said Roe`): where the phrase's head is, and a name in apposition
//! after it.

use super::{Grammar, MAX_PHRASE_WORDS, Subject};
use crate::people::names::{in_organisation_name, initial};
use crate::text::words::is_capitalized;

/// Most words read forwards to a subject's head: a phrase and a name of up to four words
/// ("said PP foreign affairs spokesman Jaime Ruiz de Luna").
const MAX_FORWARD_WORDS: usize = MAX_PHRASE_WORDS + 3;

/// Most words of a title's portfolio and the name after it ("for Enterprise, Trade and
/// Employment Jane Roe").
const MAX_PORTFOLIO_WORDS: usize = 10;

impl Grammar<'_> {
    /// The subject starting at word `s` (reading forwards: "said Roe", "said the minister",
    /// "according to a senior official"): a person named within a few words, a pronoun, or
    /// a descriptive phrase with its head noun — and a name in apposition to that phrase
    /// ("said a spokesman, Jane Roe").
    pub fn subject_starting_at(&self, s: usize) -> Option<Subject> {
        let r = &self.r;
        if s >= r.words.len() {
            return None;
        }
        // an initial is a letter, whatever word the letter also is ("said S. Kumar")
        let lower = if initial(r, s) { Default::default() } else { r.kind(s).lower };
        if lower.pronoun && !self.family_name_first(s) {
            return lower.gender.map(|gender| Subject::Pronoun { gender, span: r.words[s].range.clone() });
        }
        if lower.clause_opener {
            // "stressed that the priority remained": a clause the cue reports, not its subject
            return None;
        }
        // "said in a statement": a preposition's object is no subject, but one written with a
        // capital opens a title ("said Under Secretary Jane Roe")
        if lower.governs() && !lower.description_opener && !self.capital_in_title(s) {
            return None;
        }
        let mut e = s;
        loop {
            // "said Minister for Trade and Fisheries Jane Roe": the name after the portfolio
            if let Some(name) = self.portfolio_holder(e) {
                e = name;
                break;
            }
            // a possessor owns the phrase's head ("Kessel's foreign ministry rejected")
            let owner = self.possessor(e);
            // "said it was": `it` read forwards is the clause the cue reports
            if r.lower_is(e, "it") {
                return None;
            }
            if !owner && (self.person_at(e).is_some() || self.subject_ending_at(e).is_some() && self.is_head(e)) {
                break;
            }
            // a subject does not run over a conjunction, a clause opener or a cue ("but added
            // that Athens was", "the 1923 Lausanne and 1947 Paris treaties")
            let kind = r.kind(e).lower;
            // ... but runs on inside an organisation's name ("Ministry of Foreign and Diaspora
            // Affairs"), looked into at a conjunction only
            let inside = || e > s && self.organisation_runs_on(e - 1);
            let ends = kind.coordinator && !inside() || kind.clause_opener || (e > s && self.cue_at(e).is_some());
            let linked = e + 1 < r.words.len() && (self.linked(e + 1) || self.portfolio_comma(e + 1));
            if ends || !linked || e + 1 - s >= MAX_FORWARD_WORDS {
                return None;
            }
            e += 1;
        }
        // the whole name: run on over its further name words ("Hillary Clinton"), and over
        // capitalised words to a later mention of the same person ("Kyaw Thet Naing", whose
        // first and last words are mentions)
        while e + 1 < r.words.len() && self.linked(e + 1) && self.person_at(e + 1).is_some() {
            e += 1;
        }
        if let Some(p) = self.person_at(e) {
            let run = (e + 1..(e + 4).min(r.words.len())).take_while(|&k| self.linked(k) && is_capitalized(r.word(k)));
            e = run.filter(|&k| self.person_at(k) == Some(p)).last().unwrap_or(e);
        }
        let subject = self.subject_ending_at(e)?;
        // a name in apposition after the phrase and its qualifier ("said a spokesman, Jane
        // Roe"; "said his best friend at the college, Jane Roe")
        // (never over a verb: "The ministry summoned the envoy, Jane Roe, and" is no apposition)
        let comma = (e + 1..(e + MAX_PHRASE_WORDS).min(r.words.len()))
            .take_while(|&k| self.gap(k) == "," || self.linked(k) && !self.verb_at(k))
            .find(|&k| self.gap(k) == ",");
        if !matches!(subject, Subject::Person { .. })
            && let Some(comma) = comma
            && let Some(name @ Subject::Person { .. }) = (comma..(comma + 4).min(r.words.len()))
                .take_while(|&k| k == comma || self.linked(k))
                .find_map(|k| self.person_at(k).and_then(|_| self.subject_ending_at(k)))
        {
            return Some(name);
        }
        // a described speaker with its qualifiers ("said a source close to the mayor"),
        // after a quantifier ("said one of the advisers")
        let widen = |span: std::ops::Range<usize>| {
            let quantifier = r.kind(s).lower.description_opener && !r.kind(s).lower.function;
            let of = s + 1 < r.words.len() && quantifier && r.lower_is(s + 1, "of");
            let start = if of { r.words[s].range.start } else { span.start };
            start..r.words[self.qualifiers_after(e)].range.end
        };
        Some(match subject {
            Subject::Named { kind, span } => Subject::Named { kind, span: widen(span) },
            Subject::Role { role, span } => Subject::Role { role, span: widen(span) },
            other => other,
        })
    }

    /// True when a finite verb's first word follows word `e` in its phrase (`the vote was`,
    /// `Roe would`, `the talks had`): `e` ends the subject of a clause, not an object.
    pub fn verb_follows(&self, e: usize) -> bool {
        let k = e + 1;
        k < self.r.words.len()
            && self.linked(k)
            && (self.r.kind(k).lower.passive_auxiliary
                || self.r.kind(k).lower.verb_marker && !self.r.lower_is(k, "to")
                || matches!(self.r.lower(k).as_ref(), "has" | "had" | "have"))
    }

    /// The one a `quoted` at word `c` quotes, when `as saying` follows them (`The agency
    /// quoted spokesman Jane Roe as saying …`): the speaker, not the one who reports them.
    pub fn quoted_as_saying(&self, c: usize) -> Option<Subject> {
        if !self.r.lower_is(c, "quoted") {
            return None;
        }
        let subject = self.subject_starting_at(c + 1)?;
        let e = self.last_word(&subject)?;
        let as_saying = e + 2 < self.r.words.len() && self.r.lower_is(e + 1, "as") && self.r.lower_is(e + 2, "saying");
        as_saying.then_some(subject)
    }

    /// True when word `k`, written with a capital, stands before a capitalised word: a
    /// preposition there is a word of a title ("Under Secretary Jane Roe"), not what governs
    /// the name after it.
    pub fn capital_in_title(&self, k: usize) -> bool {
        k + 1 < self.r.words.len() && is_capitalized(self.r.word(k)) && is_capitalized(self.r.word(k + 1))
    }

    /// True when word `e` ends its phrase: the next word is not part of a longer name or
    /// phrase ("the Foreign Ministry", not "the Foreign"), and no person follows within the
    /// phrase's descriptors ("Democratic presidential candidate Jane Roe", not "Democratic").
    fn is_head(&self, e: usize) -> bool {
        let r = &self.r;
        let ends = e + 1 >= r.words.len() || !self.linked(e + 1) || {
            let next = r.word(e + 1);
            // an unlisted noun runs on over the nouns after it ("the former first lady")
            !is_capitalized(next)
                && !r.kind(e + 1).lower.names_speaker()
                && (r.kind(e).lower.names_speaker() || !self.descriptions || !self.plain_noun(e + 1))
        };
        ends && !self.person_follows(e) && !self.organisation_runs_on(e)
    }

    /// The word of a person's name after title word `e` and its portfolio ("Minister for
    /// Enterprise, Trade and Employment Jane Roe"): `for` or `of`, words of the language's
    /// `portfolio_words` with conjunctions and commas between them, then the name. `None` when
    /// another word comes first ("Minister for Jane Roe's plan" has no portfolio).
    fn portfolio_holder(&self, e: usize) -> Option<usize> {
        let r = &self.r;
        let n = r.words.len();
        let titled = is_capitalized(r.word(e)) && r.kind(e).cased.title;
        let opens = e + 2 < n && self.linked(e + 1) && (r.lower_is(e + 1, "for") || r.lower_is(e + 1, "of"));
        if !(titled && opens) {
            return None;
        }
        let mut portfolio = false;
        for k in e + 2..n.min(e + 2 + MAX_PORTFOLIO_WORDS) {
            if !(self.linked(k) || self.portfolio_comma(k)) {
                return None;
            }
            let kind = r.kind(k);
            // "Secretary of the Treasury", "Minister of State for Foreign Affairs"
            let small = kind.lower.coordinator || r.lower_is(k, "for") || r.lower_is(k, "of");
            if kind.cased.portfolio || portfolio && small || k == e + 2 && r.lower_is(k, "the") {
                portfolio |= kind.cased.portfolio;
                continue;
            }
            if !portfolio || !is_capitalized(r.word(k)) {
                return None;
            }
            if self.person_at(k).is_some() {
                return Some(k);
            }
        }
        None
    }

    /// True when the organisation's name goes on after word `e`, its head or a word after
    /// it ("the Ministry of Foreign and Diaspora Affairs"): a connector, then capitalised
    /// words or connectors to a capitalised one.
    fn organisation_runs_on(&self, e: usize) -> bool {
        let r = &self.r;
        let head = r.kind(e).cased.organisation_head && is_capitalized(r.word(e));
        if !(head || self.headed_name_ending_at(e).is_some()) {
            return false;
        }
        let name = (e + 1..(e + MAX_PHRASE_WORDS).min(r.words.len()))
            .take_while(|&k| (self.linked(k) || self.portfolio_comma(k)) && in_organisation_name(r, k))
            .last();
        let connected = || r.kind(e + 1).lower.organisation_connector || self.portfolio_comma(e + 1);
        name.is_some_and(|k| k > e + 1 && is_capitalized(r.word(k)) && connected())
    }

    /// True when a person is named after word `e` within one phrase: only linked words that
    /// are no function words ("presidential candidate") between them, nor a verb ("the envoy
    /// mocked Roe").
    fn person_follows(&self, e: usize) -> bool {
        let r = &self.r;
        (e + 1..(e + MAX_PHRASE_WORDS).min(r.words.len()))
            .take_while(|&k| self.linked(k) && !r.kind(k).lower.function && !self.verb_at(k))
            .any(|k| self.person_at(k).is_some())
    }

    /// True when word `k` reads as a verb inside a phrase: a cue, or a lower-case word
    /// ending in `-ed` ("mocked", "summoned").
    fn verb_at(&self, k: usize) -> bool {
        let w = self.r.word(k);
        self.r.kind(k).lower.cue || w.starts_with(char::is_lowercase) && w.ends_with("ed")
    }
}
