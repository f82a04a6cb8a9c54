//! Who said each quote, decided in sieves ordered by precision (as Stanford CoreNLP's quote
//! attribution does):
//!
//! 1. **Own cue** (in [`super::cues`]) — a cue in the quote's sentence with a subject
//!    ([`super::grammar`]): after the quote (`“…,” Roe said`, `“…,” said the minister`,
//!    `“…” — Jane Roe`), before it in the same sentence (`Roe urged not to “…”`, `according
//!    to Roe, “…”`, `Roe, arguing that “…”`), or in the sentence that introduces a quoted
//!    paragraph with a colon.
//! 2. **Pronouns and roles** — `he`/`she` is the last person in subject position in this or
//!    the previous paragraphs agreeing in gender (further back over a chain of the same
//!    pronoun), or an unnamed speaker introduced after them ([`super::pronouns`]); `it`
//!    before a cue the organisation or described speaker that opens the nearest sentence
//!    before it, unless a person opens one in between ([`Resolver::it_antecedent`]); `the
//!    minister` the last person introduced as a minister ([`super::roles`]); `Turkey’s
//!    defence minister` the one person named with that office anywhere in the article
//!    ([`super::titled`]); `the statement` its issuer ([`super::documents`]); `the
//!    ministry` the organisation named with that head before, `the bloc` the one that opens
//!    the sentence before ([`super::bodies`]); `the company` the business the article named
//!    before ([`super::firms`]); `one of them` the group a sentence before named
//!    ([`super::partitives`]).
//! 3. **The paragraph and the quote continued** — a quote of a paragraph with no cue of its
//!    own continues the last one decided before it, else takes the next one's; a quote
//!    running over a paragraph break keeps its speaker.
//! 4. **The sentence before, then carried** — a quote without a cue that opens a sentence
//!    after one of its paragraph opened by a person, a pronoun or a role (`The judge turned
//!    to me. “…”`) is that subject's; else it takes the speaker of the quotes before it, over
//!    paragraphs, while no other person is named in between; before any quote, the person
//!    last seen as a subject.
//! 5. **Main speaker** — the headline's or lead's person, only when that person speaks
//!    elsewhere in the article.
//!
//! Nested quotes and quoted titles get no speaker. A subject that names a place, or nobody,
//! decides nothing, so a later sieve may still apply.

use std::cell::Cell;
use std::ops::Range;

use crate::article::Article;
use crate::article::sections::Sections;
use crate::model::{QuoteKind, SpeakerBasis, SpeakerKind};
use crate::people::cues::Paragraph;
use crate::people::grammar::Subject;
use crate::people::voices::voice_of_place;
use crate::people::{People, acronyms, clause};
use crate::quotes::FoundQuote;
use crate::text::language::Language;

/// Paragraphs back a speaker is carried over, or a pronoun's antecedent looked for.
pub(super) const CARRY_PARAGRAPHS: usize = 2;

/// The speaker decided for a quote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Attribution {
    /// The person's full name, the organisation's name or the description.
    pub name: String,
    /// What kind of speaker it is.
    pub kind: SpeakerKind,
    /// How it was decided.
    pub basis: SpeakerBasis,
    /// The mention it rests on.
    pub span: Range<usize>,
}

/// A decision before it is written out: a person (by index) or a named speaker.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Who {
    Person(usize),
    Named(SpeakerKind),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Decision {
    pub(super) who: Who,
    pub(super) basis: SpeakerBasis,
    pub(super) span: Range<usize>,
}

/// Decides the speaker of every quote (index-aligned with `quotes`). `places` are the
/// gazetteer's mentions in the article, (byte range, topic).
pub(crate) fn attribute(
    text: &str,
    article: &Article,
    sections: &Sections,
    quotes: &[FoundQuote],
    people: &People,
    lang: &Language,
    places: &[(Range<usize>, usize)],
) -> Vec<Option<Attribution>> {
    let paragraphs: Vec<Paragraph> = sections
        .paragraph_words()
        .iter()
        .zip(sections.paragraph_aliases())
        .map(|(region, aliases)| Paragraph { text, words: region.span(), aliases })
        .collect();
    let top: Vec<usize> =
        (0..quotes.len()).filter(|&i| !matches!(quotes[i].kind, QuoteKind::Nested | QuoteKind::Title)).collect();
    let quoted: Vec<Range<usize>> = top.iter().map(|&i| quotes[i].range.clone()).collect();
    let resolver =
        Resolver { text, article, people, lang, paragraphs: &paragraphs, quoted: &quoted, hops: Cell::new(0) };
    let mut decided: Vec<Option<Decision>> = vec![None; quotes.len()];
    // where the text before each quote in its paragraph starts: its sentence, or the end of
    // the quote before it
    let mut prev_ends: Vec<usize> = vec![0; quotes.len()];
    for (k, &i) in top.iter().enumerate() {
        let q = &quotes[i];
        let para = &article.paragraphs[q.paragraph];
        let start = article.text_start(q.paragraph);
        let same_para = |j: Option<&usize>| j.map(|&j| &quotes[j]).filter(|o| o.paragraph == q.paragraph);
        let prev_end = same_para(k.checked_sub(1).and_then(|k| top.get(k)))
            .map_or(start, |o| o.close_mark.as_ref().map_or(o.range.end, |m| m.end));
        let next_start = same_para(top.get(k + 1)).map_or(para.end, |o| o.open_mark);
        decided[i] = resolver.own_cue(q, prev_end, next_start);
        prev_ends[i] = prev_end;
    }
    // Quotes of one paragraph share an attribution: a quote with no cue of its own continues
    // the last one decided before it ("“…,” Roe said. “…”"), else takes the next one's ("“…”
    // “…,” Roe said."). The earlier speaker comes first because a person introduced between
    // two quotes ("Her deputy, Jane Doe, agreed.") speaks the later one.
    for group in top.chunk_by(|a, b| quotes[*a].paragraph == quotes[*b].paragraph) {
        let own: Vec<Option<Decision>> = group.iter().map(|&i| decided[i].clone()).collect();
        let mut following = vec![None; group.len()];
        let mut next = None;
        for k in (0..group.len()).rev() {
            following[k] = next.clone();
            next = own[k].clone().or(next);
        }
        let mut previous = None;
        for (k, &i) in group.iter().enumerate() {
            decided[i] = own[k].clone().or_else(|| previous.clone()).or_else(|| following[k].clone());
            previous = own[k].clone().or(previous);
        }
    }
    // A quote running over paragraphs has one speaker: forwards, then backwards.
    for &i in &top {
        if let Some(prev) = quotes[i].continues
            && decided[i].is_none()
        {
            decided[i] = decided[prev].clone();
        }
    }
    for &i in top.iter().rev() {
        if let Some(prev) = quotes[i].continues
            && decided[prev].is_none()
        {
            decided[prev] = decided[i].clone();
        }
    }
    // A place that speaks ("Moscow suggests …") is the voice the article gives it, when one
    // speaks elsewhere: a person introduced with that place ("Russian Foreign Minister Roe";
    // [`super::voices`]).
    let own: Vec<Option<Decision>> = decided.clone();
    for &i in &top {
        if let Some(d) = &decided[i]
            && let Some(voice) = voice_of_place(text, people, places, &own, d, quotes[i].open_mark)
        {
            decided[i] = Some(voice);
        }
    }
    // Carried: from the last decided quote while nobody else is named in between.
    let mut last: Option<(usize, Decision)> = None;
    for &i in &top {
        let q = &quotes[i];
        match &decided[i] {
            Some(d) => last = Some((i, d.clone())),
            None => {
                // (`“…,” it said` with no organisation found for `it`: no person is `it`)
                decided[i] = resolver
                    .previous_sentence_subject(q, prev_ends[i])
                    .or_else(|| resolver.carried(q, last.as_ref().map(|(j, d)| (&quotes[*j], d))))
                    .filter(|d| !matches!(d.who, Who::Person(_)) || !resolver.cued_by_it(q))
            }
        }
    }
    // The main speaker, when they speak elsewhere.
    let speaks =
        |p: usize| decided.iter().flatten().any(|d| d.who == Who::Person(p) && d.basis != SpeakerBasis::Carried);
    if let Some(main) = people.main.filter(|&p| speaks(p)) {
        let span = people.mentions.iter().find(|m| m.person == main).map(|m| m.range.clone()).unwrap_or(0..0);
        for &i in &top {
            if decided[i].is_none() {
                decided[i] =
                    Some(Decision { who: Who::Person(main), basis: SpeakerBasis::MainSpeaker, span: span.clone() });
            }
        }
    }
    decided
        .into_iter()
        .enumerate()
        .map(|(i, d)| {
            let d = d.filter(|_| !matches!(quotes[i].kind, QuoteKind::Nested | QuoteKind::Title))?;
            let (name, kind) = match d.who {
                Who::Person(p) => (people.persons[p].name.clone(), SpeakerKind::Person),
                Who::Named(kind) => (text[d.span.clone()].to_string(), kind),
            };
            Some(Attribution { name, kind, basis: d.basis, span: d.span })
        })
        .collect()
}

/// A described speaker that names nobody in the article: the description at its cue.
pub(super) fn described(span: Range<usize>) -> Decision {
    Decision { who: Who::Named(SpeakerKind::Description), basis: SpeakerBasis::Cue, span }
}

/// The sieves, with what they read.
pub(super) struct Resolver<'a> {
    pub(super) text: &'a str,
    pub(super) article: &'a Article,
    pub(super) people: &'a People,
    pub(super) lang: &'a Language,
    pub(super) paragraphs: &'a [Paragraph<'a>],
    /// The ranges of the quotes that have speakers, sorted: names inside them are somebody's
    /// words, never an antecedent.
    quoted: &'a [Range<usize>],
    /// How many descriptions are being read back, one through another ([`Self::hop`]).
    hops: Cell<usize>,
}

/// Most descriptions read back in a chain, each through the one before (`The group said …
/// “…,” the group said`; a document whose issuer is described by another document), before
/// the chain is left unresolved: a bound on the work and the stack for any article, however
/// its descriptions refer to one another.
const MOST_HOPS: usize = 8;

impl Resolver<'_> {
    /// `read_back`, which resolves a description through another one, unless `MOST_HOPS`
    /// such readings are under way: then `None`, the description unresolved.
    pub(super) fn hop<T>(&self, read_back: impl FnOnce() -> Option<T>) -> Option<T> {
        if self.hops.get() >= MOST_HOPS {
            return None;
        }
        self.hops.set(self.hops.get() + 1);
        let found = read_back();
        self.hops.set(self.hops.get() - 1);
        found
    }

    /// True when byte `at` lies inside a quote.
    pub(super) fn is_quoted(&self, at: usize) -> bool {
        let i = self.quoted.partition_point(|r| r.start <= at);
        i > 0 && at < self.quoted[i - 1].end
    }

    /// A subject made a decision: a pronoun or role resolved to a person before `at`.
    pub(super) fn decide(&self, subject: Subject, at: usize, paragraph: usize) -> Option<Decision> {
        match subject {
            Subject::Person { person, span } => {
                Some(Decision { who: Who::Person(person), basis: SpeakerBasis::Cue, span })
            }
            Subject::Named { kind: SpeakerKind::Description, span } => {
                let resolved = self
                    .office_holder(&span)
                    .or_else(|| self.issuer(&span, paragraph))
                    .or_else(|| self.named_organisation(&span, paragraph))
                    .or_else(|| self.firm(&span, paragraph))
                    .or_else(|| self.collective(&span, at, paragraph))
                    .or_else(|| self.one_of(&span, paragraph));
                Some(resolved.unwrap_or_else(|| described(span)))
            }
            // an acronym is the name the article spelt out for it ("the JCS" of "Joint Chiefs of
            // Staff (JCS)")
            Subject::Named { kind: SpeakerKind::Organisation, span } => {
                let (basis, span) = match acronyms::spelt_out(self.text, &span, self.lang) {
                    Some(name) => (SpeakerBasis::Pronoun, name),
                    None => (SpeakerBasis::Cue, span),
                };
                Some(Decision { who: Who::Named(SpeakerKind::Organisation), basis, span })
            }
            Subject::Named { kind, span } => Some(Decision { who: Who::Named(kind), basis: SpeakerBasis::Cue, span }),
            Subject::Pronoun { gender, span } => self.pronoun(gender, at.min(span.start), paragraph),
            Subject::It { .. } => self.it_antecedent(at, paragraph),
            Subject::Role { role, span } => match self.people.last_with_role(&role, at, self.lang) {
                Some(p) if self.given_role(p, &role, span.start, paragraph) && !self.unnamed_since(p, &role, &span) => {
                    let span = self.last_mention(p, at).unwrap_or(span);
                    Some(Decision { who: Who::Person(p), basis: SpeakerBasis::Pronoun, span })
                }
                // nobody before has the role: one named with the office later
                None => Some(self.office_holder(&span).unwrap_or_else(|| described(span))),
                Some(_) => Some(described(span)),
            },
        }
    }

    /// The last person mentioned in `from..at` that `fits`, preferring one in subject
    /// position (opening a sentence, or followed by a verb rather than a preposition).
    pub(super) fn antecedent(
        &self,
        from: usize,
        at: usize,
        fits: impl Fn(usize) -> bool,
    ) -> Option<(usize, Range<usize>)> {
        self.subject_antecedent(from, at, &fits).or_else(|| self.mentioned(from, at, &fits).next())
    }

    /// The last person mentioned in `from..at` that `fits` and stands in subject position.
    pub(super) fn subject_antecedent(
        &self,
        from: usize,
        at: usize,
        fits: impl Fn(usize) -> bool,
    ) -> Option<(usize, Range<usize>)> {
        self.mentioned(from, at, &fits).find(|(_, range)| clause::in_subject_position(self.text, range, self.lang))
    }

    /// The people mentioned in `from..at` outside quotes that `fits`, the last first, with
    /// the mentions' ranges.
    pub(super) fn mentioned<'s>(
        &'s self,
        from: usize,
        at: usize,
        fits: &'s impl Fn(usize) -> bool,
    ) -> impl Iterator<Item = (usize, Range<usize>)> + 's {
        let i = self.people.mentions.partition_point(|m| m.range.start < at);
        let j = self.people.mentions.partition_point(|m| m.range.start < from);
        self.people.mentions[j..i]
            .iter()
            .rev()
            .filter(|m| fits(m.person) && !self.is_quoted(m.range.start))
            .map(|m| (m.person, m.range.clone()))
    }

    /// A quote with no cue: the speaker of `last` (the last decided quote before it) when
    /// it is near and nobody else is named in between, else the last person seen as a
    /// subject in this or the previous paragraph.
    fn carried(&self, q: &FoundQuote, last: Option<(&FoundQuote, &Decision)>) -> Option<Decision> {
        let from = self.article.paragraphs[q.paragraph.saturating_sub(CARRY_PARAGRAPHS)].start;
        if let Some((prev, d)) = last
            && prev.paragraph + CARRY_PARAGRAPHS >= q.paragraph
        {
            let between = prev.close_mark.as_ref().map_or(prev.range.end, |m| m.end)..q.open_mark;
            let other = self.people.mentions.iter().any(|m| {
                between.start <= m.range.start
                    && m.range.end <= between.end
                    && d.who != Who::Person(m.person)
                    && !self.is_quoted(m.range.start)
            });
            if !other {
                return Some(Decision { basis: SpeakerBasis::Carried, ..d.clone() });
            }
        }
        let para_start = self.article.paragraphs[q.paragraph.saturating_sub(1)].start;
        let from = from.max(last.map_or(0, |(prev, _)| prev.range.end)).max(para_start);
        let (person, span) = self.subject_antecedent(from, q.open_mark, |_| true)?;
        Some(Decision { who: Who::Person(person), basis: SpeakerBasis::Carried, span })
    }
}

#[cfg(test)]
#[path = "speakers_tests.rs"]
mod tests;
