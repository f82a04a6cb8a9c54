//! Corrections in the reader: `S` and the speaker picker, `x` "not a quote", `U` undo; each
//! change is on screen at once and asks for all the corrections to be saved.

use std::path::PathBuf;

use insta::assert_snapshot;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::style::Modifier;
use redline_analysis::{Correction, Corrections, SpeakerKind};

use super::fixture::{analysis, apply, find, render, screen, state};
use crate::store::{Broken, Stored};
use crate::tui::action::{Action, Effect};
use crate::tui::keymap::{Mode, action_for};
use crate::tui::state::App;
use crate::tui::state::corrected::{Corrected, Picker, Row};
use crate::tui::state::views::Overlay;
use crate::tui::update::update;

const SIDECAR: &str = "/data/redline/corrections/fixture.json";

/// The fixture's reader with its corrections (none yet) saved to [`SIDECAR`], the quote
/// pane focused on the third quote (Max Stone's first).
fn corrected() -> App {
    let mut s = state();
    let stored = Stored { path: Some(PathBuf::from(SIDECAR)), corrections: Corrections::new(), broken: None };
    s.base.corrected = Some(Box::new(Corrected::new(analysis(), stored)));
    apply(&mut s, [Action::FocusQuotes, Action::MoveDown, Action::MoveDown]);
    s
}

fn picker(s: &App) -> &Picker {
    match &s.page().overlay {
        Overlay::Picker(p) => p,
        other => panic!("no picker: {other:?}"),
    }
}

/// The corrections a save effect carries.
fn saved(effect: Option<Effect>) -> Corrections {
    match effect {
        Some(Effect::SaveCorrections { path, corrections, .. }) => {
            assert_eq!(path, PathBuf::from(SIDECAR));
            corrections
        }
        other => panic!("no save: {other:?}"),
    }
}

fn typed(text: &str) -> impl Iterator<Item = Action> + '_ {
    text.chars().map(Action::Type)
}

/// What each correction key does, for the keymap-wide test in `update.rs`.
pub fn check(mode: Mode, action: &Action) {
    let mut s = corrected();
    match (mode, action) {
        (Mode::Reader, Action::OpenPicker) => {
            update(&mut s, Action::OpenPicker);
            let p = picker(&s);
            assert_eq!((p.quote, p.names.as_slice()), (2, ["Max Stone".to_string(), "Jane Roe".into()].as_slice()));
            assert_eq!(p.chosen().as_deref(), Some("Max Stone"));
        }
        (Mode::Reader, Action::ToggleNotAQuote) => {
            let c = saved(update(&mut s, Action::ToggleNotAQuote));
            let q = &analysis().quotes[2];
            assert_eq!(c.get(q.start, q.end), Some(&Correction::NotAQuote));
            assert!(s.page().is_dismissed(2));
        }
        (Mode::Reader, Action::UndoCorrection) => {
            update(&mut s, Action::UndoCorrection);
            assert_eq!(s.message.as_deref(), Some("Quote 3 has no correction to undo"));
        }
        (Mode::Picker, _) => {
            update(&mut s, Action::OpenPicker);
            let effect = update(&mut s, action.clone());
            match action {
                Action::Submit => assert!(effect.is_some() && s.page().overlay == Overlay::None),
                Action::Close => assert!(effect.is_none() && s.page().overlay == Overlay::None),
                Action::MoveDown => assert_eq!(picker(&s).row, 1),
                Action::MoveUp => assert_eq!(picker(&s).row, 0),
                Action::Backspace | Action::ClearField => {
                    apply(&mut s, [Action::Type('z'), action.clone()]);
                    assert_eq!(picker(&s).typed, "");
                }
                other => panic!("no check for {other:?} in the picker"),
            }
        }
        (mode, action) => panic!("no check for {action:?} in {mode:?}"),
    }
}

#[test]
fn picking_a_speaker_of_the_article_sets_it_and_saves() {
    let mut s = corrected();
    let keys = [Action::OpenPicker].into_iter().chain(typed("jane"));
    apply(&mut s, keys);
    // the name holding what was typed first, and what was typed as a new name after it
    assert_eq!(picker(&s).rows(), [Row::Known("Jane Roe"), Row::New("jane")]);
    let c = saved(update(&mut s, Action::Submit));
    let q = &analysis().quotes[2];
    assert_eq!(c.get(q.start, q.end), Some(&Correction::Speaker("Jane Roe".into())));
    let shown = &s.page().analysis().quotes[2];
    assert_eq!((shown.speaker.as_deref(), shown.corrected), (Some("Jane Roe"), true));
    assert_eq!(s.message.as_deref(), Some("Quote 3: speaker set to Jane Roe · saving…"));
    update(&mut s, Action::CorrectionsSaved("Quote 3: speaker set to Jane Roe · saved".into()));
    assert_eq!(s.message.as_deref(), Some("Quote 3: speaker set to Jane Roe · saved"));
    // the speaker list counts the corrected speaker
    update(&mut s, Action::OpenSpeakers);
    let Overlay::Speakers(list) = &s.page().overlay else { panic!("no speaker list") };
    assert_eq!((list.speakers[0].name.as_deref(), list.speakers[0].quotes), (Some("Jane Roe"), 3));
}

#[test]
fn a_new_name_can_be_typed() {
    let mut s = corrected();
    apply(&mut s, [Action::OpenPicker].into_iter().chain(typed("Tove Lind")));
    assert_eq!(picker(&s).rows(), [Row::New("Tove Lind")]);
    saved(update(&mut s, Action::Submit));
    let shown = &s.page().analysis().quotes[2];
    assert_eq!(shown.speaker.as_deref(), Some("Tove Lind"));
    assert_eq!(shown.speaker_kind, Some(SpeakerKind::Person));
    // 'j' and 'q' are letters of a name in the picker, not moves or quitting
    update(&mut s, Action::OpenPicker);
    let key = |ch| KeyEvent::new(KeyCode::Char(ch), KeyModifiers::NONE);
    assert_eq!(action_for(&s, key('j')), Some(Action::Type('j')));
    assert_eq!(action_for(&s, key('q')), Some(Action::Type('q')));
}

#[test]
fn esc_in_the_picker_changes_nothing() {
    let mut s = corrected();
    let before = s.page().analysis().clone();
    let effect = apply(&mut s, [Action::OpenPicker, Action::Type('J'), Action::Close]);
    assert_eq!((effect, &s.page().overlay), (None, &Overlay::None));
    assert_eq!(s.page().analysis(), &before);
}

#[test]
fn x_strikes_a_quote_out_of_exports_and_again_brings_it_back() {
    let mut s = corrected();
    let c = saved(update(&mut s, Action::ToggleNotAQuote));
    assert_eq!(c.len(), 1);
    assert_eq!(s.page().export_selection().0, [1, 2, 4, 5]);
    assert_eq!(s.page().quotes.shown.len(), 5, "a dismissed quote stays listed");
    let buffer = render(&mut s, 100, 30);
    let (x, y) = find(&buffer, "The sanctions").expect("struck quote on screen");
    assert!(buffer[(x, y)].style().add_modifier.contains(Modifier::CROSSED_OUT));
    assert!(screen(&buffer).contains("Max Stone · not a quote · ¶3"));
    let c = saved(update(&mut s, Action::ToggleNotAQuote));
    assert!(c.is_empty());
    assert!(!s.page().is_dismissed(2));
    assert_eq!(s.page().export_selection().0.len(), 5);
}

#[test]
fn u_takes_the_correction_back() {
    let mut s = corrected();
    apply(&mut s, [Action::OpenPicker].into_iter().chain(typed("Tove Lind")).chain([Action::Submit]));
    let c = saved(update(&mut s, Action::UndoCorrection));
    assert!(c.is_empty());
    let shown = &s.page().analysis().quotes[2];
    assert_eq!((shown.speaker.as_deref(), shown.corrected), (Some("Max Stone"), false));
    assert_eq!(s.message.as_deref(), Some("Quote 3: correction undone · saving…"));
    assert_eq!(update(&mut s, Action::UndoCorrection), None);
}

#[test]
fn a_broken_sidecar_refuses_corrections_and_says_why() {
    let mut s = corrected();
    let broken = Broken { path: PathBuf::from(SIDECAR), reason: "version 9, but this redline reads version 1".into() };
    s.base.corrected.as_mut().unwrap().broken = Some(broken);
    for action in [Action::OpenPicker, Action::ToggleNotAQuote, Action::UndoCorrection] {
        assert_eq!(update(&mut s, action), None);
        assert_eq!(s.page().overlay, Overlay::None);
        let message = s.message.clone().unwrap_or_default();
        assert!(message.starts_with("Not saved: the corrections file") && message.contains("version 9"), "{message}");
    }
    // without corrections at all (a corpus, or no article of its own)
    let mut plain = state();
    update(&mut plain, Action::FocusQuotes);
    assert_eq!(update(&mut plain, Action::ToggleNotAQuote), None);
    assert!(plain.message.is_some());
}

#[test]
fn a_failed_save_says_why() {
    let mut s = corrected();
    update(&mut s, Action::ToggleNotAQuote);
    update(&mut s, Action::CorrectionsFailed("corrections /data/x.json: permission denied".into()));
    assert_eq!(s.message.as_deref(), Some("Correction not saved: corrections /data/x.json: permission denied"));
}

#[test]
fn the_picker_on_screen() {
    let mut s = corrected();
    apply(&mut s, [Action::OpenPicker, Action::Type('o')]);
    let big = screen(&render(&mut s, 100, 30));
    assert_snapshot!("picker_100x30", big);
    assert!(big.contains("Speaker of quote 3") && big.contains("Name: o"), "{big}");
    assert!(big.contains("▌ Max Stone") && big.contains("  Jane Roe"), "{big}");
    update(&mut s, Action::Type('\u{202e}'));
    let small = screen(&render(&mut s, 60, 20));
    assert_snapshot!("picker_new_name_60x20", small);
    assert!(small.contains("new: o") && !small.contains('\u{202e}'), "{small}");
}
