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
//! The highlighted words before the first `{num}`, `...`, `!` or later repeat (and before
//! the heads would pass 256) are expanded into literal heads for one automaton over all patterns ([`crate::redlines::matcher`]); the rest,
//! the tail, and the contexts are checked by hand at each hit ([`crate::redlines::verify`]).

use std::collections::HashMap;

use crate::text::fold::Folded;

/// Most literal heads of one pattern: the words whose choices would multiply them further
/// are checked by hand instead.
const MAX_HEADS: usize = 256;

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

/// A part of a pattern after its literal head, or of a context, checked at each hit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Item {
    /// One of these folded phrases; `optional` allows none, `repeat` one or more.
    Words { choices: Vec<String>, optional: bool, repeat: bool },
    /// Zero or more further occurrences of a repeat whose first one was the head.
    More(Vec<String>),
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
    /// The folded literals the highlighted part can start with.
    pub heads: Vec<String>,
    /// What must follow a head inside the highlight.
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

/// The literal heads and the tail of the highlighted part.
fn heads_and_tail(main: Vec<(usize, Item)>) -> Result<(Vec<String>, Vec<Item>), PatternError> {
    let mut heads = vec![String::new()];
    let mut items = main.into_iter();
    let mut tail = Vec::new();
    for (column, item) in items.by_ref() {
        let (choices, optional, repeat) = match item {
            Item::Words { choices, optional, repeat } => (choices, optional, repeat),
            Item::Name(_) => return error("'@Name' only stands outside '< >'", column),
            Item::Not { .. } if heads == [""] => return error("a pattern must start with a word", column),
            other => {
                tail.push(other);
                break;
            }
        };
        if repeat && heads != [""] {
            // a run after the first words is checked by hand: its words would multiply the heads
            tail.push(Item::Words { choices, optional, repeat });
            break;
        }
        let grown = heads.len() * (choices.len() + usize::from(optional));
        if heads != [""] && grown > MAX_HEADS {
            tail.push(Item::Words { choices, optional, repeat });
            break;
        }
        let mut next = Vec::with_capacity(grown);
        for h in &heads {
            if optional {
                next.push(h.clone());
            }
            next.extend(choices.iter().map(|c| if h.is_empty() { c.clone() } else { format!("{h} {c}") }));
        }
        heads = next;
        if repeat {
            tail.push(Item::More(choices));
            break;
        }
    }
    for (column, item) in items {
        if matches!(item, Item::Name(_)) {
            return error("'@Name' only stands outside '< >'", column);
        }
        tail.push(item);
    }
    if heads.iter().any(String::is_empty) {
        return error("a pattern must start with a word", 0);
    }
    Ok((heads, tail))
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
    let (heads, tail) = heads_and_tail(main)?;
    Ok(Compiled { heads, tail, before, after })
}

#[cfg(test)]
#[path = "pattern_tests.rs"]
mod tests;
