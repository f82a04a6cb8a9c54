//! `q` goes back one level and quits at the top, asking first when marked quotes were not
//! exported or copied; Ctrl-C quits at once.

use std::path::PathBuf;

use super::corpus::corpus;
use super::fixture::{apply, render, screen, state};
use crate::tui::action::{Action, Effect};
use crate::tui::state::views::Overlay;
use crate::tui::update::update;

#[test]
fn q_closes_views_and_lists_then_quits() {
    let mut s = state();
    for open in [Action::OpenHelp, Action::OpenReading, Action::OpenSpeakers] {
        update(&mut s, open);
        assert_ne!(s.page().overlay, Overlay::None);
        assert_eq!(update(&mut s, Action::Quit), None, "q closes, it does not quit");
        assert_eq!(s.page().overlay, Overlay::None);
    }
    assert_eq!(update(&mut s, Action::Quit), Some(Effect::Quit));
}

#[test]
fn q_in_an_article_opened_from_the_corpus_goes_back_to_it() {
    let mut s = corpus(3, 6);
    render(&mut s, 100, 30);
    apply(&mut s, [Action::FocusQuotes, Action::OpenReading]);
    assert!(s.opened.is_some());
    apply(&mut s, [Action::Quit, Action::Quit]);
    assert!(s.opened.is_none(), "the reading view, then the article, closed");
    assert_eq!(update(&mut s, Action::Quit), Some(Effect::Quit));
}

#[test]
fn unexported_marks_ask_before_quitting_and_ctrl_c_does_not() {
    let mut s = state();
    apply(&mut s, [Action::FocusQuotes, Action::ToggleMark, Action::MoveDown, Action::ToggleMark]);
    assert_eq!(update(&mut s, Action::Quit), None);
    assert_eq!(s.page().overlay, Overlay::QuitAsk);
    let shown = screen(&render(&mut s, 100, 30));
    assert!(shown.contains("2 marked quotes not exported or copied. Quit? y/n"), "{shown}");
    // n stays, with the marks.
    assert_eq!(update(&mut s, Action::ConfirmNo), None);
    assert_eq!((&s.page().overlay, s.mark_count()), (&Overlay::None, 2));
    update(&mut s, Action::Quit);
    assert_eq!(update(&mut s, Action::ConfirmYes), Some(Effect::Quit));
    // Ctrl-C never asks.
    let mut s = state();
    apply(&mut s, [Action::FocusQuotes, Action::ToggleMark]);
    assert_eq!(update(&mut s, Action::QuitNow), Some(Effect::Quit));
}

#[test]
fn an_export_or_a_copy_makes_the_marks_safe_to_leave() {
    for done in [Action::ExportWritten(PathBuf::from("out.md")), Action::Copied] {
        let mut s = state();
        apply(&mut s, [Action::FocusQuotes, Action::ToggleMark, done]);
        assert_eq!(update(&mut s, Action::Quit), Some(Effect::Quit));
    }
    // Marking again after the export asks again.
    let mut s = state();
    apply(&mut s, [Action::FocusQuotes, Action::ToggleMark, Action::Copied, Action::MoveDown, Action::ToggleMark]);
    assert_eq!(update(&mut s, Action::Quit), None);
}
