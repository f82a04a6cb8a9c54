//! Trains the learned red-line model (`assets/redline_model.tsv`) from the marked invented
//! articles of `examples/redline_accuracy`: every clause ([`redline_analysis::clauses`]) is an
//! example, labelled with the tag of the marked phrase it overlaps most (`NONE` when it
//! overlaps none; a clause whose phrase is marked `?` is left out), and the clauses of the
//! ordinary articles (`*ordinary*.txt`) and of the invented political and diplomatic news with
//! no red line in `examples/train_redline_model/neutral` are all `NONE`. The model is multinomial logistic
//! regression over [`redline_analysis::features`], fitted by AdaGrad with an L2 penalty, in a
//! fixed order: the same files give the same model, byte for byte.
//!
//! ```text
//! cargo run --release --example train_redline_model -- [DIR] [--neutral DIR] [--out FILE]
//!     [--exclude a,b] [--threshold P] [--reporter-threshold P|none] [--epochs N] [--min-count N]
//! ```
//!
//! `--exclude` leaves out the files with these stems (e.g. `unseen89,unseen89_ordinary`), to
//! measure the model on articles it was not fitted to.

// the articles' names are for the harnesses' reports; the trainer does not name them
#[allow(dead_code)]
#[path = "../redline_accuracy/articles.rs"]
mod articles;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use redline_analysis::{clauses, features};

const USAGE: &str = "usage: train_redline_model [DIR] [--neutral DIR] [--out FILE] [--exclude STEM,STEM] [--threshold P] [--reporter-threshold P|none] [--epochs N] [--min-count N]";

fn fail(message: &str) -> ! {
    eprintln!("train_redline_model: {message}");
    std::process::exit(2)
}

/// The settings of a run.
struct Settings {
    dir: PathBuf,
    neutral: PathBuf,
    out: PathBuf,
    exclude: Vec<String>,
    threshold: f32,
    /// The bar for a clause in the reporter's own words (none: such clauses are not read).
    reporter_threshold: Option<f32>,
    epochs: usize,
    min_count: usize,
}

/// An option's value as a number, or the usage.
fn number<T: std::str::FromStr>(value: Option<String>, what: &str) -> T {
    value.and_then(|v| v.parse().ok()).unwrap_or_else(|| fail(&format!("{what}; {USAGE}")))
}

fn settings() -> Settings {
    let mut s = Settings {
        dir: PathBuf::from("examples/redline_accuracy"),
        neutral: PathBuf::from("examples/train_redline_model/neutral"),
        out: PathBuf::from("assets/redline_model.tsv"),
        exclude: Vec::new(),
        threshold: 0.6,
        reporter_threshold: Some(0.9),
        epochs: 12,
        min_count: 3,
    };
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--neutral" => s.neutral = args.next().map(PathBuf::from).unwrap_or_else(|| fail(USAGE)),
            "--out" => s.out = args.next().map(PathBuf::from).unwrap_or_else(|| fail(USAGE)),
            "--exclude" => s.exclude = args.next().unwrap_or_default().split(',').map(str::to_string).collect(),
            "--threshold" => s.threshold = number(args.next(), "--threshold P"),
            "--reporter-threshold" => {
                let value = args.next();
                s.reporter_threshold = match value.as_deref() {
                    Some("none") => None,
                    _ => Some(number(value, "--reporter-threshold P|none")),
                }
            }
            "--epochs" => s.epochs = number(args.next(), "--epochs N"),
            "--min-count" => s.min_count = number(args.next(), "--min-count N"),
            "-h" | "--help" => {
                println!("{USAGE}");
                std::process::exit(0)
            }
            option if option.starts_with('-') => fail(&format!("unknown option {option}; {USAGE}")),
            _ => s.dir = PathBuf::from(arg),
        }
    }
    s
}

/// The `.txt` files of `dir` whose stems are not excluded, sorted.
fn files(dir: &Path, exclude: &[String]) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| fail(&format!("{}: {e}", dir.display())))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .filter(|p| !exclude.iter().any(|x| p.file_stem().is_some_and(|f| f == x.as_str())))
        .collect();
    files.sort();
    files
}

/// The labelled clauses of the articles: (features, label), the marked and ordinary files of
/// `dir` then the neutral ones, each in file-name order.
fn examples(s: &Settings) -> Vec<(Vec<String>, String)> {
    let neutral = files(&s.neutral, &s.exclude);
    let mut out = Vec::new();
    let mut words = Vec::new();
    for path in files(&s.dir, &s.exclude).iter().chain(&neutral) {
        let ordinary =
            neutral.contains(path) || path.file_name().is_some_and(|f| f.to_string_lossy().contains("ordinary"));
        let source = std::fs::read_to_string(path).unwrap_or_else(|e| fail(&format!("{}: {e}", path.display())));
        for article in articles::articles(&stem(path), &source) {
            for range in clauses(&article.text, 0..article.text.len()) {
                let overlap = |m: &articles::Mark| range.end.min(m.end).saturating_sub(range.start.max(m.start));
                let best = article.marks.iter().filter(|m| overlap(m) > 0).max_by_key(|m| overlap(m));
                let label = match best {
                    _ if ordinary => "NONE",
                    Some(m) if m.tag == "?" => continue,
                    Some(m) => m.tag.as_str(),
                    None => "NONE",
                };
                features(&article.text[range], &mut words);
                out.push((words.clone(), label.to_string()));
            }
        }
    }
    out
}

fn stem(path: &Path) -> String {
    path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default()
}

/// A small deterministic generator (xorshift) for the order of the examples in each epoch.
fn shuffle<T>(items: &mut [T], seed: &mut u64) {
    for i in (1..items.len()).rev() {
        *seed ^= *seed << 13;
        *seed ^= *seed >> 7;
        *seed ^= *seed << 17;
        items.swap(i, (*seed % (i as u64 + 1)) as usize);
    }
}

fn main() {
    let s = settings();
    let examples = examples(&s);
    // the features seen in at least min_count clauses, numbered in sorted order
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for (features, _) in &examples {
        let mut seen: Vec<&str> = features.iter().map(String::as_str).collect();
        seen.sort_unstable();
        seen.dedup();
        for f in seen {
            *counts.entry(f).or_default() += 1;
        }
    }
    let kept: Vec<(&str, usize)> = counts.into_iter().filter(|&(_, n)| n >= s.min_count).collect();
    let index: BTreeMap<&str, usize> = kept.iter().enumerate().map(|(i, &(f, _))| (f, i)).collect();
    let mut classes: Vec<String> = vec!["NONE".to_string()];
    let mut tags: Vec<&str> = examples.iter().map(|(_, l)| l.as_str()).filter(|l| *l != "NONE").collect();
    tags.sort_unstable();
    tags.dedup();
    classes.extend(tags.iter().map(|t| t.to_string()));
    let data: Vec<(Vec<usize>, usize)> = examples
        .iter()
        .map(|(features, label)| {
            let mut ids: Vec<usize> = features.iter().filter_map(|f| index.get(f.as_str()).copied()).collect();
            ids.sort_unstable();
            ids.dedup();
            (ids, classes.iter().position(|c| c == label).expect("every label is a class"))
        })
        .collect();
    let k = classes.len();
    let (weights, bias) = fit(&data, kept.len(), k, &kept, s.epochs);
    write_model(&s, &classes, &kept, &weights, &bias, data.len());
}

/// Fits the weights (features × classes) and biases by AdaGrad on the softmax loss, with an
/// L2 penalty of one per feature and epoch, spread over the clauses the feature occurs in.
fn fit(
    data: &[(Vec<usize>, usize)],
    features: usize,
    k: usize,
    kept: &[(&str, usize)],
    epochs: usize,
) -> (Vec<f32>, Vec<f32>) {
    let (rate, epsilon) = (0.2f32, 1e-6f32);
    let mut w = vec![0f32; features * k];
    let mut gw = vec![0f32; features * k];
    let (mut b, mut gb) = (vec![0f32; k], vec![0f32; k]);
    let mut order: Vec<usize> = (0..data.len()).collect();
    let mut seed = 0x2545_f491_4f6c_dd1d_u64;
    let mut p = vec![0f32; k];
    for _ in 0..epochs {
        shuffle(&mut order, &mut seed);
        for &i in &order {
            let (ids, label) = &data[i];
            p.copy_from_slice(&b);
            for &f in ids {
                for c in 0..k {
                    p[c] += w[f * k + c];
                }
            }
            let max = p.iter().copied().fold(f32::MIN, f32::max);
            let mut sum = 0.0;
            for v in p.iter_mut() {
                *v = (*v - max).exp();
                sum += *v;
            }
            for c in 0..k {
                let g = p[c] / sum - f32::from(u8::from(c == *label));
                gb[c] += g * g;
                b[c] -= rate * g / (gb[c].sqrt() + epsilon);
                for &f in ids {
                    let j = f * k + c;
                    let g = g + w[j] / kept[f].1 as f32;
                    gw[j] += g * g;
                    w[j] -= rate * g / (gw[j].sqrt() + epsilon);
                }
            }
        }
    }
    (w, b)
}

fn write_model(s: &Settings, classes: &[String], kept: &[(&str, usize)], w: &[f32], b: &[f32], examples: usize) {
    let scale = 16f32;
    let k = classes.len();
    let mut out = String::new();
    out.push_str("# redline's learned red-line model (see crates/analysis/src/redlines/learned.rs), written by\n");
    out.push_str("# `cargo run --release --example train_redline_model` from the marked invented articles of\n");
    out.push_str(&format!(
        "# examples/redline_accuracy: {examples} clauses, {} epochs, features seen in {}+ clauses.\n",
        s.epochs, s.min_count
    ));
    if !s.exclude.is_empty() {
        out.push_str(&format!("# left out: {}\n", s.exclude.join(", ")));
    }
    out.push_str(&format!("@classes\t{}\n", classes.join("\t")));
    out.push_str(&format!("@scale\t{scale}\n@threshold\t{}\n", s.threshold));
    if let Some(bar) = s.reporter_threshold {
        out.push_str(&format!("@reporter_threshold\t{bar}\n"));
    }
    out.push_str(&format!("@bias\t{}\n", b.iter().map(|v| format!("{v:.4}")).collect::<Vec<_>>().join("\t")));
    let mut lines = 0;
    for (f, &(feature, _)) in kept.iter().enumerate() {
        let q: Vec<i32> = (0..k).map(|c| (w[f * k + c] * scale).round().clamp(-127.0, 127.0) as i32).collect();
        if q.iter().all(|&v| v == 0) {
            continue;
        }
        lines += 1;
        out.push_str(feature);
        out.push('\t');
        out.push_str(&q.iter().map(i32::to_string).collect::<Vec<_>>().join(","));
        out.push('\n');
    }
    redline_analysis::write_atomic(&s.out, out.as_bytes(), true)
        .unwrap_or_else(|e| fail(&format!("{}: {e}", s.out.display())));
    eprintln!("{}: {lines} features, {} classes, {examples} clauses", s.out.display(), k);
}
