//! Terminal safety of every command: an article whose title and quotes hold OSC 2 (window
//! title), OSC 52 (clipboard), CSI, a C1 control and bidi controls, in a file whose name holds
//! them too. Nothing printed holds one raw; summaries, warnings and errors show them as
//! symbols; JSON keeps the text exactly (escaped); Markdown and text briefs replace the
//! control characters and keep bidi controls. (The reader and output to a terminal: the pty
//! tests in `e2e_pty.rs`.)

use std::path::{Path, PathBuf};
use std::process::Output;

use redline_analysis::is_unsafe;
use serde_json::Value;

mod common;
use common::{redline, stderr, stdout};

const OSC2: &str = "\x1b]2;PWNED\x07";
const OSC52: &str = "\x1b]52;c;cHduZWQ=\x07";
const CSI: &str = "\x1b[31mRED\x1b[0m";
/// The title of [`article`], as read.
const TITLE: &str = "Talks \x1b]2;PWNED\x07 resume \u{202E}gninraw on Friday";
/// The file name: OSC 2 and a right-to-left override.
const NAME: &str = "ev\x1b]2;PWNED\x07il\u{202E}.txt";
const SHOWN_NAME: &str = "ev␛]2;PWNED␇il⟨RLO⟩.txt";

fn article() -> String {
    format!(
        "{TITLE}\n\nGENEVA (Wire) - Foreign Minister Jane Roe said: “We issued an ultimatum {OSC52} and {CSI} \
         \u{9B}2J forever.”\n\nOpposition leader Max Stone replied: “We are ready \u{2066}for\u{2069} talks.”\n"
    )
}

/// A folder holding the article under [`NAME`].
fn evil() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(NAME);
    std::fs::write(&path, article()).unwrap();
    (dir, path)
}

fn s(path: &Path) -> &str {
    path.to_str().unwrap()
}

/// No control or bidi character but the line feeds (and tabs, when `tabs`) in `bytes`.
fn assert_no_raw(what: &str, bytes: &[u8]) {
    let text = String::from_utf8_lossy(bytes);
    let raw: Vec<char> = text.chars().filter(|c| is_unsafe(*c) && *c != '\n').collect();
    assert!(raw.is_empty(), "{what}: raw {raw:?} in {text}");
}

fn assert_ok(what: &str, out: &Output) {
    assert!(out.status.success(), "{what}: {}", stderr(out));
    assert_no_raw(what, &out.stdout);
    assert_no_raw(what, &out.stderr);
}

/// Exit status 2 and one line on stderr, holding no raw control character, that contains
/// `shown`.
fn assert_error_line(out: &Output, shown: &str) {
    let err = stderr(out);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert_eq!(err.lines().count(), 1, "{err:?}");
    assert_no_raw("error", &out.stderr);
    assert!(err.contains(shown), "{shown:?} not in {err:?}");
}

#[test]
fn analyze_summary_shows_every_escape_sequence_as_symbols() {
    let (_dir, path) = evil();
    let out = redline(&["analyze", s(&path)]);
    assert_ok("analyze", &out);
    let text = stdout(&out);
    assert!(text.contains("Title:    Talks ␛]2;PWNED␇ resume ⟨RLO⟩gninraw on Friday\n"), "{text}");
    assert!(text.contains(&format!("Source:   {}{SHOWN_NAME}\n", s(path.parent().unwrap()).to_owned() + "/")));
    assert!(text.contains("ultimatum] ␛]52;c;cHduZWQ=␇ and ␛[31mRED␛[0m ⟨CSI⟩2J forever.”\n"), "{text}");
    assert!(text.contains("ready ⟨LRI⟩for⟨PDI⟩ talks."), "{text}");
}

#[test]
fn analyze_json_keeps_the_text_exactly_with_every_control_escaped() {
    let (_dir, path) = evil();
    let out = redline(&["analyze", "--json", s(&path)]);
    assert_ok("analyze --json", &out);
    assert!(stdout(&out).contains(r"resume \u202egninraw") && stdout(&out).contains(r"\u009b2J"));
    let analysis: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(analysis["title"], TITLE);
    assert_eq!(analysis["source"], s(&path));
    let text = analysis["quotes"][0]["text"].as_str().unwrap();
    assert!(text.contains(&format!("ultimatum {OSC52} and {CSI} \u{9B}2J")), "{text:?}");
    let (start, end) = (analysis["quotes"][0]["start"].as_u64().unwrap(), analysis["quotes"][0]["end"].as_u64());
    assert_eq!(&article()[start as usize..end.unwrap() as usize], text);
}

#[test]
fn several_articles_name_the_evil_file_safely_in_headers_warnings_and_json_lines() {
    let (dir, _) = evil();
    std::fs::write(dir.path().join("plain.txt"), "Plain talks\n\n“We wait,” Roe said.\n").unwrap();
    std::fs::write(dir.path().join(format!("empty{OSC2}\u{2067}.txt")), "").unwrap();
    let out = redline(&["analyze", s(dir.path())]);
    assert_ok("analyze DIR", &out);
    assert!(stdout(&out).contains(&format!("==> {}/{SHOWN_NAME} <==\nTitle:    Talks ␛]2;PWNED␇", s(dir.path()))));
    let warning = format!("redline: warning: {}/empty␛]2;PWNED␇⟨RLI⟩.txt: file is empty\n", s(dir.path()));
    assert_eq!(stderr(&out), warning);
    let out = redline(&["analyze", "--json", s(dir.path())]);
    assert_ok("analyze --json DIR", &out);
    assert_eq!(stderr(&out), warning);
    let lines: Vec<Value> = stdout(&out).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines[0]["title"], TITLE);
}

#[test]
fn exports_replace_controls_in_markdown_and_text_and_escape_them_in_json() {
    let (dir, path) = evil();
    for format in ["md", "txt", "json"] {
        let out = redline(&["export", "--format", format, s(&path)]);
        assert!(out.status.success(), "{format}: {}", stderr(&out));
        let brief = stdout(&out);
        let controls: Vec<char> = brief.chars().filter(|c| c.is_control() && !matches!(c, '\n' | '\t')).collect();
        assert!(controls.is_empty(), "{format}: {controls:?} in {brief}");
        let file = dir.path().join(format!("brief.{format}"));
        let written = redline(&["export", s(&path), "-o", s(&file)]);
        assert!(written.status.success(), "{format}: {}", stderr(&written));
        assert_eq!(std::fs::read_to_string(&file).unwrap(), brief, "{format}: -o writes what stdout gets");
        if format == "json" {
            assert_no_raw("export json", brief.as_bytes());
            let json: Value = serde_json::from_str(&brief).unwrap();
            assert_eq!((&json["title"], &json["source"]), (&Value::from(TITLE), &Value::from(s(&path))));
        } else {
            // Bidi controls stay in files; the symbols of the controls are in place.
            let plain = brief.replace('\\', "");
            assert!(plain.contains(" ␛]52;c;cHduZWQ=␇ and ␛[31mRED␛[0m ⟨CSI⟩2J forever."), "{format}: {brief}");
            assert!(plain.contains("resume \u{202E}gninraw") && plain.contains("Talks ␛]2;PWNED␇"), "{brief}");
        }
    }
    let many = redline(&["export", "--format", "txt", s(&path), s(&path)]);
    assert!(many.status.success(), "{}", stderr(&many));
    assert!(stdout(&many).contains(&format!("{}/ev␛]2;PWNED␇il\u{202E}.txt\n", s(dir.path()))), "{}", stdout(&many));
}

#[test]
fn error_lines_show_paths_and_data_file_contents_as_symbols() {
    let (dir, path) = evil();
    let missing = dir.path().join(format!("gone{OSC52}\n{CSI}.txt"));
    let shown = "gone␛]52;c;cHduZWQ=␇␊␛[31mRED␛[0m.txt: no such file";
    for args in [vec!["analyze", s(&missing)], vec!["export", "--format", "md", s(&missing)], vec![s(&missing)]] {
        assert_error_line(&redline(&args), shown);
    }
    let lexicon = dir.path().join(format!("lex{OSC2}.json"));
    std::fs::write(&lexicon, "{\"categories\": [], \"\\u001b]2;X\\u0007\": 1}").unwrap();
    let out = redline(&["analyze", "--lexicon", s(&lexicon), s(&path)]);
    assert_error_line(&out, "lex␛]2;PWNED␇.json:1:");
    assert!(stderr(&out).contains("␛]2;X␇"), "{}", stderr(&out));
    // clap drops escape sequences from its messages itself; C1 and bidi controls are left to us.
    assert_error_line(&redline(&["analyze", "--js\u{9B}on\u{202E}"]), "--js⟨CSI⟩on⟨RLO⟩");
}
