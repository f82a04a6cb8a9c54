//! The cue pattern language.
//!
//! A pattern is words matched whole, case-insensitively, on folded text (see [`crate::fold`]):
//! `(a|b c)` is a choice, `[a|b]` an optional choice,
//! `word~` matches regular inflections, `@class` one of the phrases of a class the lexicon
//! defines, `X+` one or more of a word, choice or class (joined by
//! commas, `and`, `or`, `a`, `an`, each maybe in quote marks), `{num}` a number in digits or
//! words, `...` skips up to three words, and `{clause}` a clause closed by a comma (up to
//! sixteen words, the last ending with the comma, no other end of a clause among them: the
//! condition of `if {clause} we will respond`); these three stand alone, never in a choice.
//! `<` and `>` enclose the part that is highlighted: what stands before `<` must come just
//! before it (read leftwards from it), what stands after `>` just after it. These contexts may also hold `!X` (the words read next are not X) and
//! `@Name` (a word written with a capital that is not of the class `function`).
//!
//! One run of plain words of the highlighted part, the anchor, is expanded into literals for one
//! automaton over all patterns (redline-analysis's `redlines::matcher`): of the runs without
//! `{num}`, `...`, `!` or repeats (and of at most 256 literals), one whose literals are long and
//! few, so that `(will|would|could) ... retaliate` is searched for as `retaliate`. What stands
//! before the anchor (the prefix), after it (the tail) and the contexts are [`Item`]s, checked
//! by hand at each hit (its `redlines::verify`).

use std::collections::HashMap;
use std::sync::Arc;

use serde::{Deserialize, Serialize};

use crate::expand::{expand_phrase, product};
use crate::strings::Strings;

/// Most literals of an anchor of several items: a run whose choices would multiply them
/// further is not an anchor.
const MAX_HEADS: usize = 256;

/// Anchor literals this long (in bytes) are rare enough: a longer anchor is not preferred.
const LONG_ENOUGH: usize = 6;

/// Most words of a `{clause}`.
pub const MAX_CLAUSE: usize = 16;

/// The words `!...X` looks over: X begins at none of the next this many words (`red line
/// !...(map)` is not found in `red line on the ministry's flood map`).
pub const MAX_NEAR: usize = 6;

/// An anchor of at most this many literals may as well be long.
const FEW: usize = 64;

/// Folded phrases, shared: a class's phrases are held once however many patterns use it; the
/// bundled lexicon's are borrowed from its stored bytes ([`crate::stored`]).
pub type Phrases = Arc<Strings>;

/// Named word classes: each name with its folded phrases (inflections expanded).
pub type Classes = HashMap<String, Phrases>;

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

/// A part of a pattern outside its anchor, or of a context, checked at each hit. `P` holds
/// the folded phrases of a part: [`Phrases`], or, in the stored form ([`crate::stored`]), the
/// number of the phrase list in a table of them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Item<P = Phrases> {
    /// One of these folded phrases; `optional` allows none, `repeat` one or more.
    Words {
        /// The phrases.
        choices: P,
        /// Whether none may stand.
        optional: bool,
        /// Whether one or more stand (joined by commas and conjunctions).
        repeat: bool,
    },
    /// A number in digits or words.
    Num,
    /// Up to three words.
    Gap,
    /// A clause closed by a comma: up to [`MAX_CLAUSE`] words, the last ending with the comma,
    /// none of the others ending a clause.
    Clause,
    /// The words read next are none of these, nor a name when `name` (zero width).
    Not {
        /// The phrases.
        choices: P,
        /// Whether a name is excluded too.
        name: bool,
    },
    /// None of these phrases (nor a name when `name`) begins at any of the next
    /// [`MAX_NEAR`] words of the clause, read rightwards after the highlight or leftwards
    /// before it (zero width): a sense excluded by a word near the cue, not only next to it.
    NotNear {
        /// The phrases.
        choices: P,
        /// Whether a name is excluded too.
        name: bool,
    },
    /// A capitalised word that is not a function word, or one of these phrases.
    Name(P),
}

impl<P> Item<P> {
    /// The same item with its phrases replaced by `f` of them.
    pub fn map<Q>(self, f: &mut impl FnMut(P) -> Q) -> Item<Q> {
        match self {
            Item::Words { choices, optional, repeat } => Item::Words { choices: f(choices), optional, repeat },
            Item::Num => Item::Num,
            Item::Gap => Item::Gap,
            Item::Clause => Item::Clause,
            Item::Not { choices, name } => Item::Not { choices: f(choices), name },
            Item::NotNear { choices, name } => Item::NotNear { choices: f(choices), name },
            Item::Name(choices) => Item::Name(f(choices)),
        }
    }
}

/// A compiled pattern: literal heads, a tail to verify, and the contexts on either side.
#[derive(Debug, Clone, Default)]
pub struct Compiled {
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
    phrases: Phrases,
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
        let choice = |phrases: Phrases, name| Choice { phrases, name, optional: false };
        match self.classes.get(&name) {
            _ if name == "Name" => Ok((choice(Phrases::default(), true), end)),
            Some(phrases) => Ok((choice(Arc::clone(phrases), false), end)),
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
                let mut phrases = Strings::default();
                let mut name = false;
                let mut column = k + 1;
                for alt in inner.split('|') {
                    let lead = alt.chars().take_while(|c| c.is_whitespace()).count();
                    if alt.trim().starts_with('@') {
                        let (class, _) = self.class(column + lead)?;
                        phrases.extend(class.phrases.iter());
                        name |= class.name;
                    } else if alt.contains('@') {
                        // `(@Name|the @actor)` would read `the @actor` as its letters
                        return error("a class stands alone in its alternative of a choice", column + lead);
                    } else if alt.contains('{') || alt.contains("...") {
                        // `(a|{num})` would read `{num}` (or `...`) as its letters, which no text holds
                        return error(
                            "'{num}', '{clause}' and '...' stand outside choices: write the pattern once with it and once without",
                            column + lead,
                        );
                    } else {
                        phrases.extend(expand_phrase(alt).or_else(|e| error(e, column))?);
                    }
                    column += alt.chars().count() + 1;
                }
                Ok((Choice { phrases: Arc::new(phrases), name, optional: c == '[' }, k + len + 2))
            }
            '@' => self.class(k),
            _ => {
                let len = self.chars[k..].iter().position(|x| STOPS.contains(x.1)).unwrap_or(self.chars.len() - k);
                let end = self.chars.get(k + len).map_or(self.pattern.len(), |x| x.0);
                let phrases = expand_phrase(&self.pattern[at..end]).or_else(|e| error(e, k))?;
                Ok((Choice { phrases: Arc::new(phrases.into_iter().collect()), name: false, optional: false }, k + len))
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
                    // `!...X`: X near, not only next
                    let near = rest[1..].starts_with("...");
                    let first = k + 1 + if near { 3 } else { 0 };
                    if self.chars.get(first).is_none_or(|x| STOPS.contains(x.1) && !"([".contains(x.1)) {
                        return error("expected a word, choice or class after '!' or '!...'", column);
                    }
                    let (choice, end) = self.words(first)?;
                    let (choices, name) = (choice.phrases, choice.name);
                    let item = if near { Item::NotNear { choices, name } } else { Item::Not { choices, name } };
                    pieces.push((column, Piece::Item(item)));
                    k = end;
                }
                _ if rest.starts_with("{num}") => {
                    pieces.push((column, Piece::Item(Item::Num)));
                    k += 5;
                }
                _ if rest.starts_with("{clause}") => {
                    pieces.push((column, Piece::Item(Item::Clause)));
                    k += "{clause}".len();
                }
                _ if rest.starts_with("...") => {
                    pieces.push((column, Piece::Item(Item::Gap)));
                    k += 3;
                }
                '{' => return error("expected '{num}' or '{clause}'", column),
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
/// one may be left out). The run must be one that [`Count`] allows.
fn expand(run: &[Item]) -> Vec<String> {
    run.iter().fold(vec![String::new()], |heads, item| match item {
        Item::Words { choices, optional, .. } => product(heads, &choices.iter().collect::<Vec<_>>(), *optional),
        _ => unreachable!("an anchor holds plain words only"),
    })
}

/// The literals [`expand`] gives for a run, counted without writing them out.
#[derive(Debug, Clone, Copy)]
struct Count {
    /// How many literals, repeats included.
    literals: usize,
    /// The length of the shortest literal that is not empty, if there is one.
    shortest: Option<usize>,
    /// Whether one literal is empty (every item so far left out): there is at most one.
    empty: bool,
}

impl Count {
    /// The run of no items: one empty literal.
    const EMPTY: Count = Count { literals: 1, shortest: None, empty: true };

    /// The count once `item` is added to the run, or `None` when it is no plain words, or when
    /// the run is `longer` than one item and it or the run before had more than [`MAX_HEADS`]
    /// literals.
    fn then(self, item: &Item, longer: bool) -> Option<Count> {
        let Item::Words { choices, optional, repeat: false } = item else { return None };
        let literals = self.literals.saturating_mul(choices.len() + usize::from(*optional));
        if longer && literals.max(self.literals) > MAX_HEADS {
            return None;
        }
        let choice = choices.iter().map(|c| c.len()).min();
        let joined = self.shortest.zip(choice).map(|(head, choice)| head + 1 + choice);
        let alone = choice.filter(|_| self.empty);
        let kept = self.shortest.filter(|_| *optional);
        let shortest = [joined, alone, kept].into_iter().flatten().min();
        Some(Count { literals, shortest, empty: self.empty && *optional })
    }

    /// The length of the shortest literal (0 if there is none).
    fn shortest(&self) -> usize {
        if self.empty { 0 } else { self.shortest.unwrap_or(0) }
    }
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
    let mut best: Option<(Score, usize, usize)> = None;
    for i in 0..items.len() {
        let mut count = Count::EMPTY;
        for j in i + 1..=items.len() {
            let Some(next) = count.then(&items[j - 1], j - i > 1) else { break };
            count = next;
            let shortest = count.shortest();
            // few literals: the longer the better; many: the fewer the better
            let few = if count.literals <= FEW { shortest } else { 0 };
            let score = (shortest.min(LONG_ENOUGH), few, std::cmp::Reverse(count.literals));
            if !count.empty && best.as_ref().is_none_or(|b| score > b.0) {
                best = Some((score, i, j));
            }
        }
    }
    let Some((_, i, j)) = best else {
        return error("a pattern must hold a word that is not optional", 0);
    };
    let heads = expand(&items[i..j]);
    let mut items = items;
    let tail = items.split_off(j);
    items.truncate(i);
    Ok((items, heads, tail))
}

/// Compiles a pattern; `@class` names are looked up in `classes`.
pub fn compile(pattern: &str, classes: &Classes) -> Result<Compiled, PatternError> {
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
