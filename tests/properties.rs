//! Any text at all: generated texts rich in quote marks, apostrophes, dashes, elisions, line
//! ends, combining marks, emoji and zero-width characters, or in attributions whose subjects
//! refer to one another, never make the analysis panic or exhaust its stack, and every offset
//! it reports is valid.

use std::sync::LazyLock;

use proptest::prelude::*;
use redline_analysis::{Analysis, Analyzer, Source, SpeakerKind};

/// Pieces that hostile real-world text is made of.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => "[A-Za-z]{1,9}",
        2 => Just(" ".to_string()),
        1 => prop::sample::select(vec![
            "\u{201C}", "\u{201D}", "\"", "\u{2018}", "\u{2019}", "'", "\u{AB}", "\u{BB}", "\u{201E}", "\u{201A}",
            "\u{2039}", "\u{203A}", "-", "\u{2013}", "\u{2014}", "\u{2011}", "\u{AD}", "<\u{2026}>", "[x]", "\u{2026}",
            "\n", "\r\n", "\n\n", "\u{301}", "\u{1F600}", "\u{200B}", "\u{200D}", "\u{FEFF}", ".", ",", ":", "?",
            "\t", "\u{A0}", "MOSCOW (TASS): ", "By ", "said", " he said", "Mr", "NATO", "Eur-opean Union",
            "red line", "will not wait", "not", "within 3 days", "\u{0}", "\u{7}", "Maria Roe", " officials said",
            "Sen. ", "KOVAC: ", " \u{2015} ", "according to ", "the Kremlin", "''", "Iran-backed", "won\u{2019}t tolerate",
            "military\u{2013}technical", "sanc\u{AD}tions",
        ])
        .prop_map(str::to_string),
    ]
}

fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(piece(), 0..160).prop_map(|v| v.concat())
}

/// Paragraphs of attributions whose subjects refer to one another: documents, bodies named
/// by their kind, pronouns (each `she` read through the one before when nobody else is her
/// antecedent), the quotes they speak (`The letter, signed by the letter, says
/// “No.”`, `In a statement, the statement said “Yes,”`).
fn attributions() -> impl Strategy<Value = String> {
    let word = prop::sample::select(vec![
        "The letter",
        "the letter",
        "The statement",
        "the statement",
        "the note",
        "The report",
        "It",
        "it",
        "He",
        "he",
        "She",
        "she",
        "The group",
        "the group",
        "The company",
        "the company",
        "the ministry",
        "the bloc",
        "the agency",
        "The Arakan Army",
        "Russia",
        "a spokesman",
        "the spokesman",
        "Jane Roe",
        "Roe",
        "said",
        "says",
        "added",
        "wrote",
        "told reporters",
        "signed by",
        ", signed by",
        "was signed by",
        ", dated May 2,",
        "according to",
        "In a statement,",
        "in a statement",
        "\u{201C}We will not stop,\u{201D}",
        "\u{201C}No.\u{201D}",
        "\u{201C}Yes,\u{201D}",
    ]);
    let paragraph = prop::collection::vec(word, 2..12).prop_map(|w| w.join(" ") + ".");
    prop::collection::vec(paragraph, 1..5).prop_map(|p| p.join("\n\n"))
}

fn check(text: &str, a: &Analysis) {
    let ok = |s: usize, e: usize| s <= e && e <= text.len() && text.is_char_boundary(s) && text.is_char_boundary(e);
    for p in &a.paragraphs {
        assert!(ok(p.start, p.end));
    }
    for q in &a.quotes {
        assert!(ok(q.start, q.end), "quote offsets {}..{}", q.start, q.end);
        assert_eq!(&text[q.start..q.end], q.text);
        let p = a.paragraph(q.paragraph).expect("quote paragraph exists");
        assert!(p.start <= q.start && q.end <= p.end, "quote crosses its paragraph");
        assert_eq!(q.speaker.is_some(), q.speaker_basis.is_some());
        assert_eq!(q.speaker.is_some(), q.speaker_kind.is_some());
        assert_eq!(q.speaker.is_some(), q.speaker_span.is_some());
        if let Some(span) = q.speaker_span {
            assert!(ok(span.start, span.end) && span.start < span.end, "speaker span {}..{}", span.start, span.end);
        }
        if q.speaker_kind != Some(SpeakerKind::Person)
            && let (Some(name), Some(span)) = (&q.speaker, q.speaker_span)
        {
            assert_eq!(&text[span.start..span.end], name, "a named speaker is its mention");
        }
    }
    for h in a.red_lines.iter().chain(a.quotes.iter().flat_map(|q| &q.red_lines)) {
        assert!(ok(h.start, h.end));
        assert_eq!(&text[h.start..h.end], h.text);
        assert!(h.severity <= 5);
        if let Some(id) = h.quote {
            let q = a.quote(id).expect("linked quote exists");
            assert!(q.start <= h.start && h.end <= q.end);
        }
    }
    for t in &a.topics {
        assert!(t.quotes.iter().all(|id| a.quote(*id).is_some()));
        assert!(t.paragraphs.iter().all(|p| a.paragraph(*p).is_some()));
    }
    assert!(a.quotes.windows(2).all(|w| w[0].start <= w[1].start));
}

/// The analyzer of one article (an automaton over the cues that can occur in each text,
/// searched after the text is folded), that of many (one automaton over every cue, built
/// once and fed each text as it is folded) and that of a thousand or more (the same as a DFA).
static ONE: LazyLock<Analyzer> = LazyLock::new(Analyzer::bundled);
static MANY: LazyLock<Analyzer> = LazyLock::new(|| ONE.for_articles(10).into_owned());
static BULK: LazyLock<Analyzer> = LazyLock::new(|| ONE.for_articles(1_000).into_owned());

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn never_panics_and_offsets_are_valid(t in text()) {
        let a = Analyzer::bundled().analyze(&Source::from_text("prop", t.clone()));
        check(&t, &a);
    }

    #[test]
    fn the_automaton_of_one_article_finds_what_the_shared_ones_find(t in text()) {
        let source = Source::from_text("prop", t);
        let one = ONE.analyze(&source);
        prop_assert_eq!(&one, &MANY.analyze(&source));
        prop_assert_eq!(&one, &BULK.analyze(&source));
    }

    #[test]
    fn attributions_that_refer_to_one_another_end(t in attributions()) {
        let a = Analyzer::bundled().analyze(&Source::from_text("prop", t.clone()));
        check(&t, &a);
    }

    #[test]
    fn any_unicode_at_all(t in "\\PC{0,300}") {
        let a = Analyzer::bundled().analyze(&Source::from_text("prop", t.clone()));
        check(&t, &a);
    }
}
