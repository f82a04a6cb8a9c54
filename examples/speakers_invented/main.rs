//! Speaker accuracy of redline on invented diplomatic news: the marked batches of
//! `examples/redline_accuracy/` (`unseen*.txt`, written by people who never saw redline's
//! rules), with the speaker of every direct quote written down by readers who never saw
//! redline's output (`gold.tsv` beside this file).
//!
//! `cargo run --release --example speakers_invented [-- --misses]`
//!
//! **Gold** (`gold.tsv`): one line per quote, `file first-words speaker kind`, tab-separated:
//! the batch file, the first words of the quote's text (enough to find it in its file), the
//! speaker as the article names them most fully (`NONE` for a quote that is nobody's words: a
//! title, a scare quote) and its kind (`person`, `organisation`, `description`, `none`).
//!
//! **Metrics**, over the gold quotes redline finds as quotes: a speaker is right when the
//! names match by the PolNeAR harness's rule (`examples/accuracy`), in a simpler form: lower-cased,
//! the articles and possessives dropped (titles are kept, and descriptions get no rule of their
//! own), and the last word of either among the words of the other (`Hiroshi Tanabe` and
//! `Tanabe`; `two diplomats` and `diplomats`) — and a `NONE` quote is right when redline names
//! nobody. Gold quotes redline does not find are counted apart.

mod acronym;
// the marks are the red-line harness's; here only the texts are read
#[allow(dead_code)]
#[path = "../redline_accuracy/articles.rs"]
mod articles;
#[path = "../redline_accuracy/pipe.rs"]
mod pipe;

use std::collections::BTreeMap;
use std::path::Path;

use redline_analysis::{Analyzer, Source};

/// A file beside the examples, read when the harness runs (edits need no rebuild).
fn read(relative: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples").join(relative);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The lower-cased words of a name, without articles, possessives or punctuation.
fn words(name: &str) -> Vec<String> {
    name.split_whitespace()
        .map(|w| w.trim_end_matches("’s").trim_end_matches("'s"))
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase())
        .filter(|w| !w.is_empty() && !matches!(w.as_str(), "the" | "a" | "an"))
        .collect()
}

fn same(predicted: &str, gold: &str) -> bool {
    if acronym::abbreviates(predicted, gold) || acronym::abbreviates(gold, predicted) {
        return true;
    }
    let (p, g) = (words(predicted), words(gold));
    match (p.last(), g.last()) {
        (Some(pl), Some(gl)) => p.contains(gl) || g.contains(pl),
        _ => false,
    }
}

/// Words of a quote's text with runs of white space made one, for finding it by its start.
fn plain(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn main() {
    pipe::end_quietly_on_closed_pipe();
    let misses = std::env::args().any(|a| a == "--misses");
    let analyzer = Analyzer::bundled();
    // per file: every quote redline finds, (text, speaker)
    let mut found: BTreeMap<String, Vec<(String, Option<String>)>> = BTreeMap::new();
    // per gold kind and per file: (right, scored); and gold quotes not found
    let mut tally: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    let mut by_file: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    let mut not_found = Vec::new();
    let mut wrong = Vec::new();
    for line in read("speakers_invented/gold.tsv").lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
        let fields: Vec<&str> = line.split('\t').collect();
        let [file, first, speaker, kind] = fields[..] else { panic!("gold.tsv: not 4 fields: {line:?}") };
        let quotes = found.entry(file.to_string()).or_insert_with(|| {
            let source = read(&format!("redline_accuracy/{file}"));
            articles::articles(file, &source)
                .iter()
                .flat_map(|a| analyzer.analyze(&Source::from_text(&a.name, a.text.clone())).quotes)
                .map(|q| (plain(&q.text), q.speaker))
                .collect()
        });
        let first = plain(first);
        let Some((_, predicted)) = quotes.iter().find(|(text, _)| text.starts_with(&first)) else {
            not_found.push(format!("{file}\t{first}"));
            continue;
        };
        let right = match (speaker, predicted) {
            ("NONE", p) => p.is_none(),
            (_, Some(p)) => same(p, speaker),
            (_, None) => false,
        };
        for t in [tally.entry(kind.to_string()).or_default(), by_file.entry(file.to_string()).or_default()] {
            t.0 += usize::from(right);
            t.1 += 1;
        }
        if !right {
            wrong.push(format!(
                "{file}\t{first}\tgold: {speaker} ({kind})\tpredicted: {}",
                predicted.as_deref().unwrap_or("-")
            ));
        }
    }
    let (right, scored) = tally.values().fold((0, 0), |(r, s), t| (r + t.0, s + t.1));
    let pct = |r: usize, s: usize| if s == 0 { 0.0 } else { 100.0 * r as f64 / s as f64 };
    println!("speaker accuracy on invented diplomatic news: {:.1}%  {right}/{scored}", pct(right, scored));
    for (kind, (r, s)) in &tally {
        println!("  gold {kind:<13} {:>5.1}%  {r}/{s}", pct(*r, *s));
    }
    for (file, (r, s)) in &by_file {
        println!("  {file:<18} {:>5.1}%  {r}/{s}", pct(*r, *s));
    }
    println!("gold quotes redline does not find as quotes: {}", not_found.len());
    if misses {
        for line in not_found.iter().map(|l| format!("not found\t{l}")).chain(wrong) {
            println!("{line}");
        }
    }
}
