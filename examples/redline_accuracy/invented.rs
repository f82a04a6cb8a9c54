//! The invented texts: diplomatic statements with the phrases a reader would mark, and
//! ordinary news where nothing should be marked.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::{Hits, Tally, context, data};

/// A marked phrase: its byte range in its article and its tag (`?` for any).
struct Mark {
    start: usize,
    end: usize,
    tag: String,
}

/// One invented article: its name, text (a paragraph a line, blank lines between) and marks.
struct Article {
    name: String,
    text: String,
    marks: Vec<Mark>,
}

fn tag_of(category: &str) -> &'static str {
    match category {
        "RED_LINE" => "RL",
        "REFUSAL" => "RF",
        "ULTIMATUM" => "UL",
        "THREAT" => "TH",
        "CAPABILITY" => "CP",
        "DEMAND" => "DM",
        "GRIEVANCE" => "GR",
        "RESOLVE" => "RS",
        "DE_ESCALATION" => "DE",
        _ => "??",
    }
}

/// The articles of a file: paragraphs a line, `#` lines left out, a blank line between articles.
fn articles(prefix: &str, source: &str) -> Vec<Article> {
    let mut out: Vec<Article> = Vec::new();
    let mut current: Option<Article> = None;
    for line in source.lines().filter(|l| !l.starts_with('#')) {
        if line.trim().is_empty() {
            out.extend(current.take());
            continue;
        }
        let a = current.get_or_insert_with(|| Article {
            name: format!("{prefix}-{:02}", out.len() + 1),
            text: String::new(),
            marks: Vec::new(),
        });
        if !a.text.is_empty() {
            a.text.push_str("\n\n");
        }
        let mut rest = line;
        while let Some(open) = rest.find("[[") {
            a.text.push_str(&rest[..open]);
            let close = rest[open..].find("]]").map(|i| open + i).expect("a mark is closed by ]]");
            let (tag, phrase) = rest[open + 2..close].split_once(':').expect("a mark is [[TAG:phrase]]");
            let start = a.text.len();
            a.text.push_str(phrase);
            a.marks.push(Mark { start, end: a.text.len(), tag: tag.to_string() });
            rest = &rest[close + 2..];
        }
        a.text.push_str(rest);
    }
    out.extend(current);
    out
}

/// Writes every invented article to `dir` as `NAME.txt`, for another build to analyse.
pub fn write(dir: &Path) {
    std::fs::create_dir_all(dir).expect("the folder can be made");
    let all = [
        articles("diplomatic", &data("diplomatic.txt")),
        articles("heldout", &data("heldout.txt")),
        articles("unseen", &data("unseen.txt")),
        articles("unseen2", &data("unseen2.txt")),
        articles("unseen3", &data("unseen3.txt")),
        articles("unseen4", &data("unseen4.txt")),
        articles("ordinary", &data("ordinary.txt")),
        articles("ordinary2", &data("unseen2_ordinary.txt")),
        articles("ordinary3", &data("unseen3_ordinary.txt")),
        articles("ordinary4", &data("unseen4_ordinary.txt")),
    ];
    for a in all.into_iter().flatten() {
        std::fs::write(dir.join(format!("{}.txt", a.name)), format!("{}\n", a.text)).expect("the file can be written");
    }
    println!("wrote the invented articles to {}", dir.display());
}

/// Prints recall and precision on the diplomatic texts (those the lexicon was tuned on, a second
/// batch whose misses were then turned into rules, an unseen batch written after the lexicon
/// froze, a second unseen batch written before the second round of tuning, a third written
/// before the third and a fourth before the fourth) and the wrong highlights of the ordinary ones
/// (a first set, and those written with the second, third and fourth unseen batches).
/// `marked_files` and `ordinary_files` are texts kept outside the repository (real news that
/// may not be copied into it), read the same way and reported after the invented ones.
pub fn report(hits: &Hits, misses: bool, marked_files: &[PathBuf], ordinary_files: &[PathBuf]) {
    let mut notes = Vec::new();
    marked("Invented diplomatic statements", &articles("diplomatic", &data("diplomatic.txt")), hits, &mut notes);
    let second = "Second batch of invented statements (its misses were then turned into rules)";
    marked(second, &articles("heldout", &data("heldout.txt")), hits, &mut notes);
    let unseen =
        "Unseen batch of invented statements (written after the first round; its misses studied in the second)";
    marked(unseen, &articles("unseen", &data("unseen.txt")), hits, &mut notes);
    let unseen2 =
        "Second unseen batch of invented statements (written before the second round; its misses studied in it)";
    marked(unseen2, &articles("unseen2", &data("unseen2.txt")), hits, &mut notes);
    let unseen3 = "Third unseen batch of invented statements (written before the third round by someone who had \
                   not seen the lexicon; frozen)";
    marked(unseen3, &articles("unseen3", &data("unseen3.txt")), hits, &mut notes);
    let unseen4 = "Fourth unseen batch of invented statements (written before the fourth round by someone who had \
                   not seen the lexicon; frozen)";
    marked(unseen4, &articles("unseen4", &data("unseen4.txt")), hits, &mut notes);
    ordinary("Invented ordinary news", &articles("ordinary", &data("ordinary.txt")), hits, &mut notes);
    let ordinary2 = "Invented ordinary news written with the second unseen batch (not tuned on)";
    ordinary(ordinary2, &articles("ordinary2", &data("unseen2_ordinary.txt")), hits, &mut notes);
    let ordinary3 = "Invented ordinary news written with the third unseen batch";
    ordinary(ordinary3, &articles("ordinary3", &data("unseen3_ordinary.txt")), hits, &mut notes);
    let ordinary4 = "Invented ordinary news written with the fourth unseen batch";
    ordinary(ordinary4, &articles("ordinary4", &data("unseen4_ordinary.txt")), hits, &mut notes);
    for file in marked_files {
        let (name, text) = external(file);
        marked(&format!("{} (outside the repository)", file.display()), &articles(&name, &text), hits, &mut notes);
    }
    for file in ordinary_files {
        let (name, text) = external(file);
        ordinary(&format!("{} (outside the repository)", file.display()), &articles(&name, &text), hits, &mut notes);
    }
    if misses {
        println!();
        notes.iter().for_each(|n| println!("{n}"));
    }
}

/// A file given on the command line: its stem (the articles' name prefix) and text.
fn external(file: &Path) -> (String, String) {
    let text = std::fs::read_to_string(file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
    let stem = file.file_stem().map_or("external".to_string(), |s| s.to_string_lossy().into_owned());
    (stem, text)
}

/// The highlights of `hits` on ordinary news (all wrong), per ten paragraphs, under `heading`.
fn ordinary(heading: &str, ordinary: &[Article], hits: &Hits, notes: &mut Vec<String>) {
    let paragraphs: usize = ordinary.iter().map(|a| a.text.split("\n\n").count()).sum();
    let mut wrong = 0;
    for a in ordinary {
        for h in hits.of(&a.name, &a.text) {
            wrong += 1;
            notes.push(format!("{} {} ({}): {}", a.name, tag_of(&h.category), h.cue, context(&a.text, h.start, h.end)));
        }
    }
    println!(
        "\n{heading}: {} articles, {paragraphs} paragraphs, {wrong} highlights (all wrong): {:.1} per ten articles, \
         {:.1} per ten paragraphs",
        ordinary.len(),
        10.0 * wrong as f64 / ordinary.len().max(1) as f64,
        10.0 * wrong as f64 / paragraphs.max(1) as f64
    );
}

/// Recall and precision of `hits` on marked articles, as a table under `heading`; misses and
/// wrong hits go to `notes`.
fn marked(heading: &str, diplomatic: &[Article], hits: &Hits, notes: &mut Vec<String>) {
    let mut expected: BTreeMap<String, (usize, usize)> = BTreeMap::new(); // tag → (marked, hit)
    let mut tallies: BTreeMap<String, Tally> = BTreeMap::new();
    // marks overlapped by a hit of any category, and hits overlapping a mark of any category
    let (mut found_any, mut right_any) = (0, 0);
    for a in diplomatic {
        let found = hits.of(&a.name, &a.text);
        let overlaps = |h: &crate::Hit, m: &Mark| h.start < m.end && m.start < h.end;
        found_any += a.marks.iter().filter(|m| m.tag != "?" && found.iter().any(|h| overlaps(h, m))).count();
        right_any += found.iter().filter(|h| a.marks.iter().any(|m| overlaps(h, m))).count();
        for m in a.marks.iter().filter(|m| m.tag != "?") {
            let hit = found.iter().any(|h| h.start < m.end && m.start < h.end && tag_of(&h.category) == m.tag);
            let e = expected.entry(m.tag.clone()).or_default();
            e.0 += 1;
            e.1 += usize::from(hit);
            if !hit {
                let other: Vec<String> = found
                    .iter()
                    .filter(|h| h.start < m.end && m.start < h.end)
                    .map(|h| format!("{} {}", tag_of(&h.category), &a.text[h.start..h.end]))
                    .collect();
                notes.push(format!(
                    "{} missed {}: {}   (overlapped by: {})",
                    a.name,
                    m.tag,
                    &a.text[m.start..m.end],
                    other.join(", ")
                ));
            }
        }
        for h in &found {
            let t = tallies.entry(h.category.clone()).or_default();
            t.hits += 1;
            let right = a
                .marks
                .iter()
                .any(|m| h.start < m.end && m.start < h.end && (m.tag == "?" || m.tag == tag_of(&h.category)));
            if right {
                t.right += 1;
            } else {
                t.wrong += 1;
                notes.push(format!(
                    "{} wrong {} ({}): {}",
                    a.name,
                    tag_of(&h.category),
                    h.cue,
                    context(&a.text, h.start, h.end)
                ));
            }
        }
    }
    let (marked, hit) = expected.values().fold((0, 0), |a, e| (a.0 + e.0, a.1 + e.1));
    println!("\n{heading}: {} articles, {marked} marked phrases", diplomatic.len());
    println!("\n| category | marked | hit by its own category | recall | hits | right | precision |");
    println!("|---|---:|---:|---:|---:|---:|---:|");
    let names: Vec<String> = tallies.keys().cloned().collect();
    for name in &names {
        let tag = tag_of(name);
        let (m, h) = expected.get(tag).copied().unwrap_or_default();
        let t = tallies[name];
        let recall = if m == 0 { "—".to_string() } else { format!("{:.1}%", 100.0 * h as f64 / m as f64) };
        println!("| {name} | {m} | {h} | {recall} | {} | {} | {} |", t.hits, t.right, t.precision());
    }
    for (tag, (m, _)) in expected.iter().filter(|(t, _)| !names.iter().any(|n| tag_of(n) == t.as_str())) {
        println!("| {tag} | {m} | 0 | 0.0% | 0 | 0 | — |");
    }
    let all = tallies.values().fold(Tally::default(), |a, t| Tally {
        hits: a.hits + t.hits,
        right: a.right + t.right,
        wrong: a.wrong + t.wrong,
    });
    let recall = 100.0 * hit as f64 / marked.max(1) as f64;
    println!("| all | {marked} | {hit} | {recall:.1}% | {} | {} | {} |", all.hits, all.right, all.precision());
    println!(
        "\nwhatever the category: {:.1}% of the marked phrases hit, {:.1}% of the hits on a marked phrase",
        100.0 * found_any as f64 / marked.max(1) as f64,
        100.0 * right_any as f64 / all.hits.max(1) as f64
    );
}
