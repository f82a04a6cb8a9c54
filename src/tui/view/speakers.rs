//! The speaker list, in a box: "All speakers", then each speaker with the number of their
//! quotes, most first; the current filter is marked.

use ratatui::Frame;
use ratatui::layout::Rect;

use super::common::list_view;
use crate::tui::layout;
use crate::tui::state::App;
use crate::tui::state::views::SpeakerList;

/// Draws the speaker list over `area`, the highlighted row kept in view.
pub fn render(frame: &mut Frame, area: Rect, app: &App, list: &SpeakerList) {
    let page = app.page();
    let total = page.analysis().quotes.len();
    let mut rows = vec![("All speakers".to_string(), total.to_string(), page.speaker.is_none())];
    rows.extend(list.speakers.iter().map(|(name, n)| {
        let label = name.clone().unwrap_or_else(|| "Unattributed".into());
        (label, n.to_string(), page.speaker.as_ref() == Some(name))
    }));
    let title = format!(" Speakers · {} ", list.speakers.len());
    let area = layout::speaker_box(area, rows.len());
    let height = layout::inner_rows(area).max(1);
    let first = list.row.saturating_sub(height - 1);
    list_view(frame, area, app, &title, (first, &rows[first..]), list.row);
}
