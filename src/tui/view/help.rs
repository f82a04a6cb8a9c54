//! The help: it opens on the legend (categories, symbols, speaker bases), then every key of
//! every mode, drawn from the keymap, the mouse and the clipboard; its title says how far
//! down it stands, and its search (`/`) is highlighted.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use redline_analysis::Category;

use super::common::{percent, scrolled_view};
use super::find::searched;
use super::text::safe;
use crate::tui::clipboard::Clipboard;
use crate::tui::keymap::{MODES, MOUSE_HELP, bindings, keys_text};
use crate::tui::layout;
use crate::tui::state::App;
use crate::tui::state::views::Scroll;
use crate::tui::theme::Theme;

/// Draws the help over `area`, from line `scroll.top` on.
pub fn render(frame: &mut Frame, area: Rect, app: &App, scroll: Scroll) {
    let lines = lines(&app.categories, &app.theme, &app.clipboard, area);
    let lines = searched(lines, app, 0);
    let title = format!(" Help · {}% ", percent(scroll.top, lines.len(), layout::inner_rows(area)));
    scrolled_view(frame, area, &app.theme, Line::from(title), lines, scroll.top);
}

/// Every line of the help drawn in a box over `area`.
pub fn lines(categories: &[Category], theme: &Theme, clipboard: &Clipboard, area: Rect) -> Vec<Line<'static>> {
    let mut lines = super::legend::page(categories, theme, area.width.saturating_sub(6));
    for mode in MODES {
        lines.push(Line::styled(mode.title(), theme.heading()));
        for b in bindings().iter().filter(|b| b.mode == mode) {
            lines.push(Line::from(format!("  {:<18} {}", keys_text(b), b.label)));
        }
        if let Some(note) = mode.note() {
            let wrapped = super::text::wrap(note, &[], theme.dim(), area.width.saturating_sub(6));
            lines.extend(wrapped.into_iter().map(|l| Line::from([vec![Span::raw("  ")], l.spans].concat())));
        }
        lines.push(Line::default());
    }
    lines.push(Line::styled("Mouse", theme.heading()));
    let mouse = if crate::tui::terminal::mouse() { MOUSE_HELP } else { "off (the configuration file's reader.mouse)" };
    lines.push(Line::from(format!("  {mouse}")));
    lines.push(Line::default());
    lines.push(Line::styled("Clipboard", theme.heading()));
    lines.push(Line::from(format!("  {}", clipboard_help(clipboard))));
    lines.push(Line::default());
    lines
}

/// What the copy key does with the configured method; the command's name shown as the
/// reader shows any text from outside ([`safe`]).
fn clipboard_help(clipboard: &Clipboard) -> String {
    match clipboard {
        Clipboard::Osc52 => {
            "copies to the terminal's clipboard (OSC 52), over SSH too; inside tmux through tmux load-buffer -w".into()
        }
        Clipboard::Command(_) => {
            format!("copies by piping the Markdown to {} (reader.clipboard_command)", safe(clipboard.method()))
        }
        Clipboard::Off => "off (the configuration file's reader.clipboard)".into(),
    }
}
