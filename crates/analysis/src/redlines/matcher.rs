//! Many patterns ([`redline_patterns::pattern`]) or plain phrases found at once: one automaton over
//! their literal heads, with each hit's tail checked, so matching is one linear pass. The
//! automaton of a search is built over the literals that can occur in the texts searched
//! (every word of the literal is a word of the texts, and each two words in a row stand side
//! by side in them, [`Folded::word_pieces`]): about a hundred of the lexicon's thousands for
//! an article, built in a small share of the time all of them take. Many articles share one automaton over all the literals instead
//! ([`crate::redlines::joint`]).

use redline_patterns::Strings;
use redline_patterns::lexicon::Parts;
#[cfg(test)]
use redline_patterns::pattern::{Classes, PatternError, compile};
use redline_patterns::{Lists, Literals};
use rustc_hash::{FxHashMap, FxHashSet};

use crate::redlines::Unquoted;
use crate::redlines::automaton::Automaton;
use crate::redlines::verify::{Ctx, back, verify};
use crate::text::fold::{Folded, is_quote_mark};

/// One hit of a [`Matcher`]: the index of the pattern and a folded byte range.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    /// Index of the pattern in the list the matcher was made from.
    pub pattern: usize,
    /// Folded start offset.
    pub start: usize,
    /// Folded end offset.
    pub end: usize,
}

/// The hits in each of several texts.
pub type PerText = Vec<Vec<Hit>>;

/// Many patterns compiled for one automaton.
#[derive(Debug, Clone)]
pub struct Matcher {
    /// The distinct literals the automaton is built from, with the patterns each anchors.
    pub(super) literals: Literals,
    /// For each pattern: what precedes and what follows its anchor.
    pub(super) parts: Vec<Parts>,
    /// Folded time phrases (`on tuesday`) that may stand between an anchor and its tail,
    /// sorted ([`Ctx::past_when`] looks up those opening with a word).
    when: Vec<String>,
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
        Ok(Matcher { literals: Literals::new(heads), parts, when: Vec::new() })
    }

    /// A matcher over patterns already compiled ([`redline_patterns::CompiledLexicon`]): their
    /// literals, each pattern's prefix and tail (contexts are left to the caller), and the
    /// time phrases that may stand between an anchor and its tail ([`Ctx::past_when`]).
    pub(crate) fn compiled(literals: Literals, parts: Vec<Parts>, mut when: Vec<String>) -> Self {
        when.sort_unstable();
        Matcher { literals, parts, when }
    }

    /// The folded time phrases that may stand between an anchor and the words after it.
    pub(crate) fn when(&self) -> &[String] {
        &self.when
    }

    /// The distinct literals of the automaton, folded.
    pub fn literals(&self) -> &Strings {
        &self.literals.texts
    }

    /// A matcher for plain phrases: no pattern syntax, each phrase is folded and matched as
    /// it is.
    #[cfg(test)]
    pub fn phrases<S: AsRef<str>>(phrases: &[S]) -> Self {
        Matcher::folded(phrases.iter().map(|p| Folded::phrase(p.as_ref())).collect())
    }

    /// A matcher for plain phrases already folded ([`Folded::phrase`]; gazetteer aliases),
    /// each matched as it is.
    pub fn folded(phrases: Vec<String>) -> Self {
        let parts = vec![(Vec::new(), Vec::new()); phrases.len()];
        Matcher {
            literals: Literals::new(phrases.into_iter().enumerate().map(|(i, p)| (p, i))),
            parts,
            when: Vec::new(),
        }
    }

    /// Every whole-word hit of every pattern, each at its longest extent, possibly
    /// overlapping, in order of start.
    pub fn find_all(&self, folded: &Folded) -> Vec<Hit> {
        self.find_in_each(std::slice::from_ref(folded)).pop().unwrap_or_default()
    }

    /// [`Matcher::find_all`] of each text, with one automaton for them all.
    pub fn find_in_each(&self, texts: &[Folded]) -> Vec<Vec<Hit>> {
        let subset = Held::of(texts).literals(&self.literals);
        if subset.is_empty() {
            return vec![Vec::new(); texts.len()];
        }
        let automaton = Automaton::for_one(subset.iter().map(|&l| self.literals.texts.get(l).as_bytes()));
        texts
            .iter()
            .map(|f| {
                hits_of(f, (&self.literals.owners, &self.parts, &self.when), |found| {
                    automaton.find_overlapping(f.text.as_bytes(), &mut |l, s, e| found(subset[l], s, e))
                })
            })
            .collect()
    }

    /// [`Matcher::find_in_each`] of this matcher and of `second` on each text, in one pass
    /// over each: one automaton over the literals of both that can occur in the texts (this
    /// one's, then those of `second` it lacks). Joining the two matchers first
    /// ([`crate::redlines::joint::Joint`]) would cost more than an article's search.
    ///
    /// The same automaton then finds this matcher's hits split by quote marks in the copies of
    /// `unquoted` (made of the same words as `texts`): the third list.
    pub fn find_in_each_with(
        &self,
        second: &Matcher,
        texts: &[Folded],
        unquoted: &Unquoted,
    ) -> (PerText, PerText, PerText) {
        let held = Held::of(texts);
        let (mine, theirs) = (held.literals(&self.literals), held.literals(&second.literals));
        let mut literals: Vec<&str> = mine.iter().map(|&l| self.literals.texts.get(l)).collect();
        let index: FxHashMap<&str, usize> = literals.iter().enumerate().map(|(at, l)| (*l, at)).collect();
        // for each literal of the automaton, its index in `second`, if it is one of its own
        let mut of_second: Vec<Option<usize>> = vec![None; literals.len()];
        for &l in &theirs {
            let literal = second.literals.texts.get(l);
            match index.get(literal) {
                Some(&at) => of_second[at] = Some(l),
                None => {
                    literals.push(literal);
                    of_second.push(Some(l));
                }
            }
        }
        if literals.is_empty() {
            let (own, other) = texts.iter().map(|_| (Vec::new(), Vec::new())).unzip();
            return (own, other, vec![Vec::new(); unquoted.folded.len()]);
        }
        let automaton = Automaton::for_one(literals.iter().map(|l| l.as_bytes()));
        let mut found = Vec::new();
        let (own, other): (PerText, PerText) = texts
            .iter()
            .map(|f| {
                found.clear();
                automaton.find_overlapping(f.text.as_bytes(), &mut |l, s, e| found.push((l, s, e)));
                // each occurrence of a literal of this matcher, then of `second`, by its own index
                let own = hits_of(f, (&self.literals.owners, &self.parts, &self.when), |report| {
                    found
                        .iter()
                        .filter_map(|&(l, s, e)| Some((*mine.get(l)?, s, e)))
                        .for_each(|(l, s, e)| report(l, s, e))
                });
                let other = hits_of(f, (&second.literals.owners, &second.parts, &second.when), |report| {
                    found
                        .iter()
                        .filter_map(|&(l, s, e)| Some((of_second[l]?, s, e)))
                        .for_each(|(l, s, e)| report(l, s, e))
                });
                (own, other)
            })
            .unzip();
        let split = (unquoted.folded.iter().enumerate())
            .map(|(k, f)| {
                hits_of(f, (&self.literals.owners, &self.parts, &self.when), |report| {
                    unquoted.search(k, &automaton, &mut |l, s, e| {
                        if let Some(&l) = mine.get(l) {
                            report(l, s, e);
                        }
                    })
                })
            })
            .collect();
        (own, other, split)
    }
}

/// The hits on `folded` of the literal occurrences `search` reports (literal, start, end):
/// each literal's patterns (`owners`) whose prefix and tail (`parts`) stand around it, each
/// pattern at a start once, at its longest extent, in order of start. A time phrase of `when`
/// after the anchor is read over when the tail then matches past it (`warned on Tuesday
/// that`).
pub(super) fn hits_of(
    folded: &Folded,
    (owners, parts, when): (&Lists, &[Parts], &[String]),
    search: impl FnOnce(&mut dyn FnMut(usize, usize, usize)),
) -> Vec<Hit> {
    let mut hits = Vec::new();
    let ctx = Ctx { when, ..Ctx::plain(folded) };
    let mut found = |literal: usize, start: usize, end: usize| {
        if !folded.boundary_before(start) || !folded.boundary_after(end) {
            return;
        }
        for p in owners.of(literal) {
            let p = p as usize;
            let (prefix, tail) = &parts[p];
            let past_when = (!tail.is_empty()).then(|| ctx.past_when(end)).filter(|&p| p > end);
            let read_over = past_when.and_then(|p| verify(&ctx, p, tail).filter(|&e| e > p));
            if let Some(end) = read_over.or_else(|| verify(&ctx, end, tail))
                && let Some(start) = back(&ctx, start, prefix)
            {
                let (start, end) = without_edge_marks(&folded.text, start, end);
                hits.push(Hit { pattern: p, start, end });
            }
        }
    };
    search(&mut found);
    hits.sort_by_key(|h| (h.start, std::cmp::Reverse(h.end), h.pattern));
    hits.dedup_by_key(|h| (h.start, h.pattern));
    hits
}

/// `start..end` of `text` without a quote mark at either edge when it is the hit's only one:
/// the words read before or after an anchor take the mark that opens or closes them
/// (`“dialogue is`), but a hit is its cue's words, never a lone mark (`“swift”, severe
/// response` keeps the pair).
fn without_edge_marks(text: &str, start: usize, end: usize) -> (usize, usize) {
    let text = &text[start..end];
    let marks = text.chars().filter(|&c| is_quote_mark(c)).count();
    let lone = |c: Option<char>| c.filter(|&c| is_quote_mark(c) && marks == 1).map_or(0, char::len_utf8);
    let first = lone(text.chars().next());
    let last = if first > 0 { 0 } else { lone(text.chars().next_back()) };
    (start + first, end - last)
}

/// What texts hold ([`Folded::word_pieces`]): their word pieces, and the pairs of pieces on
/// either side of other characters. A literal occurs as whole words in them only if each of
/// its words is a piece and each two words in a row a pair.
struct Held<'a> {
    pieces: FxHashSet<&'a str>,
    pairs: FxHashSet<(&'a str, &'a str)>,
}

impl<'a> Held<'a> {
    fn of(texts: &'a [Folded]) -> Self {
        // about a piece and a pair for each word of five letters and a space
        let words = texts.iter().map(|f| f.text.len() / 6).sum();
        let mut pieces = FxHashSet::with_capacity_and_hasher(words, Default::default());
        let mut pairs = FxHashSet::with_capacity_and_hasher(words, Default::default());
        for f in texts {
            f.word_pieces(|w| _ = pieces.insert(w), |a, b| _ = pairs.insert((a, b)));
        }
        Held { pieces, pairs }
    }

    /// The literals that can occur in the texts, by index.
    fn literals(&self, literals: &Literals) -> Vec<usize> {
        literals.can_occur(|w| self.pieces.contains(w), |a, b| self.pairs.contains(&(a, b)))
    }
}

#[cfg(test)]
#[path = "matcher_tests.rs"]
mod tests;
