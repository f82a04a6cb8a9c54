//! Why this speaker: each quote header names the basis of its speaker, weaker bases carry a
//! `?`, and the context view underlines the mention the speaker rests on and the cue, and
//! says why.

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
    let between = buffer[(x + 3, y)].style();
    assert!(!between.add_modifier.contains(Modifier::UNDERLINED), "only the mention: {between:?}");
    // The cue that names the speaker is highlighted too, in its own style.
    let cue = buffer[(x + 4, y)].style();
    assert!(cue.add_modifier.contains(Modifier::ITALIC | Modifier::UNDERLINED), "the cue: {cue:?}");
    assert_eq!(buffer[(x + 8, y)].style().add_modifier, Modifier::empty(), "only the cue word");
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

#[test]
fn every_basis_has_words_and_only_the_weaker_ones_a_mark() {
    use crate::tui::view::basis::{basis_sentence, basis_words};
    use redline_analysis::{SpeakerBasis, SpeakerKind};
    let mut quote = super::fixture::analysis().quotes[0].clone();
    let bases = [
        (SpeakerBasis::Cue, "said", false),
        (SpeakerBasis::Subject, "subject", false),
        (SpeakerBasis::Pronoun, "pronoun", false),
        (SpeakerBasis::Carried, "carried", true),
        (SpeakerBasis::MainSpeaker, "main speaker", true),
    ];
    for (basis, words, weak) in bases {
        quote.speaker_basis = Some(basis);
        assert_eq!(basis_words(&quote), Some((words.to_string(), weak)), "{basis:?}");
        let sentence = basis_sentence(&quote).expect("a sentence for every basis");
        assert_eq!(sentence.starts_with('?'), weak, "{sentence}");
    }
    quote.speaker_kind = Some(SpeakerKind::Organisation);
    assert_eq!(basis_words(&quote).map(|b| b.0), Some("main speaker, organisation".into()));
    quote.speaker_basis = None;
    assert_eq!((basis_words(&quote), basis_sentence(&quote)), (None, None));
}
