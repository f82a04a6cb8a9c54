//! `redline timeline`: the escalation timeline of articles, for plotting elsewhere. One row
//! per article that states its publication date and has a selected quote, in date order: the
//! strongest red-line severity among the selected quotes, the red lines of escalation and of
//! de-escalation categories, and those of each lexicon category. CSV (a header row, one column
//! per category of the lexicon in use) or JSON (an array of objects).

use std::path::PathBuf;

use clap::{Args, ValueEnum};
use redline_analysis::{
    Analysis, Analyzer, Lexicon, Loaded, QuoteFilter, SourceError, TimelinePoint, display_safe, map_ordered,
    sort_timeline, to_json,
};

use super::{CliError, Input};

/// The arguments of `redline timeline`.
#[derive(Debug, Args)]
pub struct TimelineArgs {
    #[command(flatten)]
    input: Input,
    /// Count only quotes of topics with this label (case-insensitive; repeat for several)
    #[arg(long, value_name = "LABEL")]
    topic: Vec<String>,
    /// Count only quotes of this speaker (full name or last name, case-insensitive)
    #[arg(long, value_name = "NAME")]
    speaker: Option<String>,
    /// Output format
    #[arg(long, value_enum, default_value_t = TimelineFormat::Csv)]
    format: TimelineFormat,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum TimelineFormat {
    /// Comma-separated values with a header row
    Csv,
    /// A JSON array of objects
    Json,
}

/// Reads and analyses the articles (in parallel; an unreadable one among several is skipped
/// with a warning) and prints their timeline to stdout.
pub fn run(analyzer: &Analyzer, before: Vec<PathBuf>, args: TimelineArgs, max_bytes: u64) -> Result<(), CliError> {
    let (corpus, bulk) = super::expand(analyzer, &super::articles(before, args.input.files)?)?;
    super::warn(&corpus.warnings);
    let analyzer = bulk.as_deref().unwrap_or(analyzer);
    let lexicon = analyzer.lexicon();
    let filter = QuoteFilter { topics: args.topic, speaker: args.speaker };
    let (mut points, mut read, mut undated) = (Vec::new(), 0, 0);
    let mut add = |analysis: &Analysis| {
        read += 1;
        undated += usize::from(analysis.date.is_none());
        if let Some(p) = TimelinePoint::of_article(analysis, lexicon, &filter) {
            points.push(TimelinePoint { article: read - 1, ..p });
        }
    };
    if corpus.single {
        add(&super::analyze_warning(analyzer, &corpus.entries[0], max_bytes)?);
    } else {
        let done = map_ordered(
            &corpus.entries,
            |entry| -> Result<(Analysis, Vec<String>), SourceError> {
                let loaded = Loaded::read(entry, max_bytes)?;
                Ok((loaded.analyze(analyzer), loaded.source.warnings))
            },
            |result| -> Result<(), std::convert::Infallible> {
                match result {
                    Err(e) => super::warn(&[e.to_string()]),
                    Ok((analysis, warnings)) => {
                        super::warn(&warnings);
                        add(&analysis);
                    }
                }
                Ok(())
            },
        );
        let Ok(()) = done;
        if read == 0 {
            let n = corpus.entries.len();
            return Err(CliError::Option("FILE", format!("none of the {n} articles could be read")));
        }
    }
    if undated > 0 {
        super::warn(&[format!("{undated} of {read} articles state no publication date and are left out")]);
    }
    if points.is_empty() && undated < read {
        super::warn(&["no quotes match the selection".into()]);
    }
    sort_timeline(&mut points);
    let out = match args.format {
        TimelineFormat::Csv => csv(&points, lexicon),
        // C1 and bidi controls escaped as well as C0: safe on a terminal, the same value parsed.
        TimelineFormat::Json => to_json(&points, true) + "\n",
    };
    super::print(out.as_bytes())
}

/// A CSV field, quoted when it holds a comma or a quote. An article's text may hold escape
/// sequences and bidi controls: every control character (line breaks included, so a row stays
/// one line) is shown as its symbol by [`display_safe`], on a terminal or in a file alike.
fn field(s: &str) -> String {
    let s = display_safe(s);
    if s.contains([',', '"']) { format!("\"{}\"", s.replace('"', "\"\"")) } else { s.into_owned() }
}

/// The points as CSV: `date,source,title,quotes,severity,escalation,de_escalation`, then one
/// column per category of the lexicon; an empty severity when no red line is held.
fn csv(points: &[TimelinePoint], lexicon: &Lexicon) -> String {
    let categories: Vec<&str> = lexicon.categories().iter().map(|c| c.name.as_str()).collect();
    let mut out = String::from("date,source,title,quotes,severity,escalation,de_escalation");
    for c in &categories {
        out.push(',');
        out.push_str(&field(c));
    }
    out.push('\n');
    for p in points {
        let severity = p.severity.map(|s| s.to_string()).unwrap_or_default();
        let row = [&field(&p.date), &field(&p.source), &field(p.title.as_deref().unwrap_or_default())];
        out.push_str(&row.map(|s| s.as_str()).join(","));
        out.push_str(&format!(",{},{severity},{},{}", p.quotes, p.escalation, p.de_escalation));
        for c in &categories {
            out.push_str(&format!(",{}", p.categories.get(*c).copied().unwrap_or(0)));
        }
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_has_a_column_per_category_and_quotes_fields() {
        let lexicon = Lexicon::bundled();
        let point = TimelinePoint {
            date: "2022-03-01".into(),
            source: "a,b.txt".into(),
            title: Some("Envoy: \"no\"".into()),
            quotes: 2,
            severity: Some(4),
            escalation: 3,
            de_escalation: 1,
            categories: [("THREAT".to_string(), 2), ("DE_ESCALATION".to_string(), 1), ("ULTIMATUM".to_string(), 1)]
                .into_iter()
                .collect(),
            article: 0,
        };
        let out = csv(&[point], &lexicon);
        let lines: Vec<&str> = out.lines().collect();
        assert!(lines[0].starts_with("date,source,title,quotes,severity,escalation,de_escalation,RED_LINE,"));
        assert_eq!(lines[0].split(',').count(), 7 + lexicon.categories().len());
        assert!(lines[1].starts_with("2022-03-01,\"a,b.txt\",\"Envoy: \"\"no\"\"\",2,4,3,1,"));
        let n = lexicon.categories().len();
        let mut counts: Vec<&str> = lines[1].rsplit(',').take(n).collect();
        counts.reverse();
        let threat = lexicon.categories().iter().position(|c| c.name == "THREAT").unwrap();
        assert_eq!(counts[threat], "2");
    }

    #[test]
    fn csv_fields_show_control_characters_as_symbols() {
        assert_eq!(field("a\x1b]2;owned\x07\nb"), "a␛]2;owned␇␊b");
        assert_eq!(field("x\u{202E}y, \"z\""), "\"x⟨RLO⟩y, \"\"z\"\"\"");
    }
}
