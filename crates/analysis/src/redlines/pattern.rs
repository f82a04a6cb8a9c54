//! The cue pattern language.
//!
//! A pattern is words matched whole, case-insensitively, on [`Folded`] text: `(a|b c)` is a
//! choice, `[a|b]` an optional choice, `word~` matches regular inflections, `@class` one of the
//! phrases of a class the lexicon defines, `X+` one or more of a word, choice or class (joined by
//! commas, `and`, `or`, `a`, `an`, each maybe in quote marks), `{num}` a number in digits or
//! words, and `...` skips up to three words. `<` and `>` enclose the part that is highlighted:
//! what stands before `<` must come just before it (read leftwards from it), what stands after
//! `>` just after it. These contexts may also hold `!X` (the words read next are not X) and
//! `@Name` (a word written with a capital that is not of the class `function`).
//!
//! One run of plain words of the highlighted part, the anchor, is expanded into literals for one
//! automaton over all patterns ([`crate::redlines::matcher`]): of the runs without `{num}`, `...`,
//! `!` or repeats (and of at most 256 literals), one whose literals are long and few, so that
//! `(will|would|could) ... retaliate` is searched for as `retaliate`. What stands before the anchor
//! (the prefix), after it (the tail) and the contexts are checked by hand at each hit
//! ([`crate::redlines::verify`]).

use std::collections::HashMap;

use crate::text::fold::Folded;

/// Most literals of an anchor of several items: a run whose choices would multiply them
/// further is not an anchor.
const MAX_HEADS: usize = 256;

/// Anchor literals this long (in bytes) are rare enough: a longer anchor is not preferred.
const LONG_ENOUGH: usize = 6;

/// An anchor of at most this many literals may as well be long.
const FEW: usize = 64;

/// Named word classes: each name with its folded phrases (inflections expanded).
pub(crate) type Classes = HashMap<String, Vec<String>>;

/// Why a pattern could not be compiled, and where in it (0-based character column).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PatternError {
    /// What was expected.
    pub message: String,
    /// Character column in the pattern.
    pub column: usize,
}

fn error<T>(message: impl Into<String>, column: usize) -> Result<T, PatternError> {
    Err(PatternError { message: message.into(), column })
}

/// A part of a pattern outside its anchor, or of a context, checked at each hit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Item {
    /// One of these folded phrases; `optional` allows none, `repeat` one or more.
    Words { choices: Vec<String>, optional: bool, repeat: bool },
    /// A number in digits or words.
    Num,
    /// Up to three words.
    Gap,
    /// The words read next are none of these, nor a name when `name` (zero width).
    Not { choices: Vec<String>, name: bool },
    /// A capitalised word that is not a function word, or one of these phrases.
    Name(Vec<String>),
}

/// A compiled pattern: literal heads, a tail to verify, and the contexts on either side.
#[derive(Debug, Clone, Default)]
pub(crate) struct Compiled {
    /// The folded literals the automaton searches for: the anchor of the highlighted part.
    pub heads: Vec<String>,
    /// What must precede an anchor inside the highlight, in pattern order (read leftwards).
    pub prefix: Vec<Item>,
    /// What must follow an anchor inside the highlight.
    pub tail: Vec<Item>,
    /// What must stand just before the highlight, in pattern order (read leftwards).
    pub before: Vec<Item>,
    /// What must stand just after the highlight.
    pub after: Vec<Item>,
}

/// Regular inflections of an English word: `threaten` → threatens, threatened, threatening.
pub(crate) fn inflect(w: &str) -> Vec<String> {
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
pub(crate) fn expand_phrase(phrase: &str, column: usize) -> Result<Vec<String>, PatternError> {
    let mut acc = vec![String::new()];
    for word in phrase.split_whitespace() {
        let forms = match word.strip_suffix('~') {
            Some(stem) if !stem.is_empty() && !stem.contains('~') => inflect(&Folded::phrase(stem)),
            _ if word.contains('~') => return error("'~' must end a word", column),
            _ => vec![Folded::phrase(word)],
        };
        acc = acc
            .iter()
            .flat_map(|a| forms.iter().map(move |f| if a.is_empty() { f.clone() } else { format!("{a} {f}") }))
            .collect();
    }
    if acc.iter().any(String::is_empty) {
        return error("expected a word", column);
    }
    Ok(acc)
}

/// A parsed piece of a pattern: an item or one of the highlight marks, with its column.
enum Piece {
    Item(Item),
    Open,
    Close,
}

/// Characters that end a word of a pattern.
const STOPS: &str = " \t([|)]<>+!";

struct Parser<'a> {
    pattern: &'a str,
    chars: Vec<(usize, char)>,
    classes: &'a Classes,
}

/// One word, choice or class of a pattern: its phrases, whether `@Name` is among them, and
/// whether it is optional.
struct Choice {
    phrases: Vec<String>,
    name: bool,
    optional: bool,
}

impl Parser<'_> {
    /// `@name` starting at character `k`: the class's phrases (none for `@Name`), and the
    /// character after the name.
    fn class(&self, k: usize) -> Result<(Choice, usize), PatternError> {
        let len = self.chars[k + 1..].iter().position(|x| !(x.1.is_alphanumeric() || x.1 == '_'));
        let end = k + 1 + len.unwrap_or(self.chars.len() - k - 1);
        let name: String = self.chars[k + 1..end].iter().map(|x| x.1).collect();
        let choice = |phrases: Vec<String>, name| Choice { phrases, name, optional: false };
        match self.classes.get(&name) {
            _ if name == "Name" => Ok((choice(Vec::new(), true), end)),
            Some(phrases) => Ok((choice(phrases.clone(), false), end)),
            None if name.is_empty() => error("expected a class name after '@'", k),
            None => error(format!("unknown class @{name}"), k),
        }
    }

    /// One choice, class or word at character `k`, and the character after it.
    fn words(&self, k: usize) -> Result<(Choice, usize), PatternError> {
        let (at, c) = self.chars[k];
        match c {
            '(' | '[' => {
                let close = if c == '(' { ')' } else { ']' };
                let Some(len) = self.chars[k + 1..].iter().position(|x| x.1 == close) else {
                    return error(format!("'{c}' is never closed by '{close}'"), k);
                };
                let inner = &self.pattern[self.chars[k + 1].0..self.chars[k + 1 + len].0];
                if inner.contains(['(', '[', ')', ']']) {
                    return error("choices cannot be nested", k);
                }
                let mut choice = Choice { phrases: Vec::new(), name: false, optional: c == '[' };
                let mut column = k + 1;
                for alt in inner.split('|') {
                    let lead = alt.chars().take_while(|c| c.is_whitespace()).count();
                    if alt.trim().starts_with('@') {
                        let (class, _) = self.class(column + lead)?;
                        choice.phrases.extend(class.phrases);
                        choice.name |= class.name;
                    } else {
                        choice.phrases.extend(expand_phrase(alt, column)?);
                    }
                    column += alt.chars().count() + 1;
                }
                Ok((choice, k + len + 2))
            }
            '@' => self.class(k),
            _ => {
                let len = self.chars[k..].iter().position(|x| STOPS.contains(x.1)).unwrap_or(self.chars.len() - k);
                let end = self.chars.get(k + len).map_or(self.pattern.len(), |x| x.0);
                let phrases = expand_phrase(&self.pattern[at..end], k)?;
                Ok((Choice { phrases, name: false, optional: false }, k + len))
            }
        }
    }

    fn parse(&self) -> Result<Vec<(usize, Piece)>, PatternError> {
        let mut pieces = Vec::new();
        let mut k = 0;
        while k < self.chars.len() {
            let (at, c) = self.chars[k];
            let column = k;
            let rest = &self.pattern[at..];
            match c {
                ' ' | '\t' => k += 1,
                '<' | '>' => {
                    pieces.push((column, if c == '<' { Piece::Open } else { Piece::Close }));
                    k += 1;
                }
                ')' | ']' | '|' | '+' => return error(format!("unexpected '{c}'"), column),
                '!' => {
                    if self.chars.get(k + 1).is_none_or(|x| STOPS.contains(x.1) && !"([".contains(x.1)) {
                        return error("expected a word, choice or class after '!'", column);
                    }
                    let (choice, end) = self.words(k + 1)?;
                    pieces.push((column, Piece::Item(Item::Not { choices: choice.phrases, name: choice.name })));
                    k = end;
                }
                _ if rest.starts_with("{num}") => {
                    pieces.push((column, Piece::Item(Item::Num)));
                    k += 5;
                }
                _ if rest.starts_with("...") => {
                    pieces.push((column, Piece::Item(Item::Gap)));
                    k += 3;
                }
                '{' => return error("expected '{num}'", column),
                _ => {
                    let (choice, end) = self.words(k)?;
                    let repeat = self.chars.get(end).is_some_and(|x| x.1 == '+');
                    let item = if choice.name {
                        if repeat || choice.optional {
                            return error("a choice holding '@Name' can neither repeat nor be optional", column);
                        }
                        Item::Name(choice.phrases)
                    } else {
                        Item::Words { choices: choice.phrases, optional: choice.optional, repeat }
                    };
                    pieces.push((column, Piece::Item(item)));
                    k = end + usize::from(repeat);
                }
            }
        }
        Ok(pieces)
    }
}

/// The literals of a run of plain words items: each choice of each item in turn (an optional
/// one may be left out); `None` past [`MAX_HEADS`] unless the run is one item.
fn expand(run: &[Item]) -> Option<Vec<String>> {
    let mut heads = vec![String::new()];
    for item in run {
        let Item::Words { choices, optional, .. } = item else { return None };
        let grown = heads.len() * (choices.len() + usize::from(*optional));
        if grown > MAX_HEADS && run.len() > 1 {
            return None;
        }
        let mut next = Vec::with_capacity(grown);
        for h in &heads {
            if *optional {
                next.push(h.clone());
            }
            next.extend(choices.iter().map(|c| if h.is_empty() { c.clone() } else { format!("{h} {c}") }));
        }
        heads = next;
    }
    Some(heads)
}

/// A highlighted part split: (prefix, anchor literals, tail).
type Anchored = (Vec<Item>, Vec<String>, Vec<Item>);

/// How good an anchor is: its shortest literal up to [`LONG_ENOUGH`], its shortest literal if
/// it has at most [`FEW`] literals, and fewer literals.
type Score = (usize, usize, std::cmp::Reverse<usize>);

/// Splits the highlighted part into the words the automaton searches for (the anchor), what
/// comes before them (the prefix, checked leftwards) and after them (the tail). The anchor is
/// the run of plain words whose shortest literal is longest, counting up to [`LONG_ENOUGH`]
/// bytes; among equals, of runs of at most [`FEW`] literals the longest, else the one with the
/// fewest literals, then the earliest: long literals are rare in text (`out of the question`
/// more than `out of`), and few literals keep the automaton small.
fn anchor(main: Vec<(usize, Item)>) -> Result<Anchored, PatternError> {
    if let Some((column, _)) = main.iter().find(|(_, i)| matches!(i, Item::Name(_))) {
        return error("'@Name' only stands outside '< >'", *column);
    }
    let items: Vec<Item> = main.into_iter().map(|(_, i)| i).collect();
    let plain = |i: &Item| matches!(i, Item::Words { repeat: false, .. });
    let mut best: Option<(Score, usize, usize, Vec<String>)> = None;
    for i in (0..items.len()).filter(|&i| plain(&items[i])) {
        for j in i + 1..=items.len() {
            if !plain(&items[j - 1]) {
                break;
            }
            let Some(heads) = expand(&items[i..j]) else { break };
            let shortest = heads.iter().map(String::len).min().unwrap_or(0);
            // few literals: the longer the better; many: the fewer the better
            let few = if heads.len() <= FEW { shortest } else { 0 };
            let score = (shortest.min(LONG_ENOUGH), few, std::cmp::Reverse(heads.len()));
            if heads.iter().all(|h| !h.is_empty()) && best.as_ref().is_none_or(|b| score > b.0) {
                best = Some((score, i, j, heads));
            }
        }
    }
    let Some((_, i, j, heads)) = best else {
        return error("a pattern must hold a word that is not optional", 0);
    };
    let mut items = items;
    let tail = items.split_off(j);
    items.truncate(i);
    Ok((items, heads, tail))
}

/// Compiles a pattern; `@class` names are looked up in `classes`.
pub(crate) fn compile(pattern: &str, classes: &Classes) -> Result<Compiled, PatternError> {
    let parser = Parser { pattern, chars: pattern.char_indices().collect(), classes };
    let pieces = parser.parse()?;
    let marks: Vec<(usize, bool)> = pieces
        .iter()
        .enumerate()
        .filter_map(|(i, (_, p))| match p {
            Piece::Open => Some((i, true)),
            Piece::Close => Some((i, false)),
            Piece::Item(_) => None,
        })
        .collect();
    let (open, close) = match marks[..] {
        [] => (None, None),
        [(o, true), (c, false)] => (Some(o), Some(c)),
        _ => {
            let column = marks.first().map_or(0, |m| pieces[m.0].0);
            return error("expected one '<' and then one '>'", column);
        }
    };
    let mut before = Vec::new();
    let mut main = Vec::new();
    let mut after = Vec::new();
    for (i, (column, piece)) in pieces.into_iter().enumerate() {
        let Piece::Item(item) = piece else { continue };
        if open.is_some_and(|o| i < o) {
            before.push(item);
        } else if close.is_some_and(|c| i > c) {
            after.push(item);
        } else {
            main.push((column, item));
        }
    }
    if main.is_empty() {
        return error("nothing to highlight between '<' and '>'", 0);
    }
    let (prefix, heads, tail) = anchor(main)?;
    Ok(Compiled { heads, prefix, tail, before, after })
}

#[cfg(test)]
#[path = "pattern_tests.rs"]
mod tests;
