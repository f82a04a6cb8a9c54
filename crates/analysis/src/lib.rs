//! redline: the analysis behind a terminal reader of political and diplomatic statements.
//!
//! The library turns the text of a news article into an [`Analysis`]: its structure (title,
//! byline, dateline, body paragraphs), its direct quotes with exact byte ranges and speakers,
//! the topics those quotes belong to, and the "red lines" phrasing (ultimatums, threats,
//! demands, deadlines) found in it. It has no terminal or UI dependency: the `redline` binary,
//! other tools and the tests all call [`Analyzer::analyze`].
//!
//! Every offset is a UTF-8 byte offset into the text as read (after decoding), so
//! `&text[start..end]` is always the reported string.

#![warn(missing_docs)]

pub mod analysis;
pub mod article;
pub mod combined;
pub mod corpus;
pub mod export;
pub mod extract;
mod fold;
pub mod gazetteer;
pub mod language;
pub mod lexicon;
mod matcher;
pub mod names;
mod pattern;
pub mod quotes;
pub mod redlines;
mod regions;
pub mod source;
pub mod speakers;
pub mod topics;
mod trie;
mod words;

pub use analysis::{Analysis, Analyzer, Paragraph, Quote, QuoteKind, RedLine, SpeakerBasis, Topic};
pub use source::Source;
