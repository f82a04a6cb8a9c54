use super::*;

#[test]
fn bundled_lexicon_has_the_taxonomy() {
    let l = Lexicon::bundled();
    let tags: Vec<&str> = l.categories().iter().map(|c| c.tag.as_str()).collect();
    assert_eq!(tags, ["RL", "RF", "UL", "TH", "CP", "DM", "GR", "RS", "DE"]);
    assert!(l.booster.is_some() && l.escalation.is_some());
    assert_eq!(l.category("DE_ESCALATION").unwrap().negated.as_deref(), Some("REFUSAL"));
}

#[test]
fn malformed_json_says_line_and_column() {
    let e = Lexicon::from_json("{\n  \"categories\": [ }", "x.json").unwrap_err();
    assert_eq!((e.file.as_str(), e.line), ("x.json", 2));
    assert!(e.to_string().starts_with("x.json:2:"));
}

#[test]
fn literals_are_the_anchors_of_the_cues() {
    let src = r#"{"categories": [{"name": "T", "tag": "T", "severity": 3,
        "cues": ["(will|shall) not [ever] wait", "Don’t ... us", "(the|our) limit~ of (our|what we)"]}]}"#;
    let mut literals =
        Lexicon::from_json(src, "lex.json").unwrap().literals().iter().map(String::from).collect::<Vec<_>>();
    literals.sort();
    // of each, the run whose shortest literal is long enough and, of few literals, longest
    let mut expected = vec!["don't".to_string()];
    for w in ["will", "shall"] {
        expected.extend([format!("{w} not ever wait"), format!("{w} not wait")]);
    }
    for l in ["limit", "limits", "limited", "limiting"] {
        for d in ["the", "our"] {
            expected.extend([format!("{d} {l} of our"), format!("{d} {l} of what we")]);
        }
    }
    expected.sort();
    assert_eq!(literals, expected);
}

#[test]
fn classes_expand_in_patterns_and_topic_words_join_the_automaton() {
    let src = r#"{"classes": {"verb": ["stop~", "withdraw"]}, "topic_words": ["north korea"],
        "categories": [{"name": "T", "tag": "T", "severity": 3, "cues": ["@Name <must @verb>"]}]}"#;
    let l = Lexicon::from_json(src, "lex.json").unwrap();
    assert!(l.literals().iter().any(|l| l == "must stop"));
    assert!(l.literals().iter().any(|l| l == "north korea"));
    assert_eq!(l.cues()[0].before, [Item::Name(Default::default())]);
}

#[test]
fn domain_words_follow_the_topic_words_and_decide_an_article_by_their_counts() {
    use crate::redlines::sense::{Domain, DomainWords};
    let src = r#"{"topic_words": ["north korea"],
        "domains": {"other": ["season", "club"], "diplomatic": ["minister", "troops"], "least": 2, "whole": 3},
        "categories": [{"name": "T", "tag": "T", "severity": 3, "cues": ["must stop"]}]}"#;
    let l = Lexicon::from_json(src, "lex.json").unwrap();
    assert_eq!((l.topic_words, l.domains.other, l.domains.diplomatic), (1, 2, 2));
    assert_eq!((l.domains.least, l.domains.whole), (2, 3));
    let of = |text: &str| {
        let folded = crate::text::fold::Folded::new(text, 0);
        let hits = l.matcher.find_all(&folded);
        DomainWords::count(&l, std::iter::once((folded.text.as_str(), hits.as_slice()))).domain(&l)
    };
    assert_eq!(of("the club said the season was over"), Domain::Other);
    // too few, or no more than the diplomatic words, or inside other words
    assert_eq!(of("the club said"), Domain::Mixed);
    assert_eq!(of("the club minister said the season was over, the minister said"), Domain::Mixed);
    assert_eq!(of("the clubs said the seasons were over"), Domain::Mixed);
    // enough diplomatic words, and more than twice those of other domains
    assert_eq!(of("the minister said troops would stay, the minister said"), Domain::Diplomatic);
    assert_eq!(of("the minister said troops would stay, the minister told the club"), Domain::Diplomatic);
    assert_eq!(of("the minister said troops would stay, the minister told the club of the season"), Domain::Mixed);
    assert_eq!(of("the minister said the troops would stay"), Domain::Mixed);
    // more words of other domains, but enough diplomatic ones for a whole article: a dispute
    // between governments over a club's season is not another domain
    assert_eq!(of("the club, the season, the club, the season: the minister said troops, the minister"), Domain::Mixed);
    assert_eq!(of("the club, the season, the club, the season: the minister said troops"), Domain::Other);
}

#[test]
fn invalid_pattern_is_located() {
    let src = "{\"categories\": [\n {\"name\": \"T\", \"tag\": \"T\", \"severity\": 3,\n  \"cues\": [\"fine\", \"bad (x|y\"]}]}";
    let e = Lexicon::from_json(src, "lex.json").unwrap_err();
    assert_eq!((e.line, e.column), (3, 25));
    assert!(e.message.contains("never closed"), "{}", e.message);
}

#[test]
fn unknown_class_and_category_are_located() {
    let src =
        "{\"categories\": [\n {\"name\": \"T\", \"tag\": \"T\", \"severity\": 3,\n  \"cues\": [\"a @nothing\"]}]}";
    let e = Lexicon::from_json(src, "lex.json").unwrap_err();
    assert_eq!((e.line, e.column), (3, 15));
    assert!(e.message.contains("unknown class @nothing"), "{}", e.message);
    // a class is a whole alternative of a choice, never part of one (it would be read as letters)
    let src = r#"{"classes": {"actor": ["state"]}, "categories": [{"name": "T", "tag": "T", "severity": 3,
        "cues": ["<ready to work with> (@Name|the @actor)"]}]}"#;
    let e = Lexicon::from_json(src, "lex.json").unwrap_err();
    assert!(e.message.contains("a class stands alone"), "{}", e.message);
    let src = r#"{"categories": [{"name": "T", "tag": "T", "severity": 3, "negated": "NONE", "cues": []}]}"#;
    assert!(Lexicon::from_json(src, "lex.json").unwrap_err().message.contains("unknown category"));
}

#[test]
fn the_embedded_lexicon_is_a_fresh_compile_of_the_bundled_file() {
    let embedded = stored::from_bytes(BUNDLED_COMPILED).unwrap();
    assert_eq!(embedded, lexicon::compile_lexicon(BUNDLED_LEXICON, "assets/redlines.json").unwrap());
}
