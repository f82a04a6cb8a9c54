//! The article list of the corpus: each article's publication date (`—` when it states
//! none), title and source path (the path alone when it has no title) and its number of
//! quotes, in path order or by date. Only the rows in view are formatted.

use ratatui::Frame;
use ratatui::layout::Rect;

use super::common::{fit, list_view};
use crate::tui::layout;
use crate::tui::state::App;
use crate::tui::state::views::ArticleList;
use crate::tui::words::{plural, thousands};

/// The columns of the date: `2022-02-27` (the time, when stated, is left to the article).
const DATE_WIDTH: usize = 10;

/// Draws the article list over `area`, the highlighted row kept in view.
pub fn render(frame: &mut Frame, area: Rect, app: &App, list: &ArticleList) {
    let height = layout::inner_rows(area).max(1);
    let first = list.row.saturating_sub(height - 1);
    let width = usize::from(area.width.saturating_sub(4));
    let articles = app.page().doc.articles();
    let rows: Vec<(String, String, bool)> = (first..articles.len())
        .take(height)
        .filter_map(|row| articles.get(list.article(row)))
        .map(|a| {
            let date = a
                .date
                .as_deref()
                .map_or_else(|| "—".to_string(), |d| fit(d.get(..DATE_WIDTH).unwrap_or(d), DATE_WIDTH));
            let room = width.saturating_sub(12 + DATE_WIDTH + 2);
            let label = match &a.title {
                Some(title) => fit(&format!("{title} — {}", a.source), room),
                None => fit(&a.source, room),
            };
            let n = a.quotes.len();
            (format!("{date:<DATE_WIDTH$}  {label}"), format!("{n} quote{}", plural(n)), false)
        })
        .collect();
    let order = if list.by_date.is_some() { "by date" } else { "by path" };
    let title = format!(" Articles · {} · {order} ", thousands(articles.len()));
    list_view(frame, area, app, &title, (first, &rows), list.row);
}
