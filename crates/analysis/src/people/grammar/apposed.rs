//! A name that a description of its kind sets off after it (`Sonatrach, the state energy
//! company, said`, `Veltra, a Lisbon-based group, said`): the name is an organisation's,
//! whatever the words of it are, because the apposition says what kind of body it is.

use super::{Grammar, Subject};
use crate::model::SpeakerKind;
use crate::text::words::{is_article, is_capitalized};

/// Most capitalised words of a name before its apposition.
const NAME_WORDS: usize = 5;

impl Grammar<'_> {
    /// The organisation named by the capitalised words that open the words read and end at
    /// word `k`, when an apposition from word `k + 1` to word `e` (between commas) opens with
    /// an article and ends with a noun of a business's or a body's kind (`firm_nouns`,
    /// `collective_nouns` of the language data).
    pub(super) fn named_before_apposition(&self, k: usize, e: usize) -> Option<Subject> {
        let r = &self.r;
        let kind = r.kind(e).lower;
        let apposed = k + 2 <= e
            && is_article(r.word(k + 1))
            && (kind.firm || kind.collective)
            && (k + 2..=e).all(|j| self.gap(j).is_empty());
        let name = k < NAME_WORDS && (0..=k).all(|j| is_capitalized(r.word(j)) && (j == 0 || self.gap(j).is_empty()));
        (apposed && name && !r.kind(0).lower.function)
            .then(|| Subject::Named { kind: SpeakerKind::Organisation, span: self.range(0, k) })
    }
}
