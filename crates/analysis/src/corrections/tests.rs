use super::*;
use crate::{Analyzer, Source};

/// An invented article: quotes with red lines, a partial quote, a nested quote holding a hit.
const TEXT: &str = "Ministers trade warnings over NATO

“Our red line must not be crossed by NATO,” Anna Tarvo said on Monday.

Piet Saar called the plan a “red line” for NATO and added: “Sanctions must end by Friday or we will respond.”

“The door to talks stays open,” Saar said.

“She told us in Brussels ‘this is our red line’ and walked out,” Saar said.
";

fn analysis() -> Analysis {
    Analyzer::bundled().analyze(&Source::from_text("invented", TEXT))
}

fn range(a: &Analysis, words: &str) -> (usize, usize) {
    let q = a.quotes.iter().find(|q| q.text == words).unwrap_or_else(|| panic!("no quote {words}"));
    (q.start, q.end)
}

/// Ids 1..n in order; every red line points at the innermost quote holding it; every quote
/// lists the hits inside it, each pointing where the top-level hit points; topics hold ids
/// that exist and count the hits linked to them.
fn assert_consistent(a: &Analysis) {
    for (i, q) in a.quotes.iter().enumerate() {
        assert_eq!(q.id, i + 1);
        assert_eq!(&a.text[q.start..q.end], q.text);
    }
    for hit in &a.red_lines {
        let holders: Vec<_> = a.quotes.iter().filter(|q| q.start <= hit.start && hit.end <= q.end).collect();
        assert_eq!(hit.quote, holders.iter().max_by_key(|q| q.start).map(|q| q.id), "{}", hit.text);
        for q in holders {
            let inside = q.red_lines.iter().find(|h| h.start == hit.start && h.end == hit.end);
            assert_eq!(inside.map(|h| h.quote), Some(hit.quote), "{} in quote {}", hit.text, q.id);
        }
    }
    for t in &a.topics {
        assert!(t.quotes.iter().all(|id| a.quote(*id).is_some()), "{}", t.label);
        let linked = a.red_lines.iter().filter(|h| h.quote.is_some_and(|id| t.quotes.contains(&id))).count();
        assert_eq!(t.red_lines, linked, "{}", t.label);
    }
}

#[test]
fn the_fixture_is_consistent_before_any_correction() {
    let a = analysis();
    assert_consistent(&a);
    assert!(a.quotes.iter().any(|q| q.kind == crate::QuoteKind::Nested && !q.red_lines.is_empty()));
}

#[test]
fn a_speaker_set_by_hand_replaces_the_analysis_and_is_marked_corrected() {
    let mut a = analysis();
    let (start, end) = range(&a, "The door to talks stays open,");
    let mut c = Corrections::new();
    c.set(start, end, Correction::Speaker("Anna Tarvo".into()));
    let applied = c.apply(&mut a);
    assert_eq!(applied, Applied { speakers: 1, dismissed: 0, unmatched: 0 });
    let q = a.quotes.iter().find(|q| q.start == start).unwrap();
    assert_eq!(q.speaker.as_deref(), Some("Anna Tarvo"));
    assert_eq!(q.speaker_kind, Some(SpeakerKind::Person));
    assert!(q.corrected);
    assert_eq!((q.speaker_basis, q.speaker_span), (None, None));
    assert_eq!(a.quotes.iter().filter(|q| q.corrected).count(), 1);
    assert_consistent(&a);
}

#[test]
fn corrected_shows_in_json_only_when_true() {
    let mut a = analysis();
    let plain = crate::to_json(&a, false);
    assert!(!plain.contains("corrected"));
    let (start, end) = range(&a, "The door to talks stays open,");
    let mut c = Corrections::new();
    c.set(start, end, Correction::Speaker("Ulla Berg".into()));
    c.apply(&mut a);
    let json = crate::to_json(&a, false);
    assert_eq!(json.matches("\"corrected\":true").count(), 1, "{json}");
    let back: Analysis = serde_json::from_str(&json).unwrap();
    assert!(back.quotes.iter().any(|q| q.corrected && q.speaker.as_deref() == Some("Ulla Berg")));
}

#[test]
fn a_dismissed_quote_is_left_out_and_the_links_follow() {
    let mut a = analysis();
    let before = a.quotes.len();
    let mut c = Corrections::new();
    let (start, end) = range(&a, "red line");
    c.set(start, end, Correction::NotAQuote);
    let applied = c.apply(&mut a);
    assert_eq!(applied.dismissed, 1);
    assert_eq!(a.quotes.len(), before - 1);
    assert!(a.quotes.iter().all(|q| q.text != "red line"));
    // the hit it held is in no quote now; the others moved down one id
    let hit = a.red_lines.iter().find(|h| h.start == start).unwrap();
    assert_eq!(hit.quote, None);
    assert_consistent(&a);
}

#[test]
fn dismissing_a_nested_quote_links_its_hit_to_the_quote_around_it() {
    let mut a = analysis();
    let nested = a.quotes.iter().find(|q| q.kind == crate::QuoteKind::Nested).unwrap().clone();
    let outer = a.quotes.iter().find(|q| q.start < nested.start && nested.end <= q.end).unwrap().clone();
    let mut c = Corrections::new();
    c.set(nested.start, nested.end, Correction::NotAQuote);
    c.apply(&mut a);
    let hit = a.red_lines.iter().find(|h| nested.start <= h.start && h.end <= nested.end).unwrap();
    let outer_now = a.quotes.iter().find(|q| q.start == outer.start).unwrap();
    assert_eq!(hit.quote, Some(outer_now.id));
    assert_consistent(&a);
}

#[test]
fn apply_speakers_keeps_dismissed_quotes() {
    let mut a = analysis();
    let n = a.quotes.len();
    let mut c = Corrections::new();
    let (start, end) = range(&a, "red line");
    c.set(start, end, Correction::NotAQuote);
    c.apply_speakers(&mut a);
    assert_eq!(a.quotes.len(), n);
    assert!(c.is_dismissed(start, end));
}

#[test]
fn corrections_of_ranges_no_quote_has_change_nothing() {
    let mut a = analysis();
    let original = a.clone();
    let mut c = Corrections::new();
    c.set(1, 5, Correction::NotAQuote);
    c.set(2, 9, Correction::Speaker("Nobody".into()));
    assert_eq!(c.apply(&mut a), Applied { speakers: 0, dismissed: 0, unmatched: 2 });
    assert_eq!(a, original);
}

#[test]
fn an_organisation_named_elsewhere_keeps_its_kind() {
    let text =
        "Talks stall\n\n“We will respond,” NATO said in a statement on Monday.\n\n“Nothing changes,” an aide said.\n";
    let mut a = Analyzer::bundled().analyze(&Source::from_text("invented", text));
    assert_eq!(a.quotes[0].speaker_kind, Some(SpeakerKind::Organisation), "{:?}", a.quotes[0]);
    let name = a.quotes[0].speaker.clone().unwrap();
    let mut c = Corrections::new();
    c.set(a.quotes[1].start, a.quotes[1].end, Correction::Speaker(name));
    c.apply(&mut a);
    assert_eq!(a.quotes[1].speaker_kind, Some(SpeakerKind::Organisation));
}

#[test]
fn json_round_trip() {
    let mut c = Corrections::new();
    c.set(40, 70, Correction::Speaker("Ada “Q” Brin".into()));
    c.set(3, 9, Correction::NotAQuote);
    let json = c.to_json();
    assert!(json.starts_with("{\n  \"version\": 1,"), "{json}");
    assert_eq!(Corrections::from_json(&json), Ok(c.clone()));
    // text order in the file
    assert!(json.find("\"start\": 3").unwrap() < json.find("\"start\": 40").unwrap());
    assert_eq!(Corrections::from_json(&Corrections::new().to_json()), Ok(Corrections::new()));
}

#[test]
fn another_version_is_refused_before_its_contents_are_read() {
    let err = Corrections::from_json(r#"{"version": 2, "anything": []}"#).unwrap_err();
    assert_eq!(err, CorrectionsError::Version { found: 2 });
    assert_eq!(err.to_string(), "version 2, but this redline reads version 1");
    let err = Corrections::from_json(r#"{"version": "one", "corrections": []}"#).unwrap_err();
    assert_eq!(err, CorrectionsError::Version { found: 0 });
}

#[test]
fn broken_documents_say_why_in_one_line() {
    for (json, says) in [
        ("", "not a corrections file"),
        ("{\"corrections\": []}", "no \"version\""),
        ("[1, 2]", "no \"version\""),
        (r#"{"version": 1, "corrections": [{"start": 5, "end": 5, "not_a_quote": true}]}"#, "entry 0: start"),
        (r#"{"version": 1, "corrections": [{"start": 1, "end": 5}]}"#, "entry 0: neither"),
        (r#"{"version": 1, "corrections": [{"start": 1, "end": 5, "speaker": " "}]}"#, "entry 0: empty speaker"),
        (r#"{"version": 1, "corrections": [{"start": 1, "end": 5, "speaker": "A", "not_a_quote": true}]}"#, "both"),
        (r#"{"version": 1, "corrections": [{"start": 1, "end": 5, "who": "A"}]}"#, "unknown field"),
    ] {
        let err = Corrections::from_json(json).unwrap_err().to_string();
        assert!(err.contains(says), "{json}: {err}");
        assert!(!err.contains('\n'), "{err}");
    }
}
