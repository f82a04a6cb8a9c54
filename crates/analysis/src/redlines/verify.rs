//! Checking the parts of a pattern that the automaton does not: the tail of a hit, read
//! rightwards from the end of its anchor ([`verify`]), its prefix, read leftwards from the start
//! of its anchor ([`mod@back`], in `verify/back.rs` with the contexts read leftwards), and the
//! contexts, read leftwards from its start or rightwards from its end. The words each reads
//! around a position (a phrase, a token of a gap, a name, a number, an insertion between
//! commas) are [`Ctx`]'s, in `verify/tokens.rs`.

use crate::text::fold::{Folded, is_word_char};
use redline_patterns::Strings;
use redline_patterns::pattern::{Item, MAX_CLAUSE, MAX_NEAR};

mod back;
mod tokens;

pub(crate) use back::{back, verify_back};
use tokens::{NUMBER_WORDS, token_ok};

/// Most words a `...` gap skips.
const MAX_GAP: usize = 3;

/// What a check needs besides the folded text: whether a folded word range is a name
/// (`@Name`; the matcher's tails hold none and give `None`), and the folded time phrases
/// (`on tuesday`), sorted, that may stand between a hit's anchor and the words read after it.
#[derive(Clone, Copy)]
pub(crate) struct Ctx<'a> {
    pub folded: &'a Folded,
    pub name: Option<&'a dyn Fn(usize, usize) -> bool>,
    pub when: &'a [String],
}

impl<'a> Ctx<'a> {
    /// A context for tails: no names, no time phrases.
    pub fn plain(folded: &'a Folded) -> Self {
        Ctx { folded, name: None, when: &[] }
    }

    /// The end of the longest time phrase of [`Ctx::when`] just after `at` (`protested on
    /// Tuesday against`), or `at`: what a pattern reads after a verb stands past it. `when`
    /// is sorted, so only the phrases that open with the next word are tried.
    pub fn past_when(&self, at: usize) -> usize {
        let Some(rest) = self.text().get(self.after_mark(at)..).and_then(|r| r.strip_prefix(' ')) else {
            return at;
        };
        let word = &rest[..rest.find(|c: char| !c.is_alphanumeric()).unwrap_or(rest.len())];
        if word.is_empty() {
            return at;
        }
        let first = self.when.partition_point(|w| w.as_str() < word);
        let opening = self.when[first..].iter().take_while(|w| w.starts_with(word));
        opening.filter_map(|w| self.phrase_end(at, w.as_bytes())).max().unwrap_or(at)
    }
}

/// Whether one of `choices`, or a name when `name`, is read next from `at`: what `!X` (at
/// `at`) and `!...X` (at each of the words after it) exclude.
#[inline(always)]
fn excluded(ctx: &Ctx, at: usize, choices: &Strings, name: bool) -> bool {
    let named = name && ctx.name_end(at).is_some_and(|end| ctx.is_name(ctx.after_mark(at) + 1, end));
    named || choices.bytes().any(|c| ctx.phrase_end(at, c).is_some())
}

/// Most capitalised words an `@Name` reads forwards.
const MAX_NAME_WORDS: usize = 4;

/// The longest end at which `tail` matches from `at`, if any.
pub(crate) fn verify(ctx: &Ctx, at: usize, tail: &[Item]) -> Option<usize> {
    let Some((item, rest)) = tail.split_first() else {
        return Some(at);
    };
    match item {
        Item::Words { choices, optional, repeat } => {
            let mut best = if *optional { verify(ctx, at, rest) } else { None };
            let Some(start) = ctx.word_start(at) else { return best };
            for c in choices.bytes() {
                if let Some(e) = ctx.end_of(start, c) {
                    let next = if *repeat { more(ctx, e, choices, rest) } else { verify(ctx, e, rest) };
                    best = best.max(next);
                }
            }
            best
        }
        Item::Num => {
            let mut best = None;
            if let Some(end) = ctx.number_end(at) {
                best = verify(ctx, end, rest);
            }
            for w in NUMBER_WORDS {
                if let Some(e) = ctx.phrase_end(at, w.as_bytes()) {
                    best = best.max(verify(ctx, e, rest));
                }
            }
            best
        }
        Item::Gap => {
            let mut best = verify(ctx, at, rest);
            let mut pos = at;
            for _ in 0..MAX_GAP {
                let Some(end) = ctx.next_token(pos) else { break };
                best = best.max(verify(ctx, end, rest));
                pos = end;
            }
            best
        }
        Item::Clause => {
            let mut best = None;
            let mut pos = at;
            for _ in 0..MAX_CLAUSE {
                let Some((start, token)) = ctx.token_after(pos) else { break };
                if let Some(word) = token.strip_suffix(',').filter(|w| token_ok(w)) {
                    best = best.max(verify(ctx, start + word.len() + 1, rest));
                }
                if !token_ok(token) {
                    break;
                }
                pos = start + token.len();
            }
            best
        }
        Item::Not { choices, name } => {
            if excluded(ctx, at, choices, *name) {
                return None;
            }
            verify(ctx, at, rest)
        }
        Item::NotNear { choices, name } => {
            let mut pos = at;
            for _ in 0..MAX_NEAR {
                if excluded(ctx, pos, choices, *name) {
                    return None;
                }
                let Some(end) = ctx.next_token(pos) else { break };
                pos = end;
            }
            verify(ctx, at, rest)
        }
        Item::Name(choices) => {
            // a name of up to four capitalised words ("Banja Luka", "Republika Srpska")
            let mut best = None;
            let mut from = at;
            for _ in 0..MAX_NAME_WORDS {
                let Some(end) = ctx.name_end(from).filter(|&end| ctx.is_name(ctx.after_mark(from) + 1, end)) else {
                    break;
                };
                best = best.max(verify(ctx, end, rest));
                if !ctx.text()[from..end].trim_start().chars().all(|c| is_word_char(c) || c == '.' || c == ' ') {
                    break;
                }
                from = end;
            }
            for c in choices.bytes() {
                if let Some(e) = ctx.phrase_end(at, c) {
                    best = best.max(verify(ctx, e, rest));
                }
            }
            best
        }
    }
}

/// Zero or more further words of a run from `at`, then `rest`: the longest end.
fn more(ctx: &Ctx, at: usize, choices: &Strings, rest: &[Item]) -> Option<usize> {
    let mut best = verify(ctx, at, rest);
    for start in ctx.joined(at).into_iter().filter_map(|p| ctx.word_start(p)) {
        for c in choices.bytes() {
            if let Some(e) = ctx.end_of(start, c) {
                best = best.max(more(ctx, e, choices, rest));
            }
        }
    }
    best
}

#[cfg(test)]
#[path = "verify_tests.rs"]
mod tests;
