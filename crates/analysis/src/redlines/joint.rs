//! Two matchers (the lexicon's cues and the gazetteer's aliases) searched by one automaton over
//! all the literals of both, built once and shared by every article of a corpus: about 30M
//! instructions for the bundled data, ten articles' worth of the automata that one article's
//! search builds over its own literals ([`Matcher::find_in_each_with`]). It is fed each region
//! of an article as the region is folded.

use std::sync::OnceLock;

use redline_patterns::Lists;
use redline_patterns::Strings;
use redline_patterns::lexicon::Parts;
use rustc_hash::FxHashMap;

use crate::redlines::Unquoted;
use crate::redlines::automaton::{Automaton, Occurrence};
use crate::redlines::matcher::{Hit, Matcher, hits_of};
use crate::text::fold::Folded;

/// Two matchers searched in one pass over a text by one automaton over the literals of both.
#[derive(Debug, Clone)]
pub struct Joint {
    /// The first matcher's literals, then those of the second it lacks.
    literals: Strings,
    /// For each literal, the patterns it anchors: the first's, then the second's numbered on
    /// from `split`.
    owners: Lists,
    /// The first's patterns' prefixes and tails, then the second's.
    parts: Vec<Parts>,
    /// The number of patterns of the first matcher.
    split: usize,
    /// The first matcher's time phrases (the second's patterns have no tails to read past one).
    when: Vec<String>,
    /// The automaton over `literals`: built on the first search, or given.
    automaton: OnceLock<Automaton>,
}

impl Joint {
    /// Joins two matchers; their automaton (the NFA) is built on the first search.
    pub fn new(first: &Matcher, second: &Matcher) -> Self {
        let split = u32::try_from(first.parts.len()).expect("fewer than 2^32 patterns");
        let (one, two) = (&first.literals, &second.literals);
        // the second's literals by text (the fewer, for the gazetteer): each of the first's
        // found there takes the second's patterns too
        let mut seconds: FxHashMap<&str, usize> = two.texts.iter().enumerate().map(|(at, l)| (l, at)).collect();
        let mut owners = Lists::default();
        for (at, literal) in one.texts.iter().enumerate() {
            let also = seconds.remove(literal).into_iter().flat_map(|s| two.owners.of(s));
            owners.push(one.owners.of(at).chain(also.map(|p| p + split)));
        }
        let mut literals = one.texts.clone();
        for (at, literal) in two.texts.iter().enumerate() {
            if seconds.contains_key(literal) {
                literals.push(literal);
                owners.push(two.owners.of(at).map(|p| p + split));
            }
        }
        let parts = first.parts.iter().chain(&second.parts).cloned().collect();
        let when = first.when().to_vec();
        Joint { literals, owners, parts, split: split as usize, when, automaton: OnceLock::new() }
    }

    /// The same, with its automaton the DFA: some milliseconds to build, a sixth faster per
    /// byte; worth it for many articles.
    pub fn for_bulk(&self) -> Joint {
        let automaton = OnceLock::from(Automaton::for_many(self.literals.iter().map(|l| l.as_bytes())));
        Joint { automaton, ..self.clone() }
    }

    /// The automaton to feed texts to as they are folded.
    pub fn automaton(&self) -> &Automaton {
        self.automaton.get_or_init(|| Automaton::for_one(self.literals.iter().map(|l| l.as_bytes())))
    }

    /// The hits of the first matcher and those of the second on each text, each numbered in
    /// its own, exactly what their own [`Matcher::find_all`] gives: `found` holds the
    /// occurrences in each text fed to [`Joint::automaton`].
    pub fn hits_found(&self, texts: &[Folded], found: Vec<Vec<Occurrence>>) -> (Vec<Vec<Hit>>, Vec<Vec<Hit>>) {
        let hits = texts.iter().zip(found).map(|(f, occurrences)| {
            hits_of(f, (&self.owners, &self.parts, &self.when), |report| {
                occurrences.iter().for_each(|&(l, s, e)| report(l as usize, s as usize, e as usize))
            })
        });
        hits.map(|hits| self.split(hits)).unzip()
    }

    /// The hits of the first matcher split by quote marks in each copy of `unquoted`.
    pub fn split_hits(&self, unquoted: &Unquoted) -> Vec<Vec<Hit>> {
        let found = (0..unquoted.folded.len()).map(|k| {
            let mut found = Vec::new();
            unquoted.search(k, self.automaton(), &mut |l, s, e| found.push((l as u32, s as u32, e as u32)));
            found
        });
        self.hits_found(&unquoted.folded, found.collect()).0
    }

    /// The hits of the first matcher and those of the second, each numbered in its own.
    fn split(&self, hits: Vec<Hit>) -> (Vec<Hit>, Vec<Hit>) {
        let (first, mut second): (Vec<Hit>, Vec<Hit>) = hits.into_iter().partition(|h| h.pattern < self.split);
        second.iter_mut().for_each(|h| h.pattern -= self.split);
        (first, second)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::redlines::automaton::Stepper;
    use crate::text::fold::fold_and_split;

    #[test]
    fn one_automaton_over_all_finds_what_one_over_the_literals_that_can_occur_finds() {
        let cues = Matcher::new(&[
            "(will|shall) not wait",
            "backed",
            "iran backed",
            "iranbacked militia",
            "european union",
            "u.s. sanctions",
            "won't tolerate~",
            "élan",
            "rot",
        ])
        .unwrap();
        let places = Matcher::phrases(&["Iran", "Eur-opean", "the U.S.", "Zürich"]);
        let texts = [
            "Iran-backed militia; Iran backed them. The Eur-opean Union will not wait.",
            "The U.S. sanctions: we won\u{2019}t tolerate it, said Z\u{fc}rich\u{2019}s \u{c9}LAN\u{ad}S.",
            "Nothing here: rotten, unwaited, Europe.",
            "",
        ];
        let folded: Vec<Folded> = texts.iter().map(|t| Folded::new(t, 0)).collect();
        let own = (cues.find_in_each(&folded), places.find_in_each(&folded));
        for matcher in [&cues, &places] {
            let alone: Vec<Vec<Hit>> = folded.iter().map(|f| matcher.find_all(f)).collect();
            assert_eq!(matcher.find_in_each(&folded), alone);
        }
        let (first, second, _) = cues.find_in_each_with(&places, &folded, &Unquoted::default());
        assert_eq!((first, second), own);
        let joint = Joint::new(&cues, &places);
        for shared in [&joint, &joint.for_bulk()] {
            assert_eq!(fed(shared, &texts), own);
        }
        assert_eq!(own.0.iter().map(Vec::len).collect::<Vec<_>>(), [6, 2, 0, 0]);
        assert_eq!(own.1.iter().map(Vec::len).collect::<Vec<_>>(), [3, 2, 0, 0]);
    }

    #[test]
    fn the_cues_split_by_quote_marks_are_the_same_whichever_automaton_finds_them() {
        let cues = Matcher::new(&["(will|shall) not wait", "wait", "iran backed"]).unwrap();
        let places = Matcher::phrases(&["Iran"]);
        let text = "We shall “not wait” for the “Iran” backed militia. Then: “wait.”";
        let folded = [Folded::new(text, 0)];
        let unquoted = Unquoted::of(text, std::slice::from_ref(&(0..text.len())));
        let (_, _, split) = cues.find_in_each_with(&places, &folded, &unquoted);
        let joint = Joint::new(&cues, &places);
        for shared in [&joint, &joint.for_bulk()] {
            assert_eq!(shared.split_hits(&unquoted), split);
        }
        let copy = &unquoted.folded[0];
        let spanning = split[0].iter().filter(|h| unquoted.spans_split(0, h.start, h.end));
        let spanning: Vec<&str> = spanning.map(|h| &copy.text[h.start..h.end]).collect();
        assert_eq!(spanning, ["shall not wait", "iran backed"]);
    }

    /// What `joint`'s automaton finds in `texts` fed to it as they are folded.
    fn fed(joint: &Joint, texts: &[&str]) -> (Vec<Vec<Hit>>, Vec<Vec<Hit>>) {
        fn feed<A: aho_corasick::automaton::Automaton>(a: &A, t: &str) -> (Folded, Vec<Occurrence>) {
            let mut stepper = Stepper::new(a);
            let (folded, _) = fold_and_split(t, 0..t.len(), &mut stepper);
            (folded, stepper.found)
        }
        let (folded, found): (Vec<Folded>, Vec<Vec<Occurrence>>) = texts
            .iter()
            .map(|t| match joint.automaton() {
                Automaton::Nfa(a) => feed(a, t),
                Automaton::Dfa(a) => feed(a, t),
            })
            .unzip();
        joint.hits_found(&folded, found)
    }
}
