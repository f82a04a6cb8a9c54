//! The status line: article title, position, marks, filter, and the key hints of the focused
//! pane drawn from the keymap; a message or the search prompt when there is one.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::fit;
use super::text::width;
use crate::tui::keymap::hints;
use crate::tui::state::{Filter, State};

/// Draws the status line.
pub fn render(frame: &mut Frame, area: Rect, state: &State) {
    let theme = state.theme;
    let base = theme.status();
    let title = state.analysis.title.as_deref().unwrap_or(&state.analysis.source);
    let position =
        if state.shown.is_empty() { "0/0".to_string() } else { format!("{}/{}", state.cursor + 1, state.shown.len()) };
    let mut facts = format!(" {position} · {} marked", state.marks.len());
    if let Filter::AtLeast(s) = state.filter {
        facts.push_str(&format!(" · ≥{s}"));
    }
    let right = match (&state.search, &state.message, state.warnings.first()) {
        (Some(s), _, _) if s.typing => format!(" /{}▏", s.query),
        (_, Some(m), _) => format!(" {m}"),
        (_, None, Some(w)) => format!(" ⚠ {w}"),
        _ => hints(state).iter().map(|(k, l)| format!("{k} {l}")).collect::<Vec<_>>().join(" · "),
    };
    let w = usize::from(area.width);
    let room_for_title = w.saturating_sub(width(&facts) + width(&right) + 3).clamp(8.min(w), 40);
    let left = format!(" {}", fit(title, room_for_title));
    let right = fit(&right, w.saturating_sub(width(&left) + width(&facts) + 2));
    let pad = w.saturating_sub(width(&left) + width(&facts) + width(&right) + 1);
    let line = Line::from(vec![
        Span::styled(left, base.add_modifier(Modifier::BOLD)),
        Span::styled(facts, base),
        Span::styled(" ".repeat(pad + 1), base),
        Span::styled(right, base),
    ]);
    frame.render_widget(Paragraph::new(line).style(base), area);
}
