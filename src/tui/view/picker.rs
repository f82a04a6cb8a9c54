//! The speaker picker over a quote: the start of the quote, the name typed, and the people
//! and organisations of the article that hold it (or the typed name as a new one), the
//! highlighted row marked. Names come from the article or the keyboard: drawn through
//! [`fit`].

use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph};

use super::common::fit;
use crate::tui::keymap::hints;
use crate::tui::layout;
use crate::tui::state::App;
use crate::tui::state::corrected::{Picker, Row};

/// Rows of names shown at most.
const MOST_ROWS: usize = 12;

/// Draws the picker centred in `area`, the highlighted row kept in view.
pub fn render(frame: &mut Frame, area: Rect, app: &App, picker: &Picker) {
    let theme = &app.theme;
    let rows = picker.rows();
    let shown = rows.len().clamp(1, MOST_ROWS);
    let height = u16::try_from(shown + 5).unwrap_or(u16::MAX).min(area.height);
    let rect = area.centered(Constraint::Length(area.width.saturating_sub(4).min(64)), Constraint::Length(height));
    let w = usize::from(rect.width.saturating_sub(2));
    let quote = app.page().analysis().quotes.get(picker.quote);
    let words = quote.map_or(String::new(), |q| format!("“{}”", q.text));
    let now = quote.and_then(|q| q.speaker.as_deref()).unwrap_or("Unattributed");
    let mut lines = vec![
        Line::styled(fit(&words, w), theme.dim()),
        Line::from(vec![Span::styled(fit(&format!("Now: {now}"), w), theme.dim())]),
        Line::from(vec![
            Span::styled("Name: ", theme.heading()),
            Span::raw(fit(&picker.typed, w.saturating_sub(7))),
            Span::styled(" ", theme.selected().add_modifier(Modifier::REVERSED)),
        ]),
    ];
    let room = layout::inner_rows(rect).saturating_sub(lines.len()).max(1);
    let first = picker.row.saturating_sub(room - 1);
    if rows.is_empty() {
        lines.push(Line::styled(" Type a name: nobody speaks in this article yet", theme.dim()));
    }
    for (i, row) in rows.iter().enumerate().skip(first).take(room) {
        let (bar, style) = if i == picker.row { ('▌', theme.selected()) } else { (' ', Default::default()) };
        let label = match row {
            Row::Known(name) => fit(name, w.saturating_sub(2)),
            Row::New(name) => format!("new: {}", fit(name, w.saturating_sub(7))),
        };
        lines.push(Line::styled(format!("{bar} {label}"), style));
    }
    let keys: Vec<String> = hints(app).into_iter().map(|(k, l)| format!("{k} {l}")).collect();
    let block = Block::bordered()
        .title(format!(" Speaker of quote {} ", picker.quote + 1))
        .title_bottom(format!(" {} ", keys.join(" · ")))
        .border_style(theme.border(true));
    frame.render_widget(Clear, rect);
    frame.render_widget(Paragraph::new(lines).block(block), rect);
}
