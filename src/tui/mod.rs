//! The terminal reader: an Elm-style loop. Keys and mouse become [`action::Action`]s through
//! the [`keymap`]; [`update::update`] applies them to the [`state::State`] and returns effects
//! that this loop carries out; [`view::draw`] paints the state.

pub mod action;
pub mod keymap;
pub mod state;
pub mod terminal;
pub mod theme;
pub mod update;
pub mod view;

#[cfg(test)]
mod tests;

use std::time::Duration;

use anyhow::Context;
use ratatui::crossterm::clipboard::CopyToClipboard;
use ratatui::crossterm::event::{self, Event, KeyEventKind};
use ratatui::crossterm::execute;
use redline::Analysis;
use redline::export::{ExportError, write_atomic};
use redline::lexicon::Lexicon;

use action::Action;
use state::State;
use terminal::{Signals, Term};
use update::{Effect, update};

/// What the reader opens with.
pub struct Launch {
    /// The analysed article.
    pub analysis: Analysis,
    /// The lexicon, for the legend of red-line categories.
    pub lexicon: Lexicon,
    /// Warnings to show in the status line (e.g. a decoding fallback).
    pub warnings: Vec<String>,
}

/// Runs the reader until the user quits. The terminal is restored on every path.
pub fn run(launch: Launch) -> anyhow::Result<()> {
    if !terminal::stdout_is_terminal() {
        anyhow::bail!(
            "standard output is not a terminal, so the reader cannot open; use `redline analyze` to print the analysis instead"
        );
    }
    let mut state =
        State::new(launch.analysis, launch.lexicon.categories().to_vec(), launch.warnings, theme::Theme::from_env());
    let signals = Signals::register().context("catching signals")?;
    terminal::install_panic_hook();
    let _guard = terminal::Guard;
    let mut term = terminal::enter().context("opening the terminal")?;
    let ended_by = event_loop(&mut term, &mut state, &signals)?;
    terminal::restore()?;
    if let Some(sig) = ended_by {
        std::process::exit(128 + sig);
    }
    Ok(())
}

/// Draws and handles events until quit; returns the signal that ended it, if one did.
fn event_loop(term: &mut Term, state: &mut State, signals: &Signals) -> anyhow::Result<Option<i32>> {
    loop {
        term.draw(|frame| view::draw(frame, state))?;
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
            if event::poll(Duration::from_millis(250))? {
                break match event::read()? {
                    Event::Key(key) if key.kind != KeyEventKind::Release => keymap::action_for(state, key),
                    Event::Mouse(mouse) => keymap::mouse_action(state, mouse),
                    _ => None,
                };
            }
        };
        let mut next = action;
        while let Some(action) = next.take() {
            next = match update(state, action) {
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
                Some(Effect::Copy(text)) => {
                    execute!(std::io::stdout(), CopyToClipboard::to_clipboard_from(text))?;
                    Some(Action::Copied)
                }
            };
        }
    }
}
