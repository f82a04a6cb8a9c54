//! Red-line hits: lexicon cues found in the title and body, negated ones dropped ("no red
//! lines", "we are not threatening anyone"), overlapping ones resolved to the longest, and
//! severities adjusted per sentence (a booster raises the strongest cue of its sentence; a
//! demand, a threat and a deadline together escalate the deadline).

mod automaton;
pub(crate) mod lexicon;
pub(crate) mod matcher;
pub(crate) mod pattern;

pub(crate) use lexicon::Lexicon;

use std::collections::BTreeMap;
use std::ops::Range;

use crate::article::sections::Sections;
use crate::model::RedLine;
use crate::redlines::matcher::Hit;
use crate::text::fold::{Folded, is_word_char};
use crate::text::words::sentence_ends;

/// Most words before a cue searched for a negator.
const NEGATION_WINDOW: usize = 3;
/// Most bytes before a cue read to find those words.
const NEGATION_BYTES: usize = 160;

/// True when one of the few words before folded offset `at` (in the same clause) negates.
/// Reads backwards from `at` and stops at the clause's start or after the last word needed.
fn negated(folded: &Folded, at: usize, negators: &[String]) -> bool {
    let mut from = at.saturating_sub(NEGATION_BYTES);
    while !folded.text.is_char_boundary(from) {
        from += 1;
    }
    let before = &folded.text[from..at];
    let negates = |w: &str| {
        negators.iter().any(|n| w == n || (w.ends_with(n.as_str()) && n.starts_with('n') && n.contains('\'')))
    };
    let mut word_end = None; // end of the word being read, backwards
    let mut words = 0;
    for (i, c) in before.char_indices().rev() {
        if is_word_char(c) || c == '\'' {
            word_end.get_or_insert(i + c.len_utf8());
            continue;
        }
        if let Some(end) = word_end.take() {
            if negates(&before[i + c.len_utf8()..end]) {
                return true;
            }
            words += 1;
            if words == NEGATION_WINDOW {
                return false;
            }
        }
        if matches!(c, ',' | ';' | ':' | '.' | '!' | '?' | '"' | '\u{201C}' | '\u{201D}' | '(' | '-') {
            return false;
        }
    }
    word_end.is_some_and(|end| negates(&before[..end]))
}

/// Picks non-overlapping hits: longer first, then earlier.
fn resolve(mut hits: Vec<Hit>) -> Vec<Hit> {
    hits.sort_by_key(|h| (std::cmp::Reverse(h.end - h.start), h.start));
    // kept hits by start; they never overlap, so only the one starting last before a
    // candidate's end can overlap it
    let mut kept: BTreeMap<usize, Hit> = BTreeMap::new();
    for h in hits {
        if kept.range(..h.end).next_back().is_none_or(|(_, k)| k.end <= h.start) {
            kept.insert(h.start, h);
        }
    }
    kept.into_values().collect()
}

/// Applies the lexicon's sentence rules to the hits of one sentence, given as
/// (category index, severity, start). A booster raises the strongest other cue, the one
/// nearest to a booster among equals.
fn adjust(lexicon: &Lexicon, hits: &mut [(usize, u8, usize)]) {
    if let Some((all_of, raised, to)) = &lexicon.escalation
        && all_of.iter().all(|c| hits.iter().any(|h| h.0 == *c))
    {
        for h in hits.iter_mut().filter(|h| h.0 == *raised) {
            h.1 = h.1.max(*to);
        }
    }
    let Some((booster, raise)) = lexicon.booster else {
        return;
    };
    let boosts: Vec<usize> = hits.iter().filter(|h| h.0 == booster).map(|h| h.2).collect();
    let categories = lexicon.categories();
    let distance = |at: usize| boosts.iter().map(|b| b.abs_diff(at)).min().unwrap_or(usize::MAX);
    let strongest = hits
        .iter()
        .enumerate()
        .filter(|(_, h)| h.0 != booster && !categories[h.0].de_escalation)
        .max_by_key(|(_, h)| (h.1, std::cmp::Reverse(distance(h.2))))
        .map(|(i, _)| i);
    if let (Some(i), false) = (strongest, boosts.is_empty()) {
        hits[i].1 = (hits[i].1 + raise).min(5);
    }
}

/// Finds the red lines of one region (title or paragraph) of `text`. Sentence rules apply
/// within a sentence and within one voice: the words of a quote (`quotes`, top-level quote
/// ranges) do not mix with the reporter's.
fn find_in(
    text: &str,
    region: Range<usize>,
    folded: &Folded,
    quotes: &[Range<usize>],
    lexicon: &Lexicon,
    hits: Vec<Hit>,
) -> Vec<RedLine> {
    let slice = &text[region.clone()];
    let hits: Vec<Hit> = resolve(hits).into_iter().filter(|h| !negated(folded, h.start, &lexicon.negators)).collect();
    if hits.is_empty() {
        return Vec::new();
    }
    let cues = lexicon.cues();
    let mut found: Vec<(Range<usize>, usize, u8, usize)> = hits
        .iter()
        .map(|h| {
            let (a, b) = folded.original_range(slice, h.start, h.end);
            let cue = &cues[h.pattern];
            (a..b, cue.category, cue.severity, h.pattern)
        })
        .collect();
    // sentence rules need two hits in one sentence
    if found.len() < 2 {
        return found.into_iter().map(|f| red_line(text, lexicon, f)).collect();
    }
    let sentences = sentence_ends(text, region.clone());
    let voice = |r: &Range<usize>| {
        let i = quotes.partition_point(|q| q.start <= r.start).checked_sub(1)?;
        (r.end <= quotes[i].end).then_some(i)
    };
    let keys: Vec<_> =
        found.iter().map(|f| (sentences.partition_point(|&end| end <= f.0.start), voice(&f.0))).collect();
    let mut order: Vec<usize> = (0..found.len()).collect();
    order.sort_by_key(|&j| keys[j]);
    for members in order.chunk_by(|a, b| keys[*a] == keys[*b]) {
        let mut group: Vec<(usize, u8, usize)> =
            members.iter().map(|&j| (found[j].1, found[j].2, found[j].0.start)).collect();
        adjust(lexicon, &mut group);
        for (&j, g) in members.iter().zip(group) {
            found[j].2 = g.1;
        }
    }
    found.into_iter().map(|f| red_line(text, lexicon, f)).collect()
}

/// A hit (range, category, severity, cue index) as a [`RedLine`].
fn red_line(text: &str, lexicon: &Lexicon, (r, category, severity, cue): (Range<usize>, usize, u8, usize)) -> RedLine {
    let c = &lexicon.categories()[category];
    RedLine {
        text: text[r.clone()].to_string(),
        start: r.start,
        end: r.end,
        category: c.name.clone(),
        tag: c.tag.clone(),
        severity,
        cue: lexicon.cues()[cue].pattern.clone(),
        quote: None,
    }
}

/// Every red-line hit in the title and body paragraphs, in text order, not yet linked to
/// quotes. `quotes` are the top-level quote ranges, sorted by start; `hits` are those of the
/// lexicon's matcher in each region.
pub(crate) fn find(
    text: &str,
    sections: &Sections,
    quotes: &[Range<usize>],
    lexicon: &Lexicon,
    hits: Vec<Vec<Hit>>,
) -> Vec<RedLine> {
    sections
        .ranges
        .iter()
        .zip(&sections.folded)
        .zip(hits)
        .flat_map(|((r, folded), hits)| {
            let first = quotes.partition_point(|q| q.end <= r.start);
            let last = quotes.partition_point(|q| q.start < r.end);
            find_in(text, r.clone(), folded, &quotes[first..last.max(first)], lexicon, hits)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hits(t: &str) -> Vec<(String, String, u8)> {
        let lexicon = Lexicon::bundled();
        let folded = Folded::new(t, 0);
        find_in(t, 0..t.len(), &folded, &[], &lexicon, lexicon.matcher.find_all(&folded))
            .into_iter()
            .map(|h| (h.text, h.tag, h.severity))
            .collect()
    }

    fn has(t: &str, phrase: &str, tag: &str) -> bool {
        hits(t).iter().any(|h| h.0 == phrase && h.1 == tag)
    }

    #[test]
    fn negation_is_handled() {
        assert!(hits("There are no red lines here.").is_empty());
        assert!(hits("We are not threatening anyone.").is_empty());
        assert!(has("We will not wait forever.", "will not wait forever", "UL"));
        assert!(has("They will no longer tolerate this.", "will no longer tolerate", "RL"));
        assert!(has("Oslo did not intend to wait forever.", "not intend to wait forever", "UL"));
    }

    #[test]
    fn inflections_dashes_and_apostrophes() {
        assert!(has("Our patience ran out of patience, they ran out of patience.", "ran out of patience", "UL"));
        assert!(has("a military–technical response", "military–technical response", "TH"));
        assert!(has("We won’t tolerate it", "won’t tolerate", "RL"));
        assert!(has("This is a RED LINE.", "RED LINE", "RL"));
    }

    #[test]
    fn severity_rules() {
        // a booster raises the strongest cue of its sentence
        let h = hits("That is a red line, for real.");
        assert_eq!(h.iter().find(|h| h.1 == "RL").unwrap().2, 5);
        // demand + threat + deadline in one sentence: the deadline goes to 5
        let h = hits("We demand guarantees within 10 days, or there will be grave consequences.");
        assert_eq!(h.iter().find(|h| h.1 == "UL").unwrap().2, 5);
        // a deadline alone stays at its default
        assert_eq!(hits("Answer within 10 days.")[0].2, 3);
        // military threats are the most severe, sanctions next
        assert_eq!(hits("a military response")[0].2, 5);
        assert_eq!(hits("new sanctions")[0].2, 4);
    }

    #[test]
    fn de_escalation_is_its_own_category() {
        assert!(has("We seek a mutually acceptable solution.", "mutually acceptable solution", "DE"));
    }
}
