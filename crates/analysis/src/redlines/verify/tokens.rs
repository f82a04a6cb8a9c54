//! The words a check reads around a position of the folded text: a word or phrase just
//! after or before it (past one space and a quote mark that opens or closes a quote), a
//! token of a gap, a name, a number, an insertion between commas. What [`super::verify`]
//! and [`super::back()`] are made of.

use super::Ctx;
use crate::text::fold::{is_quote_mark, is_word_char};

/// Most words of an insertion between commas that a context may read over (see
/// [`Ctx::insertion_start`]): a relative clause or an aside such as `, in a statement posted on
/// its website,` between a subject and its verb.
pub(super) const MAX_INSERTION: usize = 20;
pub(super) const NUMBER_WORDS: &[&str] = &[
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
    "seventy",
    "ninety",
    "hundred",
    "a few",
    "several",
    "a couple of",
];

/// The marks that may end a token which closes a clause (`June 3.`, `China,`).
pub(super) const CLAUSE_MARKS: [char; 6] = [',', ';', ':', '!', '?', '.'];

impl<'a> Ctx<'a> {
    pub(super) fn text(&self) -> &'a str {
        &self.folded.text
    }

    /// The end of `phrase` when it follows `at` after one space, as whole words.
    pub(super) fn phrase_end(&self, at: usize, phrase: &[u8]) -> Option<usize> {
        let at = self.after_mark(at);
        let bytes = self.text().as_bytes();
        let end = at + 1 + phrase.len();
        (bytes.get(at) == Some(&b' ') && same(bytes, at + 1, phrase) && self.folded.boundary_after(end)).then_some(end)
    }

    /// `at`, or the start of the quote mark that opens a quote just before it (`would “pay`):
    /// a context read leftwards from a word reads on over the mark.
    #[inline]
    pub(super) fn before_mark(&self, at: usize) -> usize {
        let text = self.text();
        // every quote mark ends with one of these bytes
        if !matches!(at.checked_sub(1).map(|b| text.as_bytes()[b]), Some(b'"' | 0x9C | 0x9D | 0x9E | 0xAB | 0xBB)) {
            return at;
        }
        let mark = text[..at].chars().next_back().filter(|&c| is_quote_mark(c));
        match mark {
            Some(q) if text[..at - q.len_utf8()].ends_with(' ') => at - q.len_utf8(),
            _ => at,
        }
    }

    /// `at`, or the end of the quote mark that closes a quote just after it (`price” for`): a
    /// context read rightwards from a word reads on over the mark.
    #[inline]
    pub(super) fn after_mark(&self, at: usize) -> usize {
        // every quote mark starts with one of these bytes
        if !matches!(self.text().as_bytes().get(at), Some(b'"' | 0xC2 | 0xE2)) {
            return at;
        }
        let rest = &self.text()[at..];
        let mark = rest.chars().next().filter(|&c| is_quote_mark(c));
        match mark {
            Some(q) if rest[q.len_utf8()..].starts_with(' ') => at + q.len_utf8(),
            _ => at,
        }
    }

    /// The start of `phrase` when it precedes `at` before one space, as whole words.
    pub(super) fn phrase_start(&self, at: usize, phrase: &[u8]) -> Option<usize> {
        let at = self.before_mark(at);
        let start = at.checked_sub(1 + phrase.len())?;
        let bytes = self.text().as_bytes();
        (bytes[at - 1] == b' ' && same(bytes, start, phrase) && self.folded.boundary_before(start)).then_some(start)
    }

    /// Where a word after `at` may start: past one space and an opening quote mark if any.
    pub(super) fn word_start(&self, at: usize) -> Option<usize> {
        let text = self.text();
        let at = self.after_mark(at);
        let rest = text.get(at..)?.strip_prefix(' ')?;
        let lead = rest.chars().next().filter(|&c| is_quote_mark(c)).map_or(0, char::len_utf8);
        Some(at + 1 + lead)
    }

    /// The end of `phrase` standing at `start` (from [`Ctx::word_start`]), past a closing quote
    /// mark if any.
    pub(super) fn end_of(&self, start: usize, phrase: &[u8]) -> Option<usize> {
        let end = start + phrase.len();
        (same(self.text().as_bytes(), start, phrase) && self.folded.boundary_after(end))
            .then(|| skip_quote(self.text(), end))
    }

    /// Where a word before `at` (which follows a space, or a comma and a space) may end:
    /// before the comma and a closing quote mark if any.
    pub(super) fn word_end(&self, at: usize) -> Option<usize> {
        let text = self.text();
        let at = self.before_mark(at);
        let mut end = at.checked_sub(1).filter(|&e| text.as_bytes()[e] == b' ')?;
        if end > 0 && text.as_bytes()[end - 1] == b',' {
            end -= 1;
        }
        if let Some(q) = text[..end].chars().next_back().filter(|&c| is_quote_mark(c)) {
            end -= q.len_utf8();
        }
        Some(end)
    }

    /// The start of `phrase` ending at `end` (from [`Ctx::word_end`]); the start of its
    /// opening quote mark if it has one.
    pub(super) fn start_of(&self, end: usize, phrase: &[u8]) -> Option<usize> {
        let text = self.text();
        let start = end.checked_sub(phrase.len())?;
        if !same(text.as_bytes(), start, phrase) || !self.folded.boundary_before(start) {
            return None;
        }
        let opening = text[..start].chars().next_back().filter(|&c| is_quote_mark(c));
        Some(start - opening.map_or(0, char::len_utf8))
    }

    /// Positions leftwards of `at` from which the word before it in a run may be read: past
    /// `a` or `an`, then `and` or `or` (a comma is read with the word).
    pub(super) fn joined_back(&self, at: usize) -> Vec<usize> {
        let mut out = vec![at];
        for words in [["a", "an"], ["and", "or"]] {
            for p in out.clone() {
                out.extend(words.iter().filter_map(|w| self.phrase_start(p, w.as_bytes())));
            }
        }
        out
    }

    /// Positions from which the next word of a run may follow `at`: after a comma, `and`,
    /// `or`, `a` or `an`.
    pub(super) fn joined(&self, at: usize) -> Vec<usize> {
        let text = self.text();
        let mut out = vec![at];
        if text[at..].starts_with(',') {
            out.push(at + 1);
        }
        for joiner in ["and", "or"] {
            for p in out.clone() {
                out.extend(self.phrase_end(p, joiner.as_bytes()));
            }
        }
        for article in ["a", "an"] {
            for p in out.clone() {
                out.extend(self.phrase_end(p, article.as_bytes()));
            }
        }
        out
    }

    /// The token after `at` (which must be a space, maybe after a closing quote mark): its
    /// start and its characters up to the next space.
    pub(super) fn token_after(&self, at: usize) -> Option<(usize, &'a str)> {
        let at = self.after_mark(at);
        let rest = self.text().get(at..)?.strip_prefix(' ')?;
        Some((at + 1, &rest[..rest.find(' ').unwrap_or(rest.len())]))
    }

    /// The end of the token after `at` (which must be a space): characters up to the next
    /// space, holding a letter or digit and not ending a clause.
    pub(super) fn next_token(&self, at: usize) -> Option<usize> {
        let (start, token) = self.token_after(at)?;
        token_ok(token).then_some(start + token.len())
    }

    /// The end of the token after `at` (a space) read as a name: the token of
    /// [`Ctx::next_token`] (`U.S.` with its dot), or one that ends its clause (`China.`,
    /// `Japan,`) without the mark that ends it, for a name may close a clause where a gap's
    /// word may not.
    pub(super) fn name_end(&self, at: usize) -> Option<usize> {
        let (start, token) = self.token_after(at)?;
        let word = if token_ok(token) { token } else { token.strip_suffix(CLAUSE_MARKS).unwrap_or(token) };
        token_ok(word).then_some(start + word.len())
    }

    /// The start of the token before `at` (which must follow a space).
    pub(super) fn prev_token(&self, at: usize) -> Option<usize> {
        let text = self.text();
        let before = text.get(..self.before_mark(at))?.strip_suffix(' ')?;
        let start = before.rfind(' ').map_or(0, |i| i + 1);
        token_ok(&before[start..]).then_some(start)
    }

    /// The start of the word before `at` and its end, before a comma if it has one: a name
    /// read leftwards may close a list or open an insertion (`Belgrade, in a statement, …`).
    pub(super) fn prev_word(&self, at: usize) -> Option<(usize, usize)> {
        let before = self.text().get(..self.before_mark(at))?.strip_suffix(' ')?;
        let end = before.strip_suffix(',').map_or(before.len(), str::len);
        let start = before[..end].rfind(' ').map_or(0, |i| i + 1);
        token_ok(&before[start..end]).then_some((start, end))
    }

    /// When `at` follows an insertion closed by a comma (`Caracas, which revived its claim,
    /// refuses`), the start of the insertion's first word: the words before that position,
    /// up to the comma that opens the insertion, are the ones a subject context reads. The
    /// insertion holds from one to [`MAX_INSERTION`] words and no end of a clause (`;`, `:`,
    /// `.`, `!`, `?`), so it never reaches into another sentence.
    pub(super) fn insertion_start(&self, at: usize) -> Option<usize> {
        let text = self.text();
        let mut end = text.get(..at)?.strip_suffix(", ")?.len();
        for _ in 0..MAX_INSERTION {
            let start = text[..end].rfind(' ')? + 1;
            let before = text[..start - 1].trim_end_matches(is_quote_mark);
            if before.ends_with(',') {
                return Some(start);
            }
            if !token_ok(&text[start..end]) {
                return None;
            }
            end = start - 1;
        }
        None
    }

    /// The word of a token (`start..end`) without quote marks and a possessive, if a name.
    pub(super) fn is_name(&self, start: usize, end: usize) -> bool {
        let text = self.text();
        let token = &text[start..end];
        let lead = token.len() - token.trim_start_matches(|c: char| !is_word_char(c)).len();
        let word_len = token[lead..].find(|c: char| !is_word_char(c) && c != '.').unwrap_or(token.len() - lead);
        word_len > 0 && self.name.is_some_and(|name| name(start + lead, start + lead + word_len))
    }

    /// The end of a number in digits after `at` (a space), a closing mark left out (`June 3.`).
    pub(super) fn number_end(&self, at: usize) -> Option<usize> {
        let (start, token) = self.token_after(at)?;
        let end = start + token.trim_end_matches(CLAUSE_MARKS).len();
        self.is_number(start, end).then_some(end)
    }

    pub(super) fn is_number(&self, start: usize, end: usize) -> bool {
        let t = &self.text()[start..end];
        t.chars().any(|c| c.is_ascii_digit()) && t.chars().all(|c| c.is_ascii_digit() || ",.-".contains(c))
            || t.split('-').next().is_some_and(|w| NUMBER_WORDS.contains(&w))
    }
}

/// True when `phrase` stands in `bytes` at `at` (the first byte is compared first: most
/// candidates differ there).
pub(super) fn same(bytes: &[u8], at: usize, p: &[u8]) -> bool {
    bytes.get(at) == p.first() && bytes.get(at..at + p.len()) == Some(p)
}

/// After a phrase ending at `end`, past a closing quote mark if there is one.
pub(super) fn skip_quote(text: &str, end: usize) -> usize {
    text[end..].chars().next().filter(|&c| is_quote_mark(c)).map_or(end, |q| end + q.len_utf8())
}

/// A token of a gap: holds a letter or digit, does not end a clause (a final `.` only in
/// abbreviations such as `u.s.`).
pub(super) fn token_ok(token: &str) -> bool {
    token.chars().any(is_word_char)
        && !token.ends_with([',', ';', ':', '!', '?'])
        && (!token.ends_with('.') || token[..token.len() - 1].contains('.'))
}
