//! The command line: `redline [FILE]` opens the reader, `redline analyze` prints the
//! analysis, `redline export` writes a brief. Every failure is a [`CliError`] whose message is
//! one line naming the path (or option) concerned; `main` prints it and exits with status 2.

mod many;
mod summary;
mod timeline;

use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use clap::{Args, Parser, Subcommand, ValueEnum};
use redline_analysis::{
    Analysis, Analyzer, Corpus, CorpusError, DEFAULT_MAX_BYTES, DataError, Entry, ExportError, Format, Gazetteer,
    Language, Lexicon, Loaded, Source, SourceError, has_articles, write_atomic,
};

use crate::tui;

/// A terminal reader for political and diplomatic statements: quotes, speakers, topics and
/// red lines.
#[derive(Debug, Parser)]
#[command(name = "redline", version, subcommand_precedence_over_arg = true)]
pub struct Cli {
    /// Articles: files, folders (searched for .txt, .md, .html, .htm) or - for stdin; the
    /// reader opens them all [default: the bundled article]
    #[arg(value_name = "FILE|DIR|-")]
    files: Vec<PathBuf>,
    /// Refuse inputs larger than N bytes
    #[arg(long, global = true, value_name = "N", default_value_t = DEFAULT_MAX_BYTES)]
    max_bytes: u64,
    /// Red-line lexicon to use instead of the bundled assets/redlines.json
    #[arg(long, global = true, value_name = "FILE")]
    lexicon: Option<PathBuf>,
    /// Topic gazetteer to use instead of the bundled assets/topics.json
    #[arg(long, global = true, value_name = "FILE")]
    topics: Option<PathBuf>,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Print the analysis of articles: readable summaries, or JSON (JSON Lines for several)
    Analyze {
        #[command(flatten)]
        input: Input,
        /// Print the analysis as JSON (the stable contract described in the README)
        #[arg(long)]
        json: bool,
    },
    /// Write selected quotes of articles as a brief in Markdown, JSON or plain text
    Export(ExportArgs),
    /// Print the escalation timeline of articles (per dated article: strongest red line,
    /// escalation and de-escalation counts) as CSV or JSON
    Timeline(timeline::TimelineArgs),
}

#[derive(Debug, Args)]
struct Input {
    /// Articles: files, folders (searched for .txt, .md, .html, .htm) or - for stdin
    /// [default: the bundled article]
    #[arg(value_name = "FILE|DIR|-")]
    files: Vec<PathBuf>,
}

#[derive(Debug, Args)]
struct ExportArgs {
    #[command(flatten)]
    input: Input,
    /// Keep only quotes of topics with this label (case-insensitive; repeat for several)
    #[arg(long, value_name = "LABEL")]
    topic: Vec<String>,
    /// Keep only quotes holding a red line of at least this severity
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u8).range(0..=5))]
    min_severity: Option<u8>,
    /// Output format [default: from the extension of -o]
    #[arg(long, value_enum)]
    format: Option<FormatArg>,
    /// Write to this file instead of stdout (atomically; never replaces a file without --force)
    #[arg(short, long, value_name = "PATH")]
    output: Option<PathBuf>,
    /// Replace the -o file if it exists
    #[arg(long, requires = "output")]
    force: bool,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum FormatArg {
    /// Markdown: blockquotes, red lines in bold, attribution lines
    #[value(alias = "markdown")]
    Md,
    /// JSON: title, source and the quote objects of `analyze --json`
    Json,
    /// Plain text, red lines marked [TAG:severity phrase]
    #[value(alias = "text")]
    Txt,
}

impl From<FormatArg> for Format {
    fn from(f: FormatArg) -> Format {
        match f {
            FormatArg::Md => Format::Markdown,
            FormatArg::Json => Format::Json,
            FormatArg::Txt => Format::Text,
        }
    }
}

/// Why a command failed. `Display` is one line without the `redline: ` prefix.
#[derive(Debug, thiserror::Error)]
pub enum CliError {
    /// The article (or a data file) could not be read.
    #[error(transparent)]
    Source(#[from] SourceError),
    /// The FILE arguments do not name articles.
    #[error(transparent)]
    Corpus(#[from] CorpusError),
    /// A lexicon or gazetteer file is malformed: `file:line:column: message`.
    #[error(transparent)]
    Data(#[from] DataError),
    /// The export could not be written.
    #[error(transparent)]
    Export(#[from] ExportError),
    /// An option's value cannot be used: `--option: reason`.
    #[error("{0}: {1}")]
    Option(&'static str, String),
    /// Writing to standard output failed.
    #[error("stdout: {0}")]
    Stdout(io::Error),
    /// The reader failed.
    #[error("reader: {0:#}")]
    Reader(anyhow::Error),
}

/// Runs the parsed command line to completion; warnings go to stderr (or to the reader's
/// status line), results to stdout or the `-o` file. One article (a FILE, `-` or none) works
/// as it always did; several (FILEs or a folder) go to [`many`].
pub fn run(cli: Cli) -> Result<(), CliError> {
    let analyzer = analyzer(&cli)?;
    match cli.command {
        None if is_corpus(&cli.files) => {
            if let Some(missing) = cli.files.iter().find(|f| f.as_os_str() != "-" && std::fs::metadata(f).is_err()) {
                Corpus::expand(std::slice::from_ref(missing))?;
            }
            // before the reader opens: a folder must hold an article (the walk stops at the first)
            if let Some(empty) = cli.files.iter().find(|f| f.is_dir() && !has_articles(f)) {
                return Err(CorpusError::NoArticles(empty.clone()).into());
            }
            let lexicon = analyzer.lexicon().clone();
            let content =
                tui::Content::Corpus { files: cli.files, analyzer: Arc::new(analyzer), max_bytes: cli.max_bytes };
            tui::run(tui::Launch { content, lexicon, warnings: Vec::new() }).map_err(CliError::Reader)
        }
        None => {
            let corpus = Corpus::expand(&cli.files)?;
            let (analysis, mut warnings) = many::first(&analyzer, &corpus, cli.max_bytes)?;
            warnings.splice(0..0, corpus.warnings);
            let launch = tui::Launch {
                content: tui::Content::Article(Box::new(analysis)),
                lexicon: analyzer.lexicon().clone(),
                warnings,
            };
            tui::run(launch).map_err(CliError::Reader)
        }
        Some(Command::Analyze { input, json }) => {
            let (corpus, bulk) = expand(&analyzer, &articles(cli.files, input.files)?)?;
            warn(&corpus.warnings);
            if let Some(bulk) = bulk {
                return many::analyze(&bulk, &corpus, json, cli.max_bytes);
            }
            let analysis = analyze_warning(&analyzer, &corpus.entries[0], cli.max_bytes)?;
            let out = if json {
                // Cannot fail: plain structs with string keys.
                serde_json::to_string_pretty(&analysis).unwrap_or_default() + "\n"
            } else {
                summary::render(&analysis)
            };
            print(out.as_bytes())
        }
        Some(Command::Export(args)) => {
            let (corpus, bulk) = expand(&analyzer, &articles(cli.files, args.input.files.clone())?)?;
            warn(&corpus.warnings);
            let format = format(&args)?;
            if let Some(bulk) = bulk {
                return many::export(&bulk, &corpus, &args, format, cli.max_bytes);
            }
            let analysis = analyze_warning(&analyzer, &corpus.entries[0], cli.max_bytes)?;
            let ids = select(&analysis, &args.topic, args.min_severity)?;
            if ids.is_empty() {
                eprintln!("redline: warning: no quotes match the selection");
            }
            deliver(&format.render(&analysis, &ids), &args)
        }
        Some(Command::Timeline(args)) => timeline::run(&analyzer, cli.files, args, cli.max_bytes),
    }
}

/// Whether the reader opens a corpus: several FILEs, or a folder.
fn is_corpus(files: &[PathBuf]) -> bool {
    files.len() > 1 || files.first().is_some_and(|f| std::fs::metadata(f).is_ok_and(|m| m.is_dir()))
}

/// The articles named by `files` and, when there are several, the analyzer built for many
/// ([`Analyzer::for_bulk`]): its automaton is built on a second thread while folders are walked.
fn expand(analyzer: &Analyzer, files: &[PathBuf]) -> Result<(Corpus, Option<Analyzer>), CliError> {
    let several = files.len() > 1 || files.iter().any(|f| f.is_dir());
    std::thread::scope(|scope| {
        let bulk = several.then(|| scope.spawn(|| analyzer.for_bulk()));
        let corpus = Corpus::expand(files)?;
        let bulk = bulk.map(|build| build.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic)));
        let bulk = if corpus.single { None } else { Some(bulk.unwrap_or_else(|| analyzer.for_bulk())) };
        Ok((corpus, bulk))
    })
}

/// The articles a command works on: its own FILEs, or those given before the command
/// (`redline notes.txt analyze`); both at once is an error.
fn articles(before: Vec<PathBuf>, after: Vec<PathBuf>) -> Result<Vec<PathBuf>, CliError> {
    match (before.first(), after.first()) {
        (Some(a), Some(b)) => {
            Err(CliError::Option("FILE", format!("given twice ({} and {})", a.display(), b.display())))
        }
        _ => Ok(if before.is_empty() { after } else { before }),
    }
}

/// Prints a clap error as one line (help and version are printed whole) and gives the status
/// to exit with.
pub fn usage_error(e: clap::Error) -> u8 {
    use clap::error::ErrorKind;
    if matches!(e.kind(), ErrorKind::DisplayHelp | ErrorKind::DisplayVersion) {
        let _ = e.print();
        return 0;
    }
    let rendered = e.render().to_string();
    let first = rendered.lines().next().unwrap_or_default();
    eprintln!("redline: {} (see redline --help)", first.trim_start_matches("error: "));
    2
}

fn analyzer(cli: &Cli) -> Result<Analyzer, CliError> {
    let read = |path: &Path| -> Result<(String, String), CliError> {
        let source = Source::from_path(path, cli.max_bytes)?;
        warn(&source.warnings);
        Ok((source.text, source.name))
    };
    let lexicon = match &cli.lexicon {
        Some(path) => read(path).and_then(|(text, name)| Ok(Lexicon::from_json(&text, &name)?))?,
        None => Lexicon::bundled(),
    };
    let gazetteer = match &cli.topics {
        Some(path) => read(path).and_then(|(text, name)| Ok(Gazetteer::from_json(&text, &name)?))?,
        None => Gazetteer::bundled(),
    };
    Ok(Analyzer::new(lexicon, gazetteer, Language::bundled()))
}

/// Reads and analyses one article; the source's warnings are returned with the analysis.
fn analyze(analyzer: &Analyzer, entry: &Entry, max_bytes: u64) -> Result<(Analysis, Vec<String>), CliError> {
    let loaded = Loaded::read(entry, max_bytes)?;
    Ok((loaded.analyze(analyzer), loaded.source.warnings))
}

/// Like [`analyze`], printing the warnings to stderr.
fn analyze_warning(analyzer: &Analyzer, entry: &Entry, max_bytes: u64) -> Result<Analysis, CliError> {
    let (analysis, warnings) = analyze(analyzer, entry, max_bytes)?;
    warn(&warnings);
    Ok(analysis)
}

fn warn(warnings: &[String]) {
    for w in warnings {
        eprintln!("redline: warning: {w}");
    }
}

/// The export format: `--format`, or the extension of `-o`.
fn format(args: &ExportArgs) -> Result<Format, CliError> {
    match (args.format, &args.output) {
        (Some(f), _) => Ok(f.into()),
        (None, Some(path)) => Format::from_path(path).ok_or_else(|| {
            CliError::Option("--format", format!("cannot tell from {}; give md, json or txt", path.display()))
        }),
        (None, None) => Err(CliError::Option("--format", "required without -o; give md, json or txt".into())),
    }
}

/// Writes the rendered brief to the `-o` file (atomically) or to stdout.
fn deliver(rendered: &str, args: &ExportArgs) -> Result<(), CliError> {
    match &args.output {
        Some(path) => Ok(write_atomic(path, rendered.as_bytes(), args.force)?),
        None => print(rendered.as_bytes()),
    }
}

/// The ids of the quotes to export, in text order: those of the named topics (all quotes when
/// none is named) holding a red line of at least `min_severity` (when given). A label the
/// article has no topic for is an error listing its topics.
fn select(analysis: &Analysis, topics: &[String], min_severity: Option<u8>) -> Result<Vec<usize>, CliError> {
    let (ids, found) = matching(analysis, topics, min_severity);
    match topics.iter().zip(found).find(|(_, found)| !found) {
        Some((label, _)) => {
            let known: Vec<&str> = analysis.topics.iter().map(|t| t.label.as_str()).collect();
            let known = if known.is_empty() { "none found".to_string() } else { known.join(", ") };
            Err(CliError::Option("--topic", format!("no topic {label:?} (topics: {known})")))
        }
        None => Ok(ids),
    }
}

/// Like [`select`], but a label the article has no topic for only selects nothing; with the
/// ids comes, for each label, whether the article has a topic of that label.
fn matching(analysis: &Analysis, topics: &[String], min_severity: Option<u8>) -> (Vec<usize>, Vec<bool>) {
    let mut wanted: Option<Vec<usize>> = None;
    let mut found = Vec::with_capacity(topics.len());
    for label in topics {
        let label = label.to_lowercase();
        let hits: Vec<&redline_analysis::Topic> =
            analysis.topics.iter().filter(|t| t.label.to_lowercase() == label).collect();
        found.push(!hits.is_empty());
        wanted.get_or_insert_with(Vec::new).extend(hits.iter().flat_map(|t| t.quotes.iter().copied()));
    }
    let ids = analysis
        .quotes
        .iter()
        .filter(|q| wanted.as_ref().is_none_or(|w| w.contains(&q.id)))
        .filter(|q| min_severity.is_none_or(|n| q.red_lines.iter().any(|r| r.severity >= n)))
        .map(|q| q.id)
        .collect();
    (ids, found)
}

/// Writes to stdout; a closed pipe (`redline analyze | head`) ends quietly.
fn print(bytes: &[u8]) -> Result<(), CliError> {
    let mut out = io::stdout().lock();
    match out.write_all(bytes).and_then(|()| out.flush()) {
        Err(e) if e.kind() != io::ErrorKind::BrokenPipe => Err(CliError::Stdout(e)),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn analysis() -> Analysis {
        let quote = |id: usize, severities: &[u8]| {
            let hits: Vec<_> = severities
                .iter()
                .map(|s| {
                    serde_json::json!({"text": "x", "start": 0, "end": 1, "category": "C",
                    "tag": "C", "severity": s, "cue": "x", "quote": id})
                })
                .collect();
            serde_json::json!({"id": id, "text": "x", "start": 0, "end": 1, "paragraph": 1,
                "kind": "full", "speaker": null, "speaker_basis": null, "topics": [],
                "red_lines": hits})
        };
        let topic = |label: &str, quotes: &[usize]| {
            let paragraphs = [1];
            serde_json::json!({"label": label, "quotes": quotes, "paragraphs": paragraphs, "red_lines": 0})
        };
        serde_json::from_value(serde_json::json!({
            "source": "t.txt", "title": null, "byline": null, "dateline": null, "paragraphs": [],
            "quotes": [quote(1, &[1]), quote(2, &[]), quote(3, &[2, 4]), quote(4, &[3])],
            "topics": [topic("NATO", &[3, 1]), topic("Japan", &[4, 3])],
            "red_lines": [],
        }))
        .unwrap()
    }

    #[test]
    fn select_by_topic_and_severity_in_text_order() {
        let a = analysis();
        let labels = |l: &[&str]| l.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(select(&a, &[], None).unwrap(), [1, 2, 3, 4]);
        assert_eq!(select(&a, &labels(&["nato"]), None).unwrap(), [1, 3]);
        assert_eq!(select(&a, &labels(&["Japan", "NATO"]), None).unwrap(), [1, 3, 4]);
        assert_eq!(select(&a, &[], Some(3)).unwrap(), [3, 4]);
        assert_eq!(select(&a, &labels(&["NATO"]), Some(2)).unwrap(), [3]);
        assert_eq!(select(&a, &[], Some(0)).unwrap(), [1, 3, 4]);
        let e = select(&a, &labels(&["Iran"]), None).unwrap_err().to_string();
        assert_eq!(e, "--topic: no topic \"Iran\" (topics: NATO, Japan)");
    }

    #[test]
    fn matching_tells_which_labels_the_article_has_instead_of_failing() {
        let a = analysis();
        let labels = |l: &[&str]| l.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(matching(&a, &labels(&["Iran", "japan"]), None), (vec![3, 4], vec![false, true]));
        assert_eq!(matching(&a, &labels(&["Iran"]), None), (vec![], vec![false]));
        assert_eq!(matching(&a, &[], Some(4)), (vec![3], vec![]));
    }
}
