//! The escalation timeline of a corpus — opened with `t` on a topic (joined with the speaker
//! filter, when one is set) or on a speaker in the speaker list; its points walked in date
//! order and one opened as an article.

use redline_analysis::QuoteFilter;

use crate::tui::action::{Action, Effect};
use crate::tui::state::App;
use crate::tui::state::views::{Overlay, TimelineView};
use crate::tui::words::plural;

/// `t` in the panes: the timeline of the selected topic ("All quotes": of every quote), of
/// the filtered speaker's quotes when a speaker filter is set.
pub fn open_for_topic(app: &mut App) {
    if !in_corpus(app) {
        return;
    }
    let page = app.page();
    let mut filter = QuoteFilter::default();
    let row = page.topics.selected;
    let mut subject = if row == 0 {
        "all quotes".to_string()
    } else {
        let label = page.doc.topic_label(row).to_string();
        filter.topics.push(label.clone());
        format!("topic {label}")
    };
    match &page.speaker {
        Some(Some(name)) => {
            subject.push_str(&format!(" · speaker {name}"));
            filter.speaker = Some(name.clone());
        }
        Some(None) => {
            app.message = Some("Unattributed quotes have no timeline: Esc clears the speaker filter".into());
            return;
        }
        None => {}
    }
    open(app, filter, subject);
}

/// `t` in the speaker list: the timeline of the highlighted speaker ("All speakers": of
/// every quote).
pub fn open_for_speaker(app: &mut App) {
    if !in_corpus(app) {
        return;
    }
    let Overlay::Speakers(list) = &app.page().overlay else {
        return;
    };
    let (filter, subject) = match list.speaker(list.row).map(|s| &s.name) {
        None => (QuoteFilter::default(), "all quotes".to_string()),
        Some(Some(name)) => {
            (QuoteFilter { topics: Vec::new(), speaker: Some(name.clone()) }, format!("speaker {name}"))
        }
        Some(None) => {
            app.message = Some("Unattributed quotes have no timeline".into());
            return;
        }
    };
    open(app, filter, subject);
}

/// Whether the corpus itself is shown; if not, the message saying where the timeline is.
fn in_corpus(app: &mut App) -> bool {
    let message = if !app.has_corpus() {
        "One article only: open a folder or several files for the timeline"
    } else if app.opened.is_some() {
        "The timeline is of the corpus: Esc or A goes back to it"
    } else {
        return true;
    };
    app.message = Some(message.into());
    false
}

/// Opens the timeline of `filter` on the corpus, the latest point highlighted; a message
/// when no dated article has a quote it selects.
fn open(app: &mut App, filter: QuoteFilter, subject: String) {
    let page = app.page_mut();
    let (points, undated) = page.doc.timeline(&filter);
    if points.is_empty() {
        let why = match undated {
            0 => String::new(),
            n => format!(" ({n} article{} state{} no date)", plural(n), if n == 1 { "s" } else { "" }),
        };
        app.message = Some(format!("No dated article has quotes of {subject}{why}"));
        return;
    }
    let cursor = points.len() - 1;
    page.overlay = Overlay::Timeline(TimelineView { subject, filter, points, cursor, undated });
}

/// An action in the timeline: moving between points, opening the highlighted point's
/// article over the corpus (the timeline waits under it), or closing.
pub fn timeline(app: &mut App, action: Action) -> Option<Effect> {
    let Overlay::Timeline(view) = &mut app.page_mut().overlay else {
        return None;
    };
    let last = view.points.len().saturating_sub(1) as isize;
    let step = match action {
        Action::MoveUp => -1,
        Action::MoveDown => 1,
        Action::GoTop => -last,
        Action::GoBottom => last,
        Action::Scroll(_, d) => isize::from(d),
        Action::Submit => {
            let article = view.point().map(|p| p.article);
            if let Some(article) = article {
                let timeline = std::mem::replace(&mut app.base.overlay, Overlay::None);
                app.open_article(article);
                app.base.overlay = timeline;
            }
            return None;
        }
        Action::Close | Action::Quit => {
            app.page_mut().overlay = Overlay::None;
            return None;
        }
        _ => return None,
    };
    view.cursor = (view.cursor as isize).saturating_add(step).clamp(0, last) as usize;
    None
}
