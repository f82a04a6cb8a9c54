//! `he` and `she` resolved (the second sieve of [`super::speakers`], for pronouns): the last
//! person in subject position before the pronoun in this or the previous paragraphs (further
//! back while sentences open with the same pronoun) agreeing in gender, else whom an earlier
//! `he`/`she` of the same gender there stands for, else a subject whose gender only the given
//! name guessed; a name in no subject's place after an earlier `he` of the same gender gives
//! way to whom that `he` stands for — or an unnamed speaker introduced after that person (`A
//! senior official said the posts were reinforced. “…,” he said`): the described subject of
//! the last cue before the pronoun, named by a role word after `a`/`an`, set off from its cue
//! by an aside or not (`An engineer, speaking on condition of anonymity, said`).

use std::ops::Range;

use crate::model::{SpeakerBasis, SpeakerKind};
use crate::people::grammar::Subject;
use crate::people::speakers::{CARRY_PARAGRAPHS, Decision, Resolver, Who, described};
use crate::text::word_kinds::Gender;

/// Most paragraphs back a chain of `he`s or `she`s is followed to its antecedent.
const MAX_CHAIN_PARAGRAPHS: usize = 5;

impl Resolver<'_> {
    /// Whom a `he`/`she` of `gender` before byte `at` (in paragraph `paragraph`) stands for.
    pub(super) fn pronoun(&self, gender: Gender, at: usize, paragraph: usize) -> Option<Decision> {
        let from = self.article.paragraphs[self.chain_start(gender, at, paragraph)].start;
        let persons = &self.people.persons;
        // one agreeing in gender in subject position; else the last one agreeing, unless an
        // earlier `he` stands before it ("When the host steered Roe to the race, he offered
        // his view of Lund's appeal. “…,” he said": a name in no subject's place after an
        // earlier `he` is not whom the `he`s stand for; the one before that `he` is); else a
        // subject whose gender the given name only guessed
        let fits = |p: usize| persons[p].gender.is_none_or(|g| g == gender);
        let mention = self.subject_antecedent(from, at, fits).or_else(|| {
            let Some((p, span)) = self.mentioned(from, at, &fits).next() else {
                return self
                    .through_earlier(gender, from, at)
                    .or_else(|| self.subject_antecedent(from, at, |p| !persons[p].gender_told));
            };
            let earlier = self.last_pronoun(gender, from, span.start);
            earlier.and_then(|earlier| self.antecedent(from, earlier, fits)).or(Some((p, span)))
        });
        // an unnamed speaker introduced after that person, if any
        let since = mention.as_ref().map_or(from, |(_, m)| m.end);
        if let Some(unnamed) = self.unnamed_before(since, at, gender) {
            return Some(Decision { basis: SpeakerBasis::Pronoun, ..described(unnamed) });
        }
        let (p, span) = mention?;
        Some(Decision { who: Who::Person(p), basis: SpeakerBasis::Pronoun, span })
    }

    /// The person the last `he`/`she` of `gender` in `from..at` stands for, resolved from where
    /// it stands, with the mention that decided it: when nobody agreeing in gender is in
    /// reach, the pronoun before is the same person (`On Sunday, she disclosed that Bill Jones
    /// called her. “…,” she said. “…,” she said`: the second `she` is whom the first is,
    /// not Bill Jones, whose gender only his given name tells).
    fn through_earlier(&self, gender: Gender, from: usize, at: usize) -> Option<(usize, Range<usize>)> {
        let earlier = self.last_pronoun(gender, from, at)?;
        let paragraph = self.article.paragraph_at(earlier)?;
        let decision = self.hop(|| self.pronoun(gender, earlier, paragraph))?;
        match decision.who {
            Who::Person(p) => Some((p, decision.span)),
            _ => None,
        }
    }

    /// The paragraph where the antecedent of a `he`/`she` of `gender` before byte `at` (in
    /// paragraph `paragraph`) is looked for from: [`CARRY_PARAGRAPHS`] back, and further while
    /// the paragraph there has a sentence the same pronoun opens and nobody whose name tells
    /// that gender is a subject between it and `at` — a chain of `she`s (`She skirted … She
    /// also declined … “…,” she said`) goes back to the person it started from.
    fn chain_start(&self, gender: Gender, at: usize, paragraph: usize) -> usize {
        let persons = &self.people.persons;
        let agreeing = |from: usize| {
            self.subject_antecedent(from, at, |p| persons[p].gender_told && persons[p].gender == Some(gender)).is_some()
        };
        let mut first = paragraph.saturating_sub(CARRY_PARAGRAPHS);
        while first > 0
            && paragraph - first < MAX_CHAIN_PARAGRAPHS
            && self.opens_a_sentence_with(first, gender)
            && !agreeing(self.article.paragraphs[first].start)
        {
            first -= 1;
        }
        first
    }

    /// The first `Some` that `f` gives for the words starting in `from..at`, read from the
    /// last back: `f` gets the paragraph's index, the word's index in it and the number of
    /// its words that start before `at`.
    fn back_over_words<T>(
        &self,
        from: usize,
        at: usize,
        mut f: impl FnMut(usize, usize, usize) -> Option<T>,
    ) -> Option<T> {
        let first = self.article.paragraphs.partition_point(|p| p.end <= from);
        let last = self.article.paragraphs.partition_point(|p| p.start < at);
        (first..last).rev().find_map(|k| {
            let words = self.paragraphs[k].words.words;
            let end = words.partition_point(|w| w.range.start < at);
            (0..end).rev().take_while(|&i| words[i].range.start >= from).find_map(|i| f(k, i, end))
        })
    }

    /// The start of the last `he`/`she` of `gender` in `from..at`, outside quotes.
    fn last_pronoun(&self, gender: Gender, from: usize, at: usize) -> Option<usize> {
        self.back_over_words(from, at, |k, i, _| {
            let words = &self.paragraphs[k].words;
            let kind = words.kind(i).lower;
            let start = words.words[i].range.start;
            (kind.pronoun && kind.gender == Some(gender) && !self.is_quoted(start)).then_some(start)
        })
    }

    /// True when a `he`/`she` of `gender` opens a sentence of paragraph `k` (sentences as the
    /// cues read them: a stop after a word that is no abbreviation ends one).
    fn opens_a_sentence_with(&self, k: usize, gender: Gender) -> bool {
        let (p, from) = (&self.paragraphs[k], self.article.paragraphs[k].start);
        (0..p.words.words.len()).any(|i| {
            let kind = p.words.kind(i).lower;
            kind.pronoun
                && kind.gender == Some(gender)
                && p.sentence_start(self.lang, from, p.words.words[i].range.start) == i
        })
    }

    /// The last described speaker introduced with `a`/`an` and named by a role word ("a
    /// senior official", "a spokeswoman for the ministry") as the subject of a cue in
    /// `from..at`, outside quotes, whose words agree with `gender` when one tells it ("a
    /// spokeswoman" is no `he`).
    pub(super) fn unnamed_before(&self, from: usize, at: usize, gender: Gender) -> Option<Range<usize>> {
        self.back_over_words(from, at, |k, c, end| {
            let p = &self.paragraphs[k];
            let words = p.words.words;
            // (a one-word cue, or the first word of a pair: "was blunter")
            let kind = p.words.kind(c).lower;
            if c == 0 || self.is_quoted(words[c].range.start) || !(kind.cue || kind.cue_first) {
                return None;
            }
            let start = p.sentence_start(self.lang, self.article.paragraphs[k].start, words[c].range.start);
            let g = p.grammar(start..end, self.people, self.lang);
            let cue = c.checked_sub(start).filter(|&cue| cue > 0 && g.cue_at(cue).is_some())?;
            let Some(Subject::Named { kind: SpeakerKind::Description, span }) = g.subject_before(cue) else {
                return None;
            };
            // "Jane Roe, a French diplomat, said", "Roe, a professor and a member of the
            // board, said": after a person named in its sentence, a description is that
            // person's apposition; "when a reporter asked": a subordinate clause's subject
            let sentence = words[start].range.start..span.start;
            let named = self.people.mentions.iter().any(|m| sentence.contains(&m.range.start));
            let before = self.text[sentence].split_whitespace().next_back();
            let subordinate = before.is_some_and(|w| self.lang.lower_word(w).clause_opener);
            if named || subordinate {
                return None;
            }
            let description = &self.text[span.clone()];
            let indefinite =
                description.split(' ').next().is_some_and(|w| matches!(w, "a" | "an" | "A" | "An" | "one" | "One"));
            // a person's role heads it ("a senior official", "a spokesman for …"), not a
            // thing ("a video", "a statement")
            let role = description.split(' ').any(|w| self.lang.lower_word(w).role);
            let agrees = description.split(' ').all(|w| self.lang.lower_word(w).gender.is_none_or(|g| g == gender));
            (indefinite && role && agrees).then_some(span)
        })
    }
}
