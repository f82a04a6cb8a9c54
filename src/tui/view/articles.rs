//! The article list of the corpus: each article's publication date (`—` when it states
//! none), title and source path (the path alone when it has no title; a long path keeps its
//! end) and its number of quotes (`1 quote`, `12 quotes`), in path order or by date. Only the
//! rows in view are formatted.

use ratatui::Frame;
use ratatui::layout::Rect;

use super::common::{fit, fit_path, list_view};
use super::text::width as width_of;
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
            // The path keeps its end, which tells the articles of a corpus apart; the title
            // takes what it leaves, up to half the room.
            let path = fit_path(&a.source, (room / 2).max(room.saturating_sub(60)));
            let label = match &a.title {
                Some(title) => {
                    let title = fit(title, room.saturating_sub(width_of(&path) + 3));
                    format!("{title} — {path}")
                }
                None => fit_path(&a.source, room),
            };
            let n = a.quotes.len();
            (format!("{date:<DATE_WIDTH$}  {label}"), format!("{} quote{}", thousands(n), plural(n)), false)
        })
        .collect();
    let order = if list.by_date.is_some() { "by date" } else { "by path" };
    let title = format!(" Articles · {} · {order} ", thousands(articles.len()));
    list_view(frame, area, app, &title, (first, &rows), list.row);
}
