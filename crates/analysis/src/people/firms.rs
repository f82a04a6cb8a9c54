//! A business that speaks under its kind (`“…,” the company said`, `the fund said`): the
//! words are those of the business the article last mentioned. A business is a name the
//! article wrote as one — ending as a business's name does (`Pacific Laterite Mining`,
//! `Tengri Gold Corp.`) or set beside that kind (`Corvina Capital, a New York-based fund`) —
//! and a later mention of it may be its first word alone (`Corvina said`).

use std::ops::Range;

use crate::model::{SpeakerBasis, SpeakerKind};
use crate::people::bodies::kind_noun;
use crate::people::cues::Paragraph;
use crate::people::speakers::{Decision, Resolver, Who};
use crate::text::words::is_capitalized;

/// Paragraphs looked back over for the business's last mention: its own and four before.
const FIRM_PARAGRAPHS: usize = 4;

/// Most words of an apposition before the kind it names (`, a New York-based fund`).
const APPOSITION_WORDS: usize = 5;

/// Most capitalised words of a business's name.
const NAME_WORDS: usize = 5;

impl Resolver<'_> {
    /// The business a described subject names by its kind (`the company`, `The operator`: a
    /// `firm_nouns` word of the language data right after `the`): the last mention before it,
    /// in this or the four paragraphs before and outside quotes, of a business the article
    /// named before it (see the module). `None` when there is none: the description stays
    /// the speaker.
    pub(super) fn firm(&self, span: &Range<usize>, paragraph: usize) -> Option<Decision> {
        let noun = kind_noun(&self.text[span.clone()])?.to_lowercase();
        if !self.lang.lower_word(&noun).firm {
            return None;
        }
        // the businesses named before the subject: each name's first word, as a later
        // mention may give it alone
        let mut firsts: Vec<&str> = Vec::new();
        for p in &self.paragraphs[..=paragraph] {
            let before = p.words.words.partition_point(|w| w.range.end <= span.start);
            for i in 0..before {
                if let Some(name) = self.firm_name(p, i, &noun) {
                    let first = self.text[name].split(' ').next().unwrap_or_default();
                    if !firsts.contains(&first) {
                        firsts.push(first);
                    }
                }
            }
        }
        for k in (paragraph.saturating_sub(FIRM_PARAGRAPHS)..=paragraph).rev() {
            let p = &self.paragraphs[k];
            let words = p.words.words;
            let before = words.partition_point(|w| w.range.end <= span.start);
            let last = (0..before)
                .rev()
                .find(|&i| firsts.contains(&p.words.word(i)) && !self.is_quoted(words[i].range.start) && capital(p, i));
            if let Some(i) = last {
                let name = self.firm_name(p, name_end(p, i), &noun);
                let span = name.unwrap_or_else(|| words[i].range.clone());
                return Some(Decision {
                    who: Who::Named(SpeakerKind::Organisation),
                    basis: SpeakerBasis::Pronoun,
                    span,
                });
            }
        }
        None
    }

    /// The name of a business that ends with word `i` of paragraph `p`: capitalised words
    /// back to the first, outside quotes, no place and no part of a longer name, when the
    /// last is a `firm_heads` word (and the name has more than that word) or an apposition
    /// after it names the kind `noun` (`, a New York fund`) and the name is no person's.
    fn firm_name(&self, p: &Paragraph, i: usize, noun: &str) -> Option<Range<usize>> {
        let words = p.words.words;
        if !name_word(p, i) || self.is_quoted(words[i].range.start) {
            return None;
        }
        let head = p.words.kind(i).cased.firm_head;
        let apposed = {
            let rest = &self.text[words[i].range.end..];
            let opens = [", a ", ", an ", ", the "].iter().any(|o| rest.starts_with(o));
            let mut apposition =
                (i + 2..words.len().min(i + 2 + APPOSITION_WORDS)).take_while(|&j| p.words.adjacent(j - 1));
            // the noun closes the apposition: punctuation or a function word follows it (`, a
            // New York fund that holds`), not a verb (`San Francisco, a group dressed in`)
            let closes = |j: usize| !p.words.adjacent(j) || p.words.kind(j + 1).lower.function;
            opens && apposition.any(|j| p.words.lower_is(j, noun) && closes(j))
        };
        if !head && !apposed {
            return None;
        }
        // back over the name's capitalised words, not an adjective before it (`Toronto-listed`)
        let adjective =
            |j: usize| p.words.word(j).rsplit_once('-').is_some_and(|(_, b)| b.starts_with(char::is_lowercase));
        let mut start = i;
        while start > 0
            && i - start + 1 < NAME_WORDS
            && capital(p, start - 1)
            && p.words.adjacent(start - 1)
            && !adjective(start - 1)
        {
            start -= 1;
        }
        // a lone word that ends a business's name may be a common noun (`Mining is …`)
        if start == i && !apposed {
            return None;
        }
        // a place is no business (`In downtown San Francisco, a group dressed in …`), but
        // may open one's name (`The Arakan Army, an armed group`)
        if (start..=i).all(|j| p.aliases[j]) {
            return None;
        }
        // the end of a longer name is not a business's (`Ministry of Water Resources`)
        if start >= 2 && p.words.kind(start - 1).lower.organisation_connector && is_capitalized(p.words.word(start - 2))
        {
            return None;
        }
        // a name that ends as a business's is one; one only apposed to the kind must not be
        // a person's (`Jane Roe, a fund manager`)
        let person = || (start..=i).any(|j| self.people.named_at(words[j].range.start).is_some());
        (head || !person()).then(|| words[start].range.start..words[i].range.end)
    }
}

/// True when word `i` of `p` is written with a capital and may be a name (`On`, `Monday` may
/// not).
fn capital(p: &Paragraph, i: usize) -> bool {
    p.words.may_be_capitalized(i) && is_capitalized(p.words.word(i)) && !p.words.kind(i).cased.not_name
}

/// True when word `i` of `p` may end a business's or a group's name: [`capital`], or an
/// organisation's head word written with a capital, never a person's (`Arakan Army`).
fn name_word(p: &Paragraph, i: usize) -> bool {
    capital(p, i) || p.words.kind(i).cased.organisation_head && is_capitalized(p.words.word(i))
}

/// The last word of the run of capitalised words that word `i` of `p` opens.
fn name_end(p: &Paragraph, i: usize) -> usize {
    let mut end = i;
    while end + 1 < p.words.words.len() && end + 1 - i < NAME_WORDS && p.words.adjacent(end) && name_word(p, end + 1) {
        end += 1;
    }
    end
}
