//! Several articles at once: the command line's FILE arguments (files, folders, `-` for
//! stdin) expanded into a sorted list of articles, each loaded into a [`Source`] — HTML and
//! Markdown reduced to their text — and analysed in parallel with the results handed on in
//! that order.
//!
//! When the text was extracted from HTML or Markdown, [`Loaded::analyze`] marks the analysis
//! with [`Analysis::with_text_in_json`], so its JSON carries the extracted text as `"text"`
//! and every offset can be checked against it.

mod joined;

pub use joined::{Joined, JoinedArticle};

use std::collections::VecDeque;
use std::panic::{self, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::sync::mpsc;

use walkdir::WalkDir;

use crate::text::extract::{Kind, html_to_text, markdown_to_text};
use crate::text::source::{Reason, Source, SourceError};
use crate::{Analysis, Analyzer};

/// True when the folder holds at least one article file (searched recursively, stopping at
/// the first).
pub fn has_articles(dir: &Path) -> bool {
    WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .any(|e| e.file_type().is_file() && Kind::is_article_file(e.path()))
}

/// One article to read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Entry {
    /// The bundled article (no FILE given).
    Bundled,
    /// Standard input (`-`).
    Stdin,
    /// A file, named directly or found in a folder.
    File(PathBuf),
}

/// The articles the command line names, in order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Corpus {
    /// Every article: the arguments in the order given, each folder replaced by the article
    /// files under it sorted by path.
    pub entries: Vec<Entry>,
    /// True when the arguments name one article (one file, `-`, or none for the bundled one)
    /// rather than several files or a folder: a bad input is then an error, not a warning.
    pub single: bool,
    /// Problems met while searching folders (e.g. a sub-folder that cannot be read), one line
    /// each, naming the path.
    pub warnings: Vec<String>,
}

/// Why the arguments do not name articles. `Display` is one line naming the argument.
#[derive(Debug, thiserror::Error)]
pub enum CorpusError {
    /// A named path does not exist or cannot be inspected.
    #[error(transparent)]
    Source(#[from] SourceError),
    /// A folder holds no `.txt`, `.md`, `.html` or `.htm` file.
    #[error("{}: no article files (.txt, .md, .html, .htm) in this folder", .0.display())]
    NoArticles(PathBuf),
    /// `-` was given more than once.
    #[error("-: standard input named more than once")]
    StdinTwice,
}

impl Corpus {
    /// Expands the FILE arguments: none is the bundled article, `-` is stdin, a folder is
    /// searched recursively for article files ([`Kind::is_article_file`]), sorted by path;
    /// any other path is a file (whatever its extension). A path that does not exist and a
    /// folder without article files are errors.
    pub fn expand(args: &[PathBuf]) -> Result<Corpus, CorpusError> {
        let mut corpus = Corpus { entries: Vec::new(), single: true, warnings: Vec::new() };
        if args.is_empty() {
            corpus.entries.push(Entry::Bundled);
            return Ok(corpus);
        }
        corpus.single = args.len() == 1;
        for arg in args {
            if arg.as_os_str() == "-" {
                if corpus.entries.contains(&Entry::Stdin) {
                    return Err(CorpusError::StdinTwice);
                }
                corpus.entries.push(Entry::Stdin);
                continue;
            }
            let meta = std::fs::metadata(arg).map_err(|e| {
                let reason = match e.kind() {
                    std::io::ErrorKind::NotFound => Reason::NotFound,
                    _ => Reason::Unreadable(e),
                };
                SourceError::new(&arg.display().to_string(), reason)
            })?;
            if meta.is_dir() {
                corpus.single = false;
                let found = corpus.search(arg);
                if found.is_empty() {
                    return Err(CorpusError::NoArticles(arg.clone()));
                }
                corpus.entries.extend(found.into_iter().map(Entry::File));
            } else {
                corpus.entries.push(Entry::File(arg.clone()));
            }
        }
        Ok(corpus)
    }

    /// The article files under `folder`, sorted by path; unreadable parts become warnings.
    fn search(&mut self, folder: &Path) -> Vec<PathBuf> {
        let mut found = Vec::new();
        for item in WalkDir::new(folder).follow_links(true) {
            match item {
                Ok(e) if e.file_type().is_file() && Kind::is_article_file(e.path()) => found.push(e.into_path()),
                Ok(_) => {}
                Err(e) => {
                    let path = e.path().unwrap_or(folder).display().to_string();
                    let why = e.io_error().map_or_else(|| e.to_string(), |io| io.to_string());
                    self.warnings.push(format!("{path}: {why}"));
                }
            }
        }
        found.sort();
        found
    }
}

/// An article read and, for HTML and Markdown, reduced to its text.
#[derive(Debug, Clone)]
pub struct Loaded {
    /// The text to analyse, under the name of the input (its path, `-`, or the bundled name).
    pub source: Source,
    /// True when `source.text` was extracted from HTML or Markdown.
    pub extracted: bool,
}

impl Loaded {
    /// Reads one article within `max_bytes`: a file is read with [`Source::from_path`], then
    /// by [`Kind::of`] its path: HTML through [`html_to_text`], Markdown through
    /// [`markdown_to_text`], anything else as is. Stdin and the bundled article are plain text.
    /// A page without article text is a [`Reason::NoArticle`] error naming the file.
    pub fn read(entry: &Entry, max_bytes: u64) -> Result<Loaded, SourceError> {
        let (mut source, kind) = match entry {
            Entry::Bundled => (Source::open(None, max_bytes)?, Kind::Text),
            Entry::Stdin => (Source::from_stdin(max_bytes)?, Kind::Text),
            Entry::File(path) => (Source::from_path(path, max_bytes)?, Kind::of(path)),
        };
        let no_article = |name: &str, why: String| SourceError::new(name, Reason::NoArticle(why));
        let text = match kind {
            Kind::Text => return Ok(Loaded { source, extracted: false }),
            Kind::Html => html_to_text(&source.text).map_err(|why| no_article(&source.name, why.to_string()))?,
            Kind::Markdown => markdown_to_text(&source.text),
        };
        if text.trim().is_empty() {
            return Err(no_article(&source.name, "no text left once the markup is removed".into()));
        }
        source.text = text;
        Ok(Loaded { source, extracted: true })
    }

    /// The analysis of the text; when the text was extracted, it is included in the JSON as
    /// `"text"` (see [`Analysis::with_text_in_json`]).
    pub fn analyze(&self, analyzer: &Analyzer) -> Analysis {
        let analysis = analyzer.analyze(&self.source);
        if self.extracted { analysis.with_text_in_json() } else { analysis }
    }
}

/// Items mapped by one task of [`map_ordered`]: few enough to hand results on quickly, enough
/// that waking threads to pass them on costs little.
const BATCH: usize = 16;

/// Applies `map` to every item in parallel and hands the results to `sink` one by one, in
/// the order of the items, each as soon as it and those before it are done. The workers never
/// wait for `sink`: at most a few batches per thread are computed ahead of it and held.
/// Stops at the first error of `sink`; a panic in `map` is resumed on the caller's thread.
pub fn map_ordered<T: Sync, R: Send, E>(
    items: &[T],
    map: impl Fn(&T) -> R + Sync,
    mut sink: impl FnMut(R) -> Result<(), E>,
) -> Result<(), E> {
    let batches: Vec<&[T]> = items.chunks(BATCH).collect();
    let ahead = rayon::current_num_threads().max(1) * 4;
    let (done, results) = mpsc::channel();
    let map = &map;
    rayon::in_place_scope(|scope| {
        let start = |i: usize| {
            let done = done.clone();
            let batch = batches[i];
            scope.spawn(move |_| {
                let mapped = panic::catch_unwind(AssertUnwindSafe(|| batch.iter().map(map).collect::<Vec<R>>()));
                // The receiver is gone only when the sink failed: the results are not wanted.
                let _ = done.send((i, mapped));
            });
        };
        (0..batches.len().min(ahead)).for_each(start);
        let mut started = batches.len().min(ahead);
        // `held[k]` holds the results of batch `next + k`, once it is done.
        let mut held: VecDeque<Option<Vec<R>>> = VecDeque::with_capacity(ahead);
        let mut next = 0;
        while next < batches.len() {
            let (i, mapped) = results.recv().expect("every started batch sends its results");
            let mapped = mapped.unwrap_or_else(|payload| panic::resume_unwind(payload));
            let k = i - next;
            if held.len() <= k {
                held.resize_with(k + 1, || None);
            }
            held[k] = Some(mapped);
            while let Some(Some(_)) = held.front() {
                let mapped = held.pop_front().flatten().expect("the front is done");
                next += 1;
                if started < batches.len() {
                    start(started);
                    started += 1;
                }
                mapped.into_iter().try_for_each(&mut sink)?;
            }
        }
        Ok(())
    })
}

#[cfg(test)]
mod tests;
