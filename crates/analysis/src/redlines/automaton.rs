//! One Aho-Corasick automaton over many literals, and two ways to find every occurrence of
//! every literal, overlapping ones included: a search of a folded text that reads its two
//! halves side by side, in about half the time of a plain left-to-right search
//! ([`Automaton::find_overlapping`]), and a search fed each byte as the text is folded
//! ([`Stepper`]).

use aho_corasick::automaton::{Automaton as Search, StateID};
use aho_corasick::{Anchored, MatchKind, dfa, nfa};

use crate::text::fold::Feed;

/// Literals in one automaton.
#[derive(Debug, Clone)]
pub enum Automaton {
    /// A noncontiguous NFA.
    Nfa(nfa::noncontiguous::NFA),
    /// A DFA.
    Dfa(dfa::DFA),
}

impl Automaton {
    /// An automaton quick to build, for searching one article: the noncontiguous NFA, which
    /// the others are made from. (No prefilter: [`Automaton::find_overlapping`] steps through
    /// every byte.)
    pub fn for_one<L: AsRef<[u8]>>(literals: impl IntoIterator<Item = L>) -> Automaton {
        let nfa = nfa::noncontiguous::Builder::new().match_kind(MatchKind::Standard).prefilter(false).build(literals);
        Automaton::Nfa(nfa.expect("literal patterns always build"))
    }

    /// An automaton some milliseconds slower to build and faster per byte, for many articles.
    pub fn for_many<L: AsRef<[u8]>>(literals: impl IntoIterator<Item = L>) -> Automaton {
        let dfa = dfa::Builder::new().match_kind(MatchKind::Standard).prefilter(false).build(literals);
        Automaton::Dfa(dfa.expect("literal patterns always build"))
    }

    /// The length in bytes of the longest literal.
    pub fn max_literal_len(&self) -> usize {
        match self {
            Automaton::Nfa(nfa) => nfa.max_pattern_len(),
            Automaton::Dfa(dfa) => dfa.max_pattern_len(),
        }
    }

    /// Calls `found(literal, start, end)` for every occurrence of every literal (by its index
    /// in the list the automaton was built from) in `text`, overlapping ones included.
    pub fn find_overlapping(&self, text: &[u8], found: &mut dyn FnMut(usize, usize, usize)) {
        match self {
            Automaton::Nfa(nfa) => scan_in_halves(nfa, text, found),
            Automaton::Dfa(dfa) => scan_in_halves(dfa, text, found),
        }
    }
}

/// An occurrence of a literal: (literal, start, end) in the text searched.
pub type Occurrence = (u32, u32, u32);

/// A search of one text fed byte by byte as it is folded ([`Feed`]): every occurrence of
/// every literal, overlapping ones included, as [`Automaton::find_overlapping`] finds them.
pub struct Stepper<'a, A> {
    automaton: &'a A,
    state: StateID,
    /// The occurrences so far, in the order of their ends.
    pub found: Vec<Occurrence>,
}

impl<'a, A: Search> Stepper<'a, A> {
    /// A search with `automaton` at the start of a text.
    pub fn new(automaton: &'a A) -> Self {
        let state = automaton.start_state(Anchored::No).expect("an unanchored search is always supported");
        Stepper { automaton, state, found: Vec::new() }
    }
}

impl<A: Search> Feed for Stepper<'_, A> {
    #[inline(always)]
    fn byte(&mut self, byte: u8, end: usize) {
        let a = self.automaton;
        self.state = a.next_state(Anchored::No, self.state, byte);
        if a.is_match(self.state) {
            let found = &mut self.found;
            matches_ending(a, self.state, end, |literal, start| found.push((literal as u32, start as u32, end as u32)));
        }
    }
}

/// Calls `found(literal, start)` for each literal that `state` (a match state reached at
/// offset `end`) reports, with the offset where that occurrence starts.
#[inline(always)]
fn matches_ending<A: Search>(automaton: &A, state: StateID, end: usize, mut found: impl FnMut(usize, usize)) {
    for k in 0..automaton.match_len(state) {
        let literal = automaton.match_pattern(state, k);
        found(literal.as_usize(), end - automaton.pattern_len(literal));
    }
}

/// [`Automaton::find_overlapping`]. The two halves of the text are read in step, each by its own
/// copy of the automaton: every step of a search waits for the state the step before it
/// loaded, and two searches side by side hide much of that wait. The first copy reads on past
/// the middle for the occurrences that start before it; the second reports the others.
fn scan_in_halves<A: Search>(automaton: &A, text: &[u8], found: &mut dyn FnMut(usize, usize, usize)) {
    let start = automaton.start_state(Anchored::No).expect("an unanchored search is always supported");
    let middle = text.len() / 2;
    let first_end = (middle + automaton.max_pattern_len()).min(text.len());
    let (first, second) = (&text[..first_end], &text[middle..]);
    let report = |state, end: usize, found: &mut dyn FnMut(usize, usize, usize), below: usize| {
        matches_ending(automaton, state, end, |literal, begin| {
            if begin < below {
                found(literal, begin, end);
            }
        });
    };
    let (mut a, mut b) = (start, start);
    let both = first.len().min(second.len());
    for i in 0..both {
        a = automaton.next_state(Anchored::No, a, first[i]);
        b = automaton.next_state(Anchored::No, b, second[i]);
        if automaton.is_match(a) {
            report(a, i + 1, found, middle);
        }
        if automaton.is_match(b) {
            report(b, middle + i + 1, found, usize::MAX);
        }
    }
    for (i, &byte) in first.iter().enumerate().skip(both) {
        a = automaton.next_state(Anchored::No, a, byte);
        if automaton.is_match(a) {
            report(a, i + 1, found, middle);
        }
    }
    for (i, &byte) in second.iter().enumerate().skip(both) {
        b = automaton.next_state(Anchored::No, b, byte);
        if automaton.is_match(b) {
            report(b, middle + i + 1, found, usize::MAX);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reading_in_halves_finds_every_occurrence_once() {
        let literals: Vec<String> = ["ab", "b", "abc", "c a", "bb"].map(String::from).to_vec();
        for trie in [Automaton::for_one(&literals), Automaton::for_many(&literals)] {
            // every text of up to 7 letters over "abc " (21,845 texts)
            for n in 0..=7u32 {
                for code in 0..4usize.pow(n) {
                    let text: String = (0..n).map(|i| b"abc "[code / 4usize.pow(i) % 4] as char).collect();
                    let mut found = Vec::new();
                    let mut add = |l: usize, a: usize, b: usize| found.push((a, b, l));
                    trie.find_overlapping(text.as_bytes(), &mut add);
                    found.sort_unstable();
                    let mut expected: Vec<(usize, usize, usize)> = (0..text.len())
                        .flat_map(|a| literals.iter().enumerate().map(move |(l, lit)| (a, a + lit.len(), l)))
                        .filter(|&(a, b, l)| text.get(a..b) == Some(literals[l].as_str()))
                        .collect();
                    expected.sort_unstable();
                    assert_eq!(found, expected, "{text:?}");
                }
            }
        }
    }
}
