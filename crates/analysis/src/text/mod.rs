//! Text in: reading and decoding an article ([`source`]), extracting it from HTML or
//! Markdown ([`extract`], an HTML page's own headline and date from [`page_meta`]), the
//! folded copy matching works on, made in one pass with the words ([`fold`]), words with
//! byte ranges ([`words`]), the language data that tells what a word is ([`language`],
//! prefiltered by a [`sieve`]; its answers for one word in [`word_kinds`]; the given names
//! in [`given_names`]), and the words of page furniture and dates ([`page_words`]).

pub(crate) mod extract;
pub(crate) mod fold;
pub(crate) mod given_names;
pub(crate) mod language;
pub(crate) mod page_meta;
pub(crate) mod page_words;
pub(crate) mod sieve;
pub(crate) mod source;
pub(crate) mod word_kinds;
pub(crate) mod words;
