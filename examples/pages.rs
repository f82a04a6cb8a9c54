//! Headline and date accuracy on folders of pages.
//!
//! `cargo run --release --example pages -- DIR [--misses]` where DIR holds an
//! `expected.json` (`[{"file", "title", "date"}]`, as `tests/inputs/pages/` does): counts the
//! pages whose headline and date are exactly the expected ones.
//!
//! `cargo run --release --example pages -- --first-line DIR [--sample N] [--misses]` for a
//! folder of `.txt` articles whose first line is the headline (PolNeAR's `text/` folders): the
//! headline is right when it is that line (a closing `.` aside, and a headline running on to
//! the next line counted right when it holds the first); every date found is listed, for a
//! person to check against the page. The pages are read from the path given; nothing of them
//! is copied.

use std::path::{Path, PathBuf};

use redline_analysis::{Analysis, Analyzer, DEFAULT_MAX_BYTES, Entry, Loaded};
use serde_json::Value;

fn analyze(analyzer: &Analyzer, path: &Path) -> Analysis {
    let loaded = Loaded::read(&Entry::File(path.to_path_buf()), DEFAULT_MAX_BYTES).expect("page is readable");
    loaded.analyze(analyzer)
}

fn norm(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ").trim_end_matches(['.', ';']).to_string()
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let misses = args.iter().any(|a| a == "--misses");
    let sample = args.iter().position(|a| a == "--sample").and_then(|i| args.get(i + 1)?.parse::<usize>().ok());
    let analyzer = Analyzer::bundled();
    if let Some(i) = args.iter().position(|a| a == "--first-line") {
        let dir = PathBuf::from(&args[i + 1]);
        let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
            .expect("folder is readable")
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|e| e == "txt"))
            .collect();
        files.sort();
        if let Some(n) = sample {
            let step = (files.len() / n.max(1)).max(1);
            files = files.into_iter().step_by(step).take(n).collect();
        }
        let (mut right, mut dated) = (0, 0);
        for f in &files {
            let text = std::fs::read_to_string(f).expect("page is text");
            let first = norm(text.lines().next().unwrap_or(""));
            let a = analyze(&analyzer, f);
            let title = a.title.as_deref().map(norm).unwrap_or_default();
            let ok = title == first || (title.starts_with(&first) && !first.is_empty());
            right += usize::from(ok);
            if !ok && misses {
                println!("MISS {}\n  want {first:?}\n  got  {:?}", f.display(), a.title);
            }
            if let Some(d) = &a.date {
                dated += 1;
                println!("DATE {} {d}", f.display());
            }
        }
        let n = files.len();
        println!("headline right {right}/{n} ({:.1}%); dated {dated}", 100.0 * right as f64 / n.max(1) as f64);
        return;
    }
    let dir = PathBuf::from(args.first().expect("a folder with expected.json"));
    let expected: Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("expected.json")).expect("expected.json")).unwrap();
    let (mut titles, mut dates, mut n) = (0, 0, 0);
    for page in expected.as_array().expect("a list of pages") {
        n += 1;
        let file = page["file"].as_str().expect("file");
        let a = analyze(&analyzer, &dir.join(file));
        let title_ok = a.title.as_deref() == page["title"].as_str();
        let date_ok = a.date.as_deref() == page["date"].as_str();
        titles += usize::from(title_ok);
        dates += usize::from(date_ok);
        if misses && !(title_ok && date_ok) {
            println!("MISS {file}");
            if !title_ok {
                println!("  title want {:?}\n        got  {:?}", page["title"], a.title);
            }
            if !date_ok {
                println!("  date  want {:?}\n        got  {:?}", page["date"], a.date);
            }
        }
    }
    let pct = |k: usize| 100.0 * k as f64 / n.max(1) as f64;
    println!("{n} pages: headline right {titles} ({:.1}%), date right {dates} ({:.1}%)", pct(titles), pct(dates));
}
