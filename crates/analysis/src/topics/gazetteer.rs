//! The topic gazetteer: labels and their aliases (NATO ↔ North Atlantic Alliance), loaded
//! from `assets/topics.json` or a user's file, and matched as whole words across
//! possessives, curly apostrophes and hyphenation artifacts. All-capital aliases (acronyms)
//! match case-sensitively, so "US" is never "us".

use rustc_hash::FxHashSet as HashSet;
use std::ops::Range;

use serde::Deserialize;

use crate::article::sections::Sections;
use crate::redlines::matcher::{Hit, Matcher};
use crate::text::fold::Folded;
use crate::text::sieve::Sieve;
use redline_patterns::DataError;

/// The bundled gazetteer.
pub const BUNDLED_TOPICS: &str = include_str!("../../../../assets/topics.json");

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct TopicEntry {
    label: String,
    aliases: Vec<String>,
    #[serde(default)]
    match_case: bool,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct TopicsFile {
    /// Documentation for people; not read.
    #[serde(default, rename = "about")]
    _about: String,
    topics: Vec<TopicEntry>,
}

/// One alias: its topic and whether it must match with its exact case.
#[derive(Debug, Clone)]
struct Alias {
    text: String,
    topic: usize,
    exact_case: bool,
}

/// A compiled gazetteer.
#[derive(Debug, Clone)]
pub struct Gazetteer {
    labels: Vec<String>,
    aliases: Vec<Alias>,
    pub(crate) matcher: Matcher,
    /// Aliases that match only as written.
    exact_words: HashSet<String>,
    /// Folded aliases that match in any case.
    folded_words: HashSet<String>,
    /// The alias words, exact and folded, with their first and last bytes in lower case.
    sieve: Sieve,
}

/// A place in the text where a gazetteer topic is named.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    /// Index into [`Gazetteer::labels`].
    pub topic: usize,
    /// Byte range of the alias in the text.
    pub range: Range<usize>,
}

fn is_acronym(alias: &str) -> bool {
    alias.chars().filter(|c| c.is_uppercase()).count() >= 2 && !alias.chars().any(char::is_lowercase)
}

impl Gazetteer {
    /// The gazetteer bundled in the binary.
    pub fn bundled() -> Self {
        Gazetteer::from_json(BUNDLED_TOPICS, "assets/topics.json").expect("bundled gazetteer is valid")
    }

    /// Parses a gazetteer; `file` names it in errors.
    pub fn from_json(source: &str, file: &str) -> Result<Self, DataError> {
        let parsed: TopicsFile = serde_json::from_str(source).map_err(|e| DataError::from_json(file, &e))?;
        let mut labels = Vec::new();
        let mut aliases = Vec::new();
        // each alias folded once, for the check, the matcher and the words matched in any case
        let mut folded_aliases = Vec::new();
        for (topic, entry) in parsed.topics.into_iter().enumerate() {
            for text in std::iter::once(&entry.label).chain(&entry.aliases) {
                let folded = Folded::phrase(text);
                if folded.is_empty() {
                    let message = format!("topic {:?}: an alias must hold a word", entry.label);
                    return Err(DataError::in_string(file, source, text, 0, message));
                }
                let exact_case = entry.match_case || is_acronym(text);
                aliases.push(Alias { text: text.clone(), topic, exact_case });
                folded_aliases.push(folded);
            }
            labels.push(entry.label);
        }
        let exact_words: HashSet<String> = aliases.iter().filter(|a| a.exact_case).map(|a| a.text.clone()).collect();
        let folded_words: HashSet<String> =
            aliases.iter().zip(&folded_aliases).filter(|(a, _)| !a.exact_case).map(|(_, f)| f.clone()).collect();
        let matcher = Matcher::folded(folded_aliases);
        let mut sieve = Sieve::new();
        for w in exact_words.iter().chain(&folded_words) {
            sieve.insert_word(w.to_ascii_lowercase().as_bytes());
        }
        Ok(Gazetteer { labels, aliases, matcher, exact_words, folded_words, sieve })
    }

    /// The topic labels, in file order.
    pub fn labels(&self) -> &[String] {
        &self.labels
    }

    /// True when `word` (as written) is one of the aliases, in a case it matches.
    pub fn is_alias(&self, word: &str) -> bool {
        let b = word.as_bytes();
        let mut buffer = [0u8; 32];
        if b.is_empty() || b.len() > buffer.len() || !b.iter().all(u8::is_ascii_alphanumeric) {
            return self.exact_words.contains(word) || self.folded_words.contains(&Folded::phrase(word));
        }
        // Letters and digits fold to their ASCII lower case: no folded copy needs building,
        // and the sieve turns most words away.
        let lower = &mut buffer[..b.len()];
        lower.copy_from_slice(b);
        lower.make_ascii_lowercase();
        if !self.sieve.may_hold_word(lower) {
            return false;
        }
        self.exact_words.contains(word) || std::str::from_utf8(lower).is_ok_and(|w| self.folded_words.contains(w))
    }

    /// Every mention of a topic in `range` of `text`, in text order; a longer alias wins
    /// over a shorter one inside it.
    pub fn find_in(&self, text: &str, range: Range<usize>) -> Vec<Mention> {
        let folded = Folded::new(&text[range.clone()], range.start);
        self.mentions_in(text, range, &folded, self.matcher.find_all(&folded))
    }

    /// [`Gazetteer::find_in`] on a range already folded and searched: `hits` are those of
    /// the gazetteer's matcher on `folded`.
    fn mentions_in(&self, text: &str, range: Range<usize>, folded: &Folded, hits: Vec<Hit>) -> Vec<Mention> {
        let slice = &text[range];
        let mut out: Vec<Mention> = Vec::new();
        // Hits come by start, longest first: one inside an earlier, longer hit is dropped.
        let mut cover_end = 0;
        for hit in hits {
            let alias = &self.aliases[hit.pattern];
            let (a, b) = folded.original_range(slice, hit.start, hit.end);
            if alias.exact_case && text[a..b] != alias.text {
                continue;
            }
            let same_place = out.last().is_some_and(|m| m.range == (a..b));
            if b <= cover_end && !same_place {
                continue;
            }
            if !(same_place && out.iter().rev().take_while(|m| m.range == (a..b)).any(|m| m.topic == alias.topic)) {
                out.push(Mention { topic: alias.topic, range: a..b });
            }
            cover_end = cover_end.max(b);
        }
        out
    }

    /// Mentions in the title and every body paragraph of an article, given the hits of the
    /// gazetteer's matcher in each region.
    pub(crate) fn mentions(&self, text: &str, sections: &Sections, hits: Vec<Vec<Hit>>) -> Vec<Mention> {
        let found = sections.ranges.iter().zip(&sections.folded).zip(hits);
        found.flat_map(|((r, f), hits)| self.mentions_in(text, r.clone(), f, hits)).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn labels(g: &Gazetteer, t: &str) -> Vec<String> {
        g.find_in(t, 0..t.len()).into_iter().map(|m| g.labels()[m.topic].clone()).collect()
    }

    #[test]
    fn aliases_possessives_and_hyphenation() {
        let g = Gazetteer::bundled();
        assert_eq!(labels(&g, "Tokyo’s view"), ["Japan"]);
        assert_eq!(labels(&g, "The Eur-opean Union said"), ["European Union"]);
        assert_eq!(labels(&g, "the North Atlantic Alliance"), ["NATO"]);
    }

    #[test]
    fn alias_words_in_any_case_but_acronyms() {
        let g = Gazetteer::bundled();
        assert!(g.is_alias("Tokyo") && g.is_alias("TOKYO") && g.is_alias("NATO"));
        assert!(g.is_alias("US") && !g.is_alias("Us") && !g.is_alias("Tokyoite"));
    }

    #[test]
    fn acronyms_are_case_sensitive() {
        let g = Gazetteer::bundled();
        assert_eq!(labels(&g, "the US told us"), ["United States"]);
        assert!(labels(&g, "tell us, eu").is_empty());
    }

    #[test]
    fn longer_alias_wins() {
        let g = Gazetteer::from_json(
            r#"{"topics": [{"label": "A", "aliases": ["Security Council"]}, {"label": "B", "aliases": ["Council"]}]}"#,
            "t.json",
        )
        .unwrap();
        assert_eq!(labels(&g, "the Security Council met"), ["A"]);
    }
}
