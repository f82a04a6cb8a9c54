//! The reading view: the whole article (title, byline, paragraphs; the dateline opens the first) with quotes and red lines
//! highlighted. Paragraphs are wrapped only as far down as the view reaches.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;

use super::text::{Mark, wrap};
use super::{red_line_marks, scrolled_view};
use crate::tui::state::State;

/// Draws the article over `area`, scrolled by the reading view's scroll.
pub fn render(frame: &mut Frame, area: Rect, state: &mut State, scroll: usize) {
    let theme = state.theme;
    let analysis = &state.analysis;
    let width = area.width.saturating_sub(4);
    let wanted = scroll.saturating_add(usize::from(area.height));
    let mut lines: Vec<Line<'static>> = Vec::new();
    let text = analysis.text.as_str();
    let pad = |l: Line<'static>| Line::from([vec![" ".into()], l.spans].concat());
    if let Some(title) = &analysis.title {
        let at = text.find(title.as_str()).unwrap_or(usize::MAX);
        let marks =
            at.checked_add(title.len()).map_or(Vec::new(), |end| red_line_marks(&theme, &analysis.red_lines, at..end));
        lines.extend(wrap(title, &marks, theme.heading(), width).into_iter().map(pad));
    }
    if let Some(byline) = &analysis.byline {
        lines.push(Line::styled(format!(" {byline}"), theme.dim()));
    }
    lines.push(Line::default());
    for p in &analysis.paragraphs {
        if lines.len() > wanted {
            break;
        }
        let quotes = &analysis.quotes[analysis.quotes.partition_point(|q| q.start < p.start)..];
        let mut marks: Vec<Mark> = quotes
            .iter()
            .take_while(|q| q.start < p.end)
            .filter(|q| p.start <= q.start && q.end <= p.end)
            .map(|q| Mark { range: q.start - p.start..q.end - p.start, style: theme.quote(), tag: None })
            .collect();
        let hits = &analysis.red_lines[analysis.red_lines.partition_point(|r| r.start < p.start)..];
        marks.extend(red_line_marks(&theme, hits.iter().take_while(|r| r.start < p.end), p.start..p.end));
        lines.extend(wrap(&text[p.start..p.end], &marks, Default::default(), width).into_iter().map(pad));
        lines.push(Line::default());
    }
    let title = Line::from(" Article ");
    scrolled_view(frame, area, state, title, lines);
}
