//! Where things go on the screen: pure functions of the terminal's area, shared by the views
//! (to draw), by `update` (to page and scroll) and by the keymap (to hit-test clicks), so
//! all three agree on the same rectangles.

use ratatui::layout::{Constraint, Layout, Rect};

/// The smallest terminal the reader draws in.
pub const MIN_SIZE: (u16, u16) = (40, 10);

/// The regions of the reader's screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Screen {
    /// Everything above the status line: the two panes, and the views and dialogs over them.
    pub body: Rect,
    /// The status line, the last row.
    pub status: Rect,
    /// The topic pane, on the left of `body`.
    pub topics: Rect,
    /// The quote pane, the rest of `body`.
    pub quotes: Rect,
}

/// True when `area` is below [`MIN_SIZE`]: the reader shows a note instead of itself.
pub fn too_small(area: Rect) -> bool {
    area.width < MIN_SIZE.0 || area.height < MIN_SIZE.1
}

/// The screen in `area`. The topic pane takes a third of the width, between 16 and 36
/// columns, or 40 for a corpus (`corpus`), whose topics list article counts too.
pub fn screen(area: Rect, corpus: bool) -> Screen {
    let [body, status] = Layout::vertical([Constraint::Min(0), Constraint::Length(1)]).areas(area);
    let widest = if corpus { 40 } else { 36 };
    let left = (body.width / 3).clamp(16, widest);
    let [topics, quotes] = Layout::horizontal([Constraint::Length(left), Constraint::Min(0)]).areas(body);
    Screen { body, status, topics, quotes }
}

/// The rows inside a bordered box.
pub fn inner_rows(rect: Rect) -> usize {
    usize::from(rect.height.saturating_sub(2))
}

/// The box of the speaker list over `body`, for `rows` rows ("All speakers" included): at
/// most 60 columns wide, as high as its rows or `body`, centred.
pub fn speaker_box(body: Rect, rows: usize) -> Rect {
    let height = u16::try_from(rows + 2).unwrap_or(u16::MAX).min(body.height);
    body.centered(Constraint::Length(body.width.saturating_sub(4).min(60)), Constraint::Length(height))
}

/// The box of the export dialog over `body`: at most 72 columns wide, 9 rows, centred.
pub fn export_box(body: Rect) -> Rect {
    body.centered(Constraint::Length(body.width.saturating_sub(4).min(72)), Constraint::Length(9))
}
