//! Several articles at once, as a user runs the binary: folders, several FILEs, stdin, HTML
//! and Markdown inputs, JSON Lines in path order, bad files skipped with a warning, and
//! exports naming each quote's article. Generated inputs live in temporary folders.

use std::path::{Path, PathBuf};
use std::process::Output;

use serde_json::Value;

mod common;
use common::{redline, run, stderr, stdout};

fn input(name: &str) -> String {
    format!("{}/tests/inputs/{name}", env!("CARGO_MANIFEST_DIR"))
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.join(name);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(&path, bytes).unwrap();
    path
}

fn s(path: &Path) -> &str {
    path.to_str().unwrap()
}

/// The one JSON object of a successful single-article `analyze --json`.
fn json(out: &Output) -> Value {
    assert!(out.status.success(), "stderr: {}", stderr(out));
    serde_json::from_str(&stdout(out)).expect("stdout is one JSON value")
}

/// The objects of a successful JSON Lines output, one per line.
fn json_lines(out: &Output) -> Vec<Value> {
    assert!(out.status.success(), "stderr: {}", stderr(out));
    stdout(out).lines().map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}"))).collect()
}

fn sources(analyses: &[Value]) -> Vec<String> {
    analyses.iter().map(|a| a["source"].as_str().unwrap().to_string()).collect()
}

/// Every quote, red line and paragraph is the byte range of `text` it claims.
fn assert_offsets(analysis: &Value, text: &str) {
    let items = analysis["quotes"].as_array().unwrap().iter().chain(analysis["red_lines"].as_array().unwrap());
    for item in items {
        let (start, end) = (item["start"].as_u64().unwrap() as usize, item["end"].as_u64().unwrap() as usize);
        assert_eq!(text.get(start..end), item["text"].as_str(), "{item}");
    }
    for p in analysis["paragraphs"].as_array().unwrap() {
        assert!(text.get(p["start"].as_u64().unwrap() as usize..p["end"].as_u64().unwrap() as usize).is_some());
    }
}

fn speakers(analysis: &Value) -> Vec<&str> {
    analysis["quotes"].as_array().unwrap().iter().filter_map(|q| q["speaker"].as_str()).collect()
}

const SHORT: &str = "Talks\n\n“We will not wait,” the minister said. “Fine.”\n";

#[test]
fn html_page_is_analysed_with_offsets_into_the_extracted_text() {
    let analysis = json(&redline(&["analyze", "--json", &input("statement.html")]));
    assert_eq!(analysis["source"], input("statement.html"));
    assert_eq!(analysis["title"], "Envoy warns talks cannot go on forever");
    assert_eq!(analysis["byline"], "Lena Holm");
    let text = analysis["text"].as_str().expect("the extracted text is in the JSON");
    assert!(!text.contains('<') && !text.contains("Celebrity"), "{text}");
    let quotes = analysis["quotes"].as_array().unwrap();
    assert_eq!(quotes[0]["text"], "We will not wait forever for an answer,");
    assert!(speakers(&analysis).contains(&"Piet van Dam"), "{analysis}");
    assert!(!analysis["red_lines"].as_array().unwrap().is_empty());
    assert_offsets(&analysis, text);
}

#[test]
fn markdown_file_is_analysed_with_offsets_into_the_extracted_text() {
    let analysis = json(&redline(&["analyze", "--json", &input("briefing.md")]));
    assert_eq!(analysis["title"], "Minister sets deadline for grain corridor deal");
    assert_eq!(analysis["byline"], "Tomas Reyes");
    let text = analysis["text"].as_str().expect("the extracted text is in the JSON");
    assert!(!text.contains("**") && !text.contains("# ") && !text.contains("- She"), "{text}");
    let quotes: Vec<&str> =
        analysis["quotes"].as_array().unwrap().iter().map(|q| q["text"].as_str().unwrap()).collect();
    assert!(quotes.contains(&"We will not accept another delay,"), "{quotes:?}");
    assert!(speakers(&analysis).iter().all(|s| *s == "Clara Vella") && !speakers(&analysis).is_empty(), "{analysis}");
    assert_offsets(&analysis, text);
}

#[test]
fn plain_text_json_has_no_text_field() {
    let analysis = json(&run(&["analyze", "--json", "-"], SHORT.as_bytes()));
    assert_eq!(analysis["source"], "-");
    assert!(analysis.get("text").is_none(), "{analysis}");
}

#[test]
fn folder_skips_bad_files_with_one_warning_each() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let good = [
        write(d, "good.txt", SHORT.as_bytes()),
        write(d, "page.html", &std::fs::read(input("statement.html")).unwrap()),
        write(d, "sub/brief.md", &std::fs::read(input("briefing.md")).unwrap()),
    ];
    let bad = [
        (write(d, "empty.txt", b""), "file is empty"),
        (write(d, "blank.md", b"  \n\n"), "only whitespace"),
        (write(d, "binary.txt", b"PK\x03\x04\0\0data"), "binary data"),
        (write(d, "script.htm", b"<html><body><script>var x = 1;</script></body></html>"), "no article"),
    ];
    write(d, "notes.pdf", b"%PDF-1.4 not an article");
    let out = redline(&["analyze", "--json", s(d)]);
    let analyses = json_lines(&out);
    let mut expected: Vec<String> = good.iter().map(|p| s(p).to_string()).collect();
    expected.sort();
    assert_eq!(sources(&analyses), expected);
    let err = stderr(&out);
    assert_eq!(err.lines().count(), bad.len(), "{err}");
    for (path, reason) in &bad {
        let line = err.lines().find(|l| l.starts_with(&format!("redline: warning: {}: ", path.display())));
        assert!(line.is_some_and(|l| l.contains(reason)), "{path:?} not warned about in {err}");
    }
    for analysis in &analyses {
        let text = analysis["text"].as_str().map(str::to_string);
        let text = text.unwrap_or_else(|| std::fs::read_to_string(analysis["source"].as_str().unwrap()).unwrap());
        assert_offsets(analysis, &text);
    }
}

#[test]
fn unusable_folders_are_one_line_errors() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "scan.pdf", b"x");
    let out = redline(&["analyze", s(dir.path())]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out),
        format!("redline: {}: no article files (.txt, .md, .html, .htm) in this folder\n", s(dir.path()))
    );
    write(dir.path(), "empty.txt", b"");
    let out = redline(&["export", "--format", "md", s(dir.path())]);
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    let err = stderr(&out);
    assert!(
        err.starts_with("redline: warning: ") && err.lines().last().unwrap().starts_with("redline: FILE: "),
        "{err}"
    );
}

/// `n` small articles, created from last to first and spread over sub-folders so that the
/// creation order is not the path order; their paths, sorted.
fn generated(dir: &Path, n: usize) -> Vec<PathBuf> {
    let mut paths = Vec::new();
    for i in (0..n).rev() {
        let name = format!("{}/{:02}.txt", ["b", "a", "c"][i % 3], i);
        let text = format!("Talks {i}\n\n“We will not wait for article {i},” the minister said.\n");
        paths.push(write(dir, &name, text.as_bytes()));
    }
    paths.sort();
    paths
}

#[test]
fn json_lines_follow_the_sorted_path_order_with_nothing_on_stderr() {
    let dir = tempfile::tempdir().unwrap();
    // More than 50 articles, but stderr is not a terminal: no progress bar.
    let paths = generated(dir.path(), 60);
    let out = redline(&["analyze", "--json", s(dir.path())]);
    assert!(out.stderr.is_empty(), "{}", stderr(&out));
    let analyses = json_lines(&out);
    assert_eq!(sources(&analyses), paths.iter().map(|p| s(p).to_string()).collect::<Vec<_>>());
    for (analysis, path) in analyses.iter().zip(&paths) {
        let number = path.file_stem().unwrap().to_str().unwrap().trim_start_matches('0');
        let quote = analysis["quotes"][0]["text"].as_str().unwrap();
        assert_eq!(quote, format!("We will not wait for article {},", if number.is_empty() { "0" } else { number }));
    }
    let summaries = stdout(&redline(&["analyze", s(dir.path())]));
    let headers: Vec<&str> = summaries.lines().filter(|l| l.starts_with("==> ")).collect();
    let expected: Vec<String> = paths.iter().map(|p| format!("==> {} <==", p.display())).collect();
    assert_eq!(headers, expected);
}

#[test]
fn several_files_and_stdin_are_json_lines_in_argument_order() {
    let dir = tempfile::tempdir().unwrap();
    let b = write(dir.path(), "b.txt", SHORT.as_bytes());
    let a = input("briefing.md");
    let out = run(&["analyze", "--json", s(&b), "-", &a], SHORT.as_bytes());
    let analyses = json_lines(&out);
    assert_eq!(sources(&analyses), [s(&b), "-", &a]);
    assert!(out.stderr.is_empty(), "{}", stderr(&out));
    assert_eq!(analyses[1]["quotes"].as_array().unwrap().len(), 2);
    assert_offsets(&analyses[1], SHORT);

    let summaries = stdout(&redline(&["analyze", s(&b), &a]));
    assert!(summaries.starts_with(&format!("==> {} <==\nTitle:    ", b.display())), "{summaries}");
    assert!(summaries.contains(&format!("\n\n==> {a} <==\nTitle:    Minister sets deadline")), "{summaries}");
}

#[test]
fn export_of_a_folder_names_the_article_of_every_quote() {
    let dir = tempfile::tempdir().unwrap();
    let page = write(dir.path(), "1-page.html", &std::fs::read(input("statement.html")).unwrap());
    let brief = write(dir.path(), "2-brief.md", &std::fs::read(input("briefing.md")).unwrap());
    let json: Value = serde_json::from_str(&stdout(&redline(&["export", "--format", "json", s(dir.path())]))).unwrap();
    assert_eq!(json["sources"], serde_json::json!([s(&page), s(&brief)]));
    let quotes = json["quotes"].as_array().unwrap();
    assert_eq!(quotes[0]["source"], s(&page));
    assert_eq!(quotes[0]["title"], "Envoy warns talks cannot go on forever");
    assert_eq!(quotes.last().unwrap()["source"], s(&brief));
    assert_eq!(quotes.last().unwrap()["title"], "Minister sets deadline for grain corridor deal");

    let md = stdout(&redline(&["export", "--format", "md", s(dir.path())]));
    assert!(md.starts_with("# Quotes from 2 articles\n"), "{md}");
    let attributions: Vec<&str> = md.lines().filter(|l| l.starts_with("— ")).collect();
    assert_eq!(attributions.len(), quotes.len(), "{md}");
    assert!(attributions.iter().all(|l| l.ends_with("1-page.html") || l.ends_with("2-brief.md")), "{md}");
    let txt = stdout(&redline(&["export", "--format", "txt", s(dir.path())]));
    assert!(txt.contains(", Tomas Reyes, VALLETTA") && txt.contains(&format!(", {}\n", brief.display())), "{txt}");
}

#[test]
fn export_topics_are_looked_up_across_the_articles() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "a.txt", SHORT.as_bytes());
    write(dir.path(), "b.md", &std::fs::read(input("briefing.md")).unwrap());
    let out = redline(&["export", "--format", "md", "--topic", "No Such Topic", s(dir.path())]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(stderr(&out), "redline: --topic: no topic \"No Such Topic\" in any of the 2 articles read\n");
    let target = dir.path().join("out").join("brief.md");
    std::fs::create_dir(target.parent().unwrap()).unwrap();
    let out = redline(&["export", "--min-severity", "1", "-o", s(&target), s(dir.path())]);
    assert!(out.status.success() && out.stdout.is_empty(), "{}", stderr(&out));
    assert!(std::fs::read_to_string(&target).unwrap().starts_with("# Quotes from 2 articles\n"));
}

#[test]
fn many_articles_get_a_progress_bar_when_stderr_is_a_terminal() {
    use portable_pty::{CommandBuilder, PtySize, native_pty_system};
    let dir = tempfile::tempdir().unwrap();
    let articles = dir.path().join("articles");
    generated(&articles, 60);
    let lines = dir.path().join("out.jsonl");
    let pty = native_pty_system().openpty(PtySize { rows: 24, cols: 100, pixel_width: 0, pixel_height: 0 }).unwrap();
    // stdout to a file, stderr to the terminal.
    let mut cmd = CommandBuilder::new("sh");
    cmd.args(["-c", "exec \"$0\" analyze --json \"$1\" > \"$2\"", env!("CARGO_BIN_EXE_redline")]);
    cmd.args([&articles, &lines]);
    cmd.env("TERM", "xterm");
    let mut child = pty.slave.spawn_command(cmd).unwrap();
    drop(pty.slave);
    let mut reader = pty.master.try_clone_reader().unwrap();
    let mut screen = Vec::new();
    // Reading ends with an error (EIO) or end of file once the program has exited.
    let _ = std::io::Read::read_to_end(&mut reader, &mut screen);
    assert!(child.wait().unwrap().success());
    let screen = String::from_utf8_lossy(&screen);
    assert!(screen.contains("/60 articles"), "no progress bar in {screen:?}");
    assert_eq!(std::fs::read_to_string(&lines).unwrap().lines().count(), 60);
}
