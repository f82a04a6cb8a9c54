//! The quote pane: the quotes of the selected topic (narrowed: those the search matches) as
//! blocks of speaker and paragraph, then the wrapped quote with red lines and search matches
//! highlighted. Only the blocks in view are wrapped.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};
use redline_analysis::QuoteKind;

use super::basis::basis_words;
use super::common::{file_name, fit, red_line_marks};
use super::find::find_ignoring_case;
use super::legend;
use super::text::{Mark, line_count, safe, wrap};
use crate::tui::action::Pane;
use crate::tui::state::{App, Filter, Page};
use crate::tui::theme::Theme;
use crate::tui::words::plural;

/// Draws the quote list from the block in view that `update` worked out (see [`arrange`]).
pub fn render(frame: &mut Frame, area: Rect, app: &App) {
    let (page, theme) = (app.page(), &app.theme);
    let mut block = Block::bordered().title(title(page)).border_style(theme.border(page.focus == Pane::Quotes));
    if app.area.width >= legend::MIN_WIDTH {
        let present = legend::present(&app.categories, page.doc.categories_present());
        if let Some(line) = legend::line(&present, theme, usize::from(area.width.saturating_sub(4))) {
            block = block.title_bottom(line);
        }
    }
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let list = &page.quotes;
    if list.shown.is_empty() {
        let narrowed = page.search.as_ref().is_some_and(|s| s.narrow && !s.query.is_empty());
        let why = if narrowed { " No quote here matches." } else { " No quotes here." };
        frame.render_widget(Paragraph::new(Span::styled(why, theme.dim())), inner);
        return;
    }
    let height = usize::from(inner.height);
    let mut lines = Vec::new();
    for pos in list.offset..list.shown.len() {
        if lines.len() >= height {
            break;
        }
        lines.extend(block_lines(page, theme, pos, inner.width.saturating_sub(2)));
    }
    frame.render_widget(Paragraph::new(lines), inner);
}

/// The first shown quote in view in a pane over `area`, and the screen rows of each block
/// in view (first row, row past the last, position in the shown list): the highlighted
/// block is in view, the first in view moves as little as possible from the list's
/// `offset`, and at the end of the list the room above is filled with earlier quotes.
pub fn arrange(page: &Page, theme: &Theme, area: Rect) -> (usize, Vec<(u16, u16, usize)>) {
    let list = &page.quotes;
    if list.shown.is_empty() {
        return (list.offset, Vec::new());
    }
    let inner = Block::bordered().inner(area);
    let height = usize::from(inner.height);
    let lines_of = |pos: usize| block_height(page, theme, pos, inner.width.saturating_sub(2));
    let cursor = list.cursor;
    // Each block takes at least three rows, so the cursor cannot be further down than this.
    let mut offset = list.offset.min(cursor).max(cursor.saturating_sub(height / 3 + 1));
    let mut blocks: Vec<(usize, usize)> = Vec::new();
    let mut used = 0;
    for pos in offset..=cursor {
        let n = lines_of(pos);
        used += n;
        blocks.push((pos, n));
    }
    while used > height + 1 && offset < cursor {
        used -= blocks.remove(0).1;
        offset += 1;
    }
    let mut next = cursor + 1;
    while used < height && next < list.shown.len() {
        let n = lines_of(next);
        used += n;
        blocks.push((next, n));
        next += 1;
    }
    // At the end of the list, fill the room left above with earlier quotes.
    while offset > 0 {
        let n = lines_of(offset - 1);
        if used + n > height {
            break;
        }
        used += n;
        offset -= 1;
        blocks.insert(0, (offset, n));
    }
    let mut y = inner.y;
    let mut rows = Vec::new();
    for (pos, n) in blocks {
        let shown = u16::try_from(n).unwrap_or(u16::MAX).min(inner.bottom().saturating_sub(y));
        if shown > 0 {
            rows.push((y, y + shown, pos));
        }
        y += shown;
    }
    (offset, rows)
}

/// The label of a quote that is not a full quote: `partial`, `nested` or `title`.
pub fn kind_label(kind: QuoteKind) -> Option<&'static str> {
    match kind {
        QuoteKind::Full => None,
        QuoteKind::Partial => Some("partial"),
        QuoteKind::Nested => Some("nested"),
        QuoteKind::Title => Some("title"),
    }
}

fn title(page: &Page) -> String {
    let n = page.quotes.shown.len();
    let topic = page.doc.topic_label(page.topics.selected);
    let mut title = match page.search.as_ref().filter(|s| !s.query.is_empty()) {
        Some(s) if s.narrow => format!(" {topic} · {} “{}” ", s.counts(), s.query),
        Some(s) => format!(" {topic} · {n} quote{} · {} match “{}” ", plural(n), s.hits.len(), s.query),
        None => format!(" {topic} · {n} quote{} ", plural(n)),
    };
    if let Filter::AtLeast(s) = page.filter {
        title.push_str(&format!("· severity ≥ {s} "));
    }
    if let Some(speaker) = &page.speaker {
        title.push_str(&format!("· {} ", speaker.as_deref().unwrap_or("Unattributed")));
    }
    safe(&title).into_owned()
}

/// The lines of the block of the quote at `pos` of the shown list: header, text, spacer.
fn block_lines(page: &Page, theme: &Theme, pos: usize, width: u16) -> Vec<Line<'static>> {
    let (doc, list) = (&page.doc, &page.quotes);
    let index = list.shown[pos];
    let quote = &doc.analysis().quotes[index];
    let selected = pos == list.cursor;
    let bar = if selected { Span::styled("▌ ", theme.bar()) } else { Span::raw("  ") };
    let mut header = vec![bar.clone()];
    if page.marks.contains(&index) {
        header.push(Span::styled("● ", theme.mark()));
    }
    let speaker = quote.speaker.clone().unwrap_or_else(|| "Unattributed".into());
    let speaker_style = if selected && page.focus == Pane::Quotes { theme.selected() } else { theme.heading() };
    header.push(Span::styled(safe(&speaker).into_owned(), speaker_style));
    let basis = basis_words(quote);
    let dismissed = page.is_dismissed(index);
    if dismissed {
        header.push(Span::styled(" · not a quote", theme.dim()));
    } else if quote.corrected {
        header.push(Span::styled(" · corrected", theme.dim()));
    } else if let Some((_, true)) = basis {
        header.push(Span::styled("?", theme.weak()));
    }
    let article = doc.article_of(index);
    let paragraph = match (doc.as_corpus(), article) {
        (Some(c), Some(_)) => c.combined.local_paragraph(quote.paragraph),
        _ => quote.paragraph,
    };
    header.push(Span::styled(format!(" · ¶{paragraph}"), theme.dim()));
    if let Some((words, weak)) = basis {
        header.push(Span::styled(format!(" · {words}"), if weak { theme.weak() } else { theme.dim() }));
    }
    let kind = kind_label(quote.kind);
    if let Some(kind) = kind {
        header.push(Span::styled(format!(" · {kind}"), theme.dim().add_modifier(Modifier::ITALIC)));
    }
    if let Some(max) = doc.max_severity(index) {
        header.push(Span::styled(format!("  ▲{max}"), theme.severity(max)));
    }
    if let Some(article) = article {
        let used: usize = header.iter().map(|s| s.width()).sum();
        let place = article.dateline.as_deref().map(|d| format!(" · {}", safe(d))).unwrap_or_default();
        let title = article.title.as_deref().unwrap_or_else(|| file_name(&article.source));
        let room = usize::from(width).saturating_sub(used + 3 + super::text::width(&place));
        if room >= 8 {
            header.push(Span::styled(format!(" · {}{place}", fit(title, room)), theme.dim()));
        }
    }
    let mut marks = red_line_marks(theme, &quote.red_lines, quote.start..quote.end);
    if let Some(s) = page.search.as_ref() {
        let found = find_ignoring_case(&quote.text, &s.query.to_lowercase());
        marks.extend(found.into_iter().map(|range| Mark { range, style: theme.search(), tag: None }));
    }
    let mut lines = vec![Line::from(header)];
    // Fragments, nested quotes and titles are not anybody's whole words: dimmed; a quote
    // dismissed as "not a quote" is struck through as well.
    let base = if dismissed {
        theme.dim().add_modifier(Modifier::CROSSED_OUT)
    } else if kind.is_some() {
        theme.dim()
    } else {
        Default::default()
    };
    for line in wrap(&quote.text, &marks, base, width) {
        let mut spans = vec![bar.clone()];
        spans.extend(line.spans);
        lines.push(Line::from(spans));
    }
    lines.push(Line::default());
    lines
}

/// The rows of the block of the quote at `pos`: as many as [`block_lines`] gives (header,
/// text, spacer), counted without building them. Only red-line tags change how the text
/// wraps, so search matches are left out.
fn block_height(page: &Page, theme: &Theme, pos: usize, width: u16) -> usize {
    let quote = &page.doc.analysis().quotes[page.quotes.shown[pos]];
    let marks = red_line_marks(theme, &quote.red_lines, quote.start..quote.end);
    line_count(&quote.text, &marks, width) + 2
}
