//! Huge inputs, generated here: a 20 MB text that is one line, and 200,000 short paragraphs.
//! The analysis must finish (in a few seconds in release builds: see the benchmarks; no
//! timing is asserted here) with valid offsets.

use redline_analysis::{Analyzer, Source};

/// A paragraph with quotes, a speaker and red lines, invented for these tests.
const PARAGRAPH: &str = "Minister Ada Brin said: \u{201C}We will not wait forever, and these are red lines,\u{201D} \
                         she added, while the EU and NATO \u{201C}noted\u{201D} the Eur-opean position.";

#[test]
fn twenty_megabytes_on_one_line() {
    let mut text = String::with_capacity(20_000_000 + PARAGRAPH.len());
    while text.len() < 20_000_000 {
        text.push_str(PARAGRAPH);
        text.push(' ');
    }
    let copies = text.matches(PARAGRAPH).count();
    let a = Analyzer::bundled().analyze(&Source::from_text("one-line", text.clone()));
    assert_eq!(a.paragraphs.len(), 1);
    assert_eq!(a.quotes.len(), copies * 2);
    let last = a.quotes.last().unwrap();
    assert_eq!(&text[last.start..last.end], last.text);
    assert!(a.red_lines.len() >= copies * 2);
}

#[test]
fn two_hundred_thousand_paragraphs() {
    let lines: Vec<String> =
        (0..200_000).map(|i| format!("Item {i}: \u{201C}we will respond\u{201D}, Brin said.")).collect();
    let text = lines.join("\n");
    let a = Analyzer::bundled().analyze(&Source::from_text("many", text.clone()));
    assert_eq!(a.paragraphs.len(), 200_000);
    assert_eq!(a.quotes.len(), 200_000);
    let q = &a.quotes[199_999];
    assert_eq!(q.paragraph, 200_000);
    assert_eq!(&text[q.start..q.end], "we will respond");
}
