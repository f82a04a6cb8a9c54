//! The article list of the corpus: each article's title and source path (the path alone
//! when it has no title) and its number of quotes, in path order. Only the rows in view
//! are formatted.

use ratatui::Frame;
use ratatui::layout::Rect;

use super::common::{fit, list_view};
use crate::tui::layout;
use crate::tui::state::App;
use crate::tui::state::views::ArticleList;
use crate::tui::words::thousands;

/// Draws the article list over `area`, the highlighted row kept in view.
pub fn render(frame: &mut Frame, area: Rect, app: &App, list: ArticleList) {
    let height = layout::inner_rows(area).max(1);
    let first = list.row.saturating_sub(height - 1);
    let width = usize::from(area.width.saturating_sub(4));
    let articles = app.page().doc.articles();
    let rows: Vec<(String, String, bool)> = articles
        .iter()
        .skip(first)
        .take(height)
        .map(|a| {
            let room = width.saturating_sub(12);
            let label = match &a.title {
                Some(title) => fit(&format!("{title} — {}", a.source), room),
                None => fit(&a.source, room),
            };
            (label, format!("{} quotes", a.quotes.len()), false)
        })
        .collect();
    let title = format!(" Articles · {} ", thousands(articles.len()));
    list_view(frame, area, app, &title, (first, &rows), list.row);
}
