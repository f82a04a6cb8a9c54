//! Corrections of the highlighted quote: `S` opens the speaker picker, `x` marks the quote
//! "not a quote" (or unmarks it), `U` takes its correction back. Each change rebuilds the
//! page's document from the analysis as made, with the corrections on top, and asks the loop
//! to save them all at once. In a corpus a quote's correction belongs to its own article
//! (see [`corpus_corrections`]).

use redline_analysis::Correction;

use crate::tui::action::{Action, Effect};
use crate::tui::corpus_corrections;
use crate::tui::document::Document;
use crate::tui::state::App;
use crate::tui::state::corrected::Picker;
use crate::tui::state::views::Overlay;

/// The highlighted quote, when corrections can be made and saved on the shown page (an
/// article with its corrections, or a corpus, whose quotes' corrections go to their own
/// articles); the message saying why not otherwise.
fn target(app: &App) -> Result<usize, String> {
    let page = app.page();
    let quote = page.quotes.selected();
    let (broken, path) = match (&page.corrected, quote.and_then(|q| corpus_corrections::stored_for(&page.doc, q))) {
        (Some(c), _) => (&c.broken, &c.path),
        (None, Some((stored, _, _))) => (&stored.broken, &stored.path),
        (None, None) if page.doc.as_corpus().is_some() => return Err("No quote highlighted".into()),
        (None, None) => return Err("Corrections are off for this article".into()),
    };
    if let Some(why) = broken {
        return Err(format!("Not saved: the corrections file of this text is broken ({})", why.reason));
    }
    if path.is_none() {
        return Err("Corrections cannot be saved: no data folder (set XDG_DATA_HOME or HOME)".into());
    }
    quote.ok_or_else(|| "No quote highlighted".into())
}

/// The correction of the quote at this index of the shown page, if it has one.
fn correction_of(app: &App, quote: usize) -> Option<&Correction> {
    let page = app.page();
    match &page.corrected {
        Some(c) => c.of(quote),
        None => corpus_corrections::of(&page.doc, quote),
    }
}

/// `S`: the speaker picker over the highlighted quote, or the message why not.
pub fn open_picker(app: &mut App) {
    match target(app) {
        Ok(quote) => {
            let page = app.page_mut();
            page.overlay = Overlay::Picker(Picker::new(page.analysis(), quote));
        }
        Err(why) => app.message = Some(why),
    }
}

/// An action in the picker: typing filters (or names someone new), arrows move, Enter sets
/// the speaker, Esc cancels.
pub fn picker(app: &mut App, action: Action) -> Option<Effect> {
    let Overlay::Picker(p) = &mut app.page_mut().overlay else {
        return None;
    };
    match action {
        _ if super::edit_field(&mut p.typed, &action) => p.row = 0,
        Action::MoveDown => p.row = (p.row + 1).min(p.rows().len().saturating_sub(1)),
        Action::MoveUp => p.row = p.row.saturating_sub(1),
        Action::Close => app.page_mut().overlay = Overlay::None,
        Action::Submit => {
            let (quote, name) = (p.quote, p.chosen());
            let Some(name) = name else {
                app.message = Some("Type a name, or pick one with ↑/↓".into());
                return None;
            };
            app.page_mut().overlay = Overlay::None;
            let done = format!("Quote {}: speaker set to {}", quote + 1, name);
            return change(app, quote, Some(Correction::Speaker(name)), done);
        }
        _ => {}
    }
    None
}

/// `x`: marks the highlighted quote "not a quote", or unmarks it.
pub fn toggle_not_a_quote(app: &mut App) -> Option<Effect> {
    let quote = target(app).map_err(|why| app.message = Some(why)).ok()?;
    let dismissed = app.page().is_dismissed(quote);
    let (correction, done) = if dismissed {
        (None, format!("Quote {} is a quote again", quote + 1))
    } else {
        (Some(Correction::NotAQuote), format!("Quote {}: not a quote (struck through, left out of exports)", quote + 1))
    };
    change(app, quote, correction, done)
}

/// `U`: takes back the correction of the highlighted quote.
pub fn undo(app: &mut App) -> Option<Effect> {
    let quote = target(app).map_err(|why| app.message = Some(why)).ok()?;
    if correction_of(app, quote).is_none() {
        app.message = Some(format!("Quote {} has no correction to undo", quote + 1));
        return None;
    }
    change(app, quote, None, format!("Quote {}: correction undone", quote + 1))
}

/// Sets (or with `None` removes) the correction of the quote at this index, rebuilds the
/// page's document (in a corpus, the speakers of the quote's article) and asks for the
/// corrections of the quote's article to be saved; `done` says what changed.
fn change(app: &mut App, quote: usize, correction: Option<Correction>, done: String) -> Option<Effect> {
    let page = app.page_mut();
    let (path, corrections) = match page.corrected.as_mut() {
        Some(corrected) => {
            let q = corrected.original.quotes.get(quote)?;
            let (start, end) = (q.start, q.end);
            match correction {
                Some(c) => corrected.corrections.set(start, end, c),
                None => {
                    corrected.corrections.remove(start, end);
                }
            }
            page.doc = Document::article(corrected.analysis());
            (corrected.path.clone()?, corrected.corrections.clone())
        }
        None => {
            let (stored, _) = corpus_corrections::change(&mut page.doc, quote, correction)?;
            (stored.path?, stored.corrections)
        }
    };
    page.refresh_shown();
    app.message = Some(format!("{done} · saving…"));
    Some(Effect::SaveCorrections { path, corrections, done: format!("{done} · saved") })
}
