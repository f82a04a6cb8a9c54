//! One of a group that speaks (`“…,” one of them said`): the words are a member's of the
//! group a sentence before named as its subject (`Two Western diplomats briefed on the talks
//! said …`) or cited as its source (`…, according to two diplomats who attended`), which tells
//! the reader more than `one of them`.

use std::ops::Range;

use crate::model::{SpeakerBasis, SpeakerKind};
use crate::people::cues::Paragraph;
use crate::people::grammar::Subject;
use crate::people::speakers::{Decision, Resolver, Who};

impl Resolver<'_> {
    /// The group a partitive subject (`one of them`: the `partitives` of the language data)
    /// is one of: the described group with a plural noun that the nearest sentence before it
    /// names (its subject or its source), outside quotes, in this or the previous paragraph.
    /// `None` when no such sentence comes first: the subject stays as written.
    pub(super) fn one_of(&self, span: &Range<usize>, paragraph: usize) -> Option<Decision> {
        if !self.lang.is_partitive(&self.text[span.clone()]) {
            return None;
        }
        for k in (paragraph.saturating_sub(1)..=paragraph).rev() {
            let p = &self.paragraphs[k];
            let from = self.article.paragraphs[k].start;
            let words = p.words.words;
            let mut end = if k == paragraph { p.sentence_start(self.lang, from, span.start) } else { words.len() };
            while end > 0 {
                let start = p.sentence_start(self.lang, from, words[end - 1].range.start);
                if !self.is_quoted(words[start].range.start)
                    && let Some(span) = self.group(p, start..end)
                {
                    return Some(Decision {
                        who: Who::Named(SpeakerKind::Description),
                        basis: SpeakerBasis::Pronoun,
                        span,
                    });
                }
                end = start;
            }
        }
        None
    }

    /// The described group with a plural noun that the sentence of words `sentence` names: its
    /// opening subject (`Two Western diplomats briefed on the talks said …`), or else the
    /// source it cites (`…, according to two diplomats who attended`).
    fn group(&self, p: &Paragraph, sentence: Range<usize>) -> Option<Range<usize>> {
        let plural_description = |subject: Option<Subject>| match subject {
            Some(Subject::Named { kind: SpeakerKind::Description, span })
                if self.text[span.clone()].split(' ').any(plural) =>
            {
                Some(span)
            }
            _ => None,
        };
        plural_description(self.opening_subject(p, sentence.clone())).or_else(|| {
            let g = p.grammar(sentence, self.people, self.lang);
            // the cue `according to`, read as `Resolver::before` reads it
            let source = (0..g.r.words.len())
                .rev()
                .find_map(|c| g.cue_at(c).filter(|_| g.r.lower_is(c, "according")).map(|len| c + len))?;
            plural_description(g.subject_starting_at(source))
        })
    }
}

/// True when `word` is a lower-case plural noun (`diplomats`; not `press`, `Reuters`).
fn plural(word: &str) -> bool {
    word.starts_with(char::is_lowercase) && word.ends_with('s') && !word.ends_with("ss")
}
