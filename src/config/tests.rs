use std::path::Path;

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::style::Color;

use super::*;
use crate::tui::document::Document;
use crate::tui::keymap::{self, BINDINGS, Mode};
use crate::tui::state::App;
use crate::tui::theme::Theme;

fn error(text: &str) -> String {
    parse(text, Path::new("config.toml")).unwrap_err().to_string()
}

#[test]
fn the_printed_defaults_parse_to_the_defaults() {
    let text = default_file();
    let config = parse(&text, Path::new("config.toml")).unwrap();
    assert_eq!(config, Config { path: Some("config.toml".into()), ..Config::default() });
    for (action, keys) in keys::defaults() {
        let names: Vec<String> = keys.iter().map(|k| format!("{:?}", config_name(*k))).collect();
        let line = format!("\n{} = [{}]\n", action_name(&action).unwrap(), names.join(", "));
        assert!(text.contains(&line), "{line} missing");
    }
    // Uncommenting the examples of the colours gives the bundled palette.
    let colors = text.replace("\n# RL", "\nRL").replace("\n# DE", "\nDE");
    let config = parse(&colors, Path::new("config.toml")).unwrap();
    assert_eq!(config.theme.colors, [("DE".to_string(), Color::Cyan), ("RL".to_string(), Color::Red)]);
}

#[test]
fn unknown_keys_and_bad_values_are_one_line_at_their_place() {
    let cases = [
        (
            "[theme]\nbase = \"dark\"\ncolour = 1\n",
            "config.toml:3:1: unknown field `colour`, expected `base` or `colors`",
        ),
        ("nonsense = true\n", "config.toml:1:1: unknown field `nonsense`"),
        ("[theme]\nbase = \"blue\"\n", "config.toml:2:8: theme.base: \"blue\" is not one of dark, light"),
        ("[theme]\nbase = 1\n", "config.toml:2:8: invalid type: integer `1`, expected a string"),
        ("[theme.colors]\nRL = \"redd\"\n", "config.toml:2:6: theme.colors.RL: \"redd\" is not a colour"),
        ("[reader]\nmouse = \"yes\"\n", "config.toml:2:9: invalid type: string \"yes\", expected a boolean"),
        ("[reader]\nclipboard = \"command\"\n", "config.toml:2:13: reader.clipboard = \"command\" needs"),
        ("[reader]\nclipboard = \"xsel\"\n", "config.toml:2:13: reader.clipboard: \"xsel\" is not one of osc52,"),
        ("[data]\nlexicon = \"absent.json\"\n", "config.toml:2:11: data.lexicon: absent.json is not a file"),
        ("[data]\nmodel = \"absent.tsv\"\n", "config.toml:2:9: data.model: absent.tsv is not a file"),
        ("[keys]\nfly = \"x\"\n", "config.toml:2:7: keys.fly: no such action (actions: open_help, quit,"),
        ("[keys]\nquit = [\"x\", \"Ctrl-\"]\n", "config.toml:2:8: keys.quit: \"Ctrl-\" is not a key"),
        ("[keys]\nquit = []\n", "config.toml:2:8: keys.quit: give at least one key"),
        ("[keys]\nquit = \"j\"\n", "config.toml:2:8: keys.quit: j is also the key of move_down (reader)"),
        ("[keys]\nquit = \"Q\"\nmove_down = [\"Q\"]\n", "config.toml:3:13: keys.move_down: Q is also the key of quit"),
        ("[keys]\nclose = \"Ctrl-C\"\n", "config.toml:2:9: keys.close: Ctrl-C is kept for quitting and suspending"),
        ("x = \n", "config.toml:1:5: "),
    ];
    for (text, expected) in cases {
        let e = error(text);
        assert!(e.starts_with(expected), "{text:?}: {e}");
        assert_eq!(e.lines().count(), 1, "{e}");
    }
}

#[test]
fn a_valid_file_gives_checked_values() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("lex.json"), "{}").unwrap();
    let text = "[theme]\nbase = \"light\"\n[theme.colors]\nTH = \"#102030\"\nXX = \"200\"\n\
                [data]\nlexicon = \"lex.json\"\n[reader]\nmouse = false\nclipboard = \"command\"\n\
                clipboard_command = [\"wl-copy\", \"-n\"]\n[keys]\nquit = \"Q\"\nmove_down = [\"Ctrl-N\", \"Down\"]\n";
    let config = parse(text, &dir.path().join("config.toml")).unwrap();
    assert_eq!(config.theme.base, Base::Light);
    assert_eq!(
        config.theme.colors,
        [("TH".to_string(), Color::Rgb(16, 32, 48)), ("XX".to_string(), Color::Indexed(200))]
    );
    assert_eq!(config.lexicon, Some(dir.path().join("lex.json")));
    assert_eq!(config.model, None);
    assert!(!config.mouse);
    // `none` is no file but the word for no learned model
    let none = parse("[data]\nmodel = \"none\"\n", &dir.path().join("config.toml")).unwrap();
    assert_eq!(none.model, Some(std::path::PathBuf::from("none")));
    assert_eq!(config.clipboard, Clipboard::Command(vec!["wl-copy".into(), "-n".into()]));
    let ctrl_n = Key { code: KeyCode::Char('n'), mods: KeyModifiers::CONTROL };
    let down = Key { code: KeyCode::Down, mods: KeyModifiers::NONE };
    assert_eq!(config.keys, [(Action::Quit, vec![parse_key("Q").unwrap()]), (Action::MoveDown, vec![ctrl_n, down])]);
}

#[test]
fn key_names_round_trip_and_odd_ones_are_refused() {
    for b in BINDINGS {
        for key in b.keys {
            assert_eq!(parse_key(&config_name(*key)), Some(*key), "{key:?} as {}", config_name(*key));
        }
    }
    assert_eq!(parse_key("ctrl-d"), parse_key("Ctrl-D"));
    assert_eq!(parse_key("↓"), parse_key("down"));
    assert_eq!(parse_key("F12"), Some(Key { code: KeyCode::F(12), mods: KeyModifiers::NONE }));
    for bad in ["", "F13", "Ctrl-Down", "jj", "\x1b", "Ctrl-", "Shift-X"] {
        assert_eq!(parse_key(bad), None, "{bad:?}");
    }
}

#[test]
fn remapped_keys_drive_actions_hints_and_leave_typing_modes_alone() {
    let config = parse("[keys]\nquit = \"Q\"\nstart_search = \"F3\"\n", Path::new("c.toml")).unwrap();
    let table = keymap::remapped(&config.keys, &REMAPPED_MODES);
    let analysis = redline_analysis::Analyzer::bundled()
        .analyze(&redline_analysis::Source::from_text("t", "“We wait,” Roe said."));
    let state = App::new(Document::article(analysis), Vec::new(), Theme::new(true, &[]));
    let press = |code| KeyEvent::new(code, KeyModifiers::NONE);
    assert_eq!(keymap::action_in(&table, &state, press(KeyCode::Char('Q'))), Some(Action::Quit));
    assert_eq!(keymap::action_in(&table, &state, press(KeyCode::Char('q'))), None);
    assert_eq!(keymap::action_in(&table, &state, press(KeyCode::F(3))), Some(Action::StartSearch));
    let ctrl_c = KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL);
    assert_eq!(keymap::action_in(&table, &state, ctrl_c), Some(Action::QuitNow));
    let hints = keymap::hints_in(&table, &state);
    assert!(hints.contains(&("Q".into(), "quit")) && hints.contains(&("F3".into(), "search")), "{hints:?}");
    assert!(!hints.iter().any(|(k, _)| k == "q"), "{hints:?}");
    let search = table.iter().find(|b| b.mode == Mode::Search && b.action == Action::Close);
    assert_eq!(
        search.map(|b| b.keys),
        BINDINGS.iter().find(|b| b.mode == Mode::Search && b.action == Action::Close).map(|b| b.keys)
    );
}
