//! The words of page furniture and dates, loaded from the `page` section of
//! `assets/language.json`: month and weekday names, the words that label a date as published
//! or updated, time zones, metadata labels, photo-credit markers and agencies, caption markers
//! and lines that are furniture wherever a header has them. The article parser reads pages
//! through these lists only; nothing here knows a particular site.

use jiff::tz::{Offset, TimeZone};
use rustc_hash::{FxHashMap, FxHashSet as HashSet};
use serde::Deserialize;

/// The `page` section as written in the file.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct PageFile {
    #[allow(dead_code)]
    about: String,
    months: Vec<Vec<String>>,
    weekdays: Vec<String>,
    published_words: Vec<String>,
    updated_words: Vec<String>,
    date_fillers: Vec<String>,
    relative_units: Vec<String>,
    relative_markers: Vec<String>,
    relative_lines: Vec<String>,
    time_zones: FxHashMap<String, String>,
    meta_labels: Vec<String>,
    credit_markers: Vec<String>,
    credit_sources: Vec<String>,
    credit_connectors: Vec<String>,
    caption_markers: Vec<String>,
    furniture_lines: Vec<String>,
    furniture_openers: Vec<String>,
    furniture_words: Vec<String>,
    lead_words: Vec<String>,
    read_time_words: Vec<String>,
}

/// What a lower-case word (without a final dot) is on a page.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) enum DateWord {
    /// Not a word of dates.
    #[default]
    Other,
    /// A month, 1–12.
    Month(u8),
    /// A day of the week.
    Weekday,
    /// A word labelling a date as the publication's ("published", "posted").
    Published,
    /// A word labelling a date as an update's ("updated", "modified").
    Updated,
    /// A word that may stand beside a date without making the line prose ("on", "at").
    Filler,
}

/// The page words, ready for look-ups.
#[derive(Debug, Clone)]
pub(crate) struct PageWords {
    date_words: FxHashMap<String, DateWord>,
    relative_units: HashSet<String>,
    relative_markers: HashSet<String>,
    relative_lines: HashSet<String>,
    /// Zone abbreviations as written (upper case), to their zone, and whether it lies west
    /// of Greenwich (where slashed dates are written month first).
    time_zones: FxHashMap<String, (TimeZone, bool)>,
    meta_labels: HashSet<String>,
    credit_markers: HashSet<String>,
    /// The length in bytes of the longest credit marker.
    longest_credit_marker: usize,
    /// The first bytes of the credit markers, both cases.
    credit_marker_initials: [bool; 256],
    /// The first bytes of the caption markers, both cases.
    caption_marker_initials: [bool; 256],
    credit_sources: HashSet<String>,
    credit_connectors: HashSet<String>,
    caption_markers: HashSet<String>,
    furniture_lines: HashSet<String>,
    /// The length in bytes of the longest line of the lists of whole lines, and some room for
    /// the punctuation and space around it.
    longest_listed_line: usize,
    furniture_openers: Vec<String>,
    furniture_words: HashSet<String>,
    /// The first bytes of the furniture words, both cases.
    furniture_word_initials: [bool; 256],
    /// The shortest to the longest furniture word, in bytes.
    furniture_word_lengths: std::ops::RangeInclusive<usize>,
    lead_words: HashSet<String>,
    read_time_words: HashSet<String>,
}

/// A fixed offset (`+05:30`, `-05:00`) or a zone of the bundled time-zone database.
fn zone(name: &str) -> Option<TimeZone> {
    let Some(rest) = name.strip_prefix('+').map(|r| (1, r)).or_else(|| name.strip_prefix('-').map(|r| (-1, r))) else {
        return TimeZone::get(name).ok();
    };
    let (sign, rest) = rest;
    let (h, m) = rest.split_once(':')?;
    let secs = sign * (h.parse::<i32>().ok()? * 3600 + m.parse::<i32>().ok()? * 60);
    Offset::from_seconds(secs).ok().map(TimeZone::fixed)
}

/// The first bytes of `words`, lower and upper case (a non-ASCII initial as it is).
fn initials(words: &[String]) -> [bool; 256] {
    let mut set = [false; 256];
    for b in words.iter().filter_map(|w| w.bytes().next()) {
        set[usize::from(b.to_ascii_lowercase())] = true;
        set[usize::from(b.to_ascii_uppercase())] = true;
    }
    set
}

fn at_most_words(s: &str, n: usize) -> bool {
    s.split_whitespace().nth(n).is_none()
}

fn lower_set(words: Vec<String>) -> HashSet<String> {
    words.into_iter().map(|w| w.to_lowercase()).collect()
}

impl PageWords {
    /// The look-ups of a `page` section; fails on a time zone that is neither an offset
    /// (`+05:30`) nor a zone name jiff knows (`America/New_York`), returning that value.
    pub(crate) fn new(file: PageFile) -> Result<Self, String> {
        let mut time_zones = FxHashMap::default();
        for (abbreviation, name) in file.time_zones {
            let zone = zone(&name).ok_or_else(|| name.clone())?;
            let west = name.starts_with('-') || name.starts_with("America/");
            time_zones.insert(abbreviation, (zone, west));
        }
        let mut date_words = FxHashMap::default();
        for (i, names) in file.months.iter().enumerate() {
            for name in names {
                date_words.insert(name.to_lowercase(), DateWord::Month(i as u8 + 1));
            }
        }
        let mut add = |words: Vec<String>, kind: DateWord| {
            for w in words {
                date_words.entry(w.to_lowercase()).or_insert(kind);
            }
        };
        add(file.weekdays, DateWord::Weekday);
        add(file.published_words, DateWord::Published);
        add(file.updated_words, DateWord::Updated);
        add(file.date_fillers, DateWord::Filler);
        let listed = [&file.furniture_lines, &file.relative_lines, &file.caption_markers];
        let longest_listed_line = listed.iter().flat_map(|l| l.iter().map(String::len)).max().unwrap_or(0) + 8;
        Ok(PageWords {
            longest_listed_line,
            date_words,
            relative_units: lower_set(file.relative_units),
            relative_markers: lower_set(file.relative_markers),
            relative_lines: lower_set(file.relative_lines),
            time_zones,
            meta_labels: lower_set(file.meta_labels),
            longest_credit_marker: file.credit_markers.iter().map(String::len).max().unwrap_or(0),
            credit_marker_initials: initials(&file.credit_markers),
            caption_marker_initials: initials(&file.caption_markers),
            credit_markers: lower_set(file.credit_markers),
            credit_sources: lower_set(file.credit_sources),
            credit_connectors: lower_set(file.credit_connectors),
            caption_markers: lower_set(file.caption_markers),
            furniture_lines: lower_set(file.furniture_lines),
            furniture_openers: file.furniture_openers.iter().map(|w| w.to_lowercase()).collect(),
            furniture_word_initials: initials(&file.furniture_words),
            furniture_word_lengths: file.furniture_words.iter().map(String::len).min().unwrap_or(1)
                ..=file.furniture_words.iter().map(String::len).max().unwrap_or(0),
            furniture_words: lower_set(file.furniture_words),
            lead_words: lower_set(file.lead_words),
            read_time_words: lower_set(file.read_time_words),
        })
    }

    /// What `lower` (a lower-case word, without a final dot) is among the date words.
    pub(crate) fn date_word(&self, lower: &str) -> DateWord {
        self.date_words.get(lower).copied().unwrap_or_default()
    }

    /// The zone of a time-zone abbreviation as written on the page (`EST`), and whether it
    /// lies west of Greenwich.
    pub(crate) fn time_zone(&self, word: &str) -> Option<&(TimeZone, bool)> {
        self.time_zones.get(word)
    }

    /// A unit of time ("hour", "days"), lower case, a plural `s` allowed.
    pub(crate) fn is_relative_unit(&self, lower: &str) -> bool {
        self.relative_units.contains(lower) || lower.strip_suffix('s').is_some_and(|w| self.relative_units.contains(w))
    }

    /// "ago", "old": the word that makes an amount of time a relative date.
    pub(crate) fn is_relative_marker(&self, lower: &str) -> bool {
        self.relative_markers.contains(lower)
    }

    /// A whole line that is a relative date ("Yesterday"), lower case.
    pub(crate) fn is_relative_line(&self, lower: &str) -> bool {
        self.relative_lines.contains(lower)
    }

    /// A metadata label ("news id", "category"), lower case.
    pub(crate) fn is_meta_label(&self, lower: &str) -> bool {
        self.meta_labels.contains(lower)
    }

    /// A word introducing a photo credit ("photo", "credit"), lower case.
    pub(crate) fn is_credit_marker(&self, lower: &str) -> bool {
        self.credit_markers.contains(lower)
    }

    /// Whether a caption marker may start with this byte (either case).
    pub(crate) fn may_open_caption_marker(&self, first: u8) -> bool {
        self.caption_marker_initials[usize::from(first)]
    }

    /// Whether a credit marker may start with this byte (either case).
    pub(crate) fn may_open_credit_marker(&self, first: u8) -> bool {
        self.credit_marker_initials[usize::from(first)]
    }

    /// The length in bytes of the longest credit marker: a longer word is none.
    pub(crate) fn longest_credit_marker(&self) -> usize {
        self.longest_credit_marker
    }

    /// A picture agency or source word of credits ("reuters", "getty"), lower case.
    pub(crate) fn is_credit_source(&self, lower: &str) -> bool {
        self.credit_sources.contains(lower)
    }

    /// A lower-case word that may join the names of a credit ("via", "for"), lower case.
    pub(crate) fn is_credit_connector(&self, lower: &str) -> bool {
        self.credit_connectors.contains(lower)
    }

    /// A caption marker ("image caption"), lower case, without its final punctuation.
    pub(crate) fn is_caption_marker(&self, lower: &str) -> bool {
        self.caption_markers.contains(lower)
    }

    /// The length in bytes beyond which a line is none of the listed whole lines.
    pub(crate) fn longest_listed_line(&self) -> usize {
        self.longest_listed_line
    }

    /// A line that is page furniture in a header ("share", "u.s. politics"), lower case.
    pub(crate) fn is_furniture_line(&self, lower: &str) -> bool {
        self.furniture_lines.contains(lower)
    }

    /// A short line opening with a call to action ("Watch CBS News", "Follow us"), lower case.
    pub(crate) fn opens_furniture(&self, lower: &str) -> bool {
        at_most_words(lower, 4)
            && self
                .furniture_openers
                .iter()
                .any(|o| lower.strip_prefix(o.as_str()).is_some_and(|r| r.is_empty() || r.starts_with(' ')))
    }

    /// A line holding a word only page furniture uses ("cookies"); looked for in lines near
    /// the top of a page only.
    pub(crate) fn has_furniture_word(&self, line: &str) -> bool {
        line.split(|c: char| !c.is_alphanumeric()).any(|w| {
            let initial = w.bytes().next().is_some_and(|b| self.furniture_word_initials[usize::from(b)]);
            initial
                && self.furniture_word_lengths.contains(&w.len())
                && self.furniture_words.contains(&w.to_lowercase())
        })
    }

    /// A word of a reporter's sentence that a headline does not use ("said"), lower case.
    pub(crate) fn is_lead_word(&self, lower: &str) -> bool {
        self.lead_words.contains(lower)
    }

    /// A word of reading or playing times ("read", "min"), lower case.
    pub(crate) fn is_read_time_word(&self, lower: &str) -> bool {
        self.read_time_words.contains(lower)
    }
}
