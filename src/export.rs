//! Renderings of a selection of quotes for a brief — Markdown, JSON and plain text — and
//! atomic writing of them to a file.
//!
//! (API skeleton: the renderings and the atomic writer are being filled in.)

use std::path::{Path, PathBuf};

use crate::analysis::Analysis;

/// An export format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Markdown for a brief: blockquotes, red lines in bold, attribution lines.
    Markdown,
    /// The quote objects of `redline analyze --json`, with title and source.
    Json,
    /// Plain text.
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

/// Why an export could not be written.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// The target exists and overwriting was not allowed.
    #[error("{}: already exists (use --force to overwrite)", .0.display())]
    Exists(PathBuf),
    /// Any I/O failure, with the path it concerned.
    #[error("{}: {source}", path.display())]
    Io {
        /// The path being written.
        path: PathBuf,
        /// The underlying error.
        source: std::io::Error,
    },
}

/// Renders the quotes with these ids (in the given order) in `format`.
pub fn render(analysis: &Analysis, quote_ids: &[usize], format: Format) -> String {
    let _ = format;
    quote_ids.iter().filter_map(|id| analysis.quote(*id)).map(|q| format!("{}\n", q.text)).collect()
}

/// Writes `contents` to `path` atomically (temporary file in the same folder, flush, sync,
/// rename). Refuses to replace an existing file unless `overwrite`.
pub fn write_atomic(path: &Path, contents: &[u8], overwrite: bool) -> Result<(), ExportError> {
    if !overwrite && path.exists() {
        return Err(ExportError::Exists(path.to_path_buf()));
    }
    std::fs::write(path, contents).map_err(|source| ExportError::Io { path: path.to_path_buf(), source })
}
