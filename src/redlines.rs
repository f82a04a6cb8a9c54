//! Red-line hits (stub: filled in next).
use crate::analysis::RedLine;
use crate::article::Article;
use crate::language::Language;
use crate::lexicon::Lexicon;

/// Every red-line hit in the title and body.
pub fn find(_text: &str, _article: &Article, _lexicon: &Lexicon, _lang: &Language) -> Vec<RedLine> {
    Vec::new()
}
