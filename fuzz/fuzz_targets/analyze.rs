//! Fuzzes the analysis entry point: any bytes, read as (lossy) UTF-8 text, must analyse
//! without a panic, with every reported offset valid (quotes, speaker spans, red lines).
#![no_main]

use libfuzzer_sys::fuzz_target;
use redline_analysis::{Analyzer, Source};
use std::sync::OnceLock;

static ANALYZER: OnceLock<Analyzer> = OnceLock::new();

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data).into_owned();
    let analyzer = ANALYZER.get_or_init(Analyzer::bundled);
    let a = analyzer.analyze(&Source::from_text("fuzz", text.clone()));
    for q in &a.quotes {
        assert_eq!(text.get(q.start..q.end), Some(q.text.as_str()));
        let p = a.paragraph(q.paragraph).expect("paragraph of a quote");
        assert!(p.start <= q.start && q.end <= p.end);
        // the speaker fields are set together, and the span is a range of the text
        assert_eq!(q.speaker.is_some(), q.speaker_span.is_some());
        if let Some(span) = q.speaker_span {
            assert!(text.get(span.start..span.end).is_some_and(|s| !s.is_empty()));
        }
    }
    for h in &a.red_lines {
        assert_eq!(text.get(h.start..h.end), Some(h.text.as_str()));
    }
});
