//! Subjects that open a sentence or clause, for quotes with no cue verb of their own
//! (`Reid has gone after Trump as a “…”`, `The judge turned to me. “…”`), and the
//! organisation `it` stands for (`The ministry rejected the claim. “…,” it said.`).

use std::ops::Range;

use crate::model::{SpeakerBasis, SpeakerKind};
use crate::people::cues::Paragraph;
use crate::people::grammar::{Grammar, Subject};
use crate::people::speakers::{Decision, Resolver};
use crate::quotes::FoundQuote;
use crate::text::words::ly_adverb;

/// Most words of a fronted phrase before the subject of a sentence ("In recent weeks, …",
/// "In a statement posted on its website and on Telegram, …").
const MAX_FRONTED: usize = 10;
/// Most words of an interjection between a sentence's subject and its verb ("Roe, in a
/// statement issued on Monday, rejected …").
const MAX_INTERJECTION: usize = 12;

impl Resolver<'_> {
    /// A quote inside a sentence with no cue verb (`Reid has gone after Trump as a “…”`):
    /// the subject that opens the sentence (or its main clause, after a fronted phrase and a
    /// comma), when a verb follows it.
    pub(super) fn sentence_subject(&self, q: &FoundQuote, p: &Paragraph, range: Range<usize>) -> Option<Decision> {
        // a quote a colon introduces is the sentence's object only with a cue verb
        if range.is_empty() || self.text[..q.open_mark].trim_end().ends_with(':') {
            return None;
        }
        // "India offered …, and the ministry welcomed the offer as “…”": the subject of a
        // clause that a conjunction after a comma or a dash opens, the one nearest the quote
        // first (a conjunction ending the words read opens an empty clause, which has no
        // subject)
        let g = p.grammar(range.clone(), self.people, self.lang);
        let clause = (1..g.r.words.len())
            .rev()
            .filter(|&k| matches!(g.gap(k), "," | "-" | "--" | "–" | "—") && g.r.kind(k).lower.coordinator)
            .find_map(|k| self.opening_subject(p, range.start + k + 1..range.end));
        let subject = clause.or_else(|| self.opening_subject(p, range))?;
        self.decide_as_subject(subject, q)
    }

    /// A quote that opens a sentence of its own, after a sentence of its paragraph (after
    /// byte `prev_end`, the end of the quote before it) whose opening subject is a person, a
    /// pronoun or a role (`The judge turned to me. “…”`): that subject. Organisations and
    /// descriptions there are more often what the quote is about than who speaks (`Police
    /// arrested Roe. “…”`), unless they are the subject of the sentence's cue (`A diplomat
    /// in Lima, who asked not to be named, said talks had stalled. “…”`).
    pub(super) fn previous_sentence_subject(&self, q: &FoundQuote, prev_end: usize) -> Option<Decision> {
        let p = &self.paragraphs[q.paragraph];
        let start = p.sentence_start(self.lang, prev_end, q.open_mark);
        let opens = p.words.words.get(start).is_none_or(|w| w.range.start > q.open_mark);
        let before = start.checked_sub(1).filter(|_| opens)?;
        let at = p.words.words[before].range.start;
        if at < prev_end || self.text[..q.open_mark].trim_end().ends_with(':') {
            return None;
        }
        let range = p.sentence_start(self.lang, prev_end, at)..start;
        match self.opening_subject(p, range.clone())? {
            s @ (Subject::Person { .. } | Subject::Pronoun { .. } | Subject::Role { .. }) => {
                self.decide_as_subject(s, q)
            }
            // ("A diplomat in Lima, who asked not to be named, said talks had stalled. “…”":
            // one that is the sentence's cue's subject speaks on)
            s @ Subject::Named { .. } => self.cue_subject(p, range, &s).and_then(|s| self.decide_as_subject(s, q)),
            Subject::It { .. } => None,
        }
    }

    /// The subject of the first cue in words `range` when `opening`, the sentence's opening
    /// subject, opens it (the cue's reads it with its qualifiers: "A diplomat in Lima").
    fn cue_subject(&self, p: &Paragraph, range: Range<usize>, opening: &Subject) -> Option<Subject> {
        let g = p.grammar(range, self.people, self.lang);
        let cue = (1..g.r.words.len()).find(|&c| g.cue_at(c).is_some())?;
        g.subject_before(cue).filter(|s| s.span().start == opening.span().start)
    }

    /// The organisation `it` (a cue's subject at byte `at` of paragraph `paragraph`) stands
    /// for: the organisation or described speaker that speaks the quote of the nearest
    /// sentence before it (`“…,” the ministry said. “…,” it added.`) or else opens it, in this
    /// paragraph or the one before, when no person opens a sentence in between (`The ministry
    /// rejected the claim. “…,” it said.`); never one a person's role names (`an official`).
    pub(super) fn it_antecedent(&self, at: usize, paragraph: usize) -> Option<Decision> {
        for k in (paragraph.saturating_sub(1)..=paragraph).rev() {
            let p = &self.paragraphs[k];
            let from = self.article.text_start(k);
            let first = p.words.words.partition_point(|w| w.range.start < from);
            let mut end = if k == paragraph { at } else { self.article.paragraphs[k].end };
            loop {
                let start = p.sentence_start(self.lang, from, end);
                let last = p.words.words.partition_point(|w| w.range.end <= end);
                if start < last {
                    // the organisation of the last cue first (`Baku denied it. “…,” the
                    // ministry said.`: the words read skip quotes), else the opening subject
                    let named = self.last_cue_subject(p, start..last).filter(|s| !self.names_a_role(s));
                    let subject = named.or_else(|| self.opening_subject(p, start..last));
                    match subject {
                        Some(s @ Subject::Named { .. }) if !self.names_a_role(&s) => {
                            // resolved through an antecedent, as a pronoun is
                            let d = self.decide(s, at, paragraph)?;
                            return Some(Decision { basis: SpeakerBasis::Pronoun, ..d });
                        }
                        Some(Subject::Named { .. } | Subject::Person { .. } | Subject::Pronoun { .. }) => return None,
                        _ => {}
                    }
                }
                let Some(before) = start.checked_sub(1).filter(|&b| b >= first) else { break };
                end = p.words.words[before].range.end;
            }
        }
        None
    }

    /// The organisation or description that is the subject of the last cue in words
    /// `range` when the two follow a quote, in either order (`“…,” the defence ministry
    /// said`, `“…,” said the ministry`): the speaker of that quote.
    fn last_cue_subject(&self, p: &Paragraph, range: Range<usize>) -> Option<Subject> {
        let g = p.grammar(range, self.people, self.lang);
        let after_quote = |k: usize| self.text[..g.r.words[k].range.start].trim_end().ends_with(['”', '"']);
        let cue = (1..g.r.words.len()).rev().find(|&c| g.r.kind(c).lower.cue && g.cue_at(c).is_some())?;
        let subject = match g.subject_before(cue) {
            Some(s) if g.first_word(&s).is_some_and(after_quote) => s,
            _ if after_quote(cue) => g.subject_starting_at(cue + 1)?,
            _ => return None,
        };
        matches!(subject, Subject::Named { .. }).then_some(subject)
    }

    /// True when `subject` is described by a person's role (`an official`, `the spokesman`):
    /// no `it` stands for it.
    fn names_a_role(&self, subject: &Subject) -> bool {
        let Subject::Named { kind: SpeakerKind::Description, span } = subject else { return false };
        self.text[span.clone()].split(' ').any(|w| self.lang.lower_word(w).role)
    }

    /// A subject decided for quote `q`, its basis [`SpeakerBasis::Subject`] where it would
    /// have been a cue's.
    fn decide_as_subject(&self, subject: Subject, q: &FoundQuote) -> Option<Decision> {
        let d = self.decide(subject, q.open_mark, q.paragraph)?;
        Some(Decision {
            basis: match d.basis {
                SpeakerBasis::Cue => SpeakerBasis::Subject,
                b => b,
            },
            ..d
        })
    }

    /// The subject that opens the sentence of words `range` (or its main clause, after a
    /// fronted phrase and a comma), when a verb follows it. Lower-case nouns name a speaker
    /// only when listed ("the deal was “…”" names nobody).
    pub(super) fn opening_subject(&self, p: &Paragraph, range: Range<usize>) -> Option<Subject> {
        if range.is_empty() {
            return None;
        }
        let g = Grammar { descriptions: false, ..p.grammar(range, self.people, self.lang) };
        let n = g.r.words.len();
        let clause_starts = std::iter::once(0).chain((1..n.min(MAX_FRONTED + 1)).filter(|&k| g.gap(k) == ","));
        for k in clause_starts {
            // a fronted phrase ("In a statement carried by the agency, Roe said") is no subject
            let kind = g.r.kind(k).lower;
            if kind.governs() && !kind.description_opener {
                continue;
            }
            let Some(subject) = g.subject_starting_at(k) else { continue };
            let end = subject.span().end;
            let mut next = g.r.words.iter().position(|w| w.range.start >= end).filter(|&j| j < n)?;
            // "The embassy in Port Vila rejected": over a place the preposition of a qualifier
            // names
            if next + 1 < n && g.gap(next).is_empty() && g.r.kind(next).lower.qualifier_preposition {
                let place = g.capitalised_run(next + 1);
                if place > 0 && next + 1 + place < n {
                    next += 1 + place;
                }
            }
            // "Lithuania on Tuesday accused": over a time adjunct to the verb
            next += g.time_adjunct_at(next);
            if next >= n {
                return None;
            }
            // "Pakistan's military, in a statement issued on Monday, rejected": over an
            // interjection between commas to the verb
            let close = (g.gap(next) == ",")
                .then(|| (next + 1..n.min(next + MAX_INTERJECTION)).find(|&j| g.gap(j) == ","))
                .flatten()
                .filter(|&j| (next + 1..j).all(|k| g.gap(k).is_empty()));
            let interjected = close.is_some();
            next = close.unwrap_or(next);
            if next + 1 < n && ly_adverb(g.r.word(next)) && g.gap(next + 1).is_empty() {
                next += 1; // "Trump openly admires"
            }
            if (!g.gap(next).is_empty() && !interjected) || !self.lang.verb_like(g.r.word(next)) {
                return None;
            }
            return Some(subject);
        }
        None
    }
}
