//! Reading a pattern's items leftwards: the prefix of a hit before its anchor ([`back`]) and
//! the context before it ([`verify_back`]), which may read over one insertion between commas.

use redline_patterns::Strings;
use redline_patterns::pattern::{Item, MAX_CLAUSE, MAX_NEAR};

use super::tokens::{NUMBER_WORDS, token_ok};
use super::{Ctx, MAX_GAP};

/// True when `items` match leftwards from `at`, the last item first: what stands just
/// before a hit starting at `at`. One insertion between commas may stand between two of the
/// items, or between the last and the hit (see [`Ctx::insertion_start`]): the context of a
/// verb is mostly its subject, and news puts asides between the two.
pub(crate) fn verify_back(ctx: &Ctx, at: usize, items: &[Item]) -> bool {
    back_over(ctx, at, items, true).is_some()
}

/// The earliest start from which `items` match leftwards up to `at`, the last item first,
/// words next to words: the part of a hit before its anchor.
pub(crate) fn back(ctx: &Ctx, at: usize, items: &[Item]) -> Option<usize> {
    back_over(ctx, at, items, false)
}

fn earliest(a: Option<usize>, b: Option<usize>) -> Option<usize> {
    match (a, b) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

/// [`back`], reading over one insertion when `insertion` allows it.
fn back_over(ctx: &Ctx, at: usize, items: &[Item], insertion: bool) -> Option<usize> {
    if items.is_empty() {
        return Some(at);
    }
    let read = read_back(ctx, at, items, insertion);
    match ctx.insertion_start(at).filter(|_| insertion) {
        Some(open) => earliest(read, read_back(ctx, open, items, false)),
        None => read,
    }
}

/// The last of `items` read leftwards from `at`, then the rest by [`back_over`].
fn read_back(ctx: &Ctx, at: usize, items: &[Item], insertion: bool) -> Option<usize> {
    let Some((item, rest)) = items.split_last() else {
        return Some(at);
    };
    let back = |ctx: &Ctx, at: usize, rest: &[Item]| back_over(ctx, at, rest, insertion);
    match item {
        Item::Words { choices, optional, repeat } => {
            let mut best = if *optional { back(ctx, at, rest) } else { None };
            let Some(end) = ctx.word_end(at) else { return best };
            for c in choices.bytes() {
                if let Some(s) = ctx.start_of(end, c) {
                    let next = if *repeat { more_back(ctx, s, choices, rest, insertion) } else { back(ctx, s, rest) };
                    best = earliest(best, next);
                }
            }
            best
        }
        Item::Num => {
            let mut best = ctx
                .prev_token(at)
                .filter(|&s| ctx.is_number(s, ctx.before_mark(at) - 1))
                .and_then(|s| back(ctx, s, rest));
            for w in NUMBER_WORDS {
                if let Some(s) = ctx.phrase_start(at, w.as_bytes()) {
                    best = earliest(best, back(ctx, s, rest));
                }
            }
            best
        }
        Item::Gap => back_from_tokens(ctx, at, MAX_GAP, rest),
        Item::Clause => {
            // the word just before ends with the comma that closes the clause
            let before = ctx.text().get(..at)?.strip_suffix(' ')?.strip_suffix(',')?;
            let start = before.rfind(' ').map_or(0, |i| i + 1);
            if !token_ok(&before[start..]) {
                return None;
            }
            back_from_tokens(ctx, start, MAX_CLAUSE - 1, rest)
        }
        Item::Not { choices, name } => {
            if excluded_before(ctx, at, choices, *name) {
                return None;
            }
            back(ctx, at, rest)
        }
        Item::NotNear { choices, name } => {
            let mut pos = at;
            for _ in 0..MAX_NEAR {
                if excluded_before(ctx, pos, choices, *name) {
                    return None;
                }
                let Some(start) = ctx.prev_token(pos) else { break };
                pos = start;
            }
            back(ctx, at, rest)
        }
        Item::Name(choices) => {
            let name = ctx.prev_word(at).filter(|&(s, e)| ctx.is_name(s, e));
            let mut best = name.and_then(|(s, _)| back(ctx, s, rest));
            // the other choices are read as the words of a choice are (before a comma too)
            let Some(end) = ctx.word_end(at) else { return best };
            for c in choices.bytes() {
                if let Some(s) = ctx.start_of(end, c) {
                    best = earliest(best, back(ctx, s, rest));
                }
            }
            best
        }
    }
}

/// Whether one of `choices`, or a name when `name`, ends just before `at`: what `!X` (at
/// `at`) and `!...X` (at each of the words before it) exclude, read leftwards.
#[inline(always)]
fn excluded_before(ctx: &Ctx, at: usize, choices: &Strings, name: bool) -> bool {
    let named = name && ctx.prev_token(at).is_some_and(|s| ctx.is_name(s, ctx.before_mark(at) - 1));
    named || choices.bytes().any(|c| ctx.phrase_start(at, c).is_some())
}

/// The earliest start of `rest` read back from `at` or from one of the `tokens` words before
/// it: the words a gap or a clause skips.
#[inline(always)]
fn back_from_tokens(ctx: &Ctx, at: usize, tokens: usize, rest: &[Item]) -> Option<usize> {
    let mut best = back(ctx, at, rest);
    let mut pos = at;
    for _ in 0..tokens {
        let Some(start) = ctx.prev_token(pos) else { break };
        best = earliest(best, back(ctx, start, rest));
        pos = start;
    }
    best
}

/// Zero or more further words of a run read leftwards from `at`, then `rest`: the earliest
/// start.
fn more_back(ctx: &Ctx, at: usize, choices: &Strings, rest: &[Item], insertion: bool) -> Option<usize> {
    let mut best = back_over(ctx, at, rest, insertion);
    for end in ctx.joined_back(at).into_iter().filter_map(|p| ctx.word_end(p)) {
        for c in choices.bytes() {
            if let Some(s) = ctx.start_of(end, c) {
                best = earliest(best, more_back(ctx, s, choices, rest, insertion));
            }
        }
    }
    best
}
