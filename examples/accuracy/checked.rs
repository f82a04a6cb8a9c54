//! Misses a person checked by hand: `checked.tsv` says, for a gold quote whose speaker redline
//! got "wrong", whether a careful reader of the article found redline's speaker or the gold's to
//! be the one who spoke. PolNeAR's gold speaker of a pronoun comes from CoreNLP's coreference
//! chain, and quoted titles or terms get a speaker too, so some "misses" are gold errors.
//!
//! Each line: split, article stem, quote start, quote end (bytes), the byte range of redline's
//! `speaker_span` when the check was made (`-` when it had none), and the verdict: `redline`
//! (redline named the true speaker, the gold did not, or nobody spoke and redline named no
//! one), `both` (both name the true speaker in different words), `gold`, or `neither`. A
//! verdict holds only while redline still names its speaker from the same span: after a change,
//! a miss whose span moved is unchecked again. No article text is stored.

use std::collections::HashMap;

/// The checked misses, by (split, stem, quote start, quote end, redline's speaker span).
pub(crate) struct Checked(HashMap<(String, String, usize, usize, String), Verdict>);

#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Verdict {
    /// A reader found redline's speaker the true one (`redline` or `both`).
    RedlineRight,
    /// A reader found redline's speaker wrong (`gold` or `neither`).
    RedlineWrong,
}

const CHECKED: &str = include_str!("checked.tsv");

impl Checked {
    pub(crate) fn bundled() -> Checked {
        let mut map = HashMap::new();
        for (n, line) in CHECKED.lines().enumerate().filter(|(_, l)| !l.starts_with('#') && !l.trim().is_empty()) {
            let f: Vec<&str> = line.split('\t').collect();
            let bad = || panic!("checked.tsv:{}: expected 6 tab-separated fields with a known verdict", n + 1);
            let [split, stem, start, end, span, verdict] = f[..] else { bad() };
            let verdict = match verdict {
                "redline" | "both" => Verdict::RedlineRight,
                "gold" | "neither" => Verdict::RedlineWrong,
                _ => bad(),
            };
            let (Ok(start), Ok(end)) = (start.parse(), end.parse()) else { bad() };
            map.insert((split.to_string(), stem.to_string(), start, end, span.to_string()), verdict);
        }
        Checked(map)
    }

    /// The verdict on this miss, if it was checked with redline's speaker from `span`.
    pub(crate) fn verdict(&self, split: &str, stem: &str, quote: (usize, usize), span: &str) -> Option<Verdict> {
        self.0.get(&(split.to_string(), stem.to_string(), quote.0, quote.1, span.to_string())).copied()
    }
}

/// redline's speaker span as `checked.tsv` writes it: `start-end`, or `-` without one.
pub(crate) fn span_key(q: &serde_json::Value) -> String {
    match (q["speaker_span"]["start"].as_u64(), q["speaker_span"]["end"].as_u64()) {
        (Some(s), Some(e)) => format!("{s}-{e}"),
        _ => "-".to_string(),
    }
}
