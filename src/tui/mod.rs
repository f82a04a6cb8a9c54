//! The terminal reader (skeleton: being built).

use redline::Analysis;
use redline::lexicon::Lexicon;

/// What the reader opens with.
pub struct Launch {
    /// The analysed article.
    pub analysis: Analysis,
    /// The lexicon, for the legend of red-line categories.
    pub lexicon: Lexicon,
    /// Warnings to show in the status line (e.g. a decoding fallback).
    pub warnings: Vec<String>,
}

/// Runs the reader until the user quits. The terminal is restored on every path.
pub fn run(launch: Launch) -> anyhow::Result<()> {
    let _ = launch;
    anyhow::bail!("the reader is not built yet; use `redline analyze`")
}
