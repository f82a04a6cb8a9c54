//! Topics: gazetteer mentions plus recurring named entities the gazetteer lacks, and the
//! assembly of quotes, speakers, topics and red lines into one [`Analysis`].

use std::borrow::Cow;
use std::ops::Range;

use rustc_hash::FxHashMap;

use crate::analysis::{Analysis, Paragraph, Quote, RedLine, SpeakerBasis, Topic};
use crate::article::Article;
use crate::language::Language;
use crate::names::People;
use crate::quotes::FoundQuote;
use crate::regions::Regions;
use crate::source::Source;
use crate::words::is_capitalized;

/// A topic label and where it is named; gazetteer labels are borrowed from the gazetteer.
pub type Mentions<'a> = Vec<(Cow<'a, str>, Range<usize>)>;

/// Times an entity must be named to become a topic of its own.
const MIN_RECURRENCE: usize = 2;

/// True when byte `at` opens a sentence (only spaces and opening marks since the last stop).
fn opens_sentence(text: &str, from: usize, at: usize) -> bool {
    let before = text[from..at].trim_end_matches(|c: char| c.is_whitespace() || "“\"‘'«(–—-".contains(c));
    before.is_empty() || before.ends_with(['.', '!', '?', ':', '”', '"'])
}

/// Named entities that recur in the body and that neither the gazetteer nor the main
/// speaker covers: capitalised word runs (not opening a sentence, not overlapping a
/// gazetteer mention in `known`, sorted by start) and people other than the main speaker.
pub(crate) fn recurring_entities(
    text: &str,
    article: &Article,
    regions: &Regions,
    people: &People,
    lang: &Language,
    known: &Mentions,
) -> Mentions<'static> {
    // a run overlapping a gazetteer mention ("United" of "United States") is not an entity
    let covered = |r: &Range<usize>| {
        let i = known.partition_point(|(_, m)| m.end <= r.start);
        known.get(i).is_some_and(|(_, m)| m.start < r.end)
    };
    let mut found: FxHashMap<String, Vec<Range<usize>>> = FxHashMap::default();
    let mut order: Vec<String> = Vec::new();
    let mut add = |label: String, range: Range<usize>| match found.get_mut(&label) {
        Some(ranges) => ranges.push(range),
        None => {
            found.insert(label.clone(), vec![range]);
            order.push(label);
        }
    };
    for m in &people.mentions {
        if Some(m.person) != people.main {
            add(people.persons[m.person].name.clone(), m.range.clone());
        }
    }
    let person_at = |at: usize| people.named_at(at).is_some();
    for (para, region) in article.paragraphs.iter().zip(regions.paragraph_words()) {
        let r = region.span();
        let entity_word = |i: usize| {
            r.may_be_capitalized(i) && {
                let w = r.word(i);
                is_capitalized(w)
                    && !r.words[i].alias
                    && !lang.cased_word(w).title
                    && !person_at(r.words[i].range.start)
            }
        };
        let mut i = 0;
        while i < r.words.len() {
            if !entity_word(i) {
                i += 1;
                continue;
            }
            let mut end = i + 1;
            while r.adjacent(end - 1) && entity_word(end) {
                end += 1;
            }
            // "The Narva Forum": function words at the edges are not part of a name
            let mut first = i;
            while first < end && lang.cased_word(r.word(first)).not_name {
                first += 1;
            }
            let mut last = end;
            while last > first && lang.cased_word(r.word(last - 1)).not_name {
                last -= 1;
            }
            i = end;
            if first == last {
                continue;
            }
            let acronym = last - first == 1 && {
                let w = r.word(first);
                w.chars().count() >= 2 && w.chars().all(char::is_uppercase)
            };
            let range = r.words[first].range.start..r.words[last - 1].range.end;
            if (acronym || !opens_sentence(text, para.start, range.start)) && !covered(&range) {
                add((first..last).map(|k| r.word(k)).collect::<Vec<_>>().join(" "), range);
            }
        }
    }
    let dateline = article.dateline.clone().unwrap_or(0..0);
    order
        .into_iter()
        .filter_map(|label| {
            let ranges: Vec<_> = found
                .remove(&label)?
                .into_iter()
                .filter(|r| !(dateline.start <= r.start && r.end <= dateline.end))
                .collect();
            (ranges.len() >= MIN_RECURRENCE).then(|| ranges.into_iter().map(move |r| (Cow::Owned(label.clone()), r)))
        })
        .flatten()
        .collect()
}

/// The innermost quote holding `range`, if any (quotes sorted by start).
fn holding_quote(quotes: &[Quote], range: &Range<usize>) -> Option<usize> {
    let i = quotes.partition_point(|q| q.start <= range.start);
    quotes[..i].iter().rev().take(32).find(|q| range.end <= q.end).map(|q| q.id)
}

/// Puts quotes, speakers, red lines and topic mentions together. Quotes belong to every
/// topic named in their paragraph; topics are ordered by quote count, then first mention.
pub fn assemble(
    source: &Source,
    article: &Article,
    found: Vec<FoundQuote>,
    speakers: Vec<Option<(String, SpeakerBasis)>>,
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
            speaker_basis: s.as_ref().map(|s| s.1),
            speaker: s.map(|s| s.0),
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
        for q in quotes[..=i].iter_mut().rev().take(32).filter(|q| q.start <= hit.start && hit.end <= q.end) {
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
        paragraphs,
        quotes,
        topics: topics.into_iter().map(|(t, _)| t).collect(),
        red_lines: hits,
        extracted_text: None,
        text: text.to_string(),
    }
}
