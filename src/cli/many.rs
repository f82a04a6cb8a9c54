//! The commands over several articles (several FILEs, or a folder): the articles are
//! analysed in parallel and their results handled in the order of [`Corpus::entries`].
//! An article that cannot be read is skipped with a warning; only when none can be read is
//! it an error. A progress bar is drawn on stderr when it is a terminal and there are many
//! articles.

use std::io::{self, IsTerminal, Write};

use indicatif::{ProgressBar, ProgressStyle};
use redline_analysis::{
    Analysis, Analyzer, Corpus, Format, Loaded, SourceError, display_safe, map_ordered, write_json,
};

use super::export::{self, ExportArgs};
use super::{CliError, output, summary};

/// More articles than this get a progress bar (when stderr is a terminal).
const PROGRESS_FROM: usize = 50;

/// The article the reader opens: the first of the corpus that can be read, with the warnings
/// of the articles skipped before it and its own. With one article named, failing to read it
/// is an error.
pub fn first(analyzer: &Analyzer, corpus: &Corpus, max_bytes: u64) -> Result<(Analysis, Vec<String>), CliError> {
    let mut warnings = Vec::new();
    for entry in &corpus.entries {
        match super::analyze(analyzer, entry, max_bytes) {
            Ok((analysis, more)) => {
                warnings.extend(more);
                return Ok((analysis, warnings));
            }
            Err(e) if corpus.single => return Err(e),
            Err(e) => warnings.push(e.to_string()),
        }
    }
    Err(none_read(corpus))
}

/// `analyze` over several articles: with `json`, JSON Lines (one compact analysis per line);
/// otherwise one summary per article under a `==> source <==` header line, blank lines
/// between. Each result is printed as soon as it and those before it are ready.
pub fn analyze(analyzer: &Analyzer, corpus: &Corpus, json: bool, max_bytes: u64) -> Result<(), CliError> {
    let progress = Progress::new(corpus.entries.len());
    let mut out = io::stdout().lock();
    let mut printed = 0;
    let result = map_ordered(
        &corpus.entries,
        |entry| -> Result<(Vec<u8>, Vec<String>), SourceError> {
            let loaded = Loaded::read(entry, max_bytes)?;
            let (analysis, warnings) = corrected(loaded.analyze(analyzer), loaded.source.warnings);
            let rendered = if json {
                // The JSON of an article is a few times the size of its text.
                let mut line = Vec::with_capacity(analysis.text.len() * 4);
                // Cannot fail: plain structs with string keys, written to memory.
                write_json(&mut line, &analysis, false).expect("an analysis serialises");
                line.push(b'\n');
                line
            } else {
                format!("==> {} <==\n{}", display_safe(&analysis.source), summary::render(&analysis)).into_bytes()
            };
            Ok((rendered, warnings))
        },
        |result| -> io::Result<()> {
            progress.inc();
            match result {
                Err(e) => progress.warn(&[e.to_string()]),
                Ok((rendered, warnings)) => {
                    progress.warn(&warnings);
                    let gap = if json || printed == 0 { "" } else { "\n" };
                    printed += 1;
                    let written = out.write_all(gap.as_bytes()).and_then(|()| out.write_all(&rendered));
                    written.and_then(|()| out.flush())?;
                }
            }
            Ok(())
        },
    );
    progress.finish();
    match result {
        // A closed pipe (`redline analyze DIR --json | head`) ends quietly.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err(CliError::Stdout(e)),
        Ok(()) if printed == 0 => Err(none_read(corpus)),
        Ok(()) => Ok(()),
    }
}

/// `export` over several articles: the selected quotes of every article in one brief
/// ([`Format::render_many`]). Only what the brief needs of each analysis is kept until it is
/// written. A `--topic` label no article has is an error.
pub fn export(
    analyzer: &Analyzer,
    corpus: &Corpus,
    args: &ExportArgs,
    format: Format,
    max_bytes: u64,
) -> Result<(), CliError> {
    let progress = Progress::new(corpus.entries.len());
    let mut kept: Vec<(Analysis, Vec<usize>)> = Vec::new();
    let mut found = vec![false; args.topic.len()];
    let done = map_ordered(
        &corpus.entries,
        |entry| -> Result<_, SourceError> {
            let loaded = Loaded::read(entry, max_bytes)?;
            let (analysis, warnings) = corrected(loaded.analyze(analyzer), loaded.source.warnings);
            let (ids, labels) = export::matching(&analysis, &args.topic, args.min_severity);
            Ok((for_brief(analysis), ids, labels, warnings))
        },
        |result| -> Result<(), std::convert::Infallible> {
            progress.inc();
            match result {
                Err(e) => progress.warn(&[e.to_string()]),
                Ok((analysis, ids, labels, warnings)) => {
                    progress.warn(&warnings);
                    found.iter_mut().zip(labels).for_each(|(f, l)| *f |= l);
                    kept.push((analysis, ids));
                }
            }
            Ok(())
        },
    );
    progress.finish();
    let Ok(()) = done;
    if kept.is_empty() {
        return Err(none_read(corpus));
    }
    if let Some((label, _)) = args.topic.iter().zip(&found).find(|(_, f)| !**f) {
        let n = kept.len();
        return Err(CliError::Option("--topic", format!("no topic {label:?} in any of the {n} articles read")));
    }
    if kept.iter().all(|(_, ids)| ids.is_empty()) {
        output::warn(&["no quotes match the selection".into()]);
    }
    let articles: Vec<(&Analysis, Vec<usize>)> = kept.iter().map(|(a, ids)| (a, ids.clone())).collect();
    export::deliver(&format.render_many(&articles), args)
}

/// The analysis with the corrections stored for its text (see [`crate::store`]); a broken
/// sidecar is one more warning.
fn corrected(mut analysis: Analysis, mut warnings: Vec<String>) -> (Analysis, Vec<String>) {
    warnings.extend(crate::store::apply(&mut analysis));
    (analysis, warnings)
}

/// The analysis without what a brief does not use (the text, paragraphs, topics and the
/// list of all red lines; quotes keep theirs), to keep memory small over many articles.
fn for_brief(analysis: Analysis) -> Analysis {
    Analysis {
        text: String::new(),
        extracted_text: None,
        paragraphs: Vec::new(),
        topics: Vec::new(),
        red_lines: Vec::new(),
        ..analysis
    }
}

/// The error when no article of the corpus could be read.
fn none_read(corpus: &Corpus) -> CliError {
    let n = corpus.entries.len();
    let what = if n == 1 { "the one article".to_string() } else { format!("any of the {n} articles") };
    CliError::Option("FILE", format!("could not read {what} (see the warnings above)"))
}

/// A progress bar on stderr, or nothing (stderr not a terminal, or few articles); warnings
/// are printed above it, made safe by [`output::warn`]. The bar itself shows only counts and
/// times, never a name from the input.
struct Progress(Option<ProgressBar>);

impl Progress {
    fn new(total: usize) -> Progress {
        let shown = total > PROGRESS_FROM && io::stderr().is_terminal();
        Progress(shown.then(|| {
            let style = ProgressStyle::with_template("{bar:40} {pos}/{len} articles, {eta} left")
                .unwrap_or_else(|_| ProgressStyle::default_bar());
            ProgressBar::new(total as u64).with_style(style)
        }))
    }

    fn inc(&self) {
        if let Some(bar) = &self.0 {
            bar.inc(1);
        }
    }

    fn warn(&self, warnings: &[String]) {
        match &self.0 {
            Some(bar) => bar.suspend(|| output::warn(warnings)),
            None => output::warn(warnings),
        }
    }

    fn finish(&self) {
        if let Some(bar) = &self.0 {
            bar.finish_and_clear();
        }
    }
}
