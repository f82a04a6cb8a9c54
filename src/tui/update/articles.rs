//! The article list of a corpus: `/` filters it by title, path, speaker or topic, the rows
//! narrowing as the query is typed (Enter keeps the filter, Esc clears it); `o` cycles its
//! order and `d` switches between date and path order. The list is kept when it closes and
//! opens again as it was left. The rows are worked out on these keys (and as articles
//! arrive), never while drawing.

use crate::tui::action::{Action, Effect};
use crate::tui::catalog::Order;
use crate::tui::document::Document;
use crate::tui::state::views::{ArticleList, Overlay};
use crate::tui::state::{App, Search};

/// The open article list and the document it lists, when the article list is open.
fn open_list(app: &mut App) -> Option<(&mut ArticleList, &Document)> {
    let page = app.page_mut();
    match &mut page.overlay {
        Overlay::Articles(list) => Some((list, &page.doc)),
        _ => None,
    }
}

/// Works out the rows for the list's filter and order: `None` (every article, in path
/// order) when there is neither filter nor another order.
fn refresh(list: &mut ArticleList, doc: &Document) {
    let rows = (!list.query().trim().is_empty() || list.order != Order::Path)
        .then(|| doc.article_rows(list.query(), list.order));
    list.set_rows(rows);
}

/// The article list as it was left, opened again: its filter kept (no longer being typed),
/// its rows worked out again for the articles that arrived since.
pub fn reopened(mut list: ArticleList, doc: &Document) -> ArticleList {
    if let Some(filter) = &mut list.filter {
        filter.typing = false;
    }
    refresh(&mut list, doc);
    list
}

/// `/` in the article list: starts typing a filter (an empty one lists every article).
pub fn start_filter(app: &mut App) {
    if let Some((list, doc)) = open_list(app) {
        list.filter = Some(Search { typing: true, ..Search::default() });
        refresh(list, doc);
    }
}

/// Esc in the article list: clears a kept filter; false when there is none (the list then
/// closes).
pub fn clear_filter(app: &mut App) -> bool {
    let Some((list, doc)) = open_list(app) else {
        return false;
    };
    if list.filter.take().is_none() {
        return false;
    }
    refresh(list, doc);
    true
}

/// An action while the filter is typed: the rows follow the query as it changes; Enter
/// keeps it, Esc clears it, `↑`/`↓` move the highlight.
pub fn filter(app: &mut App, action: Action) -> Option<Effect> {
    let (list, doc) = open_list(app)?;
    let filter = list.filter.as_mut()?;
    match action {
        _ if super::edit_field(&mut filter.query, &action) => {}
        Action::Submit => {
            filter.typing = false;
            return None;
        }
        Action::Close => list.filter = None,
        Action::MoveDown => {
            list.row = (list.row + 1).min(list.len(doc.articles().len()).saturating_sub(1));
            return None;
        }
        Action::MoveUp => {
            list.row = list.row.saturating_sub(1);
            return None;
        }
        _ => return None,
    }
    refresh(list, doc);
    None
}

/// `o` in the article list: the next order (path → date → strongest red line → quotes), the
/// highlighted article staying highlighted.
pub fn cycle_order(app: &mut App) {
    if let Some((list, doc)) = open_list(app) {
        list.order = list.order.next();
        refresh(list, doc);
    }
}

/// `d` in the article list: sorts it by date, or (when by date) back by path, the
/// highlighted article staying highlighted.
pub fn toggle_date(app: &mut App) {
    if let Some((list, doc)) = open_list(app) {
        list.order = if list.order == Order::Date { Order::Path } else { Order::Date };
        refresh(list, doc);
    }
}
