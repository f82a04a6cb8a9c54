//! Renderings of a selection of quotes for a brief — Markdown, JSON and plain text — and
//! atomic writing of them to a file.
//!
//! Red lines are placed by the byte ranges of the analysis (relative to each quote's
//! start), never by searching for their text again.

use std::io::Write;
use std::ops::Range;
use std::path::{Path, PathBuf};

use crate::analysis::{Analysis, Quote, RedLine};

/// An export format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Markdown for a brief: blockquotes, red lines in bold, attribution lines.
    Markdown,
    /// The quote objects of `redline analyze --json`, with title and source.
    Json,
    /// Plain text, red lines marked `[TAG:severity phrase]`.
    Text,
}

impl Format {
    /// The format a path's extension asks for (`.md`, `.json`, `.txt`), if any.
    pub fn from_path(path: &Path) -> Option<Format> {
        match path.extension()?.to_str()?.to_ascii_lowercase().as_str() {
            "md" | "markdown" => Some(Format::Markdown),
            "json" => Some(Format::Json),
            "txt" | "text" => Some(Format::Text),
            _ => None,
        }
    }
}

/// Why an export could not be written. Each message is one line naming the target path.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// The target exists and overwriting was not allowed.
    #[error("{}: already exists (use --force to overwrite)", .0.display())]
    Exists(PathBuf),
    /// The folder that should hold the target does not exist.
    #[error("{}: folder {} does not exist", .path.display(), .folder.display())]
    NoFolder {
        /// The path being written.
        path: PathBuf,
        /// Its missing parent folder.
        folder: PathBuf,
    },
    /// Any I/O failure, with the path it concerned.
    #[error("{}: {source}", path.display())]
    Io {
        /// The path being written.
        path: PathBuf,
        /// The underlying error.
        source: std::io::Error,
    },
}

/// Renders the quotes with these ids (in the given order; unknown ids are skipped) in
/// `format`. The result ends with a line break.
pub fn render(analysis: &Analysis, quote_ids: &[usize], format: Format) -> String {
    let quotes: Vec<&Quote> = quote_ids.iter().filter_map(|&id| analysis.quote(id)).collect();
    match format {
        Format::Json => {
            let value = serde_json::json!({
                "title": analysis.title,
                "source": analysis.source,
                "quotes": quotes,
            });
            // Cannot fail: plain structs with string keys.
            serde_json::to_string_pretty(&value).unwrap_or_default() + "\n"
        }
        Format::Markdown | Format::Text => {
            let heading = match &analysis.title {
                Some(title) => title.clone(),
                None => format!("Quotes from {}", analysis.source),
            };
            let quotes = quotes.into_iter().map(|q| (q, attribution(analysis, q)));
            brief(&heading, quotes, format)
        }
    }
}

/// Renders the selected quotes of several articles in `format`: each article with the ids
/// of its quotes to keep (unknown ids are skipped), in the order given. Every quote names
/// its article: its attribution line ends with the article's source (Markdown and text);
/// in JSON, `{"sources": [every article's source], "quotes": [...]}`, each quote object as
/// in `analyze --json` plus `"source"` and `"title"`. The result ends with a line break.
pub fn render_many(articles: &[(&Analysis, Vec<usize>)], format: Format) -> String {
    let quotes = articles.iter().flat_map(|(a, ids)| ids.iter().filter_map(|&id| a.quote(id)).map(move |q| (*a, q)));
    match format {
        Format::Json => {
            #[derive(serde::Serialize)]
            struct Sourced<'a> {
                #[serde(flatten)]
                quote: &'a Quote,
                source: &'a str,
                title: Option<&'a str>,
            }
            let quotes: Vec<Sourced> =
                quotes.map(|(a, quote)| Sourced { quote, source: &a.source, title: a.title.as_deref() }).collect();
            let sources: Vec<&str> = articles.iter().map(|(a, _)| a.source.as_str()).collect();
            let value = serde_json::json!({ "sources": sources, "quotes": quotes });
            // Cannot fail: plain structs with string keys.
            serde_json::to_string_pretty(&value).unwrap_or_default() + "\n"
        }
        Format::Markdown | Format::Text => {
            let heading = match articles.len() {
                1 => "Quotes from 1 article".to_string(),
                n => format!("Quotes from {n} articles"),
            };
            let quotes = quotes.map(|(a, q)| (q, format!("{}, {}", attribution(a, q), a.source)));
            brief(&heading, quotes, format)
        }
    }
}

/// A Markdown or text brief: the heading, then each quote with its attribution line.
fn brief<'a>(heading: &str, quotes: impl Iterator<Item = (&'a Quote, String)>, format: Format) -> String {
    let markdown = format == Format::Markdown;
    let mut out = if markdown { format!("# {}\n", escape_md(heading)) } else { format!("{heading}\n") };
    for (q, attribution) in quotes {
        if markdown {
            let body = guard_block_start(marked_with(q, bold, escape_md));
            out.push_str(&format!("\n> {body}\n\n{}\n", escape_md(&attribution)));
        } else {
            out.push_str(&format!("\n“{}”\n{attribution}\n", marked(q)));
        }
    }
    out
}

/// The quote's text with each red line (overlapping hits merged) written inline as
/// `[TAG:severity phrase]`, e.g. `[UL:3 will not wait]`; hits that overlap show every
/// distinct tag, `[UL:3+TH:4 …]`.
pub fn marked(quote: &Quote) -> String {
    marked_with(
        quote,
        |out, text, hits| {
            let mut tags: Vec<String> = Vec::new();
            for h in hits {
                let tag = format!("{}:{}", h.tag, h.severity);
                if !tags.contains(&tag) {
                    tags.push(tag);
                }
            }
            out.push_str(&format!("[{} {text}]", tags.join("+")));
        },
        str::to_string,
    )
}

/// `— Speaker, “Title”, Byline, Dateline, ¶N`, leaving out the parts the analysis lacks.
pub fn attribution(analysis: &Analysis, quote: &Quote) -> String {
    let title = analysis.title.as_ref().map(|t| format!("“{t}”"));
    let parts: Vec<String> = [quote.speaker.clone(), title, analysis.byline.clone(), analysis.dateline.clone()]
        .into_iter()
        .flatten()
        .chain([format!("¶{}", quote.paragraph)])
        .collect();
    format!("— {}", parts.join(", "))
}

/// Writes the quote's text, plain stretches through `plain` and each marked stretch (one
/// maximal run of overlapping or touching red lines) through `mark`.
fn marked_with(
    quote: &Quote,
    mut mark: impl FnMut(&mut String, &str, &[&RedLine]),
    plain: impl Fn(&str) -> String,
) -> String {
    let text = quote.text.as_str();
    let mut out = String::new();
    let mut at = 0;
    for (range, hits) in spans(quote) {
        out.push_str(&plain(&text[at..range.start]));
        mark(&mut out, &text[range.clone()], &hits);
        at = range.end;
    }
    out.push_str(&plain(&text[at..]));
    out
}

/// The quote's red lines as ranges into `quote.text`, clipped to it, merged where they
/// overlap or touch, in order. Ranges off character boundaries are dropped, never sliced.
fn spans(quote: &Quote) -> Vec<(Range<usize>, Vec<&RedLine>)> {
    let text = quote.text.as_str();
    let mut hits: Vec<(Range<usize>, &RedLine)> = quote
        .red_lines
        .iter()
        .map(|h| {
            let clip = |at: usize| at.saturating_sub(quote.start).min(text.len());
            (clip(h.start)..clip(h.end), h)
        })
        .filter(|(r, _)| r.start < r.end && text.is_char_boundary(r.start) && text.is_char_boundary(r.end))
        .collect();
    hits.sort_by_key(|(r, _)| (r.start, r.end));
    let mut out: Vec<(Range<usize>, Vec<&RedLine>)> = Vec::new();
    for (r, h) in hits {
        match out.last_mut() {
            Some((last, group)) if r.start <= last.end => {
                last.end = last.end.max(r.end);
                group.push(h);
            }
            _ => out.push((r, vec![h])),
        }
    }
    out
}

/// Writes a marked stretch in Markdown bold, keeping any surrounding whitespace outside the
/// asterisks (where CommonMark would not read them as emphasis).
fn bold(out: &mut String, text: &str, _: &[&RedLine]) {
    let inner = text.trim();
    if inner.is_empty() {
        out.push_str(&escape_md(text));
        return;
    }
    let lead = &text[..text.len() - text.trim_start().len()];
    let trail = &text[text.trim_end().len()..];
    out.push_str(&format!("{}**{}**{}", escape_md(lead), escape_md(inner), escape_md(trail)));
}

/// Escapes what would make the start of a blockquote line a list item (`- `, `+ `, `1. `).
fn guard_block_start(body: String) -> String {
    let digits = body.len() - body.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    match body.as_bytes().get(digits) {
        Some(b'-' | b'+') if digits == 0 => format!("\\{body}"),
        Some(b'.' | b')') if digits > 0 => format!("{}\\{}", &body[..digits], &body[digits..]),
        _ => body,
    }
}

/// Escapes the characters Markdown would read as markup, and turns line breaks into spaces
/// so a quote stays one blockquote line.
fn escape_md(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' | '*' | '_' | '`' | '[' | ']' | '<' | '>' | '#' | '|' => {
                out.push('\\');
                out.push(c);
            }
            '\r' => {}
            '\n' => out.push(' '),
            _ => out.push(c),
        }
    }
    out
}

/// Writes `contents` to `path` atomically: a temporary file in the same folder is written,
/// flushed and synced, then renamed onto `path`. Without `overwrite` an existing target is
/// refused (checked by the rename itself, so there is no race). On any failure nothing is
/// left behind and an existing target is untouched.
pub fn write_atomic(path: &Path, contents: &[u8], overwrite: bool) -> Result<(), ExportError> {
    let io = |source| ExportError::Io { path: path.to_path_buf(), source };
    let folder = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    if !folder.is_dir() {
        return Err(ExportError::NoFolder { path: path.to_path_buf(), folder: folder.to_path_buf() });
    }
    if !overwrite && path.exists() {
        return Err(ExportError::Exists(path.to_path_buf()));
    }
    let mut builder = tempfile::Builder::new();
    builder.prefix(".redline-").suffix(".tmp");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        // Like any new file: 0o666 less the umask, not the 0o600 of a temporary file.
        builder.permissions(std::fs::Permissions::from_mode(0o666));
    }
    let mut tmp = builder.tempfile_in(folder).map_err(io)?;
    tmp.write_all(contents).map_err(io)?;
    tmp.flush().map_err(io)?;
    tmp.as_file().sync_all().map_err(io)?;
    let persisted = if overwrite { tmp.persist(path) } else { tmp.persist_noclobber(path) };
    match persisted {
        Ok(_) => Ok(()),
        Err(e) if e.error.kind() == std::io::ErrorKind::AlreadyExists && !overwrite => {
            Err(ExportError::Exists(path.to_path_buf()))
        }
        Err(e) => Err(io(e.error)),
    }
}

#[cfg(test)]
#[path = "export_tests.rs"]
mod tests;
