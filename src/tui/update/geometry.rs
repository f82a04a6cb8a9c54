//! The geometry `update` works out for the terminal's area, so that views only draw: which
//! topic rows and quote blocks are in view, and how far the open view may scroll; and the
//! rows a page up or down moves. Text is measured with the views' own line builders, so what
//! is worked out here is what they draw.

use crate::tui::layout::{self, Screen};
use crate::tui::state::App;
use crate::tui::state::views::Overlay;
use crate::tui::view;

/// Brings the shown page's geometry up to date with the terminal's area: the selected topic
/// and the highlighted quote in view (scrolling as little as possible), the rows of the
/// quote blocks in view, and the open view's scroll within its text. Nothing changes while
/// the terminal is too small to draw the reader.
pub fn settle(app: &mut App) {
    if layout::too_small(app.area) {
        return;
    }
    let screen = screen(app);
    let App { base, opened, theme, categories, clipboard, .. } = app;
    let page = opened.as_deref_mut().unwrap_or(base);
    page.topics.scroll_into_view(layout::inner_rows(screen.topics));
    let (offset, rows) = view::quotes::arrange(page, theme, screen.quotes);
    (page.quotes.offset, page.quotes.rows) = (offset, rows);
    let height = layout::inner_rows(screen.body);
    let mut jump = None;
    let lines = match &page.overlay {
        Overlay::Help(_) => view::help::lines(categories, theme, clipboard, screen.body).len(),
        Overlay::Context { quote, .. } => view::context::lines(&page.doc, categories, theme, *quote, screen.body).len(),
        // The line counts of the whole article are worked out once the view scrolls.
        Overlay::Reading(s) if s.top > 0 || page.reading_jump => {
            let width = view::reading::text_width(screen.body);
            if page.reading_lines.as_ref().is_none_or(|counts| counts.width != width) {
                page.reading_lines = Some(view::reading::line_counts(&page.doc, theme, width));
            }
            let header = view::reading::header_lines(&page.doc, theme, width).len();
            let ends = page.reading_lines.as_ref().map_or(&[][..], |c| c.ends.as_slice());
            if std::mem::take(&mut page.reading_jump) {
                // The quote's paragraph at the top, one line of the one before above it.
                let quote = page.reading_quote.and_then(|q| page.doc.analysis().quotes.get(q));
                let para =
                    quote.and_then(|q| page.doc.analysis().paragraphs.iter().position(|p| p.index == q.paragraph));
                // The first paragraph stays under the title.
                jump = Some(para.and_then(|p| p.checked_sub(1)).map_or(0, |before| header + ends[before] - 1));
            }
            header + ends.last().copied().unwrap_or(0)
        }
        _ => return,
    };
    if let Overlay::Help(s) | Overlay::Reading(s) | Overlay::Context { scroll: s, .. } = &mut page.overlay {
        s.top = jump.unwrap_or(s.top);
        s.clamp(lines.saturating_sub(height));
    }
}

/// The screen of the shown page in the terminal's area.
fn screen(app: &App) -> Screen {
    layout::screen(app.area, app.page().doc.as_corpus().is_some())
}

/// The box of the open view (help, context, reading, a list) in the terminal's area.
pub fn body(app: &App) -> ratatui::layout::Rect {
    screen(app).body
}

/// The topic rows a page up or down moves: the rows in view.
pub fn topic_page(app: &App) -> usize {
    layout::inner_rows(screen(app).topics).max(1)
}

/// The quote blocks a page up or down moves: the blocks in view.
pub fn quote_page(app: &App) -> usize {
    app.page().quotes.rows.len().max(1)
}

/// The rows of the open view or list: its box inside the borders.
pub fn view_rows(app: &App) -> usize {
    let body = screen(app).body;
    match &app.page().overlay {
        Overlay::Speakers(list) => layout::inner_rows(layout::speaker_box(body, list.speakers.len() + 1)),
        _ => layout::inner_rows(body),
    }
}
