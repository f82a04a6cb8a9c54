//! redline-analysis: the analysis behind redline, a reader of political and diplomatic
//! statements.
//!
//! The library turns the text of a news article into an [`Analysis`]: its structure (title,
//! byline, dateline, publication date, body paragraphs), its direct quotes with exact byte ranges and speakers,
//! the topics those quotes belong to, and the "red lines" phrasing (ultimatums, threats,
//! demands, deadlines) found in it. It has no terminal or UI dependency.
//!
//! Every offset is a UTF-8 byte offset into the text as read (after decoding), so
//! `&text[start..end]` is always the reported string.
//!
//! ```
//! use redline_analysis::{Analyzer, Source};
//!
//! let source = Source::from_text("note", "“We will not wait,” Anna Tarvo said.");
//! let analysis = Analyzer::bundled().analyze(&source);
//! assert_eq!(analysis.quotes[0].speaker.as_deref(), Some("Anna Tarvo"));
//! ```
//!
//! Text from an article is untrusted: [`display_safe`] shows its control characters and bidi
//! controls as visible symbols for a terminal, [`write_json`] escapes them in JSON, and the
//! Markdown and text exports replace its control characters (see [`Format`]).
//!
//! Layers, bottom to top (a module imports only from layers below it): the data model
//! ([`Analysis`] and its parts) and [`DataError`]; text in (reading, decoding, extraction,
//! folding, words, language data); article structure; quotes; people and speakers; topics
//! and the gazetteer; red lines; assembly and the [`Analyzer`]; then corpus, export and the
//! escalation [`timeline()`], which use the analysis. See ARCHITECTURE.md at the top of the repository.

#![warn(missing_docs)]

mod analyzer;
mod article;
mod assemble;
mod corpus;
mod corrections;
mod display;
mod export;
mod model;
mod people;
mod quotes;
mod redlines;
mod text;
mod timeline;
mod topics;

pub use analyzer::Analyzer;
pub use corpus::{Corpus, CorpusError, Entry, Joined, JoinedArticle, Loaded, has_articles, map_ordered};
pub use corrections::{Applied, CORRECTIONS_VERSION, Correction, Corrections, CorrectionsError};
pub use display::{display_safe, display_safe_lines, is_bidi_control, is_unsafe, to_json, write_json};
pub use export::{ExportError, Format, attribution, marked, tags, write_atomic};
pub use model::{
    Analysis, ByteSpan, LEARNED_CUE, Paragraph, Quote, QuoteKind, RedLine, SpeakerBasis, SpeakerKind, Topic,
};
pub use redline_patterns::DataError;
pub use redline_patterns::PatternError;
pub use redlines::learned::{BUNDLED_MODEL, RedLineModel, clauses, features};
pub use redlines::lexicon::{BUNDLED_LEXICON, Category, Cue, Lexicon};
pub use text::extract::{ExtractError, Kind, html_to_text, markdown_to_text};
pub use text::language::{BUNDLED_LANGUAGE, Language};
pub use text::source::{BUNDLED_ARTICLE, BUNDLED_NAME, DEFAULT_MAX_BYTES, Reason, Source, SourceError};
pub use timeline::{DateKey, QuoteFilter, TimelinePoint, date_order, sort_timeline, timeline, timeline_of_joined};
pub use topics::gazetteer::{BUNDLED_TOPICS, Gazetteer};
