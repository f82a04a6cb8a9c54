//! Direct quotes: a quote-mark state machine that works on messy real-world text.
//!
//! Handles “ ” " « » „ ‚ ‘ ’ ' (and `''` as a straight double mark) in the double and single
//! (British) styles and nested quotes;
//! opening marks misused as closers (`…weapons, “he stressed.`, `…proposals “.`); closers
//! after a stray space (`less. ”`); apostrophes (doesn’t, Moscow’s, the ’90s) that are not
//! marks; quotes never run across a paragraph break, and an unclosed quote ends with its
//! paragraph (the news convention for quotes that go on into the next paragraph).

use std::ops::Range;

use crate::article::trim_range;
use crate::model::QuoteKind;

mod titles;

pub(crate) use titles::mark_titles;

/// A quote as found in the text, before speakers and topics are attached.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FoundQuote {
    /// The text between the marks, trimmed of whitespace.
    pub range: Range<usize>,
    /// 0-based index of the paragraph holding it.
    pub paragraph: usize,
    /// Full, partial or nested.
    pub kind: QuoteKind,
    /// Index (in the returned list) of the quote in the previous paragraph that this one
    /// continues, when a quote runs on over a paragraph break.
    pub continues: Option<usize>,
    /// Byte offset of the opening mark.
    pub open_mark: usize,
    /// Byte range of the closing mark, `None` when the quote ended with its paragraph.
    pub close_mark: Option<Range<usize>>,
}

/// Deepest nesting of quotes followed; deeper opening marks are ignored.
const MAX_DEPTH: usize = 4;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Family {
    Double,
    Single,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Shape {
    Open,
    Close,
    Straight,
}

#[derive(Debug, Clone, Copy)]
struct Mark {
    at: usize,
    ch: char,
    /// Bytes of the mark: two for a doubled apostrophe (`''`), else the character's.
    len: usize,
    family: Family,
    shape: Shape,
    /// Content (not space, not closing punctuation) follows: looks like an opener.
    opens: bool,
    /// Content (not space, not opening bracket) precedes: looks like a closer.
    closes: bool,
    /// The character before the mark (skipping spaces) ends a sentence.
    after_sentence_end: bool,
}

impl Mark {
    fn len(&self) -> usize {
        self.len
    }
}

fn classify(c: char) -> Option<(Family, Shape)> {
    Some(match c {
        '\u{201C}' | '\u{201E}' | '\u{201F}' | '\u{00AB}' => (Family::Double, Shape::Open),
        '\u{201D}' | '\u{00BB}' => (Family::Double, Shape::Close),
        '"' | '\u{FF02}' => (Family::Double, Shape::Straight),
        '\u{2018}' | '\u{201A}' | '\u{201B}' | '\u{2039}' => (Family::Single, Shape::Open),
        '\u{2019}' | '\u{203A}' => (Family::Single, Shape::Close),
        '\'' => (Family::Single, Shape::Straight),
        _ => return None,
    })
}

/// Collects the quote marks of a paragraph, leaving out apostrophes.
fn marks(p: &str, base: usize) -> Vec<Mark> {
    let bytes = p.as_bytes();
    let mut out: Vec<Mark> = Vec::new();
    let mut singles = 0usize; // single marks kept so far: odd while one is open
    // Only these bytes can start a mark: ", ', and the lead bytes of the curly marks,
    // guillemets and the fullwidth quote.
    let mut candidates: Vec<usize> =
        memchr::memchr3_iter(b'"', b'\'', 0xE2, bytes).chain(memchr::memchr2_iter(0xC2, 0xEF, bytes)).collect();
    candidates.sort_unstable();
    let mut skip_to = 0;
    for i in candidates {
        if i < skip_to {
            continue;
        }
        let Some(c) = p[i..].chars().next() else { continue };
        let Some((mut family, mut shape)) = classify(c) else { continue };
        let mut len = c.len_utf8();
        // Two apostrophes stand for a straight double mark in some archives and wire feeds
        // (`''Yes,'' she said`); of three with a single quote open, the first closes it and
        // the two after it the double one (`''We are told, 'It is special,''' he said`).
        let closes_single = || singles % 2 == 1 && bytes.get(i + 1..i + 3) == Some(b"''");
        if c == '\'' && bytes.get(i + 1) == Some(&b'\'') && !closes_single() {
            (family, shape, len) = (Family::Double, Shape::Straight, 2);
            skip_to = i + 2;
        }
        let before = p[..i].chars().next_back();
        let next = p[i + len..].chars().next();
        if family == Family::Single {
            let alnum = |x: Option<char>| x.is_some_and(char::is_alphanumeric);
            // doesn’t, Moscow’s, rock’n’roll, don‘t
            if alnum(before) && alnum(next) {
                continue;
            }
            // the ’90s, ’em
            if !alnum(before) && next.is_some_and(|n| n.is_ascii_digit()) {
                continue;
            }
            // Americans’ plans: a closer-looking single mark after a word, with no single
            // quote open, is a possessive apostrophe.
            if shape != Shape::Open && alnum(before) && singles % 2 == 0 {
                continue;
            }
            singles += 1;
        }
        let opens = next
            .is_some_and(|n| !n.is_whitespace() && !matches!(n, '.' | ',' | ';' | ':' | '!' | '?' | ')' | ']' | '}'));
        let closes = before.is_some_and(|n| !n.is_whitespace() && !matches!(n, '(' | '[' | '{'));
        // each run of spaces is read back over by the one mark after it only: linear
        let after_sentence_end =
            p[..i].trim_end().chars().next_back().is_some_and(|v| matches!(v, '.' | '!' | '?' | '…'));
        out.push(Mark { at: base + i, ch: c, len, family, shape, opens, closes, after_sentence_end });
    }
    out
}

#[derive(Debug, Clone, Copy)]
struct Open {
    mark: Mark,
    depth: usize,
}

struct Parser<'a> {
    text: &'a str,
    paragraph: usize,
    para: Range<usize>,
    stack: Vec<Open>,
    found: Vec<FoundQuote>,
}

impl Parser<'_> {
    fn emit(&mut self, open: Open, end: usize, close: Option<Range<usize>>) {
        let inner = trim_range(self.text, open.mark.at + open.mark.len()..end);
        if inner.is_empty() || !self.text[inner.clone()].chars().any(char::is_alphanumeric) {
            return;
        }
        let kind =
            if open.depth > 0 { QuoteKind::Nested } else { kind_of(self.text, &self.para, open.mark.at, &inner) };
        self.found.push(FoundQuote {
            range: inner,
            paragraph: self.paragraph,
            kind,
            continues: None,
            open_mark: open.mark.at,
            close_mark: close,
        });
    }

    /// Opens a quote; past [`MAX_DEPTH`] the mark is ignored (a run of stray marks).
    fn push(&mut self, mark: Mark) {
        let depth = self.stack.len();
        if depth < MAX_DEPTH {
            self.stack.push(Open { mark, depth });
        }
    }

    /// Closes the open quotes down to and including `level`, all at `mark`.
    fn close_to(&mut self, level: usize, mark: &Mark) {
        while self.stack.len() > level {
            let open = self.stack.pop().expect("stack is deeper than level");
            self.emit(open, mark.at, Some(mark.at..mark.at + mark.len()));
        }
    }

    fn step(&mut self, mark: Mark, next: Option<&Mark>) {
        let top = self.stack.last().copied();
        let matching = self.stack.iter().rposition(|o| o.mark.family == mark.family);
        match mark.shape {
            Shape::Close => match matching {
                Some(level) => {
                    let same_family_nested =
                        level > 0 && self.stack[level - 1].mark.family == mark.family && level == self.stack.len() - 1;
                    self.close_to(level, &mark);
                    // One closer ending a nested quote and the sentence of the outer one
                    // ("… give less. ” NATO …") closes both, unless a closer follows.
                    let next_closes = next.is_some_and(|n| n.family == mark.family && n.shape != Shape::Open);
                    if same_family_nested && mark.after_sentence_end && !next_closes {
                        self.close_to(level - 1, &mark);
                    }
                }
                // Swedish ”…” or German »…«: a closing shape that opens.
                None if mark.opens && !mark.closes && self.stack.is_empty() => self.push(mark),
                None => {}
            },
            Shape::Open | Shape::Straight => {
                let Some(top) = top.filter(|t| t.mark.family == mark.family) else {
                    if mark.shape == Shape::Open || mark.opens || top.is_some() {
                        self.push(mark);
                    }
                    return;
                };
                // German „…“ and ‚…‘: the high mark closes the low one.
                let german = matches!(top.mark.ch, '\u{201E}' | '\u{201A}') && mark.shape == Shape::Open;
                if german || (mark.shape == Shape::Straight && (mark.closes || !mark.opens)) {
                    self.close_to(self.stack.len() - 1, &mark);
                    return;
                }
                // An opening mark while a quote of its family is open: a nested quote if a
                // closer comes next, otherwise a misused closer ("…weapons, “he stressed.").
                let next_closes = next.is_some_and(|n| n.family == mark.family && n.shape != Shape::Open);
                if next_closes {
                    self.push(mark);
                } else {
                    self.close_to(self.stack.len() - 1, &mark);
                }
            }
        }
    }

    /// Ends the paragraph: open double quotes end with it; single-mark quotes only when
    /// they opened the paragraph (too many single marks are stray apostrophes).
    fn finish(&mut self) {
        let end = self.para.end;
        while let Some(open) = self.stack.pop() {
            let opened_paragraph = open.mark.at == self.para.start;
            if open.mark.family == Family::Double || (open.depth == 0 && opened_paragraph) {
                self.emit(open, end, None);
            }
        }
    }
}

/// Decides full or partial for a quote at the top level.
fn kind_of(text: &str, para: &Range<usize>, open_at: usize, inner: &Range<usize>) -> QuoteKind {
    let before = text[para.start..open_at].trim_end();
    let woven = before.chars().next_back().is_some_and(char::is_alphanumeric);
    let body = &text[inner.clone()];
    let capital = body.chars().next().is_some_and(char::is_uppercase);
    if !woven && (capital || body.split_whitespace().count() >= 4) { QuoteKind::Full } else { QuoteKind::Partial }
}

/// Finds the direct quotes of the paragraphs, sorted by start (outer before inner).
pub fn find(text: &str, paragraphs: &[Range<usize>]) -> Vec<FoundQuote> {
    let mut all = Vec::new();
    let mut open_at_end: Option<usize> = None; // index into `all` of a quote left open
    for (index, para) in paragraphs.iter().enumerate() {
        let p = &text[para.clone()];
        let marks = marks(p, para.start);
        let mut parser = Parser { text, paragraph: index, para: para.clone(), stack: Vec::new(), found: Vec::new() };
        for (k, m) in marks.iter().enumerate() {
            parser.step(*m, marks.get(k + 1));
        }
        parser.finish();
        let mut found = parser.found;
        found.sort_by_key(|q| (q.range.start, std::cmp::Reverse(q.range.end)));
        if let (Some(prev), Some(first)) = (open_at_end, found.first_mut())
            && first.open_mark == para.start
        {
            first.continues = Some(prev);
        }
        let base = all.len();
        open_at_end =
            found.iter().position(|q| q.close_mark.is_none() && q.kind != QuoteKind::Nested).map(|i| base + i);
        all.extend(found);
    }
    all
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quotes(t: &str) -> Vec<(String, QuoteKind)> {
        let whole = 0..t.len();
        find(t, std::slice::from_ref(&whole)).into_iter().map(|q| (t[q.range].to_string(), q.kind)).collect()
    }

    fn texts(t: &str) -> Vec<String> {
        quotes(t).into_iter().map(|q| q.0).collect()
    }

    #[test]
    fn plain_curly_and_straight_quotes() {
        assert_eq!(texts("She said: “We will act.” Then left."), ["We will act."]);
        assert_eq!(texts("He said \"no way\" and \"never again\"."), ["no way", "never again"]);
    }

    #[test]
    fn doubled_apostrophes_are_a_double_mark() {
        assert_eq!(texts("''We won't wait,'' the envoy said. ''It's over.''"), ["We won't wait,", "It's over."]);
        assert_eq!(texts("The mayor's ''plan'' failed."), ["plan"]);
        // a single quote closed inside a doubled one: three apostrophes, single then double
        let t = "''We are told, 'Kessel is special,''' the envoy said. ''It is not.''";
        assert_eq!(texts(t), ["We are told, 'Kessel is special,'", "Kessel is special,", "It is not."]);
    }

    #[test]
    fn opening_mark_used_as_closer() {
        assert_eq!(texts("“They came with tanks, “she said."), ["They came with tanks,"]);
        assert_eq!(texts("So: “We are waiting for an answer “."), ["We are waiting for an answer"]);
        assert_eq!(texts("Also: “This will not help our ties. “"), ["This will not help our ties."]);
    }

    #[test]
    fn nested_same_marks_with_stray_space_closer() {
        let t = "He said: “We did not play games – I mean,“ give an inch – they take a mile. ” Then – “this is our final word.”";
        assert_eq!(
            quotes(t),
            [
                ("We did not play games – I mean,“ give an inch – they take a mile.".to_string(), QuoteKind::Full),
                ("give an inch – they take a mile.".to_string(), QuoteKind::Nested),
                ("this is our final word.".to_string(), QuoteKind::Full),
            ]
        );
    }

    #[test]
    fn apostrophes_are_not_marks() {
        assert_eq!(
            texts("It doesn’t matter, Oslo’s view in the ’90s: “Today’s deal isn’t ours.”"),
            ["Today’s deal isn’t ours."]
        );
        assert_eq!(texts("The Americans’ plan was ‘simply wrong’, he said."), ["simply wrong"]);
    }

    #[test]
    fn british_single_quotes_with_double_inside() {
        let t = "He said: ‘They told us “never”, and we listened.’";
        assert_eq!(texts(t), ["They told us “never”, and we listened.", "never"]);
    }

    #[test]
    fn elisions_and_insertions_stay_inside() {
        assert_eq!(texts("“They broke <…> the rules [again],” she said."), ["They broke <…> the rules [again],"]);
    }

    #[test]
    fn guillemets_and_german_marks() {
        assert_eq!(texts("Il a dit « non merci » hier."), ["non merci"]);
        assert_eq!(texts("Er sagte „nie wieder“ dazu."), ["nie wieder"]);
    }

    #[test]
    fn partial_and_full_kinds() {
        let q = quotes("They want to “wind down” talks. “We will respond firmly,” he said.");
        assert_eq!(q[0].1, QuoteKind::Partial);
        assert_eq!(q[1].1, QuoteKind::Full);
    }

    #[test]
    fn quotes_stop_at_paragraph_breaks_and_continue() {
        let t = "“First part of it\n“And the rest.”";
        let found = find(t, &[0..19, 20..t.len()]);
        assert_eq!(found.len(), 2);
        assert_eq!(&t[found[0].range.clone()], "First part of it");
        assert_eq!(found[1].continues, Some(0));
    }

    #[test]
    fn stray_marks_make_no_quotes() {
        assert!(texts("He measured 5' and went home.”").is_empty());
        assert!(texts("“ ”").is_empty());
    }
}
