//! The literals of one automaton over many patterns: each distinct literal once, the patterns
//! it anchors, and its words, so that the literals a text can hold are found by looking each
//! distinct word up once rather than each literal's words one by one.

use rustc_hash::FxHashMap;
use serde::{Deserialize, Serialize};

use crate::fold::is_word_char;
use crate::pattern::Phrase;

/// Lists of numbers, one after the other in one vector: a lexicon's thousands of short lists
/// are two allocations, and copy as two.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Lists {
    /// Where each list ends in `items`.
    #[serde(with = "crate::packed")]
    ends: Vec<u32>,
    /// The lists.
    #[serde(with = "crate::packed")]
    items: Vec<u32>,
}

impl Lists {
    /// List `at`.
    #[inline]
    pub fn of(&self, at: usize) -> &[u32] {
        let start = at.checked_sub(1).map_or(0, |before| self.ends[before] as usize);
        &self.items[start..self.ends[at] as usize]
    }

    /// Adds a list after the others.
    pub fn push(&mut self, items: impl IntoIterator<Item = u32>) {
        self.items.extend(items);
        self.ends.push(u32::try_from(self.items.len()).expect("fewer than 2^32 items"));
    }

    /// The number of lists.
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    /// Whether there is no list.
    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }
}

/// The distinct literals of many patterns' anchors (or of plain phrases), with the patterns
/// each anchors and the words each is made of.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Literals {
    /// The literals, folded, in the order first seen, none empty.
    pub texts: Vec<Phrase>,
    /// For each literal, the patterns it anchors, each once, in the order first seen.
    pub owners: Lists,
    /// The distinct words of the literals: their runs of word characters ([`is_word_char`]).
    pub vocabulary: Vec<Phrase>,
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
        let mut texts = vec![Phrase::default(); owners.len()];
        for (literal, slot) in slots {
            texts[slot] = Phrase::Owned(literal);
        }
        let mut vocabulary = Vec::new();
        let mut ids: FxHashMap<&str, u32> = FxHashMap::default();
        let mut words = Lists::default();
        for text in &texts {
            words.push(runs(text).map(|run| {
                *ids.entry(run).or_insert_with(|| {
                    vocabulary.push(Phrase::Owned(run.to_string()));
                    u32::try_from(vocabulary.len() - 1).expect("fewer than 2^32 words")
                })
            }));
        }
        let mut lists = Lists::default();
        owners.into_iter().for_each(|patterns| lists.push(patterns));
        Literals { texts, owners: lists, vocabulary, words }
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
        let present: Vec<bool> = self.vocabulary.iter().map(|w| held(w)).collect();
        let word = |w: &u32| &*self.vocabulary[*w as usize];
        (0..self.len())
            .filter(|&l| {
                let words = self.words.of(l);
                words.iter().all(|&w| present[w as usize])
                    && words.windows(2).all(|p| adjacent(word(&p[0]), word(&p[1])))
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
        assert_eq!((l.owners.of(0), l.owners.of(1)), (&[0, 1][..], &[1][..]));
        assert_eq!(l.vocabulary, ["will", "not", "wait", "won", "t"]);
        assert_eq!(l.words.of(1), [3, 4, 2]);
        assert_eq!(l.can_occur(|w| w != "t", |_, _| true), [0]);
        assert_eq!(l.can_occur(|_| true, |_, _| true), [0, 1]);
        assert_eq!(l.can_occur(|_| true, |a, b| (a, b) != ("not", "wait")), [1]);
    }
}
