//! The quote pane: the quotes of the selected topic (or the search matches) as blocks of
//! speaker and paragraph, then the wrapped quote with red lines and matches highlighted. Only
//! the visible blocks are wrapped.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

use super::text::{Mark, safe, wrap};
use super::{fit, red_line_marks};
use crate::tui::action::Pane;
use crate::tui::state::{Filter, State, find_ignoring_case, plural};

/// Draws the quote list, keeping the highlighted quote in view.
pub fn render(frame: &mut Frame, area: Rect, state: &mut State) {
    let theme = state.theme;
    let block = Block::bordered().title(title(state)).border_style(theme.border(state.focus == Pane::Quotes));
    let inner = block.inner(area);
    state.layout.quotes = area;
    state.layout.quote_rows.clear();
    frame.render_widget(block, area);
    if state.shown.is_empty() {
        let why = if state.search.is_some() { " No quote matches." } else { " No quotes here." };
        frame.render_widget(Paragraph::new(Span::styled(why, theme.dim())), inner);
        return;
    }
    let height = usize::from(inner.height);
    let body_width = inner.width.saturating_sub(2);
    let cursor = state.cursor;
    // Each block takes at least three rows, so the cursor cannot be further down than this.
    let mut offset = state.layout.quote_offset.min(cursor).max(cursor.saturating_sub(height / 3 + 1));
    let mut blocks: Vec<(usize, Vec<Line>)> = Vec::new();
    let mut used = 0;
    for pos in offset..=cursor {
        let lines = block_lines(state, pos, body_width);
        used += lines.len();
        blocks.push((pos, lines));
    }
    while used > height + 1 && offset < cursor {
        used -= blocks.remove(0).1.len();
        offset += 1;
    }
    let mut next = cursor + 1;
    while used < height && next < state.shown.len() {
        let lines = block_lines(state, next, body_width);
        used += lines.len();
        blocks.push((next, lines));
        next += 1;
    }
    // At the end of the list, fill the room left above with earlier quotes.
    while offset > 0 {
        let lines = block_lines(state, offset - 1, body_width);
        if used + lines.len() > height {
            break;
        }
        used += lines.len();
        offset -= 1;
        blocks.insert(0, (offset, lines));
    }
    state.layout.quote_offset = offset;
    let mut y = inner.y;
    let mut all = Vec::new();
    for (pos, lines) in blocks {
        let rows = (lines.len() as u16).min(inner.bottom().saturating_sub(y));
        if rows > 0 {
            state.layout.quote_rows.push((y, y + rows, pos));
        }
        y += rows;
        all.extend(lines);
    }
    frame.render_widget(Paragraph::new(all), inner);
}

fn title(state: &State) -> String {
    let n = state.shown.len();
    let mut title = match state.search.as_ref().filter(|s| !s.query.is_empty()) {
        Some(s) => format!(" Search “{}” · {n} match{} ", s.query, if n == 1 { "" } else { "es" }),
        None => format!(" {} · {n} quote{} ", state.topic_label(state.topic), plural(n)),
    };
    if let Filter::AtLeast(s) = state.filter {
        title.push_str(&format!("· severity ≥ {s} "));
    }
    if let Some(speaker) = &state.speaker {
        title.push_str(&format!("· {} ", speaker.as_deref().unwrap_or("Unattributed")));
    }
    safe(&title).into_owned()
}

/// The lines of the block of the quote at `pos` of the shown list: header, text, spacer.
fn block_lines(state: &State, pos: usize, width: u16) -> Vec<Line<'static>> {
    let theme = state.theme;
    let index = state.shown[pos];
    let quote = &state.analysis.quotes[index];
    let selected = pos == state.cursor;
    let bar = if selected { Span::styled("▌ ", theme.bar()) } else { Span::raw("  ") };
    let mut header = vec![bar.clone()];
    if state.marks.contains(&index) {
        header.push(Span::styled("● ", theme.mark()));
    }
    let speaker = quote.speaker.clone().unwrap_or_else(|| "Unattributed".into());
    let speaker_style = if selected && state.focus == Pane::Quotes { theme.selected() } else { theme.heading() };
    header.push(Span::styled(safe(&speaker).into_owned(), speaker_style));
    let article = state.article_of(index);
    let paragraph = match (&state.corpus, article) {
        (Some(c), Some(_)) => c.combined.local_paragraph(quote.paragraph),
        _ => quote.paragraph,
    };
    header.push(Span::styled(format!(" · ¶{paragraph}"), theme.dim()));
    if let Some(max) = state.max_severity[index] {
        header.push(Span::styled(format!("  ▲{max}"), theme.red_line("RL", max)));
    }
    if let Some(article) = article {
        let used: usize = header.iter().map(|s| s.width()).sum();
        let place = article.dateline.as_deref().map(|d| format!(" · {}", safe(d))).unwrap_or_default();
        let title = article.title.as_deref().unwrap_or_else(|| super::file_name(&article.source));
        let room = usize::from(width).saturating_sub(used + 3 + super::text::width(&place));
        if room >= 8 {
            header.push(Span::styled(format!(" · {}{place}", fit(title, room)), theme.dim()));
        }
    }
    let mut marks = red_line_marks(&theme, &quote.red_lines, quote.start..quote.end);
    if let Some(s) = state.search.as_ref() {
        let found = find_ignoring_case(&quote.text, &s.query.to_lowercase());
        marks.extend(found.into_iter().map(|range| Mark { range, style: theme.search(), tag: None }));
    }
    let mut lines = vec![Line::from(header)];
    for line in wrap(&quote.text, &marks, Default::default(), width) {
        let mut spans = vec![bar.clone()];
        spans.extend(line.spans);
        lines.push(Line::from(spans));
    }
    lines.push(Line::default());
    lines
}
