//! Assembly: the findings of every stage put together into one [`Analysis`] — quotes with
//! their speakers, red lines linked to the quotes that hold them, and topics with the quotes
//! of the paragraphs that name them.

use std::borrow::Cow;
use std::ops::Range;

use rustc_hash::FxHashMap;

use crate::article::Article;
use crate::model::{Analysis, ByteSpan, Paragraph, Quote, RedLine, Topic};
use crate::people::speakers::Attribution;
use crate::quotes::FoundQuote;
use crate::text::source::Source;
use crate::topics::Mentions;

/// How many quotes before a red-line hit are looked at for the ones holding it: quotes nest
/// and run into each other only a few deep, so the holders are among the last few that start
/// before the hit.
const HOLDERS_LOOKED_BACK: usize = 32;

/// The innermost quote holding `range`, if any (quotes sorted by start).
pub(crate) fn holding_quote(quotes: &[Quote], range: &Range<usize>) -> Option<usize> {
    let i = quotes.partition_point(|q| q.start <= range.start);
    quotes[..i].iter().rev().take(HOLDERS_LOOKED_BACK).find(|q| range.end <= q.end).map(|q| q.id)
}

/// Puts quotes, speakers, red lines and topic mentions together. Quotes belong to every
/// topic named in their paragraph; topics are ordered by quote count, then first mention.
pub(crate) fn assemble(
    source: &Source,
    article: &Article,
    found: Vec<FoundQuote>,
    speakers: Vec<Option<Attribution>>,
    mut hits: Vec<RedLine>,
    mentions: Mentions,
) -> Analysis {
    let text = source.text.as_str();
    let slice = |r: &Option<Range<usize>>| r.clone().map(|r| text[r].to_string());
    let mut quotes: Vec<Quote> = found
        .into_iter()
        .zip(speakers)
        .enumerate()
        .map(|(i, (q, s))| Quote {
            id: i + 1,
            text: text[q.range.clone()].to_string(),
            start: q.range.start,
            end: q.range.end,
            paragraph: q.paragraph + 1,
            kind: q.kind,
            speaker_basis: s.as_ref().map(|s| s.basis),
            speaker_kind: s.as_ref().map(|s| s.kind),
            speaker_span: s.as_ref().map(|s| ByteSpan { start: s.span.start, end: s.span.end }),
            speaker: s.map(|s| s.name),
            corrected: false,
            topics: Vec::new(),
            red_lines: Vec::new(),
        })
        .collect();
    for hit in &mut hits {
        hit.quote = holding_quote(&quotes, &(hit.start..hit.end));
    }
    for hit in &hits {
        let Some(id) = hit.quote else { continue };
        // the innermost quote and every quote around it
        let i = id - 1;
        for q in
            quotes[..=i].iter_mut().rev().take(HOLDERS_LOOKED_BACK).filter(|q| q.start <= hit.start && hit.end <= q.end)
        {
            q.red_lines.push(hit.clone());
        }
    }
    for q in &mut quotes {
        q.red_lines.sort_by_key(|h| h.start);
    }
    // red lines whose innermost quote is each quote (by id - 1)
    let mut linked = vec![0usize; quotes.len()];
    for id in hits.iter().filter_map(|h| h.quote) {
        linked[id - 1] += 1;
    }
    // quotes by paragraph (0-based) for topic membership
    let mut by_paragraph: Vec<Vec<usize>> = vec![Vec::new(); article.paragraphs.len()];
    for q in &quotes {
        by_paragraph[q.paragraph - 1].push(q.id);
    }
    let mut topics: Vec<(Topic, usize)> = Vec::new();
    let mut index: FxHashMap<Cow<str>, usize> = FxHashMap::default();
    for (label, range) in mentions {
        let slot = match index.get(&label) {
            Some(&slot) => slot,
            None => {
                index.insert(label.clone(), topics.len());
                let label = label.into_owned();
                topics.push((Topic { label, quotes: Vec::new(), paragraphs: Vec::new(), red_lines: 0 }, range.start));
                topics.len() - 1
            }
        };
        let (topic, first) = &mut topics[slot];
        *first = (*first).min(range.start);
        if let Some(p) = article.paragraph_at(range.start)
            && topic.paragraphs.last() != Some(&(p + 1))
        {
            topic.paragraphs.push(p + 1);
            topic.quotes.extend(&by_paragraph[p]);
        }
    }
    for (topic, _) in &mut topics {
        topic.paragraphs.sort_unstable();
        topic.paragraphs.dedup();
        topic.quotes.sort_unstable();
        topic.quotes.dedup();
        topic.red_lines = topic.quotes.iter().map(|id| linked[id - 1]).sum();
        for id in &topic.quotes {
            quotes[id - 1].topics.push(topic.label.clone());
        }
    }
    topics.sort_by_key(|(t, first)| (std::cmp::Reverse(t.quotes.len()), *first));
    let paragraphs = article
        .paragraphs
        .iter()
        .enumerate()
        .map(|(i, r)| Paragraph { index: i + 1, start: r.start, end: r.end })
        .collect();
    Analysis {
        source: source.name.clone(),
        decoded_from: source.decoded_from.clone(),
        title: slice(&article.title),
        byline: slice(&article.byline),
        dateline: slice(&article.dateline),
        date: article.date.clone(),
        paragraphs,
        quotes,
        topics: topics.into_iter().map(|(t, _)| t).collect(),
        red_lines: hits,
        extracted_text: None,
        text: text.to_string(),
    }
}
