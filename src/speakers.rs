//! Speakers (stub: filled in next).
use crate::analysis::SpeakerBasis;
use crate::article::Article;
use crate::gazetteer::Gazetteer;
use crate::language::Language;
use crate::quotes::FoundQuote;

/// People named in an article.
#[derive(Debug, Default)]
pub struct People;

impl People {
    /// Finds the people of an article.
    pub fn find(_text: &str, _article: &Article, _lang: &Language, _gaz: &Gazetteer) -> Self {
        People
    }
}

/// The speaker of each quote.
pub fn attribute(_text: &str, _article: &Article, quotes: &[FoundQuote], _people: &People, _lang: &Language) -> Vec<Option<(String, SpeakerBasis)>> {
    vec![None; quotes.len()]
}
