//! Red-line hits: lexicon cues found in the title and body, kept when they mean what their
//! cue means ([`sense`]: whole words, contexts, weak cues only where a place is named, cues that
//! need a demand or threat nearby), those that negation drops left out with the hits inside
//! them, overlapping ones resolved to the longest, negation and modality applied
//! ([`mod@modality`]: a negated cue is dropped or becomes its category's negated one, hedges
//! lower, intensifiers raise), then the sentence rules ([`rules`]: escalation, boosters).
//! Then, in an article that is diplomatic through and through, the learned model
//! ([`learned`]) reads the clauses of the quotes that no cue hit overlaps. Every adjustment is
//! said in the hit's `why`.

pub(crate) mod automaton;
pub(crate) mod joint;
pub(crate) mod learned;
pub(crate) mod lexicon;
pub(crate) mod matcher;
mod modality;
pub(crate) mod model_file;
mod rules;
mod sense;
mod taken;
mod unquoted;
mod verify;

pub(crate) use learned::RedLineModel;
pub(crate) use lexicon::Lexicon;
pub(crate) use unquoted::Unquoted;

use std::cell::OnceCell;
use std::collections::BTreeMap;
use std::ops::Range;

use crate::article::sections::Sections;
use crate::model::RedLine;
use crate::redlines::matcher::Hit;
use crate::redlines::sense::{Domain, DomainWords};
use crate::redlines::taken::Taken;
use crate::text::fold::{Folded, is_quote_mark};
use crate::text::language::Language;
use crate::text::words::sentence_ends;

/// A hit on its way to a [`RedLine`].
#[derive(Debug, Clone)]
pub(crate) struct Found {
    /// Byte range in the document.
    pub range: Range<usize>,
    pub category: usize,
    pub severity: u8,
    pub cue: usize,
    /// The adjustments applied, in order.
    pub why: Vec<String>,
    /// For a booster: whether it raised another hit (a booster alone is not reported unless
    /// its cue stands `alone`).
    pub raised: bool,
}

/// Picks non-overlapping hits: longer first, then earlier, then those whose cue needs no
/// other hit nearby.
fn resolve<T>(lexicon: &Lexicon, mut hits: Vec<(Hit, T)>) -> Vec<(Hit, T)> {
    let cues = lexicon.cues();
    hits.sort_by_key(|(h, _)| (std::cmp::Reverse(h.end - h.start), h.start, !cues[h.pattern].needs.is_empty()));
    // kept hits by start; they never overlap, so only the one starting last before a
    // candidate's end can overlap it
    let mut kept: BTreeMap<usize, (Hit, T)> = BTreeMap::new();
    for h in hits {
        if kept.range(..h.0.end).next_back().is_none_or(|(_, k)| k.0.end <= h.0.start) {
            kept.insert(h.0.start, h);
        }
    }
    kept.into_values().collect()
}

/// True when negation drops a hit of `category` whose clause (before it) is `clause`: a
/// canceller in it, or a negator when the category turns into no other.
fn drops(lexicon: &Lexicon, folded: &Folded, clause: &[(usize, &str)], category: usize) -> bool {
    modality::cancelled(lexicon, folded, clause)
        || (modality::negator(lexicon, clause).is_some() && lexicon.negated[category].is_none())
}

/// Negation and modality of a hit that negation does not drop ([`drops`]), `clause` the words
/// before it in its clause: a negator turns it into its category's negated one, a hedge lowers
/// its severity.
fn modality(lexicon: &Lexicon, slice: &str, folded: &Folded, clause: &[(usize, &str)], mut f: Found) -> Found {
    if let Some((at, word)) = modality::negator(lexicon, clause)
        && let Some(to) = lexicon.negated[f.category]
    {
        let category = &lexicon.categories()[to];
        f.range.start = folded.original_range(slice, at, at + word.len()).0;
        f.why.push(format!("negated ({word}) → {}", category.name.to_lowercase()));
        (f.category, f.severity) = (to, category.severity);
    }
    if let Some(word) = modality::hedge(lexicon, clause)
        && f.severity > 0
    {
        f.severity -= 1;
        f.why.push(format!("hedged −1 ({word})"));
    }
    f
}

/// Finds the red lines of one region (title or paragraph) of `text`. `topic` says whether
/// the region names a gazetteer place or organisation, `title` whether it is the headline. Sentence rules apply within a
/// sentence and within one voice: the words of a quote (`quotes`, top-level quote ranges) do
/// not mix with the reporter's.
fn find_in(
    text: &str,
    region: Range<usize>,
    folded: &Folded,
    quotes: &[Range<usize>],
    (lexicon, language): (&Lexicon, &Language),
    hits: Vec<Hit>,
    (topic, title): (bool, bool),
) -> Vec<RedLine> {
    if hits.is_empty() {
        return Vec::new();
    }
    let slice = &text[region.clone()];
    // a hit that negation drops takes the hits inside it with it, and gives way to the others
    // it overlaps before any is chosen: `would not hesitate to take` stands when the longer
    // `take overwhelming countermeasures` is negated; `ultimatum` falls with `without issuing
    // an ultimatum`. Each hit's clause is read once, here, and kept for its modality.
    let cues = lexicon.cues();
    let (mut dropped, mut standing) = (Vec::new(), Vec::new());
    for (h, rule) in sense::sensible((lexicon, language), (slice, region.start, title), folded, hits, topic) {
        let clause = modality::clause_before(lexicon, folded, h.start);
        let category = cues[h.pattern].category;
        if !lexicon.spared[category]
            && (modality::dated_past(lexicon, folded, h.end, &clause)
                || modality::dated_before(lexicon, folded, h.start))
        {
            continue;
        }
        if drops(lexicon, folded, &clause, category) {
            dropped.push(h);
        } else {
            standing.push((h, (rule, clause)));
        }
    }
    let inside_dropped = |h: &Hit| dropped.iter().any(|d| d.start <= h.start && h.end <= d.end);
    let standing: Vec<_> = standing.into_iter().filter(|(h, _)| !inside_dropped(h)).collect();
    // the region's sentences, found once and only when a rule reads them
    let ends = OnceCell::new();
    let sentence_at =
        |at: usize| ends.get_or_init(|| sentence_ends(text, region.clone())).partition_point(|&end| end <= at);
    let hit_sentence = |h: &Hit| sentence_at(folded.original_range(slice, h.start, h.end).0);
    let hits = resolve(lexicon, needed_nearby(lexicon, standing, hit_sentence));
    let mut found: Vec<Found> = hits
        .into_iter()
        .map(|(h, (rule, clause))| {
            let (a, b) = folded.original_range(slice, h.start, h.end);
            let cue = &cues[h.pattern];
            let mut f = Found {
                range: a..b,
                category: cue.category,
                severity: cue.severity,
                cue: h.pattern,
                why: rule.map(|r| format!("sense: {r}")).into_iter().collect(),
                raised: false,
            };
            if let Some(word) = modality::intensifier(lexicon, folded, h.start, h.end) {
                f.severity = (f.severity + 1).min(5);
                f.why.push(format!("intensifier +1 ({word})"));
            }
            modality(lexicon, slice, folded, &clause, f)
        })
        .collect();
    if found.len() < 2 && found.iter().all(|f| cues[f.cue].needs.is_empty()) {
        let booster = lexicon.booster.map(|b| b.0);
        let shown = |f: &Found| Some(f.category) != booster || cues[f.cue].alone;
        return found.into_iter().filter(shown).map(|f| red_line(text, lexicon, f)).collect();
    }
    let sentence = |f: &Found| sentence_at(f.range.start);
    let keys: Vec<_> = found.iter().map(|f| (sentence(f), f.category, f.cue, f.range.clone())).collect();
    let met = sense::needs_met(lexicon, &keys);
    let mut i = 0;
    found.retain(|_| {
        i += 1;
        met[i - 1]
    });
    let keys: Vec<_> = found.iter().map(|f| (sentence(f), quote_holding(quotes, &f.range))).collect();
    let mut order: Vec<usize> = (0..found.len()).collect();
    order.sort_by_key(|&j| keys[j]);
    for members in order.chunk_by(|a, b| keys[*a] == keys[*b]) {
        rules::apply(lexicon, text, &mut found, members);
    }
    let booster = lexicon.booster.map(|b| b.0);
    let shown = |f: &Found| f.raised || Some(f.category) != booster || cues[f.cue].alone;
    found.into_iter().filter(shown).map(|f| red_line(text, lexicon, f)).collect()
}

/// The index of the quote of `quotes` (top-level quote ranges: sorted by start, none inside
/// another) that holds `range`, if one does: the voice a hit or a clause is in.
fn quote_holding(quotes: &[Range<usize>], range: &Range<usize>) -> Option<usize> {
    let i = quotes.partition_point(|q| q.start <= range.start).checked_sub(1)?;
    (range.end <= quotes[i].end).then_some(i)
}

/// The hits of a region less those whose cue needs a hit of another category in its sentence
/// or a neighbouring one (`sentence_of` a hit) and has none there that it does not overlap.
/// They fall before overlaps are resolved, so that such a hit never hides a shorter one that
/// stands on its own (`had until midnight` needs a demand or a threat nearby; `X had until`
/// does not); [`find_in`] checks the needs again on the hits that remain.
fn needed_nearby<T>(lexicon: &Lexicon, hits: Vec<(Hit, T)>, sentence_of: impl Fn(&Hit) -> usize) -> Vec<(Hit, T)> {
    let cues = lexicon.cues();
    if hits.iter().all(|(h, _)| cues[h.pattern].needs.is_empty()) {
        return hits;
    }
    let keys: Vec<_> =
        hits.iter().map(|(h, _)| (sentence_of(h), cues[h.pattern].category, h.pattern, h.start..h.end)).collect();
    let met = sense::needs_met(lexicon, &keys);
    hits.into_iter().zip(met).filter_map(|(h, met)| met.then_some(h)).collect()
}

/// A hit as a [`RedLine`], taking in the quote mark that closes one it opens
/// ([`with_closing_mark`]).
fn red_line(text: &str, lexicon: &Lexicon, f: Found) -> RedLine {
    let c = &lexicon.categories()[f.category];
    let range = with_closing_mark(text, f.range);
    RedLine {
        text: text[range.clone()].to_string(),
        start: range.start,
        end: range.end,
        category: c.name.clone(),
        tag: c.tag.clone(),
        severity: f.severity.min(5),
        cue: lexicon.cues()[f.cue].pattern.clone(),
        why: f.why,
        quote: None,
    }
}

/// `range` of `text` with the quote mark right after it when the range holds one mark only and
/// that mark opens a quotation: a cue's words may end where the quoted words do (`called the
/// decision “scientifically groundless”`), and a highlight should not leave the mark it opens
/// unpaired. A mark opens when it is `“`, `„` or `«`, or a straight `"` at the start or after
/// a space; it is closed by `”`, `»` or `"`.
fn with_closing_mark(text: &str, range: Range<usize>) -> Range<usize> {
    let inside = &text[range.clone()];
    let mut marks = inside.char_indices().filter(|&(_, c)| is_quote_mark(c));
    let opens = match (marks.next(), marks.next()) {
        (Some((i, c)), None) => match c {
            '\u{201C}' | '\u{201E}' | '\u{AB}' => true,
            '"' => text[..range.start + i].chars().next_back().is_none_or(char::is_whitespace),
            _ => false,
        },
        _ => false,
    };
    match text[range.end..].chars().next() {
        Some(c @ ('\u{201D}' | '\u{BB}' | '"')) if opens => range.start..range.end + c.len_utf8(),
        _ => range,
    }
}

/// Every red-line hit in the title and body paragraphs, in text order, not yet linked to
/// quotes: the lexicon's, then, in a diplomatic article, the `model`'s ([`learned_hits`]).
/// `quotes` are the top-level quote ranges, sorted by start; `hits` are those of the
/// lexicon's matcher in each region, `unquoted_hits` those in each of `unquoted`'s copies: a
/// hit there counts when it spans a dropped quote mark and overlaps no hit of the region
/// itself (a cue the marks split: `would “pay a heavy price”`, `would “not be intimidated`).
pub(crate) fn find(
    text: &str,
    sections: &Sections,
    quotes: &[Range<usize>],
    (lexicon, language, model): (&Lexicon, &Language, Option<&RedLineModel>),
    hits: Vec<Vec<Hit>>,
    (unquoted, unquoted_hits): (&Unquoted, Vec<Vec<Hit>>),
) -> Vec<RedLine> {
    // a region names a place when it holds a gazetteer alias or a topic word; a paragraph
    // counts as naming one when it or the paragraph before does (the title stands alone);
    // in an article of another domain none does, in a diplomatic one every one does
    // ([`DomainWords::domain`])
    let topic_words = lexicon.topic_word_patterns();
    let texts = || sections.folded.iter().map(|f| f.text.as_str());
    let words = DomainWords::count(lexicon, texts().zip(hits.iter().map(Vec::as_slice)));
    let domain = words.domain(lexicon);
    let model = model.filter(|_| domain == Domain::Diplomatic && words.dense_enough(lexicon, texts()));
    let named: Vec<bool> = sections
        .holds_alias
        .iter()
        .zip(&hits)
        .map(|(&alias, hits)| match domain {
            Domain::Other => false,
            Domain::Diplomatic => true,
            Domain::Mixed => alias || hits.iter().any(|h| topic_words.contains(&h.pattern)),
        })
        .collect();
    let cues = lexicon.cues().len();
    let first_paragraph = usize::from(sections.has_title);
    let mut copies = unquoted.regions.iter().zip(&unquoted.folded).zip(unquoted_hits).enumerate().peekable();
    sections
        .ranges
        .iter()
        .zip(&sections.folded)
        .zip(hits)
        .enumerate()
        .flat_map(|(i, ((r, folded), hits))| {
            let first = quotes.partition_point(|q| q.end <= r.start);
            let last = quotes.partition_point(|q| q.start < r.end);
            let topic = named[i] || (i > first_paragraph && named[i - 1]);
            let region = (topic, sections.has_title && i == 0);
            let quotes = &quotes[first..last.max(first)];
            let mut found = find_in(text, r.clone(), folded, quotes, (lexicon, language), hits, region);
            if let Some((k, ((_, copy), mut hits))) = copies.next_if(|(_, ((at, _), _))| **at == i) {
                hits.retain(|h| h.pattern < cues && unquoted.spans_split(k, h.start, h.end));
                let split = find_in(text, r.clone(), copy, quotes, (lexicon, language), hits, region);
                if !split.is_empty() {
                    let taken = Taken::new(&found);
                    found.extend(split.into_iter().filter(|h| !taken.overlaps(&(h.start..h.end))));
                }
            }
            if let Some(model) = model {
                found.extend(learned_hits(text, (r.clone(), quotes), lexicon, model, &found));
            }
            found.sort_by_key(|h| h.start);
            found
        })
        .collect()
}

/// The clauses of `region` that the learned model gives a category of the lexicon and that
/// overlap none of the cue hits `found` in the region: the red lines no cue spells out. A clause
/// inside one of the `quotes` (top-level quote ranges) is read at the model's threshold, one in
/// the reporter's words at its stricter reporter threshold, or not at all when it has none: on
/// real news (PolNeAR), the model's guesses in the reporter's words were mostly wrong at the
/// quotes' bar, in quotes much less often.
fn learned_hits(
    text: &str,
    (region, quotes): (Range<usize>, &[Range<usize>]),
    lexicon: &Lexicon,
    model: &RedLineModel,
    found: &[RedLine],
) -> Vec<RedLine> {
    if quotes.is_empty() && !model.reads_reporter() {
        return Vec::new();
    }
    let taken = Taken::new(found);
    model
        .guesses(text, region, |r| taken.overlaps(r), |r| quote_holding(quotes, r).is_some())
        .into_iter()
        .filter_map(|g| {
            let category = lexicon.categories().iter().find(|c| c.tag == g.tag)?;
            Some(RedLine {
                text: text[g.range.clone()].to_string(),
                start: g.range.start,
                end: g.range.end,
                category: category.name.clone(),
                tag: category.tag.clone(),
                severity: category.severity,
                cue: crate::model::LEARNED_CUE.to_string(),
                why: vec![format!("learned: {:.0}% {}", g.probability * 100.0, category.name.to_lowercase())],
                quote: None,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests;
