//! Role nouns and offices made people: `the minister` is the last person introduced as a
//! minister unless an unnamed minister was introduced since, and `Turkey’s defence minister`
//! is the one person the article names with that office ([`titled::person_of_office`]).

use std::ops::Range;

use crate::model::SpeakerBasis;
use crate::people::speakers::{Decision, Resolver, Who};
use crate::people::titled;
use crate::text::words::{is_article, is_capitalized};

/// Most words between an indefinite article and the role noun it introduces ("a senior
/// Western diplomat").
const INTRODUCTION_WORDS: usize = 3;

impl Resolver<'_> {
    /// A description naming an office (`Turkey’s defence minister`, `the president`) made
    /// the one person the article names with that office, before or after
    /// ([`titled::person_of_office`]); the span is that person's mention nearest the cue.
    pub(super) fn office_holder(&self, span: &Range<usize>) -> Option<Decision> {
        let p = titled::person_of_office(self.text, self.people, &self.text[span.clone()], self.lang)?;
        let at = span.start;
        let near = self.people.mentions.iter().filter(|m| m.person == p).min_by_key(|m| m.range.start.abs_diff(at))?;
        Some(Decision { who: Who::Person(p), basis: SpeakerBasis::Pronoun, span: near.range.clone() })
    }

    /// True when person `p` is the one the role noun `role` at byte `at` (of paragraph
    /// `paragraph`) names: introduced with that role, or with one the noun stands for when no
    /// unnamed speaker is called by the noun in this or the paragraph before ("a Western
    /// diplomat said … the diplomat added" is that diplomat, not the minister named before).
    pub(super) fn given_role(&self, p: usize, role: &str, at: usize, paragraph: usize) -> bool {
        let person = &self.people.persons[p];
        if person.roles.iter().any(|r| r == role) {
            return true;
        }
        let since = self.article.paragraphs[paragraph.saturating_sub(1)].start;
        let between = self.text[since..at].to_lowercase();
        let named = between.match_indices(role).any(|(i, _)| {
            let after = &between[i + role.len()..];
            let ends = |s: &str| !s.starts_with(char::is_alphabetic);
            let starts = !between[..i].ends_with(char::is_alphabetic);
            starts && (ends(after) || after.strip_prefix('s').is_some_and(ends))
        });
        !named
    }

    /// True when an unnamed speaker is introduced with the role noun `role` ("a Western
    /// diplomat close to the talks") between person `p`'s last mention and the subject at
    /// `span` ("the diplomat"), which then is that speaker, not `p`. An introduction a name
    /// follows ("a French diplomat, Jane Roe,"), `p`'s own apposition ("Roe, a diplomat,"), or
    /// one without the subject's modifiers ("a Belgian minister" for "the deputy minister")
    /// is no such speaker.
    pub(super) fn unnamed_since(&self, p: usize, role: &str, span: &Range<usize>) -> bool {
        let at = span.start;
        let Some(since) = self.last_mention(p, at).map(|m| m.end) else {
            return false;
        };
        let subject = self.text[span.clone()].to_lowercase();
        let modifiers: Vec<&str> =
            subject.split_whitespace().filter(|w| !is_article(w) && !w.starts_with(role)).collect();
        let between = &self.text[since..at];
        between.match_indices(role).any(|(i, _)| {
            let (before, after) = (&between[..i], &between[i + role.len()..]);
            // "Roe, a deputy minister, said": the person's own apposition
            let apposition = before.starts_with(',') && before.split_whitespace().count() <= INTRODUCTION_WORDS + 1;
            let whole = !before.ends_with(char::is_alphabetic) && !after.starts_with(char::is_alphabetic);
            let introduction: Vec<String> =
                before.split_whitespace().rev().take(INTRODUCTION_WORDS).map(str::to_lowercase).collect();
            let indefinite = introduction.iter().any(|w| w == "a" || w == "an");
            let modified = modifiers.iter().all(|m| introduction.iter().any(|w| w == m));
            let named = is_capitalized(after.trim_start_matches([',', ' ']));
            whole && indefinite && modified && !named && !apposition && !self.is_quoted(since + i)
        })
    }

    /// The last mention of `person` before byte `at`.
    pub(super) fn last_mention(&self, person: usize, at: usize) -> Option<Range<usize>> {
        let i = self.people.mentions.partition_point(|m| m.range.start < at);
        self.people.mentions[..i].iter().rev().find(|m| m.person == person).map(|m| m.range.clone())
    }
}
