//! Many patterns ([`redline_patterns::pattern`]) or plain phrases found at once: one automaton over
//! their literal heads, with each hit's tail checked, so matching is one linear pass.

use std::sync::OnceLock;

use redline_patterns::lexicon::{Owners, Parts, index};
use redline_patterns::pattern::Phrase;
#[cfg(test)]
use redline_patterns::pattern::{Classes, PatternError, compile};
use rustc_hash::{FxHashMap, FxHashSet};

use crate::redlines::automaton::{Automaton, Occurrence};
use crate::redlines::verify::{Ctx, back, verify};
use crate::text::fold::{Folded, is_word_char};

/// One hit of a [`Matcher`]: the index of the pattern and a folded byte range.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    /// Index of the pattern in the list given to [`Matcher::new`].
    pub pattern: usize,
    /// Folded start offset.
    pub start: usize,
    /// Folded end offset.
    pub end: usize,
}

/// Which automaton a search runs.
#[derive(Debug, Clone)]
enum Plan {
    /// At each search, one over the literals that can occur in the texts searched (every word
    /// of the literal is a word of the texts, [`Folded::word_pieces`]): a few hundred of the
    /// lexicon's thousands for an article, built in a small share of the time all of them
    /// take. For one article or a few.
    EachSearch,
    /// One for every search, over every literal: built on the first search, or given.
    Shared(Box<OnceLock<Automaton>>),
}

/// Many patterns compiled into one automaton.
#[derive(Debug, Clone)]
pub struct Matcher {
    /// The automaton searched: nothing is built before the first search, and a matcher only
    /// ever searched as part of a [`Joint`] never builds its own.
    plan: Plan,
    /// The distinct literals the automaton was built from.
    literals: Vec<Phrase>,
    /// For each automaton literal: the patterns it anchors.
    owners: Owners,
    /// For each pattern: what precedes and what follows its anchor.
    parts: Vec<Parts>,
}

impl Matcher {
    /// Compiles the patterns (no classes); the error names the index of the first bad one.
    #[cfg(test)]
    pub fn new<S: AsRef<str>>(patterns: &[S]) -> Result<Self, (usize, PatternError)> {
        let classes = Classes::new();
        let mut heads = Vec::new();
        let mut parts = Vec::new();
        for (i, p) in patterns.iter().enumerate() {
            let c = compile(p.as_ref(), &classes).map_err(|e| (i, e))?;
            heads.extend(c.heads.into_iter().map(|h| (h, i)));
            parts.push((c.prefix, c.tail));
        }
        let (literals, owners) = index(heads);
        Ok(Matcher::compiled(literals, owners, parts))
    }

    /// A matcher over patterns already compiled ([`redline_patterns::CompiledLexicon`]): the
    /// distinct literals, the patterns each anchors, and each pattern's prefix and tail
    /// (contexts are left to the caller).
    pub(crate) fn compiled(literals: Vec<Phrase>, owners: Owners, parts: Vec<Parts>) -> Self {
        Matcher { plan: Plan::EachSearch, literals, owners, parts }
    }

    /// The literals, as the automaton reads them.
    fn bytes(&self) -> impl Iterator<Item = &[u8]> {
        self.literals.iter().map(|l| l.as_bytes())
    }

    /// The distinct literals of the automaton, folded.
    pub fn literals(&self) -> &[Phrase] {
        &self.literals
    }

    /// A matcher for plain phrases (gazetteer aliases): no pattern syntax, each phrase is
    /// folded and matched as it is.
    pub fn phrases<S: AsRef<str>>(phrases: &[S]) -> Self {
        let (literals, owners) = index(phrases.iter().enumerate().map(|(i, p)| (Folded::phrase(p.as_ref()), i)));
        Matcher::compiled(literals, owners, vec![(Vec::new(), Vec::new()); phrases.len()])
    }

    /// The same matcher with one automaton over all its literals for every search, built on
    /// the first: about 30M instructions for the bundled data (ten articles' worth of
    /// [`Plan::EachSearch`]), then no building per article.
    pub fn shared(&self) -> Matcher {
        Matcher { plan: Plan::Shared(Box::default()), ..self.clone() }
    }

    /// The same matcher with a DFA automaton: some milliseconds to build, a sixth faster per
    /// byte; worth it for many articles, not for one.
    pub fn for_bulk(&self) -> Matcher {
        Matcher { plan: Plan::Shared(Box::new(OnceLock::from(Automaton::for_many(self.bytes())))), ..self.clone() }
    }

    /// Every whole-word hit of every pattern, each at its longest extent, possibly
    /// overlapping, in order of start.
    pub fn find_all(&self, folded: &Folded) -> Vec<Hit> {
        self.find_in_each(std::slice::from_ref(folded)).pop().unwrap_or_default()
    }

    /// [`Matcher::find_all`] of each text, with one automaton for them all.
    pub fn find_in_each(&self, texts: &[Folded]) -> Vec<Vec<Hit>> {
        match &self.plan {
            Plan::Shared(cell) => {
                let automaton = cell.get_or_init(|| Automaton::for_one(self.bytes()));
                texts.iter().map(|f| self.hits(f, automaton, None)).collect()
            }
            Plan::EachSearch => {
                let mut words: FxHashSet<&str> = FxHashSet::default();
                texts.iter().for_each(|f| f.word_pieces(|w| _ = words.insert(w)));
                let subset: Vec<usize> =
                    (0..self.literals.len()).filter(|&l| can_occur(&self.literals[l], &words)).collect();
                if subset.is_empty() {
                    return vec![Vec::new(); texts.len()];
                }
                let automaton = Automaton::for_one(subset.iter().map(|&l| self.literals[l].as_bytes()));
                texts.iter().map(|f| self.hits(f, &automaton, Some(&subset))).collect()
            }
        }
    }

    /// The automaton of a [`Plan::Shared`] matcher, built on the first call; `None` for
    /// [`Plan::EachSearch`], which builds one at each search.
    fn shared_automaton(&self) -> Option<&Automaton> {
        match &self.plan {
            Plan::Shared(cell) => Some(cell.get_or_init(|| Automaton::for_one(self.bytes()))),
            Plan::EachSearch => None,
        }
    }

    /// The hits on `folded` of `automaton`, built over the literals `subset` (by their
    /// index), or all of them.
    fn hits(&self, folded: &Folded, automaton: &Automaton, subset: Option<&[usize]>) -> Vec<Hit> {
        self.hits_of(folded, subset, |found| automaton.find_overlapping(folded.text.as_bytes(), found))
    }

    /// The hits on `folded` of the literal occurrences `search` reports (literal, start,
    /// end), the literal by its index in `subset` or in all of them.
    fn hits_of(
        &self,
        folded: &Folded,
        subset: Option<&[usize]>,
        search: impl FnOnce(&mut dyn FnMut(usize, usize, usize)),
    ) -> Vec<Hit> {
        let mut hits = Vec::new();
        let ctx = Ctx::plain(folded);
        let mut found = |literal: usize, start: usize, end: usize| {
            if !folded.boundary_before(start) || !folded.boundary_after(end) {
                return;
            }
            let literal = subset.map_or(literal, |s| s[literal]);
            for &p in self.owners.of(literal) {
                let p = p as usize;
                let (prefix, tail) = &self.parts[p];
                if let Some(end) = verify(&ctx, end, tail)
                    && let Some(start) = back(&ctx, start, prefix)
                {
                    hits.push(Hit { pattern: p, start, end });
                }
            }
        };
        search(&mut found);
        hits.sort_by_key(|h| (h.start, std::cmp::Reverse(h.end), h.pattern));
        hits.dedup_by_key(|h| (h.start, h.pattern));
        hits
    }
}

/// Two matchers searched in one pass over a text: one automaton over the literals of both.
#[derive(Debug, Clone)]
pub struct Joint {
    matcher: Matcher,
    /// The number of patterns of the first matcher: the second's are numbered from here.
    split: usize,
}

impl Joint {
    /// Joins two matchers: the first's literals, then those of the second it lacks.
    pub fn new(first: &Matcher, second: &Matcher) -> Self {
        let split = u32::try_from(first.parts.len()).expect("fewer than 2^32 patterns");
        // the second's literals by text (the fewer, for the gazetteer): each of the first's
        // found there takes the second's patterns too
        let mut seconds: FxHashMap<&str, usize> =
            second.literals.iter().enumerate().map(|(slot, l)| (&**l, slot)).collect();
        let mut owners = Owners::default();
        for (slot, literal) in first.literals.iter().enumerate() {
            let also = seconds.remove(&**literal).map_or(&[][..], |s| second.owners.of(s));
            owners.push(first.owners.of(slot).iter().copied().chain(also.iter().map(|p| p + split)));
        }
        let mut literals = first.literals.clone();
        for (slot, literal) in second.literals.iter().enumerate() {
            if seconds.contains_key(&**literal) {
                literals.push(literal.clone());
                owners.push(second.owners.of(slot).iter().map(|p| p + split));
            }
        }
        let parts = first.parts.iter().chain(&second.parts).cloned().collect();
        Joint { matcher: Matcher { plan: Plan::EachSearch, literals, owners, parts }, split: split as usize }
    }

    /// The same, with one automaton for every search (see [`Matcher::shared`]).
    pub fn shared(&self) -> Joint {
        Joint { matcher: self.matcher.shared(), split: self.split }
    }

    /// The same, with its automaton built for throughput (see [`Matcher::for_bulk`]).
    pub fn for_bulk(&self) -> Joint {
        Joint { matcher: self.matcher.for_bulk(), split: self.split }
    }

    /// The hits of the first matcher and those of the second on each text: exactly what
    /// their own [`Matcher::find_all`] gives.
    pub fn find_in_each(&self, texts: &[Folded]) -> (Vec<Vec<Hit>>, Vec<Vec<Hit>>) {
        self.matcher.find_in_each(texts).into_iter().map(|hits| self.split(hits)).unzip()
    }

    /// The automaton to feed texts to as they are folded, when it is shared (built once for
    /// every article: [`Joint::shared`], [`Joint::for_bulk`]); `None` when one is built for
    /// each article over the literals its words can hold, which must be known first.
    pub fn shared_automaton(&self) -> Option<&Automaton> {
        self.matcher.shared_automaton()
    }

    /// [`Joint::find_in_each`] of texts fed to the shared automaton: `found` holds the
    /// occurrences in each.
    pub fn hits_found(&self, texts: &[Folded], found: Vec<Vec<Occurrence>>) -> (Vec<Vec<Hit>>, Vec<Vec<Hit>>) {
        let hits = texts.iter().zip(found).map(|(f, occurrences)| {
            self.matcher.hits_of(f, None, |report| {
                occurrences.iter().for_each(|&(l, s, e)| report(l as usize, s as usize, e as usize))
            })
        });
        hits.map(|hits| self.split(hits)).unzip()
    }

    /// The hits of the first matcher and those of the second, each numbered in its own.
    fn split(&self, hits: Vec<Hit>) -> (Vec<Hit>, Vec<Hit>) {
        let (first, mut second): (Vec<Hit>, Vec<Hit>) = hits.into_iter().partition(|h| h.pattern < self.split);
        second.iter_mut().for_each(|h| h.pattern -= self.split);
        (first, second)
    }
}

/// Whether `literal` may occur as whole words in texts whose [`Folded::word_pieces`] are
/// `words`: each of its runs of word characters is one of them (an occurrence's runs lie
/// between boundaries of the text, so each is a piece).
fn can_occur(literal: &str, words: &FxHashSet<&str>) -> bool {
    let mut start = None;
    for (i, c) in literal.char_indices() {
        if is_word_char(c) {
            start.get_or_insert(i);
        } else if let Some(s) = start.take()
            && !words.contains(&literal[s..i])
        {
            return false;
        }
    }
    start.is_none_or(|s| words.contains(&literal[s..]))
}

#[cfg(test)]
#[path = "matcher_tests.rs"]
mod tests;
