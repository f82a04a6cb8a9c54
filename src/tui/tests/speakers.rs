//! Why this speaker: each quote header names the basis of its speaker, weaker bases carry a
//! `?`, and the context view underlines the mention the speaker rests on and says why.

use insta::assert_snapshot;
use ratatui::style::Modifier;

use super::fixture::{apply, find, render, screen, state};
use crate::tui::action::Action;
use crate::tui::state::views::Overlay;

#[test]
fn headers_say_how_the_speaker_was_decided_and_mark_weaker_bases() {
    let mut s = state();
    let buffer = render(&mut s, 100, 30);
    let shown = screen(&buffer);
    assert!(shown.contains("Jane Roe · ¶1 · said"), "{shown}");
    // Quote 5 is carried from the quote before it: a `?` after the name, the basis in words.
    assert!(shown.contains("Max Stone? · ¶4 · carried"), "{shown}");
    let (x, y) = find(&buffer, "Max Stone?").expect("carried quote on screen");
    let mark = buffer[(x + 9, y)].style();
    assert_eq!(mark.fg, s.theme.weak().fg);
    assert!(mark.add_modifier.contains(Modifier::BOLD));
    // The other `?` is the status line's help hint.
    assert_eq!(shown.matches('?').count(), 2, "only the carried quote is marked: {shown}");
}

#[test]
fn context_underlines_the_mention_the_speaker_rests_on() {
    let mut s = state();
    apply(&mut s, [Action::FocusQuotes, Action::MoveDown, Action::OpenContext]);
    assert!(matches!(s.page().overlay, Overlay::Context { quote: 1, .. }), "{:?}", s.page().overlay);
    let buffer = render(&mut s, 100, 30);
    let shown = screen(&buffer);
    assert_snapshot!("context_speaker_100x30", shown);
    assert!(shown.contains("Speaker: Jane Roe — named by a cue"), "{shown}");
    assert!(shown.contains("the mention “Roe” is underlined"), "{shown}");
    let (x, y) = find(&buffer, "Roe told").expect("the cue's sentence");
    let style = buffer[(x, y)].style();
    assert!(style.add_modifier.contains(Modifier::UNDERLINED | Modifier::BOLD), "{style:?}");
    let after = buffer[(x + 4, y)].style();
    assert!(!after.add_modifier.contains(Modifier::UNDERLINED), "only the mention: {after:?}");
}

#[test]
fn context_of_a_carried_quote_says_it_is_weaker() {
    let mut s = state();
    apply(&mut s, [Action::FocusQuotes, Action::GoBottom, Action::OpenContext]);
    assert!(matches!(s.page().overlay, Overlay::Context { quote: 4, .. }), "{:?}", s.page().overlay);
    let shown = screen(&render(&mut s, 100, 30));
    assert!(shown.contains("Quote 5 · Max Stone? · ¶4"), "{shown}");
    assert!(shown.contains("? carried from the quotes before it"), "{shown}");
    // Closing the view goes back to the list with the quote still selected.
    apply(&mut s, [Action::Close]);
    assert_eq!((&s.page().overlay, s.page().quotes.cursor), (&Overlay::None, 4));
}
