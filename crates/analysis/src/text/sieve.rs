//! A prefilter for word look-ups: most words are turned away by their length and first and
//! last bytes before any hashing. Used by the language tables and the gazetteer.

/// A filter that turns most words away without hashing them: one bit for each (length,
/// first byte, last byte) of a word put in. It never turns away a word put in.
#[derive(Debug, Clone)]
pub(crate) struct Sieve([u64; 64]);

impl Sieve {
    /// An empty sieve.
    pub fn new() -> Self {
        Sieve([0; 64])
    }

    /// The bit of a word: its place in the sieve and the mask in it.
    fn bit(len: usize, first: u8, last: u8) -> (usize, u64) {
        let key = (len as u32) << 16 | u32::from(first) << 8 | u32::from(last);
        let bit = key.wrapping_mul(0x9E37_79B1) >> 20;
        ((bit >> 6) as usize, 1 << (bit & 63))
    }

    /// Lets words of this length, first byte and last byte through.
    fn insert(&mut self, len: usize, first: u8, last: u8) {
        let (at, bit) = Sieve::bit(len, first, last);
        self.0[at] |= bit;
    }

    /// False when no word put in has this length, first byte and last byte.
    pub fn may_hold(&self, len: usize, first: u8, last: u8) -> bool {
        let (at, bit) = Sieve::bit(len, first, last);
        self.0[at] & bit != 0
    }

    /// Lets `word` (and words of its length and ends) through.
    pub fn insert_word(&mut self, word: &[u8]) {
        let (first, last) = ends(word);
        self.insert(word.len(), first, last);
    }

    /// False when no word put in has the length and ends of `word`.
    pub fn may_hold_word(&self, word: &[u8]) -> bool {
        let (first, last) = ends(word);
        self.may_hold(word.len(), first, last)
    }
}

/// The first and last bytes of a word (0 for an empty one).
fn ends(word: &[u8]) -> (u8, u8) {
    (word.first().copied().unwrap_or(0), word.last().copied().unwrap_or(0))
}
