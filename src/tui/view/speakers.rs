//! The speaker list, in a box: "All speakers", then each speaker with the number of their
//! quotes, most first; the current filter is marked.

use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};

use super::list_view;
use crate::tui::state::State;

/// Draws the speaker list over `area`, the highlighted row at `row`.
pub fn render(frame: &mut Frame, area: Rect, state: &mut State, row: usize) {
    let total = state.analysis.quotes.len();
    let mut rows = vec![("All speakers".to_string(), total.to_string(), state.speaker.is_none())];
    rows.extend(state.speakers.iter().map(|(name, n)| {
        let label = name.clone().unwrap_or_else(|| "Unattributed".into());
        (label, n.to_string(), state.speaker.as_ref() == Some(name))
    }));
    let title = format!(" Speakers · {} ", state.speakers.len());
    let box_height = (rows.len() as u16 + 2).min(area.height);
    let area = area.centered(Constraint::Length(area.width.saturating_sub(4).min(60)), Constraint::Length(box_height));
    let height = usize::from(area.height.saturating_sub(2)).max(1);
    let first = row.saturating_sub(height - 1);
    list_view(frame, area, state, &title, (first, &rows[first..]), row);
}
