//! The article list of the corpus: each article's publication date (`—` when it states
//! none), title and source path (the path alone when it has no title; a long path keeps its
//! end), the strongest red line in its quotes (`▲5`) and its number of quotes (`1 quote`,
//! `12 quotes`). The title says how many articles are listed (`12 of 10,000` under a
//! filter), the order and the filter. Only the rows in view are formatted; which articles
//! they are was worked out by `update`.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Span;

use super::common::{ListRow, fit, fit_path, list_view};
use super::text::width as width_of;
use crate::tui::layout;
use crate::tui::state::App;
use crate::tui::state::views::ArticleList;
use crate::tui::words::{plural, thousands};

/// The columns of the date: `2022-02-27` (the time, when stated, is left to the article).
const DATE_WIDTH: usize = 10;

/// Below this many columns for title and path, only the path is shown.
const TWO_COLUMNS: usize = 30;

/// Draws the article list over `area`, the highlighted row kept in view.
pub fn render(frame: &mut Frame, area: Rect, app: &App, list: &ArticleList) {
    let height = layout::inner_rows(area).max(1);
    let first = list.row.saturating_sub(height - 1);
    let width = usize::from(area.width.saturating_sub(4));
    let doc = &app.page().doc;
    let articles = doc.articles();
    let listed = list.len(articles.len());
    let rows: Vec<ListRow> = (first..listed)
        .take(height)
        .filter_map(|row| list.article(row))
        .filter_map(|position| Some((position, articles.get(position)?)))
        .map(|(position, a)| {
            let date = a
                .date
                .as_deref()
                .map_or_else(|| "—".to_string(), |d| fit(d.get(..DATE_WIDTH).unwrap_or(d), DATE_WIDTH));
            let room = width.saturating_sub(16 + DATE_WIDTH + 2);
            // The path keeps its end, which tells the articles of a corpus apart; the title
            // takes what it leaves, up to half the room, when there is room for both.
            let path = fit_path(&a.source, (room / 2).max(room.saturating_sub(60)));
            let label = match &a.title {
                Some(title) if room >= TWO_COLUMNS => {
                    let title = fit(title, room.saturating_sub(width_of(&path) + 3));
                    format!("{title} — {path}")
                }
                _ => fit_path(&a.source, room),
            };
            let strongest = doc.article_strongest(position).map_or_else(|| "  ".to_string(), |s| format!("▲{s}"));
            let n = a.quotes.len();
            let count = format!("{strongest} {:>9}", format!("{} quote{}", thousands(n), plural(n)));
            ListRow { label: format!("{date:<DATE_WIDTH$}  {label}"), right: vec![Span::raw(count)], current: false }
        })
        .collect();
    let count = match list.rows.is_some() && !list.query().trim().is_empty() {
        true => format!("{} of {}", thousands(listed), thousands(articles.len())),
        false => thousands(articles.len()),
    };
    let filter = list.filter.as_ref().map(|f| format!(" · /{}", fit(&f.query, 30))).unwrap_or_default();
    let title = format!(" Articles · {count} · {}{filter} ", list.order.name());
    list_view(frame, area, app, &title, (first, &rows), list.row);
}
