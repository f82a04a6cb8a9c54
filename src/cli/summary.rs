//! The readable summary of `redline analyze` (without `--json`).

use redline_analysis::{Analysis, display_safe, marked};

/// Title, byline, dateline and source; topics with their counts; then every quote with its
/// id, paragraph, speaker and its red lines marked inline (`[UL:3 will not wait]`).
///
/// Safe to print to a terminal: every line goes through [`display_safe`], so the only control
/// characters in the result are the line feeds ending its lines. Line breaks and tabs inside
/// a quote are shown as spaces; every other control or bidi character as its symbol.
pub fn render(a: &Analysis) -> String {
    let none = || "(none)".to_string();
    let mut out = String::new();
    let mut line = |s: String| {
        out.push_str(&display_safe(&s));
        out.push('\n');
    };
    line(format!("Title:    {}", a.title.clone().unwrap_or_else(none)));
    line(format!("Byline:   {}", a.byline.clone().unwrap_or_else(none)));
    line(format!("Dateline: {}", a.dateline.clone().unwrap_or_else(none)));
    let decoded = a.decoded_from.as_ref().map(|e| format!(" (decoded from {e})")).unwrap_or_default();
    line(format!("Source:   {}{decoded}", a.source));
    let counts = [(a.paragraphs.len(), "paragraph"), (a.quotes.len(), "quote"), (a.red_lines.len(), "red line")];
    line(counts.map(|(n, what)| count(n, what)).join(", "));
    line(String::new());
    line(format!("Topics ({})", a.topics.len()));
    let labels: Vec<_> = a.topics.iter().map(|t| display_safe(&t.label)).collect();
    let width = labels.iter().map(|l| l.chars().count()).max().unwrap_or(0);
    for (t, label) in a.topics.iter().zip(&labels) {
        let counts = [(t.quotes.len(), "quote"), (t.paragraphs.len(), "paragraph"), (t.red_lines, "red line")];
        line(format!("  {label:width$}  {}", counts.map(|(n, what)| count(n, what)).join(", ")));
    }
    line(String::new());
    line(format!("Quotes ({})", a.quotes.len()));
    for q in &a.quotes {
        let speaker = q.speaker.as_deref().unwrap_or("(speaker unknown)");
        let corrected = if q.corrected { " (corrected)" } else { "" };
        line(format!("  #{} ¶{} {speaker}{corrected}", q.id, q.paragraph));
        let text = marked(q).replace("\r\n", " ").replace(['\n', '\r', '\t'], " ");
        line(format!("    “{text}”"));
    }
    out
}

/// `1 quote`, `2 quotes`.
fn count(n: usize, what: &str) -> String {
    if n == 1 { format!("1 {what}") } else { format!("{n} {what}s") }
}

#[cfg(test)]
mod tests {
    use redline_analysis::{Analyzer, Source};

    #[test]
    fn summary_lists_header_and_every_quote() {
        assert_eq!((super::count(1, "quote"), super::count(0, "red line")), ("1 quote".into(), "0 red lines".into()));
        let source = Source::from_text("t.txt", "Talks\n\nHe said: “We met today.” Then: “Fine.”\n");
        let analysis = Analyzer::bundled().analyze(&source);
        assert_eq!(analysis.quotes.len(), 2);
        let out = super::render(&analysis);
        assert!(out.starts_with("Title:    "), "{out}");
        assert!(out.contains("Source:   t.txt\n"), "{out}");
        assert!(
            out.contains(&format!("{}, 2 quotes, ", super::count(analysis.paragraphs.len(), "paragraph"))),
            "{out}"
        );
        assert!(out.contains("Quotes (2)\n  #1 ¶"), "{out}");
        assert!(out.contains("\n    “We met today.”\n  #2 ¶"), "{out}");
        assert!(out.ends_with("\n    “Fine.”\n"), "{out}");
    }

    #[test]
    fn summary_shows_control_and_bidi_characters_as_symbols() {
        let text = "Talks \x1b]2;PWNED\x07 resume on Friday\n\nGENEVA (Wire) - He said: “We \x1b]52;c;cHduZWQ=\x07 wait\t\x1b[31mRED\u{9B}2J \u{202E}x\u{2069}.”\n";
        let analysis = Analyzer::bundled().analyze(&Source::from_text("ev\x1b[2Jil\n.txt", text));
        let out = super::render(&analysis);
        assert!(!out.chars().any(|c| redline_analysis::is_unsafe(c) && c != '\n'), "{out:?}");
        assert_eq!(out.lines().count(), out.matches('\n').count(), "{out}");
        assert!(out.contains("Title:    Talks ␛]2;PWNED␇ resume on Friday\n"), "{out}");
        assert!(out.contains("Source:   ev␛[2Jil␊.txt\n"), "{out}");
        assert!(out.contains("“We ␛]52;c;cHduZWQ=␇ wait ␛[31mRED⟨CSI⟩2J ⟨RLO⟩x⟨PDI⟩.”"), "{out}");
    }
}
