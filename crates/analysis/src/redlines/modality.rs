//! Negation and modality: what the words before a hit, in its clause, do to it. A negator
//! (`not`, `no`, `never`, `n't`) drops the hit or turns it into its category's negated one (a
//! refused offer of talks is a refusal); a negator of a phrase (`without`) reaches only a hit
//! right after it; a hedge (`may`, `might`, `could`) lowers it; an
//! intensifier in or just before it (`very`, `massive`) raises it. The clause ends at a
//! punctuation mark, a quote mark or a clause opener (`that`, `but`, `which`), read backwards.
//! A hit its clause dates to a past year, with no future or modal word before it, is
//! background ([`dated_past`]).

use crate::redlines::Lexicon;
use crate::text::fold::{Folded, is_word_char};
use crate::text::words::window_start;

/// Most bytes before a hit read for its clause.
const CLAUSE_BYTES: usize = 240;

/// True for the marks that end a clause.
fn ends_clause(c: char) -> bool {
    matches!(
        c,
        ',' | ';' | ':' | '.' | '!' | '?' | '"' | '\u{201C}' | '\u{201D}' | '(' | ')' | '-' | '\u{AB}' | '\u{BB}'
    )
}

/// The words of the clause before folded offset `at`, nearest first: (start, word).
pub(crate) fn clause_before<'a>(lexicon: &Lexicon, folded: &'a Folded, at: usize) -> Vec<(usize, &'a str)> {
    let from = window_start(&folded.text, at, CLAUSE_BYTES);
    let before = &folded.text[from..at];
    let mut words = Vec::new();
    let mut word_end = None;
    let push = |start: usize, end: usize, words: &mut Vec<(usize, &'a str)>| {
        let raw = &before[start..end];
        let lead = raw.len() - raw.trim_start_matches('\'').len();
        let w = raw[lead..].trim_end_matches('\'');
        let open = lexicon.clause_openers.contains(w);
        if !open && !w.is_empty() {
            words.push((from + start + lead, w));
        }
        open
    };
    for (i, c) in before.char_indices().rev() {
        if is_word_char(c) || c == '\'' {
            word_end.get_or_insert(i + c.len_utf8());
            continue;
        }
        if let Some(end) = word_end.take()
            && push(i + c.len_utf8(), end, &mut words)
        {
            return words;
        }
        if ends_clause(c) {
            return words;
        }
    }
    if let Some(end) = word_end {
        push(0, end, &mut words);
    }
    words
}

/// True when the clause after a hit ending at folded offset `end` dates it to a year (a dating
/// word among its first four words, then within three words a year of four digits: `in 2008`,
/// `in late 2020`, `since March 2006`; not past a participle, which dates a later phrase:
/// `cameras removed in 2022`) and no future or modal word stands in `clause`, the words before it: an
/// earlier event told as background (`severed ties with Nairobi in late 2020`), not an act
/// of now (`will hold talks in 2027` stays).
pub(crate) fn dated_past(lexicon: &Lexicon, folded: &Folded, end: usize, clause: &[(usize, &str)]) -> bool {
    if lexicon.dating.is_empty() || clause.iter().any(|(_, w)| lexicon.future.contains(*w)) {
        return false;
    }
    let after = &folded.text[end..];
    let stop = after.find(|c: char| ends_clause(c) && c != '-').unwrap_or(after.len());
    let words: Vec<&str> = after[..stop].split(' ').filter(|w| !w.is_empty()).take(12).collect();
    let opened = |w: &&str| lexicon.clause_openers.contains(*w);
    let words = &words[..words.iter().position(opened).unwrap_or(words.len())];
    // a participle between the hit and the date dates a later phrase (`the dialogue begun in
    // 2019`, `cameras removed in 2022`)
    let participle = |w: &&str| w.ends_with("ed") || lexicon.participles.contains(*w);
    let dated = words.iter().take(4).position(|w| lexicon.dating.contains(*w));
    dated.is_some_and(|i| !words[..i].iter().any(participle) && words[i + 1..].iter().take(4).any(|w| is_year(w)))
}

/// Most bytes before a hit read for the sentence that may date it.
const SENTENCE_BYTES: usize = 400;

/// True for a four-digit year of the last two centuries.
fn is_year(w: &str) -> bool {
    w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()) && (w.starts_with("19") || w.starts_with("20"))
}

/// True when the sentence before a hit at folded offset `at` dates it to an earlier time: the
/// sentence opens with a date (`In December 2022, officials warned`), a date in it is followed
/// by a `when` word (`since 2008, when the president expelled`), or one of the lexicon's `then`
/// phrases stands within six words of the hit (`Moscow at the time threatened`); and no future
/// or modal word stands between that date and the hit. Like [`dated_past`], an earlier event
/// told as background.
pub(crate) fn dated_before(lexicon: &Lexicon, folded: &Folded, at: usize) -> bool {
    let before = &folded.text[window_start(&folded.text, at, SENTENCE_BYTES)..at];
    let opens = |c: char| matches!(c, '.' | '!' | '?' | '\n' | '"' | '\u{201C}' | '\u{201D}');
    let start = before.char_indices().rev().find(|&(_, c)| opens(c)).map_or(0, |(i, c)| i + c.len_utf8());
    let words: Vec<&str> =
        before[start..].split(|c: char| !(is_word_char(c) || c == '\'')).filter(|w| !w.is_empty()).collect();
    let year_within = |i: usize, n: usize| words.iter().skip(i).take(n).position(|w| is_year(w)).map(|y| i + y);
    // the end of the latest date before the hit, as a word index
    let mut dated = None;
    if words.first().is_some_and(|w| lexicon.dating.contains(*w)) {
        dated = year_within(1, 3).map(|y| y + 1);
    }
    for i in 0..words.len() {
        if lexicon.dating.contains(words[i])
            && let Some(y) = year_within(i + 1, 3)
            && words.get(y + 1).is_some_and(|w| lexicon.when.contains(*w))
        {
            dated = Some(y + 2);
        }
        // (a `then` phrase counts within six words of the hit; none further back is read)
        let starts = |p: &&Vec<String>| p.len() <= words.len() - i && p.iter().zip(&words[i..]).all(|(a, b)| a == b);
        if words.len() - i <= 6
            && let Some(phrase) = lexicon.then.iter().find(starts)
        {
            dated = Some(i + phrase.len());
        }
    }
    dated.is_some_and(|end| !words[end..].iter().any(|w| lexicon.future.contains(*w)))
}

/// The negating word of the clause before a hit starting at `at`: its folded start and text.
pub(crate) fn negator<'a>(lexicon: &Lexicon, clause: &[(usize, &'a str)]) -> Option<(usize, &'a str)> {
    let negates = |w: &str| {
        lexicon.negators.iter().any(|n| w == n || (n.starts_with('n') && n.contains('\'') && w.ends_with(n.as_str())))
    };
    let phrase = |i: usize, w: &str| i == 0 && lexicon.phrase_negators.contains(w);
    clause.iter().enumerate().find(|&(i, &(_, w))| negates(w) || phrase(i, w)).map(|(_, &found)| found)
}

/// True when a canceller (`failed to`, `refused to`, `whether`) stands in the clause before a
/// hit: one word, or two in a row.
pub(crate) fn cancelled(lexicon: &Lexicon, folded: &Folded, clause: &[(usize, &str)]) -> bool {
    let single = clause.iter().any(|(_, w)| lexicon.cancellers.contains(*w));
    single
        || clause.windows(2).any(|pair| {
            let ((start, first), (second_start, second)) = (pair[1], pair[0]);
            let end = second_start + second.len();
            start + first.len() + 1 == second_start && lexicon.cancellers.contains(&folded.text[start..end])
        })
}

/// The hedge of the clause before a hit, if any.
pub(crate) fn hedge<'a>(lexicon: &Lexicon, clause: &[(usize, &'a str)]) -> Option<&'a str> {
    clause.iter().map(|(_, w)| *w).find(|w| lexicon.hedges.contains(*w))
}

/// The intensifier inside the folded range `start..end` or just before it, if any.
pub(crate) fn intensifier<'a>(lexicon: &Lexicon, folded: &'a Folded, start: usize, end: usize) -> Option<&'a str> {
    let inside = folded.text[start..end].split(|c: char| !is_word_char(c)).find(|w| lexicon.intensifiers.contains(*w));
    inside.or_else(|| {
        let before = folded.text[..start].trim_end_matches(' ');
        let from = before.char_indices().rev().find(|(_, c)| !is_word_char(*c)).map_or(0, |(i, c)| i + c.len_utf8());
        let w = &before[from..];
        (before.len() + 1 == start && lexicon.intensifiers.contains(w)).then_some(w)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn clause(t: &str, cue: &str) -> Vec<String> {
        let l = Lexicon::bundled();
        let f = Folded::new(t, 0);
        let at = f.text.find(cue).unwrap();
        clause_before(&l, &f, at).into_iter().map(|(_, w)| w.to_string()).collect()
    }

    #[test]
    fn a_clause_ends_at_punctuation_and_openers() {
        assert_eq!(clause("We never said, they will respond", "respond"), ["will", "they"]);
        assert_eq!(clause("It is not true that we retaliate", "retaliate"), ["we"]);
        assert_eq!(clause("we did not and will retaliate", "retaliate"), ["will"]);
    }

    #[test]
    fn intensifiers_inside_or_just_before() {
        let l = Lexicon::bundled();
        let f = Folded::new("very severe consequences", 0);
        assert_eq!(intensifier(&l, &f, 5, f.text.len()), Some("very"));
        assert_eq!(intensifier(&l, &f, 0, f.text.len()), Some("very"));
        assert_eq!(intensifier(&l, &f, 12, f.text.len()), None);
    }
}
