//! Actions on the two panes (moving, marking, filtering, opening views, going between the
//! corpus and one of its articles); searching is in `search.rs`.

use redline_analysis::Format;

use super::{corrections, geometry, search};
use crate::tui::action::{Action, Effect, Pane};
use crate::tui::clipboard::Clipboard;
use crate::tui::state::views::{ArticleList, ExportInput, Overlay, Scroll};
use crate::tui::state::{App, Page};

/// An action in the reader's two panes.
pub fn reader(app: &mut App, action: Action) -> Option<Effect> {
    match action {
        Action::Close => close(app),
        Action::Quit if !app.close_article() => return quit(app),
        Action::ToggleMark | Action::MarkAllShown => {
            app.unexported = true;
            on_page(app.page_mut(), action, (0, 0));
        }
        Action::OpenArticles => open_articles(app),
        Action::OpenSpeakers => super::speakers::open(app),
        Action::OpenTimeline => super::timeline::open_for_topic(app),
        Action::OpenReading => open_reading(app),
        Action::CopyMarked => return copy_marked(app),
        Action::OpenPicker => corrections::open_picker(app),
        Action::ToggleNotAQuote => return corrections::toggle_not_a_quote(app),
        Action::UndoCorrection => return corrections::undo(app),
        Action::NextRedLine | Action::PrevRedLine => {
            app.message = jump_to_red_line(app.page_mut(), action == Action::NextRedLine);
        }
        Action::NextMatch | Action::PrevMatch => search::next_match(app, action == Action::NextMatch),
        Action::NarrowSearch => search::narrow(app),
        Action::StartSearch => search::start(app),
        _ => {
            let pages = (geometry::topic_page(app), geometry::quote_page(app));
            let topic = app.page().topics.selected;
            on_page(app.page_mut(), action, pages);
            if app.page().topics.selected != topic {
                app.message = search::kept(app.page());
            }
        }
    }
    None
}

/// Esc: clears the search, else the speaker filter, else goes back from an article to its
/// corpus.
fn close(app: &mut App) {
    let page = app.page_mut();
    if page.search.take().is_some() || page.speaker.take().is_some() {
        page.refresh_shown();
    } else {
        app.close_article();
    }
}

/// `q` on the corpus or a single article (from an article opened from the corpus it goes
/// back to the corpus): quits, or asks first when marked quotes were not exported or
/// copied since they were marked.
fn quit(app: &mut App) -> Option<Effect> {
    if app.unexported && app.mark_count() > 0 {
        app.page_mut().overlay = Overlay::QuitAsk;
        return None;
    }
    Some(Effect::Quit)
}

/// `A`: back from an article to its corpus, or the article list (as it was last left, its
/// filter and order kept; the first time on the highlighted quote's article); a message
/// outside a corpus.
fn open_articles(app: &mut App) {
    if app.close_article() {
        return;
    }
    let page = app.page_mut();
    if page.doc.as_corpus().is_none() {
        app.message = Some("One article only: open a folder or several files for the article list".into());
        return;
    }
    let list = match page.last_articles.take() {
        Some(list) => super::articles::reopened(list, &page.doc),
        None => ArticleList::at(page.quotes.selected().and_then(|i| page.doc.article_index(i)).unwrap_or(0)),
    };
    page.overlay = Overlay::Articles(list);
}

/// The command an OSC 52 copy uses inside tmux: the buffer, and tmux passes it on to the
/// terminal's clipboard (`-w`) whatever its `set-clipboard` option says.
pub const TMUX_LOAD_BUFFER: [&str; 4] = ["tmux", "load-buffer", "-w", "-"];

/// `y`: the marked quotes, or the highlighted one when none is marked, as Markdown for the
/// clipboard, by the configured method (OSC 52 — through `tmux load-buffer` inside tmux —
/// or piped to the clipboard command); a message instead when copying is off or no quote is
/// shown.
fn copy_marked(app: &mut App) -> Option<Effect> {
    if app.clipboard == Clipboard::Off {
        app.message = Some("The clipboard is off (reader.clipboard in the configuration file)".into());
        return None;
    }
    let page = app.page();
    let ids: Vec<usize> = match page.quotes.selected() {
        _ if !page.marks.is_empty() => page.marks.iter().filter(|i| !page.is_dismissed(**i)).map(|i| i + 1).collect(),
        Some(i) if !page.is_dismissed(i) => vec![i + 1],
        _ => {
            app.message = Some("No quote to copy: none is marked or shown".into());
            return None;
        }
    };
    let text = page.doc.render_export(&ids, Format::Markdown);
    Some(match &app.clipboard {
        Clipboard::Command(command) => Effect::Pipe { command: command.clone(), text },
        Clipboard::Osc52 if app.tmux => Effect::Pipe { command: TMUX_LOAD_BUFFER.map(String::from).to_vec(), text },
        Clipboard::Osc52 | Clipboard::Off => Effect::Copy(text),
    })
}

/// An action that changes only the shown page; `(topic_page, quote_page)` are the rows a
/// page up or down moves in each pane.
fn on_page(page: &mut Page, action: Action, (topic_page, quote_page): (usize, usize)) {
    let topics = page.focus == Pane::Topics;
    match action {
        Action::MoveDown | Action::MoveUp | Action::PageDown | Action::PageUp | Action::GoTop | Action::GoBottom => {
            let (topic_page, quote_page) = (topic_page as isize, quote_page as isize);
            let step = match action {
                Action::MoveDown => 1,
                Action::MoveUp => -1,
                Action::PageDown if topics => topic_page,
                Action::PageUp if topics => -topic_page,
                Action::PageDown => quote_page,
                Action::PageUp => -quote_page,
                Action::GoTop => isize::MIN / 2,
                _ => isize::MAX / 2,
            };
            if topics { move_topic(page, step) } else { page.quotes.move_by(step) }
        }
        Action::FocusNext | Action::FocusPrev => page.focus = if topics { Pane::Quotes } else { Pane::Topics },
        Action::FocusTopics => page.focus = Pane::Topics,
        Action::FocusQuotes => page.focus = Pane::Quotes,
        Action::OpenContext if topics => page.focus = Pane::Quotes,
        Action::OpenContext => {
            if let Some(quote) = page.quotes.selected() {
                page.overlay = Overlay::Context { quote, scroll: Scroll::default() };
            }
        }
        Action::OpenHelp => page.overlay = Overlay::Help(Scroll::default()),
        Action::CycleFilter => {
            page.filter = page.filter.next();
            page.refresh_shown();
        }
        Action::ToggleShort => {
            page.hide_short = !page.hide_short;
            page.refresh_shown();
        }
        Action::ToggleMark => {
            if let Some(i) = page.quotes.selected()
                && !page.marks.remove(&i)
            {
                page.marks.insert(i);
            }
        }
        Action::MarkAllShown => page.marks.extend(page.quotes.shown.iter().copied()),
        Action::ClearMarks => page.marks.clear(),
        Action::OpenExport => page.overlay = Overlay::Export(ExportInput::with_default_path()),
        Action::SelectTopic(row) => {
            page.focus = Pane::Topics;
            page.select_topic(row);
        }
        Action::SelectQuote(i) => {
            page.focus = Pane::Quotes;
            page.quotes.cursor = i.min(page.quotes.shown.len().saturating_sub(1));
        }
        Action::Scroll(Pane::Topics, d) => move_topic(page, d as isize),
        Action::Scroll(Pane::Quotes, d) => page.quotes.move_by(d as isize),
        _ => {}
    }
}

/// Opens the reading view scrolled to the highlighted quote (or the quote of the context
/// view), which it highlights: in a corpus, of that quote's article, opened alone.
pub fn open_reading(app: &mut App) {
    let page = app.page();
    let mut quote = match page.overlay {
        Overlay::Context { quote, .. } => Some(quote),
        _ => page.quotes.selected(),
    };
    if let Some(article) = quote.and_then(|i| page.doc.article_index(i)) {
        app.open_article(article);
        quote = quote.and_then(|i| app.own_quote(i));
    }
    let page = app.page_mut();
    (page.reading_quote, page.reading_jump) = (quote, quote.is_some());
    page.overlay = Overlay::Reading(Scroll::default());
}

/// Moves the topic selection by `step` rows, stopping at the ends.
fn move_topic(page: &mut Page, step: isize) {
    let last = page.doc.topic_count() as isize - 1;
    let row = (page.topics.selected as isize).saturating_add(step).clamp(0, last) as usize;
    if row != page.topics.selected {
        page.select_topic(row);
    }
}

/// Highlights the next (or previous) shown quote holding a red line; the message when there
/// is none.
pub fn jump_to_red_line(page: &mut Page, forward: bool) -> Option<String> {
    let list = &page.quotes;
    let has = |p: &usize| page.doc.max_severity(list.shown[*p]).is_some();
    let found = if forward { (list.cursor + 1..list.shown.len()).find(has) } else { (0..list.cursor).rev().find(has) };
    match found {
        Some(p) => {
            page.quotes.cursor = p;
            page.focus = Pane::Quotes;
            None
        }
        None => Some(format!("No {} quote with a red line", if forward { "later" } else { "earlier" })),
    }
}
