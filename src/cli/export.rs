//! `redline export`: its arguments, the format, the selection of quotes and delivery to the
//! `-o` file or stdout.

use std::path::{Path, PathBuf};

use clap::{Args, ValueEnum};
use redline_analysis::{Analysis, Format, write_atomic};

use super::{CliError, Input, output};

#[derive(Debug, Args)]
pub struct ExportArgs {
    #[command(flatten)]
    pub input: Input,
    /// Keep only quotes of topics with this label (case-insensitive; repeat for several)
    #[arg(long, value_name = "LABEL")]
    pub topic: Vec<String>,
    /// Keep only quotes holding a red line of at least this severity
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u8).range(0..=5))]
    pub min_severity: Option<u8>,
    /// Output format [default: from the extension of -o, else md]
    #[arg(long, value_enum)]
    pub format: Option<FormatArg>,
    /// Write to this file instead of stdout (atomically; never replaces a file without --force;
    /// `-` is stdout)
    #[arg(short, long, value_name = "PATH")]
    pub output: Option<PathBuf>,
    /// Replace the -o file if it exists
    #[arg(long, requires = "output")]
    pub force: bool,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum FormatArg {
    /// Markdown: blockquotes, red lines in bold, attribution lines
    #[value(alias = "markdown")]
    Md,
    /// JSON: title, source and the quote objects of `analyze --json`
    Json,
    /// Plain text, red lines marked [TAG:severity phrase]
    #[value(alias = "text")]
    Txt,
}

impl From<FormatArg> for Format {
    fn from(f: FormatArg) -> Format {
        match f {
            FormatArg::Md => Format::Markdown,
            FormatArg::Json => Format::Json,
            FormatArg::Txt => Format::Text,
        }
    }
}

/// The `-o` file, if any: `-o -` is stdout, as for most Unix tools, never a file named `-`.
fn output_file(args: &ExportArgs) -> Option<&Path> {
    args.output.as_deref().filter(|path| path.as_os_str() != "-")
}

/// The export format: `--format`, or the extension of `-o`, or else Markdown.
pub fn format(args: &ExportArgs) -> Result<Format, CliError> {
    match (args.format, output_file(args)) {
        (Some(f), _) => Ok(f.into()),
        (None, Some(path)) => Format::from_path(path).ok_or_else(|| {
            CliError::Option("--format", format!("cannot tell from {}; give md, json or txt", path.display()))
        }),
        (None, None) => Ok(Format::Markdown),
    }
}

/// Writes the rendered brief to the `-o` file (atomically) or to stdout (made safe when it is a
/// terminal: [`output::print_brief`]).
pub fn deliver(rendered: &str, args: &ExportArgs) -> Result<(), CliError> {
    match output_file(args) {
        Some(path) => Ok(write_atomic(path, rendered.as_bytes(), args.force)?),
        None => output::print_brief(rendered),
    }
}

/// The ids of the quotes to export, in text order: those of the named topics (all quotes when
/// none is named) holding a red line of at least `min_severity` (when given). A label the
/// article has no topic for is an error listing its topics.
pub fn select(analysis: &Analysis, topics: &[String], min_severity: Option<u8>) -> Result<Vec<usize>, CliError> {
    let (ids, found) = matching(analysis, topics, min_severity);
    match topics.iter().zip(found).find(|(_, found)| !found) {
        Some((label, _)) => {
            let known: Vec<&str> = analysis.topics.iter().map(|t| t.label.as_str()).collect();
            let known = if known.is_empty() { "none found".to_string() } else { known.join(", ") };
            Err(CliError::Option("--topic", format!("no topic {label:?} (topics: {known})")))
        }
        None => Ok(ids),
    }
}

/// Like [`select`], but a label the article has no topic for only selects nothing; with the
/// ids comes, for each label, whether the article has a topic of that label.
pub fn matching(analysis: &Analysis, topics: &[String], min_severity: Option<u8>) -> (Vec<usize>, Vec<bool>) {
    let mut wanted: Option<Vec<usize>> = None;
    let mut found = Vec::with_capacity(topics.len());
    for label in topics {
        let label = label.to_lowercase();
        let hits: Vec<&redline_analysis::Topic> =
            analysis.topics.iter().filter(|t| t.label.to_lowercase() == label).collect();
        found.push(!hits.is_empty());
        wanted.get_or_insert_with(Vec::new).extend(hits.iter().flat_map(|t| t.quotes.iter().copied()));
    }
    let ids = analysis
        .quotes
        .iter()
        .filter(|q| wanted.as_ref().is_none_or(|w| w.contains(&q.id)))
        .filter(|q| min_severity.is_none_or(|n| q.red_lines.iter().any(|r| r.severity >= n)))
        .map(|q| q.id)
        .collect();
    (ids, found)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn analysis() -> Analysis {
        let quote = |id: usize, severities: &[u8]| {
            let hits: Vec<_> = severities
                .iter()
                .map(|s| {
                    serde_json::json!({"text": "x", "start": 0, "end": 1, "category": "C",
                    "tag": "C", "severity": s, "cue": "x", "quote": id})
                })
                .collect();
            serde_json::json!({"id": id, "text": "x", "start": 0, "end": 1, "paragraph": 1,
                "kind": "full", "speaker": null, "speaker_basis": null, "topics": [],
                "red_lines": hits})
        };
        let topic = |label: &str, quotes: &[usize]| {
            let paragraphs = [1];
            serde_json::json!({"label": label, "quotes": quotes, "paragraphs": paragraphs, "red_lines": 0})
        };
        serde_json::from_value(serde_json::json!({
            "source": "t.txt", "title": null, "byline": null, "dateline": null, "paragraphs": [],
            "quotes": [quote(1, &[1]), quote(2, &[]), quote(3, &[2, 4]), quote(4, &[3])],
            "topics": [topic("NATO", &[3, 1]), topic("Japan", &[4, 3])],
            "red_lines": [],
        }))
        .unwrap()
    }

    #[test]
    fn select_by_topic_and_severity_in_text_order() {
        let a = analysis();
        let labels = |l: &[&str]| l.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(select(&a, &[], None).unwrap(), [1, 2, 3, 4]);
        assert_eq!(select(&a, &labels(&["nato"]), None).unwrap(), [1, 3]);
        assert_eq!(select(&a, &labels(&["Japan", "NATO"]), None).unwrap(), [1, 3, 4]);
        assert_eq!(select(&a, &[], Some(3)).unwrap(), [3, 4]);
        assert_eq!(select(&a, &labels(&["NATO"]), Some(2)).unwrap(), [3]);
        assert_eq!(select(&a, &[], Some(0)).unwrap(), [1, 3, 4]);
        let e = select(&a, &labels(&["Iran"]), None).unwrap_err().to_string();
        assert_eq!(e, "--topic: no topic \"Iran\" (topics: NATO, Japan)");
    }

    #[test]
    fn matching_tells_which_labels_the_article_has_instead_of_failing() {
        let a = analysis();
        let labels = |l: &[&str]| l.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(matching(&a, &labels(&["Iran", "japan"]), None), (vec![3, 4], vec![false, true]));
        assert_eq!(matching(&a, &labels(&["Iran"]), None), (vec![], vec![false]));
        assert_eq!(matching(&a, &[], Some(4)), (vec![3], vec![]));
    }
}
