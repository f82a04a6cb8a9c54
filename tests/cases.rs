//! The whole analysis on short invented articles, one tricky case each: every expected value
//! below was read off the invented text by a person.

use redline_analysis::{Analysis, Analyzer, QuoteKind, Source, SpeakerBasis, SpeakerKind};

fn analyze(text: &str) -> Analysis {
    Analyzer::bundled().analyze(&Source::from_text("case.txt", text))
}

fn quote_texts(a: &Analysis) -> Vec<&str> {
    a.quotes.iter().map(|q| q.text.as_str()).collect()
}

fn speaker(a: &Analysis, quote: &str) -> (Option<String>, Option<SpeakerBasis>) {
    let q = a.quotes.iter().find(|q| q.text == quote).unwrap_or_else(|| panic!("no quote {quote:?}"));
    (q.speaker.clone(), q.speaker_basis)
}

const ARTICLE: &str = "World\n\n\
Vell: talks on the border will not go on forever\n\n\
By Mara Quist\n\n\
TALLINN (BNS): Foreign Minister Jaan Vell told reporters on Tuesday that the country had run out of patience with its neighbour.\n\
\u{201C}We have offered talks three times, \u{201C}he said. \u{201C}We will not wait forever.\u{201D}\n\
Vell urged Brussels not to \u{201C}look away\u{201D} and said the Eur-opean Union\u{2019}s silence was \u{201C}simply absurd.\u{201D}\n\
The opposition leader, Kadri Saar, disagreed: \u{201C}There are no red lines here, and we are not threatening anyone.\u{201D}\n\
\u{201C}Our doors are open, and the Narva Forum remains the place for it,\u{201D} Saar added.\n\
\u{201C}If the troops stay, there will be grave consequences, and we demand an answer within 10 days.\n\
\u{201C}That is the last word on it, \u{201D} the minister said.\n\
The Narva Forum will meet on Friday.\n\n\
About the author\n\nMara Quist covers the region.\n";

#[test]
fn structure_of_an_invented_article() {
    let a = analyze(ARTICLE);
    assert_eq!(a.title.as_deref(), Some("Vell: talks on the border will not go on forever"));
    assert_eq!(a.byline.as_deref(), Some("Mara Quist"));
    assert_eq!(a.dateline.as_deref(), Some("TALLINN (BNS)"));
    assert_eq!(a.paragraphs.len(), 8);
    assert!(!a.quotes.iter().any(|q| q.text.contains("covers the region")));
}

#[test]
fn quotes_with_misused_marks_and_continuations() {
    let a = analyze(ARTICLE);
    assert_eq!(
        quote_texts(&a),
        [
            "We have offered talks three times,",
            "We will not wait forever.",
            "look away",
            "simply absurd.",
            "There are no red lines here, and we are not threatening anyone.",
            "Our doors are open, and the Narva Forum remains the place for it,",
            "If the troops stay, there will be grave consequences, and we demand an answer within 10 days.",
            "That is the last word on it,",
        ]
    );
    let kinds: Vec<QuoteKind> = a.quotes.iter().map(|q| q.kind).collect();
    assert_eq!(kinds[2], QuoteKind::Partial);
    assert_eq!(kinds[3], QuoteKind::Partial);
    assert_eq!(kinds[4], QuoteKind::Full);
    for q in &a.quotes {
        assert_eq!(&ARTICLE[q.start..q.end], q.text);
    }
}

#[test]
fn speakers_by_cue_pronoun_role_and_continuation() {
    let a = analyze(ARTICLE);
    let vell = Some("Jaan Vell".to_string());
    let saar = Some("Kadri Saar".to_string());
    assert_eq!(speaker(&a, "We have offered talks three times,"), (vell.clone(), Some(SpeakerBasis::Pronoun)));
    // the same paragraph shares its attribution
    assert_eq!(speaker(&a, "We will not wait forever.").0, vell);
    // a surname resolves to the full name seen earlier
    assert_eq!(speaker(&a, "look away"), (vell.clone(), Some(SpeakerBasis::Cue)));
    assert_eq!(
        speaker(&a, "There are no red lines here, and we are not threatening anyone."),
        (saar.clone(), Some(SpeakerBasis::Cue))
    );
    assert_eq!(
        speaker(&a, "Our doors are open, and the Narva Forum remains the place for it,"),
        (saar.clone(), Some(SpeakerBasis::Cue))
    );
    // "the minister" is the last person named as a minister, not the last person named;
    // the quote it continues shares the attribution
    let continued = "If the troops stay, there will be grave consequences, and we demand an answer within 10 days.";
    assert_eq!(speaker(&a, "That is the last word on it,"), (vell.clone(), Some(SpeakerBasis::Pronoun)));
    assert_eq!(speaker(&a, continued), (vell, Some(SpeakerBasis::Pronoun)));
}

#[test]
fn red_lines_respect_negation_and_escalate() {
    let a = analyze(ARTICLE);
    let find = |phrase: &str| a.red_lines.iter().find(|h| h.text == phrase);
    assert!(a.red_lines.iter().all(|h| !h.text.eq_ignore_ascii_case("red lines")), "negated red line reported");
    assert!(a.red_lines.iter().all(|h| !h.text.contains("threatening")), "negated threat reported");
    assert_eq!(find("run out of patience").map(|h| h.category.as_str()), Some("THREAT"));
    assert_eq!(find("will not wait forever").map(|h| h.quote), Some(Some(2)));
    assert_eq!(find("absurd").map(|h| h.tag.as_str()), Some("GR"));
    // demand + threat + deadline in one sentence: the deadline is at the top of the scale
    assert_eq!(find("within 10 days").map(|h| h.severity), Some(5));
    let threat = a.red_lines.iter().find(|h| h.text.contains("grave consequences"));
    assert_eq!(threat.map(|h| h.category.as_str()), Some("THREAT"));
    for h in &a.red_lines {
        assert_eq!(&ARTICLE[h.start..h.end], h.text);
    }
}

#[test]
fn topics_from_gazetteer_and_recurring_names() {
    let a = analyze(ARTICLE);
    let topic = |label: &str| a.topics.iter().find(|t| t.label == label);
    let eu = topic("European Union").expect("hyphenated, possessive EU mention");
    assert_eq!(eu.quotes, [3, 4]);
    let council = topic("Narva Forum").expect("a recurring name the gazetteer lacks");
    assert_eq!(council.paragraphs, [5, 8]);
    assert!(topic("Kadri Saar").is_some(), "a recurring person other than the main speaker");
    assert!(topic("Jaan Vell").is_none(), "the main speaker is not a topic");
    let counts: Vec<usize> = a.topics.iter().map(|t| t.quotes.len()).collect();
    assert!(counts.windows(2).all(|w| w[0] >= w[1]), "most quoted first: {counts:?}");
}

#[test]
fn british_single_quotes_and_apostrophes() {
    let t = "The envoy\u{2019}s line was firm. \u{2018}We shan\u{2019}t move, and the \u{201C}offer\u{201D} is off,\u{2019} said Ada Brin, the envoy.";
    let a = analyze(t);
    assert_eq!(quote_texts(&a), ["We shan\u{2019}t move, and the \u{201C}offer\u{201D} is off,", "offer"]);
    assert_eq!(a.quotes[1].kind, QuoteKind::Nested);
    assert_eq!(a.quotes[1].speaker, None);
    assert_eq!(speaker(&a, a.quotes[0].text.as_str()), (Some("Ada Brin".into()), Some(SpeakerBasis::Cue)));
}

#[test]
fn no_people_no_speaker() {
    let a = analyze("The ministry published a statement on its website: \u{201C}Talks are over.\u{201D}");
    assert_eq!(a.quotes.len(), 1);
    assert_eq!(a.quotes[0].speaker, None);
    assert_eq!(a.quotes[0].speaker_basis, None);
}

#[test]
fn json_contract_names() {
    let a = analyze(ARTICLE);
    let v = serde_json::to_value(&a).unwrap();
    for key in ["source", "title", "byline", "dateline", "paragraphs", "quotes", "topics", "red_lines"] {
        assert!(v.get(key).is_some(), "missing {key}");
    }
    let q = &v["quotes"][0];
    for key in ["id", "text", "start", "end", "paragraph", "kind", "speaker", "speaker_basis", "topics", "red_lines"] {
        assert!(q.get(key).is_some(), "quote misses {key}");
    }
    let h = &v["red_lines"][0];
    for key in ["text", "start", "end", "category", "severity", "cue", "quote"] {
        assert!(h.get(key).is_some(), "red line misses {key}");
    }
    assert!(v.get("text").is_none(), "plain-text input does not repeat its text");
}

#[test]
fn parts_of_gazetteer_names_are_not_entities() {
    let a = analyze(
        "The talks with the United States went on. Oslo said the United States \u{201C}will not wait\u{201D}.\n\
         Later the United States and the Narva Forum met, and the Narva Forum agreed.",
    );
    let labels: Vec<&str> = a.topics.iter().map(|t| t.label.as_str()).collect();
    assert!(labels.contains(&"United States"), "{labels:?}");
    assert!(labels.contains(&"Narva Forum"), "{labels:?}");
    assert!(!labels.iter().any(|l| *l == "United" || *l == "States"), "{labels:?}");
}

#[test]
fn unnamed_sources_are_described_speakers_not_the_main_one() {
    let t = "Envoy Ada Brin spoke on Monday about the state of the long border talks.\n\
             \u{201C}We are close,\u{201D} Brin said.\n\
             A Western diplomat said the mood was \u{201C}grim.\u{201D} The diplomat added that talks were \u{201C}stuck.\u{201D}\n\
             \u{201C}No deal yet,\u{201D} officials said.";
    let a = analyze(t);
    assert_eq!(speaker(&a, "We are close,").0.as_deref(), Some("Ada Brin"));
    // unnamed speakers are described by their own words; nobody was introduced as a
    // diplomat, so "the diplomat" stays a description too
    for (q, who) in [("grim.", "A Western diplomat"), ("stuck.", "The diplomat"), ("No deal yet,", "officials")] {
        let quote = a.quotes.iter().find(|x| x.text == q).expect("the quote");
        assert_eq!(quote.speaker.as_deref(), Some(who), "{q}");
        assert_eq!(quote.speaker_kind, Some(SpeakerKind::Description), "{q}");
        assert_eq!(quote.speaker_basis, Some(SpeakerBasis::Cue), "{q}");
        let span = quote.speaker_span.expect("a span");
        assert_eq!(&t[span.start..span.end], who);
    }
}

#[test]
fn the_bulk_analyzer_gives_the_same_analysis() {
    let normal = Analyzer::bundled();
    let bulk = normal.for_bulk();
    let shared = normal.for_articles(10);
    for source in [Source::bundled(), Source::from_text("case.txt", ARTICLE)] {
        assert_eq!(bulk.analyze(&source), normal.analyze(&source));
        assert_eq!(shared.analyze(&source), normal.analyze(&source));
    }
}
