//! Strings laid out one after the other in one text, with where each ends: a lexicon's tens of
//! thousands of short phrases and literals are a few allocations when compiled at run time,
//! and none when read back from the stored bytes ([`crate::stored`]), which they borrow as
//! they are.

use std::borrow::Cow;
use std::fmt;
use std::hash::{Hash, Hasher};
use std::ops::Range;

use zerocopy::little_endian::U32;

/// Strings one after the other: string `i` spans `text[start_of(i)..ends[i]]`, where the first
/// starts at `start` and each other where the one before it ends. Borrowed from stored bytes
/// or owned; equal, hashed and printed by the strings it holds, however laid out.
#[derive(Clone, Default)]
pub struct Strings {
    text: Cow<'static, str>,
    start: usize,
    ends: Cow<'static, [U32]>,
}

impl Strings {
    /// The strings of `text` that end at `ends`, the first starting at 0, borrowed; `None`
    /// unless every end is at a character boundary of `text`, none before the one before.
    pub(crate) fn borrowed(text: &'static str, ends: &'static [U32]) -> Option<Strings> {
        let mut start = 0;
        for end in ends {
            let end = end.get() as usize;
            if end < start || !text.is_char_boundary(end) {
                return None;
            }
            start = end;
        }
        Some(Strings { text: Cow::Borrowed(text), start: 0, ends: Cow::Borrowed(ends) })
    }

    /// Strings `range` of these, borrowed as they are from the same text; `None` if these
    /// are owned or `range` is out of bounds.
    pub(crate) fn view(&self, range: Range<usize>) -> Option<Strings> {
        let (Cow::Borrowed(text), Cow::Borrowed(ends)) = (&self.text, &self.ends) else { return None };
        let start = self.start_of(range.start)?;
        Some(Strings { text: Cow::Borrowed(text), start, ends: Cow::Borrowed(ends.get(range)?) })
    }

    /// Where string `at` starts (at `at == len()`, where the last ends).
    fn start_of(&self, at: usize) -> Option<usize> {
        match at.checked_sub(1) {
            None => Some(self.start),
            Some(before) => self.ends.get(before).map(|end| end.get() as usize),
        }
    }

    /// String `at`.
    ///
    /// # Panics
    /// If `at` is not below [`Strings::len`].
    #[inline]
    pub fn get(&self, at: usize) -> &str {
        let start = if at == 0 { self.start } else { self.ends[at - 1].get() as usize };
        &self.text[start..self.ends[at].get() as usize]
    }

    /// The strings in order. Each is sliced from where the one before ended, the text and
    /// the ends read once: the phrase lists of a lexicon are iterated at every candidate hit.
    pub fn iter(&self) -> Iter<'_> {
        Iter { text: &self.text, spans: self.spans() }
    }

    /// The strings in order, as bytes: [`Strings::iter`] without the checks that each is
    /// cut at character boundaries (it was when the strings were made), for comparing them
    /// with text byte by byte.
    pub fn bytes(&self) -> impl Iterator<Item = &[u8]> + Clone + '_ {
        let text = self.text.as_bytes();
        self.spans().map(move |span| &text[span])
    }

    /// The byte range of each string in the text, in order.
    fn spans(&self) -> Spans<'_> {
        Spans { start: self.start, ends: self.ends.iter() }
    }

    /// The number of strings.
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    /// Whether there is no string.
    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    /// Adds `s` after the others (borrowed strings are copied first).
    pub fn push(&mut self, s: &str) {
        if matches!(self.text, Cow::Borrowed(_)) || self.start != 0 {
            *self = self.iter().collect();
        }
        let text = self.text.to_mut();
        text.push_str(s);
        self.ends.to_mut().push(U32::new(u32::try_from(text.len()).expect("under 4 GiB of strings")));
    }

    /// All the strings as one text, and where each ends in it (for storing them: owned
    /// strings start at 0).
    pub(crate) fn parts(&self) -> (&str, &[U32]) {
        (&self.text[self.start..], &self.ends)
    }
}

/// The byte ranges of the strings of a [`Strings`] in its text, in order: each starts where
/// the one before ended, the ends read once.
#[derive(Clone)]
struct Spans<'a> {
    start: usize,
    ends: std::slice::Iter<'a, U32>,
}

impl Iterator for Spans<'_> {
    type Item = Range<usize>;

    #[inline]
    fn next(&mut self) -> Option<Range<usize>> {
        let end = self.ends.next()?.get() as usize;
        let span = self.start..end;
        self.start = end;
        Some(span)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.ends.size_hint()
    }
}

/// The strings of a [`Strings`], in order.
#[derive(Clone)]
pub struct Iter<'a> {
    text: &'a str,
    spans: Spans<'a>,
}

impl<'a> Iterator for Iter<'a> {
    type Item = &'a str;

    #[inline]
    fn next(&mut self) -> Option<&'a str> {
        self.spans.next().map(|span| &self.text[span])
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.spans.size_hint()
    }
}

impl ExactSizeIterator for Iter<'_> {}

impl<S: AsRef<str>> FromIterator<S> for Strings {
    fn from_iter<I: IntoIterator<Item = S>>(iter: I) -> Self {
        let mut strings = Strings::default();
        strings.extend(iter);
        strings
    }
}

impl<S: AsRef<str>> Extend<S> for Strings {
    fn extend<I: IntoIterator<Item = S>>(&mut self, iter: I) {
        iter.into_iter().for_each(|s| self.push(s.as_ref()));
    }
}

impl PartialEq for Strings {
    fn eq(&self, other: &Self) -> bool {
        self.iter().eq(other.iter())
    }
}

impl Eq for Strings {}

impl Hash for Strings {
    fn hash<H: Hasher>(&self, state: &mut H) {
        state.write_usize(self.len());
        self.iter().for_each(|s| s.hash(state));
    }
}

impl fmt::Debug for Strings {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

impl<const N: usize> PartialEq<[&str; N]> for Strings {
    fn eq(&self, other: &[&str; N]) -> bool {
        self.iter().eq(other.iter().copied())
    }
}

#[cfg(test)]
mod tests {
    use zerocopy::IntoBytes;

    use super::*;

    #[test]
    fn owned_and_borrowed_strings_are_equal_by_what_they_hold() {
        let mut owned: Strings = ["will", "not", "wait"].into_iter().collect();
        assert_eq!(owned, ["will", "not", "wait"]);
        assert_eq!((owned.len(), owned.get(1)), (3, "not"));
        let (text, ends) = owned.parts();
        let text: &'static str = text.to_string().leak();
        let ends: &'static [U32] = ends.to_vec().leak();
        let borrowed = Strings::borrowed(text, ends).unwrap();
        assert_eq!(borrowed, owned);
        assert!(borrowed.bytes().eq(owned.iter().map(str::as_bytes)));
        assert_eq!(borrowed.iter().len(), 3);
        let mut tail = borrowed.view(1..3).unwrap();
        assert_eq!(tail, ["not", "wait"]);
        assert_eq!(tail.parts().0, "notwait");
        tail.push("long");
        assert_eq!(tail, ["not", "wait", "long"]);
        assert_eq!(borrowed.view(2..4), None);
        owned.push("");
        assert_eq!(owned, ["will", "not", "wait", ""]);
        assert_eq!(owned.view(0..1), None, "owned strings are not viewed");
    }

    #[test]
    fn ends_out_of_order_or_inside_a_character_are_refused() {
        let ends = |e: &[u32]| -> &'static [U32] { e.iter().map(|&n| U32::new(n)).collect::<Vec<_>>().leak() };
        assert!(Strings::borrowed("ab", ends(&[2, 1])).is_none());
        assert!(Strings::borrowed("é", ends(&[1])).is_none());
        assert!(Strings::borrowed("é", ends(&[3])).is_none());
        assert_eq!(Strings::borrowed("é", ends(&[2])).unwrap().parts().1.as_bytes(), 2u32.to_le_bytes());
    }
}
