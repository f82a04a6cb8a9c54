//! The headline of a page and where its body begins.
//!
//! The header is the text lines before the first body paragraph, page furniture left aside
//! ([`furniture`]). The headline is the first header line of four words or more (section
//! labels such as `U.S. Politics` are shorter), else the longest; a line that ends like a
//! sentence (`… must never be fought’`, or PolNeAR's `… wins Ohio.`) is the headline only when
//! it comes first and looks like one (see [`headline_like`]). The headline is taken without a
//! photo credit, a video length, a site name after `|` or a repeat of itself.

use std::ops::Range;

use crate::article::furniture::{self, CAPTION_WORDS, Line};
use crate::article::{at_most, dateline, ends_a_sentence, trim_range, words};
use crate::text::language::Language;

/// Most text units (furniture aside) looked at before the body must have begun.
const MAX_HEADER_UNITS: usize = 8;
/// A body paragraph has at least this many words (or starts with a dateline).
const BODY_MIN_WORDS: usize = 8;
/// Most words of a headline.
const HEADLINE_WORDS: usize = 25;
/// A headline line has at least this many words; shorter lines are labels unless nothing
/// longer is there.
const HEADLINE_MIN_WORDS: usize = 4;

/// The header of a page.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub(crate) struct Head {
    /// The index of the first body unit; 0 when none was found (then all is body).
    pub first_body: usize,
    /// The headline, trimmed of what is not part of it.
    pub title: Option<Range<usize>>,
}

/// Marks captions in the classified lines: the line after a caption marker, and a sentence
/// just before a credit line (not the first text line, which may be the headline).
pub(crate) fn mark_captions(text: &str, units: &[Range<usize>], lines: &mut [Line]) {
    let first_text = lines.iter().position(|l| *l == Line::Text);
    for i in 0..lines.len() {
        let caption = |r: &Range<usize>| at_most(&text[r.clone()], CAPTION_WORDS);
        match lines[i] {
            Line::CaptionMarker if lines.get(i + 1) == Some(&Line::Text) && caption(&units[i + 1]) => {
                lines[i + 1] = Line::Furniture(Vec::new());
            }
            Line::Credit if i > 0 && lines[i - 1] == Line::Text && Some(i - 1) != first_text => {
                let s = &text[units[i - 1].clone()];
                if caption(&units[i - 1]) && !at_most(s, 4) && ends_a_sentence(s) {
                    lines[i - 1] = Line::Furniture(Vec::new());
                }
            }
            _ => {}
        }
    }
}

/// Finds the header: the first body unit and the headline. `lines` classifies the first
/// units (those after it count as text).
/// `blocks[i]` numbers the block of lines unit `i` comes from.
pub(crate) fn find(text: &str, units: &[Range<usize>], blocks: &[usize], lines: &[Line], lang: &Language) -> Head {
    let furniture = |i: usize| lines.get(i).is_some_and(Line::is_furniture);
    let mut candidates: Vec<Candidate> = Vec::new();
    let has_headline = |c: &[Candidate]| c.iter().any(|(r, _)| is_headline_sized(&text[r.clone()]));
    let mut texts = 0;
    let mut first_body = None;
    for (i, r) in units.iter().enumerate() {
        if furniture(i) {
            continue;
        }
        texts += 1;
        if texts > MAX_HEADER_UNITS + 1 {
            break;
        }
        let s = &text[r.clone()];
        if strong_dateline(text, r, lang) || !at_most(s, HEADLINE_WORDS) {
            first_body = Some(i);
            break;
        }
        if let Some(k) = furniture::credit_start(s, &lang.page).filter(|&k| k > 0) {
            // a headline closed by a photo credit, or a caption (a sentence before its credit)
            if !has_headline(&candidates) && !s[..k].trim_end().ends_with('.') {
                candidates.push((r.clone(), title_range(text, r, lang)));
            }
            continue;
        }
        // a short sentence after the headline is body when it quotes somebody ("“We will not
        // yield,” Roe said."): a label or kicker is never a quotation that ends a sentence
        let headline = has_headline(&candidates);
        let quotation = headline && s.trim_start().starts_with(['“', '"', '«', '„']);
        let sentence = (quotation || !at_most(s, BODY_MIN_WORDS - 1)) && ends_a_sentence(s);
        if sentence && (headline || !headline_like(text, (units, blocks), i, &furniture, lang)) {
            first_body = Some(i);
            break;
        }
        candidates.push((r.clone(), title_range(text, r, lang)));
    }
    let Some(first_body) = first_body else { return Head::default() };
    let title = choose(text, &candidates).map(|(_, t)| t.clone());
    Head { first_body, title: title.filter(|r| !r.is_empty()) }
}

/// A header line that may be the headline: the line, and the headline in it.
type Candidate = (Range<usize>, Range<usize>);

/// The headline among the candidates: the first of headline size, else the longest.
fn choose<'c>(text: &str, candidates: &'c [Candidate]) -> Option<&'c Candidate> {
    let sized = candidates.iter().find(|(r, _)| is_headline_sized(&text[r.clone()]));
    sized.or_else(|| candidates.iter().rev().max_by_key(|(_, t)| words(&text[t.clone()])))
}

/// A dateline that opens a paragraph for sure: with an agency in brackets or a dash after it
/// (`MOSCOW (TASS):`, `KYIV —`); a capitalised word and a colon may be a headline's kicker
/// (`EXCLUSIVE: …`, `AP: …`).
fn strong_dateline(text: &str, r: &Range<usize>, lang: &Language) -> bool {
    dateline(text, r).is_some_and(|d| {
        let place = &text[d.clone()];
        let kicker = lang.page.is_furniture_line(&place.to_lowercase());
        !kicker && (place.contains('(') || !text[d.end..].trim_start().starts_with(':'))
    })
}

/// Long enough for a headline rather than a section label, or closed like a headline line
/// and unlike a label: by `;` (a second line follows) or by a full stop after two words.
fn is_headline_sized(s: &str) -> bool {
    let s = s.trim_end();
    !at_most(s, HEADLINE_MIN_WORDS - 1) || s.ends_with(';') || (s.ends_with('.') && !at_most(s, 1))
}

/// Whether a line that ends like a sentence is a headline: at most [`HEADLINE_WORDS`], one
/// sentence, none of the words of a reporter's sentence ("said"), the last text line of its
/// block, and followed by a longer paragraph or a dateline; title case or a closing `;` (a
/// second headline line follows) stand for the last two.
fn headline_like(
    text: &str,
    (units, blocks): (&[Range<usize>], &[usize]),
    i: usize,
    furniture: &dyn Fn(usize) -> bool,
    lang: &Language,
) -> bool {
    let s = &text[units[i].clone()];
    let lead = s.split_whitespace().any(|w| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        w.starts_with(char::is_lowercase) && lang.page.is_lead_word(w)
    });
    let title_case = title_case(s);
    if lead || (!title_case && !at_most(s, 12) && two_sentences(s)) {
        return false;
    }
    // the next three paragraphs, furniture and labels aside: one is longer, or opens with a dateline
    let mut next = (i + 1..units.len()).filter(|&j| !furniture(j) && !at_most(&text[units[j].clone()], 3));
    let longer = next
        .by_ref()
        .take(3)
        .any(|j| dateline(text, &units[j]).is_some() || !at_most(&text[units[j].clone()], words(s)));
    let continued = s.trim_end().ends_with(';');
    let alone = !(i + 1..units.len()).take_while(|&j| blocks[j] == blocks[i]).any(|j| !furniture(j));
    let shaped = title_case || continued;
    (shaped || (alone && longer)) && (i + 1..units.len()).any(|j| !furniture(j))
}

/// A sentence end inside `s` (`.` then a capital), abbreviations (`U.S.`, `Sen.`) aside.
fn two_sentences(s: &str) -> bool {
    let inner = s.trim_end();
    inner.match_indices(". ").any(|(i, _)| {
        let next_upper = inner[i + 2..].starts_with(char::is_uppercase);
        let word = inner[..i].rsplit(char::is_whitespace).next().unwrap_or("");
        let abbreviation = word.contains('.') || word.chars().filter(|c| c.is_alphabetic()).count() <= 3;
        next_upper && !abbreviation
    })
}

/// Most longer words capitalised, as headlines are written in many papers.
fn title_case(s: &str) -> bool {
    let long: Vec<&str> =
        s.split_whitespace().filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 4).collect();
    let caps =
        long.iter().filter(|w| w.trim_start_matches(|c: char| !c.is_alphabetic()).starts_with(char::is_uppercase));
    long.len() >= 3 && caps.count() * 10 >= long.len() * 7
}

/// The headline in a line: without a closing photo credit, a repeat of itself, a video length,
/// a site name after ` | `, or closing `;`, `,`, `:` or dashes.
fn title_range(text: &str, r: &Range<usize>, lang: &Language) -> Range<usize> {
    let mut r = r.clone();
    let s = &text[r.clone()];
    if let Some(k) = furniture::credit_start(s, &lang.page).filter(|&k| k > 0) {
        r.end = r.start + k;
    }
    r = trim_range(text, r);
    // a repeat: "Talks end Talks end"
    let s = &text[r.clone()];
    let half = s.len() / 2;
    if s.len() > 2 && s.is_char_boundary(half) && s[..half].trim() == s[half..].trim() {
        r.end = r.start + s[..half].trim_end().len();
    }
    // a video length after the words: "Talks end 08:18"
    let s = &text[r.clone()];
    if let Some((head, last)) = s.rsplit_once(char::is_whitespace)
        && words(head) >= 2
        && last.contains(':')
        && last.split(':').all(|p| !p.is_empty() && p.len() <= 2 && p.bytes().all(|b| b.is_ascii_digit()))
    {
        r.end = r.start + head.trim_end().len();
    }
    // a site after a bar: "Talks end in Geneva | World News"
    let s = &text[r.clone()];
    if let Some((head, site)) = s.rsplit_once(" | ")
        && !at_most(head, HEADLINE_MIN_WORDS - 1)
        && at_most(site, 4)
    {
        r.end = r.start + head.trim_end().len();
    }
    let s = &text[r.clone()];
    r.end = r.start + s.trim_end_matches([';', ',', ':', '-', '–', '—', '|']).trim_end().len();
    r
}

/// The same text, case and closing punctuation aside: a headline the page repeats.
pub(crate) fn same_text(a: &str, b: &str) -> bool {
    let bare = |s: &str| s.trim().trim_end_matches(['.', ';', ':']).trim_end().len();
    // lower-casing keeps the length of most text: compare lengths before lower-casing
    let close = bare(a).abs_diff(bare(b)) <= 4;
    let norm = |s: &str| s.trim().trim_end_matches(['.', ';', ':']).trim_end().to_lowercase();
    close && norm(a) == norm(b)
}
