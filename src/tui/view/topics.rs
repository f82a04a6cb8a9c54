//! The topic pane: "All quotes", then each topic with its quote and red-line counts (and, in
//! a corpus, the number of articles naming it, e.g. `NATO  512 ▲80 301a`); topics without a
//! direct quote are dimmed.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

use super::fit;
use super::text::width;
use crate::tui::action::Pane;
use crate::tui::state::State;

/// Draws the topic list, keeping the selected topic in view.
pub fn render(frame: &mut Frame, area: Rect, state: &mut State) {
    let theme = &state.theme.clone();
    let focused = state.focus == Pane::Topics;
    let title = match state.corpus {
        Some(_) => format!(" Topics · {} · quotes ▲ articles ", state.analysis.topics.len()),
        None => format!(" Topics · {} ", state.analysis.topics.len()),
    };
    let block = Block::bordered().title(title).border_style(theme.border(focused));
    let inner = block.inner(area);
    let rows = usize::from(inner.height).max(1);
    let mut offset = state.layout.topic_offset.min(state.topic);
    if state.topic >= offset + rows {
        offset = state.topic + 1 - rows;
    }
    state.layout.topics = area;
    state.layout.topic_offset = offset;
    let w = usize::from(inner.width);
    let rows_shown = offset..state.topic_count().min(offset + rows);
    let red_of = |row: usize| row.checked_sub(1).map_or(state.quoted_red_lines, |i| state.analysis.topics[i].red_lines);
    let digits = |n: usize| n.to_string().len();
    let qw = rows_shown.clone().map(|r| digits(state.topic_quotes[r].len())).max().unwrap_or(1);
    let rw = rows_shown.clone().map(&red_of).filter(|n| *n > 0).map(digits).max();
    // In a corpus: the number of articles naming each topic (all articles for "All quotes").
    let combined = state.corpus.as_ref().map(|c| &c.combined);
    let arts_of = |row: usize| {
        combined
            .map(|c| row.checked_sub(1).map_or(c.articles.len(), |i| c.articles_with(&state.analysis.topics[i].label)))
    };
    let aw = rows_shown.clone().filter_map(&arts_of).map(digits).max().unwrap_or(1);
    let lines: Vec<Line> = rows_shown
        .map(|row| {
            let quotes = state.topic_quotes[row].len();
            let red = red_of(row);
            let counts = match rw {
                Some(rw) if red > 0 => format!(" {quotes:>qw$} ▲{red:<rw$} "),
                Some(rw) => format!(" {quotes:>qw$}  {:rw$} ", ""),
                None => format!(" {quotes:>qw$} "),
            };
            let counts = match arts_of(row) {
                Some(arts) => format!("{counts}{arts:>aw$}a "),
                None => counts,
            };
            let label = fit(state.topic_label(row), w.saturating_sub(width(&counts) + 1));
            let pad = w.saturating_sub(width(&label) + width(&counts) + 1);
            let bar = if row == state.topic { '▌' } else { ' ' };
            let text = format!("{bar}{label}{}{counts}", " ".repeat(pad));
            let mut style = if quotes == 0 { theme.dim() } else { Default::default() };
            if row == state.topic {
                style = if focused { theme.selected() } else { theme.heading() };
            }
            Line::from(Span::styled(text, style))
        })
        .collect();
    frame.render_widget(Paragraph::new(lines).block(block), area);
}
