//! The configuration file as a user meets it: `redline config` prints a file that is read back
//! as the defaults; the file is found under `$XDG_CONFIG_HOME/redline/` or `~/.config/redline/`
//! or named by `--config`; a missing default file is no error; an unknown key or a bad value
//! is one line `file:LINE:COLUMN: reason` with status 2, for every command; the `[data]`
//! paths replace the bundled lexicon and gazetteer unless `--lexicon`/`--topics` are given.

use std::path::Path;
use std::process::{Command, Output, Stdio};

use serde_json::Value;

mod common;
use common::{redline, stderr, stdout};

const SHORT: &str = "Talks\n\n“We issued an ultimatum, we will not wait,” the Russian minister said. “Fine.”\n";

/// Runs redline with these environment variables set (and `XDG_CONFIG_HOME` removed unless
/// given), stdin holding [`SHORT`].
fn run_env(args: &[&str], env: &[(&str, &Path)]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_redline"));
    cmd.args(args).env_remove("XDG_CONFIG_HOME").stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped());
    for (name, value) in env {
        cmd.env(name, value);
    }
    let mut child = cmd.spawn().expect("redline runs");
    // redline may end before reading stdin (a bad configuration): a closed pipe is fine.
    let _ = std::io::Write::write_all(&mut child.stdin.take().unwrap(), SHORT.as_bytes());
    child.wait_with_output().unwrap()
}

fn red_line_tags(out: &Output) -> Vec<String> {
    assert!(out.status.success(), "{}", stderr(out));
    let analysis: Value = serde_json::from_slice(&out.stdout).unwrap();
    analysis["red_lines"].as_array().unwrap().iter().map(|r| r["tag"].as_str().unwrap().to_string()).collect()
}

/// A lexicon whose one category, WT, finds "wait".
const LEXICON: &str = r#"{"categories": [{"name": "WAIT", "tag": "WT", "severity": 2, "cues": ["wait"]}]}"#;

#[test]
fn the_printed_defaults_are_read_back_as_the_defaults() {
    let out = redline(&["config"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    for section in ["[theme]", "[theme.colors]", "[data]", "[reader]", "[keys]", "\nquit = [\"q\"]\n"] {
        assert!(text.contains(section), "{section} missing:\n{text}");
    }
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("config.toml");
    std::fs::write(&file, &text).unwrap();
    let with = run_env(&["--config", file.to_str().unwrap(), "analyze", "--json", "-"], &[]);
    let without = run_env(&["analyze", "--json", "-"], &[("XDG_CONFIG_HOME", dir.path())]);
    assert_eq!(red_line_tags(&with), ["UL"]);
    assert_eq!(with.stdout, without.stdout);
}

#[test]
fn the_file_is_found_in_xdg_config_home_then_in_home_and_data_paths_are_relative_to_it() {
    for (var, folder) in [("XDG_CONFIG_HOME", "redline"), ("HOME", ".config/redline")] {
        let home = tempfile::tempdir().unwrap();
        let dir = home.path().join(folder);
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("lex.json"), LEXICON).unwrap();
        std::fs::write(dir.join("config.toml"), "[data]\nlexicon = \"lex.json\"\n").unwrap();
        let out = run_env(&["analyze", "--json", "-"], &[(var, home.path())]);
        assert_eq!(red_line_tags(&out), ["WT"], "{var}");
        // --lexicon on the command line wins over the file.
        let bundled = home.path().join("bundled.json");
        std::fs::write(&bundled, redline_analysis::BUNDLED_LEXICON).unwrap();
        let out = run_env(&["analyze", "--json", "--lexicon", bundled.to_str().unwrap(), "-"], &[(var, home.path())]);
        assert_eq!(red_line_tags(&out), ["UL"], "{var}");
    }
}

#[test]
fn a_missing_default_file_is_no_error_but_a_missing_named_one_is() {
    let empty = tempfile::tempdir().unwrap();
    let out = run_env(&["analyze", "--json", "-"], &[("XDG_CONFIG_HOME", empty.path()), ("HOME", empty.path())]);
    assert_eq!(red_line_tags(&out), ["UL"]);
    let named = empty.path().join("absent.toml");
    let out = run_env(&["--config", named.to_str().unwrap(), "analyze", "-"], &[]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(stderr(&out), format!("redline: {}: no such file\n", named.display()));
}

#[test]
fn bad_files_are_one_line_with_line_and_column_for_every_command() {
    let dir = tempfile::tempdir().unwrap();
    let cases = [
        ("[reader]\nmouse = true\nmose = false\n", ":3:1: unknown field `mose`"),
        ("[theme.colors]\nRL = \"reddish\"\n", ":2:6: theme.colors.RL: \"reddish\" is not a colour"),
        ("[keys]\nquit = \"j\"\n", ":2:8: keys.quit: j is also the key of move_down (reader)"),
        ("[data]\ntopics = \"gone.json\"\n", ":2:10: data.topics: "),
        ("[reader]\nclipboard = 52\n", ":2:13: invalid type: integer `52`"),
    ];
    for (i, (text, reason)) in cases.iter().enumerate() {
        let file = dir.path().join(format!("config{i}.toml"));
        std::fs::write(&file, text).unwrap();
        let path = file.to_str().unwrap();
        for args in [vec!["--config", path], vec!["--config", path, "analyze"], vec!["export", "--config", path]] {
            let out = run_env(&args, &[]);
            let err = stderr(&out);
            assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
            assert!(out.stdout.is_empty(), "{args:?}");
            assert_eq!(err.lines().count(), 1, "{args:?}: {err}");
            assert!(err.starts_with(&format!("redline: {path}{reason}")), "{args:?}: {err}");
        }
    }
    // Commands that print what redline is made of do not read the file.
    let broken = dir.path().join("config0.toml");
    let out = run_env(&["--config", broken.to_str().unwrap(), "completions", "bash"], &[]);
    assert!(out.status.success(), "{}", stderr(&out));
}
