//! Corrections a reader made to an analysis: per quote, keyed by the quote's byte range in
//! the article's text, a speaker set by hand or "not a quote". They are plain data, read from
//! and written to a versioned JSON document (the application keeps one per article text), and
//! [`Corrections::apply`] puts them on an [`Analysis`].
//!
//! The JSON, version 1:
//!
//! ```json
//! {"version": 1, "corrections": [
//!   {"start": 120, "end": 164, "speaker": "Ada Brin"},
//!   {"start": 300, "end": 310, "not_a_quote": true}
//! ]}
//! ```

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::assemble::holding_quote;
use crate::model::{Analysis, SpeakerKind};

#[cfg(test)]
mod tests;

/// The version of the JSON this library reads and writes.
pub const CORRECTIONS_VERSION: u32 = 1;

/// What the reader decided about one quote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Correction {
    /// The quote's speaker is this name (a person's or an organisation's, as typed or picked).
    Speaker(String),
    /// The quoted words are not a quote (a title, a scare-quoted word, a fragment).
    NotAQuote,
}

/// The corrections of one article, keyed by each quote's byte range `(start, end)` in the
/// article's text (the range inside the marks, as [`crate::Quote`] reports it).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Corrections {
    by_range: BTreeMap<(usize, usize), Correction>,
}

/// Why a corrections document could not be read. Each message is one short phrase.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CorrectionsError {
    /// Not JSON, or not the shape of a corrections document.
    #[error("not a corrections file: {0}")]
    Malformed(String),
    /// A version this library does not read.
    #[error("version {found}, but this redline reads version {CORRECTIONS_VERSION}")]
    Version {
        /// The version the document says it is (0 when it says none).
        found: u64,
    },
    /// An entry that is neither a speaker nor "not a quote", or has an empty range.
    #[error("entry {index}: {reason}")]
    Entry {
        /// 0-based position in `corrections`.
        index: usize,
        /// What is wrong with it.
        reason: &'static str,
    },
}

/// The document as written.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Raw {
    version: u32,
    corrections: Vec<RawEntry>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEntry {
    start: usize,
    end: usize,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    speaker: Option<String>,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    not_a_quote: bool,
}

/// What [`Corrections::apply`] did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Applied {
    /// Quotes given a speaker.
    pub speakers: usize,
    /// Quotes left out as not quotes.
    pub dismissed: usize,
    /// Corrections naming a range no quote of the analysis has (the text or the analysis
    /// changed); they are kept, and change nothing.
    pub unmatched: usize,
}

impl Corrections {
    /// No corrections.
    pub fn new() -> Corrections {
        Corrections::default()
    }

    /// True when there is no correction.
    pub fn is_empty(&self) -> bool {
        self.by_range.is_empty()
    }

    /// How many quotes are corrected.
    pub fn len(&self) -> usize {
        self.by_range.len()
    }

    /// The correction of the quote at `start..end`, if any.
    pub fn get(&self, start: usize, end: usize) -> Option<&Correction> {
        self.by_range.get(&(start, end))
    }

    /// True when the quote at `start..end` is marked "not a quote".
    pub fn is_dismissed(&self, start: usize, end: usize) -> bool {
        self.get(start, end) == Some(&Correction::NotAQuote)
    }

    /// Sets the correction of the quote at `start..end`, replacing any before.
    pub fn set(&mut self, start: usize, end: usize, correction: Correction) {
        self.by_range.insert((start, end), correction);
    }

    /// Removes the correction of the quote at `start..end`; the one removed, if any.
    pub fn remove(&mut self, start: usize, end: usize) -> Option<Correction> {
        self.by_range.remove(&(start, end))
    }

    /// Every correction, by range, in text order.
    pub fn iter(&self) -> impl Iterator<Item = ((usize, usize), &Correction)> {
        self.by_range.iter().map(|(r, c)| (*r, c))
    }

    /// Reads a corrections document: the version is checked first, then every entry.
    pub fn from_json(json: &str) -> Result<Corrections, CorrectionsError> {
        let malformed = |e: serde_json::Error| CorrectionsError::Malformed(e.to_string());
        let value: serde_json::Value = serde_json::from_str(json).map_err(malformed)?;
        let version = value.get("version").ok_or_else(|| CorrectionsError::Malformed("no \"version\"".into()))?;
        match version.as_u64() {
            Some(v) if v == u64::from(CORRECTIONS_VERSION) => {}
            found => return Err(CorrectionsError::Version { found: found.unwrap_or(0) }),
        }
        let raw: Raw = serde_json::from_value(value).map_err(malformed)?;
        let mut corrections = Corrections::new();
        for (index, entry) in raw.corrections.into_iter().enumerate() {
            let bad = |reason| CorrectionsError::Entry { index, reason };
            if entry.start >= entry.end {
                return Err(bad("start is not before end"));
            }
            let correction = match (entry.speaker, entry.not_a_quote) {
                (Some(_), true) => return Err(bad("both a speaker and not_a_quote")),
                (Some(name), false) if name.trim().is_empty() => return Err(bad("empty speaker")),
                (Some(name), false) => Correction::Speaker(name),
                (None, true) => Correction::NotAQuote,
                (None, false) => return Err(bad("neither a speaker nor not_a_quote")),
            };
            corrections.set(entry.start, entry.end, correction);
        }
        Ok(corrections)
    }

    /// The corrections as a JSON document (pretty, ending in a line break), in text order.
    pub fn to_json(&self) -> String {
        let corrections = self
            .iter()
            .map(|((start, end), c)| RawEntry {
                start,
                end,
                speaker: match c {
                    Correction::Speaker(name) => Some(name.clone()),
                    Correction::NotAQuote => None,
                },
                not_a_quote: *c == Correction::NotAQuote,
            })
            .collect();
        let raw = Raw { version: CORRECTIONS_VERSION, corrections };
        let mut json = serde_json::to_string_pretty(&raw).expect("plain data serialises");
        json.push('\n');
        json
    }

    /// Sets the speakers of `analysis` that were corrected, leaving every quote in place
    /// (for a reader that still shows the quotes marked "not a quote"). A corrected quote
    /// gets `corrected: true`, the name, the kind of a speaker of the same name elsewhere in
    /// the article (else a person), and no `speaker_basis` or `speaker_span`: the analysis
    /// did not decide it.
    pub fn apply_speakers(&self, analysis: &mut Analysis) -> Applied {
        let mut applied = Applied::default();
        let kinds: BTreeMap<String, SpeakerKind> = analysis
            .quotes
            .iter()
            .filter(|q| !q.corrected)
            .filter_map(|q| Some((q.speaker.clone()?, q.speaker_kind?)))
            .collect();
        for quote in &mut analysis.quotes {
            if let Some(Correction::Speaker(name)) = self.get(quote.start, quote.end) {
                quote.speaker_kind = Some(kinds.get(name).copied().unwrap_or(SpeakerKind::Person));
                quote.speaker = Some(name.clone());
                quote.speaker_basis = None;
                quote.speaker_span = None;
                quote.corrected = true;
                applied.speakers += 1;
            }
        }
        applied.unmatched =
            self.by_range.keys().filter(|(s, e)| !analysis.quotes.iter().any(|q| q.start == *s && q.end == *e)).count();
        applied
    }

    /// Puts the corrections on `analysis`: speakers as [`Corrections::apply_speakers`] sets
    /// them, and the quotes marked "not a quote" left out. The quotes left are numbered again
    /// from 1; red lines point at the innermost quote left holding them (or none); each topic
    /// keeps the quotes left, by their new ids, and counts their red lines again (topics are
    /// sorted again by quote count, ties keeping their order).
    pub fn apply(&self, analysis: &mut Analysis) -> Applied {
        let mut applied = self.apply_speakers(analysis);
        let before = analysis.quotes.len();
        analysis.quotes.retain(|q| !self.is_dismissed(q.start, q.end));
        applied.dismissed = before - analysis.quotes.len();
        if applied.dismissed == 0 {
            return applied;
        }
        // old id -> new id
        let mut renumbered = vec![None; before + 1];
        for (i, quote) in analysis.quotes.iter_mut().enumerate() {
            renumbered[quote.id] = Some(i + 1);
            quote.id = i + 1;
        }
        let quotes = &analysis.quotes;
        let holder = |start: usize, end: usize| holding_quote(quotes, &(start..end));
        let inside: Vec<Vec<Option<usize>>> =
            quotes.iter().map(|q| q.red_lines.iter().map(|h| holder(h.start, h.end)).collect()).collect();
        let mut linked = vec![0usize; quotes.len() + 1];
        for hit in &mut analysis.red_lines {
            hit.quote = holder(hit.start, hit.end);
            if let Some(id) = hit.quote {
                linked[id] += 1;
            }
        }
        for (quote, holders) in analysis.quotes.iter_mut().zip(inside) {
            for (hit, holder) in quote.red_lines.iter_mut().zip(holders) {
                hit.quote = holder;
            }
        }
        for topic in &mut analysis.topics {
            topic.quotes = topic.quotes.iter().filter_map(|id| renumbered.get(*id).copied().flatten()).collect();
            topic.red_lines = topic.quotes.iter().map(|id| linked[*id]).sum();
        }
        analysis.topics.sort_by_key(|t| std::cmp::Reverse(t.quotes.len()));
        applied
    }
}
