//! A red-line lexicon file (`assets/redlines.json`, or a user's file in its format) parsed
//! and compiled into plain data ([`CompiledLexicon`]): categories (name, tag, default
//! severity) with their cue patterns compiled, the literals of one automaton over all of them,
//! the word classes patterns refer to, the words of negation and modality, and the sentence
//! rules (boosters, escalation).

use std::collections::BTreeMap;
use std::sync::Arc;

use serde::{Deserialize, Serialize};

use crate::data_error::DataError;
use crate::expand::expand_phrase;
use crate::fold;
use crate::literals::Literals;
use crate::pattern::{Classes, Item, Phrases, compile};
use crate::strings::Strings;

mod file;

use file::{CueEntry, DetailedCue, LexiconFile};

/// The words that tell an article of another domain (sport, labour, business, courts, health,
/// weather, culture) from a diplomatic one, counted as whole words over the article: with at
/// least `least` words of other domains, more of them than diplomatic words and fewer than
/// `whole` diplomatic words, the article is of another domain and its weak cues do not count;
/// with at least `whole` diplomatic words, and more than twice as many as of other domains, the
/// article is diplomatic through and through and its weak cues count in every paragraph, not
/// only in those naming a place. The learned model reads a diplomatic article only when its
/// diplomatic words are at least `model_per_mille` thousandths of its words.
/// Their patterns follow the topic words: `other` of them, then `diplomatic`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Domains {
    /// How many words of other domains.
    pub other: usize,
    /// How many diplomatic words.
    pub diplomatic: usize,
    /// The least count of other domains' words that can make an article theirs (0: never).
    pub least: u32,
    /// The least count of diplomatic words that can make a whole article diplomatic (0: never).
    pub whole: u32,
    /// The least share of an article's words, in thousandths, that its diplomatic words must
    /// make for the learned model to read it (0: any diplomatic article).
    pub model_per_mille: u32,
}

/// What dates a hit to a past year (`broke off relations in 2008`): a dating word after it in
/// its clause (`in`, `since`) and then, within three words, a year; or, before it in its
/// sentence, a date that opens the sentence (`In December 2022, officials warned`), a date
/// followed by a `when` word (`since 2008, when the president expelled`) or a `then` phrase
/// just before it (`Moscow at the time threatened`). With no future or modal word before it
/// in its clause (or after the date before it), the hit tells an earlier event as background
/// and is dropped, unless its category is spared (a grievance names past acts).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Background {
    /// Folded words that open a date (`in`, `since`, `during`).
    pub dating: Vec<String>,
    /// Folded words that make a clause future or modal (`will`, `would`).
    pub future: Vec<String>,
    /// Folded participles that do not end in `-ed` (`begun`, `held`): a date after one, or
    /// after a word in `-ed`, dates the phrase it opens, not the hit.
    pub participles: Vec<String>,
    /// Folded phrases that date what follows them in their sentence to an earlier time (`at
    /// the time`, `that year`).
    pub then: Vec<String>,
    /// Folded words that, after a date, open a clause telling what happened then (`when`).
    pub when: Vec<String>,
    /// Indices of the categories the rule spares.
    pub spares: Vec<usize>,
}

/// One category of red-line language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
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

/// One cue compiled. `P` as in [`Item`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CompiledCue<P = Phrases> {
    /// The pattern as written in the lexicon.
    pub pattern: String,
    /// Index into [`CompiledLexicon::categories`].
    pub category: usize,
    /// Severity of a hit before sentence rules, 0–5.
    pub severity: u8,
    /// What must stand just before the highlight, in pattern order (read leftwards).
    pub before: Vec<Item<P>>,
    /// What must stand just after the highlight.
    pub after: Vec<Item<P>>,
    /// True when the cue counts only in a paragraph naming a place or organisation.
    pub weak: bool,
    /// Categories of which a hit must lie in the same sentence or a neighbouring one (and not
    /// overlap the needing hit).
    pub needs: Vec<usize>,
    /// The sense rule the cue stands for, said in a few words.
    pub sense: Option<String>,
    /// For a cue of the booster category: reported even when it raises no other hit.
    pub alone: bool,
}

/// What must precede a pattern's anchor inside the highlight (read leftwards), and what must
/// follow it.
pub type Parts<P = Phrases> = (Vec<Item<P>>, Vec<Item<P>>);

/// A lexicon compiled: everything redline-analysis's lexicon and its automaton are made of,
/// with no pattern left to compile. Words are folded ([`fold::phrase`]). `P` as in [`Item`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CompiledLexicon<P = Phrases> {
    /// The categories, in lexicon order.
    pub categories: Vec<Category>,
    /// The cues, in lexicon order.
    pub cues: Vec<CompiledCue<P>>,
    /// The distinct literals of the patterns' anchors, the automaton's: the patterns each
    /// anchors are the cues by index, then the topic words numbered on from the number of cues,
    /// then the words of other domains and the diplomatic words ([`Domains`]). Stored apart
    /// from the rest ([`crate::stored`]), so left out of its serde form.
    #[serde(skip)]
    pub literals: Literals,
    /// How many topic words follow the cues among the patterns.
    pub topic_words: usize,
    /// The words that tell an article of another domain from a diplomatic one.
    pub domains: Domains,
    /// What dates a hit to a past year.
    pub background: Background,
    /// For each pattern (cues, then topic words), what must precede its anchor inside the
    /// highlight (read leftwards) and what must follow it.
    pub parts: Vec<Parts<P>>,
    /// Negator words (`not`, `n't`).
    pub negators: Vec<String>,
    /// Negators of a phrase (`without`): they negate only a hit right after them.
    pub phrase_negators: Vec<String>,
    /// Words or pairs of words that drop a hit later in their clause.
    pub cancellers: Vec<String>,
    /// Words that open a clause: negation and hedges do not reach over them.
    pub clause_openers: Vec<String>,
    /// Hedges (`may`, `could`): a hit they qualify loses one severity.
    pub hedges: Vec<String>,
    /// Intensifiers (`very`, `massive`): a hit holding one gains one severity.
    pub intensifiers: Vec<String>,
    /// The phrases of the class `function`, never a `@Name`.
    pub function_words: Vec<String>,
    /// The phrases of the class `when` (`on tuesday`, `yesterday`): a time phrase that may
    /// stand between a hit's anchor and the words its pattern reads after it.
    pub when: Vec<String>,
    /// For each category, the index of the category its negated hits become.
    pub negated: Vec<Option<usize>>,
    /// (category index, raise) of the booster category.
    pub booster: Option<(usize, u8)>,
    /// (categories that must all occur in a sentence, category raised, new severity).
    pub escalation: Option<(Vec<usize>, usize, u8)>,
}

impl<P> CompiledLexicon<P> {
    /// The same lexicon with the phrases of every item replaced by `f` of them, in the order
    /// of the cues' contexts, then of the patterns' parts.
    pub fn map_phrases<Q>(self, mut f: impl FnMut(P) -> Q) -> CompiledLexicon<Q> {
        let mut items = |items: Vec<Item<P>>| items.into_iter().map(|i| i.map(&mut f)).collect::<Vec<_>>();
        let cues = self
            .cues
            .into_iter()
            .map(|c| CompiledCue {
                pattern: c.pattern,
                category: c.category,
                severity: c.severity,
                before: items(c.before),
                after: items(c.after),
                weak: c.weak,
                needs: c.needs,
                sense: c.sense,
                alone: c.alone,
            })
            .collect();
        let parts = self.parts.into_iter().map(|(prefix, tail)| (items(prefix), items(tail))).collect();
        CompiledLexicon {
            categories: self.categories,
            cues,
            literals: self.literals,
            topic_words: self.topic_words,
            domains: self.domains,
            background: self.background,
            parts,
            negators: self.negators,
            phrase_negators: self.phrase_negators,
            cancellers: self.cancellers,
            clause_openers: self.clause_openers,
            hedges: self.hedges,
            intensifiers: self.intensifiers,
            function_words: self.function_words,
            when: self.when,
            negated: self.negated,
            booster: self.booster,
            escalation: self.escalation,
        }
    }
}

/// The folded phrases of the class `name`, none if the lexicon has no such class.
fn class_phrases(classes: &Classes, name: &str) -> Vec<String> {
    classes.get(name).map(|f| f.iter().map(|w| w.to_string()).collect()).unwrap_or_default()
}

/// The folded phrases of each class; an entry may use `~`.
fn classes(file: &str, source: &str, raw: &BTreeMap<String, Vec<String>>) -> Result<Classes, DataError> {
    let mut out = Classes::new();
    for (name, entries) in raw {
        let mut phrases = Strings::default();
        for entry in entries {
            let expanded = expand_phrase(entry)
                .map_err(|e| DataError::in_string(file, source, entry, 0, format!("class {name}: {e}")))?;
            phrases.extend(expanded);
        }
        out.insert(name.clone(), Arc::new(phrases));
    }
    Ok(out)
}

fn folded(words: &[String]) -> Vec<String> {
    words.iter().map(|w| fold::phrase(w)).collect()
}

/// Parses and compiles a lexicon; `file` names it in errors, which say where in `source`
/// the fault is (`file:line:column`).
pub fn compile_lexicon(source: &str, file: &str) -> Result<CompiledLexicon, DataError> {
    let parsed: LexiconFile = serde_json::from_str(source).map_err(|e| DataError::from_json(file, &e))?;
    let at_top = |message: String| DataError { file: file.to_string(), line: 1, column: 1, message };
    let classes = classes(file, source, &parsed.classes)?;
    let names: Vec<String> = parsed.categories.iter().map(|c| c.name.clone()).collect();
    let find =
        |name: &str| names.iter().position(|n| n == name).ok_or_else(|| at_top(format!("unknown category {name:?}")));
    let mut categories = Vec::new();
    let mut cues = Vec::new();
    let mut heads = Vec::new();
    let mut parts = Vec::new();
    let mut negated = Vec::new();
    for entry in parsed.categories {
        if entry.severity > 5 {
            let message = format!("category {}: severity must be 0–5", entry.name);
            return Err(DataError::in_string(file, source, &entry.name, 0, message));
        }
        let category = categories.len();
        for cue in entry.cues {
            let detail = match cue {
                CueEntry::Plain(pattern) => {
                    DetailedCue { pattern, severity: None, weak: None, needs: Vec::new(), sense: None, alone: false }
                }
                CueEntry::Detailed(d) => d,
            };
            let pattern = detail.pattern;
            let c = compile(&pattern, &classes).map_err(|e| {
                DataError::in_string(file, source, &pattern, e.column, format!("invalid pattern: {}", e.message))
            })?;
            let severity = detail.severity.unwrap_or(entry.severity);
            if severity > 5 {
                return Err(DataError::in_string(file, source, &pattern, 0, "severity must be 0–5".into()));
            }
            let needs = detail.needs.iter().map(|n| find(n)).collect::<Result<_, _>>()?;
            heads.extend(c.heads.into_iter().map(|h| (h, parts.len())));
            parts.push((c.prefix, c.tail));
            cues.push(CompiledCue {
                pattern,
                category,
                severity,
                before: c.before,
                after: c.after,
                weak: detail.weak.unwrap_or(entry.weak),
                needs,
                sense: detail.sense,
                alone: detail.alone,
            });
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
    let domains = parsed.domains.unwrap_or_default();
    let words = parsed.topic_words.iter().map(|w| (w, "topic word"));
    let words = words.chain(domains.other.iter().map(|w| (w, "word of another domain")));
    for (word, kind) in words.chain(domains.diplomatic.iter().map(|w| (w, "diplomatic word"))) {
        let c = compile(word, &classes).map_err(|e| {
            DataError::in_string(file, source, word, e.column, format!("invalid {kind}: {}", e.message))
        })?;
        heads.extend(c.heads.into_iter().map(|h| (h, parts.len())));
        parts.push((c.prefix, c.tail));
    }
    let booster = parsed.booster.map(|b| Ok::<_, DataError>((find(&b.category)?, b.raise))).transpose()?;
    let background = match parsed.background {
        Some(b) => Background {
            dating: folded(&b.dating),
            future: folded(&b.future),
            participles: folded(&b.participles),
            then: folded(&b.then),
            when: folded(&b.when),
            spares: b.spares.iter().map(|n| find(n)).collect::<Result<_, _>>()?,
        },
        None => Background::default(),
    };
    let escalation = match parsed.escalation {
        Some(e) => Some((e.all_of.iter().map(|n| find(n)).collect::<Result<_, _>>()?, find(&e.raise)?, e.to.min(5))),
        None => None,
    };
    Ok(CompiledLexicon {
        categories,
        cues,
        literals: Literals::new(heads),
        topic_words: parsed.topic_words.len(),
        domains: Domains {
            other: domains.other.len(),
            diplomatic: domains.diplomatic.len(),
            least: domains.least,
            whole: domains.whole,
            model_per_mille: domains.model_per_mille,
        },
        background,
        parts,
        negators: folded(&parsed.negators),
        phrase_negators: folded(&parsed.phrase_negators),
        cancellers: folded(&parsed.cancellers),
        clause_openers: folded(&parsed.clause_openers),
        hedges: folded(&parsed.hedges),
        intensifiers: folded(&parsed.intensifiers),
        function_words: class_phrases(&classes, "function"),
        when: class_phrases(&classes, "when"),
        negated,
        booster,
        escalation,
    })
}
