//! Numbers stored as bytes: a list of `u32` written as one byte string of little-endian
//! words, for `#[serde(with = "crate::packed")]`. postcard writes each number of a plain list
//! as a variable-length integer, read back one call at a time; the stored lexicon's tens of
//! thousands of numbers (literal owners and words, string ends) read back as one byte string
//! instead, a few instructions each.

use serde::de::{Error, Visitor};
use serde::{Deserializer, Serializer};

/// Writes `numbers` as one byte string.
pub fn serialize<S: Serializer>(numbers: &[u32], serializer: S) -> Result<S::Ok, S::Error> {
    let bytes: Vec<u8> = numbers.iter().flat_map(|n| n.to_le_bytes()).collect();
    serializer.serialize_bytes(&bytes)
}

/// Reads back what [`serialize`] wrote.
pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Vec<u32>, D::Error> {
    deserializer.deserialize_bytes(Numbers)
}

struct Numbers;

impl Visitor<'_> for Numbers {
    type Value = Vec<u32>;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a byte string of little-endian u32")
    }

    fn visit_bytes<E: Error>(self, bytes: &[u8]) -> Result<Vec<u32>, E> {
        let words = bytes.chunks_exact(4);
        if !words.remainder().is_empty() {
            return Err(E::invalid_length(bytes.len(), &self));
        }
        Ok(words.map(|w| u32::from_le_bytes([w[0], w[1], w[2], w[3]])).collect())
    }
}
