//! Renderings of a selection of quotes for a brief — one file per format: [`markdown`],
//! [`json`] and [`text`] — and atomic writing of them to a file ([`atomic`]).
//!
//! Red lines are placed by the byte ranges of the analysis (relative to each quote's
//! start), never by searching for their text again ([`marks`]).

mod atomic;
mod json;
mod markdown;
mod marks;
mod text;

use std::path::Path;

use crate::model::{Analysis, Quote};

pub use atomic::{ExportError, write_atomic};
pub use marks::{attribution, marked, tags};

/// An export format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Markdown for a brief: blockquotes, red lines as `[TAG:severity phrase]` with the phrase
    /// in bold, attribution lines.
    Markdown,
    /// The quote objects of `redline analyze --json`, with title and source.
    Json,
    /// Plain text, red lines marked `[TAG:severity phrase]`.
    Text,
}

/// A Markdown or text brief with its control characters replaced, as [`Format::render`] says.
fn safe(rendered: String) -> String {
    let replaced = match crate::display::export_safe(&rendered) {
        std::borrow::Cow::Owned(replaced) => Some(replaced),
        std::borrow::Cow::Borrowed(_) => None,
    };
    replaced.unwrap_or(rendered)
}

impl Format {
    /// Every format, in the order they are offered.
    pub const ALL: [Format; 3] = [Format::Markdown, Format::Json, Format::Text];

    /// The usual file extension of the format, without the dot.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Markdown => "md",
            Format::Json => "json",
            Format::Text => "txt",
        }
    }

    /// The format a path's extension asks for (`.md`, `.json`, `.txt`), if any.
    pub fn from_path(path: &Path) -> Option<Format> {
        match path.extension()?.to_str()?.to_ascii_lowercase().as_str() {
            "md" | "markdown" => Some(Format::Markdown),
            "json" => Some(Format::Json),
            "txt" | "text" => Some(Format::Text),
            _ => None,
        }
    }

    /// Renders the quotes with these ids (in the given order; unknown ids are skipped) in
    /// this format. The result ends with a line break.
    ///
    /// Text from the article is kept faithfully, except for control characters: JSON escapes
    /// them all (C1 and bidi controls too, see [`crate::write_json`]); Markdown and text turn
    /// CRLF into a line feed and show every other control character but tab and line feed as
    /// a symbol (`␛`, `⟨CSI⟩`, as [`crate::display_safe`] does), so a brief holds no escape
    /// sequence. Bidi controls stay in Markdown and text (an editor needs them to order
    /// right-to-left text); [`crate::display_safe_lines`] shows them before printing to a
    /// terminal.
    pub fn render(self, analysis: &Analysis, quote_ids: &[usize]) -> String {
        let quotes: Vec<&Quote> = quote_ids.iter().filter_map(|&id| analysis.quote(id)).collect();
        let heading = || match &analysis.title {
            Some(title) => title.clone(),
            None => format!("Quotes from {}", analysis.source),
        };
        let attributed = || quotes.iter().map(|&q| (q, attribution(analysis, q)));
        match self {
            Format::Json => json::one(analysis, &quotes),
            Format::Markdown => safe(markdown::brief(&heading(), attributed())),
            Format::Text => safe(text::brief(&heading(), attributed())),
        }
    }

    /// Renders the selected quotes of several articles in this format: each article with the ids
    /// of its quotes to keep (unknown ids are skipped), in the order given. Every quote names
    /// its article: its attribution line ends with the article's source (Markdown and text);
    /// in JSON, `{"sources": [every article's source], "quotes": [...]}`, each quote object as
    /// in `analyze --json` plus `"source"` and `"title"`. The result ends with a line break.
    /// Control characters are handled as by [`Format::render`].
    pub fn render_many(self, articles: &[(&Analysis, Vec<usize>)]) -> String {
        let quotes =
            || articles.iter().flat_map(|(a, ids)| ids.iter().filter_map(|&id| a.quote(id)).map(move |q| (*a, q)));
        let heading = match articles.len() {
            1 => "Quotes from 1 article".to_string(),
            n => format!("Quotes from {n} articles"),
        };
        let attributed = || quotes().map(|(a, q)| (q, format!("{}, {}", attribution(a, q), a.source)));
        match self {
            Format::Json => json::many(articles, quotes()),
            Format::Markdown => safe(markdown::brief(&heading, attributed())),
            Format::Text => safe(text::brief(&heading, attributed())),
        }
    }
}

#[cfg(test)]
mod tests;
