//! Article structure: title, byline, dateline, publication date and body paragraphs, with
//! page chrome (section labels, date and metadata lines, photo credits and captions, "About
//! the author" blocks, "Advertisement" lines) kept out of the body. Heuristics only: nothing
//! here knows any particular article. The headline is found in [`headline`], furniture in
//! [`furniture`], dates in [`date`].

pub(crate) mod date;
mod date_parts;
mod furniture;
mod headline;
pub(crate) mod sections;

use std::ops::Range;

use crate::article::date::Label;
use crate::article::furniture::Line;
use crate::text::language::Language;

/// The parts of an article, as byte ranges into its text.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Article {
    /// The headline.
    pub title: Option<Range<usize>>,
    /// The name in the byline, without its "By" / "Written by".
    pub byline: Option<Range<usize>>,
    /// The place and agency opening the first body paragraph, without the separator.
    pub dateline: Option<Range<usize>>,
    /// Body paragraphs, in order, each trimmed of surrounding whitespace; never empty.
    pub paragraphs: Vec<Range<usize>>,
    /// The publication date the page states, ISO 8601 (`2022-02-27`, or
    /// `2022-02-27T20:14:00-05:00` with a time and zone).
    pub date: Option<String>,
}

/// The first units of a page, where furniture (dates, credits, labels) is looked for.
const HEAD_UNITS: usize = 24;

/// The number of whitespace-separated words of `s` (as `split_whitespace` counts them).
fn words(s: &str) -> usize {
    count_words(s, usize::MAX)
}

/// True when `s` has at most `n` words: reads no further than word `n + 1`.
fn at_most(s: &str, n: usize) -> bool {
    count_words(s, n) <= n
}

/// The words of `s` as `split_whitespace` finds them, counted up to `limit + 1`: bytes are
/// read one by one, and only a byte that starts a multi-byte character is decoded.
fn count_words(s: &str, limit: usize) -> usize {
    let bytes = s.as_bytes();
    let (mut count, mut in_word, mut i) = (0, false, 0);
    while i < bytes.len() {
        let b = bytes[i];
        let (space, len) = if b < 0x80 {
            (matches!(b, b' ' | b'\t'..=b'\r'), 1)
        } else {
            let c = s[i..].chars().next().unwrap_or(' ');
            (c.is_whitespace(), c.len_utf8())
        };
        if !space && !in_word {
            count += 1;
            if count > limit {
                return count;
            }
        }
        in_word = !space;
        i += len;
    }
    count
}

fn ends_a_sentence(s: &str) -> bool {
    s.trim_end().chars().next_back().is_some_and(|c| ".!?…:;\"”’»“)]".contains(c))
}

/// Trims a range of `text` to exclude surrounding whitespace.
pub(crate) fn trim_range(text: &str, r: Range<usize>) -> Range<usize> {
    let s = &text[r.clone()];
    let start = r.start + (s.len() - s.trim_start().len());
    let end = r.end - (s.len() - s.trim_end().len());
    start..end.max(start)
}

/// Splits text into blocks of consecutive non-blank lines; each block is a list of trimmed
/// line ranges.
fn blocks(text: &str) -> Vec<Vec<Range<usize>>> {
    let mut blocks = vec![Vec::new()];
    let mut start = 0;
    for line in text.split_inclusive('\n') {
        let r = trim_range(text, start..start + line.len());
        start += line.len();
        if r.is_empty() {
            if !blocks.last().is_some_and(Vec::is_empty) {
                blocks.push(Vec::new());
            }
        } else if let Some(b) = blocks.last_mut() {
            b.push(r);
        }
    }
    blocks.retain(|b| !b.is_empty());
    blocks
}

/// Turns a block into paragraph units: one per line, unless the block is hard-wrapped prose
/// (most lines stop mid-sentence), which is one paragraph. Near the top of a page (`head`), a
/// block holding a line of furniture (a date line, a byline, a credit) or a line repeated is
/// not prose.
fn units(text: &str, block: &[Range<usize>], head: Option<&Language>) -> Vec<Range<usize>> {
    if block.len() >= 2 {
        let inner = &block[..block.len() - 1];
        let open = inner.iter().filter(|r| !ends_a_sentence(&text[(*r).clone()])).count();
        let short = inner.iter().all(|r| text[r.clone()].chars().count() <= 100);
        // near the top, two short lines are joined only when the second carries on a sentence
        let furniture = |lang: &Language| {
            let carried = block.len() > 2 || text[block[1].clone()].starts_with(char::is_lowercase);
            !carried
                || block.iter().any(|r| furniture::classify(text, r, lang).is_furniture())
                || block.windows(2).any(|w| headline::same_text(&text[w[0].clone()], &text[w[1].clone()]))
        };
        if short && open * 3 >= inner.len() * 2 && !head.is_some_and(furniture) {
            let whole = block[0].start..block[block.len() - 1].end;
            return std::iter::once(whole).collect();
        }
    }
    block.to_vec()
}

fn strip_prefix_ci<'a>(s: &'a str, prefix: &str) -> Option<&'a str> {
    let head = s.get(..prefix.len())?;
    if !head.eq_ignore_ascii_case(prefix) {
        return None;
    }
    let rest = &s[prefix.len()..];
    (prefix.ends_with(':') || rest.starts_with(char::is_whitespace)).then(|| rest.trim_start())
}

fn byline_name(text: &str, r: &Range<usize>, lang: &Language) -> Option<Range<usize>> {
    let line = &text[r.clone()];
    let name = lang.byline_prefixes.iter().find_map(|p| {
        let rest = strip_prefix_ci(line, p)?;
        let first = rest.chars().next()?;
        first.is_uppercase().then(|| r.end - rest.len()..r.end)
    })?;
    at_most(line, 10).then_some(name)
}

/// Most words in a line of page furniture.
const CHROME_WORDS: usize = 6;

/// A line of page furniture such as "Advertisement"; `line` has at most [`CHROME_WORDS`].
fn is_chrome_line(line: &str, lang: &Language) -> bool {
    lang.chrome_lines.contains(&line.trim().to_lowercase())
}

/// A line that starts the furniture after the article, such as "About the author"; `line`
/// has at most [`CHROME_WORDS`].
fn is_chrome_end(line: &str, lang: &Language) -> bool {
    let l = line.trim().trim_end_matches(':').to_lowercase();
    lang.chrome_end.contains(&l) || lang.chrome_end.iter().any(|m| l.starts_with(&format!("{m} ")) && words(&l) <= 4)
}

/// Finds a dateline ("MOSCOW (TASS):", "KYIV, Ukraine (AP) —") at the start of a paragraph.
fn dateline(text: &str, r: &Range<usize>) -> Option<Range<usize>> {
    let p = &text[r.clone()];
    let caps = |w: &str| {
        let letters = w.chars().filter(|c| c.is_alphabetic()).count();
        letters >= 2 && w.chars().all(|c| c.is_uppercase() || ".'-,".contains(c))
    };
    let place = |w: &str| {
        let mut cs = w.chars();
        cs.next().is_some_and(char::is_uppercase) && cs.all(|c| c.is_lowercase() || "-'".contains(c))
    };
    // the place's words while `fits` holds, up to `most` of them and a word ending in a colon
    // or comma: (end of the last within p, how many)
    let read = |fits: &dyn Fn(&str) -> bool, most: usize| -> Option<(usize, usize)> {
        let (mut end, mut count, mut rest) = (0, 0, p);
        while count < most
            && let Some(w) = rest.split_whitespace().next()
        {
            let core = w.trim_end_matches([':', ',']);
            if !fits(core) {
                break;
            }
            let at = p.len() - rest.len() + rest.find(w)?;
            end = at + core.len();
            count += 1;
            rest = &p[at + w.len()..];
            if w.ends_with(':') || w.ends_with(',') {
                break;
            }
        }
        Some((end, count))
    };
    // a place in capitals ("MOSCOW"), or in title case ("Bamako (AFP) –", "Tripoli, Libya –")
    // only with an agency in brackets or a country after a comma, and a dash
    let (mut end, mut caps_words) = read(&caps, usize::MAX)?;
    let title_case = caps_words == 0;
    if title_case {
        (end, caps_words) = read(&place, 3)?;
    }
    if caps_words == 0 || p[..end].chars().filter(|c| c.is_alphabetic()).count() < 3 {
        return None;
    }
    let mut placed = false;
    let mut tail = &p[end..];
    if let Some(t) = tail.strip_prefix(',') {
        // ", Ukraine" or ", Jan. 5" after the place
        let t2 = t.trim_start();
        let stop = t2.find(['(', ':', '—', '–']).unwrap_or(0);
        if stop > 0 && stop <= 30 && !t2[..stop].contains('.') || (stop > 0 && words(&t2[..stop]) <= 3) {
            end = p.len() - t2.len() + t2[..stop].trim_end().len();
            tail = &p[end..];
            placed = true;
        }
    }
    let t = tail.trim_start();
    if let Some(inner) = t.strip_prefix('(') {
        let close = inner.find(')')?;
        if close > 40 {
            return None;
        }
        end = p.len() - inner.len() + close + 1;
        tail = &p[end..];
        placed = true;
    }
    let t = tail.trim_start();
    let dash = t.strip_prefix("--").or_else(|| t.strip_prefix(['—', '–', '-']));
    let sep = t.starts_with(':') && !title_case || dash.is_some_and(|d| d.starts_with(' '));
    (sep && (placed || !title_case)).then(|| r.start..r.start + end)
}

/// The publication date a page states: a date line labelled as the publication's
/// ("Published", "Posted"), else the first unlabelled one, else the first update; the date in
/// the dateline when no line states one.
fn publication_date(text: &str, lines: &[Line], dateline: Option<Range<usize>>, lang: &Language) -> Option<String> {
    let stated: Vec<&(date::Stamp, Label)> = lines
        .iter()
        .flat_map(|l| match l {
            Line::Furniture(d) | Line::Byline(_, d) => d.as_slice(),
            _ => &[],
        })
        .collect();
    let with = |label: Label| stated.iter().find(|d| d.1 == label).map(|d| d.0.iso());
    with(Label::Published).or_else(|| with(Label::None)).or_else(|| with(Label::Updated)).or_else(|| {
        let line = date::read_line(&text[dateline?], &lang.page);
        line.stamps.first().map(|d| d.0.iso())
    })
}

impl Article {
    /// Finds the structure of `text`. Never fails: a text without a header is all body.
    pub fn parse(text: &str, lang: &Language) -> Self {
        let (mut units, mut block_of): (Vec<Range<usize>>, Vec<usize>) = (Vec::new(), Vec::new());
        for (n, b) in blocks(text).iter().enumerate() {
            let head = (units.len() < HEAD_UNITS).then_some(lang);
            units.extend(self::units(text, b, head));
            block_of.resize(units.len(), n);
        }
        let mut lines: Vec<Line> = units.iter().take(HEAD_UNITS).map(|r| furniture::classify(text, r, lang)).collect();
        headline::mark_captions(text, &units, &mut lines);
        let head = headline::find(text, &units, &block_of, &lines, lang);
        // in the body, a line with a date is furniture only when it is all date or labelled
        for (i, line) in lines.iter_mut().enumerate().skip(head.first_body) {
            if matches!(line, Line::Furniture(d) if !d.is_empty()) {
                let read = date::read_line(&text[units[i].clone()], &lang.page);
                if read.other_words > 0 && !read.labelled {
                    *line = Line::Text;
                }
            }
        }
        let mut article = Article { title: head.title, ..Article::default() };
        let title = article.title.clone().map(|r| &text[r]);
        let mut body: Vec<Range<usize>> = Vec::new();
        let mut caption_next = false;
        for (i, r) in units.iter().enumerate() {
            let s = &text[r.clone()];
            let line = lines.get(i).unwrap_or(&Line::Text);
            if let Line::Byline(name, _) = line
                && (i < head.first_body || !ends_a_sentence(s))
            {
                article.byline.get_or_insert(name.clone());
                continue;
            }
            if i < head.first_body || std::mem::take(&mut caption_next) {
                continue;
            }
            caption_next = *line == Line::CaptionMarker;
            let furniture = line.is_furniture() && !matches!(line, Line::Byline(..));
            let repeat = i < HEAD_UNITS && title.is_some_and(|t| headline::same_text(t, s));
            if furniture || repeat {
                continue;
            }
            if at_most(s, CHROME_WORDS) {
                if !body.is_empty() && is_chrome_end(s, lang) {
                    break;
                }
                if is_chrome_line(s, lang) {
                    continue;
                }
            }
            if furniture::is_caption(s, &lang.page) {
                continue;
            }
            body.push(r.clone());
        }
        // Trailing furniture: short lines without sentence punctuation after the last sentence.
        while body.len() > 1
            && body.last().is_some_and(|r| {
                let s = &text[r.clone()];
                at_most(s, 5) && !ends_a_sentence(s)
            })
        {
            body.pop();
        }
        article.dateline = body.first().and_then(|r| dateline(text, r));
        article.paragraphs = body;
        article.date = publication_date(text, &lines, article.dateline.clone(), lang);
        article
    }

    /// Where the text of paragraph `i` starts: after the dateline when the paragraph holds it
    /// ("VILNIUS, March 4 (Reuters) -" is no part of its first sentence).
    pub fn text_start(&self, i: usize) -> usize {
        let para = &self.paragraphs[i];
        let dateline = self.dateline.as_ref().filter(|d| para.start <= d.start && d.end <= para.end);
        dateline.map_or(para.start, |d| d.end)
    }

    /// The index (0-based) of the paragraph holding byte `at`, if any.
    pub fn paragraph_at(&self, at: usize) -> Option<usize> {
        let i = self.paragraphs.partition_point(|p| p.end < at);
        self.paragraphs.get(i).filter(|p| p.start <= at && at <= p.end).map(|_| i)
    }
}

#[cfg(test)]
mod tests;
