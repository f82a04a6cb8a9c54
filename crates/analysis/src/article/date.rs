//! Dates as pages state them, read from one line: `2022-02-27T20:14:00-05:00`, `27.02.2022`,
//! `02/27/2022 08:14 PM EST`, `February 27, 2022 at 8:14 p.m. EST`, `Sun 27 Feb 2022 14.30
//! GMT`, `27th of February, 2022`, with the words that label them ("Published", "Updated")
//! and the words that are neither date nor label (to tell a date line from prose). A date needs
//! a year: "Feb. 27" or "on Sunday" is not a date here. Month and weekday names, labels and
//! time zones come from [`PageWords`].

use jiff::civil::{Date, DateTime, Time};
use jiff::tz::TimeZone;

use crate::article::date_parts::{Item, Kind, Reader};
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

/// Reads the dates of a line. Cheap on lines without digits.
pub(crate) fn read_line(line: &str, words: &PageWords) -> LineDates {
    if line.is_empty() {
        return LineDates::default();
    }
    let r = Reader::new(line, words);
    let mut items: Vec<(usize, usize, Item)> = Vec::new();
    let mut i = 0;
    while i < r.toks.len() {
        if r.toks[i].kind != Kind::Punct {
            if let Some((d, end)) = r.numeric(i) {
                let time = (r.lower(end) == Some("t") || r.tok(end).is_some_and(|t| t.kind == Kind::Num))
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
    let kind = |i: usize| r.kind(i);
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
                let unit = r.lower(i + 1).is_some_and(|w| r.words.is_relative_unit(w));
                let amount = t.kind == Kind::Num || matches!(t.s, "a" | "an" | "one");
                if amount && unit && (i + 2..i + 4).any(|k| r.lower(k).is_some_and(|w| r.words.is_relative_marker(w))) {
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
