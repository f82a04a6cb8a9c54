//! A compiled lexicon as bytes: what redline-analysis's build script writes for the bundled
//! lexicon and its `Lexicon::bundled` reads back at every start.
//!
//! The bytes are [postcard](https://docs.rs/postcard) of the lexicon laid out to be read back
//! at little cost: every distinct string of the literals and phrase lists is written once, all
//! of them one after the other as one string, which is borrowed from the bytes and checked to
//! be UTF-8 once (not once per string); each literal and phrase is a slice of it ([`Phrase`]
//! is a `Cow`). Each distinct phrase list is held once too, and every item names its list by
//! number: a class's phrases, named by many patterns, are one list in the compiled lexicon as
//! in the bytes.

use std::collections::HashMap;
use std::sync::Arc;

use serde::{Deserialize, Serialize};

use crate::lexicon::CompiledLexicon;
use crate::literals::Lists;
use crate::pattern::{Phrase, Phrases};

/// The stored form.
#[derive(Serialize, Deserialize)]
struct Stored<'a> {
    /// Every distinct string, one after the other: the literals first, in order.
    text: &'a str,
    /// Where each string ends in `text`.
    #[serde(with = "crate::packed")]
    ends: Vec<u32>,
    /// The number of literals.
    literals: u32,
    /// The literals' words, as the numbers of their strings.
    #[serde(with = "crate::packed")]
    vocabulary: Vec<u32>,
    /// Each distinct phrase list, as the numbers of its strings.
    phrases: Lists,
    /// The rest of the lexicon: its literals' texts and words left out (they are above), its
    /// items naming their phrase lists by number.
    lexicon: CompiledLexicon<u32>,
}

/// Numbers distinct strings in the order first given, and lays them out one after the other.
#[derive(Default)]
struct Strings<'a> {
    ids: HashMap<&'a str, u32>,
    text: String,
    ends: Vec<u32>,
}

impl<'a> Strings<'a> {
    fn id(&mut self, s: &'a str) -> u32 {
        *self.ids.entry(s).or_insert_with(|| {
            self.text.push_str(s);
            self.ends.push(u32::try_from(self.text.len()).expect("under 4 GiB of strings"));
            u32::try_from(self.ends.len() - 1).expect("fewer than 2^32 strings")
        })
    }
}

/// The bytes of `lexicon`, for [`from_bytes`]. Strings and phrase lists equal in content are
/// stored once (they are never changed, so sharing them changes nothing of what a pattern
/// checks).
pub fn to_bytes(lexicon: &CompiledLexicon) -> Vec<u8> {
    let mut lists: HashMap<Phrases, u32> = HashMap::new();
    let mut table: Vec<Phrases> = Vec::new();
    let mut rest = lexicon.clone().map_phrases(|list| {
        *lists.entry(list).or_insert_with_key(|list| {
            table.push(Arc::clone(list));
            u32::try_from(table.len() - 1).expect("fewer than 2^32 phrase lists")
        })
    });
    rest.literals.texts = Vec::new();
    rest.literals.vocabulary = Vec::new();
    let mut strings = Strings::default();
    for literal in &lexicon.literals.texts {
        strings.id(literal);
    }
    let literals = u32::try_from(strings.ends.len()).expect("fewer than 2^32 literals");
    assert_eq!(literals as usize, lexicon.literals.len(), "the literals are distinct");
    let vocabulary = lexicon.literals.vocabulary.iter().map(|w| strings.id(w)).collect();
    let mut phrases = Lists::default();
    for list in &table {
        phrases.push(list.iter().map(|p| strings.id(p)));
    }
    let stored = Stored { text: &strings.text, ends: strings.ends, literals, vocabulary, phrases, lexicon: rest };
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

/// The lexicon [`to_bytes`] stored, equal to the one it was given; its literals and phrases
/// are borrowed from `bytes`.
pub fn from_bytes(bytes: &'static [u8]) -> Result<CompiledLexicon, StoredError> {
    let stored: Stored<'static> = postcard::from_bytes(bytes)?;
    let (text, ends) = (stored.text, &stored.ends);
    // every string is a slice of `text`, checked here once: none is copied, nor all listed
    let mut start = 0;
    for &end in ends {
        if (end as usize) < start || !text.is_char_boundary(end as usize) {
            return Err(StoredError::Missing("a string"));
        }
        start = end as usize;
    }
    let lists = (0..stored.phrases.len()).flat_map(|at| stored.phrases.of(at));
    if stored.literals as usize > ends.len() || lists.chain(&stored.vocabulary).any(|&id| id as usize >= ends.len()) {
        return Err(StoredError::Missing("a string"));
    }
    let string = |id: u32| {
        let start = (id as usize).checked_sub(1).map_or(0, |before| ends[before] as usize);
        Phrase::Borrowed(&text[start..ends[id as usize] as usize])
    };
    let table: Vec<Phrases> =
        (0..stored.phrases.len()).map(|at| stored.phrases.of(at).iter().map(|&id| string(id)).collect()).collect();
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
    lexicon.literals.texts = (0..stored.literals).map(string).collect();
    lexicon.literals.vocabulary = stored.vocabulary.iter().map(|&id| string(id)).collect();
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
