//! The pure heart of the reader: `update(&mut State, Action)` changes the state and returns
//! the effect (write a file, copy, quit, suspend) for the event loop to carry out.

use std::path::PathBuf;

use redline_analysis::Format;

use super::action::{Action, Pane};
use super::keymap::Mode;
use super::state::{ExportDialog, ExportStage, Overlay, Search, State, plural};

/// Something that touches the world, carried out by the event loop.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Leave the reader.
    Quit,
    /// Suspend to the shell; redraw fully on resume.
    Suspend,
    /// Write an export atomically; on an existing file, replace it only if `overwrite`.
    WriteExport {
        /// The target.
        path: PathBuf,
        /// The rendered export.
        contents: String,
        /// Whether the user agreed to replace an existing file.
        overwrite: bool,
    },
    /// Put this text on the clipboard with OSC 52.
    Copy(String),
}

/// The default name in the export dialog.
pub const DEFAULT_EXPORT_PATH: &str = "redline-export.md";

/// Applies one action.
pub fn update(state: &mut State, action: Action) -> Option<Effect> {
    match action {
        Action::Quit => return Some(Effect::Quit),
        Action::Suspend => return Some(Effect::Suspend),
        Action::ExportWritten(path) => {
            state.overlay = Overlay::None;
            state.message = Some(format!("Exported {} to {}", state.export_selection().1, path.display()));
            return None;
        }
        Action::ExportExists => return dialog(state, |d| d.stage = ExportStage::ConfirmOverwrite),
        Action::ExportFailed(why) => {
            return dialog(state, |d| {
                d.stage = ExportStage::Editing;
                d.error = Some(why);
            });
        }
        Action::Copied => {
            let n = state.marks.len();
            state.message = Some(format!("Copied {n} marked quote{} to the clipboard (OSC 52)", plural(n)));
            return None;
        }
        _ => {}
    }
    state.message = None;
    state.warnings.clear();
    match Mode::of(state) {
        Mode::View => view(state, action),
        Mode::Export | Mode::Confirm => export_dialog(state, action),
        Mode::Search => search(state, action),
        Mode::List => list(state, action),
        Mode::Reader | Mode::Anywhere => reader(state, action),
    }
}

fn dialog(state: &mut State, change: impl FnOnce(&mut ExportDialog)) -> Option<Effect> {
    if let Overlay::Export(d) = &mut state.overlay {
        change(d);
    }
    None
}

/// How far a movement action goes in a view or list of the drawn height, a wheel notch
/// moving `wheel` rows; `None` for any other action.
fn step(state: &State, action: &Action, wheel: isize) -> Option<isize> {
    let page = state.layout.view_height.saturating_sub(1).max(1) as isize;
    Some(match action {
        Action::MoveDown => 1,
        Action::MoveUp => -1,
        Action::PageDown => page,
        Action::PageUp => -page,
        Action::GoTop => isize::MIN / 2,
        Action::GoBottom => isize::MAX / 2,
        Action::Scroll(_, d) => wheel * *d as isize,
        _ => return None,
    })
}

fn view(state: &mut State, action: Action) -> Option<Effect> {
    let delta: isize = match step(state, &action, 3) {
        Some(d) => d,
        None => match action {
            Action::Close => {
                state.overlay = Overlay::None;
                return None;
            }
            Action::OpenReading => {
                open_reading(state);
                return None;
            }
            Action::OpenHelp => {
                state.overlay = Overlay::Help(0);
                return None;
            }
            _ => return None,
        },
    };
    let scroll = match &mut state.overlay {
        Overlay::Help(s) | Overlay::Reading(s) | Overlay::Context { scroll: s, .. } => s,
        _ => return None,
    };
    // The view clamps the scroll to the end of its text when it draws.
    *scroll = (*scroll as isize).saturating_add(delta).clamp(0, isize::MAX / 2) as usize;
    None
}

fn export_dialog(state: &mut State, action: Action) -> Option<Effect> {
    let Overlay::Export(d) = &mut state.overlay else {
        return None;
    };
    let at = |d: &ExportDialog| d.path.char_indices().nth(d.cursor).map_or(d.path.len(), |(i, _)| i);
    match action {
        Action::Type(ch) => {
            let i = at(d);
            d.path.insert(i, ch);
            d.cursor += 1;
        }
        Action::Backspace if d.cursor > 0 => {
            d.cursor -= 1;
            let i = at(d);
            d.path.remove(i);
        }
        Action::CursorLeft => d.cursor = d.cursor.saturating_sub(1),
        Action::CursorRight => d.cursor = (d.cursor + 1).min(d.path.chars().count()),
        Action::ClearField => {
            d.path.clear();
            d.cursor = 0;
        }
        Action::Close => state.overlay = Overlay::None,
        Action::ConfirmNo => {
            d.stage = ExportStage::Editing;
            d.error = Some("Not overwritten: edit the path or press Esc".into());
        }
        Action::ConfirmYes => {
            d.stage = ExportStage::Editing;
            return write_export(state, true);
        }
        Action::Submit => return write_export(state, false),
        _ => {}
    }
    None
}

fn write_export(state: &mut State, overwrite: bool) -> Option<Effect> {
    let Overlay::Export(d) = &state.overlay else {
        return None;
    };
    let path = PathBuf::from(d.path.trim());
    let (ids, _) = state.export_selection();
    let problem = if d.path.trim().is_empty() {
        Some("Type a path first".to_string())
    } else if ids.is_empty() {
        Some("Nothing to export: no quote is shown".to_string())
    } else {
        None
    };
    let format = Format::from_path(&path);
    if let (None, Some(format)) = (&problem, format) {
        let contents = state.render_export(&ids, format);
        return Some(Effect::WriteExport { path, contents, overwrite });
    }
    let why = problem.unwrap_or_else(|| "Unknown format: the path must end in .md, .json or .txt".into());
    dialog(state, |d| d.error = Some(why))
}

fn search(state: &mut State, action: Action) -> Option<Effect> {
    let Some(s) = &mut state.search else {
        return None;
    };
    match action {
        Action::Type(ch) => s.query.push(ch),
        Action::Backspace => {
            s.query.pop();
        }
        Action::ClearField => s.query.clear(),
        Action::Submit => {
            s.typing = false;
            state.focus = Pane::Quotes;
            return None;
        }
        Action::Close => state.search = None,
        Action::MoveDown | Action::MoveUp => {
            move_quote(state, if action == Action::MoveDown { 1 } else { -1 });
            return None;
        }
        _ => return None,
    }
    state.refresh_shown();
    state.cursor = 0;
    None
}

fn reader(state: &mut State, action: Action) -> Option<Effect> {
    let topics = state.focus == Pane::Topics;
    let topic_page = state.layout.topics.height.saturating_sub(2).max(1) as isize;
    let quote_page = state.layout.quote_rows.len().max(1) as isize;
    match action {
        Action::MoveDown | Action::MoveUp | Action::PageDown | Action::PageUp | Action::GoTop | Action::GoBottom => {
            let step = match action {
                Action::MoveDown => 1,
                Action::MoveUp => -1,
                Action::PageDown if topics => topic_page,
                Action::PageUp if topics => -topic_page,
                Action::PageDown => quote_page,
                Action::PageUp => -quote_page,
                Action::GoTop => isize::MIN / 2,
                _ => isize::MAX / 2,
            };
            if topics { move_topic(state, step) } else { move_quote(state, step) }
        }
        Action::FocusNext | Action::FocusPrev => state.focus = if topics { Pane::Quotes } else { Pane::Topics },
        Action::FocusTopics => state.focus = Pane::Topics,
        Action::FocusQuotes => state.focus = Pane::Quotes,
        Action::OpenContext if topics => state.focus = Pane::Quotes,
        Action::OpenContext => {
            if let Some(quote) = state.selected_quote() {
                state.overlay = Overlay::Context { quote, scroll: 0 };
            }
        }
        Action::OpenReading => open_reading(state),
        Action::OpenHelp => state.overlay = Overlay::Help(0),
        Action::Close if state.search.take().is_some() || state.speaker.take().is_some() => state.refresh_shown(),
        Action::Close => {
            state.close_article();
        }
        Action::OpenSpeakers => {
            state.speakers = state.count_speakers();
            let row = state.speaker.as_ref().and_then(|s| state.speakers.iter().position(|(name, _)| name == s));
            state.overlay = Overlay::Speakers(row.map_or(0, |r| r + 1));
        }
        Action::OpenArticles if state.close_article() => {}
        Action::OpenArticles if state.corpus.is_none() => {
            state.message = Some("One article only: open a folder or several files for the article list".into())
        }
        Action::OpenArticles => {
            let row = state.selected_quote().and_then(|i| state.article_index(i));
            state.overlay = Overlay::Articles(row.unwrap_or(0));
        }
        Action::CycleFilter => {
            state.filter = state.filter.next();
            state.refresh_shown();
        }
        Action::NextRedLine | Action::PrevRedLine => jump_to_red_line(state, action == Action::NextRedLine),
        Action::StartSearch => {
            state.search = Some(Search { query: String::new(), typing: true });
            state.refresh_shown();
        }
        Action::NextMatch | Action::PrevMatch => next_match(state, action == Action::NextMatch),
        Action::ToggleMark => {
            if let Some(i) = state.selected_quote()
                && !state.marks.remove(&i)
            {
                state.marks.insert(i);
            }
        }
        Action::MarkAllShown => state.marks.extend(state.shown.iter().copied()),
        Action::ClearMarks => state.marks.clear(),
        Action::OpenExport => {
            let path = DEFAULT_EXPORT_PATH.to_string();
            let cursor = path.chars().count();
            state.overlay = Overlay::Export(ExportDialog { path, cursor, stage: ExportStage::Editing, error: None });
        }
        Action::CopyMarked if state.marks.is_empty() => {
            state.message = Some("No marked quotes: mark them with Space first".into())
        }
        Action::CopyMarked => {
            let ids: Vec<usize> = state.marks.iter().map(|i| i + 1).collect();
            return Some(Effect::Copy(state.render_export(&ids, Format::Markdown)));
        }
        Action::SelectTopic(row) => {
            state.focus = Pane::Topics;
            select_topic(state, row);
        }
        Action::SelectQuote(i) => {
            state.focus = Pane::Quotes;
            state.cursor = i.min(state.shown.len().saturating_sub(1));
        }
        Action::Scroll(Pane::Topics, d) => move_topic(state, d as isize),
        Action::Scroll(Pane::Quotes, d) => move_quote(state, d as isize),
        _ => {}
    }
    None
}

/// Opens the reading view: in a corpus, of the highlighted quote's article, opened alone.
fn open_reading(state: &mut State) {
    if let Some(article) = state.selected_quote().and_then(|i| state.article_index(i)) {
        state.open_article(article);
    }
    state.overlay = Overlay::Reading(0);
}

fn move_topic(state: &mut State, step: isize) {
    let last = state.topic_count() as isize - 1;
    let row = (state.topic as isize).saturating_add(step).clamp(0, last) as usize;
    if row != state.topic {
        select_topic(state, row);
    }
}

fn select_topic(state: &mut State, row: usize) {
    state.topic = row.min(state.topic_count() - 1);
    state.search = None;
    state.refresh_shown();
    state.cursor = 0;
}

fn move_quote(state: &mut State, step: isize) {
    let last = state.shown.len().saturating_sub(1) as isize;
    state.cursor = (state.cursor as isize).saturating_add(step).clamp(0, last) as usize;
}

fn jump_to_red_line(state: &mut State, forward: bool) {
    let has = |p: &usize| state.max_severity[state.shown[*p]].is_some();
    let found =
        if forward { (state.cursor + 1..state.shown.len()).find(has) } else { (0..state.cursor).rev().find(has) };
    match found {
        Some(p) => {
            state.cursor = p;
            state.focus = Pane::Quotes;
        }
        None => state.message = Some(format!("No {} quote with a red line", if forward { "later" } else { "earlier" })),
    }
}

fn next_match(state: &mut State, forward: bool) {
    if state.search.as_ref().is_none_or(|s| s.query.is_empty()) {
        state.message = Some("No search: press / to search".into());
        return;
    }
    let n = state.shown.len();
    if n > 0 {
        state.cursor = if forward { (state.cursor + 1) % n } else { (state.cursor + n - 1) % n };
        state.focus = Pane::Quotes;
    }
}

fn list(state: &mut State, action: Action) -> Option<Effect> {
    let (row, len, speakers) = match state.overlay {
        Overlay::Speakers(row) => (row, state.speakers.len() + 1, true),
        Overlay::Articles(row) => (row, state.articles().len(), false),
        _ => return None,
    };
    let delta = match step(state, &action, 1) {
        Some(d) => d,
        None => match action {
            Action::Submit if speakers => {
                state.overlay = Overlay::None;
                state.speaker = row.checked_sub(1).and_then(|i| state.speakers.get(i)).map(|(name, _)| name.clone());
                state.refresh_shown();
                state.focus = Pane::Quotes;
                return None;
            }
            Action::Submit => {
                state.overlay = Overlay::None;
                state.open_article(row);
                return None;
            }
            Action::Close | Action::OpenSpeakers | Action::OpenArticles => {
                state.overlay = Overlay::None;
                return None;
            }
            _ => return None,
        },
    };
    let last = len.saturating_sub(1) as isize;
    let row = (row as isize).saturating_add(delta).clamp(0, last) as usize;
    if let Overlay::Speakers(r) | Overlay::Articles(r) = &mut state.overlay {
        *r = row;
    }
    None
}
