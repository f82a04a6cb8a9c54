//! Topics: gazetteer mentions ([`gazetteer`]) plus recurring named entities the gazetteer
//! lacks.

pub(crate) mod gazetteer;

pub(crate) use gazetteer::Gazetteer;

use std::borrow::Cow;
use std::ops::Range;

use rustc_hash::FxHashMap;

use crate::article::Article;
use crate::article::sections::Sections;
use crate::people::People;
use crate::text::words::is_capitalized;

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
    sections: &Sections,
    people: &People,
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
    for ((para, region), aliases) in
        article.paragraphs.iter().zip(sections.paragraph_words()).zip(sections.paragraph_aliases())
    {
        let r = region.span();
        let entity_word = |i: usize| {
            r.may_be_capitalized(i) && {
                let w = r.word(i);
                is_capitalized(w) && !aliases[i] && !r.kind(i).cased.title && !person_at(r.words[i].range.start)
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
            while first < end && r.kind(first).cased.not_name {
                first += 1;
            }
            let mut last = end;
            while last > first && r.kind(last - 1).cased.not_name {
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
