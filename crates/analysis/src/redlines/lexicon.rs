//! The red-line lexicon: categories (name, tag, default severity) with their cue patterns,
//! the word classes patterns refer to, the words of negation and modality, and the sentence
//! rules (boosters, escalation). Loaded from `assets/redlines.json` or a user's file in the
//! same format.

use std::ops::Range;

use redline_patterns::pattern::Item;
use redline_patterns::{CompiledLexicon, DataError, Domains, Strings, lexicon, stored};
use rustc_hash::FxHashSet as HashSet;

pub use redline_patterns::Category;

use crate::redlines::matcher::Matcher;

/// The bundled lexicon.
pub const BUNDLED_LEXICON: &str = include_str!("../../../../assets/redlines.json");

/// The bundled lexicon compiled by the build script (`build.rs`) from [`BUNDLED_LEXICON`],
/// in the form of [`redline_patterns::stored`]: a test checks that it equals a fresh compile.
const BUNDLED_COMPILED: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/redlines.postcard"));

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
    /// Categories of which a hit must lie in the same sentence or a neighbouring one (and not
    /// overlap the needing hit).
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
    /// Every cue's pattern, then the topic words, then the words of other domains and the
    /// diplomatic words: hits at `cues().len()` and above are never reported.
    pub(crate) matcher: Matcher,
    /// How many topic words follow the cues among the matcher's patterns.
    pub(crate) topic_words: usize,
    /// The words that tell an article of another domain, after the topic words.
    pub(crate) domains: Domains,
    /// Folded words that open a date after a hit (`in`, `since`).
    pub(crate) dating: HashSet<String>,
    /// Folded participles not ending in `-ed` (`begun`): a date after one dates its phrase.
    pub(crate) participles: HashSet<String>,
    /// Folded phrases, as words, that date what follows them in their sentence (`at the time`).
    pub(crate) then: Vec<Vec<String>>,
    /// Folded words that, after a date, open what happened then (`when`).
    pub(crate) when: HashSet<String>,
    /// Folded words that make a clause future or modal: a dated hit after one is no background.
    pub(crate) future: HashSet<String>,
    /// Whether each category is spared the background rule.
    pub(crate) spared: Vec<bool>,
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

fn set(words: Vec<String>) -> HashSet<String> {
    words.into_iter().collect()
}

impl Lexicon {
    /// The lexicon bundled in the binary, compiled when the binary was built: loading it
    /// compiles no pattern.
    pub fn bundled() -> Self {
        let compiled = stored::from_bytes(BUNDLED_COMPILED).expect("the build script stored the bundled lexicon");
        Lexicon::from_compiled(compiled)
    }

    /// Parses and compiles a lexicon; `file` names it in errors.
    pub fn from_json(source: &str, file: &str) -> Result<Self, DataError> {
        Ok(Lexicon::from_compiled(lexicon::compile_lexicon(source, file)?))
    }

    fn from_compiled(c: CompiledLexicon) -> Self {
        let cues = c
            .cues
            .into_iter()
            .map(|c| Cue {
                pattern: c.pattern,
                category: c.category,
                severity: c.severity,
                before: c.before,
                after: c.after,
                weak: c.weak,
                needs: c.needs,
                sense: c.sense,
                alone: c.alone,
            })
            .collect();
        let spared = (0..c.categories.len()).map(|i| c.background.spares.contains(&i)).collect();
        Lexicon {
            categories: c.categories,
            cues,
            matcher: Matcher::compiled(c.literals, c.parts, c.when),
            topic_words: c.topic_words,
            domains: c.domains,
            spared,
            dating: set(c.background.dating),
            future: set(c.background.future),
            participles: set(c.background.participles),
            then: c.background.then.iter().map(|p| p.split(' ').map(str::to_string).collect()).collect(),
            when: set(c.background.when),
            negators: c.negators,
            phrase_negators: set(c.phrase_negators),
            cancellers: set(c.cancellers),
            clause_openers: set(c.clause_openers),
            hedges: set(c.hedges),
            intensifiers: set(c.intensifiers),
            function_words: set(c.function_words),
            negated: c.negated,
            booster: c.booster,
            escalation: c.escalation,
        }
    }

    /// The categories, in lexicon order.
    pub fn categories(&self) -> &[Category] {
        &self.categories
    }

    /// The matcher's patterns that are topic words: they follow the cues.
    pub(crate) fn topic_word_patterns(&self) -> Range<usize> {
        self.cues.len()..self.cues.len() + self.topic_words
    }

    /// The cues, in lexicon order; a matcher hit's pattern index points here.
    pub fn cues(&self) -> &[Cue] {
        &self.cues
    }

    /// Every literal the lexicon's automaton searches for, folded (lower case, straight
    /// apostrophes): each cue's choices, options and inflections expanded, up to its first
    /// `{num}` or `...`, and the topic words. What a plain multi-literal search would need to
    /// find the same cues.
    pub fn literals(&self) -> &Strings {
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
