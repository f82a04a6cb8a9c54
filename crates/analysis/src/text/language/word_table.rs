//! A table of words with what each is, behind a [`Sieve`] that answers most look-ups of
//! words it does not hold without hashing them.

use rustc_hash::FxHashMap;

use crate::text::sieve::Sieve;

/// Words with what each is, and a [`Sieve`] of them.
#[derive(Debug, Clone)]
pub(super) struct WordTable<T> {
    kinds: FxHashMap<String, T>,
    sieve: Sieve,
}

impl<T: Copy + Default> WordTable<T> {
    pub(super) fn new() -> Self {
        WordTable { kinds: FxHashMap::default(), sieve: Sieve::new() }
    }

    /// Records a fact about `word`.
    pub(super) fn mark(&mut self, word: &str, set: impl FnOnce(&mut T)) {
        self.sieve.insert_word(word.as_bytes());
        set(self.kinds.entry(word.to_string()).or_default());
    }

    /// False when no word held has this length, first byte and last byte.
    pub(super) fn may_hold(&self, len: usize, first: u8, last: u8) -> bool {
        self.sieve.may_hold(len, first, last)
    }

    /// What `word` is, exactly as written; the default when it is not held.
    pub(super) fn get(&self, word: &str) -> T {
        if !self.sieve.may_hold_word(word.as_bytes()) {
            return T::default();
        }
        self.kinds.get(word).copied().unwrap_or_default()
    }
}
