//! Corrections stored beside the data: `analyze` and `export` apply the sidecar of the
//! article's text, found under `$XDG_DATA_HOME/redline/corrections/`; a broken sidecar is a
//! one-line warning and stays as it is.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use serde_json::Value;

/// An invented article: three quotes, one of them a scare-quoted word.
const ARTICLE: &str = "Harbour talks stall

“We will not sign this week,” Ilse Marrow said on Tuesday.

Tomas Reyl called the offer “generous” and left.

“The harbour stays closed,” a spokesperson said.
";

/// Runs redline with `XDG_DATA_HOME` set to `data` (and no configuration file).
fn run(args: &[&str], data: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_redline"))
        .args(args)
        .env("XDG_CONFIG_HOME", "/nonexistent/redline-tests")
        .env("XDG_DATA_HOME", data)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .output()
        .expect("redline runs")
}

fn json(out: &Output) -> Value {
    assert!(out.status.success(), "stderr: {}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).expect("stdout is JSON")
}

/// The article in a temporary folder, the sidecar path for its text, and the data folder.
fn setup() -> (tempfile::TempDir, PathBuf, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let article = dir.path().join("harbour.txt");
    std::fs::write(&article, ARTICLE).unwrap();
    let data = dir.path().join("data");
    let sidecar = data.join("redline/corrections").join(format!("{}.json", redline::store::digest(ARTICLE)));
    std::fs::create_dir_all(sidecar.parent().unwrap()).unwrap();
    (dir, article, sidecar)
}

fn range(analysis: &Value, text: &str) -> (u64, u64) {
    let q = analysis["quotes"].as_array().unwrap().iter().find(|q| q["text"] == text).expect(text);
    (q["start"].as_u64().unwrap(), q["end"].as_u64().unwrap())
}

#[test]
fn analyze_json_marks_a_corrected_speaker_and_leaves_out_a_dismissed_quote() {
    let (dir, article, sidecar) = setup();
    let data = dir.path().join("data");
    let a = s(&article);
    let before = json(&run(&["analyze", "--json", a], &data));
    assert_eq!(before["quotes"].as_array().unwrap().len(), 3, "{before}");
    assert!(!before.to_string().contains("corrected"));
    let (s1, e1) = range(&before, "The harbour stays closed,");
    let (s2, e2) = range(&before, "generous");
    let corrections = format!(
        r#"{{"version": 1, "corrections": [{{"start": {s1}, "end": {e1}, "speaker": "Tomas Reyl"}}, {{"start": {s2}, "end": {e2}, "not_a_quote": true}}]}}"#
    );
    std::fs::write(&sidecar, corrections).unwrap();
    let after = json(&run(&["analyze", "--json", a], &data));
    let quotes = after["quotes"].as_array().unwrap();
    assert_eq!(quotes.len(), 2, "{after}");
    assert!(quotes.iter().all(|q| q["text"] != "generous"));
    let fixed = quotes.iter().find(|q| q["text"] == "The harbour stays closed,").unwrap();
    assert_eq!(fixed["speaker"], "Tomas Reyl");
    assert_eq!(fixed["corrected"], true);
    assert_eq!(fixed["id"], 2);
    assert!(quotes[0].get("corrected").is_none(), "{}", quotes[0]);
    // the summary and the export say the same
    let summary = run(&["analyze", a], &data);
    let summary = String::from_utf8(summary.stdout).unwrap();
    assert!(summary.contains("Tomas Reyl (corrected)") && !summary.contains("generous"), "{summary}");
    let brief = run(&["export", "--format", "json", a], &data);
    let brief = String::from_utf8(brief.stdout).unwrap();
    assert!(brief.contains("Tomas Reyl") && !brief.contains("generous"), "{brief}");
}

#[test]
fn a_broken_sidecar_is_one_warning_and_stays_as_it_is() {
    let (dir, article, sidecar) = setup();
    let data = dir.path().join("data");
    for broken in ["{\"version\": 1, \"corrections\": [", "{\"version\": 9, \"corrections\": []}"] {
        std::fs::write(&sidecar, broken).unwrap();
        let out = run(&["analyze", "--json", s(&article)], &data);
        let analysis = json(&out);
        assert_eq!(analysis["quotes"].as_array().unwrap().len(), 3);
        let err = String::from_utf8(out.stderr).unwrap();
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(err.starts_with("redline: warning: corrections "), "{err}");
        assert!(err.contains(sidecar.file_name().unwrap().to_str().unwrap()), "{err}");
        assert_eq!(std::fs::read_to_string(&sidecar).unwrap(), broken);
    }
}

#[test]
fn the_same_text_finds_its_corrections_under_another_name() {
    let (dir, article, sidecar) = setup();
    let data = dir.path().join("data");
    let before = json(&run(&["analyze", "--json", s(&article)], &data));
    let (start, end) = range(&before, "generous");
    std::fs::write(
        &sidecar,
        format!(r#"{{"version":1,"corrections":[{{"start":{start},"end":{end},"not_a_quote":true}}]}}"#),
    )
    .unwrap();
    let copy = dir.path().join("copy.txt");
    std::fs::copy(&article, &copy).unwrap();
    // two articles at once: each has its own sidecar, found by its text
    let out = run(&["analyze", "--json", s(&article), s(&copy)], &data);
    assert!(out.status.success());
    let lines: Vec<Value> =
        String::from_utf8(out.stdout).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 2);
    assert!(lines.iter().all(|a| a["quotes"].as_array().unwrap().len() == 2), "{lines:?}");
}

fn s(path: &Path) -> &str {
    path.to_str().unwrap()
}

#[test]
fn without_a_corrections_folder_nothing_is_read_or_made_and_a_file_there_still_warns() {
    let (dir, article, _) = setup();
    let empty = dir.path().join("empty");
    let out = run(&["analyze", "--json", s(&article)], &empty);
    assert_eq!(json(&out)["quotes"].as_array().unwrap().len(), 3);
    assert!(out.stderr.is_empty(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(!empty.exists(), "analyze made the data folder");
    // a file where the folder should be: the sidecar cannot be read, which is said
    let odd = dir.path().join("odd");
    std::fs::create_dir_all(odd.join("redline")).unwrap();
    std::fs::write(odd.join("redline").join("corrections"), "not a folder").unwrap();
    let err = String::from_utf8(run(&["analyze", "--json", s(&article)], &odd).stderr).unwrap();
    assert!(err.starts_with("redline: warning: corrections "), "{err}");
}
