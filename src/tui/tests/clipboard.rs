//! The clipboard method of the configuration through `update`: OSC 52 asks the loop for an
//! OSC 52 copy, a command for the same Markdown piped to it, and off for no effect at all;
//! the loop's answers become status-line messages, and the help says which method is in
//! force.

use super::fixture::{apply, render, screen, state};
use crate::tui::action::{Action, Effect};
use crate::tui::clipboard::Clipboard;
use crate::tui::state::App;
use crate::tui::update::update;

/// The fixture with `clipboard` and the second quote marked.
fn marked(clipboard: Clipboard) -> App {
    let mut s = state();
    s.clipboard = clipboard;
    apply(&mut s, [Action::FocusQuotes, Action::MoveDown, Action::ToggleMark]);
    s
}

fn wl_copy() -> Clipboard {
    Clipboard::Command(vec!["wl-copy".into(), "-n".into()])
}

fn status(s: &mut App) -> String {
    screen(&render(s, 100, 30)).lines().last().unwrap_or_default().to_string()
}

#[test]
fn osc52_and_a_command_get_the_same_markdown_by_their_own_effect() {
    let mut osc52 = marked(Clipboard::Osc52);
    let Some(Effect::Copy(text)) = update(&mut osc52, Action::CopyMarked) else { panic!("no OSC 52 copy") };
    assert!(text.contains("on sanctions") && !text.contains("Northport is"), "{text}");
    update(&mut osc52, Action::Copied);
    assert!(status(&mut osc52).contains("Copied 1 marked quote with OSC 52"));

    let mut command = marked(wl_copy());
    let effect = update(&mut command, Action::CopyMarked);
    assert_eq!(effect, Some(Effect::Pipe { command: vec!["wl-copy".into(), "-n".into()], text }));
    update(&mut command, Action::Copied);
    assert!(status(&mut command).contains("Copied 1 marked quote with wl-copy"));
    // Nothing marked: the highlighted quote.
    apply(&mut command, [Action::ClearMarks]);
    let Some(Effect::Pipe { text, .. }) = update(&mut command, Action::CopyMarked) else { panic!("no copy") };
    assert!(text.contains("on sanctions") && !text.contains("must not be crossed"), "{text}");
}

#[test]
fn inside_tmux_osc52_goes_through_tmux_load_buffer() {
    let mut s = marked(Clipboard::Osc52);
    s.tmux = true;
    let Some(Effect::Pipe { command, text }) = update(&mut s, Action::CopyMarked) else { panic!("no pipe") };
    assert_eq!(command, ["tmux", "load-buffer", "-w", "-"]);
    assert!(text.contains("on sanctions"), "{text}");
    update(&mut s, Action::Copied);
    assert!(status(&mut s).contains("Copied 1 marked quote to tmux's buffer"), "{}", status(&mut s));
    // A command of the user's is used as it is, in tmux or not.
    let mut s = marked(wl_copy());
    s.tmux = true;
    let Some(Effect::Pipe { command, .. }) = update(&mut s, Action::CopyMarked) else { panic!("no pipe") };
    assert_eq!(command, ["wl-copy", "-n"]);
}

#[test]
fn a_failed_command_is_a_message_until_the_next_key() {
    let mut s = marked(wl_copy());
    update(&mut s, Action::CopyMarked);
    update(&mut s, Action::CopyFailed("wl-copy exited with status 1".into()));
    assert!(status(&mut s).contains("Copy failed: wl-copy exited with status 1"));
    assert_eq!(s.page().marks.len(), 1, "the marks stay for another try");
    update(&mut s, Action::MoveUp);
    assert!(!status(&mut s).contains("Copy failed"));
}

#[test]
fn off_copies_nothing_and_says_so() {
    for marks in [true, false] {
        let mut s = marked(Clipboard::Off);
        if !marks {
            update(&mut s, Action::ClearMarks);
        }
        assert_eq!(update(&mut s, Action::CopyMarked), None);
        assert!(status(&mut s).contains("The clipboard is off"), "{}", status(&mut s));
    }
}

#[test]
fn the_help_names_the_method_in_force() {
    for (clipboard, said) in [
        (Clipboard::Osc52, "to the terminal's clipboard (OSC 52)"),
        (wl_copy(), "piping the Markdown to wl-copy (reader.clipboard_command)"),
        (Clipboard::Off, "off (the configuration file's reader.clipboard)"),
    ] {
        let mut s = state();
        s.clipboard = clipboard;
        apply(&mut s, [Action::OpenHelp]);
        render(&mut s, 120, 60);
        apply(&mut s, [Action::GoBottom]);
        let shown = screen(&render(&mut s, 120, 60));
        assert!(shown.contains("Clipboard") && shown.contains(said), "{said}:\n{shown}");
    }
}
