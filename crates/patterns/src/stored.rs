//! A compiled lexicon as bytes: what redline-analysis's build script writes for the bundled
//! lexicon and its `Lexicon::bundled` reads back at every start.
//!
//! The bytes are [postcard](https://docs.rs/postcard) of the lexicon with each distinct
//! phrase list held once, in a table, and every item naming its list by number. A class's
//! phrases are one list shared by all the patterns that name it, in the compiled lexicon as in
//! the bytes: reading them back makes each list once, not once per item (the bundled lexicon's
//! items name a few hundred lists).

use std::collections::HashMap;
use std::sync::Arc;

use serde::{Deserialize, Serialize};

use crate::lexicon::CompiledLexicon;
use crate::pattern::Phrases;

/// The stored form: the phrase lists, and the lexicon whose items name them by number.
#[derive(Serialize, Deserialize)]
struct Stored {
    phrases: Vec<Vec<String>>,
    lexicon: CompiledLexicon<u32>,
}

/// The bytes of `lexicon`, for [`from_bytes`]. Phrase lists equal in content are stored once
/// (they are never changed, so sharing them changes nothing of what a pattern checks).
pub fn to_bytes(lexicon: &CompiledLexicon) -> Vec<u8> {
    let mut ids: HashMap<Phrases, u32> = HashMap::new();
    let mut phrases = Vec::new();
    let lexicon = lexicon.clone().map_phrases(|p| {
        *ids.entry(p).or_insert_with_key(|p| {
            phrases.push(p.to_vec());
            u32::try_from(phrases.len() - 1).expect("fewer than 2^32 phrase lists")
        })
    });
    postcard::to_allocvec(&Stored { phrases, lexicon }).expect("a compiled lexicon serializes")
}

/// Why stored bytes could not be read back.
#[derive(Debug, thiserror::Error)]
pub enum StoredError {
    /// The bytes are not a stored lexicon.
    #[error("not a stored lexicon: {0}")]
    Postcard(#[from] postcard::Error),
    /// An item names a phrase list the table lacks.
    #[error("phrase list {0} is not in the table")]
    Missing(u32),
}

/// The lexicon [`to_bytes`] stored, equal to the one it was given.
pub fn from_bytes(bytes: &[u8]) -> Result<CompiledLexicon, StoredError> {
    let stored: Stored = postcard::from_bytes(bytes)?;
    let table: Vec<Phrases> = stored.phrases.into_iter().map(Arc::from).collect();
    let mut missing = None;
    let lexicon = stored.lexicon.map_phrases(|id| match table.get(id as usize) {
        Some(p) => Arc::clone(p),
        None => {
            missing.get_or_insert(id);
            Phrases::default()
        }
    });
    match missing {
        Some(id) => Err(StoredError::Missing(id)),
        None => Ok(lexicon),
    }
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
        let back = from_bytes(&to_bytes(&lexicon)).unwrap();
        assert_eq!(back, lexicon);
        let Item::Not { choices: after, .. } = &back.cues[0].after[0] else { panic!("{:?}", back.cues[0]) };
        let Item::Words { choices: verb, .. } = &back.parts[1].1[1] else { panic!("{:?}", back.parts[1]) };
        assert!(after.contains(&"stopped".to_string()));
        assert!(Arc::ptr_eq(after, verb), "one list for the class");
        assert!(from_bytes(b"\x01").is_err());
    }
}
