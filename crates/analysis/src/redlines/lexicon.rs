//! The red-line lexicon: categories (name, tag, default severity) with their cue patterns,
//! the negators, and the sentence rules (boosters, escalation). Loaded from
//! `assets/redlines.json` or a user's file in the same format.

use serde::Deserialize;

use crate::data_error::DataError;
use crate::redlines::matcher::Matcher;
use crate::redlines::pattern::validate;

/// The bundled lexicon.
pub const BUNDLED_LEXICON: &str = include_str!("../../../../assets/redlines.json");

#[derive(Debug, Deserialize)]
#[serde(untagged)]
enum CueEntry {
    Plain(String),
    Detailed { pattern: String, severity: Option<u8> },
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
    negators: Vec<String>,
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
}

/// A compiled lexicon.
#[derive(Debug, Clone)]
pub struct Lexicon {
    categories: Vec<Category>,
    cues: Vec<Cue>,
    pub(crate) matcher: Matcher,
    /// Folded negator words ("not", "n't").
    pub(crate) negators: Vec<String>,
    /// (category index, raise) of the booster category.
    pub(crate) booster: Option<(usize, u8)>,
    /// (categories that must all occur in a sentence, category raised, new severity).
    pub(crate) escalation: Option<(Vec<usize>, usize, u8)>,
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
        let mut categories = Vec::new();
        let mut cues = Vec::new();
        for entry in parsed.categories {
            if entry.severity > 5 {
                return Err(DataError::in_string(
                    file,
                    source,
                    &entry.name,
                    0,
                    format!("category {}: severity must be 0–5", entry.name),
                ));
            }
            let category = categories.len();
            for cue in entry.cues {
                let (pattern, severity) = match cue {
                    CueEntry::Plain(p) => (p, entry.severity),
                    CueEntry::Detailed { pattern, severity } => (pattern, severity.unwrap_or(entry.severity)),
                };
                if let Err(e) = validate(&pattern) {
                    return Err(DataError::in_string(
                        file,
                        source,
                        &pattern,
                        e.column,
                        format!("invalid pattern: {}", e.message),
                    ));
                }
                if severity > 5 {
                    return Err(DataError::in_string(file, source, &pattern, 0, "severity must be 0–5".into()));
                }
                cues.push(Cue { pattern, category, severity });
            }
            categories.push(Category {
                name: entry.name,
                tag: entry.tag,
                severity: entry.severity,
                description: entry.description,
                de_escalation: entry.de_escalation,
            });
        }
        let find = |name: &str| {
            categories.iter().position(|c| c.name == name).ok_or_else(|| at_top(format!("unknown category {name:?}")))
        };
        let booster = parsed.booster.map(|b| Ok::<_, DataError>((find(&b.category)?, b.raise))).transpose()?;
        let escalation = match parsed.escalation {
            Some(e) => {
                Some((e.all_of.iter().map(|n| find(n)).collect::<Result<_, _>>()?, find(&e.raise)?, e.to.min(5)))
            }
            None => None,
        };
        let patterns: Vec<&str> = cues.iter().map(|c| c.pattern.as_str()).collect();
        let matcher = Matcher::new(&patterns)
            .map_err(|(i, e)| DataError::in_string(file, source, patterns[i], e.column, e.message))?;
        let negators = parsed.negators.iter().map(|n| crate::text::fold::Folded::phrase(n)).collect();
        Ok(Lexicon { categories, cues, matcher, negators, booster, escalation })
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
    /// `{num}` or `...`. What a plain multi-literal search would need to find the same cues.
    pub fn literals(&self) -> &[String] {
        self.matcher.literals()
    }

    /// The category with this name.
    pub fn category(&self, name: &str) -> Option<&Category> {
        self.categories.iter().find(|c| c.name == name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bundled_lexicon_has_the_taxonomy() {
        let l = Lexicon::bundled();
        let tags: Vec<&str> = l.categories().iter().map(|c| c.tag.as_str()).collect();
        assert_eq!(tags, ["RL", "UL", "TH", "CP", "DM", "GR", "RS", "DE"]);
        assert!(l.booster.is_some() && l.escalation.is_some());
    }

    #[test]
    fn malformed_json_says_line_and_column() {
        let e = Lexicon::from_json("{\n  \"categories\": [ }", "x.json").unwrap_err();
        assert_eq!((e.file.as_str(), e.line), ("x.json", 2));
        assert!(e.to_string().starts_with("x.json:2:"));
    }

    #[test]
    fn literals_expand_choices_options_and_stop_at_a_gap() {
        let src = r#"{"categories": [{"name": "T", "tag": "T", "severity": 3,
            "cues": ["(will|shall) not [ever] wait", "Don’t ... us"]}]}"#;
        let mut literals = Lexicon::from_json(src, "lex.json").unwrap().literals().to_vec();
        literals.sort();
        assert_eq!(literals, ["don't", "shall not ever wait", "shall not wait", "will not ever wait", "will not wait"]);
    }

    #[test]
    fn invalid_pattern_is_located() {
        let src = "{\"categories\": [\n {\"name\": \"T\", \"tag\": \"T\", \"severity\": 3,\n  \"cues\": [\"fine\", \"bad (x|y\"]}]}";
        let e = Lexicon::from_json(src, "lex.json").unwrap_err();
        assert_eq!((e.line, e.column), (3, 25));
        assert!(e.message.contains("never closed"), "{}", e.message);
    }
}
