//! redline-patterns: the red-line lexicon's pattern language, from the lexicon file to plain
//! compiled data.
//!
//! A lexicon (`assets/redlines.json`, or a user's file in its format) is parsed and each cue
//! pattern compiled ([`pattern`]: choices, options and inflections written out,
//! phrases folded by the rules of [`fold`]) into a [`CompiledLexicon`]: the literals an
//! automaton searches for, which patterns each one anchors, and what each pattern checks
//! around them. It holds no searching: redline-analysis builds its lexicon and automaton
//! from it.
//!
//! The crate is both a dependency and a build dependency of redline-analysis: its build
//! script compiles the bundled lexicon once and stores it ([`stored`]), so that a run loads
//! the compiled form instead of compiling 381 patterns into thousands of literals at each
//! start; a user's lexicon is compiled at run time by the same code. It has no dependency on
//! the analysis, a terminal or a UI.

#![warn(missing_docs)]

mod data_error;
mod expand;
pub mod fold;
pub mod lexicon;
pub mod literals;
mod packed;
pub mod pattern;
pub mod stored;
pub mod strings;

pub use data_error::DataError;
pub use lexicon::{Background, Category, CompiledCue, CompiledLexicon, Domains};
pub use literals::{Lists, Literals};
pub use pattern::PatternError;
pub use strings::Strings;
