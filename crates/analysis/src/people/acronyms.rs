//! An organisation named by its acronym (`the JCS said`) is the name the article spelt out
//! for it, with the acronym in brackets after it (`South Korea's Joint Chiefs of Staff (JCS)
//! said`): the reader shows that name.

use std::ops::Range;

use crate::text::language::Language;
use crate::text::words::is_article;

/// Most letters of an acronym.
const MAX_LETTERS: usize = 8;
/// Most words of a name spelt out before its acronym.
const MAX_NAME_WORDS: usize = 10;

/// The byte range of the name `text` spelt out before `(ACRONYM)` earlier than `span`, when
/// `text[span]` is an acronym (two to eight capitals): the fewest capitalised words before the
/// bracket whose initials hold its letters in order, with the owner a possessive names, or
/// when none do (an acronym of the name in another language), all of them that end with an
/// organisation's head word. The small words between them are the language's organisation
/// connectors and name particles ("Banco de la Nación").
pub(super) fn spelt_out(text: &str, span: &Range<usize>, lang: &Language) -> Option<Range<usize>> {
    let connector = |w: &str| {
        w.starts_with(char::is_lowercase) && {
            let kind = lang.lower_word(w);
            kind.organisation_connector || kind.particle
        }
    };
    let acronym = &text[span.clone()];
    let letters = acronym.len();
    if !(2..=MAX_LETTERS).contains(&letters) || !acronym.bytes().all(|b| b.is_ascii_uppercase()) {
        return None;
    }
    let Some(bracket) = text[..span.start].rfind(&format!("({acronym})")) else {
        return initialled(text, span, &connector);
    };
    let before = text[..bracket].trim_end();
    // the words back from the bracket, capitalised ones and small connectors: (start, word)
    let mut words: Vec<(usize, &str)> = Vec::new();
    let mut end = before.len();
    for word in before.rsplit(' ').take(MAX_NAME_WORDS) {
        let capital = word.starts_with(char::is_uppercase) && word.ends_with(char::is_alphanumeric);
        if !(capital || connector(word)) {
            break;
        }
        words.push((end - word.len(), word));
        end = (end - word.len()).saturating_sub(1);
    }
    // the fewest words whose capitals hold the letters in order ("Joint Chiefs of Staff")
    let holds = |n: usize| {
        let mut wanted = acronym.bytes().peekable();
        for (_, w) in words[..n].iter().rev() {
            if let Some(&initial) = w.as_bytes().first() {
                wanted.next_if_eq(&initial);
            }
        }
        wanted.peek().is_none()
    };
    // else, for an acronym of another language ("Federal Security Service (FSB)"), the whole
    // run of capitalised words when it ends with an organisation's head, without an article
    let headed = || {
        let run = words.len() - usize::from(words.last().is_some_and(|(_, w)| is_article(w)));
        let whole = run >= 2 && !connector(words[run - 1].1) && lang.cased_word(words[0].1).organisation_head;
        whole.then_some(run)
    };
    let mut n = (2..=words.len()).find(|&n| holds(n) && !connector(words[n - 1].1)).or_else(headed)?;
    // with the owner a possessive names ("Varland's Joint Chiefs of Staff")
    let possessive = |w: &str| w.ends_with("'s") || w.ends_with("’s");
    if words.get(n).is_some_and(|(_, w)| possessive(w)) {
        n += 1;
        while words.get(n).is_some_and(|(_, w)| !connector(w) && !possessive(w)) {
            n += 1;
        }
    }
    Some(words[n - 1].0..before.len())
}

/// The byte range of the last name before `span` whose capitalised words' initials are
/// exactly the letters of the acronym at `span`, with small connectors between them and no
/// capitalised word on either side ("International Monetary Fund" for "IMF"): a name the
/// article writes out once and abbreviates later without brackets.
fn initialled(text: &str, span: &Range<usize>, connector: &impl Fn(&str) -> bool) -> Option<Range<usize>> {
    let acronym = text[span.clone()].as_bytes();
    let capital = |w: &str| w.starts_with(|c: char| c.is_ascii_uppercase());
    // words before the acronym with their starts, read back from it
    let words: Vec<(usize, &str)> = text[..span.start]
        .split_whitespace()
        .map(|w| (w.as_ptr() as usize - text.as_ptr() as usize, w.trim_end_matches([',', '.', ';', ':', '”', '"'])))
        .collect();
    (0..words.len()).rev().find_map(|first| {
        let article = |w: &str| matches!(w, "The" | "A" | "An");
        if first > 0 && capital(words[first - 1].1) && !article(words[first - 1].1) || !capital(words[first].1) {
            return None;
        }
        let mut letters = acronym.iter();
        let mut last = first;
        for (k, (_, w)) in words.iter().enumerate().skip(first) {
            if capital(w) {
                if letters.next() != w.as_bytes().first() {
                    return None;
                }
                last = k;
                if letters.len() == 0 {
                    break;
                }
            } else if !connector(w) {
                return None;
            }
        }
        let ends = words.get(last + 1).is_none_or(|(_, w)| !capital(w));
        let whole = letters.len() == 0 && ends && !words[last].1.contains(['(', ')']);
        let (start, end) = (words[first].0, words[last].0 + words[last].1.len());
        whole.then_some(start..end)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn name(text: &str, acronym_at: &str) -> Option<String> {
        let at = text.rfind(acronym_at).unwrap();
        spelt_out(text, &(at..at + acronym_at.len()), &Language::bundled()).map(|r| text[r].to_string())
    }

    #[test]
    fn an_acronym_is_the_name_spelt_out_before_it_in_brackets() {
        let t = "Two missiles flew, Varland's Joint Chiefs of Staff (JCS) said. The JCS said more.";
        assert_eq!(name(t, "JCS").as_deref(), Some("Varland's Joint Chiefs of Staff"));
        let t = "Members of the Council for Coastal Defence (CCD) met. The CCD said no.";
        assert_eq!(name(t, "CCD").as_deref(), Some("Council for Coastal Defence"));
        // initials that do not hold the letters: an acronym of the name in another language,
        // when the name ends with an organisation's head; else none
        let t = "The Federal Security Service (FSB) said so. The FSB said no.";
        assert_eq!(name(t, "FSB").as_deref(), Some("Federal Security Service"));
        let t = "Talks with Jane Roe (XYZ) ended. The XYZ said no.";
        assert_eq!(name(t, "XYZ"), None);
        // an acronym never spelt out is itself
        let t = "The NATO summit opened. NATO said no.";
        assert_eq!(name(t, "NATO"), None);
    }

    #[test]
    fn an_acronym_is_a_name_written_out_before_it_whose_initials_it_holds() {
        let t = "Talks with the International Monetary Fund stalled. The IMF said little.";
        assert_eq!(name(t, "IMF").as_deref(), Some("International Monetary Fund"));
        let t = "The Council for Coastal Defence met on Monday. The CCD said no.";
        assert_eq!(name(t, "CCD").as_deref(), Some("Council for Coastal Defence"));
        // every capital must be one of its letters, and every letter a capital
        let t = "The International Monetary Fund Board met. The IMF said no.";
        assert_eq!(name(t, "IMF"), None);
        let t = "The International Fund met. The IMF said no.";
        assert_eq!(name(t, "IMF"), None);
    }
}
