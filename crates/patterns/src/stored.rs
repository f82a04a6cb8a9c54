//! A compiled lexicon as bytes: what redline-analysis's build script writes for the bundled
//! lexicon and its `Lexicon::bundled` reads back at every start.
//!
//! The bytes are [postcard](https://docs.rs/postcard) of the lexicon laid out to be read back
//! at little cost, as most of it is borrowed where it lies rather than copied: every string
//! (each literal, each of their words, each phrase of each distinct phrase list, list after
//! list) is written one after the other as one string, with where each ends as little-endian
//! numbers; the literals, their words and each phrase list are [`Strings`] over a stretch of
//! them, and the literals' lists of patterns and words are [`Lists`] over the stored numbers.
//! Each is checked once as it is read back (strings end at character boundaries, lists hold
//! what they name), so that no stored bytes make a later read panic. Each distinct phrase
//! list is held once, and every item names its list by number: a class's phrases, named by
//! many patterns, are one list in the compiled lexicon as in the bytes.

use std::collections::HashMap;
use std::ops::Range;
use std::sync::Arc;

use serde::{Deserialize, Serialize};
use zerocopy::little_endian::U32;

use crate::lexicon::CompiledLexicon;
use crate::literals::{Lists, Literals};
use crate::packed::{self, bytes};
use crate::pattern::Phrases;
use crate::strings::Strings;

/// The stored form. Its byte fields are little-endian `u32`s ([`packed`]).
#[derive(Serialize, Deserialize)]
struct Stored<'a> {
    /// Every string, one after the other: the literals, their words, then the phrases of each
    /// phrase list, list after list.
    text: &'a str,
    /// Where each string ends in `text`.
    #[serde(serialize_with = "packed::serialize")]
    ends: &'a [u8],
    /// The number of literals.
    literals: u32,
    /// The number of the literals' words.
    vocabulary: u32,
    /// Where each phrase list ends among the strings (each starts where the one before ends,
    /// the first after the literals' words).
    #[serde(serialize_with = "packed::serialize")]
    lists: &'a [u8],
    /// Where each literal's list of patterns ends in `owners`.
    #[serde(serialize_with = "packed::serialize")]
    owner_ends: &'a [u8],
    /// The patterns each literal anchors.
    #[serde(serialize_with = "packed::serialize")]
    owners: &'a [u8],
    /// Where each literal's list of words ends in `words`.
    #[serde(serialize_with = "packed::serialize")]
    word_ends: &'a [u8],
    /// The words of each literal, by number among the literals' words.
    #[serde(serialize_with = "packed::serialize")]
    words: &'a [u8],
    /// The rest of the lexicon (its literals are above), its items naming their phrase
    /// lists by number.
    lexicon: CompiledLexicon<u32>,
}

fn count(n: usize) -> u32 {
    u32::try_from(n).expect("fewer than 2^32 strings")
}

/// The bytes of `lexicon`, for [`from_bytes`]. Phrase lists equal in content are stored once
/// (they are never changed, so sharing them changes nothing of what a pattern checks).
pub fn to_bytes(lexicon: &CompiledLexicon) -> Vec<u8> {
    let mut lists: HashMap<Phrases, u32> = HashMap::new();
    let mut table: Vec<Phrases> = Vec::new();
    let rest = lexicon.clone().map_phrases(|list| {
        *lists.entry(list).or_insert_with_key(|list| {
            table.push(Arc::clone(list));
            count(table.len() - 1)
        })
    });
    let literals = &lexicon.literals;
    let mut strings: Strings = literals.texts.iter().chain(literals.vocabulary.iter()).collect();
    let mut list_ends = Vec::with_capacity(table.len());
    for list in &table {
        strings.extend(list.iter());
        list_ends.push(U32::new(count(strings.len())));
    }
    let (text, ends) = strings.parts();
    let ((owner_ends, owners), (word_ends, words)) = (literals.owners.parts(), literals.words.parts());
    let stored = Stored {
        text,
        ends: bytes(ends),
        literals: count(literals.len()),
        vocabulary: count(literals.vocabulary.len()),
        lists: bytes(&list_ends),
        owner_ends: bytes(owner_ends),
        owners: bytes(owners),
        word_ends: bytes(word_ends),
        words: bytes(words),
        lexicon: rest,
    };
    postcard::to_allocvec(&stored).expect("a compiled lexicon serializes")
}

/// Why stored bytes could not be read back.
#[derive(Debug, thiserror::Error)]
pub enum StoredError {
    /// The bytes are not a stored lexicon.
    #[error("not a stored lexicon: {0}")]
    Postcard(#[from] postcard::Error),
    /// A string, a phrase list or a literal that the bytes name is not in them.
    #[error("the stored lexicon names {0} it does not hold")]
    Missing(&'static str),
}

/// The numbers of stored bytes.
fn numbers(stored: &'static [u8]) -> Result<&'static [U32], StoredError> {
    packed::numbers(stored).ok_or(StoredError::Missing("whole numbers"))
}

/// The lexicon [`to_bytes`] stored, equal to the one it was given; its strings and the
/// literals' lists are borrowed from `bytes`.
pub fn from_bytes(bytes: &'static [u8]) -> Result<CompiledLexicon, StoredError> {
    let stored: Stored<'static> = postcard::from_bytes(bytes)?;
    let strings = Strings::borrowed(stored.text, numbers(stored.ends)?).ok_or(StoredError::Missing("a string"))?;
    let view = |range: Range<usize>| strings.view(range).ok_or(StoredError::Missing("a string"));
    let (literals, words) = (stored.literals as usize, stored.vocabulary as usize);
    let mut start = literals + words;
    let list_ends = numbers(stored.lists)?;
    let mut table: Vec<Phrases> = Vec::with_capacity(list_ends.len());
    for end in list_ends {
        table.push(Arc::new(view(start..end.get() as usize)?));
        start = end.get() as usize;
    }
    let mut missing = false;
    let mut lexicon = stored.lexicon.map_phrases(|id| {
        table.get(id as usize).map(Arc::clone).unwrap_or_else(|| {
            missing = true;
            Phrases::default()
        })
    });
    if missing {
        return Err(StoredError::Missing("a phrase list"));
    }
    let lists = |ends, items| Lists::borrowed(ends, items).ok_or(StoredError::Missing("a list"));
    let owners = lists(numbers(stored.owner_ends)?, numbers(stored.owners)?)?;
    let word_lists = lists(numbers(stored.word_ends)?, numbers(stored.words)?)?;
    if owners.len() != literals || word_lists.len() != literals {
        return Err(StoredError::Missing("a literal's list"));
    }
    if !owners.all_below(lexicon.parts.len()) || !word_lists.all_below(words) {
        return Err(StoredError::Missing("a literal's pattern or word"));
    }
    let vocabulary = view(literals..literals + words)?;
    lexicon.literals = Literals { texts: view(0..literals)?, owners, vocabulary, words: word_lists };
    Ok(lexicon)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::compile_lexicon;
    use crate::pattern::Item;

    #[test]
    fn a_lexicon_reads_back_as_it_was_stored_with_its_lists_shared() {
        let src = r#"{"classes": {"verb": ["stop~", "end"]}, "topic_words": ["north korea"],
            "categories": [{"name": "T", "tag": "T", "severity": 3,
              "cues": ["@Name <must @verb> !@verb", "(can|will) ... @verb"]}]}"#;
        let lexicon = compile_lexicon(src, "lex.json").unwrap();
        let back = from_bytes(to_bytes(&lexicon).leak()).unwrap();
        assert_eq!(back, lexicon);
        let Item::Not { choices: after, .. } = &back.cues[0].after[0] else { panic!("{:?}", back.cues[0]) };
        let Item::Words { choices: verb, .. } = &back.parts[1].1[1] else { panic!("{:?}", back.parts[1]) };
        assert!(after.iter().any(|p| p == "stopped"));
        assert!(Arc::ptr_eq(after, verb), "one list for the class");
        assert!(from_bytes(b"\x01").is_err());
    }
}
