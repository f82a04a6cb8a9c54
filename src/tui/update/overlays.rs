//! Actions while a view (help, context, reading), a list (speakers, articles) or the export
//! dialog is open.

use redline_analysis::Format;

use super::geometry;
use super::reader::{jump_to_red_line, open_reading};
use crate::tui::action::{Action, Effect, Pane};
use crate::tui::complete::{self, Completed};
use crate::tui::state::App;
use crate::tui::state::views::{ExportStage, Overlay, Scroll};

/// How far a movement action goes in a view or list of `rows` rows in view, a wheel notch
/// moving `wheel` rows; `None` for any other action.
fn step(action: &Action, rows: usize, wheel: isize) -> Option<isize> {
    let page = rows.saturating_sub(1).max(1) as isize;
    Some(match action {
        Action::MoveDown => 1,
        Action::MoveUp => -1,
        Action::PageDown => page,
        Action::PageUp => -page,
        Action::GoTop => isize::MIN / 2,
        Action::GoBottom => isize::MAX / 2,
        Action::Scroll(_, d) => wheel * *d as isize,
        _ => return None,
    })
}

/// An action in the help, context or reading view: scrolling (kept within the text when
/// the geometry settles), searching its text, closing (a search first), or switching to
/// reading or help.
pub fn view(app: &mut App, action: Action) -> Option<Effect> {
    let context = matches!(app.page().overlay, Overlay::Context { .. });
    let reading = matches!(app.page().overlay, Overlay::Reading(_));
    match action {
        Action::StartSearch => {
            super::search::start(app);
            return None;
        }
        Action::NextMatch | Action::PrevMatch => {
            super::search::find_next(app, action == Action::NextMatch);
            return None;
        }
        Action::Close if app.page().find.is_some() => {
            app.page_mut().find = None;
            return None;
        }
        Action::MoveDown | Action::MoveUp if context => {
            let page = app.page_mut();
            page.quotes.move_by(if action == Action::MoveDown { 1 } else { -1 });
            if let Some(f) = &mut page.find {
                f.line = None;
            }
            if let Some(quote) = page.quotes.selected() {
                page.overlay = Overlay::Context { quote, scroll: Scroll::default() };
            }
            return None;
        }
        Action::NextRedLine | Action::PrevRedLine if context => {
            let page = app.page_mut();
            app.message = jump_to_red_line(page, action == Action::NextRedLine);
            let page = app.page_mut();
            if let Some(quote) = page.quotes.selected() {
                page.overlay = Overlay::Context { quote, scroll: Scroll::default() };
            }
            return None;
        }
        Action::NextRedLine | Action::PrevRedLine if reading => {
            app.message = next_red_quote(app, action == Action::NextRedLine);
            return None;
        }
        _ => {}
    }
    let Some(delta) = step(&action, geometry::view_rows(app), 3) else {
        match action {
            Action::Close | Action::Quit => app.page_mut().overlay = Overlay::None,
            Action::OpenReading => open_reading(app),
            Action::OpenHelp => app.page_mut().overlay = Overlay::Help(Scroll::default()),
            _ => {}
        }
        return None;
    };
    if let Overlay::Help(s) | Overlay::Reading(s) | Overlay::Context { scroll: s, .. } = &mut app.page_mut().overlay {
        s.by(delta);
    }
    None
}

/// In the reading view, highlights the next (or previous) quote of the article holding a
/// red line and scrolls to it; the message when there is none.
fn next_red_quote(app: &mut App, forward: bool) -> Option<String> {
    let page = app.page_mut();
    let quotes = &page.analysis().quotes;
    let at = page.reading_quote;
    let red = |i: &usize| !quotes[*i].red_lines.is_empty();
    let found = match (forward, at) {
        (true, Some(q)) => (q + 1..quotes.len()).find(red),
        (true, None) => (0..quotes.len()).find(red),
        (false, Some(q)) => (0..q).rev().find(red),
        (false, None) => None,
    };
    match found {
        Some(q) => {
            (page.reading_quote, page.reading_jump) = (Some(q), true);
            None
        }
        None => Some(format!("No {} quote with a red line", if forward { "later" } else { "earlier" })),
    }
}

/// An action in the speaker or article list: moving, choosing (a speaker filters the
/// quotes; an article opens alone), the timeline of a speaker, sorting (`o` either list,
/// `d` the articles), filtering the articles (`/`; Esc clears a kept filter before it
/// closes the list), or closing (the article list is kept, to open again as it was).
pub fn list(app: &mut App, action: Action) -> Option<Effect> {
    match action {
        Action::OpenTimeline => {
            super::timeline::open_for_speaker(app);
            return None;
        }
        Action::SortArticles => {
            super::articles::toggle_date(app);
            return None;
        }
        Action::StartSearch => {
            super::articles::start_filter(app);
            return None;
        }
        Action::CycleOrder => {
            super::articles::cycle_order(app);
            super::speakers::cycle_order(app);
            return None;
        }
        Action::Close if super::articles::clear_filter(app) => return None,
        _ => {}
    }
    let rows = geometry::view_rows(app);
    let page = app.page_mut();
    let (row, len) = match &page.overlay {
        Overlay::Speakers(list) => (list.row, list.speakers.len() + 1),
        Overlay::Articles(list) => (list.row, list.len(page.doc.articles().len())),
        _ => return None,
    };
    let Some(delta) = step(&action, rows, 1) else {
        match (action, std::mem::replace(&mut page.overlay, Overlay::None)) {
            (Action::Submit, Overlay::Speakers(list)) => {
                page.speaker = list.speaker(row).map(|s| s.name.clone());
                page.refresh_shown();
                page.focus = Pane::Quotes;
            }
            (Action::Submit, Overlay::Articles(list)) => match list.article(row) {
                Some(article) => {
                    page.last_articles = Some(list);
                    app.open_article(article);
                }
                None => {
                    page.overlay = Overlay::Articles(list);
                    app.message = Some("No article matches the filter: Esc clears it".into());
                }
            },
            (Action::Close | Action::Quit | Action::OpenSpeakers | Action::OpenArticles, closed) => {
                if let Overlay::Articles(list) = closed {
                    page.last_articles = Some(list);
                }
            }
            (_, open) => page.overlay = open,
        }
        return None;
    };
    let row = (row as isize).saturating_add(delta).clamp(0, len.saturating_sub(1) as isize) as usize;
    match &mut page.overlay {
        Overlay::Speakers(list) => list.row = row,
        Overlay::Articles(list) => list.row = row,
        _ => {}
    }
    None
}

/// An action in the export dialog: editing the path, completing it (Tab asks the loop to
/// list its folder), writing, answering the overwrite question, or closing.
pub fn export_dialog(app: &mut App, action: Action) -> Option<Effect> {
    let (home, cwd) = (app.home.clone(), app.cwd.clone());
    let page = app.page_mut();
    let Overlay::Export(d) = &mut page.overlay else {
        return None;
    };
    d.choices.clear();
    match action {
        Action::Type(ch) => d.insert(ch),
        Action::Backspace => d.backspace(),
        Action::Complete if d.path == "~" => {
            d.path.push('/');
            d.cursor = 2;
        }
        Action::Complete => {
            let (folder, prefix) = complete::split(&d.path, home.as_deref(), &cwd);
            return Some(Effect::ListFolder { folder, prefix });
        }
        Action::CursorLeft | Action::CursorRight => d.move_cursor(action == Action::CursorRight),
        Action::ClearField => d.clear(),
        Action::NextFormat => d.next_format(),
        Action::Close => page.overlay = Overlay::None,
        Action::ConfirmNo => {
            d.stage = ExportStage::Editing;
            d.error = Some("Not overwritten: edit the path or press Esc".into());
        }
        Action::ConfirmYes => {
            d.stage = ExportStage::Editing;
            return write_export(app, true);
        }
        Action::Submit => return write_export(app, false),
        _ => {}
    }
    None
}

/// The folder listed for Tab: the path completed, the matches left to choose from listed,
/// or why nothing was completed, in the dialog; the cursor at the end.
pub fn completions(app: &mut App, listed: Result<Vec<(String, bool)>, String>) {
    let Overlay::Export(d) = &mut app.page_mut().overlay else {
        return;
    };
    match listed.map(|matches| (complete::complete(&d.path, &matches), matches.len())) {
        Ok((Completed::Path(path, choices, n), _)) => {
            d.path = path;
            d.cursor = d.path.chars().count();
            d.error = None;
            if !choices.is_empty() && n > choices.len() {
                let more = n - choices.len();
                d.choices = choices.into_iter().chain([format!("{more} more")]).collect();
            } else {
                d.choices = choices;
            }
        }
        Ok((Completed::Nothing, _)) => {
            let last = d.path.rsplit('/').next().unwrap_or_default();
            d.error = Some(format!("Nothing in that folder starts with “{last}”"));
        }
        Err(why) => d.error = Some(format!("Cannot complete: {why}")),
    }
}

/// The export of the path in the dialog, or the reason it cannot be written, in the dialog.
fn write_export(app: &mut App, overwrite: bool) -> Option<Effect> {
    let home = app.home.clone();
    let page = app.page_mut();
    let Overlay::Export(d) = &page.overlay else {
        return None;
    };
    let path = d.expanded(home.as_deref());
    let (ids, _) = page.export_selection();
    let problem = if d.path.trim().is_empty() {
        Some("Type a path first".to_string())
    } else if ids.is_empty() {
        Some("Nothing to export: no quote is shown".to_string())
    } else {
        None
    };
    let format = Format::from_path(&path);
    if let (None, Some(format)) = (&problem, format) {
        let contents = page.doc.render_export(&ids, format);
        return Some(Effect::WriteExport { path, contents, overwrite });
    }
    let why = problem.unwrap_or_else(|| "Unknown format: the path must end in .md, .json or .txt".into());
    if let Overlay::Export(d) = &mut page.overlay {
        d.error = Some(why);
    }
    None
}
