//! The words that structure articles and attributions, loaded from `assets/language.json`:
//! cue verbs, pronouns, role nouns and titles for speakers; byline prefixes and page-chrome
//! markers for article structure.

use std::collections::HashSet;

use serde::Deserialize;

/// The bundled language data.
pub const BUNDLED_LANGUAGE: &str = include_str!("../assets/language.json");

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct LanguageFile {
    cue_verbs: Vec<String>,
    pronouns: Vec<String>,
    role_nouns: Vec<String>,
    titles: Vec<String>,
    name_particles: Vec<String>,
    not_names: Vec<String>,
    byline_prefixes: Vec<String>,
    chrome_end: Vec<String>,
    chrome_lines: Vec<String>,
}

/// Language data, with every list lower-cased (titles and non-names keep their case) for
/// quick membership tests.
#[derive(Debug, Clone)]
pub struct Language {
    /// Reporting verbs and phrases ("said", "according to"), lower case; multi-word ones
    /// are kept as phrases.
    pub cue_verbs: HashSet<String>,
    /// Personal pronouns that can be speakers ("he", "she").
    pub pronouns: HashSet<String>,
    /// Nouns that refer back to a person ("minister", "foreign minister").
    pub role_nouns: HashSet<String>,
    /// Words or phrases written before a name ("President", "Foreign Minister").
    pub titles: HashSet<String>,
    /// Lower-case words allowed inside a name ("van", "bin").
    pub name_particles: HashSet<String>,
    /// Capitalised words that never start or make up a person's name.
    pub not_names: HashSet<String>,
    /// Line openings that mark a byline ("Written by"), longest first.
    pub byline_prefixes: Vec<String>,
    /// Lines that end the article body ("About the author"), lower case.
    pub chrome_end: HashSet<String>,
    /// Lines that are page furniture wherever they stand ("Advertisement"), lower case.
    pub chrome_lines: HashSet<String>,
}

impl Language {
    /// The language data bundled in the binary.
    pub fn bundled() -> Self {
        Language::from_json(BUNDLED_LANGUAGE).expect("bundled assets/language.json is valid")
    }

    /// Parses language data in the format of `assets/language.json`.
    pub fn from_json(json: &str) -> Result<Self, serde_json::Error> {
        let file: LanguageFile = serde_json::from_str(json)?;
        let lower = |v: Vec<String>| v.into_iter().map(|s| s.to_lowercase()).collect();
        let mut byline_prefixes = file.byline_prefixes;
        byline_prefixes.sort_by_key(|p| std::cmp::Reverse(p.len()));
        Ok(Language {
            cue_verbs: lower(file.cue_verbs),
            pronouns: lower(file.pronouns),
            role_nouns: lower(file.role_nouns),
            titles: file.titles.into_iter().collect(),
            name_particles: lower(file.name_particles),
            not_names: file.not_names.into_iter().collect(),
            byline_prefixes,
            chrome_end: lower(file.chrome_end),
            chrome_lines: lower(file.chrome_lines),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bundled_data_loads_and_lowercases_cues() {
        let l = Language::bundled();
        assert!(l.cue_verbs.contains("according to"));
        assert!(l.pronouns.contains("he"));
        assert!(l.titles.contains("President"));
        assert!(l.byline_prefixes.first().unwrap().len() >= l.byline_prefixes.last().unwrap().len());
    }
}
