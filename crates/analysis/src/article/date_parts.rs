//! The parts of a date on a line, for [`date`](super::date): tokens (runs of digits, runs of
//! letters, single marks), numeric and textual dates, times of day with am/pm and zones.

use jiff::civil::{Date, Time};
use jiff::tz::{Offset, TimeZone};

use crate::text::page_words::{DateWord, PageWords};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
    Num,
    Word,
    Punct,
}

/// A token: a run of ASCII digits, a run of letters, or one other character.
#[derive(Debug, Clone, Copy)]
pub(super) struct Tok<'a> {
    pub kind: Kind,
    pub s: &'a str,
    /// Whitespace stood before it.
    pub space: bool,
}

fn tokens(line: &str) -> Vec<Tok<'_>> {
    let mut out = Vec::new();
    let mut space = false;
    let mut chars = line.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c.is_whitespace() {
            space = true;
            continue;
        }
        let (kind, same): (Kind, fn(char) -> bool) = if c.is_ascii_digit() {
            (Kind::Num, |c| c.is_ascii_digit())
        } else if c.is_alphabetic() {
            (Kind::Word, char::is_alphabetic)
        } else {
            (Kind::Punct, |_| false)
        };
        let mut end = i + c.len_utf8();
        let mut prev = c;
        while let Some(&(j, d)) = chars.peek().filter(|(_, d)| same(*d)) {
            // words run together split where a capital follows a small letter, or a capital
            // and a small letter follow capitals: `GMTUpdated`, `agoPublished`
            let next_small = line[j + d.len_utf8()..].starts_with(char::is_lowercase);
            if kind == Kind::Word && d.is_uppercase() && (prev.is_lowercase() || (prev.is_uppercase() && next_small)) {
                break;
            }
            end = j + d.len_utf8();
            prev = d;
            chars.next();
        }
        out.push(Tok { kind, s: &line[i..end], space });
        space = false;
    }
    out
}

/// A date or a time found at tokens `start..end`.
#[derive(Debug, Clone)]
pub(super) enum Item {
    Date(Date, Option<(Time, Option<TimeZone>)>),
    Time(Time, Option<TimeZone>),
}

pub(super) struct Reader<'a, 'w> {
    pub toks: Vec<Tok<'a>>,
    /// Each word token in lower case (empty for the other tokens), lower-cased once.
    lowers: Vec<String>,
    /// What each token is among the date words.
    kinds: Vec<DateWord>,
    pub words: &'w PageWords,
    /// Slashed dates read month first (a US page: `AM`/`PM` or a US zone on the line).
    pub month_first: bool,
}

fn num(t: Option<&Tok>, digits: std::ops::RangeInclusive<usize>) -> Option<u32> {
    t.filter(|t| t.kind == Kind::Num && digits.contains(&t.s.len())).and_then(|t| t.s.parse().ok())
}

fn year(y: u32) -> Option<i16> {
    (1900..=2100).contains(&y).then_some(y as i16)
}

fn date(y: i16, m: u32, d: u32) -> Option<Date> {
    Date::new(y, i8::try_from(m).ok()?, i8::try_from(d).ok()?).ok()
}

impl<'a, 'w> Reader<'a, 'w> {
    /// The tokens of `line`, each word lower-cased and looked up once.
    pub(super) fn new(line: &'a str, words: &'w PageWords) -> Self {
        let toks = tokens(line);
        let lowers: Vec<String> =
            toks.iter().map(|t| if t.kind == Kind::Word { t.s.to_lowercase() } else { String::new() }).collect();
        let kinds = lowers.iter().map(|l| if l.is_empty() { DateWord::Other } else { words.date_word(l) }).collect();
        let month_first = toks.iter().any(|t| {
            t.kind == Kind::Word
                && (matches!(t.s, "AM" | "PM" | "am" | "pm") || words.time_zone(t.s).is_some_and(|z| z.1))
        });
        Reader { toks, lowers, kinds, words, month_first }
    }

    pub(super) fn tok(&self, i: usize) -> Option<&Tok<'_>> {
        self.toks.get(i)
    }

    /// Punctuation `c` at `i`, written without a space before it.
    pub(super) fn glued(&self, i: usize, c: &str) -> bool {
        self.tok(i).is_some_and(|t| t.kind == Kind::Punct && t.s == c && !t.space)
    }

    /// The token at `i` in lower case, when it is a word.
    pub(super) fn lower(&self, i: usize) -> Option<&str> {
        self.toks.get(i).filter(|t| t.kind == Kind::Word).map(|_| self.lowers[i].as_str())
    }

    /// What the token at `i` is among the date words.
    pub(super) fn kind(&self, i: usize) -> DateWord {
        self.kinds.get(i).copied().unwrap_or_default()
    }

    pub(super) fn month(&self, i: usize) -> Option<u32> {
        match self.kind(i) {
            DateWord::Month(m) => Some(u32::from(m)),
            _ => None,
        }
    }

    /// Skips punctuation from `seps` (and a day's `st`/`nd`/`rd`/`th` when `ordinal`) at `i`.
    pub(super) fn skip(&self, mut i: usize, seps: &str, ordinal: bool) -> usize {
        loop {
            match self.tok(i) {
                Some(t) if t.kind == Kind::Punct && seps.contains(t.s) => i += 1,
                Some(t) if ordinal && !t.space && matches!(t.s, "st" | "nd" | "rd" | "th") => i += 1,
                _ => return i,
            }
        }
    }

    /// `2022-02-27`, `27.02.2022`, `02/27/2022` at `i`: the date and the token after it.
    pub(super) fn numeric(&self, i: usize) -> Option<(Date, usize)> {
        let a = self.tok(i).filter(|t| t.kind == Kind::Num)?;
        let sep = self.tok(i + 1).filter(|t| t.kind == Kind::Punct && !t.space)?.s;
        if !matches!(sep, "-" | "/" | ".") || !self.glued(i + 3, sep) {
            return None;
        }
        let b = num(self.tok(i + 2).filter(|t| !t.space), 1..=2)?;
        let c = self.tok(i + 4).filter(|t| t.kind == Kind::Num && !t.space)?;
        let a_n: u32 = a.s.parse().ok()?;
        let c_n: u32 = c.s.parse().ok()?;
        let d = match (a.s.len(), c.s.len()) {
            (4, 1..=2) => date(year(a_n)?, b, c_n)?,
            (1..=2, 4) => {
                let y = year(c_n)?;
                let month_first = b > 12 || (a_n <= 12 && sep == "/" && self.month_first);
                if month_first { date(y, a_n, b)? } else { date(y, b, a_n)? }
            }
            _ => return None,
        };
        Some((d, i + 5))
    }

    /// A year at `i`; a year run into the hour after it (`20226:12`) gives that hour too.
    pub(super) fn year_at(&self, i: usize) -> Option<(i16, Option<u32>)> {
        let t = self.tok(i).filter(|t| t.kind == Kind::Num)?;
        match t.s.len() {
            4 => Some((year(t.s.parse().ok()?)?, None)),
            5 | 6 if self.glued(i + 1, ":") => Some((year(t.s[..4].parse().ok()?)?, Some(t.s[4..].parse().ok()?))),
            _ => None,
        }
    }

    /// `February 27, 2022`, `Feb. 27 2022`, `27 Feb, 2022`, `27th of February 2022` at `i`.
    pub(super) fn textual(&self, i: usize) -> Option<(Date, usize, Option<u32>)> {
        let (m, d, at) = if let Some(m) = self.month(i) {
            let j = self.skip(i + 1, ".", false);
            (m, num(self.tok(j), 1..=2)?, self.skip(j + 1, ",.-", true))
        } else {
            let d = num(self.tok(i), 1..=2)?;
            let mut j = self.skip(i + 1, "-", true);
            if self.lower(j) == Some("of") {
                j += 1;
            }
            (self.month(j)?, d, self.skip(j + 1, ",.-", false))
        };
        let (y, hour) = self.year_at(at)?;
        Some((date(y, m, d)?, at + 1, hour))
    }

    /// `8:14`, `20:14:00.5`, `14.30` (before a zone or am/pm), with am/pm and a zone, at `i`;
    /// `hour` is an hour already read (run into a year).
    pub(super) fn time(&self, i: usize, hour: Option<u32>) -> Option<(Time, Option<TimeZone>, usize)> {
        let (h, mut j) = match hour {
            Some(h) => (h, i),
            None => (num(self.tok(i), 1..=2)?, i + 1),
        };
        let dotted = self.glued(j, ".");
        if !self.glued(j, ":") && !dotted {
            return None;
        }
        let m = num(self.tok(j + 1).filter(|t| !t.space), 2..=2)?;
        j += 2;
        let mut s = 0;
        if !dotted && self.glued(j, ":") {
            s = num(self.tok(j + 1).filter(|t| !t.space), 2..=2)?;
            j += 2;
            if self.glued(j, ".") && self.tok(j + 1).is_some_and(|t| t.kind == Kind::Num && !t.space) {
                j += 2;
            }
        }
        let meridiem = self.meridiem(j);
        let h = match meridiem {
            Some((pm, next)) if (1..=12).contains(&h) => {
                j = next;
                h % 12 + if pm { 12 } else { 0 }
            }
            Some(_) => return None,
            None => h,
        };
        // a zone, or a zone after a comma (`16:32, UK`)
        let zone = self.zone(j).or_else(|| {
            let word = self.tok(j + 1).is_some_and(|t| t.kind == Kind::Word);
            if self.glued(j, ",") && word { self.zone(j + 1) } else { None }
        });
        if dotted && zone.is_none() && meridiem.is_none() {
            return None;
        }
        if let Some((_, next)) = &zone {
            j = *next;
        }
        let time = Time::new(i8::try_from(h).ok()?, i8::try_from(m).ok()?, i8::try_from(s).ok()?, 0).ok()?;
        Some((time, zone.map(|z| z.0), j))
    }

    /// `am`, `PM`, `a.m.`, `p.m` at `i`: whether it is pm, and the token after it.
    pub(super) fn meridiem(&self, i: usize) -> Option<(bool, usize)> {
        let w = self.lower(i)?;
        match w {
            "am" | "pm" => Some((w == "pm", self.skip(i + 1, ".", false).min(i + 2))),
            "a" | "p" if self.glued(i + 1, ".") && self.lower(i + 2) == Some("m") => {
                Some((w == "p", if self.glued(i + 3, ".") { i + 4 } else { i + 3 }))
            }
            _ => None,
        }
    }

    /// A zone at `i`: an abbreviation (`EST`, `GMT+1`), `Z`, or an offset (`+03:00`, `-0500`).
    pub(super) fn zone(&self, i: usize) -> Option<(TimeZone, usize)> {
        let t = self.tok(i)?;
        let (base, j) = match t.kind {
            Kind::Word if t.s.chars().all(|c| c.is_ascii_uppercase()) => {
                let zone = self.words.time_zone(t.s)?.0.clone();
                if !matches!(t.s, "GMT" | "UTC") {
                    return Some((zone, i + 1));
                }
                (Some(zone), i + 1)
            }
            Kind::Punct if !t.space => (None, i),
            _ => return None,
        };
        let sign = match self.tok(j) {
            Some(t) if t.kind == Kind::Punct && (t.s == "+" || t.s == "-" || t.s == "−") => t.s,
            _ => return base.map(|z| (z, j)),
        };
        let hours = self.tok(j + 1).filter(|t| t.kind == Kind::Num && !t.space)?;
        let (h, mut m, mut next) = match hours.s.len() {
            1 | 2 => (hours.s.parse::<i32>().ok()?, 0, j + 2),
            4 => (hours.s[..2].parse().ok()?, hours.s[2..].parse().ok()?, j + 2),
            _ => return base.map(|z| (z, j)),
        };
        if hours.s.len() <= 2 && self.glued(next, ":") {
            m = num(self.tok(next + 1), 2..=2)? as i32;
            next += 2;
        }
        let secs = (h * 3600 + m * 60) * if sign == "+" { 1 } else { -1 };
        if h > 14 || m >= 60 {
            return None;
        }
        Some((TimeZone::fixed(Offset::from_seconds(secs).ok()?), next))
    }
}
