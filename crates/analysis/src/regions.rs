//! The title and body paragraphs of an article, each folded for matching and split into
//! words once, for every stage of the analysis to share.

use std::ops::Range;

use crate::article::Article;
use crate::fold::Folded;
use crate::gazetteer::Gazetteer;
use crate::names::Region;
use crate::words::is_capitalized;

/// Title (when there is one) then body paragraphs, with their folded text and words.
pub(crate) struct Regions<'a> {
    /// Byte ranges: the title first when `has_title`, then the paragraphs in order.
    pub ranges: Vec<Range<usize>>,
    /// The folded text of each range.
    pub folded: Vec<Folded>,
    /// The words of each range.
    pub words: Vec<Region<'a>>,
    /// True when the first range is the title.
    pub has_title: bool,
}

impl<'a> Regions<'a> {
    /// Folds and tokenises the title and paragraphs of `article`, marking the capitalised
    /// words that are gazetteer aliases.
    pub fn new(text: &'a str, article: &Article, gaz: &Gazetteer) -> Self {
        let ranges: Vec<Range<usize>> = article.title.iter().chain(&article.paragraphs).cloned().collect();
        let folded = ranges.iter().map(|r| Folded::new(&text[r.clone()], r.start)).collect();
        let mut words: Vec<Region> = ranges.iter().map(|r| Region::new(text, r.clone())).collect();
        for w in words.iter_mut().flat_map(|r| r.words.iter_mut()) {
            let s = &text[w.range.clone()];
            w.alias = is_capitalized(s) && gaz.is_alias(s);
        }
        Regions { ranges, folded, words, has_title: article.title.is_some() }
    }

    /// The words of the body paragraphs only.
    pub fn paragraph_words(&self) -> &[Region<'a>] {
        &self.words[usize::from(self.has_title)..]
    }
}
