//! The reading view: the whole article (title, byline, paragraphs; the dateline opens the
//! first) with quotes and red lines highlighted. Only the paragraphs in view are wrapped for
//! drawing; the line count of every paragraph is worked out once per width, when the view
//! first scrolls, so that scrolling to the end of a huge article stays fast.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;

use super::text::{Mark, safe, wrap};
use super::{framed, red_line_marks};
use crate::tui::state::{Overlay, State};

/// Draws the article over `area`, scrolled by the reading view's scroll (clamped to the end).
pub fn render(frame: &mut Frame, area: Rect, state: &mut State, wanted: usize) {
    let width = area.width.saturating_sub(4);
    let height = usize::from(area.height.saturating_sub(2));
    state.layout.view_height = height;
    let header = header_lines(state, width);
    let (mut scroll, mut first, mut skip) = (0, 0, 0);
    if wanted > 0 {
        count_paragraph_lines(state, width);
        let ends = state.layout.reading_ends.as_ref().map_or(&[][..], |(_, ends)| ends.as_slice());
        let total = header.len() + ends.last().copied().unwrap_or(0);
        scroll = wanted.min(total.saturating_sub(height));
        if let Some(into_body) = scroll.checked_sub(header.len()) {
            first = ends.partition_point(|end| *end <= into_body);
            skip = into_body - first.checked_sub(1).map_or(0, |i| ends[i]);
        }
    }
    state.overlay = Overlay::Reading(scroll);
    let mut lines: Vec<Line<'static>> = header.into_iter().skip(scroll).collect();
    for p in first..state.analysis.paragraphs.len() {
        if lines.len() >= height {
            break;
        }
        lines.extend(paragraph_lines(state, p, width).into_iter().skip(skip));
        skip = 0;
    }
    lines.truncate(height);
    framed(frame, area, state, Line::from(" Article "), lines);
}

/// Title, byline and a blank line.
fn header_lines(state: &State, width: u16) -> Vec<Line<'static>> {
    let (theme, analysis) = (state.theme, &state.analysis);
    let mut lines = Vec::new();
    if let Some(title) = &analysis.title {
        let at = analysis.text.find(title.as_str()).unwrap_or(usize::MAX);
        let marks =
            at.checked_add(title.len()).map_or(Vec::new(), |end| red_line_marks(&theme, &analysis.red_lines, at..end));
        lines.extend(wrap(title, &marks, theme.heading(), width).into_iter().map(pad));
    }
    if let Some(byline) = &analysis.byline {
        lines.push(Line::styled(format!(" {}", safe(byline)), theme.dim()));
    }
    lines.push(Line::default());
    lines
}

/// The lines of paragraph `i` (index into `analysis.paragraphs`) and a blank line after it.
fn paragraph_lines(state: &State, i: usize, width: u16) -> Vec<Line<'static>> {
    let (theme, analysis) = (state.theme, &state.analysis);
    let p = analysis.paragraphs[i];
    let quotes = &analysis.quotes[analysis.quotes.partition_point(|q| q.start < p.start)..];
    let mut marks: Vec<Mark> = quotes
        .iter()
        .take_while(|q| q.start < p.end)
        .filter(|q| q.end <= p.end)
        .map(|q| Mark { range: q.start - p.start..q.end - p.start, style: theme.quote(), tag: None })
        .collect();
    let hits = &analysis.red_lines[analysis.red_lines.partition_point(|r| r.start < p.start)..];
    marks.extend(red_line_marks(&theme, hits.iter().take_while(|r| r.start < p.end), p.start..p.end));
    let mut lines: Vec<Line<'static>> =
        wrap(&analysis.text[p.start..p.end], &marks, Default::default(), width).into_iter().map(pad).collect();
    lines.push(Line::default());
    lines
}

/// Records, for each paragraph, the number of body lines up to and including it at this
/// width, unless known already.
fn count_paragraph_lines(state: &mut State, width: u16) {
    if state.layout.reading_ends.as_ref().is_some_and(|(w, _)| *w == width) {
        return;
    }
    let mut total = 0;
    let ends: Vec<usize> = (0..state.analysis.paragraphs.len())
        .map(|i| {
            total += paragraph_lines(state, i, width).len();
            total
        })
        .collect();
    state.layout.reading_ends = Some((width, ends));
}

fn pad(line: Line<'static>) -> Line<'static> {
    Line::from([vec![" ".into()], line.spans].concat())
}
