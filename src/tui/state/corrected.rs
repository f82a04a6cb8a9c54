//! The reader's corrections of one article (see [`crate::store`]): the analysis as the
//! library made it, the corrections on top and where they are saved; and the speaker picker
//! that `S` opens over a quote.

use std::path::PathBuf;

use redline_analysis::{Analysis, Correction, Corrections, SpeakerKind};

use crate::store::{Broken, Stored};

/// An article's corrections, kept beside its page.
#[derive(Debug, Clone)]
pub struct Corrected {
    /// The analysis without corrections: the page's document is this with the speakers
    /// corrected (quotes marked "not a quote" stay, drawn struck through).
    pub original: Analysis,
    /// The corrections of the text.
    pub corrections: Corrections,
    /// The sidecar they are saved to; `None` without a data folder.
    pub path: Option<PathBuf>,
    /// Why the sidecar could not be read: then nothing is saved over it.
    pub broken: Option<Broken>,
}

impl Corrected {
    /// The corrections of `original` as stored, with the analysis they apply to.
    pub fn new(original: Analysis, stored: Stored) -> Corrected {
        let Stored { path, corrections, broken } = stored;
        Corrected { original, corrections, path, broken }
    }

    /// The analysis the page shows: the speakers corrected, every quote kept.
    pub fn analysis(&self) -> Analysis {
        let mut analysis = self.original.clone();
        self.corrections.apply_speakers(&mut analysis);
        analysis
    }

    /// The correction of the quote at this index of the analysis, if any.
    pub fn of(&self, quote: usize) -> Option<&Correction> {
        let q = self.original.quotes.get(quote)?;
        self.corrections.get(q.start, q.end)
    }

    /// True when the quote at this index is marked "not a quote".
    pub fn is_dismissed(&self, quote: usize) -> bool {
        self.of(quote) == Some(&Correction::NotAQuote)
    }
}

/// The speaker picker over one quote: the article's people and organisations (the speakers
/// of its quotes), filtered by what is typed, which may also be a new name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Picker {
    /// The quote, as an index into the analysis's quotes.
    pub quote: usize,
    /// The names offered: every person and organisation speaking in the article, most
    /// quoted first.
    pub names: Vec<String>,
    /// What was typed.
    pub typed: String,
    /// The highlighted row of [`Picker::rows`].
    pub row: usize,
}

impl Picker {
    /// The picker over the quote at `quote`, offering the people and organisations of
    /// `analysis`, the quote's own speaker highlighted.
    pub fn new(analysis: &Analysis, quote: usize) -> Picker {
        let mut counts: Vec<(String, usize)> = Vec::new();
        let named = analysis
            .quotes
            .iter()
            .filter(|q| matches!(q.speaker_kind, Some(SpeakerKind::Person | SpeakerKind::Organisation)));
        for name in named.filter_map(|q| q.speaker.as_ref()) {
            match counts.iter_mut().find(|(n, _)| n == name) {
                Some((_, c)) => *c += 1,
                None => counts.push((name.clone(), 1)),
            }
        }
        counts.sort_by_key(|(_, n)| std::cmp::Reverse(*n));
        let names: Vec<String> = counts.into_iter().map(|(n, _)| n).collect();
        let own = analysis.quotes.get(quote).and_then(|q| q.speaker.as_ref());
        let row = own.and_then(|s| names.iter().position(|n| n == s)).unwrap_or(0);
        Picker { quote, names, typed: String::new(), row }
    }

    /// The rows offered: the names holding what was typed (ignoring case), then the typed
    /// name itself as a new one when no name is exactly it.
    pub fn rows(&self) -> Vec<Row<'_>> {
        let typed = self.typed.trim();
        let lower = typed.to_lowercase();
        let mut rows: Vec<Row> =
            self.names.iter().filter(|n| n.to_lowercase().contains(&lower)).map(|n| Row::Known(n)).collect();
        if !typed.is_empty() && !self.names.iter().any(|n| n.to_lowercase() == lower) {
            rows.push(Row::New(typed));
        }
        rows
    }

    /// The name the highlighted row stands for.
    pub fn chosen(&self) -> Option<String> {
        self.rows().get(self.row).map(|r| r.name().to_string())
    }
}

/// A row of the picker.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Row<'a> {
    /// A speaker of the article.
    Known(&'a str),
    /// A name typed that is no speaker of the article.
    New(&'a str),
}

impl Row<'_> {
    /// The name.
    pub fn name(&self) -> &str {
        match self {
            Row::Known(n) | Row::New(n) => n,
        }
    }
}
