//! The literals of one automaton over many patterns: each distinct literal once, the patterns
//! it anchors, and its words, so that the literals a text can hold are found by looking each
//! distinct word up once rather than each literal's words one by one.

use std::borrow::Cow;

use rustc_hash::FxHashMap;
use zerocopy::little_endian::U32;

use crate::fold::is_word_char;
use crate::strings::Strings;

/// Lists of numbers, one after the other: a lexicon's thousands of short lists are two
/// allocations, and copy as two, or none when borrowed from the stored bytes.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Lists {
    /// Where each list ends in `items`.
    ends: Cow<'static, [U32]>,
    /// The lists.
    items: Cow<'static, [U32]>,
}

impl Lists {
    /// The lists of `items` that end at `ends`, borrowed; `None` unless each ends at or after
    /// the one before, the last within `items`.
    pub(crate) fn borrowed(ends: &'static [U32], items: &'static [U32]) -> Option<Lists> {
        let ordered = ends.windows(2).all(|p| p[0].get() <= p[1].get());
        let within = ends.last().is_none_or(|last| last.get() as usize <= items.len());
        (ordered && within).then_some(Lists { ends: Cow::Borrowed(ends), items: Cow::Borrowed(items) })
    }

    /// List `at`.
    ///
    /// # Panics
    /// If `at` is not below [`Lists::len`].
    #[inline]
    pub fn of(&self, at: usize) -> impl ExactSizeIterator<Item = u32> + Clone + '_ {
        let start = at.checked_sub(1).map_or(0, |before| self.ends[before].get() as usize);
        self.items[start..self.ends[at].get() as usize].iter().map(|n| n.get())
    }

    /// Adds a list after the others.
    pub fn push(&mut self, items: impl IntoIterator<Item = u32>) {
        let all = self.items.to_mut();
        all.extend(items.into_iter().map(U32::new));
        let end = U32::new(u32::try_from(all.len()).expect("fewer than 2^32 items"));
        self.ends.to_mut().push(end);
    }

    /// The number of lists.
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    /// Whether there is no list.
    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    /// Where each list ends, and all their items (for storing them).
    pub(crate) fn parts(&self) -> (&[U32], &[U32]) {
        (&self.ends, &self.items)
    }

    /// Whether every item is below `bound`.
    pub(crate) fn all_below(&self, bound: usize) -> bool {
        self.items.iter().all(|n| (n.get() as usize) < bound)
    }
}

/// The distinct literals of many patterns' anchors (or of plain phrases), with the patterns
/// each anchors and the words each is made of.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Literals {
    /// The literals, folded, in the order first seen, none empty.
    pub texts: Strings,
    /// For each literal, the patterns it anchors, each once, in the order first seen.
    pub owners: Lists,
    /// The distinct words of the literals: their runs of word characters ([`is_word_char`]).
    pub vocabulary: Strings,
    /// For each literal, its words by their index in `vocabulary`, in order.
    pub words: Lists,
}

impl Literals {
    /// The literals of `heads` (literal, pattern), empty ones left out.
    pub fn new(heads: impl IntoIterator<Item = (String, usize)>) -> Self {
        let heads = heads.into_iter();
        let mut slots: FxHashMap<String, usize> =
            FxHashMap::with_capacity_and_hasher(heads.size_hint().0, Default::default());
        let mut owners: Vec<Vec<u32>> = Vec::with_capacity(heads.size_hint().0);
        for (head, pattern) in heads {
            if head.is_empty() {
                continue;
            }
            let next = owners.len();
            let slot = *slots.entry(head).or_insert(next);
            if slot == next {
                owners.push(Vec::new());
            }
            let pattern = u32::try_from(pattern).expect("fewer than 2^32 patterns");
            if !owners[slot].contains(&pattern) {
                owners[slot].push(pattern);
            }
        }
        let mut in_order = vec![String::new(); owners.len()];
        for (literal, slot) in slots {
            in_order[slot] = literal;
        }
        let mut vocabulary = Strings::default();
        let mut ids: FxHashMap<&str, u32> = FxHashMap::default();
        let mut words = Lists::default();
        for text in &in_order {
            words.push(runs(text).map(|run| {
                *ids.entry(run).or_insert_with(|| {
                    vocabulary.push(run);
                    u32::try_from(vocabulary.len() - 1).expect("fewer than 2^32 words")
                })
            }));
        }
        let mut lists = Lists::default();
        owners.into_iter().for_each(|patterns| lists.push(patterns));
        Literals { texts: in_order.iter().collect(), owners: lists, vocabulary, words }
    }

    /// The number of literals.
    pub fn len(&self) -> usize {
        self.texts.len()
    }

    /// Whether there is no literal.
    pub fn is_empty(&self) -> bool {
        self.texts.is_empty()
    }

    /// The literals, by index, that can occur as whole words in a text when `held` says
    /// which words the text holds and `adjacent` which two stand on either side of other
    /// characters in it (redline-analysis's `Folded::word_pieces` gives both): those whose
    /// words are all held, each two in a row adjacent. Each distinct word is looked up once,
    /// and pairs only for the literals whose words are all held.
    pub fn can_occur(&self, held: impl Fn(&str) -> bool, adjacent: impl Fn(&str, &str) -> bool) -> Vec<usize> {
        let present: Vec<bool> = self.vocabulary.iter().map(held).collect();
        let word = |w: u32| self.vocabulary.get(w as usize);
        (0..self.len())
            .filter(|&l| {
                let words = self.words.of(l);
                words.clone().all(|w| present[w as usize])
                    && words.clone().zip(words.skip(1)).all(|(a, b)| adjacent(word(a), word(b)))
            })
            .collect()
    }
}

/// The runs of word characters of `literal`.
fn runs(literal: &str) -> impl Iterator<Item = &str> {
    literal.split(|c: char| !is_word_char(c)).filter(|run| !run.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn literals_are_distinct_with_their_patterns_and_words() {
        let heads = [("will not wait", 0), ("won't wait", 1), ("will not wait", 1), ("", 2), ("will not wait", 0)];
        let l = Literals::new(heads.map(|(h, p)| (h.to_string(), p)));
        assert_eq!(l.texts, ["will not wait", "won't wait"]);
        assert_eq!(l.owners.of(0).collect::<Vec<_>>(), [0, 1]);
        assert_eq!(l.owners.of(1).collect::<Vec<_>>(), [1]);
        assert_eq!(l.vocabulary, ["will", "not", "wait", "won", "t"]);
        assert_eq!(l.words.of(1).collect::<Vec<_>>(), [3, 4, 2]);
        assert_eq!(l.can_occur(|w| w != "t", |_, _| true), [0]);
        assert_eq!(l.can_occur(|_| true, |_, _| true), [0, 1]);
        assert_eq!(l.can_occur(|_| true, |a, b| (a, b) != ("not", "wait")), [1]);
    }
}
