//! Every action of the keymap driven through `update`, each with a check that can fail; the
//! results of effects; keys and clicks turned into actions.

use std::path::PathBuf;

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::fixture::{apply, render, state};
use crate::tui::action::{Action, Effect, Pane};
use crate::tui::keymap::{BINDINGS, Mode, action_for};
use crate::tui::layout;
use crate::tui::state::views::{ExportInput, ExportStage, Overlay, Scroll};
use crate::tui::state::{App, Filter};
use crate::tui::update::update;

/// A state in `mode`, drawn once so the layout is known.
fn in_mode(mode: Mode) -> App {
    let mut s = state();
    let setup: Vec<Action> = match mode {
        Mode::Reader | Mode::Anywhere => vec![],
        Mode::Search => vec![Action::StartSearch],
        Mode::Export => vec![Action::OpenExport],
        Mode::Confirm => vec![Action::OpenExport, Action::ExportExists],
        Mode::View => vec![Action::OpenHelp],
        Mode::List => vec![Action::OpenSpeakers],
        Mode::Timeline => {
            s = super::timeline::dated_corpus(0..4);
            vec![Action::OpenTimeline]
        }
        Mode::Picker => unreachable!("the picker is checked in corrections.rs"),
        Mode::QuitAsk => vec![Action::FocusQuotes, Action::ToggleMark, Action::Quit],
    };
    apply(&mut s, setup);
    render(&mut s, 60, 20);
    assert_eq!(Mode::of(&s), if mode == Mode::Anywhere { Mode::Reader } else { mode });
    s
}

fn in_quotes() -> App {
    let mut s = in_mode(Mode::Reader);
    update(&mut s, Action::FocusQuotes);
    s
}

fn typed(s: &mut App, text: &str) {
    apply(s, text.chars().map(Action::Type).collect::<Vec<_>>());
}

fn dialog(s: &App) -> (String, usize, ExportStage, Option<String>) {
    match &s.page().overlay {
        Overlay::Export(d) => (d.path.clone(), d.cursor, d.stage, d.error.clone()),
        other => panic!("no export dialog: {other:?}"),
    }
}

fn view_scroll(s: &App) -> usize {
    match s.page().overlay {
        Overlay::Reading(n) | Overlay::Help(n) | Overlay::Context { scroll: n, .. } => n.top,
        ref other => panic!("no view: {other:?}"),
    }
}

/// Checks what `action` does in `mode`; panics when it does not do it.
fn check(mode: Mode, action: &Action) {
    // Corrections need an article with a corrections store: checked with their own state.
    if mode == Mode::Picker || matches!(action, Action::OpenPicker | Action::ToggleNotAQuote | Action::UndoCorrection) {
        return super::corrections::check(mode, action);
    }
    let mut s = in_mode(mode);
    let a = action.clone();
    match (mode, action) {
        (_, Action::QuitNow) => assert_eq!(update(&mut s, a), Some(Effect::Quit)),
        (Mode::Reader, Action::Quit) => assert_eq!(update(&mut s, a), Some(Effect::Quit)),
        (Mode::View | Mode::List, Action::Quit) => {
            assert_eq!(update(&mut s, a), None);
            assert_eq!(s.page().overlay, Overlay::None, "q goes back one level");
        }
        (Mode::QuitAsk, Action::ConfirmYes) => assert_eq!(update(&mut s, a), Some(Effect::Quit)),
        (Mode::QuitAsk, Action::ConfirmNo) => {
            assert_eq!(update(&mut s, a), None);
            assert_eq!((&s.page().overlay, s.mark_count()), (&Overlay::None, 1), "stays, marks kept");
        }
        (_, Action::Suspend) => assert_eq!(update(&mut s, a), Some(Effect::Suspend)),
        (Mode::Reader, Action::MoveDown) => {
            update(&mut s, a.clone());
            assert_eq!((s.page().topics.selected, s.page().quotes.shown.clone()), (1, vec![0, 4]));
            let mut q = in_quotes();
            update(&mut q, a);
            assert_eq!(q.page().quotes.cursor, 1);
        }
        (Mode::Reader, Action::MoveUp) => {
            apply(&mut s, [Action::MoveDown, Action::MoveDown, a.clone()]);
            assert_eq!(s.page().topics.selected, 1);
            let mut q = in_quotes();
            apply(&mut q, [Action::MoveDown, Action::MoveDown, a]);
            assert_eq!(q.page().quotes.cursor, 1);
        }
        (Mode::Reader, Action::GoBottom | Action::GoTop) => {
            let bottom = *action == Action::GoBottom;
            update(&mut s, Action::GoBottom);
            if !bottom {
                update(&mut s, a.clone());
            }
            assert_eq!(s.page().topics.selected, if bottom { 3 } else { 0 });
            let mut q = in_quotes();
            apply(&mut q, [Action::GoBottom]);
            if !bottom {
                update(&mut q, a);
            }
            assert_eq!(q.page().quotes.cursor, if bottom { 4 } else { 0 });
        }
        (Mode::Reader, Action::PageDown | Action::PageUp) => {
            let mut q = in_quotes();
            let visible = q.page().quotes.rows.len();
            assert!((2..5).contains(&visible), "{visible} blocks at 60×20");
            update(&mut q, Action::PageDown);
            assert_eq!(q.page().quotes.cursor, visible);
            if *action == Action::PageUp {
                update(&mut q, a);
                assert_eq!(q.page().quotes.cursor, 0);
            }
        }
        (Mode::Reader, Action::FocusNext | Action::FocusPrev) => {
            update(&mut s, a.clone());
            assert_eq!(s.page().focus, Pane::Quotes);
            update(&mut s, a);
            assert_eq!(s.page().focus, Pane::Topics);
        }
        (Mode::Reader, Action::FocusQuotes) => {
            update(&mut s, a);
            assert_eq!(s.page().focus, Pane::Quotes);
        }
        (Mode::Reader, Action::FocusTopics) => {
            let mut q = in_quotes();
            update(&mut q, a);
            assert_eq!(q.page().focus, Pane::Topics);
        }
        (Mode::Reader, Action::OpenContext) => {
            update(&mut s, a.clone());
            assert_eq!((s.page().focus, &s.page().overlay), (Pane::Quotes, &Overlay::None));
            apply(&mut s, [Action::MoveDown, a]);
            assert_eq!(s.page().overlay, Overlay::Context { quote: 1, scroll: Scroll::default() });
        }
        (Mode::Reader | Mode::View, Action::OpenReading) => {
            apply(&mut s, [Action::OpenHelp, a]);
            assert_eq!(s.page().overlay, Overlay::Reading(Scroll::default()));
        }
        (Mode::Reader | Mode::View, Action::OpenHelp) => {
            update(&mut s, a);
            assert_eq!(s.page().overlay, Overlay::Help(Scroll::default()));
        }
        (Mode::Reader, Action::ToggleShort) => {
            update(&mut s, a.clone());
            assert_eq!(s.page().quotes.shown, [0, 1, 2, 3], "the quote of three words is hidden");
            update(&mut s, a);
            assert_eq!(s.page().quotes.shown.len(), 5);
        }
        (Mode::Reader, Action::CycleFilter) => {
            let mut seen = Vec::new();
            for _ in 0..3 {
                update(&mut s, a.clone());
                seen.push((s.page().filter, s.page().quotes.shown.len()));
            }
            assert_eq!(seen, [(Filter::AtLeast(3), 3), (Filter::AtLeast(4), 1), (Filter::All, 5)]);
        }
        (Mode::Reader, Action::NextRedLine) => {
            let mut q = in_quotes();
            update(&mut q, a.clone());
            assert_eq!(q.page().quotes.cursor, 1);
            apply(&mut q, [a.clone(), a]);
            assert_eq!(q.page().quotes.cursor, 2);
            assert!(q.message.as_deref().is_some_and(|m| m.contains("No later")));
        }
        (Mode::Reader, Action::PrevRedLine) => {
            let mut q = in_quotes();
            apply(&mut q, [Action::GoBottom, a]);
            assert_eq!(q.page().quotes.cursor, 2);
        }
        (Mode::Reader, Action::ToggleMark) => {
            update(&mut s, a.clone());
            assert!(s.page().marks.contains(&0));
            update(&mut s, a);
            assert!(s.page().marks.is_empty());
        }
        (Mode::Reader, Action::MarkAllShown) => {
            apply(&mut s, [Action::MoveDown, a]);
            assert_eq!(s.page().marks.iter().copied().collect::<Vec<_>>(), [0, 4]);
        }
        (Mode::Reader, Action::ClearMarks) => {
            apply(&mut s, [Action::MarkAllShown, a]);
            assert!(s.page().marks.is_empty());
        }
        (Mode::Reader, Action::OpenExport) => {
            update(&mut s, a);
            assert_eq!(dialog(&s), (ExportInput::DEFAULT_PATH.to_string(), 17, ExportStage::Editing, None));
        }
        (Mode::Reader, Action::CopyMarked) => {
            // Nothing marked: the highlighted quote.
            let Some(Effect::Copy(text)) = update(&mut s, a.clone()) else { panic!("no copy") };
            assert!(text.contains("must not be crossed") && !text.contains("on sanctions"), "{text}");
            update(&mut s, Action::Copied);
            assert!(s.message.as_deref().is_some_and(|m| m.contains("Copied the highlighted quote")));
            apply(&mut s, [Action::FocusQuotes, Action::MoveDown, Action::ToggleMark]);
            let Some(Effect::Copy(text)) = update(&mut s, a) else { panic!("no copy") };
            // The Markdown of the marked quote only (whatever the export bolds or escapes).
            assert!(text.contains("on sanctions") && !text.contains("Northport is"), "{text}");
            update(&mut s, Action::Copied);
            assert!(s.message.as_deref().is_some_and(|m| m.contains("Copied 1 marked quote")));
        }
        (Mode::Export, Action::Submit) => {
            let Some(Effect::WriteExport { path, contents, overwrite }) = update(&mut s, a.clone()) else { panic!() };
            assert_eq!((path, overwrite), (PathBuf::from(ExportInput::DEFAULT_PATH), false));
            assert!(contents.contains("Northport is"), "{contents}");
            apply(&mut s, [Action::ClearField]);
            typed(&mut s, "out.xyz");
            assert_eq!(update(&mut s, a), None);
            assert!(dialog(&s).3.is_some_and(|e| e.contains(".md, .json or .txt")));
        }
        (Mode::Export, Action::Close) => {
            update(&mut s, a);
            assert_eq!(s.page().overlay, Overlay::None);
        }
        (Mode::Export, Action::Backspace) => {
            update(&mut s, a);
            assert_eq!(dialog(&s).0, "redline-export.m");
        }
        (Mode::Export, Action::CursorLeft | Action::CursorRight) => {
            apply(&mut s, [Action::CursorLeft, Action::CursorLeft]);
            if *action == Action::CursorRight {
                update(&mut s, a);
            }
            typed(&mut s, "X");
            let expected = if *action == Action::CursorLeft { "redline-export.Xmd" } else { "redline-export.mXd" };
            assert_eq!(dialog(&s).0, expected);
        }
        (Mode::Export, Action::NextFormat) => {
            update(&mut s, a.clone());
            assert_eq!(dialog(&s).0, "redline-export.json");
            apply(&mut s, [a.clone(), a]);
            assert_eq!((dialog(&s).0.as_str(), dialog(&s).1), ("redline-export.md", 17));
        }
        (Mode::Export, Action::ClearField) => {
            update(&mut s, a);
            assert_eq!((dialog(&s).0.as_str(), dialog(&s).1), ("", 0));
        }
        (Mode::Confirm, Action::ConfirmYes) => {
            let Some(Effect::WriteExport { overwrite, .. }) = update(&mut s, a) else { panic!() };
            assert!(overwrite);
        }
        (Mode::Confirm, Action::ConfirmNo) => {
            assert_eq!(update(&mut s, a), None);
            let (_, _, stage, error) = dialog(&s);
            assert_eq!(stage, ExportStage::Editing);
            assert!(error.is_some_and(|e| e.contains("Not overwritten")));
        }
        (Mode::View, Action::MoveDown | Action::MoveUp | Action::PageDown | Action::PageUp) => {
            let page = layout::inner_rows(layout::screen(s.area, false).body) - 1;
            update(&mut s, Action::PageDown);
            update(&mut s, a.clone());
            let expected = match action {
                Action::MoveDown => page + 1,
                Action::MoveUp => page - 1,
                Action::PageDown => 2 * page,
                _ => 0,
            };
            assert_eq!(view_scroll(&s), expected);
        }
        (Mode::View, Action::GoBottom | Action::GoTop) => {
            update(&mut s, Action::GoBottom);
            render(&mut s, 60, 20);
            let bottom = view_scroll(&s);
            assert!(bottom > 0 && bottom < 200, "{bottom}");
            update(&mut s, a);
            render(&mut s, 60, 20);
            assert_eq!(view_scroll(&s), if *action == Action::GoTop { 0 } else { bottom });
        }
        (Mode::View, Action::NextRedLine | Action::PrevRedLine) => {
            // In the context view of the second quote: the next (previous) quote with a red line.
            apply(&mut s, [Action::Close, Action::FocusQuotes, Action::MoveDown, Action::OpenContext]);
            update(&mut s, a.clone());
            let expected = if *action == Action::NextRedLine { 2 } else { 0 };
            assert!(
                matches!(s.page().overlay, Overlay::Context { quote, .. } if quote == expected),
                "{:?}",
                s.page().overlay
            );
        }
        (Mode::View, Action::Close) => {
            update(&mut s, a);
            assert_eq!(s.page().overlay, Overlay::None);
        }
        (Mode::List, Action::CycleOrder | Action::StartSearch) | (Mode::Export, Action::Complete) => {
            super::lists::check(mode, action, s)
        }
        (Mode::Reader, Action::Close | Action::StartSearch | Action::NextMatch | Action::PrevMatch)
        | (
            Mode::Reader | Mode::View,
            Action::NarrowSearch | Action::StartSearch | Action::NextMatch | Action::PrevMatch,
        )
        | (Mode::Search, _) => super::search::check(mode, action, s),
        (Mode::Reader, Action::OpenTimeline)
        | (Mode::List, Action::OpenTimeline | Action::SortArticles)
        | (Mode::Timeline, _) => super::timeline::check_keys(mode, action, s),
        (Mode::Reader, Action::OpenSpeakers | Action::OpenArticles) | (Mode::List, _) => {
            super::corpus::check_lists(mode, action, s)
        }
        (mode, action) => panic!("no check for {action:?} in {mode:?}"),
    }
}

#[test]
fn every_action_in_the_help_does_what_it_says() {
    for b in BINDINGS {
        check(b.mode, &b.action);
    }
}

#[test]
fn keys_of_a_mode_do_not_clash() {
    for (i, a) in BINDINGS.iter().enumerate() {
        for b in &BINDINGS[i + 1..] {
            let shared = a.mode == b.mode || a.mode == Mode::Anywhere || b.mode == Mode::Anywhere;
            assert!(!shared || a.keys.iter().all(|k| !b.keys.contains(k)), "{:?} and {:?}", a.action, b.action);
        }
    }
}

#[test]
fn keys_become_actions_in_the_mode_at_hand() {
    let key = |code, mods| KeyEvent::new(code, mods);
    let mut s = state();
    assert_eq!(action_for(&s, key(KeyCode::Char('G'), KeyModifiers::SHIFT)), Some(Action::GoBottom));
    assert_eq!(action_for(&s, key(KeyCode::BackTab, KeyModifiers::SHIFT)), Some(Action::FocusPrev));
    assert_eq!(action_for(&s, key(KeyCode::Char('d'), KeyModifiers::CONTROL)), Some(Action::PageDown));
    assert_eq!(action_for(&s, key(KeyCode::Char('z'), KeyModifiers::NONE)), None);
    update(&mut s, Action::StartSearch);
    assert_eq!(action_for(&s, key(KeyCode::Char('q'), KeyModifiers::NONE)), Some(Action::Type('q')));
    assert_eq!(action_for(&s, key(KeyCode::Char('c'), KeyModifiers::CONTROL)), Some(Action::QuitNow));
}

#[test]
fn export_results_close_the_dialog_or_say_why() {
    let mut s = state();
    apply(&mut s, [Action::MarkAllShown, Action::OpenExport, Action::ExportFailed("disk full".into())]);
    assert_eq!(dialog(&s).3.as_deref(), Some("disk full"));
    assert_eq!(s.page().marks.len(), 5);
    update(&mut s, Action::ExportWritten(PathBuf::from("x.md")));
    assert_eq!(s.page().overlay, Overlay::None);
    assert_eq!(s.message.as_deref(), Some("Exported 5 marked quotes to x.md"));
    update(&mut s, Action::ClearMarks);
    apply(&mut s, [Action::OpenExport, Action::ExportWritten(PathBuf::from("y.md"))]);
    assert_eq!(s.message.as_deref(), Some("Exported all 5 shown quotes (none marked) to y.md"));
}
