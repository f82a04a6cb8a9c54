//! Dates as pages state them, read from one line: `2022-02-27T20:14:00-05:00`, `27.02.2022`,
//! `02/27/2022 08:14 PM EST`, `February 27, 2022 at 8:14 p.m. EST`, `Sun 27 Feb 2022 14.30
//! GMT`, `27th of February, 2022`, with the words that label them ("Published", "Updated")
//! and the words that are neither date nor label (to tell a date line from prose). A date needs
//! a year: "Feb. 27" or "on Sunday" is not a date here. Month and weekday names, labels and
//! time zones come from [`PageWords`].

use jiff::civil::{Date, DateTime, Time};
use jiff::tz::{Offset, TimeZone};

use crate::text::page_words::{DateWord, PageWords};

/// A date, with the time of day and its zone when the page gives both.
#[derive(Debug, Clone, PartialEq)]
pub struct Stamp {
    date: Date,
    time: Option<(Time, TimeZone)>,
}

impl Stamp {
    /// ISO 8601: `2022-02-27`, or `2022-02-27T20:14:00-05:00` when a time and zone were given.
    pub fn iso(&self) -> String {
        let zoned = self
            .time
            .as_ref()
            .and_then(|(time, zone)| DateTime::from_parts(self.date, *time).to_zoned_datetime(zone.clone()).ok());
        match zoned {
            Some(z) => z.strftime("%Y-%m-%dT%H:%M:%S%:z").to_string(),
            None => self.date.to_string(),
        }
    }
}

/// What labels a date on its line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Label {
    /// No label: often the publication date itself.
    None,
    /// "Published", "Posted", "Issued on".
    Published,
    /// "Updated", "Last modified".
    Updated,
}

/// What a line holds of dates.
#[derive(Debug, Clone, Default)]
pub(crate) struct LineDates {
    /// The dates, in order, with their labels.
    pub stamps: Vec<(Stamp, Label)>,
    /// A time of day or a duration stood on the line (`22:35`, `08:18`).
    pub clock: bool,
    /// A label word stood on the line ("Published").
    pub labelled: bool,
    /// An amount of time before now ("3 hours ago", "more than 1 year old").
    pub relative: bool,
    /// Words and numbers that are no part of a date, a time or a label.
    pub other_words: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Num,
    Word,
    Punct,
}

/// A token: a run of ASCII digits, a run of letters, or one other character.
#[derive(Debug, Clone, Copy)]
struct Tok<'a> {
    kind: Kind,
    s: &'a str,
    /// Whitespace stood before it.
    space: bool,
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
enum Item {
    Date(Date, Option<(Time, Option<TimeZone>)>),
    Time(Time, Option<TimeZone>),
}

struct Reader<'a, 'w> {
    toks: Vec<Tok<'a>>,
    words: &'w PageWords,
    /// Slashed dates read month first (a US page: `AM`/`PM` or a US zone on the line).
    month_first: bool,
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

impl Reader<'_, '_> {
    fn tok(&self, i: usize) -> Option<&Tok<'_>> {
        self.toks.get(i)
    }

    /// Punctuation `c` at `i`, written without a space before it.
    fn glued(&self, i: usize, c: &str) -> bool {
        self.tok(i).is_some_and(|t| t.kind == Kind::Punct && t.s == c && !t.space)
    }

    fn lower(&self, i: usize) -> Option<String> {
        self.tok(i).filter(|t| t.kind == Kind::Word).map(|t| t.s.to_lowercase())
    }

    fn month(&self, i: usize) -> Option<u32> {
        match self.words.date_word(&self.lower(i)?) {
            DateWord::Month(m) => Some(u32::from(m)),
            _ => None,
        }
    }

    /// Skips punctuation from `seps` (and a day's `st`/`nd`/`rd`/`th` when `ordinal`) at `i`.
    fn skip(&self, mut i: usize, seps: &str, ordinal: bool) -> usize {
        loop {
            match self.tok(i) {
                Some(t) if t.kind == Kind::Punct && seps.contains(t.s) => i += 1,
                Some(t) if ordinal && !t.space && matches!(t.s, "st" | "nd" | "rd" | "th") => i += 1,
                _ => return i,
            }
        }
    }

    /// `2022-02-27`, `27.02.2022`, `02/27/2022` at `i`: the date and the token after it.
    fn numeric(&self, i: usize) -> Option<(Date, usize)> {
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
    fn year_at(&self, i: usize) -> Option<(i16, Option<u32>)> {
        let t = self.tok(i).filter(|t| t.kind == Kind::Num)?;
        match t.s.len() {
            4 => Some((year(t.s.parse().ok()?)?, None)),
            5 | 6 if self.glued(i + 1, ":") => Some((year(t.s[..4].parse().ok()?)?, Some(t.s[4..].parse().ok()?))),
            _ => None,
        }
    }

    /// `February 27, 2022`, `Feb. 27 2022`, `27 Feb, 2022`, `27th of February 2022` at `i`.
    fn textual(&self, i: usize) -> Option<(Date, usize, Option<u32>)> {
        let (m, d, at) = if let Some(m) = self.month(i) {
            let j = self.skip(i + 1, ".", false);
            (m, num(self.tok(j), 1..=2)?, self.skip(j + 1, ",.-", true))
        } else {
            let d = num(self.tok(i), 1..=2)?;
            let mut j = self.skip(i + 1, "-", true);
            if self.lower(j).as_deref() == Some("of") {
                j += 1;
            }
            (self.month(j)?, d, self.skip(j + 1, ",.-", false))
        };
        let (y, hour) = self.year_at(at)?;
        Some((date(y, m, d)?, at + 1, hour))
    }

    /// `8:14`, `20:14:00.5`, `14.30` (before a zone or am/pm), with am/pm and a zone, at `i`;
    /// `hour` is an hour already read (run into a year).
    fn time(&self, i: usize, hour: Option<u32>) -> Option<(Time, Option<TimeZone>, usize)> {
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
        let zone = self.zone(j);
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
    fn meridiem(&self, i: usize) -> Option<(bool, usize)> {
        let w = self.lower(i)?;
        match w.as_str() {
            "am" | "pm" => Some((w == "pm", self.skip(i + 1, ".", false).min(i + 2))),
            "a" | "p" if self.glued(i + 1, ".") && self.lower(i + 2).as_deref() == Some("m") => {
                Some((w == "p", if self.glued(i + 3, ".") { i + 4 } else { i + 3 }))
            }
            _ => None,
        }
    }

    /// A zone at `i`: an abbreviation (`EST`, `GMT+1`), `Z`, or an offset (`+03:00`, `-0500`).
    fn zone(&self, i: usize) -> Option<(TimeZone, usize)> {
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

/// Reads the dates of a line. Cheap on lines without digits.
pub(crate) fn read_line(line: &str, words: &PageWords) -> LineDates {
    let toks = tokens(line);
    let month_first = toks.iter().any(|t| {
        t.kind == Kind::Word && (matches!(t.s, "AM" | "PM" | "am" | "pm") || words.time_zone(t.s).is_some_and(|z| z.1))
    });
    let r = Reader { toks, words, month_first };
    let mut items: Vec<(usize, usize, Item)> = Vec::new();
    let mut i = 0;
    while i < r.toks.len() {
        if r.toks[i].kind != Kind::Punct {
            if let Some((d, end)) = r.numeric(i) {
                let time = (r.lower(end).as_deref() == Some("t") || r.tok(end).is_some_and(|t| t.kind == Kind::Num))
                    .then(|| r.time(if r.lower(end).is_some() { end + 1 } else { end }, None))
                    .flatten();
                let end = time.as_ref().map_or(end, |t| t.2);
                items.push((i, end, Item::Date(d, time.map(|(t, z, _)| (t, z)))));
                i = end;
                continue;
            }
            if let Some((d, end, hour)) = r.textual(i) {
                let time = hour.and_then(|h| r.time(end, Some(h)));
                let end = time.as_ref().map_or(end, |t| t.2);
                items.push((i, end, Item::Date(d, time.map(|(t, z, _)| (t, z)))));
                i = end;
                continue;
            }
            if let Some((t, z, end)) = r.time(i, None) {
                items.push((i, end, Item::Time(t, z)));
                i = end;
                continue;
            }
        }
        i += 1;
    }
    pair(&r, items)
}

/// Puts each date with the time beside it (before or after, with only punctuation, weekdays
/// and fillers between), labels it, and counts the other words.
fn pair(r: &Reader, items: Vec<(usize, usize, Item)>) -> LineDates {
    let mut out = LineDates { clock: items.iter().any(|i| matches!(i.2, Item::Time(..))), ..LineDates::default() };
    let kind = |i: usize| -> DateWord { r.lower(i).map_or(DateWord::Other, |w| r.words.date_word(&w)) };
    let joins = |from: usize, to: usize| {
        (from..to).all(|i| {
            let t = &r.toks[i];
            (t.kind == Kind::Punct && !"(|•·[".contains(t.s)) || matches!(kind(i), DateWord::Weekday | DateWord::Filler)
        })
    };
    let mut used = vec![false; items.len()];
    let mut covered = vec![false; r.toks.len()];
    let mut label_from = 0;
    for n in 0..items.len() {
        let (start, end, Item::Date(d, time)) = &items[n] else { continue };
        let mut stamp_start = *start;
        let mut time = time.clone();
        if time.is_none() {
            if let Some((s, e, Item::Time(t, z))) = items.get(n + 1).filter(|it| joins(*end, it.0)) {
                time = Some((*t, z.clone()));
                used[n + 1] = true;
                covered[*s..*e].iter_mut().for_each(|c| *c = true);
            } else if let Some((s, e, Item::Time(t, z))) =
                n.checked_sub(1).map(|p| &items[p]).filter(|it| !used[n - 1] && joins(it.1, *start))
            {
                time = Some((*t, z.clone()));
                used[n - 1] = true;
                stamp_start = *s;
                covered[*s..*e].iter_mut().for_each(|c| *c = true);
            }
        }
        let label = (label_from..stamp_start).rev().find_map(|i| match kind(i) {
            DateWord::Published => Some(Label::Published),
            DateWord::Updated => Some(Label::Updated),
            _ => None,
        });
        label_from = *end;
        covered[*start..*end].iter_mut().for_each(|c| *c = true);
        let time = time.and_then(|(t, z)| z.map(|z| (t, z)));
        out.stamps.push((Stamp { date: *d, time }, label.unwrap_or(Label::None)));
    }
    for (s, e, _) in &items {
        covered[*s..*e].iter_mut().for_each(|c| *c = true);
    }
    for (i, t) in r.toks.iter().enumerate() {
        if covered[i] || t.kind == Kind::Punct {
            continue;
        }
        match kind(i) {
            DateWord::Published | DateWord::Updated => out.labelled = true,
            DateWord::Other if t.kind == Kind::Num || r.words.time_zone(t.s).is_none() => {
                let unit = r.lower(i + 1).is_some_and(|w| r.words.is_relative_unit(&w));
                let amount = t.kind == Kind::Num || matches!(t.s, "a" | "an" | "one");
                if amount && unit && (i + 2..i + 4).any(|k| r.lower(k).is_some_and(|w| r.words.is_relative_marker(&w)))
                {
                    out.relative = true;
                }
                out.other_words += 1;
            }
            _ => {}
        }
    }
    out
}

#[cfg(test)]
#[path = "date_tests.rs"]
mod tests;
