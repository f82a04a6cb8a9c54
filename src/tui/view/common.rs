//! Pieces shared by the views: red-line marks, bordered boxes of text (plain, scrolled, or a
//! list with a highlighted row) and text cut to a width.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Block, Clear, Paragraph};
use redline_analysis::{Quote, RedLine, SpeakerBasis, SpeakerKind};

use super::text::{self, Mark};
use crate::tui::keymap::hints;
use crate::tui::layout;
use crate::tui::state::App;
use crate::tui::theme::Theme;

/// The marks of red lines lying in `within`, relative to its start: style and tag by category.
pub fn red_line_marks<'a>(
    theme: &Theme,
    red_lines: impl IntoIterator<Item = &'a RedLine>,
    within: std::ops::Range<usize>,
) -> Vec<Mark> {
    let mut hits: Vec<&RedLine> =
        red_lines.into_iter().filter(|r| within.start <= r.start && r.end <= within.end && r.start < r.end).collect();
    // Weaker first, so the stronger highlight lies on top where phrases overlap.
    hits.sort_by_key(|r| (r.severity, r.start));
    hits.into_iter()
        .map(|r| Mark {
            range: r.start - within.start..r.end - within.start,
            style: theme.red_line(&r.category, r.severity),
            tag: Some((format!("[{}{}]", r.tag, r.severity), theme.tag(&r.category))),
        })
        .collect()
}

/// How a quote's speaker was decided, in words (`said`, `pronoun`, `carried`, `main
/// speaker`, with `organisation` or `description` when the speaker is no person), and whether
/// the basis is a weaker one (carried, main speaker) that gets a visible `?`.
pub fn basis_words(quote: &Quote) -> Option<(String, bool)> {
    let (words, weak) = match quote.speaker_basis? {
        SpeakerBasis::Cue => ("said", false),
        SpeakerBasis::Pronoun => ("pronoun", false),
        SpeakerBasis::Carried => ("carried", true),
        SpeakerBasis::MainSpeaker => ("main speaker", true),
    };
    let kind = match quote.speaker_kind {
        Some(SpeakerKind::Organisation) => ", organisation",
        Some(SpeakerKind::Description) => ", description",
        _ => "",
    };
    Some((format!("{words}{kind}"), weak))
}

/// A sentence on why the quote has its speaker, for the context view.
pub fn basis_sentence(quote: &Quote) -> Option<String> {
    let why = match quote.speaker_basis? {
        SpeakerBasis::Cue => "named by a cue (said, told, according to…)",
        SpeakerBasis::Pronoun => "a pronoun or role noun resolved to them",
        SpeakerBasis::Carried => "? carried from the quotes before it, no cue of its own (weaker)",
        SpeakerBasis::MainSpeaker => "? the person the article is about, no cue (weakest)",
    };
    Some(why.to_string())
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

/// Draws a list over `area`: `rows` (label, count, current) are the rows from the first shown
/// one on; the row at `selected` is highlighted, a current one marked `●`; the key hints of
/// the list along the bottom border.
pub fn list_view(
    frame: &mut Frame,
    area: Rect,
    app: &App,
    title: &str,
    (first, rows): (usize, &[(String, String, bool)]),
    selected: usize,
) {
    let theme = &app.theme;
    let height = layout::inner_rows(area);
    let w = usize::from(area.width.saturating_sub(2));
    let lines: Vec<Line<'static>> = rows
        .iter()
        .take(height)
        .enumerate()
        .map(|(i, (label, count, current))| {
            let bar = if first + i == selected { '▌' } else { ' ' };
            let dot = if *current { "● " } else { "  " };
            let label = fit(label, w.saturating_sub(text::width(count) + 5));
            let pad = w.saturating_sub(text::width(&label) + text::width(count) + 5);
            let line = format!("{bar}{dot}{label}{} {count} ", " ".repeat(pad));
            let style = if first + i == selected { theme.selected() } else { Default::default() };
            Line::styled(line, style)
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

/// Draws `lines` in a bordered box over `area`, hiding what lies beneath.
pub fn framed(frame: &mut Frame, area: Rect, theme: &Theme, title: Line, lines: Vec<Line<'static>>) {
    let block = Block::bordered().title(title).border_style(theme.border(true));
    frame.render_widget(Clear, area);
    frame.render_widget(Paragraph::new(lines).block(block), area);
}

/// A line of text cut to `width` columns, with `…` when cut.
pub fn fit(text: &str, width: usize) -> String {
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

/// The last part of a path: what follows its last slash or backslash.
pub fn file_name(path: &str) -> &str {
    path.rsplit(['/', '\\']).next().unwrap_or(path)
}
