//! An organisation named by its acronym (`the JCS said`) is the name the article spelt out
//! for it, with the acronym in brackets after it (`South Korea's Joint Chiefs of Staff (JCS)
//! said`): the reader shows that name.

use std::ops::Range;

use crate::text::language::Language;

/// Most letters of an acronym.
const MAX_LETTERS: usize = 8;
/// Most words of a name spelt out before its acronym.
const MAX_NAME_WORDS: usize = 10;

/// The byte range of the name `text` spelt out before `(ACRONYM)` earlier than `span`, when
/// `text[span]` is an acronym (two to eight capitals): the fewest capitalised words before the
/// bracket whose initials hold its letters in order, with the owner a possessive names. The
/// small words between them are the language's organisation connectors and name particles
/// ("Banco de la Nación").
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
    let bracket = text[..span.start].rfind(&format!("({acronym})"))?;
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
    let mut n = (2..=words.len()).find(|&n| holds(n) && !connector(words[n - 1].1))?;
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
        // the initials must hold the letters; an acronym never spelt out is itself
        let t = "The Harbour Office (XYZ) met. The XYZ said no.";
        assert_eq!(name(t, "XYZ"), None);
        let t = "The NATO summit opened. NATO said no.";
        assert_eq!(name(t, "NATO"), None);
    }
}
