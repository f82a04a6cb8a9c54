//! Cue patterns and a matcher for many of them at once.
//!
//! A pattern is words matched whole, case-insensitively, on [`Folded`] text:
//! `(a|b c)` is a choice, `[a|b]` an optional choice, `word~` matches regular inflections,
//! `{num}` a number in digits or words, and `...` skips up to three words. The words before
//! the first `{num}` or `...` are expanded into literals for one Aho-Corasick automaton over
//! all patterns; the rest is checked by hand at each hit, so matching is one linear pass.

use std::sync::OnceLock;

use crate::fold::{Folded, is_word_char};
use crate::trie::Trie;

/// Most words a `...` gap skips.
const MAX_GAP: usize = 3;
/// Most literals one pattern may expand to.
const MAX_EXPANSIONS: usize = 4096;
const NUMBER_WORDS: &[&str] = &[
    "a",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "fifteen",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "ninety",
    "hundred",
    "a few",
    "several",
    "a couple of",
];

/// Why a pattern could not be compiled, and where in it (0-based character column).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PatternError {
    /// What was expected.
    pub message: String,
    /// Character column in the pattern.
    pub column: usize,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Item {
    /// One of these folded phrases; `optional` allows none.
    Words {
        choices: Vec<String>,
        optional: bool,
    },
    Num,
    Gap,
}

/// A compiled pattern: literal heads and a tail to verify.
#[derive(Debug, Clone)]
struct Compiled {
    heads: Vec<String>,
    tail: Vec<Item>,
}

/// Regular inflections of an English word: `threaten` → threatens, threatened, threatening.
fn inflect(w: &str) -> Vec<String> {
    let mut out = vec![w.to_string()];
    let (stem_e, ends_e) = match w.strip_suffix('e') {
        Some(s) if !w.ends_with("ee") => (s, true),
        _ => (w, false),
    };
    let sibilant = ["s", "x", "z", "ch", "sh"].iter().any(|s| w.ends_with(s));
    let y_after_consonant = w.ends_with('y') && !w[..w.len() - 1].ends_with(['a', 'e', 'i', 'o', 'u']);
    if y_after_consonant {
        let stem = &w[..w.len() - 1];
        out.extend([format!("{stem}ies"), format!("{stem}ied"), format!("{w}ing")]);
        return out;
    }
    out.push(if sibilant { format!("{w}es") } else { format!("{w}s") });
    if ends_e {
        out.extend([format!("{w}d"), format!("{stem_e}ing")]);
    } else {
        let b = w.as_bytes();
        let n = b.len();
        let vowel = |c: u8| b"aeiou".contains(&c);
        let cvc = n >= 3 && !vowel(b[n - 1]) && vowel(b[n - 2]) && !vowel(b[n - 3]) && !b"wxy".contains(&b[n - 1]);
        if cvc && n <= 4 {
            let last = b[n - 1] as char;
            out.extend([format!("{w}{last}ed"), format!("{w}{last}ing")]);
        }
        out.extend([format!("{w}ed"), format!("{w}ing")]);
    }
    out
}

/// Expands one choice text ("will not", "tolerate~") into folded phrases.
fn expand_phrase(phrase: &str, column: usize) -> Result<Vec<String>, PatternError> {
    let mut acc = vec![String::new()];
    for word in phrase.split_whitespace() {
        let forms = match word.strip_suffix('~') {
            Some(stem) if !stem.is_empty() && !stem.contains('~') => inflect(&Folded::phrase(stem)),
            _ if word.contains('~') => {
                return Err(PatternError { message: "'~' must end a word".into(), column });
            }
            _ => vec![Folded::phrase(word)],
        };
        acc = acc
            .iter()
            .flat_map(|a| forms.iter().map(move |f| if a.is_empty() { f.clone() } else { format!("{a} {f}") }))
            .collect();
    }
    if acc.iter().any(String::is_empty) {
        return Err(PatternError { message: "expected a word".into(), column });
    }
    Ok(acc)
}

fn parse(pattern: &str) -> Result<Vec<Item>, PatternError> {
    let chars: Vec<(usize, char)> = pattern.char_indices().collect();
    let mut items = Vec::new();
    let mut k = 0;
    while k < chars.len() {
        let (at, c) = chars[k];
        let column = k;
        match c {
            ' ' | '\t' => k += 1,
            '(' | '[' => {
                let close = if c == '(' { ')' } else { ']' };
                let Some(len) = chars[k + 1..].iter().position(|x| x.1 == close) else {
                    return Err(PatternError { message: format!("'{c}' is never closed by '{close}'"), column });
                };
                let inner_start = chars[k + 1].0;
                let inner = &pattern[inner_start..chars[k + 1 + len].0];
                if inner.contains(['(', '[', ')', ']']) {
                    return Err(PatternError { message: "choices cannot be nested".into(), column });
                }
                let mut choices = Vec::new();
                for alt in inner.split('|') {
                    choices.extend(expand_phrase(alt, column + 1)?);
                }
                items.push(Item::Words { choices, optional: c == '[' });
                k += len + 2;
            }
            ')' | ']' | '|' => {
                return Err(PatternError { message: format!("unexpected '{c}'"), column });
            }
            _ if pattern[at..].starts_with("{num}") => {
                items.push(Item::Num);
                k += 5;
            }
            _ if pattern[at..].starts_with("...") => {
                items.push(Item::Gap);
                k += 3;
            }
            '{' => {
                return Err(PatternError { message: "expected '{num}'".into(), column });
            }
            _ => {
                let len = chars[k..].iter().position(|x| " \t([|)]".contains(x.1)).unwrap_or(chars.len() - k);
                let end = chars.get(k + len).map_or(pattern.len(), |x| x.0);
                let choices = expand_phrase(&pattern[at..end], column)?;
                items.push(Item::Words { choices, optional: false });
                k += len;
            }
        }
    }
    Ok(items)
}

fn compile(pattern: &str) -> Result<Compiled, PatternError> {
    let items = parse(pattern)?;
    let split = items.iter().position(|i| !matches!(i, Item::Words { .. })).unwrap_or(items.len());
    let (head, tail) = items.split_at(split);
    let mut heads = vec![String::new()];
    for item in head {
        let Item::Words { choices, optional } = item else { unreachable!("head holds words only") };
        let mut next = Vec::new();
        for h in &heads {
            if *optional {
                next.push(h.clone());
            }
            for c in choices {
                next.push(if h.is_empty() { c.clone() } else { format!("{h} {c}") });
            }
        }
        if next.len() > MAX_EXPANSIONS {
            return Err(PatternError { message: format!("expands to more than {MAX_EXPANSIONS} phrases"), column: 0 });
        }
        heads = next;
    }
    if heads.iter().any(String::is_empty) {
        return Err(PatternError { message: "a pattern must start with a word".into(), column: 0 });
    }
    Ok(Compiled { heads, tail: tail.to_vec() })
}

/// Checks that `pattern` compiles.
pub fn validate(pattern: &str) -> Result<(), PatternError> {
    compile(pattern).map(|_| ())
}

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

/// Many patterns compiled into one automaton.
#[derive(Debug, Clone)]
pub struct Matcher {
    /// Built on the first search: a matcher only ever searched as part of a [`Joint`] never
    /// builds its own.
    automaton: OnceLock<Trie>,
    /// The distinct literals the automaton was built from.
    literals: Vec<String>,
    /// For each automaton literal: (pattern index, tail index).
    owners: Vec<Vec<usize>>,
    tails: Vec<Vec<Item>>,
}

impl Matcher {
    /// Compiles the patterns; the error names the index of the first bad one.
    pub fn new<S: AsRef<str>>(patterns: &[S]) -> Result<Self, (usize, PatternError)> {
        let mut heads = Vec::new();
        let mut tails = Vec::new();
        for (i, p) in patterns.iter().enumerate() {
            let compiled = compile(p.as_ref()).map_err(|e| (i, e))?;
            heads.extend(compiled.heads.into_iter().map(|h| (h, i)));
            tails.push(compiled.tail);
        }
        Ok(Matcher::build(heads, tails))
    }

    /// The distinct literals of the automaton, folded.
    pub fn literals(&self) -> &[String] {
        &self.literals
    }

    /// Each literal with each pattern it starts.
    fn heads(&self) -> impl Iterator<Item = (String, usize)> + '_ {
        self.literals.iter().zip(&self.owners).flat_map(|(l, owners)| owners.iter().map(|&p| (l.clone(), p)))
    }

    /// A matcher for plain phrases (gazetteer aliases): no pattern syntax, each phrase is
    /// folded and matched as it is.
    pub fn phrases<S: AsRef<str>>(phrases: &[S]) -> Self {
        let heads = phrases.iter().enumerate().map(|(i, p)| (Folded::phrase(p.as_ref()), i)).collect();
        Matcher::build(heads, vec![Vec::new(); phrases.len()])
    }

    /// One automaton over distinct literals, each remembering the patterns it starts.
    fn build(heads: Vec<(String, usize)>, tails: Vec<Vec<Item>>) -> Self {
        let mut literals: Vec<String> = Vec::new();
        let mut owners: Vec<Vec<usize>> = Vec::new();
        let mut index = std::collections::HashMap::new();
        for (head, i) in heads {
            if head.is_empty() {
                continue;
            }
            let slot = *index.entry(head.clone()).or_insert_with(|| {
                literals.push(head);
                owners.push(Vec::new());
                owners.len() - 1
            });
            if !owners[slot].contains(&i) {
                owners[slot].push(i);
            }
        }
        Matcher { automaton: OnceLock::new(), literals, owners, tails }
    }

    /// The same matcher with a DFA automaton: some milliseconds to build, a sixth faster per
    /// byte; worth it for many articles, not for one.
    pub fn for_bulk(&self) -> Matcher {
        Matcher { automaton: OnceLock::from(Trie::for_many(&self.literals)), ..self.clone() }
    }

    /// Every whole-word hit of every pattern, each at its longest extent, possibly
    /// overlapping, in order of start.
    pub fn find_all(&self, folded: &Folded) -> Vec<Hit> {
        let mut hits = Vec::new();
        let mut found = |literal: usize, start: usize, end: usize| {
            if !folded.boundary_before(start) || !folded.boundary_after(end) {
                return;
            }
            for &p in &self.owners[literal] {
                if let Some(end) = verify(folded, end, &self.tails[p]) {
                    hits.push(Hit { pattern: p, start, end });
                }
            }
        };
        let automaton = self.automaton.get_or_init(|| Trie::for_one(&self.literals));
        automaton.find_overlapping(folded.text.as_bytes(), &mut found);
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
    /// Joins two matchers.
    pub fn new(first: &Matcher, second: &Matcher) -> Self {
        let split = first.tails.len();
        let heads = first.heads().chain(second.heads().map(|(h, p)| (h, p + split))).collect();
        let tails = first.tails.iter().chain(&second.tails).cloned().collect();
        Joint { matcher: Matcher::build(heads, tails), split }
    }

    /// The same, with its automaton built for throughput (see [`Matcher::for_bulk`]).
    pub fn for_bulk(&self) -> Joint {
        Joint { matcher: self.matcher.for_bulk(), split: self.split }
    }

    /// The hits of the first matcher and those of the second on `folded`: exactly what their
    /// own [`Matcher::find_all`] gives.
    pub fn find_all(&self, folded: &Folded) -> (Vec<Hit>, Vec<Hit>) {
        let (first, mut second): (Vec<Hit>, Vec<Hit>) =
            self.matcher.find_all(folded).into_iter().partition(|h| h.pattern < self.split);
        second.iter_mut().for_each(|h| h.pattern -= self.split);
        (first, second)
    }
}

/// The end of the next word after `at` (which must be a space), if there is one.
fn next_word(text: &str, at: usize) -> Option<usize> {
    let rest = text.get(at..)?.strip_prefix(' ')?;
    let len = rest.find(|c: char| !is_word_char(c) && c != '\'').unwrap_or(rest.len());
    (len > 0 && rest[..len].chars().next().is_some_and(is_word_char)).then_some(at + 1 + len)
}

/// The longest end at which `tail` matches from `at`, if any.
fn verify(folded: &Folded, at: usize, tail: &[Item]) -> Option<usize> {
    let Some((item, rest)) = tail.split_first() else {
        return Some(at);
    };
    let text = folded.text.as_str();
    let phrase_end = |p: &str| {
        let end = at + 1 + p.len();
        (text.get(at..at + 1) == Some(" ") && text.get(at + 1..end) == Some(p) && folded.boundary_after(end))
            .then_some(end)
    };
    match item {
        Item::Words { choices, optional } => {
            let mut best = if *optional { verify(folded, at, rest) } else { None };
            for c in choices {
                if let Some(e) = phrase_end(c).and_then(|e| verify(folded, e, rest)) {
                    best = best.max(Some(e));
                }
            }
            best
        }
        Item::Num => {
            let mut best = None;
            if let Some(end) = next_word(text, at)
                && text[at + 1..end].chars().all(|c| c.is_ascii_digit() || c == ',' || c == '.')
            {
                best = verify(folded, end, rest);
            }
            for w in NUMBER_WORDS {
                if let Some(e) = phrase_end(w).and_then(|e| verify(folded, e, rest)) {
                    best = best.max(Some(e));
                }
            }
            best
        }
        Item::Gap => {
            let mut best = verify(folded, at, rest);
            let mut pos = at;
            for _ in 0..MAX_GAP {
                let Some(end) = next_word(text, pos) else {
                    break;
                };
                best = best.max(verify(folded, end, rest));
                pos = end;
            }
            best
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn matches(pattern: &str, text: &str) -> Vec<String> {
        let m = Matcher::new(&[pattern]).unwrap();
        let f = Folded::new(text, 0);
        m.find_all(&f)
            .into_iter()
            .map(|h| {
                let (a, b) = f.original_range(text, h.start, h.end);
                text[a..b].to_string()
            })
            .collect()
    }

    #[test]
    fn words_choices_options_and_inflections() {
        assert_eq!(
            matches("(will|shall) not [endlessly] wait", "They shall not endlessly wait."),
            ["shall not endlessly wait"]
        );
        assert_eq!(matches("(will|shall) not [endlessly] wait", "They will not wait"), ["will not wait"]);
        assert_eq!(
            matches("threaten~", "threatened, Threatens; threatening"),
            ["threatened", "Threatens", "threatening"]
        );
        assert_eq!(matches("tolerate~", "no longer tolerated"), ["tolerated"]);
        assert!(matches("red line~", "redline and red linen").is_empty());
    }

    #[test]
    fn a_joint_search_gives_each_matcher_its_own_hits() {
        let cues = Matcher::new(&["(will|shall) not wait", "wait", "within {num} days"]).unwrap();
        let places = Matcher::phrases(&["Wait River", "Shall", "days"]);
        let f = Folded::new("We shall not wait: within two days the Wait River floods.", 0);
        let (first, second) = Joint::new(&cues, &places).find_all(&f);
        assert_eq!(first, cues.find_all(&f));
        assert_eq!(second, places.find_all(&f));
        assert_eq!((first.len(), second.len()), (4, 3));
    }

    #[test]
    fn numbers_and_gaps() {
        assert_eq!(
            matches("within {num} days", "within 30 days or within three days"),
            ["within 30 days", "within three days"]
        );
        assert_eq!(
            matches("not ... wait forever", "they do not intend to wait forever"),
            ["not intend to wait forever"]
        );
        assert!(matches("not ... wait forever", "not a b c d wait forever").is_empty());
    }

    #[test]
    fn hyphenation_and_apostrophes() {
        assert_eq!(
            matches("military-technical measure~", "Military\u{2011}technical measures"),
            ["Military\u{2011}technical measures"]
        );
        assert_eq!(matches("won't wait", "we won’t wait"), ["won’t wait"]);
    }

    #[test]
    fn bad_patterns_say_where() {
        assert_eq!(validate("(a|b").unwrap_err().column, 0);
        assert_eq!(validate("a {nums}").unwrap_err().column, 2);
        assert!(validate("[a]").is_err());
        assert!(validate("[a] b").is_ok());
        assert!(validate("a~b").is_err());
        assert!(validate("x (a|(b))").is_err());
    }

    #[test]
    fn inflections_follow_spelling_rules() {
        assert!(inflect("stop").contains(&"stopped".to_string()));
        assert!(inflect("deny").contains(&"denied".to_string()));
        assert!(inflect("cross").contains(&"crosses".to_string()));
        assert!(inflect("tolerate").contains(&"tolerating".to_string()));
    }
}
