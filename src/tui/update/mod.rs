//! The pure heart of the reader: [`update`] applies an action to the [`App`] and returns the
//! effect (write a file, copy to the clipboard or pipe to the clipboard command, quit,
//! suspend) for the event loop to carry out. After every action it settles the geometry
//! for the terminal's area (see [`settle`]), so the views only draw, and keys and clicks
//! act on what is on screen.

mod articles;
mod corrections;
mod geometry;
mod overlays;
mod reader;
mod search;
mod speakers;
mod timeline;

pub use geometry::settle;

use ratatui::layout::{Position, Rect};

use super::action::{Action, Effect};
use super::clipboard::Clipboard;
use super::keymap::Mode;
use super::state::App;
use super::state::views::{ExportStage, Overlay};
use super::words::plural;

/// Edits a typed field (a search, a filter, a name) by `action`: a character typed, the
/// last one deleted, or the field cleared. False, and the field untouched, for any other
/// action.
fn edit_field(field: &mut String, action: &Action) -> bool {
    match action {
        Action::Type(ch) => field.push(*ch),
        Action::Backspace => {
            field.pop();
        }
        Action::ClearField => field.clear(),
        _ => return false,
    }
    true
}

/// Applies one action, then settles the geometry.
pub fn update(app: &mut App, action: Action) -> Option<Effect> {
    let effect = apply(app, action);
    settle(app);
    effect
}

/// Applies one action: results of effects and resizes change what they are about; any other
/// action first clears the message (and the warnings, on the base page), then acts in the
/// mode of the shown page.
fn apply(app: &mut App, action: Action) -> Option<Effect> {
    match action {
        Action::QuitNow => return Some(Effect::Quit),
        Action::Suspend => return Some(Effect::Suspend),
        Action::Resize(size) => {
            app.area = Rect::from((Position::ORIGIN, size));
            return None;
        }
        Action::ExportWritten(path) => {
            let page = app.page_mut();
            page.overlay = Overlay::None;
            let which = page.export_selection().1;
            app.unexported = false;
            app.message = Some(format!("Exported {which} to {}", path.display()));
            return None;
        }
        Action::ExportExists => {
            if let Overlay::Export(d) = &mut app.page_mut().overlay {
                d.stage = ExportStage::ConfirmOverwrite;
            }
            return None;
        }
        Action::ExportFailed(why) => {
            if let Overlay::Export(d) = &mut app.page_mut().overlay {
                d.stage = ExportStage::Editing;
                d.error = Some(why);
            }
            return None;
        }
        Action::Copied => {
            app.unexported = false;
            let n = app.page().marks.len();
            let what =
                if n == 0 { "the highlighted quote".to_string() } else { format!("{n} marked quote{}", plural(n)) };
            let how = match &app.clipboard {
                Clipboard::Command(_) => format!("with {}", app.clipboard.method()),
                Clipboard::Osc52 if app.tmux => "to tmux's buffer and clipboard (tmux load-buffer -w)".into(),
                Clipboard::Osc52 | Clipboard::Off => {
                    "with OSC 52 (if nothing arrives, allow clipboard access in the terminal's settings)".into()
                }
            };
            app.message = Some(format!("Copied {what} {how}"));
            return None;
        }
        Action::Completions(listed) => {
            overlays::completions(app, listed);
            return None;
        }
        Action::CorrectionsSaved(done) => {
            app.message = Some(done);
            return None;
        }
        Action::CorrectionsFailed(why) => {
            app.message = Some(format!("Correction not saved: {why}"));
            return None;
        }
        Action::CopyFailed(why) => {
            app.message = Some(format!("Copy failed: {why}"));
            return None;
        }
        _ => {}
    }
    app.message = None;
    if app.opened.is_none() {
        app.warnings.clear();
    }
    match Mode::of(app) {
        Mode::View => {
            // A view's search ends when the view closes or another opens.
            let open = std::mem::discriminant(&app.page().overlay);
            let effect = overlays::view(app, action);
            if std::mem::discriminant(&app.page().overlay) != open {
                app.page_mut().find = None;
            }
            effect
        }
        Mode::Export | Mode::Confirm => overlays::export_dialog(app, action),
        Mode::Search if matches!(app.page().overlay, Overlay::Articles(_)) => articles::filter(app, action),
        Mode::Search => search::typing(app, action),
        Mode::List => overlays::list(app, action),
        Mode::Timeline => timeline::timeline(app, action),
        Mode::Picker => corrections::picker(app, action),
        Mode::QuitAsk => match action {
            Action::ConfirmYes => Some(Effect::Quit),
            _ => {
                app.page_mut().overlay = Overlay::None;
                None
            }
        },
        Mode::Reader | Mode::Anywhere => reader::reader(app, action),
    }
}
