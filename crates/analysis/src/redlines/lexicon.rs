//! The red-line lexicon: categories (name, tag, default severity) with their cue patterns,
//! the word classes patterns refer to, the words of negation and modality, and the sentence
//! rules (boosters, escalation). Loaded from `assets/redlines.json` or a user's file in the
//! same format.

use std::collections::BTreeMap;

use rustc_hash::FxHashSet as HashSet;

use serde::Deserialize;

use crate::data_error::DataError;
use crate::redlines::expand::expand_phrase;
use crate::redlines::matcher::Matcher;
use crate::redlines::pattern::{Classes, Compiled, Item, compile};
use crate::text::fold::Folded;

/// The bundled lexicon.
pub const BUNDLED_LEXICON: &str = include_str!("../../../../assets/redlines.json");

#[derive(Debug, Deserialize)]
#[serde(untagged)]
enum CueEntry {
    Plain(String),
    Detailed(DetailedCue),
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct DetailedCue {
    pattern: String,
    severity: Option<u8>,
    weak: Option<bool>,
    #[serde(default)]
    needs: Vec<String>,
    sense: Option<String>,
    #[serde(default)]
    alone: bool,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct CategoryEntry {
    name: String,
    tag: String,
    severity: u8,
    #[serde(default)]
    description: String,
    #[serde(default)]
    de_escalation: bool,
    #[serde(default)]
    weak: bool,
    negated: Option<String>,
    cues: Vec<CueEntry>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Booster {
    category: String,
    raise: u8,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Escalation {
    all_of: Vec<String>,
    raise: String,
    to: u8,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct LexiconFile {
    /// Documentation for people; not read.
    #[serde(default, rename = "about")]
    _about: String,
    #[serde(default)]
    classes: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    negators: Vec<String>,
    #[serde(default)]
    phrase_negators: Vec<String>,
    #[serde(default)]
    cancellers: Vec<String>,
    #[serde(default)]
    clause_openers: Vec<String>,
    #[serde(default)]
    hedges: Vec<String>,
    #[serde(default)]
    intensifiers: Vec<String>,
    #[serde(default)]
    topic_words: Vec<String>,
    booster: Option<Booster>,
    escalation: Option<Escalation>,
    categories: Vec<CategoryEntry>,
}

/// One category of red-line language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Category {
    /// e.g. `ULTIMATUM`.
    pub name: String,
    /// A short tag shown next to highlights, e.g. `UL`.
    pub tag: String,
    /// Default severity, 0–5.
    pub severity: u8,
    /// One line saying what the category covers.
    pub description: String,
    /// True for counterweights (openness to talks), shown in a cool colour.
    pub de_escalation: bool,
    /// The category a negated hit of this one becomes (a negated offer of talks is a
    /// refusal); without one, a negated hit is dropped.
    pub negated: Option<String>,
}

/// One cue: its pattern text, category index and severity.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cue {
    /// The pattern as written in the lexicon.
    pub pattern: String,
    /// Index into [`Lexicon::categories`].
    pub category: usize,
    /// Severity of a hit before sentence rules, 0–5.
    pub severity: u8,
    /// What must stand just before and just after the highlight.
    pub(crate) before: Vec<Item>,
    pub(crate) after: Vec<Item>,
    /// True when the cue counts only in a paragraph naming a place or organisation.
    pub(crate) weak: bool,
    /// Categories of which a hit must lie in the same sentence or a neighbouring one.
    pub(crate) needs: Vec<usize>,
    /// The sense rule the cue stands for, said in a few words (for `why`).
    pub(crate) sense: Option<String>,
    /// For a cue of the booster category: reported even when it raises no other hit (an
    /// act of resolve in itself, "will not be intimidated", where "in any case" is not).
    pub(crate) alone: bool,
}

/// A compiled lexicon.
#[derive(Debug, Clone)]
pub struct Lexicon {
    categories: Vec<Category>,
    cues: Vec<Cue>,
    /// Every cue's pattern, then the topic words: hits at `cues().len()` and above are topic
    /// words, never reported.
    pub(crate) matcher: Matcher,
    /// Folded negator words ("not", "n't").
    pub(crate) negators: Vec<String>,
    /// Folded negators of a phrase (`without`): they negate only a hit right after them
    /// (`without issuing an ultimatum`), not the verb of their clause
    /// (`entering without permission would be shot down`).
    pub(crate) phrase_negators: HashSet<String>,
    /// Folded words or pairs of words that drop a hit later in their clause whatever its
    /// category: what one failed, refused or avoided to do did not happen (`failed to find
    /// common ground`).
    pub(crate) cancellers: HashSet<String>,
    /// Folded words that open a clause: negation and hedges do not reach over them.
    pub(crate) clause_openers: HashSet<String>,
    /// Folded hedges (`may`, `could`): a hit they qualify loses one severity.
    pub(crate) hedges: HashSet<String>,
    /// Folded intensifiers (`very`, `massive`): a hit holding one gains one severity.
    pub(crate) intensifiers: HashSet<String>,
    /// Folded words of the class `function`, never a `@Name`.
    pub(crate) function_words: HashSet<String>,
    /// For each category, the index of the category its negated hits become.
    pub(crate) negated: Vec<Option<usize>>,
    /// (category index, raise) of the booster category.
    pub(crate) booster: Option<(usize, u8)>,
    /// (categories that must all occur in a sentence, category raised, new severity).
    pub(crate) escalation: Option<(Vec<usize>, usize, u8)>,
}

/// The folded phrases of each class; an entry may use `~`.
fn classes(file: &str, source: &str, raw: &BTreeMap<String, Vec<String>>) -> Result<Classes, DataError> {
    let mut out = Classes::new();
    for (name, entries) in raw {
        let mut phrases = Vec::new();
        for entry in entries {
            let expanded = expand_phrase(entry)
                .map_err(|e| DataError::in_string(file, source, entry, 0, format!("class {name}: {e}")))?;
            phrases.extend(expanded);
        }
        out.insert(name.clone(), phrases.into());
    }
    Ok(out)
}

fn folded_set(words: &[String]) -> HashSet<String> {
    words.iter().map(|w| Folded::phrase(w)).collect()
}

impl Lexicon {
    /// The lexicon bundled in the binary.
    pub fn bundled() -> Self {
        Lexicon::from_json(BUNDLED_LEXICON, "assets/redlines.json").expect("bundled lexicon is valid")
    }

    /// Parses and compiles a lexicon; `file` names it in errors.
    pub fn from_json(source: &str, file: &str) -> Result<Self, DataError> {
        let parsed: LexiconFile = serde_json::from_str(source).map_err(|e| DataError::from_json(file, &e))?;
        let at_top = |message: String| DataError { file: file.to_string(), line: 1, column: 1, message };
        let classes = classes(file, source, &parsed.classes)?;
        let names: Vec<String> = parsed.categories.iter().map(|c| c.name.clone()).collect();
        let find = |name: &str| {
            names.iter().position(|n| n == name).ok_or_else(|| at_top(format!("unknown category {name:?}")))
        };
        let mut categories = Vec::new();
        let mut cues = Vec::new();
        let mut compiled: Vec<Compiled> = Vec::new();
        let mut negated = Vec::new();
        for entry in parsed.categories {
            if entry.severity > 5 {
                let message = format!("category {}: severity must be 0–5", entry.name);
                return Err(DataError::in_string(file, source, &entry.name, 0, message));
            }
            let category = categories.len();
            for cue in entry.cues {
                let detail = match cue {
                    CueEntry::Plain(pattern) => DetailedCue {
                        pattern,
                        severity: None,
                        weak: None,
                        needs: Vec::new(),
                        sense: None,
                        alone: false,
                    },
                    CueEntry::Detailed(d) => d,
                };
                let pattern = detail.pattern;
                let mut c = compile(&pattern, &classes).map_err(|e| {
                    DataError::in_string(file, source, &pattern, e.column, format!("invalid pattern: {}", e.message))
                })?;
                let severity = detail.severity.unwrap_or(entry.severity);
                if severity > 5 {
                    return Err(DataError::in_string(file, source, &pattern, 0, "severity must be 0–5".into()));
                }
                let needs = detail.needs.iter().map(|n| find(n)).collect::<Result<_, _>>()?;
                cues.push(Cue {
                    pattern,
                    category,
                    severity,
                    before: std::mem::take(&mut c.before),
                    after: std::mem::take(&mut c.after),
                    weak: detail.weak.unwrap_or(entry.weak),
                    needs,
                    sense: detail.sense,
                    alone: detail.alone,
                });
                compiled.push(c);
            }
            negated.push(entry.negated.as_deref().map(find).transpose()?);
            categories.push(Category {
                name: entry.name,
                tag: entry.tag,
                severity: entry.severity,
                description: entry.description,
                de_escalation: entry.de_escalation,
                negated: entry.negated,
            });
        }
        for word in &parsed.topic_words {
            let c = compile(word, &classes).map_err(|e| {
                DataError::in_string(file, source, word, e.column, format!("invalid topic word: {}", e.message))
            })?;
            compiled.push(c);
        }
        let booster = parsed.booster.map(|b| Ok::<_, DataError>((find(&b.category)?, b.raise))).transpose()?;
        let escalation = match parsed.escalation {
            Some(e) => {
                Some((e.all_of.iter().map(|n| find(n)).collect::<Result<_, _>>()?, find(&e.raise)?, e.to.min(5)))
            }
            None => None,
        };
        let function_words = classes.get("function").map(|f| f.iter().cloned().collect()).unwrap_or_default();
        Ok(Lexicon {
            categories,
            cues,
            matcher: Matcher::from_compiled(compiled),
            negators: parsed.negators.iter().map(|n| Folded::phrase(n)).collect(),
            phrase_negators: folded_set(&parsed.phrase_negators),
            cancellers: folded_set(&parsed.cancellers),
            clause_openers: folded_set(&parsed.clause_openers),
            hedges: folded_set(&parsed.hedges),
            intensifiers: folded_set(&parsed.intensifiers),
            function_words,
            negated,
            booster,
            escalation,
        })
    }

    /// The categories, in lexicon order.
    pub fn categories(&self) -> &[Category] {
        &self.categories
    }

    /// The cues, in lexicon order; a matcher hit's pattern index points here.
    pub fn cues(&self) -> &[Cue] {
        &self.cues
    }

    /// Every literal the lexicon's automaton searches for, folded (lower case, straight
    /// apostrophes): each cue's choices, options and inflections expanded, up to its first
    /// `{num}` or `...`, and the topic words. What a plain multi-literal search would need to
    /// find the same cues.
    pub fn literals(&self) -> &[String] {
        self.matcher.literals()
    }

    /// The category with this name.
    pub fn category(&self, name: &str) -> Option<&Category> {
        self.categories.iter().find(|c| c.name == name)
    }
}

#[cfg(test)]
#[path = "lexicon_tests.rs"]
mod tests;
