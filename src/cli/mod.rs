//! The command line: `redline [FILE]` opens the reader, `redline analyze` prints the
//! analysis, `redline export` writes a brief. Every failure is a [`CliError`] whose message is
//! one line naming the path (or option) concerned; `main` prints it and exits with status 2.

mod export;
mod generate;
mod many;
mod output;
mod summary;
mod timeline;
mod usage;

use std::borrow::Cow;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use clap::{Args, Parser, Subcommand};
use redline_analysis::{
    Analysis, Analyzer, Corpus, CorpusError, DEFAULT_MAX_BYTES, DataError, Entry, ExportError, Gazetteer, Language,
    Lexicon, Loaded, RedLineModel, Source, SourceError, has_articles, to_json,
};

use export::ExportArgs;
pub use output::error_line;
use output::{print, warn};
pub use usage::usage_error;

use crate::config::Config;
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
    /// Learned red-line model to use instead of the bundled assets/redline_model.tsv, or
    /// `none` for the lexicon's cues alone
    #[arg(long, global = true, value_name = "FILE|none")]
    model: Option<PathBuf>,
    /// Configuration file to read instead of $XDG_CONFIG_HOME/redline/config.toml
    #[arg(long, global = true, value_name = "PATH")]
    config: Option<PathBuf>,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Print the analysis of articles: readable summaries, or JSON (JSON Lines for several)
    #[command(visible_alias = "analyse")]
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
    /// Print a completion script for a shell (see the README for where to put it)
    Completions {
        /// The shell
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff), e.g. `redline man > ~/.local/share/man/man1/redline.1`
    Man,
    /// Print the configuration file with every setting at its default, to start from
    Config,
}

#[derive(Debug, Args)]
struct Input {
    /// Articles: files, folders (searched for .txt, .md, .html, .htm) or - for stdin
    /// [default: the bundled article]
    #[arg(value_name = "FILE|DIR|-")]
    files: Vec<PathBuf>,
}

impl Cli {
    /// Whether the command reads one article at most: `analyze`, `export` or the reader with
    /// no FILE, one file or `-` (not a folder).
    pub fn one_article(&self) -> bool {
        let files = match &self.command {
            Some(Command::Analyze { input, .. }) => &input.files,
            Some(Command::Export(args)) => &args.input.files,
            None => &self.files,
            Some(_) => return false,
        };
        // the command's FILEs, or those given before it (`redline notes.txt analyze`)
        !is_corpus(if files.is_empty() { &self.files } else { files })
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
    /// The configuration file is unusable: `file:line:column: reason`.
    #[error(transparent)]
    Config(#[from] crate::config::ConfigError),
    /// The command line asks for something that does not exist: the whole message.
    #[error("{0}")]
    Usage(String),
}

/// Runs the parsed command line to completion; warnings go to stderr (or to the reader's
/// status line), results to stdout or the `-o` file. One article (a FILE, `-` or none) works
/// as it always did; several (FILEs or a folder) go to `many`.
pub fn run(cli: Cli) -> Result<(), CliError> {
    match &cli.command {
        Some(Command::Completions { shell }) => return print(&generate::completions(*shell)),
        Some(Command::Man) => return print(&generate::man()),
        Some(Command::Config) => return print(crate::config::default_file().as_bytes()),
        None => usage::check_not_a_command(&cli.files)?,
        _ => {}
    }
    let config = crate::config::load(cli.config.as_deref())?;
    let analyzer = analyzer(&cli, &config)?;
    if cli.command.is_none() {
        configure_reader(&config);
    }
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
            tui::run(launch(content, lexicon, Vec::new(), &config)).map_err(CliError::Reader)
        }
        None => {
            let corpus = Corpus::expand(&cli.files)?;
            let (analysis, mut warnings) = many::first(&analyzer, &corpus, cli.max_bytes)?;
            warnings.splice(0..0, corpus.warnings);
            let content = tui::Content::Article(Box::new(analysis));
            tui::run(launch(content, analyzer.lexicon().clone(), warnings, &config)).map_err(CliError::Reader)
        }
        Some(Command::Analyze { input, json }) => {
            let (corpus, bulk) = expand(&analyzer, &articles(cli.files, input.files)?)?;
            warn(&corpus.warnings);
            if let Some(bulk) = bulk {
                return many::analyze(&bulk, &corpus, json, cli.max_bytes);
            }
            let analysis = analyze_warning(&analyzer, &corpus.entries[0], cli.max_bytes)?;
            let out = if json { to_json(&analysis, true) } else { summary::render(&analysis) };
            // the process ends here, which frees the analyzer's thousands of allocations at
            // once: freeing them one by one took a fortieth of one article's instructions
            std::mem::forget(analyzer);
            print(out.as_bytes())
        }
        Some(Command::Export(args)) => {
            let (corpus, bulk) = expand(&analyzer, &articles(cli.files, args.input.files.clone())?)?;
            warn(&corpus.warnings);
            let format = export::format(&args)?;
            if let Some(bulk) = bulk {
                return many::export(&bulk, &corpus, &args, format, cli.max_bytes);
            }
            let analysis = analyze_warning(&analyzer, &corpus.entries[0], cli.max_bytes)?;
            let ids = export::select(&analysis, &args.topic, args.min_severity)?;
            if ids.is_empty() {
                warn(&["no quotes match the selection".into()]);
            }
            export::deliver(&format.render(&analysis, &ids), &args)
        }
        Some(Command::Timeline(args)) => timeline::run(&analyzer, cli.files, args, cli.max_bytes),
        Some(Command::Completions { .. } | Command::Man | Command::Config) => Ok(()),
    }
}

/// Whether the reader opens a corpus: several FILEs, or a folder.
fn is_corpus(files: &[PathBuf]) -> bool {
    files.len() > 1 || files.first().is_some_and(|f| std::fs::metadata(f).is_ok_and(|m| m.is_dir()))
}

/// The articles named by `files` and, when there are several, the analyzer to analyse them
/// with ([`Analyzer::for_articles`]: the automaton built for their number).
fn expand<'a>(analyzer: &'a Analyzer, files: &[PathBuf]) -> Result<(Corpus, Option<Cow<'a, Analyzer>>), CliError> {
    let corpus = Corpus::expand(files)?;
    let bulk = match corpus.entries.len() {
        _ if corpus.single => None,
        n => Some(analyzer.for_articles(n)),
    };
    Ok((corpus, bulk))
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

/// Hands the reader, for the rest of the process, the parts of the configuration its key
/// table and terminal set-up read: key remaps (the help and hints follow them) and the
/// mouse. The theme and the clipboard method go with the [`launch`].
fn configure_reader(config: &Config) {
    tui::keymap::set_remaps(&config.keys, &crate::config::REMAPPED_MODES);
    tui::terminal::set_mouse(config.mouse);
}

/// What the reader opens with: the content, the lexicon (for the legend), the warnings, and
/// the configuration's theme and clipboard method. A colour the configuration gives a tag
/// the lexicon does not have changes nothing, and is one more warning.
fn launch(content: tui::Content, lexicon: Lexicon, mut warnings: Vec<String>, config: &Config) -> tui::Launch {
    let file = config.path.as_ref().map_or_else(String::new, |p| format!(" ({})", p.display()));
    let unknown = config.theme.colors.iter().filter(|(tag, _)| !lexicon.categories().iter().any(|c| c.tag == *tag));
    let unknown: Vec<String> =
        unknown.map(|(tag, _)| format!("theme.colors.{tag}: no such tag in the lexicon{file}")).collect();
    warnings.splice(0..0, unknown);
    tui::Launch { content, lexicon, warnings, theme: config.theme.clone(), clipboard: config.clipboard.clone() }
}

/// The analyzer: the lexicon and gazetteer of `--lexicon`/`--topics`, else of the
/// configuration file's `[data]`, else the bundled ones; the learned model likewise (`none`:
/// none).
fn analyzer(cli: &Cli, config: &Config) -> Result<Analyzer, CliError> {
    let read = |path: &Path| -> Result<(String, String), CliError> {
        let source = Source::from_path(path, cli.max_bytes)?;
        warn(&source.warnings);
        Ok((source.text, source.name))
    };
    let lexicon = match cli.lexicon.as_ref().or(config.lexicon.as_ref()) {
        Some(path) => read(path).and_then(|(text, name)| Ok(Lexicon::from_json(&text, &name)?))?,
        None => Lexicon::bundled(),
    };
    let gazetteer = match cli.topics.as_ref().or(config.topics.as_ref()) {
        Some(path) => read(path).and_then(|(text, name)| Ok(Gazetteer::from_json(&text, &name)?))?,
        None => Gazetteer::bundled(),
    };
    let analyzer = Analyzer::new(lexicon, gazetteer, Language::bundled());
    Ok(match cli.model.as_ref().or(config.model.as_ref()) {
        None => analyzer,
        Some(none) if none.as_os_str() == "none" => analyzer.with_model(None),
        Some(path) => {
            let model = read(path).and_then(|(text, name)| Ok(RedLineModel::from_tsv(&text, &name)?))?;
            analyzer.with_model(Some(model))
        }
    })
}

/// Reads and analyses one article; the source's warnings are returned with the analysis.
fn analyze(analyzer: &Analyzer, entry: &Entry, max_bytes: u64) -> Result<(Analysis, Vec<String>), CliError> {
    let loaded = Loaded::read(entry, max_bytes)?;
    Ok((loaded.analyze(analyzer), loaded.source.warnings))
}

/// Like [`analyze`], with the corrections stored for the text applied (see
/// [`crate::store`]), printing the warnings to stderr.
fn analyze_warning(analyzer: &Analyzer, entry: &Entry, max_bytes: u64) -> Result<Analysis, CliError> {
    let (mut analysis, mut warnings) = analyze(analyzer, entry, max_bytes)?;
    warnings.extend(crate::store::apply(&mut analysis));
    warn(&warnings);
    Ok(analysis)
}
