//! The [`Analyzer`]: the top of the library, running every stage over one text.
//!
//! The stages, bottom to top: the article's structure ([`crate::article`]), its quotes
//! ([`crate::quotes`]), the people in it and who said each quote ([`crate::people`]),
//! topic mentions ([`crate::topics`]) and red-line hits ([`crate::redlines`]); then
//! [`crate::assemble`] puts them into one [`Analysis`].

use std::borrow::Cow;

use aho_corasick::automaton::Automaton as Search;

use crate::article::Article;
use crate::article::sections::Sections;
use crate::assemble::assemble;
use crate::model::{Analysis, QuoteKind};
use crate::people::{People, speakers};
use crate::redlines::automaton::{Automaton, Stepper};
use crate::redlines::joint::Joint;
use crate::redlines::matcher::Hit;
use crate::redlines::{Lexicon, RedLineModel, Unquoted};
use crate::text::language::Language;
use crate::text::source::Source;
use crate::topics::{self, Gazetteer};
use crate::{quotes, redlines};

/// From this many articles on, [`Analyzer::for_articles`] builds one automaton for them all.
const SHARED_FROM: usize = 10;

/// From this many articles on, [`Analyzer::for_articles`] builds the DFA of
/// [`Analyzer::for_bulk`].
const BULK_FROM: usize = 1_000;

/// The hits of the lexicon's cues and of the gazetteer's aliases in each section.
type Scanned = (Vec<Vec<Hit>>, Vec<Vec<Hit>>);

/// The analysis pipeline with its knowledge: red-line lexicon, topic gazetteer and the
/// language data (cue verbs, pronouns, titles, page-chrome markers).
#[derive(Debug, Clone)]
pub struct Analyzer {
    lexicon: Lexicon,
    gazetteer: Gazetteer,
    language: Language,
    /// The learned red-line model, for the red lines no cue spells out; `None` for none.
    model: Option<Cow<'static, RedLineModel>>,
    /// For many articles, the lexicon's cues and the gazetteer's aliases in one automaton built
    /// once ([`Analyzer::for_articles`]), fed each region of an article as it is folded. `None`
    /// for one article: each region is searched after, once for both, by an automaton over the
    /// cues and aliases its words can hold ([`crate::redlines::matcher::Matcher::find_in_each_with`]).
    joint: Option<Joint>,
}

impl Analyzer {
    /// The analyzer with this knowledge.
    pub fn new(lexicon: Lexicon, gazetteer: Gazetteer, language: Language) -> Self {
        Analyzer { lexicon, gazetteer, language, model: Some(Cow::Borrowed(RedLineModel::bundled())), joint: None }
    }

    /// The analyzer with the data bundled in the binary.
    pub fn bundled() -> Self {
        Analyzer::new(Lexicon::bundled(), Gazetteer::bundled(), Language::bundled())
    }

    /// The same analyzer with this learned red-line model instead of the bundled one, or
    /// with none (`None`): then only the lexicon's cues find red lines.
    pub fn with_model(self, model: Option<RedLineModel>) -> Self {
        Analyzer { model: model.map(Cow::Owned), ..self }
    }

    /// Red-line categories and cues.
    pub fn lexicon(&self) -> &Lexicon {
        &self.lexicon
    }

    /// The same analyzer with its automata built for throughput: slower to build, faster per
    /// byte. For many articles (a folder, a corpus), not for one.
    pub fn for_bulk(&self) -> Analyzer {
        Analyzer { joint: Some(self.joint().for_bulk()), ..self.clone() }
    }

    /// The automaton of the lexicon's cues and the gazetteer's aliases: this analyzer's, or a
    /// new one.
    fn joint(&self) -> Cow<'_, Joint> {
        match &self.joint {
            Some(joint) => Cow::Borrowed(joint),
            None => Cow::Owned(Joint::new(&self.lexicon.matcher, &self.gazetteer.matcher)),
        }
    }

    /// The analyzer to analyse `articles` articles with; every one gives the same analyses.
    /// Below 10 articles this one, which builds for each article an automaton over the cues
    /// and aliases that can occur in it (about 3M instructions an article, bundled data);
    /// from there one automaton over all of them, built once (about 30M instructions: ten
    /// articles' worth); from 1,000 on the DFA of [`Analyzer::for_bulk`] (about 150M instructions more to
    /// build, about 30 fewer per byte searched: a few megabytes of articles).
    pub fn for_articles(&self, articles: usize) -> Cow<'_, Analyzer> {
        match articles {
            n if n >= BULK_FROM => Cow::Owned(self.for_bulk()),
            n if n >= SHARED_FROM => Cow::Owned(Analyzer { joint: Some(self.joint().into_owned()), ..self.clone() }),
            _ => Cow::Borrowed(self),
        }
    }

    /// Analyses one text. A pure function of the text and the analyzer's data; never panics.
    pub fn analyze(&self, source: &Source) -> Analysis {
        let text = source.text.as_str();
        let article = Article::parse(text, &self.language);
        let mut found = quotes::find(text, &article.paragraphs);
        quotes::mark_titles(text, &mut found, &self.language);
        let is_alias = |w: &str| self.gazetteer.is_alias(w);
        // a shared automaton reads each section as the pass folds it; one built for this
        // article alone needs the article's words first, and searches after; either then reads
        // the sections whose quote marks split words, without the marks, near them
        let (sections, (cue_hits, alias_hits), (unquoted, unquoted_hits)) = match &self.joint {
            Some(joint) => {
                let (sections, hits) = match joint.automaton() {
                    Automaton::Dfa(a) => self.sections_fed(text, &article, is_alias, joint, a),
                    Automaton::Nfa(a) => self.sections_fed(text, &article, is_alias, joint, a),
                };
                let unquoted = Unquoted::of(text, &sections.ranges);
                let unquoted_hits = joint.split_hits(&unquoted);
                (sections, hits, (unquoted, unquoted_hits))
            }
            None => {
                let sections = Sections::new(text, &article, &self.language, is_alias);
                let unquoted = Unquoted::of(text, &sections.ranges);
                let (cues, aliases, unquoted_hits) =
                    self.lexicon.matcher.find_in_each_with(&self.gazetteer.matcher, &sections.folded, &unquoted);
                (sections, (cues, aliases), (unquoted, unquoted_hits))
            }
        };
        let places = self.gazetteer.mentions(text, &sections, alias_hits);
        let mut sections = sections;
        sections.mark_mentions(text, places.iter().map(|m| m.range.clone()));
        let people = People::find(text, &article, &sections, &self.language);
        let place_ranges: Vec<(std::ops::Range<usize>, usize)> =
            places.iter().map(|m| (m.range.clone(), m.topic)).collect();
        let speakers = speakers::attribute(text, &article, &sections, &found, &people, &self.language, &place_ranges);
        let top: Vec<std::ops::Range<usize>> =
            found.iter().filter(|q| q.kind != QuoteKind::Nested).map(|q| q.range.clone()).collect();
        let hits = redlines::find(
            text,
            &sections,
            &top,
            (&self.lexicon, &self.language, self.model.as_deref()),
            cue_hits,
            (&unquoted, unquoted_hits),
        );
        let labels = self.gazetteer.labels();
        let mut mentions: topics::Mentions =
            places.into_iter().map(|m| (Cow::Borrowed(labels[m.topic].as_str()), m.range)).collect();
        let recurring = topics::recurring_entities(text, &article, &sections, &people, &mentions);
        mentions.extend(recurring);
        assemble(source, &article, found, speakers, hits, mentions)
    }

    /// The article's sections, each fed to `automaton` as it is folded, and the cue and
    /// alias hits in each.
    fn sections_fed<'s, A: Search>(
        &'s self,
        text: &'s str,
        article: &Article,
        is_alias: impl Fn(&str) -> bool,
        joint: &Joint,
        automaton: &A,
    ) -> (Sections<'s>, Scanned) {
        let (sections, steppers) = Sections::fed(text, article, &self.language, is_alias, || Stepper::new(automaton));
        let found = steppers.into_iter().map(|s| s.found).collect();
        let hits = joint.hits_found(&sections.folded, found);
        (sections, hits)
    }
}
