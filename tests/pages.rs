//! Headlines, dates, captions and credits on invented pages saved as text and HTML, laid out as
//! news sites lay them out (`tests/inputs/pages/`, expectations in its `expected.json`): every
//! kind of page furniture and every date format the README lists.

use std::path::{Path, PathBuf};

use redline_analysis::{Analysis, Analyzer, DEFAULT_MAX_BYTES, Entry, Loaded, Source, SpeakerKind};
use serde_json::Value;

fn pages() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/inputs/pages")
}

fn analyze(file: &str) -> Analysis {
    let loaded = Loaded::read(&Entry::File(pages().join(file)), DEFAULT_MAX_BYTES).expect("page is readable");
    loaded.analyze(&Analyzer::bundled())
}

fn paragraphs(a: &Analysis) -> Vec<&str> {
    a.paragraphs.iter().map(|p| &a.text[p.start..p.end]).collect()
}

#[test]
fn every_page_has_its_headline_and_date() {
    let expected: Value =
        serde_json::from_str(&std::fs::read_to_string(pages().join("expected.json")).unwrap()).unwrap();
    let mut wrong = Vec::new();
    for page in expected.as_array().unwrap() {
        let file = page["file"].as_str().unwrap();
        let a = analyze(file);
        if a.title.as_deref() != page["title"].as_str() || a.date.as_deref() != page["date"].as_str() {
            wrong.push(format!("{file}: title {:?}, date {:?}", a.title, a.date));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn captions_credits_and_furniture_are_not_paragraphs() {
    for (file, furniture) in [
        ("news-id.txt", "News ID"),
        ("caption-pipe.txt", "Roosevelt Room"),
        ("caption-pipe.txt", "Alex Brandon"),
        ("caption-ap.txt", "AP Photo"),
        ("caption-reuters.txt", "REUTERS/"),
        ("bbc.txt", "security council in the capital"),
        ("bbc.txt", "Getty"),
        ("nyt.txt", "Credit"),
        ("guardian.txt", "GMT"),
        ("video-repeat.txt", "08:18"),
        ("read-time.txt", "Kremlin press service"),
        ("og-caption.html", "(Photo: Reuters)"),
        ("no-date.html", "Alex Brandon"),
    ] {
        let a = analyze(file);
        let paras = paragraphs(&a);
        assert!(!paras.is_empty(), "{file}: no body");
        assert!(paras.iter().all(|p| !p.contains(furniture)), "{file}: {furniture:?} in a paragraph: {paras:#?}");
    }
}

#[test]
fn people_of_a_caption_are_not_speakers() {
    // The caption names the only person of the page; its quotes must not be given to him.
    let a = analyze("og-caption.html");
    assert!(a.quotes.iter().all(|q| q.speaker.as_deref() != Some("Jaan Vell")), "{:#?}", a.quotes);
    let text = "Talks stall in Geneva\n\nForeign Minister Jaan Vell speaks to reporters. (AP Photo/Ann Roe)\n\n\
                \u{201C}We will not wait forever,\u{201D} the minister said at the end of a long day of talks.\n";
    let a = Analyzer::bundled().analyze(&Source::from_text("t.txt", text));
    assert_eq!(paragraphs(&a).len(), 1);
    // "the minister" stays a description: the caption's name is not taken for it
    assert_eq!(a.quotes[0].speaker.as_deref(), Some("the minister"));
    assert_eq!(a.quotes[0].speaker_kind, Some(SpeakerKind::Description));
}

#[test]
fn the_bundled_article_states_no_date() {
    let a = Analyzer::bundled().analyze(&Source::bundled());
    assert_eq!(a.date, None);
    let json = serde_json::to_value(&a).unwrap();
    assert_eq!(json["date"], Value::Null, "date is always in the JSON, null when not stated");
}

#[test]
fn a_short_quotation_after_the_headline_is_body_not_header() {
    let text = "Minister warns of grave consequences over border row\n\n“We will not yield,” Roe said.\n\n\
                The foreign minister spoke after talks in Geneva with her counterpart on Monday, officials said.\n";
    let a = Analyzer::bundled().analyze(&Source::from_text("short.txt", text));
    assert_eq!(a.title.as_deref(), Some("Minister warns of grave consequences over border row"));
    assert_eq!(paragraphs(&a).first().copied(), Some("“We will not yield,” Roe said."));
    assert_eq!(a.quotes.len(), 1);
    // a short line that quotes nobody is still a label of the header
    let text = "Minister warns of grave consequences over border row\n\nWorld news\n\n\
                The foreign minister spoke after talks in Geneva with her counterpart on Monday, officials said.\n";
    let a = Analyzer::bundled().analyze(&Source::from_text("label.txt", text));
    assert!(paragraphs(&a).first().is_some_and(|p| p.starts_with("The foreign minister")));
}
