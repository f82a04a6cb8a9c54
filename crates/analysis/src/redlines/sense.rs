//! Sense rules: which matcher hits mean what their cue means. A hit counts when it is a whole
//! word (never part of a hyphenated one: `life-threatening`, `must-win`), is not a name (a
//! phrase of several words written with capitals inside a sentence of the body: the `Red
//! Line` of a metro, the book `Fire and Fury`), its contexts hold
//! (what the lexicon requires just before and after it: an actor subject, an action verb), a
//! weak cue's paragraph names a place or organisation, and a cue that needs a demand or a
//! threat has one in its sentence or a neighbouring one. An article of another domain (sport,
//! labour, business…: [`DomainWords::domain`]) names no place for its weak cues; in a
//! diplomatic one, every paragraph counts as naming one.

use std::ops::Range;

use crate::redlines::Lexicon;
use crate::redlines::matcher::Hit;
use crate::redlines::verify::{Ctx, verify, verify_back};
use crate::text::fold::{Folded, is_word_char};
use crate::text::language::Language;

/// The hits of one region (`slice`, starting at document offset `base`; `title` when it is the
/// headline) whose cue's contexts hold and that are whole words. Weak cues are kept only when
/// `topic`: the region or the paragraph before names a place or organisation (a gazetteer
/// alias, or one of the lexicon's topic words). Each kept hit
/// comes with the sense rule it passed, if its cue has one.
pub(crate) fn sensible<'l>(
    (lexicon, language): (&'l Lexicon, &Language),
    (slice, base, title): (&str, usize, bool),
    folded: &Folded,
    hits: Vec<Hit>,
    topic: bool,
) -> Vec<(Hit, Option<&'l str>)> {
    let cues = lexicon.cues();
    let text = folded.text.as_str();
    let name = |start: usize, end: usize| {
        let (a, _) = folded.original_range(slice, start, end);
        let word = &slice[a - base..];
        let capital = word.chars().next().is_some_and(char::is_uppercase);
        // a surname joined to its particle (`al-Saedi`, `el-Naggar`) is a name too
        let joined = || {
            let end = word.find(|c: char| !is_word_char(c) && c != '-').unwrap_or(word.len());
            language.without_particle(&word[..end]).is_some()
        };
        (capital && !lexicon.function_words.contains(&text[start..end])) || (!capital && joined())
    };
    let ctx = Ctx { folded, name: Some(&name), when: lexicon.matcher.when() };
    hits.into_iter()
        .filter(|h| h.pattern < cues.len())
        .filter(|h| whole_word(text, h))
        .filter(|h| {
            let (a, b) = folded.original_range(slice, h.start, h.end);
            title || !is_name(&slice[..a - base], &slice[a - base..b - base])
        })
        .filter_map(|h| {
            let cue = &cues[h.pattern];
            if cue.weak && !topic {
                return None;
            }
            // what stands after a hit is read past a time phrase (`protested on Tuesday against`)
            let after = if cue.after.is_empty() { h.end } else { ctx.past_when(h.end) };
            let holds = verify_back(&ctx, h.start, &cue.before) && verify(&ctx, after, &cue.after).is_some();
            if !holds {
                return None;
            }
            let rule = cue.sense.as_deref().or_else(|| {
                let context = !(cue.before.is_empty() && cue.after.is_empty());
                match (context, cue.weak) {
                    (true, true) => Some("context; place named"),
                    (true, false) => Some("context"),
                    (false, true) => Some("place named"),
                    (false, false) => None,
                }
            });
            Some((h, rule))
        })
        .collect()
}

/// True when `phrase`, following `before` in its paragraph, is written as a name: several
/// words, each with a capital and then small letters (not shouted in capitals; `and`, `of`
/// and the like may stand between), not at the start of a sentence.
fn is_name(before: &str, phrase: &str) -> bool {
    let words: Vec<&str> = phrase.split_whitespace().collect();
    let title = |w: &&str| w.chars().next().is_some_and(char::is_uppercase) && w.chars().any(char::is_lowercase);
    let small = |w: &&str| ["a", "an", "and", "of", "the", "in", "on", "for", "to", "with"].contains(w);
    let inner = words.get(1..words.len().saturating_sub(1)).unwrap_or_default();
    let capitals = words.len() > 1
        && words.first().is_some_and(title)
        && words.last().is_some_and(title)
        && inner.iter().all(|w| title(w) || small(w));
    let opening =
        before.trim_end().chars().next_back().is_none_or(|c| ".!?:\"\u{201C}\u{2018}(\u{2014}\u{2013}-".contains(c));
    capitals && !opening
}

/// For each hit (`(sentence, category, cue, range)`), true when it may stay: its cue needs
/// nothing, or another hit that may stay, of a category it needs, lies in its sentence or a
/// neighbouring one and does not overlap it (a hit never meets its own need, nor does one it
/// would hide when overlaps are resolved: `or face a halt` needs a deadline nearby, not the `or
/// face` it covers). A hit that cannot stay meets no other's need, so the needs are read again
/// until none more falls (each reading only takes hits away, so there are at most as many as
/// hits): `could stop`, itself in need of a threat, does not keep `until the end of the month`
/// standing where nothing else meets that one's need.
pub(crate) fn needs_met(lexicon: &Lexicon, hits: &[(usize, usize, usize, Range<usize>)]) -> Vec<bool> {
    let cues = lexicon.cues();
    let mut met = vec![true; hits.len()];
    loop {
        let next: Vec<bool> = hits
            .iter()
            .zip(&met)
            .map(|((sentence, _, cue, range), &stays)| {
                let needs = &cues[*cue].needs;
                let near: Range<usize> = sentence.saturating_sub(1)..sentence + 2;
                stays
                    && (needs.is_empty()
                        || hits.iter().zip(&met).any(|((s, c, _, r), &other)| {
                            other
                                && near.contains(s)
                                && needs.contains(c)
                                && (r.end <= range.start || range.end <= r.start)
                        }))
            })
            .collect();
        if next == met {
            return met;
        }
        met = next;
    }
}

/// What an article is about, told by the words of [`Domains`](redline_patterns::Domains).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Domain {
    /// Another domain than diplomacy: no paragraph names a place for weak cues.
    Other,
    /// Diplomacy through and through: every paragraph counts as naming a place.
    Diplomatic,
    /// Neither: a paragraph names a place when it (or the one before) holds one.
    Mixed,
}

/// The whole words of other domains and the diplomatic words of an article, counted once over
/// its regions (folded text and matcher hits): what its domain ([`Self::domain`]) and whether
/// the learned model reads it ([`Self::dense_enough`]) are decided by.
#[derive(Debug, Clone, Copy)]
pub(crate) struct DomainWords {
    others: u32,
    diplomatics: u32,
}

impl DomainWords {
    /// The counts of the article whose regions are given.
    pub(crate) fn count<'a>(lexicon: &Lexicon, regions: impl Iterator<Item = (&'a str, &'a [Hit])>) -> Self {
        let other = lexicon.topic_word_patterns().end;
        let diplomatic = other + lexicon.domains.other;
        let (mut others, mut diplomatics) = (0u32, 0u32);
        for (text, hits) in regions {
            for h in hits.iter().filter(|h| h.pattern >= other && whole_word(text, h)) {
                if h.pattern < diplomatic {
                    others += 1;
                } else {
                    diplomatics += 1;
                }
            }
        }
        DomainWords { others, diplomatics }
    }

    /// The article's domain: another domain than diplomacy with at least `least` whole words
    /// of other domains (`season`, `wages`, `shareholders`, `jury`…), more of them than
    /// diplomatic words (`minister`, `embassy`, `troops`…) and fewer than `whole` of those — a
    /// union's ultimatum to hospitals or a club refusing a league's sanction names a place as a
    /// diplomatic statement does, and the words around it tell them apart, while two
    /// governments quarrelling over workers' wages use the words of both; diplomatic with at
    /// least `whole` diplomatic words and more than twice as many as of other domains — a
    /// paragraph of such an article that names no place (a minister's quote on its own line)
    /// is still diplomatic.
    pub(crate) fn domain(self, lexicon: &Lexicon) -> Domain {
        let (d, others, diplomatics) = (lexicon.domains, self.others, self.diplomatics);
        if d.least > 0 && others >= d.least && others > diplomatics && diplomatics < d.whole {
            Domain::Other
        } else if d.whole > 0 && diplomatics >= d.whole && diplomatics > 2 * others {
            Domain::Diplomatic
        } else {
            Domain::Mixed
        }
    }

    /// True when the diplomatic words make at least the lexicon's `model_per_mille`
    /// thousandths of the words of the article's folded `texts`: the learned model reads only
    /// such an article. On PolNeAR, US political news that passes as diplomatic by its count of
    /// such words (a president, the government, security), most of the model's guesses were
    /// wrong, while the invented diplomatic articles it was made for are denser in them.
    pub(crate) fn dense_enough<'a>(self, lexicon: &Lexicon, texts: impl Iterator<Item = &'a str>) -> bool {
        let words: u64 = texts.map(words_in).sum();
        u64::from(self.diplomatics) * 1000 >= u64::from(lexicon.domains.model_per_mille) * words
    }
}

/// The words of `text`, a folded region (folding collapses each run of white space to one
/// space): its spaces and one, counted by memchr's vector search (`split_whitespace`,
/// decoding every character, cost 1.7 % of a corpus run).
fn words_in(text: &str) -> u64 {
    if text.is_empty() { 0 } else { memchr::memchr_iter(b' ', text.as_bytes()).count() as u64 + 1 }
}

/// True when hit `h` of folded `text` is a whole word: no word character glued before or
/// after it (never part of a hyphenated word: `life-threatening`, `must-win`).
fn whole_word(text: &str, h: &Hit) -> bool {
    let glued = |c: Option<char>| c.is_some_and(is_word_char);
    !glued(text[..h.start].chars().next_back()) && !glued(text[h.end..].chars().next())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_need_is_met_by_a_hit_nearby_that_does_not_overlap_the_needing_one() {
        let src = r#"{"categories": [
            {"name": "ULTIMATUM", "tag": "UL", "severity": 3, "cues": ["or face", "until friday"]},
            {"name": "THREAT", "tag": "TH", "severity": 3, "cues": [
                {"pattern": "or face sanctions", "needs": ["ULTIMATUM"]}]}]}"#;
        let lexicon = Lexicon::from_json(src, "lex.json").unwrap();
        // (sentence, category, cue, range): the threat covers the ultimatum's `or face`
        let (ul, th) = (0, 1);
        let (or_face, until_friday, or_face_sanctions) = (0, 1, 2);
        let alone = [(0, ul, or_face, 10..17), (0, th, or_face_sanctions, 10..27)];
        assert_eq!(needs_met(&lexicon, &alone), [true, false]);
        // a deadline in the sentence before meets it
        let deadline = [(0, ul, until_friday, 0..12), (1, ul, or_face, 30..37), (1, th, or_face_sanctions, 30..47)];
        assert_eq!(needs_met(&lexicon, &deadline), [true, true, true]);
        // two sentences away it does not
        let far = [(0, ul, until_friday, 0..12), (2, th, or_face_sanctions, 60..77)];
        assert_eq!(needs_met(&lexicon, &far), [true, false]);
    }

    #[test]
    fn a_hit_that_falls_for_want_of_its_need_meets_no_other_need() {
        let src = r#"{"categories": [
            {"name": "ULTIMATUM", "tag": "UL", "severity": 3, "cues": [
                {"pattern": "until friday", "needs": ["THREAT"]}]},
            {"name": "THREAT", "tag": "TH", "severity": 3, "cues": [
                {"pattern": "could stop", "needs": ["THREAT"]}, "will retaliate"]}]}"#;
        let lexicon = Lexicon::from_json(src, "lex.json").unwrap();
        let (ul, th) = (0, 1);
        let (until_friday, could_stop, will_retaliate) = (0, 1, 2);
        // `could stop` needs another threat and has none, so it meets the deadline's need neither
        let chain = [(0, ul, until_friday, 0..12), (0, th, could_stop, 20..30)];
        assert_eq!(needs_met(&lexicon, &chain), [false, false]);
        // with a threat that needs nothing beside them, both stand
        let held = [(0, ul, until_friday, 0..12), (0, th, could_stop, 20..30), (1, th, will_retaliate, 40..54)];
        assert_eq!(needs_met(&lexicon, &held), [true, true, true]);
    }

    #[test]
    fn the_model_reads_an_article_dense_enough_in_diplomatic_words() {
        let src = r#"{"domains": {"diplomatic": ["treaty", "envoy~"], "least": 0, "whole": 1, "model_per_mille": 200},
            "categories": [{"name": "THREAT", "tag": "TH", "severity": 3, "cues": ["or face"]}]}"#;
        let lexicon = Lexicon::from_json(src, "lex.json").unwrap();
        let dense = |text: &str| {
            let folded = Folded::new(text, 0);
            let hits = lexicon.matcher.find_all(&folded);
            let words = DomainWords::count(&lexicon, std::iter::once((folded.text.as_str(), hits.as_slice())));
            words.dense_enough(&lexicon, std::iter::once(folded.text.as_str()))
        };
        // two of eight words, then two of thirteen (a fifth is the bound)
        assert!(dense("The envoys said the treaty would hold firm."));
        assert!(!dense("The envoys said the treaty would hold firm, whatever else the week brings."));
        // no bound: any article
        let lexicon = Lexicon::from_json(&src.replace(r#", "model_per_mille": 200"#, ""), "lex.json").unwrap();
        let folded = Folded::new("Nothing at all.", 0);
        let words = DomainWords::count(&lexicon, std::iter::once((folded.text.as_str(), &[][..])));
        assert!(words.dense_enough(&lexicon, std::iter::once(folded.text.as_str())));
    }
}
