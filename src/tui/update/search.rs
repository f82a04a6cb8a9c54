//! Searching. In the reader `/` searches the quotes listed — the selected topic stays, its
//! quotes stay listed, the matches are highlighted — `n`/`N` go round the matches, `&` lists
//! only them (or all again), and a new topic keeps the search. In the help, context and
//! reading views `/` searches the view's text line by line and `n`/`N` scroll to the lines
//! holding it.

use super::geometry;
use crate::tui::action::{Action, Effect, Pane};
use crate::tui::state::views::{Find, Overlay};
use crate::tui::state::{App, Page, Search};
use crate::tui::view;

/// `/`: a new search to type, of the open view's text, else of the quotes listed (a
/// narrowed search stays narrowed).
pub fn start(app: &mut App) {
    let page = app.page_mut();
    match view_top(page) {
        Some(top) => page.find = Some(Find { typing: true, origin: top, ..Find::default() }),
        None => {
            let narrow = page.search.as_ref().is_some_and(|s| s.narrow);
            page.search = Some(Search::typing_from(page.quotes.selected(), narrow));
            page.refresh_shown();
        }
    }
}

/// The first line in view of the open help, context or reading view.
fn view_top(page: &Page) -> Option<usize> {
    match &page.overlay {
        Overlay::Help(s) | Overlay::Reading(s) | Overlay::Context { scroll: s, .. } => Some(s.top),
        _ => None,
    }
}

/// An action while a search is typed: the matches follow the query as it changes, the
/// first from where the search began on highlighted (in a view: scrolled to).
pub fn typing(app: &mut App, action: Action) -> Option<Effect> {
    if app.page().find.is_some() {
        find_typing(app, action);
        return None;
    }
    let page = app.page_mut();
    let Some(s) = &mut page.search else {
        return None;
    };
    match action {
        _ if super::edit_field(&mut s.query, &action) => {}
        Action::Submit => {
            s.typing = false;
            if s.query.is_empty() {
                page.search = None;
                page.refresh_shown();
            }
            page.focus = Pane::Quotes;
            return None;
        }
        Action::Close => {
            page.search = None;
            page.refresh_shown();
            return None;
        }
        Action::MoveDown | Action::MoveUp => {
            page.quotes.move_by(if action == Action::MoveDown { 1 } else { -1 });
            return None;
        }
        _ => return None,
    }
    let origin = s.origin;
    page.refresh_shown();
    let hit = page.next_hit(origin.and_then(|o| o.checked_sub(1))).map(|(hit, _)| hit);
    page.quotes.cursor = hit.or(origin).and_then(|q| page.position(q)).unwrap_or(0);
    None
}

/// `n`/`N` in the reader: highlights the next (previous) quote listed that matches, round
/// the list; the message when it went round, or when nothing matches.
pub fn next_match(app: &mut App, forward: bool) {
    let page = app.page_mut();
    let Some(s) = page.search.as_ref().filter(|s| !s.query.is_empty()) else {
        app.message = Some("No search: press / to search".into());
        return;
    };
    if s.hits.is_empty() {
        let topic = page.topics.selected;
        let all = if topic == 0 { "" } else { " (All quotes: every topic)" };
        app.message = Some(format!("No quote of {} matches \"{}\"{all}", page.doc.topic_label(topic), s.query));
        return;
    }
    let current = page.quotes.selected();
    let found = if forward { page.next_hit(current) } else { page.previous_hit(current.unwrap_or(usize::MAX)) };
    if let Some((hit, went_round)) = found {
        page.quotes.cursor = page.position(hit).unwrap_or(0);
        page.focus = Pane::Quotes;
        if went_round {
            let (end, query) = (if forward { "first" } else { "last" }, page.search.as_ref().map_or("", |s| &s.query));
            app.message = Some(format!("Search went round: the {end} match of \"{query}\""));
        }
    }
}

/// `&`: lists only the quotes that match, or all of them again; the highlighted quote stays
/// when it is listed, else the next match is highlighted.
pub fn narrow(app: &mut App) {
    let page = app.page_mut();
    let Some(s) = page.search.as_mut().filter(|s| !s.query.is_empty()) else {
        app.message = Some("No search to narrow to: press / first".into());
        return;
    };
    s.narrow = !s.narrow;
    let keep = page.quotes.selected();
    page.refresh_shown();
    if keep.is_some_and(|k| page.position(k).is_none()) {
        let next = page.next_hit(keep).and_then(|(hit, _)| page.position(hit));
        page.quotes.cursor = next.unwrap_or(0);
    }
}

/// What the status line says after the topic changed with a search active:
/// `search "word" kept: 2 matches in Sanctions`.
pub fn kept(page: &Page) -> Option<String> {
    let s = page.search.as_ref().filter(|s| !s.query.is_empty())?;
    let n = s.hits.len();
    let matches = if n == 1 { "1 match".to_string() } else { format!("{n} matches") };
    Some(format!("search \"{}\" kept: {matches} in {}", s.query, page.doc.topic_label(page.topics.selected)))
}

/// A key while a view's search is typed.
fn find_typing(app: &mut App, action: Action) {
    let page = app.page_mut();
    let Some(f) = &mut page.find else {
        return;
    };
    match action {
        _ if super::edit_field(&mut f.query, &action) => {}
        Action::Submit => {
            f.typing = false;
            if f.query.is_empty() {
                page.find = None;
            }
            return;
        }
        Action::Close => {
            page.find = None;
            return;
        }
        Action::MoveDown | Action::MoveUp => return find_next(app, action == Action::MoveDown),
        _ => return,
    }
    f.line = None;
    let origin = f.origin;
    if !f.query.is_empty() {
        app.message = show_match(app, Some(origin), true);
    }
}

/// `n`/`N` in a view: scrolls to the next (previous) line holding the search, round the
/// view; the message when it went round or found nothing.
pub fn find_next(app: &mut App, forward: bool) {
    let page = app.page();
    let Some(f) = page.find.as_ref().filter(|f| !f.query.is_empty()) else {
        app.message = Some("No search: press / to search".into());
        return;
    };
    let from = match f.line {
        Some(line) if forward => Some(line + 1),
        Some(line) => line.checked_sub(1),
        None => view_top(page),
    };
    app.message = show_match(app, from, forward);
}

/// Scrolls the open view to the first line from `from` on (or, backwards, the last up to
/// it; `None`: from the end it starts at) that holds the search, going round once; the
/// line is kept as the search's. The message when it went round or found nothing.
fn show_match(app: &mut App, from: Option<usize>, forward: bool) -> Option<String> {
    let query = app.page().find.as_ref()?.query.to_lowercase();
    let far = |forward: bool| if forward { 0 } else { usize::MAX };
    let found = from.and_then(|from| locate(app, &query, from, forward)).map(|line| (line, false));
    let Some((line, went_round)) = found.or_else(|| locate(app, &query, far(forward), forward).map(|l| (l, true)))
    else {
        return Some(format!("\"{query}\" is not in this view"));
    };
    let height = geometry::view_rows(app);
    let page = app.page_mut();
    if let Some(f) = &mut page.find {
        f.line = Some(line);
    }
    if let Overlay::Help(s) | Overlay::Reading(s) | Overlay::Context { scroll: s, .. } = &mut page.overlay
        && !(s.top..s.top + height).contains(&line)
    {
        s.top = line.saturating_sub(height / 3);
    }
    went_round.then(|| format!("Search went round: the {} match", if forward { "first" } else { "last" }))
}

/// The first line of the open view from `from` on (backwards: the last up to it) holding
/// `query` (in lower case), as the view draws its lines.
fn locate(app: &mut App, query: &str, from: usize, forward: bool) -> Option<usize> {
    let body = geometry::body(app);
    let App { base, opened, theme, categories, clipboard, .. } = app;
    let page = opened.as_deref_mut().unwrap_or(base);
    let lines = match &page.overlay {
        Overlay::Help(_) => view::help::lines(categories, theme, clipboard, body),
        Overlay::Context { quote, .. } => view::context::lines(&page.doc, categories, theme, *quote, body),
        Overlay::Reading(_) => {
            let width = view::reading::text_width(body);
            if page.reading_lines.as_ref().is_none_or(|counts| counts.width != width) {
                page.reading_lines = Some(view::reading::line_counts(&page.doc, theme, width));
            }
            let counts = page.reading_lines.as_ref()?;
            return view::reading::find_line(&page.doc, theme, counts, query, from, forward);
        }
        _ => return None,
    };
    view::find::find_line(&lines, query, from, forward)
}
