//! Speaker-attribution accuracy of redline against the PolNeAR corpus (train or dev split; the
//! test split is refused). Reading the corpus is `polnear.rs`; the gold quotes, speakers and
//! causes are `gold.rs`.
//!
//! `cargo run --release --example accuracy -- PATH [--split dev|train] [--misses N] [--causes]`,
//! where PATH is PolNeAR's `data` directory or one split directory (`text/`, `attributions/`,
//! `corenlp/`). Brat and CoreNLP offsets count Unicode code points; they are turned into UTF-8
//! byte offsets on reading. Of several `.ann` files for an article the first by name is used.
//!
//! **Gold quotes.** Each line of an article is a paragraph. In it, text between `“` and `”`, or
//! between two straight `"` (or two `''`, as archived articles write them), is a quoted segment;
//! a mark not closed by the end of the line runs to it (a quote continued in the next paragraph).
//! A segment, trimmed, is a gold quote when at least half of its bytes lie inside the Content
//! spans (all parts) of one attribution; of several, the smallest content wins (the innermost).
//!
//! **Gold speaker**: that attribution's Source. Its head is the head of CoreNLP's longest mention
//! starting the span if that is a proper noun (and PERSON, when the span holds a PERSON), else
//! the end of the first PERSON run ("a critic, Jane Roe", "Acme director Jane Roe"), else, for a
//! pronoun or role noun, the mention's chain gives the name (its representative mention, or its
//! first with a proper-noun head), else the last word before a comma or preposition; a role noun
//! after `the` that neither names (`the mayor`) is the one person CoreNLP tags right after that
//! word written as a title in the article (`Mayor Jane Roe`), when there is exactly one. A
//! proper-noun head gives the name, the proper nouns around it; it is a person when CoreNLP tags
//! it, its chain or the same word elsewhere PERSON, or it holds a title ("Mr.", "Sen."), else an
//! organisation. A head that is only a title ("the President", tagged a proper noun) names
//! nobody: its chain gives the name. Anything else is a description, kept as the source text
//! ("a source"); a lone pronoun that stays unresolved gives no gold speaker and is left out. A
//! Source span holding only a speech verb (`said`) while the Cue span holds the name is an
//! annotation slip, read the other way round.
//!
//! **Metrics.** A predicted quote matches a gold quote when they overlap by at least half of the
//! longer of the two (both exclude the marks, so the same marks give the same range).
//! *Recall*: gold quotes matched. *Precision*: predicted quotes of 4+ words with at least half
//! their bytes inside some Content span, over all predicted quotes of 4+ words. *Speaker
//! accuracy*, over matched gold quotes with a gold speaker: names are lowercased, possessives and
//! punctuation stripped, titles and articles dropped (`TITLES`); they match when the last word
//! of either is among the words of the other. A description only matches a prediction holding
//! the last word of its first chunk (before a comma, preposition or relative pronoun: "one
//! source on the panel" → "source"), so a description is nearly always counted wrong, even when
//! redline abstains. *Misses checked by hand* (`checked.rs`): the same accuracy counting a miss
//! right when a reader of the article found redline's speaker the one who spoke.
//!
//! **Causes** of a wrong speaker, the first that holds. Where the source is: `colon-lead-in`
//! (another paragraph, ending with a colon), `no-cue-carried` (another paragraph),
//! `continuation` (`“…,” Roe said. “this quote”`, or `said Roe`), `cue-other-sentence` (another sentence
//! end lies between source and quote), `dash-signature`
//! (`“…” ― Name`), `far-from-quote` (more than 8 words between). What the source is: `pronoun`,
//! `role-noun` ("the senator", or resolved through a chain), `organisation`, `description`,
//! `possessive-source` ("Roe's claim that"), `title-surname` ("Mr. Roe", "Sen. Roe"), `surname-only`
//! ("Roe"), `abbrev-title` ("Sen. Jane Roe"), `middle-initial` ("Jane Q. Roe"). Otherwise
//! `predicted-none` or `other`. `--causes` also splits them by redline's speaker basis and by
//! the side of the quote the source is on, and lists the gold cues with the most wrong speakers.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use std::time::Instant;

use serde_json::Value;

#[path = "../speakers_invented/acronym.rs"]
mod acronym;
mod checked;
mod gold;
#[path = "../redline_accuracy/pipe.rs"]
mod pipe;
mod polnear;

use checked::{Checked, Verdict, span_key};
use gold::{Class, SPEECH_VERBS, cause, covered, gold_speaker, is_in, overlap, quoted_segments, same_speaker};
use polnear::{first_ann, read_ann, read_nlp};

/// A byte range `start..end` of an article.
type Range = (usize, usize);

/// redline's analysis of one text, as JSON: the only place that knows the library's API.
fn analyze(name: &str, text: &str) -> Value {
    static ANALYZER: OnceLock<redline_analysis::Analyzer> = OnceLock::new();
    let analyzer = ANALYZER.get_or_init(redline_analysis::Analyzer::bundled);
    let source = redline_analysis::Source::from_text(name, text);
    serde_json::to_value(analyzer.analyze(&source)).expect("an analysis serialises")
}

#[derive(Default)]
struct Counts {
    articles: usize,
    with_nlp: usize,
    /// Articles with quotes where redline names no speaker at all.
    silent: usize,
    gold: usize,
    gold4: usize,
    matched: usize,
    matched4: usize,
    /// Gold quotes not found by redline that are marked with `''`.
    unmatched_archive: usize,
    predicted4: usize,
    predicted4_in_content: usize,
    /// Matched gold quotes without a source, or whose source is an unresolved pronoun.
    no_speaker: usize,
    /// (right, total) for person-like speakers, organisations, descriptions.
    speaker: [(usize, usize); 3],
    speaker4: (usize, usize),
    /// (right, total) per redline speaker basis (`none` when it names nobody).
    bases: BTreeMap<String, (usize, usize)>,
    /// (right, total) per gold cue, lowercased.
    cues: BTreeMap<String, (usize, usize)>,
    causes: BTreeMap<&'static str, BTreeMap<String, usize>>,
    /// Misses checked by hand (`checked.rs`): redline found right, found wrong.
    checked: (usize, usize),
}

/// The command line, as `--help` prints it.
const USAGE: &str = "usage: accuracy PATH [--split dev|train] [--misses N] [--causes]";

/// Ends the run with a one-line error and exit status 2.
fn fail(reason: &str) -> ! {
    eprintln!("accuracy: {reason}");
    std::process::exit(2)
}

fn main() {
    pipe::end_quietly_on_closed_pipe();
    let mut args = std::env::args().skip(1);
    let (mut path, mut split, mut misses, mut causes) = (None, "dev".to_string(), 0, false);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--split" => split = args.next().unwrap_or_else(|| fail(USAGE)),
            "--misses" => misses = args.next().and_then(|n| n.parse().ok()).unwrap_or_else(|| fail(USAGE)),
            "--causes" => causes = true,
            "-h" | "--help" => {
                println!("{USAGE}");
                return;
            }
            option if option.starts_with('-') => fail(&format!("unknown option {option}; {USAGE}")),
            _ => path = Some(PathBuf::from(arg)),
        }
    }
    let path = path.unwrap_or_else(|| fail(USAGE));
    let dir = if path.join("text").is_dir() { path } else { path.join(&split) };
    if dir.ends_with("test") {
        fail("the test split is not to be used");
    }
    if !dir.join("text").is_dir() {
        fail(&format!("{}: no text/ folder (give PolNeAR's data folder or a split folder)", dir.display()));
    }
    let started = Instant::now();
    let (mut counts, mut missed) = (Counts::default(), Vec::new());
    let checked = Checked::bundled();
    let split = dir.file_name().and_then(|n| n.to_str()).unwrap_or_default().to_string();
    let mut stems: Vec<String> = std::fs::read_dir(dir.join("text"))
        .expect("a text/ directory")
        .filter_map(|e| e.ok()?.file_name().to_str()?.strip_suffix(".txt").map(String::from))
        .collect();
    stems.sort();
    for stem in &stems {
        article(&dir, (&split, stem), &checked, &mut counts, &mut missed);
    }
    report(&dir, &counts, started.elapsed().as_secs_f64());
    if causes {
        print_causes(&counts);
    }
    missed.iter().take(misses).for_each(|m| println!("\n{m}"));
}

/// Scores one article (`split`, `stem`) into `counts`; its misses go to `missed`.
fn article(dir: &Path, (split, stem): (&str, &str), checked: &Checked, counts: &mut Counts, missed: &mut Vec<String>) {
    let Ok(text) = std::fs::read_to_string(dir.join("text").join(format!("{stem}.txt"))) else { return };
    let mut bytes: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
    bytes.push(text.len());
    let Some(attributions) = first_ann(dir, stem).and_then(|p| read_ann(&p, &bytes)) else { return };
    let nlp = read_nlp(&dir.join("corenlp").join(format!("{stem}.txt.xml")), &bytes);
    counts.articles += 1;
    counts.with_nlp += usize::from(nlp.is_some());
    let analysis = analyze(stem, &text);
    let predicted: Vec<&Value> = analysis["quotes"].as_array().map(|q| q.iter().collect()).unwrap_or_default();
    counts.silent += usize::from(!predicted.is_empty() && predicted.iter().all(|q| q["speaker"].is_null()));
    let range = |q: &Value| (q["start"].as_u64().unwrap_or(0) as usize, q["end"].as_u64().unwrap_or(0) as usize);
    let contents: Vec<Range> = attributions.iter().flat_map(|a| a.content.iter().copied()).collect();
    for q in &predicted {
        let r = range(q);
        if text[r.0..r.1].split_whitespace().count() >= 4 {
            counts.predicted4 += 1;
            counts.predicted4_in_content += usize::from(2 * covered(r, &contents) >= r.1 - r.0);
        }
    }
    for (para, quote) in quoted_segments(&text) {
        let len = quote.1 - quote.0;
        let Some(a) = attributions
            .iter()
            .filter(|a| 2 * covered(quote, &a.content) >= len)
            .min_by_key(|a| a.content.iter().map(|c| c.1 - c.0).sum::<usize>())
        else {
            continue;
        };
        let long = text[quote.0..quote.1].split_whitespace().count() >= 4;
        counts.gold += 1;
        counts.gold4 += usize::from(long);
        let best = predicted.iter().max_by_key(|q| overlap(quote, range(q)));
        let Some(q) = best.filter(|q| 2 * overlap(quote, range(q)) >= len.max(range(q).1 - range(q).0)) else {
            counts.unmatched_archive += usize::from(text[..quote.0].trim_end().ends_with("''"));
            continue;
        };
        counts.matched += 1;
        counts.matched4 += usize::from(long);
        // An annotation slip: the Source span holds the speech verb and the Cue span the name.
        let swapped = a.source.len() == 1
            && is_in(SPEECH_VERBS, text[a.source[0].0..a.source[0].1].trim().to_lowercase().as_str())
            && !a.cue.is_empty();
        let source = if swapped { &a.cue } else { &a.source };
        let Some(gold) =
            gold_speaker(&text, source, nlp.as_ref()).filter(|g| g.class != Class::Description || !g.pronoun)
        else {
            counts.no_speaker += 1;
            continue;
        };
        let predicted = q["speaker"].as_str();
        let right = predicted.is_some_and(|p| same_speaker(p, &gold));
        let basis = q["speaker_basis"].as_str().unwrap_or("none").to_string();
        let cue = a.cue.iter().map(|&(s, e)| text[s..e].to_lowercase()).collect::<Vec<_>>().join(" ");
        let cue_tally = counts.cues.entry(cue.clone()).or_default();
        for tally in
            [&mut counts.speaker[gold.class as usize], cue_tally, counts.bases.entry(basis.clone()).or_default()]
                .into_iter()
                .chain(long.then_some(&mut counts.speaker4))
        {
            tally.0 += usize::from(right);
            tally.1 += 1;
        }
        if right {
            continue;
        }
        let span = span_key(q);
        let verdict = checked.verdict(split, stem, quote, &span);
        counts.checked.0 += usize::from(verdict == Some(Verdict::RedlineRight));
        counts.checked.1 += usize::from(verdict == Some(Verdict::RedlineWrong));
        let check = match verdict {
            Some(Verdict::RedlineRight) => "checked: redline right",
            Some(Verdict::RedlineWrong) => "checked: redline wrong",
            None => "unchecked",
        };
        let cause = cause(&text, para, quote, &gold, predicted.is_none());
        let src = gold.source_range[0];
        let position = if src.1 <= quote.0 { "before" } else { "after" };
        for key in [basis.as_str(), position] {
            *counts.causes.entry(cause).or_default().entry(key.to_string()).or_default() += 1;
        }
        missed.push(format!(
            "{stem} [{}..{}] {cause}\n  gold: {:?} (source {:?} {position} the quote, cue {cue:?})\n  \
             predicted: {:?} ({basis}, span {span}; {check})\n  quote: {}\n  source in: {}",
            quote.0,
            quote.1,
            gold.name,
            gold.source,
            predicted.unwrap_or("-"),
            snippet(&text, quote),
            snippet(&text, (src.0.saturating_sub(40), src.1 + 40)),
        ));
    }
}

/// At most 80 characters of `text[r]` (widened to character boundaries), on one line.
fn snippet(text: &str, r: Range) -> String {
    let (mut s, mut e) = (r.0.min(text.len()), r.1.min(text.len()));
    while !text.is_char_boundary(s) {
        s -= 1;
    }
    while !text.is_char_boundary(e) {
        e += 1;
    }
    text[s..e].chars().take(80).map(|c| if c == '\n' { ' ' } else { c }).collect()
}

fn pct(n: usize, d: usize) -> String {
    format!("{:5.1}%  {n:>5}/{d}", 100.0 * n as f64 / d.max(1) as f64)
}

fn report(dir: &Path, c: &Counts, seconds: f64) {
    let [person, organisation, description] = c.speaker;
    let right = person.0 + organisation.0 + description.0;
    println!("{}: {} articles ({} with CoreNLP), {seconds:.1} s", dir.display(), c.articles, c.with_nlp);
    println!("{:<36} {}", "quote recall", pct(c.matched, c.gold));
    println!("{:<36} {}", "quote recall, 4+ words", pct(c.matched4, c.gold4));
    println!("{:<36} {:>13}", "  missed gold quotes in '' marks", c.unmatched_archive);
    println!("{:<36} {}", "precision, 4+ words, in Content", pct(c.predicted4_in_content, c.predicted4));
    let total = person.1 + organisation.1 + description.1;
    println!("{:<36} {}", "speaker accuracy", pct(right, total));
    let (found_right, found_wrong) = c.checked;
    println!("{:<36} {}", "  misses checked by hand, counted", pct(right + found_right, total));
    let unchecked = total - right - found_right - found_wrong;
    println!("{:<36} {found_right:>5} right, {found_wrong} wrong, {unchecked} unchecked", "  misses checked by hand");
    // the checked misses of train are a random sample of them: the share of them redline got
    // right, applied to the unchecked misses, estimates the accuracy a reader would find
    let checked = found_right + found_wrong;
    if unchecked > 0 && checked > 0 {
        let share = found_right as f64 / checked as f64;
        let estimate = (right + found_right) as f64 + share * unchecked as f64;
        let error = (share * (1.0 - share) / checked as f64).sqrt() * unchecked as f64;
        let of_total = |n: f64| 100.0 * n / total as f64;
        println!(
            "{:<36} {:5.1}% ± {:.1} (one standard error of the sample)",
            "  estimated at the checked share",
            of_total(estimate),
            of_total(error)
        );
    }
    println!("{:<36} {}", "  person-like gold speaker", pct(person.0, person.1));
    println!("{:<36} {}", "  organisation gold speaker", pct(organisation.0, organisation.1));
    println!("{:<36} {}", "  description (\"a source\")", pct(description.0, description.1));
    println!("{:<36} {}", "  gold quote of 4+ words", pct(c.speaker4.0, c.speaker4.1));
    for (basis, &(right, total)) in &c.bases {
        println!("{:<36} {}", format!("  redline's basis {basis}"), pct(right, total));
    }
    println!("{:<36} {:>13}", "matched, no source / lone pronoun", c.no_speaker);
    println!("{:<36} {:>13}", "articles with quotes, none attributed", c.silent);
}

fn print_causes(c: &Counts) {
    let columns = ["cue", "pronoun", "main_speaker", "none", "before", "after"];
    print!("\n{:<20} {:>6}", "cause (basis, source)", "total");
    columns.iter().for_each(|k| print!(" {k:>12}"));
    let mut causes: Vec<_> = c.causes.iter().collect();
    let n = |by_key: &BTreeMap<String, usize>, k: &str| by_key.get(k).copied().unwrap_or(0);
    causes.sort_by_key(|(cause, by_key)| (std::cmp::Reverse(n(by_key, "before") + n(by_key, "after")), *cause));
    for (cause, by_key) in causes {
        print!("\n{cause:<20} {:>6}", n(by_key, "before") + n(by_key, "after"));
        columns.iter().for_each(|k| print!(" {:>12}", n(by_key, k)));
    }
    println!();
    let mut cues: Vec<_> = c.cues.iter().collect();
    cues.sort_by_key(|(cue, (right, total))| (std::cmp::Reverse(total - right), *cue));
    println!("\n{:<20} speaker accuracy (most wrong first)", "gold cue");
    for &(cue, &(right, total)) in cues.iter().take(25) {
        println!("{cue:<20} {}", pct(right, total));
    }
}
