//! Kinds of quotes: fragments, nested quotes and titles are labelled and dimmed; `F` hides
//! the quotes of three words or fewer and the status line says so.

use ratatui::style::Modifier;

use super::fixture::{apply, find, render, screen, state};
use crate::tui::action::Action;

#[test]
fn a_partial_quote_is_labelled_and_dimmed() {
    let mut s = state();
    let buffer = render(&mut s, 100, 30);
    let shown = screen(&buffer);
    assert!(shown.contains("Max Stone? · ¶4 · carried · partial"), "{shown}");
    let (x, y) = find(&buffer, "but Northport is.").expect("the fragment on screen");
    assert!(buffer[(x, y)].style().add_modifier.contains(Modifier::DIM), "the fragment is dimmed");
    let (x, y) = find(&buffer, "Energy prices").expect("a full quote on screen");
    assert!(!buffer[(x, y)].style().add_modifier.contains(Modifier::DIM), "full quotes are not");
    assert_eq!(shown.matches("partial").count(), 1, "{shown}");
}

#[test]
fn f_hides_quotes_of_three_words_or_fewer_and_the_status_says_so() {
    let mut s = state();
    apply(&mut s, [Action::ToggleShort]);
    let shown = screen(&render(&mut s, 100, 30));
    assert!(!shown.contains("but Northport is."), "{shown}");
    assert!(shown.contains("4 quotes"), "{shown}");
    assert!(shown.contains("≤3 words hidden"), "{shown}");
    apply(&mut s, [Action::ToggleShort]);
    let shown = screen(&render(&mut s, 100, 30));
    assert!(shown.contains("but Northport is.") && !shown.contains("hidden"), "{shown}");
}
