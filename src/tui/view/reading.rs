//! The reading view: the whole article (title, byline, paragraphs; the dateline opens the
//! first) with quotes and red lines highlighted. Only the paragraphs in view are wrapped for
//! drawing; the line count of every paragraph is worked out once per width, by `update`
//! when the view first scrolls, so that scrolling to the end of a huge article stays fast.
//! The view's search (`/`) is highlighted in the lines in view.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;

use super::common::{framed, percent, red_line_marks};
use super::find::{self, find_ignoring_case, searched};
use super::text::{Mark, safe, wrap};
use crate::tui::document::Document;
use crate::tui::layout;
use crate::tui::state::App;
use crate::tui::state::views::{LineCounts, Scroll};
use crate::tui::theme::Theme;

/// Draws the article over `area`, from line `scroll.top` on (at most to the end).
pub fn render(frame: &mut Frame, area: Rect, app: &App, scroll: Scroll) {
    let page = app.page();
    let (doc, theme) = (&page.doc, &app.theme);
    let width = text_width(area);
    let height = layout::inner_rows(area);
    let header = header_lines(doc, theme, width);
    let (mut top, mut first, mut skip, mut total) = (0, 0, 0, 0);
    if scroll.top > 0 {
        // Worked out by `update` for this width; counted here only if the terminal has been
        // resized since.
        let counted;
        let counts = match &page.reading_lines {
            Some(counts) if counts.width == width => counts,
            _ => {
                counted = line_counts(doc, theme, width);
                &counted
            }
        };
        let ends = &counts.ends;
        total = header.len() + ends.last().copied().unwrap_or(0);
        top = scroll.top.min(total.saturating_sub(height));
        if let Some(into_body) = top.checked_sub(header.len()) {
            first = ends.partition_point(|end| *end <= into_body);
            skip = into_body - first.checked_sub(1).map_or(0, |i| ends[i]);
        }
    }
    let mut lines: Vec<Line<'static>> = header.into_iter().skip(top).collect();
    for p in first..doc.analysis().paragraphs.len() {
        if lines.len() >= height {
            break;
        }
        lines.extend(paragraph_lines(doc, theme, p, width, page.reading_quote).into_iter().skip(skip));
        skip = 0;
    }
    lines.truncate(height);
    let lines = searched(lines, app, top);
    // Where the view stands: the paragraph at the top and how far down the article it is.
    let paragraph = doc.analysis().paragraphs.get(first).map_or(1, |p| p.index);
    let title = format!(" Article · ¶{paragraph} · {}% ", percent(top, total, height));
    framed(frame, area, theme, Line::from(title), lines);
}

/// The width the article is wrapped at in a box over `area`.
pub fn text_width(area: Rect) -> u16 {
    area.width.saturating_sub(4)
}

/// Title, byline and a blank line, wrapped at `width`.
pub fn header_lines(doc: &Document, theme: &Theme, width: u16) -> Vec<Line<'static>> {
    let analysis = doc.analysis();
    let mut lines = Vec::new();
    if let Some(title) = &analysis.title {
        let at = analysis.text.find(title.as_str()).unwrap_or(usize::MAX);
        let marks =
            at.checked_add(title.len()).map_or(Vec::new(), |end| red_line_marks(theme, &analysis.red_lines, at..end));
        lines.extend(wrap(title, &marks, theme.heading(), width).into_iter().map(pad));
    }
    if let Some(byline) = &analysis.byline {
        lines.push(Line::styled(format!(" {}", safe(byline)), theme.dim()));
    }
    lines.push(Line::default());
    lines
}

/// The lines of paragraph `i` (index into `analysis.paragraphs`) and a blank line after it;
/// the quote at index `focus` of the analysis's quotes, if it is there, highlighted.
fn paragraph_lines(doc: &Document, theme: &Theme, i: usize, width: u16, focus: Option<usize>) -> Vec<Line<'static>> {
    let analysis = doc.analysis();
    let p = analysis.paragraphs[i];
    let quotes = &analysis.quotes[analysis.quotes.partition_point(|q| q.start < p.start)..];
    let mut marks: Vec<Mark> = quotes
        .iter()
        .take_while(|q| q.start < p.end)
        .filter(|q| q.end <= p.end)
        .map(|q| {
            let style = if focus == Some(q.id - 1) { theme.quote().patch(theme.selected()) } else { theme.quote() };
            Mark { range: q.start - p.start..q.end - p.start, style, tag: None }
        })
        .collect();
    let hits = &analysis.red_lines[analysis.red_lines.partition_point(|r| r.start < p.start)..];
    marks.extend(red_line_marks(theme, hits.iter().take_while(|r| r.start < p.end), p.start..p.end));
    let mut lines: Vec<Line<'static>> =
        wrap(&analysis.text[p.start..p.end], &marks, Default::default(), width).into_iter().map(pad).collect();
    lines.push(Line::default());
    lines
}

/// For each paragraph, the number of body lines up to and including it at `width`.
pub fn line_counts(doc: &Document, theme: &Theme, width: u16) -> LineCounts {
    let mut total = 0;
    let ends = (0..doc.analysis().paragraphs.len())
        .map(|i| {
            total += paragraph_lines(doc, theme, i, width, None).len();
            total
        })
        .collect();
    LineCounts { width, ends }
}

/// The first line of the article from `from` on (backwards: the last up to it) holding
/// `query` (in lower case) as drawn at the width of `counts`, header included; only the
/// paragraphs whose text holds it are wrapped, so a search of a huge article stays fast.
pub fn find_line(
    doc: &Document,
    theme: &Theme,
    counts: &LineCounts,
    query: &str,
    from: usize,
    forward: bool,
) -> Option<usize> {
    let header = header_lines(doc, theme, counts.width);
    let analysis = doc.analysis();
    let ends = &counts.ends;
    let n = ends.len().min(analysis.paragraphs.len());
    let in_paragraph = |p: usize| {
        let para = analysis.paragraphs[p];
        if find_ignoring_case(&analysis.text[para.start..para.end], query).is_empty() {
            return None;
        }
        let first = header.len() + p.checked_sub(1).map_or(0, |i| ends[i]);
        let local = if forward { from.saturating_sub(first) } else { from.checked_sub(first)? };
        let lines = paragraph_lines(doc, theme, p, counts.width, None);
        find::find_line(&lines, query, local, forward).map(|i| first + i)
    };
    let in_header = || find::find_line(&header, query, from, forward);
    let body = from.checked_sub(header.len());
    let at = body.map(|b| ends.partition_point(|e| *e <= b));
    if forward {
        in_header().or_else(|| (at.unwrap_or(0)..n).find_map(in_paragraph))
    } else {
        let last = at.zip(n.checked_sub(1)).map(|(p, l)| p.min(l));
        last.and_then(|p| (0..=p).rev().find_map(in_paragraph)).or_else(in_header)
    }
}

fn pad(line: Line<'static>) -> Line<'static> {
    Line::from([vec![" ".into()], line.spans].concat())
}
