//! Numbers stored as bytes: a list of `u32` as one byte string of little-endian words.
//! postcard writes each number of a plain list as a variable-length integer, to be read back
//! one call at a time into a new vector; the stored lexicon's tens of thousands of numbers
//! (string ends, literal owners and words) are instead borrowed as they are, each read where
//! it is needed.

use serde::Serializer;
use zerocopy::little_endian::U32;
use zerocopy::{FromBytes, IntoBytes};

/// Writes `numbers` as one byte string (`#[serde(serialize_with = "crate::packed::serialize")]`
/// on a field of bytes, borrowed back as `&[u8]`).
pub fn serialize<S: Serializer>(numbers: &[u8], serializer: S) -> Result<S::Ok, S::Error> {
    serializer.serialize_bytes(numbers)
}

/// The bytes of `numbers`, for [`serialize`].
pub fn bytes(numbers: &[U32]) -> &[u8] {
    numbers.as_bytes()
}

/// The numbers [`bytes`] gave, borrowed; `None` if the bytes are no whole number of words.
pub fn numbers(bytes: &[u8]) -> Option<&[U32]> {
    <[U32]>::ref_from_bytes(bytes).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_read_back_from_their_bytes_wherever_these_start() {
        let list = [U32::new(7), U32::new(70_000)];
        let mut stored = vec![0u8];
        stored.extend_from_slice(bytes(&list));
        assert_eq!(numbers(&stored[1..]), Some(&list[..]), "bytes at an odd address");
        assert_eq!(numbers(&stored[1..8]), None);
    }
}
