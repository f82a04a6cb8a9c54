//! The cue pattern language.
//!
//! A pattern is words matched whole, case-insensitively, on [`Folded`] text:
//! `(a|b c)` is a choice, `[a|b]` an optional choice, `word~` matches regular inflections,
//! `{num}` a number in digits or words, and `...` skips up to three words. The words before
//! the first `{num}` or `...` are expanded into literal heads for one automaton over all
//! patterns ([`crate::redlines::matcher`]); the rest, the tail, is checked by hand at each hit.

use crate::text::fold::{Folded, is_word_char};

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

/// A part of a pattern after its literal head, checked at each hit ([`verify`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Item {
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
pub(crate) struct Compiled {
    /// The folded literals the pattern can start with.
    pub heads: Vec<String>,
    /// What must follow a head.
    pub tail: Vec<Item>,
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

pub(crate) fn compile(pattern: &str) -> Result<Compiled, PatternError> {
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

/// The end of the next word after `at` (which must be a space), if there is one.
fn next_word(text: &str, at: usize) -> Option<usize> {
    let rest = text.get(at..)?.strip_prefix(' ')?;
    let len = rest.find(|c: char| !is_word_char(c) && c != '\'').unwrap_or(rest.len());
    (len > 0 && rest[..len].chars().next().is_some_and(is_word_char)).then_some(at + 1 + len)
}

/// The longest end at which `tail` matches from `at`, if any.
pub(crate) fn verify(folded: &Folded, at: usize, tail: &[Item]) -> Option<usize> {
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
    use crate::redlines::matcher::Matcher;

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
