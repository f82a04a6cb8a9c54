//! Fuzzes the analysis entry point: any bytes, read as (lossy) UTF-8 text, must analyse
//! without a panic, with every reported offset valid.
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
    }
    for h in &a.red_lines {
        assert_eq!(text.get(h.start..h.end), Some(h.text.as_str()));
    }
});
