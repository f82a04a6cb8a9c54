//! The learned red-line model (`redlines::learned`) in the whole analysis, on invented text:
//! it reads the quotes of a diplomatic article for the red lines no cue spells out, and
//! nothing else; `--model` replaces it or turns it off.

use redline_analysis::{Analyzer, RedLine, RedLineModel, Source};

/// A diplomatic article (its words tell the domain) whose quote says, in words no cue of the
/// lexicon spells out, that talks stay possible; the reporter says the same words again.
const ARTICLE: &str = "Ministers meet as border dispute deepens\n\n\
VIENNA (Wire) — The foreign ministers of Austria and Hungary met on Monday as a dispute over the border \
crossing at Nickelsdorf entered its third week, diplomats said.\n\n\
“The gates of dialogue remain open,” Foreign Minister Anna Berger told reporters after the talks.\n\n\
The gates of dialogue remain open, the ministry said in a statement.\n\n\
Hungary's foreign ministry said the embassy would study the proposals. The ambassador said the treaty \
was not in question, and envoys of both governments and their troops at the border were not mentioned.\n";

const PHRASE: &str = "The gates of dialogue remain open";

fn learned(analyzer: &Analyzer, text: &str) -> Vec<RedLine> {
    let analysis = analyzer.analyze(&Source::from_text("test.txt", text));
    analysis.red_lines.into_iter().filter(|h| h.cue == "(learned model)").collect()
}

#[test]
fn a_quoted_clause_no_cue_spells_out_is_a_learned_hit_with_its_reason() {
    let hits = learned(&Analyzer::bundled(), ARTICLE);
    assert_eq!(hits.len(), 1, "{hits:?}");
    let h = &hits[0];
    // the quoted clause, not the reporter's copy of it two paragraphs on
    assert_eq!((h.text.as_str(), h.start), (PHRASE, ARTICLE.find(PHRASE).unwrap()));
    assert_eq!(&ARTICLE[h.start..h.end], PHRASE);
    assert_eq!(h.tag, "DE");
    assert_eq!(h.quote, Some(1));
    assert!(
        h.why.len() == 1 && h.why[0].starts_with("learned: ") && h.why[0].ends_with("% de_escalation"),
        "{:?}",
        h.why
    );
}

#[test]
fn the_model_reads_nothing_in_an_article_that_is_not_diplomatic_through_and_through() {
    let text = "Club wins the cup\n\n“The gates of dialogue remain open,” the coach said after the match.\n";
    assert!(learned(&Analyzer::bundled(), text).is_empty());
}

#[test]
fn without_a_model_only_the_cues_find_red_lines() {
    let analyzer = Analyzer::bundled().with_model(None);
    assert!(learned(&analyzer, ARTICLE).is_empty());
    // the cue hits stay as they were
    let cues = |a: &Analyzer| {
        let all = a.analyze(&Source::from_text("test.txt", ARTICLE)).red_lines;
        all.into_iter().filter(|h| h.cue != "(learned model)").map(|h| (h.start, h.end, h.tag)).collect::<Vec<_>>()
    };
    assert!(!cues(&analyzer).is_empty());
    assert_eq!(cues(&analyzer), cues(&Analyzer::bundled()));
}

#[test]
fn a_users_model_replaces_the_bundled_one() {
    // a model that gives every clause with "dialogue" the category TH
    let model = "@classes\tNONE\tTH\n@scale\t1\n@threshold\t0.5\n@bias\t0\t0\ndialogue\t0,5\n";
    let analyzer = Analyzer::bundled().with_model(Some(RedLineModel::from_tsv(model, "m.tsv").unwrap()));
    let hits = learned(&analyzer, ARTICLE);
    assert_eq!(hits.iter().map(|h| (h.text.as_str(), h.tag.as_str())).collect::<Vec<_>>(), [(PHRASE, "TH")]);
}

#[test]
fn a_class_the_lexicon_lacks_gives_no_hit() {
    // the same model as above, its class named by a tag no category of the lexicon has
    let model = "@classes\tNONE\tXX\n@scale\t1\n@threshold\t0.5\n@bias\t0\t0\ndialogue\t0,5\n";
    let analyzer = Analyzer::bundled().with_model(Some(RedLineModel::from_tsv(model, "m.tsv").unwrap()));
    assert!(learned(&analyzer, ARTICLE).is_empty());
}
