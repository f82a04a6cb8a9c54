//! Page furniture: what a page saved as text holds besides its article. Date and metadata
//! lines (`Publish Date : 23 December 2022 - 22:34`, `News ID: 110486`), runs of short fields
//! (`News | Russia-Ukraine war`), reading times and video lengths (`3 min read`, `08:18`),
//! relative times (`3 hours ago`), photo credits (`Alex Brandon | Reuters`, `(Picture: AP)`,
//! `Photograph: Jane Roe/AP`) and the captions they close, caption markers (`Image caption,`)
//! and section labels. The words come from the `page` section of `assets/language.json`.

use std::ops::Range;

use crate::article::date::{self, Label, Stamp};
use crate::article::{at_most, byline_name, ends_a_sentence};
use crate::text::language::Language;
use crate::text::page_words::{DateWord, PageWords};

/// Most words in a line read as furniture.
const MAX_WORDS: usize = 24;
/// Most bytes in a line read as furniture: a longer line is text without counting its words.
const MAX_BYTES: usize = 240;
/// Most bytes of a line looked up in the lists of furniture lines (or the longest listed line
/// and a little more, if longer).
const LISTED_BYTES: usize = 64;
/// Most words in a caption or credit.
pub(crate) const CAPTION_WORDS: usize = 60;
/// Most words in a credit (`Sputnik/Aleksey Nikolskyi/Kremlin via REUTERS`).
const CREDIT_WORDS: usize = 8;
/// How far from the end of a text a credit closing it is looked for, in bytes.
const TAIL_BYTES: usize = 200;

/// Dates a line states, with their labels.
pub(crate) type Dates = Vec<(Stamp, Label)>;

/// What a line near the top of a page is.
#[derive(Debug, Clone, PartialEq, Default)]
pub(crate) enum Line {
    /// Text: a headline, a label or the body.
    #[default]
    Text,
    /// Furniture, with the dates it states.
    Furniture(Dates),
    /// A byline: the name's range in the text, with the dates its line states.
    Byline(Range<usize>, Dates),
    /// A caption marker alone (`Image caption,`): the next line is a caption.
    CaptionMarker,
    /// A photo credit alone: the line before it may be its caption.
    Credit,
}

impl Line {
    /// True for every kind but text.
    pub(crate) fn is_furniture(&self) -> bool {
        *self != Line::Text
    }
}

/// Lower case, without surrounding space and closing `:`/`,`/`.`.
fn core(s: &str) -> String {
    s.trim().trim_end_matches([':', ',', '.', '…']).trim_end().to_lowercase()
}

/// Reads a line of the first units of a page.
pub(crate) fn classify(text: &str, r: &Range<usize>, lang: &Language) -> Line {
    let s = &text[r.clone()];
    if s.len() > MAX_BYTES || !at_most(s, MAX_WORDS) {
        return Line::Text;
    }
    let page = &lang.page;
    // the listed lines are short: a longer line is not lower-cased to look them up
    let lower = if s.len() <= LISTED_BYTES.max(page.longest_listed_line()) { core(s) } else { String::new() };
    if page.is_caption_marker(&lower) {
        return Line::CaptionMarker;
    }
    let listed = page.is_furniture_line(&lower) || page.is_relative_line(&lower) || lang.chrome_lines.contains(&lower);
    if listed || (page.opens_furniture(&lower) && !ends_a_sentence(s)) {
        return Line::Furniture(Vec::new());
    }
    if caption_prefix(s, page) || page.has_furniture_word(s) || link_prefix(s, lang) {
        return Line::Furniture(Vec::new());
    }
    // a sentence of more than a dozen words is prose: no date, byline, credit or field line
    if ends_a_sentence(s) && !at_most(s, 12) {
        return Line::Text;
    }
    let line = field(text, r, lang);
    if line.is_furniture() {
        return line;
    }
    let fields = fields(s);
    if fields.len() < 2 {
        return Line::Text;
    }
    let (mut dates, mut byline) = (Vec::new(), None);
    for f in fields {
        let f = r.start + f.start..r.start + f.end;
        match field(text, &f, lang) {
            Line::Text if !at_most(&text[f], 3) => return Line::Text,
            Line::Furniture(d) => dates.extend(d),
            Line::Byline(name, d) => {
                byline.get_or_insert(name);
                dates.extend(d);
            }
            _ => {}
        }
    }
    match byline {
        Some(name) => Line::Byline(name, dates),
        None => Line::Furniture(dates),
    }
}

/// One field of a line (or the whole line): a byline, a date line, a time, a metadata line, a
/// reading time or a credit.
fn field(text: &str, r: &Range<usize>, lang: &Language) -> Line {
    let s = &text[r.clone()];
    let page = &lang.page;
    // a date has a year (four digits) and a time has digits around a colon or a dot; a line
    // without either is read for labels and relative times only when short
    let worth = may_hold_date(s) || at_most(s, 8);
    if let Some(name) = byline_name(text, r, lang) {
        let dates = if worth { date::read_line(s, page).stamps } else { Vec::new() };
        return Line::Byline(cut_byline(text, name, !dates.is_empty(), page), dates);
    }
    let d = if worth {
        date::read_line(s, page)
    } else {
        date::LineDates { other_words: usize::MAX, ..Default::default() }
    };
    let empty = d.stamps.is_empty();
    let dated = !empty && d.other_words <= 3;
    let relative = d.relative && d.other_words <= 6;
    let bare = empty && (d.clock || d.labelled) && d.other_words <= 2;
    if dated || relative || bare || is_meta(s, page) || is_read_time(s, page) {
        return Line::Furniture(d.stamps);
    }
    if credit_start(s, page) == Some(0) {
        return Line::Credit;
    }
    Line::Text
}

/// Whether `s` may hold a date or a time: four digits in a row, or a digit on either side of
/// `:` or `.`.
fn may_hold_date(s: &str) -> bool {
    let b = s.as_bytes();
    let digit = |i: usize| b.get(i).is_some_and(u8::is_ascii_digit);
    let mut run = 0;
    for (i, &c) in b.iter().enumerate() {
        run = if c.is_ascii_digit() { run + 1 } else { 0 };
        let clock = matches!(c, b':' | b'.') && i > 0 && digit(i - 1) && digit(i + 1);
        if run >= 4 || clock {
            return true;
        }
    }
    false
}

/// The fields of a line run together with `|`, `•`, `·` or ` / `, as ranges into it.
fn fields(s: &str) -> Vec<Range<usize>> {
    if !s.contains(['|', '•', '·']) && !s.contains(" / ") {
        return std::iter::once(0..s.len()).collect();
    }
    let mut out = Vec::new();
    let mut start = 0;
    for (i, c) in s.char_indices() {
        let slash = c == '/' && s[..i].ends_with(' ') && s[i + 1..].starts_with(' ');
        if matches!(c, '|' | '•' | '·') || slash {
            out.push(start..i);
            start = i + c.len_utf8();
        }
    }
    out.push(start..s.len());
    out.into_iter()
        .map(|f| {
            let t = &s[f.clone()];
            f.start + (t.len() - t.trim_start().len())..f.end - (t.len() - t.trim_end().len())
        })
        .filter(|f| !f.is_empty())
        .collect()
}

/// The byline name without what follows it on its line: a separator, a date label, and when
/// the line states a date (`dated`), the date.
fn cut_byline(text: &str, name: Range<usize>, dated: bool, page: &PageWords) -> Range<usize> {
    let s = &text[name.clone()];
    let mut end = s.find(['|', '•', '·']).unwrap_or(s.len());
    end = end.min(s.find(" / ").unwrap_or(s.len()));
    let mut at = 0;
    for w in s.split_inclusive(char::is_whitespace) {
        let lower = w.trim().trim_end_matches([':', ',']).to_lowercase();
        let stop = match page.date_word(&lower) {
            DateWord::Published | DateWord::Updated => true,
            DateWord::Month(_) | DateWord::Weekday => dated,
            _ => dated && w.starts_with(|c: char| c.is_ascii_digit()),
        };
        if stop && at > 0 {
            end = end.min(at);
            break;
        }
        at += w.len();
    }
    let kept = s[..end].trim_end().trim_end_matches([',', ';', '-', '–', '—']).trim_end();
    if kept.is_empty() { name } else { name.start..name.start + kept.len() }
}

/// `Label: value` with a metadata label (`News ID: 110486`, `Category: World`), a label of
/// date words (`Publish Date :`), or a number for value.
fn is_meta(s: &str, page: &PageWords) -> bool {
    let Some((label, value)) = s.split_once(':') else { return false };
    let label = label.trim().to_lowercase();
    if label.is_empty() || !at_most(&label, 2) {
        return false;
    }
    let dated = label.split_whitespace().all(|w| page.date_word(w) != DateWord::Other);
    let number = value.contains(|c: char| c.is_ascii_digit()) && !value.contains(char::is_alphabetic);
    page.is_meta_label(&label) || dated || number
}

/// `3 min read`, `Reading time: 5 minutes`: numbers and reading-time words only.
fn is_read_time(s: &str, page: &PageWords) -> bool {
    at_most(s, 5)
        && s.contains(|c: char| c.is_ascii_digit())
        && s.split_whitespace().all(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric());
            w.is_empty() || w.starts_with(|c: char| c.is_ascii_digit()) || page.is_read_time_word(&w.to_lowercase())
        })
}

/// A line opening with a caption marker and `,` or `:` (`Image caption, The envoy…`).
fn caption_prefix(s: &str, page: &PageWords) -> bool {
    if !s.bytes().next().is_some_and(|b| page.may_open_caption_marker(b)) {
        return false;
    }
    let head = s.bytes().take(24).position(|b| b == b',' || b == b':');
    head.is_some_and(|end| page.is_caption_marker(&s[..end].trim().to_lowercase()))
}

/// A line opening with what introduces links to other pages, then a colon (`Related: …`,
/// `Read more: …`): the words of `chrome_end`.
fn link_prefix(s: &str, lang: &Language) -> bool {
    let head = s.bytes().take(24).position(|b| b == b':');
    head.is_some_and(|end| lang.chrome_end.contains(&s[..end].trim().to_lowercase()))
}

/// What the words of a possible credit are.
fn credit_words(s: &str, page: &PageWords, strict: bool) -> bool {
    let (mut source, mut marker, mut lower, mut plain, mut n) = (false, false, false, false, 0);
    for w in s.split(|c: char| c.is_whitespace() || matches!(c, '/' | '|' | ',' | ';')) {
        let core = w.trim_matches(|c: char| !c.is_alphanumeric());
        if core.is_empty() {
            continue;
        }
        n += 1;
        let l = core.to_lowercase();
        let (is_source, is_marker) = (page.is_credit_source(&l), page.is_credit_marker(&l));
        source |= is_source;
        marker |= is_marker;
        let connector = page.is_credit_connector(&l);
        lower |= core.starts_with(char::is_lowercase) && !connector;
        plain |= !is_source && !is_marker && !connector;
    }
    if !strict {
        return source || marker;
    }
    let pipe = s.split_once('|').is_some_and(|(a, b)| at_most(a, 3) && at_most(b, 3));
    let slash = s.contains('/') && (source || marker);
    n > 0 && !lower && (!plain || pipe || slash)
}

/// A marker (`Photo:`, `Credit…`, `Photo by`, `Image source,`) opening `s`, followed by a
/// credit.
fn marker_credit(s: &str, page: &PageWords) -> bool {
    let mut words = s.split_whitespace();
    let Some(first) = words.next() else { return false };
    let head = first.trim_end_matches(|c: char| !c.is_alphanumeric());
    // most paragraphs are turned away by the first letter and length before lower-casing
    let initial = head.bytes().next().is_some_and(|b| page.may_open_credit_marker(b));
    if !initial || head.len() > page.longest_credit_marker() || !page.is_credit_marker(&head.to_lowercase()) {
        return false;
    }
    let after = |w: &str, head: &str| w[head.len()..].to_string();
    let (mut tail, mut rest_at) = (after(first, head), first.len());
    if tail.is_empty()
        && let Some(second) = words.next()
    {
        let h2 = second.trim_end_matches(|c: char| !c.is_alphanumeric());
        tail = if h2.eq_ignore_ascii_case("by") { ":".into() } else { after(second, h2) };
        rest_at = s.find(second).map_or(s.len(), |i| i + second.len());
    }
    let rest = s[rest_at.min(s.len())..].trim();
    if !at_most(rest, 12) {
        return false;
    }
    match tail.chars().next() {
        Some(':' | '…' | '.') => true,
        Some(',') => credit_words(rest, page, true),
        _ => false,
    }
}

/// Where a photo credit closing `s` starts: `Some(0)` when all of `s` is a credit,
/// `Some(i)` when `s[..i]` is a caption or headline that the credit closes.
pub(crate) fn credit_start(s: &str, page: &PageWords) -> Option<usize> {
    let t = s.trim_end();
    if t.is_empty() {
        return None;
    }
    if marker_credit(t, page) {
        return Some(0);
    }
    if let Some(close) = t.chars().next_back().filter(|c| matches!(c, ')' | ']')) {
        let open = t.rfind(if close == ')' { '(' } else { '[' })?;
        let inner = &t[open + 1..t.len() - 1];
        return (at_most(inner, CREDIT_WORDS) && credit_words(inner, page, false)).then_some(open);
    }
    if !t.ends_with('.') && at_most(t, CREDIT_WORDS) && credit_words(t, page, true) {
        return Some(0);
    }
    if !t.ends_with(|c: char| c.is_alphanumeric()) {
        return None;
    }
    // the text after one of the last three sentence ends (a credit is short: only the end of
    // the text is searched)
    let from = t.len().saturating_sub(TAIL_BYTES);
    let mut ends: Vec<usize> = t
        .char_indices()
        .rev()
        .take_while(|&(i, _)| i >= from)
        .filter(|&(i, c)| {
            matches!(c, '.' | '!' | '?' | '”' | '"')
                && t[i + c.len_utf8()..].starts_with(|n: char| n.is_whitespace() || n.is_uppercase())
        })
        .map(|(i, c)| i + c.len_utf8())
        .take(3)
        .collect();
    ends.reverse();
    // the longest credit first
    for &at in &ends {
        let tail = t[at..].trim_start();
        let start = t.len() - tail.len();
        if marker_credit(tail, page) || (at_most(tail, CREDIT_WORDS) && credit_words(tail, page, true)) {
            return Some(start);
        }
    }
    None
}

/// A body paragraph that is a photo caption or credit: a credit alone, a caption closed by
/// its credit, or a caption opened by a caption marker.
pub(crate) fn is_caption(s: &str, page: &PageWords) -> bool {
    (caption_prefix(s, page) || credit_start(s, page).is_some()) && at_most(s, CAPTION_WORDS)
}

#[cfg(test)]
#[path = "furniture_tests.rs"]
mod tests;
