//! Topics (stub: filled in next).
use crate::analysis::{Analysis, Paragraph, Quote, RedLine, SpeakerBasis};
use crate::article::Article;
use crate::gazetteer::{Gazetteer, Mention};
use crate::language::Language;
use crate::quotes::FoundQuote;
use crate::source::Source;
use crate::speakers::People;

/// Recurring named entities that the gazetteer lacks.
pub fn recurring_entities(_text: &str, _article: &Article, _gaz: &Gazetteer, _people: &People, _lang: &Language) -> Vec<(String, Vec<std::ops::Range<usize>>)> {
    Vec::new()
}

/// Puts the pieces together into an [`Analysis`].
pub fn assemble(source: &Source, article: &Article, found: Vec<FoundQuote>, speakers: Vec<Option<(String, SpeakerBasis)>>, hits: Vec<RedLine>, _mentions: Vec<Mention>, _auto: Vec<(String, Vec<std::ops::Range<usize>>)>) -> Analysis {
    let text = &source.text;
    let slice = |r: &Option<std::ops::Range<usize>>| r.clone().map(|r| text[r].to_string());
    let quotes = found.into_iter().zip(speakers).enumerate().map(|(i, (q, s))| Quote {
        id: i + 1, text: text[q.range.clone()].to_string(), start: q.range.start, end: q.range.end,
        paragraph: q.paragraph + 1, kind: q.kind, speaker_basis: s.as_ref().map(|s| s.1), speaker: s.map(|s| s.0),
        topics: Vec::new(), red_lines: Vec::new(),
    }).collect();
    Analysis {
        source: source.name.clone(), decoded_from: source.decoded_from.clone(),
        title: slice(&article.title), byline: slice(&article.byline), dateline: slice(&article.dateline),
        paragraphs: article.paragraphs.iter().enumerate().map(|(i, r)| Paragraph { index: i + 1, start: r.start, end: r.end }).collect(),
        quotes, topics: Vec::new(), red_lines: hits, extracted_text: None, text: text.clone(),
    }
}
