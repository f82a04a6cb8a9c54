//! The status line: article title (or the corpus's loading progress), position, marks,
//! filter, and the key hints of the focused pane drawn from the keymap, after what a search
//! found (`"word": 3 of 12 quotes match`; in a view, the word searched); a message, a
//! loading warning or the search prompt when there is one.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::common::fit;
use super::text::width;
use crate::tui::document::SHORT_WORDS;
use crate::tui::keymap::hints;
use crate::tui::state::views::Overlay;
use crate::tui::state::{App, Filter};
use crate::tui::words::{plural, thousands};

/// Draws the status line.
pub fn render(frame: &mut Frame, area: Rect, app: &App) {
    let (page, theme) = (app.page(), &app.theme);
    let base = theme.status();
    let progress = page.doc.as_corpus().map(|c| match (c.loading, c.total) {
        (true, Some(total)) => format!("analysing {}/{}", thousands(c.handled), thousands(total)),
        (true, None) => "finding articles…".to_string(),
        (false, _) => {
            let n = c.combined.articles.len();
            format!("{} article{}", thousands(n), plural(n))
        }
    });
    let analysis = page.analysis();
    let title = progress.as_deref().or(analysis.title.as_deref()).unwrap_or(&analysis.source);
    let list = &page.quotes;
    let position =
        if list.shown.is_empty() { "0/0".to_string() } else { format!("{}/{}", list.cursor + 1, list.shown.len()) };
    let lead = if progress.is_some() { " ·" } else { "" };
    let mut facts = format!("{lead} {position} · {} marked", app.mark_count());
    if let Filter::AtLeast(s) = page.filter {
        facts.push_str(&format!(" · ≥{s}"));
    }
    if page.hide_short {
        facts.push_str(&format!(" · ≤{SHORT_WORDS} words hidden"));
    }
    let w = usize::from(area.width);
    let title_room = (w / 4).clamp(8.min(w), 40);
    let left = format!(" {}", fit(title, title_room));
    let room = w.saturating_sub(width(&left) + width(&facts) + 2);
    // Loading warnings belong to the base page: an article opened from a corpus has none.
    let warning = app.opened.is_none().then(|| app.warnings.first()).flatten();
    // The article list's filter: what is typed and how many articles it keeps.
    let filtered = match &page.overlay {
        Overlay::Articles(list) => list.filter.as_ref().map(|f| {
            let (n, total) = (list.len(page.doc.articles().len()), page.doc.articles().len());
            let cursor = if f.typing { "▏" } else { "" };
            format!("/{}{cursor} · {} of {} article{}", f.query, thousands(n), thousands(total), plural(total))
        }),
        _ => None,
    };
    let search = page.search.as_ref().filter(|s| !s.query.is_empty() || s.typing);
    let typed = match (&page.find, search) {
        (Some(f), _) if f.typing => Some(format!("/{}▏", f.query)),
        (_, Some(s)) if s.typing && s.query.is_empty() => Some("/▏".into()),
        (_, Some(s)) if s.typing => Some(format!("/{}▏ · {}", s.query, s.counts())),
        _ => None,
    };
    let right = match (typed, &app.message, warning) {
        _ if filtered.is_some() && app.message.is_none() => fit(filtered.as_deref().unwrap_or_default(), room),
        _ if page.overlay == Overlay::QuitAsk => {
            let n = app.mark_count();
            let ask = format!("{n} marked quote{} not exported or copied. Quit? y/n", plural(n));
            fit(&ask, room)
        }
        (Some(typed), _, _) => fit(&typed, room),
        (_, Some(m), _) => fit(m, room),
        (_, None, Some(w)) => fit(&format!("⚠ {w}"), room),
        _ => {
            // What the search found, then whole hints only, as many as fit, in keymap order
            // (a search's own first).
            let mut text = match (search, &page.find) {
                (_, Some(f)) => fit(&format!("\"{}\" · n/N next / previous line holding it", f.query), room),
                (Some(s), None) if page.overlay == Overlay::None => fit(&s.summary(), room),
                _ => String::new(),
            };
            for (keys, label) in hints(app) {
                let hint = if text.is_empty() { format!("{keys} {label}") } else { format!(" · {keys} {label}") };
                if width(&text) + width(&hint) > room {
                    break;
                }
                text.push_str(&hint);
            }
            text
        }
    };
    let pad = w.saturating_sub(width(&left) + width(&facts) + width(&right) + 1);
    let line = Line::from(vec![
        Span::styled(left, base.add_modifier(Modifier::BOLD)),
        Span::styled(facts, base),
        Span::styled(" ".repeat(pad + 1), base),
        Span::styled(right, base),
    ]);
    frame.render_widget(Paragraph::new(line).style(base), area);
}
