//! The topic pane: "All quotes", then each topic with its quote and red-line counts (and, in
//! a corpus, the number of articles naming it, e.g. `NATO  512 ⚑80 301a`); topics without a
//! direct quote are dimmed.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

use super::common::fit;
use super::text::width;
use crate::tui::action::Pane;
use crate::tui::state::App;

/// Draws the topic list from the row in view that `update` worked out.
pub fn render(frame: &mut Frame, area: Rect, app: &App) {
    let (page, theme) = (app.page(), &app.theme);
    let (doc, list) = (&page.doc, page.topics);
    let focused = page.focus == Pane::Topics;
    let topic_total = doc.analysis().topics.len();
    let title = match doc.as_corpus() {
        Some(_) => format!(" Topics · {topic_total} · quotes ⚑ articles "),
        None => format!(" Topics · {topic_total} "),
    };
    let block = Block::bordered().title(title).border_style(theme.border(focused));
    let inner = block.inner(area);
    let rows = usize::from(inner.height).max(1);
    let w = usize::from(inner.width);
    let rows_shown = list.offset..doc.topic_count().min(list.offset + rows);
    let digits = |n: usize| n.to_string().len();
    let qw = rows_shown.clone().map(|r| digits(doc.topic_quotes(r).len())).max().unwrap_or(1);
    let rw = rows_shown.clone().map(|r| doc.topic_red_lines(r)).filter(|n| *n > 0).map(digits).max();
    // In a corpus: the number of articles naming each topic (all articles for "All quotes").
    let combined = doc.as_corpus().map(|c| &c.combined);
    let arts_of = |row: usize| {
        combined
            .map(|c| row.checked_sub(1).map_or(c.articles.len(), |i| c.articles_with(&doc.analysis().topics[i].label)))
    };
    let aw = rows_shown.clone().filter_map(&arts_of).map(digits).max().unwrap_or(1);
    let lines: Vec<Line> = rows_shown
        .map(|row| {
            let quotes = doc.topic_quotes(row).len();
            let red = doc.topic_red_lines(row);
            let counts = match rw {
                Some(rw) if red > 0 => format!(" {quotes:>qw$} ⚑{red:<rw$} "),
                Some(rw) => format!(" {quotes:>qw$}  {:rw$} ", ""),
                None => format!(" {quotes:>qw$} "),
            };
            let counts = match arts_of(row) {
                Some(arts) => format!("{counts}{arts:>aw$}a "),
                None => counts,
            };
            let label = fit(doc.topic_label(row), w.saturating_sub(width(&counts) + 1));
            let pad = w.saturating_sub(width(&label) + width(&counts) + 1);
            let bar = if row == list.selected { '▌' } else { ' ' };
            let text = format!("{bar}{label}{}{counts}", " ".repeat(pad));
            let mut style = if quotes == 0 { theme.dim() } else { Default::default() };
            if row == list.selected {
                style = if focused { theme.selected() } else { theme.heading() };
            }
            Line::from(Span::styled(text, style))
        })
        .collect();
    frame.render_widget(Paragraph::new(lines).block(block), area);
}
