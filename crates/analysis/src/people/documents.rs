//! A document that speaks (`“…,” the statement said`): the words are its issuer's, named where
//! the article last mentioned the document — `a statement by Jane Roe`, `a statement from the
//! ministry`, its signer (`the letter … was signed by Jane Roe`, or after the document that
//! speaks: `The letter, signed by Jane Roe, says`), or the subject of the
//! sentence that mentions it (`the ministry said in a statement`, `Britain and France told Iran
//! …, according to a joint statement`).

use std::ops::Range;

use crate::model::SpeakerBasis;
use crate::people::bodies::kind_noun;
use crate::people::clause::verb_after;
use crate::people::cues::Paragraph;
use crate::people::grammar::{Grammar, Subject};
use crate::people::speakers::{Decision, Resolver};

/// Paragraphs looked at for the document's earlier mention besides its own: the two before (a
/// letter is quoted over several paragraphs after the one that says who wrote it).
const DOCUMENT_PARAGRAPHS: usize = 2;

impl Resolver<'_> {
    /// The issuer of the document a described subject names (`the statement`, `the joint
    /// statement`, a `document_nouns` word after `the` and lower-case modifiers), from the
    /// last mention of that document before it in this or the two previous paragraphs,
    /// outside quotes, or, with none, of any document there. `None` when there is no such
    /// mention or it names no issuer.
    pub(super) fn issuer(&self, span: &Range<usize>, paragraph: usize) -> Option<Decision> {
        let rest = kind_noun(&self.text[span.clone()])?;
        let noun = rest.rsplit(' ').next()?;
        let modifiers = rest.split(' ').all(|w| w.chars().all(|c| c.is_lowercase() || c == '-'));
        if !modifiers || !self.lang.lower_word(noun).document {
            return None;
        }
        // the subject itself, with its signer after it ("The letter, signed by Roe and dated
        // May 2, says")
        if let Some(d) = self.signer_after(span, paragraph) {
            return Some(d);
        }
        // the last mention of the same document noun, else of any (`“…,” the statement said`
        // after `In a communiqué, the ministry said`)
        let (k, at) = self
            .document_mention(span, paragraph, |p, i| p.words.lower_is(i, noun))
            .or_else(|| self.document_mention(span, paragraph, |p, i| p.words.kind(i).lower.document))?;
        let p = &self.paragraphs[k];
        let words = p.words.words;
        // "a statement by Roe", "a statement from the ministry"
        let by = at + 2 < words.len() && (p.words.lower_is(at + 1, "by") || p.words.lower_is(at + 1, "from"));
        // "The letter, dated May 2, was signed by Roe": its signer, later in the sentence
        let end = p.sentence_end(self.lang, at, self.article.paragraphs[k].end);
        let signed = || self.document_signer(k, at, end);
        let subject = if by {
            let g = p.grammar(at + 2..words.len(), self.people, self.lang);
            g.subject_starting_at(0)
        } else if let Some(signer) = signed() {
            Some(signer)
        } else {
            // the subject of a cue earlier in the mention's sentence, or of the clause it
            // reports ("The Times said Roe provided a statement" is Roe's)
            let start = p.sentence_start(self.lang, self.article.paragraphs[k].start, words[at].range.start);
            let g = p.grammar(start..at, self.people, self.lang);
            let n = g.r.words.len();
            // a cue that speaks of the document's words: any but `according to`
            let speaks = |g: &Grammar, c: usize| g.cue_at(c).is_some() && !g.r.lower_is(c, "according");
            match (0..n).rfind(|&c| speaks(&g, c)) {
                Some(c) => {
                    let reported = (c + 1..n.saturating_sub(1)).rev().find_map(|i| {
                        let verb = verb_after(self.text[g.r.words[i].range.end..].trim_start(), self.lang);
                        let person = self.people.named_at(g.r.words[i].range.start).filter(|_| verb)?;
                        Some(Subject::Person { person, span: g.r.words[i].range.clone() })
                    });
                    reported.or_else(|| g.subject_before(c))
                }
                // with no cue there, the subject that opens the sentence ("The three
                // states condemned the move in a joint statement"), or the subject of the
                // first cue after the mention when the mention is a fronted phrase ("In a
                // statement carried by the agency, the ministry said …")
                None => self.opening_subject(p, start..end).or_else(|| {
                    let g = p.grammar(at + 1..end, self.people, self.lang);
                    // (past a participle with no subject of its own: "In a statement
                    // posted on its website, the company said")
                    (0..g.r.words.len()).filter(|&c| speaks(&g, c)).find_map(|c| g.subject_before(c))
                }),
            }
        };
        let decision = self.hop(|| self.decide(subject?, words[at].range.start, k))?;
        Some(Decision { basis: SpeakerBasis::Pronoun, ..decision })
    }

    /// The last word before `span` in paragraph `paragraph` or the two before it, outside
    /// quotes, that `is_document` accepts: its paragraph and place.
    fn document_mention(
        &self,
        span: &Range<usize>,
        paragraph: usize,
        is_document: impl Fn(&Paragraph, usize) -> bool,
    ) -> Option<(usize, usize)> {
        (paragraph.saturating_sub(DOCUMENT_PARAGRAPHS)..=paragraph).rev().find_map(|k| {
            let p = &self.paragraphs[k];
            let words = p.words.words;
            let before = words.partition_point(|w| w.range.end <= span.start);
            (0..before)
                .rev()
                .find(|&i| {
                    is_document(p, i) && !self.is_quoted(words[i].range.start) && !span.contains(&words[i].range.start)
                })
                .map(|at| (k, at))
        })
    }

    /// The signer named after the document noun at word `at` of paragraph `k`, before word
    /// `end` (`signed by Roe`).
    fn document_signer(&self, k: usize, at: usize, end: usize) -> Option<Subject> {
        let p = &self.paragraphs[k];
        (at + 1..end.saturating_sub(2))
            .find(|&i| p.words.kind(i).lower.signing && p.words.lower_is(i + 1, "by"))
            .and_then(|i| p.grammar(i + 2..end, self.people, self.lang).subject_starting_at(0))
    }

    /// The signer a document subject names after itself in its own sentence (`The letter,
    /// signed by Roe and dated May 2, says`), decided.
    fn signer_after(&self, span: &Range<usize>, paragraph: usize) -> Option<Decision> {
        let p = &self.paragraphs[paragraph];
        let at = p.words.words.partition_point(|w| w.range.end <= span.end).checked_sub(1)?;
        let end = p.sentence_end(self.lang, at, self.article.paragraphs[paragraph].end);
        let signer = self.document_signer(paragraph, at, end)?;
        let decision = self.hop(|| self.decide(signer, span.start, paragraph))?;
        Some(Decision { basis: SpeakerBasis::Pronoun, ..decision })
    }
}
