//! The readable summary of `redline analyze` (without `--json`).

use redline_analysis::{Analysis, marked};

/// Title, byline, dateline and source; topics with their counts; then every quote with its
/// id, paragraph, speaker and its red lines marked inline (`[UL:3 will not wait]`).
pub fn render(a: &Analysis) -> String {
    let none = || "(none)".to_string();
    let mut out = String::new();
    let mut line = |s: String| {
        out.push_str(&s);
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
    let width = a.topics.iter().map(|t| t.label.chars().count()).max().unwrap_or(0);
    for t in &a.topics {
        let counts = [(t.quotes.len(), "quote"), (t.paragraphs.len(), "paragraph"), (t.red_lines, "red line")];
        line(format!("  {:width$}  {}", t.label, counts.map(|(n, what)| count(n, what)).join(", ")));
    }
    line(String::new());
    line(format!("Quotes ({})", a.quotes.len()));
    for q in &a.quotes {
        let speaker = q.speaker.as_deref().unwrap_or("(speaker unknown)");
        line(format!("  #{} ¶{} {speaker}", q.id, q.paragraph));
        let text = marked(q).replace("\r\n", " ").replace(['\n', '\r'], " ");
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
}
