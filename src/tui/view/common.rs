//! Pieces shared by the views: red-line marks, bordered boxes of text (plain, scrolled, or a
//! list with a highlighted row) and text cut to a width.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph};
use redline_analysis::RedLine;

use super::text::{self, Mark};
use crate::tui::keymap::hints;
use crate::tui::layout;
use crate::tui::state::App;
use crate::tui::theme::Theme;

/// The marks of red lines lying in `within`, relative to its start, in the notation used
/// everywhere, `[TAG:severity phrase]`: each run of overlapping or touching hits is opened by
/// `[UL:3+TH:4 ` (its distinct tags, as [`redline_analysis::tags`] writes them) and closed
/// by `]`, in the tag style of its strongest hit; each hit's phrase is highlighted by
/// category and severity, the stronger on top, a guess of the learned model (`[DE~2 `) in
/// italics too. A no-break space follows the tags, so they stay on the line of the phrase's
/// first word.
pub fn red_line_marks<'a>(
    theme: &Theme,
    red_lines: impl IntoIterator<Item = &'a RedLine>,
    within: std::ops::Range<usize>,
) -> Vec<Mark> {
    let mut hits: Vec<&RedLine> =
        red_lines.into_iter().filter(|r| within.start <= r.start && r.end <= within.end && r.start < r.end).collect();
    hits.sort_by_key(|r| (r.start, r.end));
    let mut runs: Vec<(std::ops::Range<usize>, Vec<&RedLine>)> = Vec::new();
    for hit in &hits {
        match runs.last_mut() {
            Some((run, group)) if hit.start <= run.end => {
                run.end = run.end.max(hit.end);
                group.push(hit);
            }
            _ => runs.push((hit.start..hit.end, vec![hit])),
        }
    }
    let mut marks = Vec::with_capacity(hits.len() + 2 * runs.len());
    for (run, group) in &runs {
        let strongest = group.iter().max_by_key(|r| r.severity).expect("a run holds a hit");
        let style = theme.tag(&strongest.category);
        let (start, end) = (run.start - within.start, run.end - within.start);
        let open = format!("[{}\u{A0}", redline_analysis::tags(group.iter().copied()));
        marks.push(Mark { range: start..start, style, tag: Some((open, style)) });
        marks.push(Mark { range: end..end, style, tag: Some(("]".into(), style)) });
    }
    // Weaker first, so the stronger highlight lies on top where phrases overlap.
    hits.sort_by_key(|r| (r.severity, r.start));
    marks.extend(hits.into_iter().map(|r| Mark {
        range: r.start - within.start..r.end - within.start,
        style: {
            let style = theme.red_line(&r.category, r.severity);
            if r.is_learned() { style.add_modifier(Modifier::ITALIC) } else { style }
        },
        tag: None,
    }));
    marks
}

/// Draws a bordered view over `area` with `lines` from line `scroll` on (at most to the end
/// of the text, whatever `scroll` says).
pub fn scrolled_view(
    frame: &mut Frame,
    area: Rect,
    theme: &Theme,
    title: Line,
    lines: Vec<Line<'static>>,
    scroll: usize,
) {
    let height = layout::inner_rows(area);
    let scroll = scroll.min(lines.len().saturating_sub(height));
    let shown: Vec<Line> = lines.into_iter().skip(scroll).take(height).collect();
    framed(frame, area, theme, title, shown);
}

/// A row of a list: its label, what stands right of it (a count, a bar) and whether it is
/// the current choice.
pub struct ListRow {
    /// The label, cut to the room left.
    pub label: String,
    /// Right-aligned spans (counts, bars), drawn whole.
    pub right: Vec<Span<'static>>,
    /// True for the current choice, marked `●`.
    pub current: bool,
}

/// Draws a list over `area`: `rows` are the rows from the first shown one on; the row at
/// `selected` is highlighted, a current one marked `●`; the key hints of the list along the
/// bottom border.
pub fn list_view(
    frame: &mut Frame,
    area: Rect,
    app: &App,
    title: &str,
    (first, rows): (usize, &[ListRow]),
    selected: usize,
) {
    let theme = &app.theme;
    let height = layout::inner_rows(area);
    let w = usize::from(area.width.saturating_sub(2));
    let lines: Vec<Line<'static>> = rows
        .iter()
        .take(height)
        .enumerate()
        .map(|(i, row)| {
            let bar = if first + i == selected { '▌' } else { ' ' };
            let dot = if row.current { "● " } else { "  " };
            let right: usize = row.right.iter().map(|s| text::width(&s.content)).sum();
            let label = fit(&row.label, w.saturating_sub(right + 5));
            let pad = w.saturating_sub(text::width(&label) + right + 5);
            let mut spans = vec![Span::raw(format!("{bar}{dot}{label}{} ", " ".repeat(pad)))];
            spans.extend(row.right.iter().cloned());
            spans.push(Span::raw(" "));
            let style = if first + i == selected { theme.selected() } else { Default::default() };
            Line::from(spans).style(style)
        })
        .collect();
    let keys: Vec<String> = hints(app).into_iter().map(|(k, l)| format!("{k} {l}")).collect();
    let block = Block::bordered()
        .title(title.to_string())
        .title_bottom(format!(" {} ", keys.join(" · ")))
        .border_style(theme.border(true));
    frame.render_widget(Clear, area);
    frame.render_widget(Paragraph::new(lines).block(block), area);
}

/// How far down a text of `total` lines a view of `height` lines from line `top` stands,
/// in percent: 0 at the top, 100 at the end, 0 when it all fits.
pub fn percent(top: usize, total: usize, height: usize) -> usize {
    if total > height { top.min(total - height) * 100 / (total - height) } else { 0 }
}

/// Draws `lines` in a bordered box over `area`, hiding what lies beneath.
pub fn framed(frame: &mut Frame, area: Rect, theme: &Theme, title: Line, lines: Vec<Line<'static>>) {
    let block = Block::bordered().title(title).border_style(theme.border(true));
    frame.render_widget(Clear, area);
    frame.render_widget(Paragraph::new(lines).block(block), area);
}

/// A line of text cut to `width` columns, with `…` when cut; its control and bidi characters
/// shown as symbols first ([`text::safe`]).
pub fn fit(text: &str, width: usize) -> String {
    let text = text::safe(text);
    let text = text.as_ref();
    if text::width(text) <= width {
        return text.to_string();
    }
    let (mut out, mut used) = (String::new(), 0);
    for g in unicode_segmentation::UnicodeSegmentation::graphemes(text, true) {
        used += text::width(g);
        if used + 1 > width {
            break;
        }
        out.push_str(g);
    }
    out.push('…');
    out
}

/// A path cut to `width` columns from the left (`…/news/2024/ap-0042.txt`), so the part
/// that tells paths of a corpus apart, their end, stays; shown as [`fit`] shows text.
pub fn fit_path(path: &str, width: usize) -> String {
    let path = text::safe(path);
    let path = path.as_ref();
    if text::width(path) <= width {
        return path.to_string();
    }
    let graphemes: Vec<&str> = unicode_segmentation::UnicodeSegmentation::graphemes(path, true).collect();
    let (mut kept, mut used) = (Vec::new(), 1);
    for g in graphemes.iter().rev() {
        used += text::width(g);
        if used > width {
            break;
        }
        kept.push(*g);
    }
    kept.push("…");
    kept.into_iter().rev().collect()
}

/// The last part of a path: what follows its last slash or backslash.
pub fn file_name(path: &str) -> &str {
    path.rsplit(['/', '\\']).next().unwrap_or(path)
}
