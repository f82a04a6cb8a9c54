//! The speaker list, in a box: "All speakers", then each speaker with the balance of their
//! red lines — a bar of [`BAR`] cells, `█` for the share of escalating red lines (every
//! category without the lexicon's `de_escalation` flag) in the colour of the lexicon's first
//! such category, `░` for the de-escalating share in the colour of its first de-escalation
//! category, `·` when they have none — the two counts and their number of quotes. The title
//! says the order; the current filter is marked.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Span;

use super::common::{ListRow, list_view};
use crate::tui::layout;
use crate::tui::state::App;
use crate::tui::state::speakers::SpeakerRow;
use crate::tui::state::views::SpeakerList;

/// The cells of a speaker's balance bar.
pub const BAR: usize = 6;

/// The balance bar of `row`: escalating cells first, at least one cell for a side with any
/// red line, so that a single one shows.
fn bar(app: &App, row: &SpeakerRow) -> Vec<Span<'static>> {
    let (up, down) = (row.escalation, row.de_escalation);
    let total = up + down;
    if total == 0 {
        return vec![Span::styled("·".repeat(BAR), app.theme.dim())];
    }
    let mut cells = ((up * BAR) as f64 / total as f64).round() as usize;
    cells = cells.clamp(usize::from(up > 0), BAR - usize::from(down > 0));
    let colour = |de: bool| {
        let category = app.categories.iter().find(|c| c.de_escalation == de);
        category.map(|c| app.theme.tag(&c.name)).unwrap_or_default()
    };
    vec![Span::styled("█".repeat(cells), colour(false)), Span::styled("░".repeat(BAR - cells), colour(true))]
}

/// Draws the speaker list over `area`, the highlighted row kept in view.
pub fn render(frame: &mut Frame, area: Rect, app: &App, list: &SpeakerList) {
    let page = app.page();
    let total = page.analysis().quotes.len();
    // Each column as wide as its widest number, so that the columns line up.
    let digits = |n: usize| n.to_string().len();
    let widest = |f: fn(&SpeakerRow) -> usize| list.speakers.iter().map(|r| digits(f(r))).max().unwrap_or(1);
    let (up, down, quotes) = (widest(|r| r.escalation), widest(|r| r.de_escalation), digits(total));
    let count = |row: Option<&SpeakerRow>, n: usize| {
        let counts = row.map_or_else(String::new, |r| format!(" {:>up$}↑ {:>down$}↓", r.escalation, r.de_escalation));
        Span::raw(format!("{counts} {n:>quotes$}"))
    };
    let mut rows = vec![ListRow {
        label: "All speakers".into(),
        right: vec![count(None, total)],
        current: page.speaker.is_none(),
    }];
    rows.extend(list.speakers.iter().map(|s| {
        let mut right = bar(app, s);
        right.push(count(Some(s), s.quotes));
        ListRow {
            label: s.name.clone().unwrap_or_else(|| "Unattributed".into()),
            right,
            current: page.speaker.as_ref() == Some(&s.name),
        }
    }));
    let title = format!(" Speakers · {} · {} · █ escalating ░ de-escalating ", list.speakers.len(), list.order.name());
    let area = layout::speaker_box(area, rows.len());
    let height = layout::inner_rows(area).max(1);
    let first = list.row.saturating_sub(height - 1);
    list_view(frame, area, app, &title, (first, &rows[first..]), list.row);
}
