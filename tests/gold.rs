//! The bundled article against the hand-checked truth in
//! `../shared/fixtures/article.gold.json`: quotes with their exact boundaries, kinds and
//! speakers, topics and red lines. The expectations are read from the gold file, never
//! copied into the code.

use std::path::PathBuf;

use redline_analysis::{Analysis, Analyzer, Source};
use serde_json::Value;

fn fixtures() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/fixtures")
}

fn gold() -> Value {
    let text = std::fs::read_to_string(fixtures().join("article.gold.json")).expect("gold file is readable");
    serde_json::from_str(&text).expect("gold file is JSON")
}

fn analysis() -> Analysis {
    Analyzer::bundled().analyze(&Source::bundled())
}

fn str_of<'a>(v: &'a Value, key: &str) -> &'a str {
    v[key].as_str().unwrap_or_else(|| panic!("gold field {key} is a string"))
}

/// The analysed quote matching a gold quote: same range, same text, or an accepted text.
fn matching<'a>(a: &'a Analysis, g: &Value) -> Option<&'a redline_analysis::Quote> {
    let accepted: Vec<&str> = g["accept"].as_array().into_iter().flatten().filter_map(Value::as_str).collect();
    let start = g["start"].as_u64().map(|s| s as usize);
    a.quotes.iter().find(|q| {
        Some(q.start) == start && q.text == str_of(g, "text")
            || (q.text == str_of(g, "text") && start.is_none())
            || accepted.contains(&q.text.as_str())
    })
}

#[test]
fn bundled_article_is_the_fixture_byte_for_byte() {
    let fixture = std::fs::read(fixtures().join("article.txt")).unwrap();
    assert_eq!(Source::bundled().text.as_bytes(), &fixture[..]);
}

#[test]
fn structure_matches_gold() {
    let (a, g) = (analysis(), gold());
    assert_eq!(a.title.as_deref(), Some(str_of(&g, "title")));
    assert_eq!(a.byline.as_deref(), Some(str_of(&g, "byline")));
    assert_eq!(a.dateline.as_deref(), Some(str_of(&g, "dateline")));
    let body = &a.text[a.paragraphs[0].start..a.paragraphs.last().unwrap().end];
    assert!(!body.contains("About the author"), "page chrome is kept out of the body");
}

#[test]
fn every_gold_quote_is_found_with_its_kind_and_speaker() {
    let (a, g) = (analysis(), gold());
    for gq in g["quotes"].as_array().unwrap() {
        if gq["optional"].as_bool() == Some(true) {
            continue;
        }
        let q = matching(&a, gq).unwrap_or_else(|| panic!("gold quote {} not found: {}", gq["id"], gq["text"]));
        assert_eq!(&a.text[q.start..q.end], q.text, "offsets of quote {}", q.id);
        assert_eq!(q.speaker.as_deref(), gq["speaker"].as_str(), "speaker of {:?}", q.text);
        if q.text == str_of(gq, "text") {
            assert_eq!(serde_json::to_value(q.kind).unwrap(), gq["kind"], "kind of {:?}", q.text);
        }
    }
}

#[test]
fn no_quote_outside_the_gold() {
    let (a, g) = (analysis(), gold());
    let gold_quotes = g["quotes"].as_array().unwrap();
    for q in &a.quotes {
        let known = gold_quotes.iter().any(|gq| matching(&a, gq).is_some_and(|m| m.id == q.id));
        assert!(known, "quote {} is not in the gold: {:?}", q.id, q.text);
    }
}

#[test]
fn gold_topics_hold_their_quotes() {
    let (a, g) = (analysis(), gold());
    for gt in g["topics"].as_array().unwrap() {
        let words: Vec<&str> = gt["label_any"].as_array().unwrap().iter().filter_map(Value::as_str).collect();
        let topics: Vec<_> = a.topics.iter().filter(|t| words.iter().any(|w| t.label.contains(w))).collect();
        assert!(!topics.is_empty(), "no topic labelled like {words:?}");
        for phrase in gt["must_include"].as_array().unwrap().iter().filter_map(Value::as_str) {
            let q = a
                .quotes
                .iter()
                .find(|q| q.text.contains(phrase))
                .unwrap_or_else(|| panic!("no quote holds {phrase:?}"));
            assert!(topics.iter().any(|t| t.quotes.contains(&q.id)), "quote {:?} is under none of {words:?}", q.text);
        }
    }
}

#[test]
fn every_gold_red_line_is_overlapped_by_a_hit() {
    let (a, g) = (analysis(), gold());
    for phrase in g["red_lines"].as_array().unwrap().iter().filter_map(Value::as_str) {
        let places: Vec<usize> = a.text.match_indices(phrase).map(|(i, _)| i).collect();
        assert!(!places.is_empty(), "gold red line {phrase:?} is not in the text");
        for start in places {
            let end = start + phrase.len();
            assert!(
                a.red_lines.iter().any(|h| h.start < end && start < h.end),
                "gold red line {phrase:?} at {start} has no hit"
            );
        }
    }
    for h in &a.red_lines {
        assert_eq!(&a.text[h.start..h.end], h.text);
        assert!(h.severity <= 5);
    }
}

#[test]
fn main_speaker_is_the_gold_one() {
    let (a, g) = (analysis(), gold());
    let main = str_of(&g, "main_speaker");
    let by_main: Vec<_> =
        a.quotes.iter().filter(|q| q.speaker_basis == Some(redline_analysis::SpeakerBasis::MainSpeaker)).collect();
    assert!(!by_main.is_empty());
    assert!(by_main.iter().all(|q| q.speaker.as_deref() == Some(main)));
}
