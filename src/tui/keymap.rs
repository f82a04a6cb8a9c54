//! Keys to actions, and actions back to key names: the help screen and the status-line hints
//! are drawn from [`bindings`] ([`BINDINGS`] with the configuration's remaps), so they always
//! say what the keys do.

use std::sync::OnceLock;

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers, MouseButton, MouseEvent, MouseEventKind};
use ratatui::layout::Position;

use super::action::{Action, Pane};
use super::layout;
use super::state::App;
use super::state::views::{ExportStage, Overlay};

/// Which set of keys applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Anywhere (Ctrl-C, Ctrl-Z).
    Anywhere,
    /// The two panes.
    Reader,
    /// Typing a search.
    Search,
    /// Editing the export path.
    Export,
    /// Asked whether to overwrite.
    Confirm,
    /// Asked whether to quit with marks not exported.
    QuitAsk,
    /// Help, context or reading view.
    View,
    /// The speaker or article list.
    List,
    /// The escalation timeline of a corpus.
    Timeline,
    /// The speaker picker (after `S`).
    Picker,
}

impl Mode {
    /// The heading of this mode's keys in the help.
    pub fn title(self) -> &'static str {
        match self {
            Mode::Anywhere => "Anywhere",
            Mode::Reader => "Reader",
            Mode::Search => "Search (after /; in the article list, its filter)",
            Mode::Export => "Export dialog",
            Mode::Confirm => "Overwrite question",
            Mode::QuitAsk => "Quit question (marks not exported or copied)",
            Mode::View => "Help, context and reading views",
            Mode::List => "Speaker and article lists",
            Mode::Timeline => "Escalation timeline (t)",
            Mode::Picker => "Speaker picker (after S)",
        }
    }

    /// What the help says under this mode's keys, beyond what each key does.
    pub fn note(self) -> Option<&'static str> {
        match self {
            Mode::Reader => Some(
                "/ searches the quotes listed (on All quotes: every topic); the search stays when the topic changes",
            ),
            Mode::View => Some(
                "/ searches the view's text; n and N scroll to the next and previous line holding it; Esc clears the search first",
            ),
            _ => None,
        }
    }

    /// The mode the shown page is in.
    pub fn of(app: &App) -> Mode {
        let page = app.page();
        match &page.overlay {
            Overlay::Export(d) if d.stage == ExportStage::ConfirmOverwrite => Mode::Confirm,
            Overlay::Export(_) => Mode::Export,
            Overlay::QuitAsk => Mode::QuitAsk,
            Overlay::Help(_) | Overlay::Context { .. } | Overlay::Reading(_)
                if page.find.as_ref().is_some_and(|f| f.typing) =>
            {
                Mode::Search
            }
            Overlay::Help(_) | Overlay::Context { .. } | Overlay::Reading(_) => Mode::View,
            Overlay::Articles(list) if list.filter.as_ref().is_some_and(|f| f.typing) => Mode::Search,
            Overlay::Speakers(_) | Overlay::Articles(_) => Mode::List,
            Overlay::Timeline(_) => Mode::Timeline,
            Overlay::Picker(_) => Mode::Picker,
            Overlay::None if page.search.as_ref().is_some_and(|s| s.typing) => Mode::Search,
            Overlay::None => Mode::Reader,
        }
    }
}

/// A key with its modifiers (Shift is implied by the character for letters).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Key {
    /// The key.
    pub code: KeyCode,
    /// Control or Alt, if held.
    pub mods: KeyModifiers,
}

const fn k(code: KeyCode) -> Key {
    Key { code, mods: KeyModifiers::NONE }
}
const fn c(ch: char) -> Key {
    k(KeyCode::Char(ch))
}
const fn ctrl(ch: char) -> Key {
    Key { code: KeyCode::Char(ch), mods: KeyModifiers::CONTROL }
}

/// Whether a binding is offered as a hint in the status line, and for which pane.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hint {
    /// Only in the help.
    No,
    /// When Topics is focused.
    Topics,
    /// When Quotes is focused.
    Quotes,
    /// Always in its mode.
    Yes,
    /// When Topics is focused, in the reader of a corpus (or of one of its articles).
    Corpus,
    /// In the speaker list.
    Speakers,
    /// In the article list.
    Articles,
    /// While a search of the quote list is active, first.
    Search,
}

/// One line of the keymap.
#[derive(Debug, Clone)]
pub struct Binding {
    /// Where it applies.
    pub mode: Mode,
    /// The keys, first one shown first.
    pub keys: &'static [Key],
    /// What they do.
    pub action: Action,
    /// A few words for help and hints.
    pub label: &'static str,
    /// When to show it in the status line.
    pub hint: Hint,
}

const fn b(mode: Mode, keys: &'static [Key], action: Action, label: &'static str, hint: Hint) -> Binding {
    Binding { mode, keys, action, label, hint }
}

use KeyCode as K;
use Mode as M;

/// Every key binding of the reader.
pub static BINDINGS: &[Binding] = &[
    b(M::Anywhere, &[ctrl('c')], Action::QuitNow, "quit at once", Hint::No),
    b(M::Anywhere, &[ctrl('z')], Action::Suspend, "suspend to the shell (fg resumes)", Hint::No),
    b(M::Reader, &[c('?')], Action::OpenHelp, "help", Hint::Yes),
    b(M::Reader, &[c('q')], Action::Quit, "quit", Hint::Yes),
    b(M::Reader, &[c('j'), k(K::Down)], Action::MoveDown, "next", Hint::Topics),
    b(M::Reader, &[c('k'), k(K::Up)], Action::MoveUp, "previous", Hint::No),
    b(M::Reader, &[c('g'), k(K::Home)], Action::GoTop, "first", Hint::No),
    b(M::Reader, &[c('G'), k(K::End)], Action::GoBottom, "last", Hint::No),
    b(M::Reader, &[k(K::PageDown), ctrl('d')], Action::PageDown, "page down", Hint::No),
    b(M::Reader, &[k(K::PageUp), ctrl('u')], Action::PageUp, "page up", Hint::No),
    b(M::Reader, &[k(K::Tab)], Action::FocusNext, "switch pane", Hint::No),
    b(M::Reader, &[k(K::BackTab)], Action::FocusPrev, "switch pane back", Hint::No),
    b(M::Reader, &[c('h'), k(K::Left)], Action::FocusTopics, "topics", Hint::No),
    b(M::Reader, &[c('l'), k(K::Right)], Action::FocusQuotes, "quotes", Hint::Topics),
    b(M::Reader, &[c('s')], Action::OpenSpeakers, "speakers", Hint::Corpus),
    b(M::Reader, &[c('A')], Action::OpenArticles, "articles", Hint::Corpus),
    b(M::Reader, &[c('t')], Action::OpenTimeline, "timeline", Hint::Corpus),
    b(M::Reader, &[k(K::Enter)], Action::OpenContext, "context", Hint::Quotes),
    b(M::Reader, &[c(' ')], Action::ToggleMark, "mark", Hint::Quotes),
    b(M::Reader, &[c('a')], Action::MarkAllShown, "mark all shown", Hint::No),
    b(M::Reader, &[c('u')], Action::ClearMarks, "clear marks", Hint::No),
    b(M::Reader, &[c(']')], Action::NextRedLine, "next red line", Hint::No),
    b(M::Reader, &[c('[')], Action::PrevRedLine, "previous red line", Hint::No),
    b(M::Reader, &[c('f')], Action::CycleFilter, "filter", Hint::Topics),
    b(M::Reader, &[c('F')], Action::ToggleShort, "hide / show quotes of ≤ 3 words", Hint::No),
    b(M::Reader, &[c('/')], Action::StartSearch, "search", Hint::Topics),
    b(M::Reader, &[c('n')], Action::NextMatch, "next match", Hint::Search),
    b(M::Reader, &[c('N')], Action::PrevMatch, "previous match", Hint::Search),
    b(M::Reader, &[c('&')], Action::NarrowSearch, "only the matches / all again", Hint::Search),
    b(M::Reader, &[k(K::Esc)], Action::Close, "clear search, speaker, or back to corpus", Hint::No),
    b(M::Reader, &[c('r')], Action::OpenReading, "read article", Hint::Topics),
    b(M::Reader, &[c('e')], Action::OpenExport, "export", Hint::Quotes),
    b(M::Reader, &[c('y')], Action::CopyMarked, "copy marked (else highlighted) as Markdown", Hint::No),
    b(M::Reader, &[c('S')], Action::OpenPicker, "correct the speaker (saved)", Hint::No),
    b(M::Reader, &[c('x')], Action::ToggleNotAQuote, "not a quote: strike through (again: undo)", Hint::No),
    b(M::Reader, &[c('U')], Action::UndoCorrection, "undo the quote's correction", Hint::No),
    b(M::Search, &[k(K::Enter)], Action::Submit, "keep matches", Hint::Yes),
    b(M::Search, &[k(K::Esc)], Action::Close, "clear search", Hint::Yes),
    b(M::Search, &[k(K::Backspace)], Action::Backspace, "delete", Hint::No),
    b(M::Search, &[ctrl('u')], Action::ClearField, "clear", Hint::No),
    b(M::Search, &[k(K::Down)], Action::MoveDown, "next (in a view: next match)", Hint::No),
    b(M::Search, &[k(K::Up)], Action::MoveUp, "previous (in a view: previous match)", Hint::No),
    b(M::Export, &[k(K::Enter)], Action::Submit, "write", Hint::Yes),
    b(M::Export, &[k(K::Esc)], Action::Close, "cancel", Hint::Yes),
    b(M::Export, &[k(K::Backspace)], Action::Backspace, "delete", Hint::No),
    b(M::Export, &[k(K::Left)], Action::CursorLeft, "cursor left", Hint::No),
    b(M::Export, &[k(K::Right)], Action::CursorRight, "cursor right", Hint::No),
    b(M::Export, &[ctrl('u')], Action::ClearField, "clear path", Hint::No),
    b(M::Export, &[ctrl('f')], Action::NextFormat, "next format", Hint::Yes),
    b(M::Export, &[k(K::Tab)], Action::Complete, "complete", Hint::Yes),
    b(M::Confirm, &[c('y')], Action::ConfirmYes, "overwrite", Hint::Yes),
    b(M::Confirm, &[c('n'), k(K::Esc)], Action::ConfirmNo, "keep the file", Hint::Yes),
    b(M::QuitAsk, &[c('y')], Action::ConfirmYes, "quit, marks lost", Hint::Yes),
    b(M::QuitAsk, &[c('n'), k(K::Esc), c('q')], Action::ConfirmNo, "stay", Hint::Yes),
    b(M::View, &[k(K::Esc)], Action::Close, "close", Hint::Yes),
    b(M::View, &[c('/')], Action::StartSearch, "search", Hint::Yes),
    b(M::View, &[c('q')], Action::Quit, "back", Hint::No),
    b(M::View, &[c('j'), k(K::Down)], Action::MoveDown, "down / next quote", Hint::Yes),
    b(M::View, &[c('k'), k(K::Up)], Action::MoveUp, "up / previous quote", Hint::No),
    b(M::View, &[c(']')], Action::NextRedLine, "next quote with a red line", Hint::No),
    b(M::View, &[c('[')], Action::PrevRedLine, "previous quote with a red line", Hint::No),
    b(M::View, &[c('g'), k(K::Home)], Action::GoTop, "top", Hint::No),
    b(M::View, &[c('G'), k(K::End)], Action::GoBottom, "bottom", Hint::No),
    b(M::View, &[k(K::PageDown), ctrl('d'), c(' ')], Action::PageDown, "page down", Hint::No),
    b(M::View, &[k(K::PageUp), ctrl('u'), c('b')], Action::PageUp, "page up", Hint::No),
    b(M::View, &[c('n')], Action::NextMatch, "next match", Hint::No),
    b(M::View, &[c('N')], Action::PrevMatch, "previous match", Hint::No),
    b(M::View, &[c('r')], Action::OpenReading, "read article", Hint::No),
    b(M::View, &[c('?')], Action::OpenHelp, "help", Hint::No),
    b(M::List, &[k(K::Enter)], Action::Submit, "choose", Hint::Yes),
    b(M::List, &[k(K::Esc)], Action::Close, "close", Hint::Yes),
    b(M::List, &[c('j'), k(K::Down)], Action::MoveDown, "next", Hint::Yes),
    b(M::List, &[c('k'), k(K::Up)], Action::MoveUp, "previous", Hint::No),
    b(M::List, &[c('g'), k(K::Home)], Action::GoTop, "first", Hint::No),
    b(M::List, &[c('G'), k(K::End)], Action::GoBottom, "last", Hint::No),
    b(M::List, &[k(K::PageDown), ctrl('d')], Action::PageDown, "page down", Hint::No),
    b(M::List, &[k(K::PageUp), ctrl('u')], Action::PageUp, "page up", Hint::No),
    b(M::List, &[c('t')], Action::OpenTimeline, "timeline", Hint::Speakers),
    b(M::List, &[c('d')], Action::SortArticles, "by date/path", Hint::Articles),
    b(M::List, &[c('o')], Action::CycleOrder, "sort", Hint::Yes),
    b(M::List, &[c('/')], Action::StartSearch, "filter the articles", Hint::Articles),
    b(M::List, &[c('s')], Action::OpenSpeakers, "close the speaker list", Hint::No),
    b(M::List, &[c('A')], Action::OpenArticles, "close the article list", Hint::No),
    b(M::List, &[c('q')], Action::Quit, "back", Hint::No),
    b(M::Timeline, &[k(K::Left), c('h')], Action::MoveUp, "earlier", Hint::Yes),
    b(M::Timeline, &[k(K::Right), c('l')], Action::MoveDown, "later", Hint::Yes),
    b(M::Timeline, &[k(K::Home), c('g')], Action::GoTop, "first", Hint::No),
    b(M::Timeline, &[k(K::End), c('G')], Action::GoBottom, "last", Hint::No),
    b(M::Timeline, &[k(K::Enter)], Action::Submit, "open the article", Hint::Yes),
    b(M::Timeline, &[k(K::Esc), c('t')], Action::Close, "close", Hint::Yes),
    b(M::Timeline, &[c('q')], Action::Quit, "back", Hint::No),
    b(M::Picker, &[k(K::Enter)], Action::Submit, "set speaker", Hint::Yes),
    b(M::Picker, &[k(K::Esc)], Action::Close, "cancel", Hint::Yes),
    b(M::Picker, &[k(K::Down)], Action::MoveDown, "next", Hint::Yes),
    b(M::Picker, &[k(K::Up)], Action::MoveUp, "previous", Hint::No),
    b(M::Picker, &[k(K::Backspace)], Action::Backspace, "delete", Hint::No),
    b(M::Picker, &[ctrl('u')], Action::ClearField, "clear", Hint::No),
];

/// The bindings in force: [`BINDINGS`], with the keys of the actions remapped by
/// [`set_remaps`] once it has been called.
pub fn bindings() -> &'static [Binding] {
    REMAPPED.get().map_or(BINDINGS, Vec::as_slice)
}

static REMAPPED: OnceLock<Vec<Binding>> = OnceLock::new();

/// Replaces, for the rest of the process, the keys of each action in `remaps` in the modes
/// `modes` (the configuration file's `[keys]`, checked for clashes by the caller). Only the
/// first call counts.
pub fn set_remaps(remaps: &[(Action, Vec<Key>)], modes: &[Mode]) {
    let _ = REMAPPED.set(remapped(remaps, modes));
}

/// [`BINDINGS`] with the keys of the actions in `remaps` replaced in `modes`.
pub fn remapped(remaps: &[(Action, Vec<Key>)], modes: &[Mode]) -> Vec<Binding> {
    BINDINGS
        .iter()
        .map(|b| match remaps.iter().find(|(action, _)| *action == b.action) {
            // Leaked once per remapped binding, when the reader starts: they live as long as it.
            Some((_, keys)) if modes.contains(&b.mode) => Binding { keys: Vec::leak(keys.clone()), ..b.clone() },
            _ => b.clone(),
        })
        .collect()
}

/// The order of modes in the help.
pub const MODES: [Mode; 10] = [
    Mode::Reader,
    Mode::Search,
    Mode::Export,
    Mode::Confirm,
    Mode::View,
    Mode::List,
    Mode::Timeline,
    Mode::Picker,
    Mode::QuitAsk,
    Mode::Anywhere,
];

/// What the mouse does, for the help.
pub const MOUSE_HELP: &str = "click selects a topic or quote; the wheel scrolls";

/// The name of a key, e.g. `j`, `↓`, `Ctrl-D`, `Space`.
pub fn key_name(key: Key) -> String {
    let base = match key.code {
        K::Char(' ') => "Space".to_string(),
        K::Char(ch) if key.mods.contains(KeyModifiers::CONTROL) => ch.to_ascii_uppercase().to_string(),
        K::Char(ch) => ch.to_string(),
        K::Down => "↓".into(),
        K::Up => "↑".into(),
        K::Left => "←".into(),
        K::Right => "→".into(),
        K::PageDown => "PgDn".into(),
        K::PageUp => "PgUp".into(),
        K::BackTab => "Shift-Tab".into(),
        other => other.to_string(),
    };
    if key.mods.contains(KeyModifiers::CONTROL) { format!("Ctrl-{base}") } else { base }
}

/// All keys of a binding, e.g. `j/↓`.
pub fn keys_text(binding: &Binding) -> String {
    binding.keys.iter().map(|k| key_name(*k)).collect::<Vec<_>>().join("/")
}

/// The hints for the status line in the mode and focus of the shown page: `(keys, label)`
/// pairs.
pub fn hints(app: &App) -> Vec<(String, &'static str)> {
    hints_in(bindings(), app)
}

/// [`hints`] from the bindings `table`.
pub fn hints_in(table: &[Binding], app: &App) -> Vec<(String, &'static str)> {
    let mode = Mode::of(app);
    let pane = if app.page().focus == Pane::Topics { Hint::Topics } else { Hint::Quotes };
    let corpus = app.has_corpus();
    let list = match app.page().overlay {
        Overlay::Speakers(_) => Hint::Speakers,
        Overlay::Articles(_) => Hint::Articles,
        _ => Hint::No,
    };
    let searching = mode == Mode::Reader && app.page().search.as_ref().is_some_and(|s| !s.query.is_empty());
    let shown = |hint: Hint| {
        hint == Hint::Yes
            || hint == pane
            || (hint == Hint::Corpus && corpus && pane == Hint::Topics)
            || (hint == list && hint != Hint::No)
    };
    // During a search its keys come first.
    let search = table.iter().filter(|b| b.mode == mode && b.hint == Hint::Search && searching);
    let rest = table.iter().filter(|b| b.mode == mode && shown(b.hint));
    search.chain(rest).map(|b| (keys_text(b), b.label)).collect()
}

/// The action a key asks for in the mode of the shown page; typing modes turn characters
/// into text.
pub fn action_for(app: &App, event: KeyEvent) -> Option<Action> {
    action_in(bindings(), app, event)
}

/// [`action_for`] from the bindings `table`.
pub fn action_in(table: &[Binding], app: &App, event: KeyEvent) -> Option<Action> {
    let mut mods = event.modifiers & (KeyModifiers::CONTROL | KeyModifiers::ALT);
    if !matches!(event.code, K::Char(_) | K::BackTab) {
        mods |= event.modifiers & KeyModifiers::SHIFT;
    }
    let key = Key { code: event.code, mods };
    let mode = Mode::of(app);
    let bound = table.iter().find(|b| (b.mode == mode || b.mode == Mode::Anywhere) && b.keys.contains(&key));
    if let Some(binding) = bound {
        return Some(binding.action.clone());
    }
    match (mode, event.code) {
        (Mode::Search | Mode::Export | Mode::Picker, K::Char(ch)) if mods.is_empty() => Some(Action::Type(ch)),
        _ => None,
    }
}

/// The action a mouse event asks for, from the geometry on screen (the panes of the
/// terminal's area, the rows in view that `update` worked out).
pub fn mouse_action(app: &App, event: MouseEvent) -> Option<Action> {
    let page = app.page();
    let screen = layout::screen(app.area, page.doc.as_corpus().is_some());
    let at = Position::new(event.column, event.row);
    let topics = screen.topics;
    let pane = if topics.contains(at) { Pane::Topics } else { Pane::Quotes };
    match event.kind {
        MouseEventKind::ScrollUp => Some(Action::Scroll(pane, -1)),
        MouseEventKind::ScrollDown => Some(Action::Scroll(pane, 1)),
        MouseEventKind::Down(MouseButton::Left) if page.overlay == Overlay::None => {
            if topics.contains(at) {
                let row = (at.y.checked_sub(topics.y + 1)? as usize) + page.topics.offset;
                (at.y + 1 < topics.bottom() && row < page.doc.topic_count()).then_some(Action::SelectTopic(row))
            } else {
                let hit = page.quotes.rows.iter().find(|(top, bottom, _)| (*top..*bottom).contains(&at.y));
                hit.filter(|_| screen.quotes.contains(at)).map(|(_, _, i)| Action::SelectQuote(*i))
            }
        }
        _ => None,
    }
}
