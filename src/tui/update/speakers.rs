//! The speaker list: `s` opens it, each speaker counted with the balance of their red lines
//! (escalating against de-escalating, by the lexicon's `de_escalation` flag), by quotes;
//! `o` cycles its order.

use crate::tui::state::App;
use crate::tui::state::speakers::{SpeakerList, SpeakerRow};
use crate::tui::state::views::Overlay;

/// `s`: the speaker list of the shown page, the current speaker filter highlighted.
pub fn open(app: &mut App) {
    let categories = &app.categories;
    let de_escalating = |name: &str| categories.iter().any(|c| c.name == name && c.de_escalation);
    let page = app.opened.as_deref_mut().unwrap_or(&mut app.base);
    let rows = SpeakerRow::count(page.doc.analysis(), de_escalating);
    page.overlay = Overlay::Speakers(SpeakerList::new(rows, page.speaker.as_ref()));
}

/// `o` in the speaker list: its next order, the highlighted speaker staying highlighted.
pub fn cycle_order(app: &mut App) {
    if let Overlay::Speakers(list) = &mut app.page_mut().overlay {
        list.cycle_order();
    }
}
