//! Drawing: one file per widget, each reading the state and writing nothing back. The
//! geometry they follow (rows in view, scrolls) was worked out by `update` for the same
//! area; the functions that measure text are shared with it, so both agree.

mod articles;
pub mod basis;
pub mod common;
pub mod context;
mod export;
pub mod find;
pub mod help;
mod legend;
mod picker;
pub mod quotes;
pub mod reading;
mod speakers;
mod status;
pub mod text;
mod timeline;
mod too_small;
mod topics;

use ratatui::Frame;

use super::layout;
use super::state::App;
use super::state::views::Overlay;

/// Draws the whole screen for the state: the two panes, the status line and whatever is
/// open over the panes; below the minimum size, a note instead. Guaranteed: no control or
/// bidi character in the frame ([`text::scrub`] removes any a view did not show as a symbol).
pub fn draw(frame: &mut Frame, app: &App) {
    paint(frame, app);
    text::scrub(frame.buffer_mut());
}

/// Paints every view for the state; text from the article, file names and data files is
/// shown through [`text::safe`], [`text::wrap`] or [`common::fit`]. [`draw`] scrubs the
/// result.
pub fn paint(frame: &mut Frame, app: &App) {
    let area = frame.area();
    if layout::too_small(area) {
        too_small::render(frame, area);
        return;
    }
    let page = app.page();
    let screen = layout::screen(area, page.doc.as_corpus().is_some());
    topics::render(frame, screen.topics, app);
    quotes::render(frame, screen.quotes, app);
    status::render(frame, screen.status, app);
    let body = screen.body;
    match &page.overlay {
        Overlay::None | Overlay::QuitAsk => {}
        Overlay::Help(scroll) => help::render(frame, body, app, *scroll),
        Overlay::Context { quote, scroll } => context::render(frame, body, app, *quote, *scroll),
        Overlay::Reading(scroll) => reading::render(frame, body, app, *scroll),
        Overlay::Export(input) => export::render(frame, body, app, input),
        Overlay::Speakers(list) => speakers::render(frame, body, app, list),
        Overlay::Articles(list) => articles::render(frame, body, app, list),
        Overlay::Timeline(view) => timeline::render(frame, body, app, view),
        Overlay::Picker(picker) => picker::render(frame, body, app, picker),
    }
}
