//! The `[keys]` table: action names, key names, and the check that remapped keys do not
//! clash. Remaps apply in the reader's panes, its views and its lists; the typing modes
//! (search, the export path), the overwrite question and the timeline keep their keys, and
//! so do Ctrl-C and Ctrl-Z.

use std::collections::BTreeMap;
use std::ops::Range;

use ratatui::crossterm::event::{KeyCode, KeyModifiers};
use toml::Spanned;

use super::{ConfigError, KeyList};
use crate::tui::action::Action;
use crate::tui::keymap::{BINDINGS, Key, Mode};

/// The modes whose keys a remap replaces.
pub const REMAPPED_MODES: [Mode; 3] = [Mode::Reader, Mode::View, Mode::List];

/// The name of an action in the `[keys]` table, e.g. `move_down`; `None` for actions that
/// keys do not ask for directly.
pub fn action_name(action: &Action) -> Option<&'static str> {
    Some(match action {
        Action::MoveUp => "move_up",
        Action::MoveDown => "move_down",
        Action::GoTop => "go_top",
        Action::GoBottom => "go_bottom",
        Action::PageUp => "page_up",
        Action::PageDown => "page_down",
        Action::FocusNext => "focus_next",
        Action::FocusPrev => "focus_prev",
        Action::FocusTopics => "focus_topics",
        Action::FocusQuotes => "focus_quotes",
        Action::OpenContext => "open_context",
        Action::OpenReading => "open_reading",
        Action::OpenHelp => "open_help",
        Action::Close => "close",
        Action::CycleFilter => "cycle_filter",
        Action::ToggleShort => "toggle_short",
        Action::NextRedLine => "next_red_line",
        Action::PrevRedLine => "prev_red_line",
        Action::StartSearch => "start_search",
        Action::NextMatch => "next_match",
        Action::PrevMatch => "prev_match",
        Action::NarrowSearch => "narrow_search",
        Action::ToggleMark => "toggle_mark",
        Action::MarkAllShown => "mark_all_shown",
        Action::ClearMarks => "clear_marks",
        Action::OpenSpeakers => "open_speakers",
        Action::OpenArticles => "open_articles",
        Action::OpenTimeline => "open_timeline",
        Action::SortArticles => "sort_articles",
        Action::CycleOrder => "cycle_order",
        Action::OpenExport => "open_export",
        Action::CopyMarked => "copy_marked",
        Action::OpenPicker => "correct_speaker",
        Action::ToggleNotAQuote => "toggle_not_a_quote",
        Action::UndoCorrection => "undo_correction",
        Action::Quit => "quit",
        Action::Submit => "choose",
        _ => return None,
    })
}

/// Every remappable action with its default keys, in keymap order.
pub fn defaults() -> Vec<(Action, Vec<Key>)> {
    let mut out: Vec<(Action, Vec<Key>)> = Vec::new();
    for b in BINDINGS.iter().filter(|b| REMAPPED_MODES.contains(&b.mode)) {
        if action_name(&b.action).is_some() && !out.iter().any(|(a, _)| *a == b.action) {
            out.push((b.action.clone(), b.keys.to_vec()));
        }
    }
    out
}

/// Named keys: the name written in the file (first) and other accepted spellings.
const NAMED: [(KeyCode, &[&str]); 15] = [
    (KeyCode::Char(' '), &["Space"]),
    (KeyCode::Enter, &["Enter", "Return"]),
    (KeyCode::Esc, &["Esc", "Escape"]),
    (KeyCode::Tab, &["Tab"]),
    (KeyCode::BackTab, &["Shift-Tab", "BackTab"]),
    (KeyCode::Backspace, &["Backspace"]),
    (KeyCode::Up, &["Up", "↑"]),
    (KeyCode::Down, &["Down", "↓"]),
    (KeyCode::Left, &["Left", "←"]),
    (KeyCode::Right, &["Right", "→"]),
    (KeyCode::Home, &["Home"]),
    (KeyCode::End, &["End"]),
    (KeyCode::PageUp, &["PageUp", "PgUp"]),
    (KeyCode::PageDown, &["PageDown", "PgDn"]),
    (KeyCode::Delete, &["Delete", "Del"]),
];

/// A key as the file writes it: `j`, `G`, `?`, `Space`, `Down`, `PageDown`, `Ctrl-D`, `F1`.
pub fn config_name(key: Key) -> String {
    let base = match key.code {
        KeyCode::F(n) => format!("F{n}"),
        KeyCode::Char(c) if c != ' ' => c.to_string(),
        code => NAMED.iter().find(|(k, _)| *k == code).map_or_else(|| code.to_string(), |(_, n)| n[0].to_string()),
    };
    let ctrl = if key.mods.contains(KeyModifiers::CONTROL) { "Ctrl-" } else { "" };
    let alt = if key.mods.contains(KeyModifiers::ALT) { "Alt-" } else { "" };
    format!("{ctrl}{alt}{}", if ctrl.is_empty() { base } else { base.to_uppercase() })
}

/// Parses a key name (see [`config_name`]; names are case-insensitive, a character is not):
/// `Ctrl-` and `Alt-` may come before a character; `None` when it names no key.
pub fn parse_key(name: &str) -> Option<Key> {
    let mut mods = KeyModifiers::NONE;
    let mut rest = name;
    loop {
        let lower = rest.to_ascii_lowercase();
        if lower.starts_with("ctrl-") && rest.len() > 5 {
            mods |= KeyModifiers::CONTROL;
            rest = &rest[5..];
        } else if lower.starts_with("alt-") && rest.len() > 4 {
            mods |= KeyModifiers::ALT;
            rest = &rest[4..];
        } else {
            break;
        }
    }
    let named = NAMED.iter().find(|(_, names)| names.iter().any(|n| n.eq_ignore_ascii_case(rest)));
    let mut chars = rest.chars();
    let code = match (named, chars.next(), chars.next()) {
        (Some((code, _)), _, _) => *code,
        (None, Some(c), None) if !c.is_control() => {
            KeyCode::Char(if mods.is_empty() { c } else { c.to_ascii_lowercase() })
        }
        _ => KeyCode::F(rest.strip_prefix(['F', 'f'])?.parse().ok().filter(|n| (1..=12).contains(n))?),
    };
    if !mods.is_empty() && !matches!(code, KeyCode::Char(c) if c != ' ') {
        return None;
    }
    Some(Key { code, mods })
}

/// Checks the `[keys]` table: known actions, valid keys, and no key left to two actions in
/// one mode (nor taking Ctrl-C or Ctrl-Z). Gives the remaps in the file's order.
pub fn check(
    table: &BTreeMap<String, Spanned<KeyList>>,
    at: &dyn Fn(Range<usize>, String) -> ConfigError,
) -> Result<Vec<(Action, Vec<Key>)>, ConfigError> {
    let defaults = defaults();
    let mut remaps: Vec<(Action, Vec<Key>, Range<usize>)> = Vec::new();
    for (name, value) in table {
        let Some((action, _)) = defaults.iter().find(|(a, _)| action_name(a) == Some(name.as_str())) else {
            let known: Vec<&str> = defaults.iter().filter_map(|(a, _)| action_name(a)).collect();
            return Err(at(value.span(), format!("keys.{name}: no such action (actions: {})", known.join(", "))));
        };
        let names = match value.get_ref() {
            KeyList::One(one) => vec![one.clone()],
            KeyList::Many(many) => many.clone(),
        };
        if names.is_empty() {
            return Err(at(value.span(), format!("keys.{name}: give at least one key")));
        }
        let mut keys = Vec::new();
        for key in &names {
            let parsed = parse_key(key).ok_or_else(|| {
                let why = "a character, Space, Enter, Esc, Tab, Shift-Tab, Backspace, Up, Down, Left, Right, \
                           Home, End, PageUp, PageDown, Delete, F1-F12, or Ctrl-/Alt- and a character";
                at(value.span(), format!("keys.{name}: {key:?} is not a key ({why})"))
            })?;
            keys.push(parsed);
        }
        remaps.push((action.clone(), keys, value.span()));
    }
    remaps.sort_by_key(|(_, _, span)| span.start);
    // A remap to the default keys changes nothing (the printed defaults hold them all).
    remaps.retain(|(action, keys, _)| defaults.iter().all(|(a, d)| a != action || d != keys));
    let fixed: Vec<Key> = BINDINGS.iter().filter(|b| b.mode == Mode::Anywhere).flat_map(|b| b.keys.to_vec()).collect();
    for (action, keys, span) in &remaps {
        if let Some(key) = keys.iter().find(|k| fixed.contains(k)) {
            let name = action_name(action).unwrap_or_default();
            return Err(at(
                span.clone(),
                format!("keys.{name}: {} is kept for quitting and suspending", config_name(*key)),
            ));
        }
    }
    for mode in REMAPPED_MODES {
        let mut taken: Vec<(Key, &Action)> = Vec::new();
        for b in BINDINGS.iter().filter(|b| b.mode == mode) {
            let keys = remaps.iter().find(|(a, _, _)| *a == b.action).map_or(b.keys, |(_, keys, _)| keys.as_slice());
            for key in keys {
                match taken.iter().find(|(k, a)| k == key && **a != b.action) {
                    Some((_, other)) => return Err(clash(*key, &b.action, other, &remaps, mode, at)),
                    None => taken.push((*key, &b.action)),
                }
            }
        }
    }
    Ok(remaps.into_iter().map(|(action, keys, _)| (action, keys)).collect())
}

/// The error for `key` bound to both `one` and `other` in `mode`, placed at the remap that
/// made the clash (the later one when both were remapped).
fn clash(
    key: Key,
    one: &Action,
    other: &Action,
    remaps: &[(Action, Vec<Key>, Range<usize>)],
    mode: Mode,
    at: &dyn Fn(Range<usize>, String) -> ConfigError,
) -> ConfigError {
    let remap = |a: &Action| remaps.iter().find(|(r, _, span)| r == a && span.end > 0);
    let (placed, blamed, kept) = match (remap(one), remap(other)) {
        (Some(a), Some(b)) if b.2.start > a.2.start => (b.2.clone(), other, one),
        (Some(a), _) => (a.2.clone(), one, other),
        (None, Some(b)) => (b.2.clone(), other, one),
        (None, None) => (0..0, one, other),
    };
    let name = |a: &Action| action_name(a).unwrap_or_default();
    let reason = format!(
        "keys.{}: {} is also the key of {} ({})",
        name(blamed),
        config_name(key),
        name(kept),
        mode.title().to_lowercase()
    );
    at(placed, reason)
}
