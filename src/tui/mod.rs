//! The terminal reader: an Elm-style loop. Keys and mouse become [`action::Action`]s through
//! the [`keymap`]; [`update::update`] applies them to the [`state::App`] (a [`document`] per
//! page, and each view's own state) and returns effects that this loop carries out (writing
//! an export, an OSC 52 copy, piping to the [`clipboard`] command), and works out the
//! geometry for the terminal's size ([`layout`]); [`view::draw`] paints the state without
//! changing it, in the colours of the [`theme`].

pub mod action;
pub mod catalog;
pub mod clipboard;
pub mod complete;
pub mod corpus_corrections;
pub mod document;
pub mod keymap;
pub mod layout;
pub mod loader;
pub mod sgr;
pub mod state;
pub mod terminal;
pub mod theme;
pub mod update;
pub mod view;
pub mod words;

#[cfg(test)]
mod tests;

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::mpsc::{Receiver, TryRecvError};
use std::time::{Duration, Instant};

use anyhow::Context;
use ratatui::crossterm::clipboard::CopyToClipboard;
use ratatui::crossterm::event::{self, Event, KeyEventKind};
use ratatui::crossterm::execute;
use redline_analysis::{Analysis, Analyzer, ExportError, Lexicon, write_atomic};

use action::{Action, Effect};
use document::Document;
use loader::Batch;
use state::App;
use terminal::{Signals, Term};
use update::update;

/// What the reader shows.
pub enum Content {
    /// One analysed article.
    Article(Box<Analysis>),
    /// Many articles, loaded in the background while the reader runs.
    Corpus {
        /// The FILE arguments (files and folders).
        files: Vec<PathBuf>,
        /// Analyses each article.
        analyzer: Arc<Analyzer>,
        /// Larger inputs are skipped.
        max_bytes: u64,
    },
}

/// What the reader opens with.
pub struct Launch {
    /// The article or corpus.
    pub content: Content,
    /// The lexicon, for the legend of red-line categories.
    pub lexicon: Lexicon,
    /// Warnings to show in the status line (e.g. a decoding fallback).
    pub warnings: Vec<String>,
    /// The configuration's base palette and colours by tag (`NO_COLOR` still wins).
    pub theme: theme::Choice,
    /// How `y` copies.
    pub clipboard: clipboard::Clipboard,
}

/// Runs the reader until the user quits. The terminal is restored on every path.
pub fn run(launch: Launch) -> anyhow::Result<()> {
    if !terminal::stdout_is_terminal() {
        anyhow::bail!(
            "standard output is not a terminal, so the reader cannot open; use `redline analyze` to print the analysis instead"
        );
    }
    let categories = launch.lexicon.categories().to_vec();
    let theme = theme::Theme::from_env(&categories, &launch.theme);
    // An article's corrections are loaded with it; a broken sidecar is one more warning.
    let (mut warnings, mut corrected) = (launch.warnings, None);
    let (doc, mut loading) = match launch.content {
        Content::Article(analysis) => {
            let stored = crate::store::load(&analysis.text);
            warnings.extend(stored.broken.as_ref().map(|b| b.to_string()));
            let article = state::corrected::Corrected::new(*analysis, stored);
            let doc = Document::article(article.analysis());
            corrected = Some(Box::new(article));
            (doc, None)
        }
        Content::Corpus { files, analyzer, max_bytes } => {
            let rx = loader::spawn(files, Arc::clone(&analyzer), max_bytes);
            (Document::corpus(analyzer), Some(rx))
        }
    };
    let mut app = App::new(doc, categories, theme);
    app.warnings = warnings;
    app.base.corrected = corrected;
    app.clipboard = launch.clipboard;
    app.tmux = std::env::var_os("TMUX").is_some_and(|v| !v.is_empty());
    app.home = std::env::var_os("HOME").filter(|h| !h.is_empty()).map(std::path::PathBuf::from);
    app.cwd = std::env::current_dir().unwrap_or_default();
    let signals = Signals::register().context("catching signals")?;
    terminal::install_panic_hook();
    let _guard = terminal::Guard;
    let mut term = terminal::enter().context("opening the terminal")?;
    let ended_by = event_loop(&mut term, &mut app, &signals, &mut loading);
    terminal::restore()?;
    let ended_by = ended_by?;
    if let Some(sig) = ended_by {
        std::process::exit(128 + sig);
    }
    Ok(())
}

/// Draws and handles events until quit; returns the signal that ended it, if one did.
fn event_loop(
    term: &mut Term,
    app: &mut App,
    signals: &Signals,
    loading: &mut Option<Receiver<Batch>>,
) -> anyhow::Result<Option<i32>> {
    loop {
        // The geometry is worked out for the size the frame will have.
        let size = term.size()?;
        if app.area.as_size() != size {
            update(app, Action::Resize(size));
        }
        term.draw(|frame| view::draw(frame, app))?;
        // A hidden hook for the terminal-safety test: debug builds only, never in release.
        #[cfg(debug_assertions)]
        if std::env::var_os("REDLINE_DEBUG_PANIC").is_some() {
            panic!("panic requested by REDLINE_DEBUG_PANIC");
        }
        let action = loop {
            if let Some(sig) = signals.take() {
                if terminal::is_termination(sig) {
                    return Ok(Some(sig));
                }
                break Some(Action::Suspend);
            }
            // New articles ask for a redraw, but a waiting key is read first.
            let arrived = drain(app, loading)?;
            let wait = match (arrived, loading.is_some()) {
                (true, _) => 0,
                (false, true) => 25,
                (false, false) => 250,
            };
            if event::poll(Duration::from_millis(wait))? {
                break match event::read()? {
                    Event::Key(key) if key.kind != KeyEventKind::Release => keymap::action_for(app, key),
                    Event::Mouse(mouse) => keymap::mouse_action(app, mouse),
                    _ => None,
                };
            }
            if arrived {
                break None;
            }
        };
        let mut next = action;
        while let Some(action) = next.take() {
            next = match update(app, action) {
                None => None,
                Some(Effect::Quit) => return Ok(None),
                Some(Effect::Suspend) => {
                    terminal::suspend(term)?;
                    None
                }
                Some(Effect::WriteExport { path, contents, overwrite }) => {
                    Some(match write_atomic(&path, contents.as_bytes(), overwrite) {
                        Ok(()) => Action::ExportWritten(path),
                        Err(ExportError::Exists(_)) => Action::ExportExists,
                        Err(e) => Action::ExportFailed(e.to_string()),
                    })
                }
                Some(Effect::SaveCorrections { path, corrections, done }) => {
                    Some(match crate::store::save(&path, &corrections) {
                        Ok(()) => Action::CorrectionsSaved(done),
                        Err(why) => Action::CorrectionsFailed(why),
                    })
                }
                Some(Effect::ListFolder { folder, prefix }) => {
                    Some(Action::Completions(complete::entries(&folder, &prefix)))
                }
                Some(Effect::Copy(text)) => {
                    execute!(std::io::stdout(), CopyToClipboard::to_clipboard_from(text))?;
                    Some(Action::Copied)
                }
                Some(Effect::Pipe { command, text }) => Some(match clipboard::pipe(&command, &text) {
                    Ok(()) => Action::Copied,
                    Err(why) => Action::CopyFailed(why),
                }),
            };
        }
    }
}

/// How long the reader takes in new articles before it looks for a key again.
const DRAIN_FOR: Duration = Duration::from_millis(8);

/// Takes the batches that have arrived, for at most [`DRAIN_FOR`] (at least one batch), so
/// a waiting key is read soon, and settles the geometry; true when the screen should be
/// redrawn. When the loader is done, loading ends; when it could read no article at all,
/// that is an error.
fn drain(app: &mut App, loading: &mut Option<Receiver<Batch>>) -> anyhow::Result<bool> {
    let Some(rx) = loading.as_ref() else {
        return Ok(false);
    };
    let started = Instant::now();
    let mut changed = false;
    while !changed || started.elapsed() < DRAIN_FOR {
        match rx.try_recv() {
            Ok(batch) => {
                if let Some(why) = batch.fatal {
                    anyhow::bail!(why);
                }
                app.receive(batch);
                changed = true;
            }
            Err(TryRecvError::Empty) => break,
            Err(TryRecvError::Disconnected) => {
                *loading = None;
                app.finish_loading();
                if app.has_corpus() && app.base.doc.articles().is_empty() {
                    let first = app.warnings.first().map(|w| format!(": {w}")).unwrap_or_default();
                    anyhow::bail!("could not read any of the articles{first}");
                }
                changed = true;
                break;
            }
        }
    }
    if changed {
        update::settle(app);
    }
    Ok(changed)
}
