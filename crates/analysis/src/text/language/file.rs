//! The language data file as read (`assets/language.json`): its lists as written, before
//! [`super::Language`] folds them into word tables. Lists added after the first release are
//! optional, so that a file written before them still reads.

use rustc_hash::FxHashMap;
use serde::Deserialize;

use crate::text::page_words::PageFile;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct LanguageFile {
    pub(super) cue_verbs: Vec<String>,
    pub(super) pronouns: Vec<String>,
    pub(super) role_nouns: Vec<String>,
    pub(super) titles: Vec<String>,
    pub(super) name_particles: Vec<String>,
    pub(super) not_names: Vec<String>,
    pub(super) byline_prefixes: Vec<String>,
    pub(super) chrome_end: Vec<String>,
    pub(super) chrome_lines: Vec<String>,
    pub(super) page: PageFile,
    pub(super) speaker_nouns: Vec<String>,
    pub(super) description_openers: Vec<String>,
    pub(super) passive_auxiliaries: Vec<String>,
    pub(super) organisations: Vec<String>,
    pub(super) states: Vec<String>,
    pub(super) organisation_heads: Vec<String>,
    pub(super) surname_words: Vec<String>,
    pub(super) cue_modifiers: Vec<String>,
    pub(super) function_words: Vec<String>,
    pub(super) clause_openers: Vec<String>,
    pub(super) coordinators: Vec<String>,
    pub(super) absolute_openers: Vec<String>,
    pub(super) qualifier_prepositions: Vec<String>,
    pub(super) qualifier_adjectives: Vec<String>,
    pub(super) adjunct_prepositions: Vec<String>,
    pub(super) title_cues: Vec<String>,
    /// Optional, so that a language file written before it still reads.
    #[serde(default)]
    pub(super) document_nouns: Vec<String>,
    /// Optional, as `document_nouns`.
    #[serde(default)]
    pub(super) organisation_connectors: Vec<String>,
    /// Optional, as `document_nouns`.
    #[serde(default)]
    pub(super) name_suffixes: Vec<String>,
    /// Optional, as `document_nouns`.
    #[serde(default)]
    pub(super) name_initials: Vec<String>,
    /// Optional, as `document_nouns`.
    #[serde(default)]
    pub(super) object_cues: Vec<String>,
    /// Optional, as `document_nouns`.
    #[serde(default)]
    pub(super) noun_markers: Vec<String>,
    /// Optional, as `document_nouns`.
    #[serde(default)]
    pub(super) title_verbs: Vec<String>,
    /// Optional, as `document_nouns`.
    #[serde(default)]
    pub(super) verb_markers: Vec<String>,
    /// Optional, as `document_nouns`.
    #[serde(default)]
    pub(super) past_forms: Vec<String>,
    /// Optional, as `document_nouns`.
    #[serde(default)]
    pub(super) signing_verbs: Vec<String>,
    /// Optional, as `document_nouns`.
    #[serde(default)]
    pub(super) term_cues: Vec<String>,
    /// Optional, as `document_nouns`.
    #[serde(default)]
    pub(super) term_nouns: Vec<String>,
    /// Optional, as `document_nouns`.
    #[serde(default)]
    pub(super) caption_words: Vec<String>,
    /// Optional, as `document_nouns`.
    #[serde(default)]
    pub(super) portfolio_words: Vec<String>,
    /// Optional, as `document_nouns`.
    #[serde(default)]
    pub(super) firm_nouns: Vec<String>,
    /// Optional, as `document_nouns`.
    #[serde(default)]
    pub(super) firm_heads: Vec<String>,
    /// Optional, as `document_nouns`.
    #[serde(default)]
    pub(super) collective_nouns: Vec<String>,
    /// Optional, as `document_nouns`.
    #[serde(default)]
    pub(super) partitives: Vec<String>,
    /// Optional, as `document_nouns`.
    #[serde(default)]
    pub(super) kin_nouns: Vec<String>,
    pub(super) gendered_words: FxHashMap<String, String>,
    pub(super) role_kinds: FxHashMap<String, Vec<String>>,
}
