//! The lexicon file's JSON as serde reads it, before [`super::compile_lexicon`] checks and
//! compiles it: unknown fields are errors (a misspelt key must not be silently ignored), and
//! optional ones default to empty. The fields' meaning is documented in the file's own
//! `about` text and in [`super::CompiledLexicon`].

use std::collections::BTreeMap;

use serde::Deserialize;

#[derive(Debug, Deserialize)]
#[serde(untagged)]
pub(super) enum CueEntry {
    Plain(String),
    Detailed(DetailedCue),
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct DetailedCue {
    pub(super) pattern: String,
    pub(super) severity: Option<u8>,
    pub(super) weak: Option<bool>,
    #[serde(default)]
    pub(super) needs: Vec<String>,
    pub(super) sense: Option<String>,
    #[serde(default)]
    pub(super) alone: bool,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct CategoryEntry {
    pub(super) name: String,
    pub(super) tag: String,
    pub(super) severity: u8,
    #[serde(default)]
    pub(super) description: String,
    #[serde(default)]
    pub(super) de_escalation: bool,
    #[serde(default)]
    pub(super) weak: bool,
    pub(super) negated: Option<String>,
    pub(super) cues: Vec<CueEntry>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct Booster {
    pub(super) category: String,
    pub(super) raise: u8,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct Escalation {
    pub(super) all_of: Vec<String>,
    pub(super) raise: String,
    pub(super) to: u8,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct DomainsEntry {
    #[serde(default)]
    pub(super) other: Vec<String>,
    #[serde(default)]
    pub(super) diplomatic: Vec<String>,
    pub(super) least: u32,
    #[serde(default)]
    pub(super) whole: u32,
    #[serde(default)]
    pub(super) model_per_mille: u32,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct BackgroundEntry {
    pub(super) dating: Vec<String>,
    pub(super) future: Vec<String>,
    #[serde(default)]
    pub(super) participles: Vec<String>,
    #[serde(default)]
    pub(super) then: Vec<String>,
    #[serde(default)]
    pub(super) when: Vec<String>,
    #[serde(default)]
    pub(super) spares: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct LexiconFile {
    /// Documentation for people; not read.
    #[serde(default, rename = "about")]
    pub(super) _about: String,
    #[serde(default)]
    pub(super) classes: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    pub(super) negators: Vec<String>,
    #[serde(default)]
    pub(super) phrase_negators: Vec<String>,
    #[serde(default)]
    pub(super) cancellers: Vec<String>,
    #[serde(default)]
    pub(super) clause_openers: Vec<String>,
    #[serde(default)]
    pub(super) hedges: Vec<String>,
    #[serde(default)]
    pub(super) intensifiers: Vec<String>,
    #[serde(default)]
    pub(super) topic_words: Vec<String>,
    pub(super) domains: Option<DomainsEntry>,
    pub(super) background: Option<BackgroundEntry>,
    pub(super) booster: Option<Booster>,
    pub(super) escalation: Option<Escalation>,
    pub(super) categories: Vec<CategoryEntry>,
}
