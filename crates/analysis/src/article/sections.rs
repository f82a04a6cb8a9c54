//! The sections of an article — its title and body paragraphs — each folded for matching
//! and split into words once, for every stage of the analysis to share.

use std::ops::Range;

use crate::article::Article;
use crate::text::fold::{Feed, Folded, fold_and_split};
use crate::text::language::Language;
use crate::text::words::{Region, is_capitalized};

/// Title (when there is one) then body paragraphs, with their folded text and words.
pub(crate) struct Sections<'a> {
    /// Byte ranges: the title first when `has_title`, then the paragraphs in order.
    pub ranges: Vec<Range<usize>>,
    /// The folded text of each range.
    pub folded: Vec<Folded>,
    /// The words of each range.
    pub words: Vec<Region<'a>>,
    /// For each word of each range, true when it is capitalised and a known place or
    /// organisation (a gazetteer alias), or a word of one named in several words
    /// ([`Sections::mark_mentions`]): such a word is never part of a person's name.
    pub aliases: Vec<Vec<bool>>,
    /// For each range, true when one of its capitalised words is a gazetteer alias by itself
    /// (what the red-line stage reads as a range naming a place), whatever
    /// [`Sections::mark_mentions`] marks later.
    pub holds_alias: Vec<bool>,
    /// True when the first range is the title.
    pub has_title: bool,
}

impl<'a> Sections<'a> {
    /// Folds and tokenises the title and paragraphs of `article` in one pass each; each word
    /// is classified in `lang`'s lists when first asked, and the capitalised words for which
    /// `is_alias` holds are marked.
    pub fn new(text: &'a str, article: &Article, lang: &'a Language, is_alias: impl Fn(&str) -> bool) -> Self {
        Sections::fed(text, article, lang, is_alias, || ()).0
    }

    /// [`Sections::new`], each section's folded bytes fed as they are made to a feed of its
    /// own from `feed`: the feeds, in the order of the sections.
    pub fn fed<F: Feed>(
        text: &'a str,
        article: &Article,
        lang: &'a Language,
        is_alias: impl Fn(&str) -> bool,
        mut feed: impl FnMut() -> F,
    ) -> (Self, Vec<F>) {
        let ranges: Vec<Range<usize>> = article.title.iter().chain(&article.paragraphs).cloned().collect();
        let mut feeds = Vec::with_capacity(ranges.len());
        let (folded, words): (Vec<Folded>, Vec<Region>) = ranges
            .iter()
            .map(|r| {
                let mut f = feed();
                let (folded, words) = fold_and_split(text, r.clone(), &mut f);
                feeds.push(f);
                (folded, Region::new(text, words, lang))
            })
            .unzip();
        let aliases: Vec<Vec<bool>> = words
            .iter()
            .map(|r| {
                r.words
                    .iter()
                    .map(|w| {
                        let s = &text[w.range.clone()];
                        is_capitalized(s) && is_alias(s)
                    })
                    .collect()
            })
            .collect();
        let holds_alias = aliases.iter().map(|a| a.contains(&true)).collect();
        (Sections { ranges, folded, words, aliases, holds_alias, has_title: article.title.is_some() }, feeds)
    }

    /// Marks as aliases the capitalised words inside `mentions`, byte ranges of the
    /// gazetteer's mentions in text order: the words of a place named in several words
    /// ("North Korean", "South Korean"), none of them an alias alone, are no name either.
    pub fn mark_mentions(&mut self, text: &str, mentions: impl Iterator<Item = Range<usize>>) {
        let mut section = 0;
        for m in mentions {
            while section < self.ranges.len() && self.ranges[section].end < m.end {
                section += 1;
            }
            let Some(words) = self.words.get(section) else { return };
            let first = words.words.partition_point(|w| w.range.start < m.start);
            for (i, w) in words.words.iter().enumerate().skip(first).take_while(|(_, w)| w.range.end <= m.end) {
                self.aliases[section][i] |= is_capitalized(&text[w.range.clone()]);
            }
        }
    }

    /// The words of the body paragraphs only.
    pub fn paragraph_words(&self) -> &[Region<'a>] {
        &self.words[usize::from(self.has_title)..]
    }

    /// The alias marks of the body paragraphs' words only (see [`Sections::aliases`]).
    pub fn paragraph_aliases(&self) -> &[Vec<bool>] {
        &self.aliases[usize::from(self.has_title)..]
    }
}
