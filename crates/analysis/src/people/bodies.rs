//! An organisation that speaks under its kind, named before: `the ministry said` is the
//! organisation whose name that head noun, written with a capital, ends (`Russia's Foreign
//! Ministry`); `the bloc said`, `the group said` the named organisation that opens the
//! sentence before, as `it` would be (`Kataib Hezbollah vowed revenge. “…,” the group said`).
//! A business under its kind (`the company said`) is [`super::firms`]'s.

use std::ops::Range;

use crate::model::{SpeakerBasis, SpeakerKind};
use crate::people::speakers::{Decision, Resolver, Who};
use crate::text::words::{is_article, is_capitalized};

impl Resolver<'_> {
    /// An organisation named by its head noun (`the ministry said`, `the agency said`): the
    /// last name in this or the previous paragraph, outside quotes, that the noun written
    /// with a capital ends, with the capitalised words and the possessive before it
    /// (`Russia's Foreign Ministry`, `the Korean Central News Agency`). Only a noun that
    /// heads organisations' names (`organisation_heads` of the language data) is read so.
    pub(super) fn named_organisation(&self, span: &Range<usize>, paragraph: usize) -> Option<Decision> {
        let noun = kind_noun(&self.text[span.clone()])?;
        let mut chars = noun.chars();
        let head: String = chars.next().filter(char::is_ascii_lowercase)?.to_uppercase().chain(chars).collect();
        if !self.lang.cased_word(&head).organisation_head {
            return None;
        }
        let from = self.article.paragraphs[paragraph.saturating_sub(1)].start;
        let region = &self.text[from..span.start];
        let (i, _) = region.rmatch_indices(head.as_str()).find(|&(i, _)| {
            let after = &region[i + head.len()..];
            let before = region[..i].trim_end_matches(' ');
            let named = before.len() < region[..i].len() && before.ends_with(|c: char| c.is_alphabetic());
            let capital = before.rsplit(' ').next().is_some_and(is_capitalized);
            named && capital && !after.starts_with(char::is_alphabetic) && !self.is_quoted(from + i)
        })?;
        // back over the capitalised words of the name and a possessive owner ("Russia's")
        let mut start = i;
        for word in region[..i].split(' ').rev().skip(1) {
            let bare = word.trim_end_matches("'s").trim_end_matches("’s");
            let determiner = is_article(bare);
            let capitalised = is_capitalized(bare);
            if determiner || !capitalised || !bare.chars().all(|c| c.is_alphabetic() || c == '-' || c == '.') {
                break;
            }
            start -= word.len() + 1;
        }
        let span = from + start..from + i + head.len();
        Some(Decision { who: Who::Named(SpeakerKind::Organisation), basis: SpeakerBasis::Pronoun, span })
    }

    /// The organisation a body named by its kind stands for (`the bloc`, `The group`: a
    /// `collective_nouns` word of the language data right after `the`), the subject at byte
    /// `at` of paragraph `paragraph`: the one `it` there would stand for
    /// ([`Self::it_antecedent`]) when that is a named organisation (`Kataib Hezbollah vowed
    /// revenge. “…,” the group said`). `None` otherwise: the description stays the speaker.
    pub(super) fn collective(&self, span: &Range<usize>, at: usize, paragraph: usize) -> Option<Decision> {
        let noun = kind_noun(&self.text[span.clone()])?;
        if !self.lang.lower_word(&noun.to_lowercase()).collective {
            return None;
        }
        // read back from the description in its own paragraph (an antecedent found for a later
        // quote may stand in the paragraph before), so that each step of a chain (`The group
        // said … “…,” the group said`) reads earlier text than the one before
        let own = self.article.paragraph_at(span.start).map_or(paragraph, |own| own.min(paragraph));
        self.hop(|| self.it_antecedent(at.min(span.start), own))
            .filter(|d| matches!(d.who, Who::Named(SpeakerKind::Organisation)))
    }
}

/// The words after `the` of a described subject that names a kind (`the bloc`, `The
/// company`, `the foreign ministry`), `the` in any case; `None` for any other description.
pub(super) fn kind_noun(description: &str) -> Option<&str> {
    let (the, noun) = description.split_once(' ')?;
    the.eq_ignore_ascii_case("the").then_some(noun)
}
