//! A name in apposition to a short noun phrase that opens its sentence ("Kessel's attorney
//! general, Jane Roe, said"): the subject of the main clause.

use super::{OPENS_CLAUSE, ends_with_abbreviation, is_abbreviation, opens_after_introduction, verb_after};
use crate::text::language::Language;
use crate::text::words::{is_article, is_capitalized};

/// Most words of a noun phrase opening a sentence that a name stands in apposition to
/// ("The council's secretary-general, Jane Roe, said").
const MAX_APPOSED_PHRASE: usize = 5;
/// Most words a role's qualifier adds to that phrase: its preposition and its object.
const MAX_QUALIFIER_OBJECT: usize = 6;

/// True when the name stands between commas after a short noun phrase that opens its
/// sentence, and a verb follows ("Kessel's attorney general, Jane Roe, said"): the name
/// is that phrase's apposition, the subject. A verb or a function word other than a
/// determiner in the phrase makes it a clause or a prepositional phrase ("He met the
/// minister, Jane Roe, said …", "In the capital, Roe, …").
pub(super) fn apposed_to_opening_phrase(before: &str, after: &str, lang: &Language) -> bool {
    let Some(phrase) = before.strip_suffix(',') else {
        return false;
    };
    let verb = after.strip_prefix(',').is_some_and(|rest| verb_after(rest.trim_start(), lang));
    // back to the mark that opens the phrase, over the dots of titles ("Gov. Roe's aide")
    let opens = |c: char| c == ',' || OPENS_CLAUSE.contains(&c);
    let mut end = phrase.len();
    let mut start = 0;
    while let Some((i, c)) = phrase[..end].char_indices().rev().find(|&(_, c)| opens(c)) {
        if !(c == '.' && ends_with_abbreviation(&phrase[..=i], lang)) {
            start = i + c.len_utf8();
            break;
        }
        end = i;
    }
    if phrase[..start].ends_with(',') && !opens_after_introduction(&phrase[..start], lang) {
        // a clause after a comma ("Roe, who served under Ivo's father, Ivo Marek, …"), not
        // an introductory phrase ("In the capital, Kessel's envoy, Jane Roe, said")
        return false;
    }
    let words: Vec<&str> = phrase[start..].split_whitespace().collect();
    // a noun phrase, not a name: a lower-case word other than a determiner, or a role
    // written as a title ("Kosovo's Interior Minister, Jane Roe, said")
    let role = |w: &str| is_capitalized(w) && lang.lower_word(&w.to_lowercase()).role;
    // a connector between capitalised words is part of a name ("Trinidad and Tobago's Prime
    // Minister, Jane Roe, said")
    let capital = |k: usize| words.get(k).is_some_and(|w| is_capitalized(w));
    let connector =
        |k: usize| k > 0 && capital(k - 1) && capital(k + 1) && lang.lower_word(words[k]).organisation_connector;
    let common = words
        .iter()
        .enumerate()
        .any(|(k, w)| w.starts_with(char::is_lowercase) && !is_article(w) && !connector(k) || role(w));
    // a role may take one qualifier after it ("Iran's ambassador to the IAEA"): its
    // preposition and an article after that are part of the phrase
    let qualifier = words
        .iter()
        .enumerate()
        .position(|(k, w)| k > 0 && lang.lower_word(w).qualifier_preposition && lang.lower_word(words[k - 1]).role);
    // whose head, its last word, is a noun, not a name ("Chairman Rep. Jim Roe, R-Utah,"),
    // unless a qualifier follows the role
    let head = qualifier.is_some()
        || words.last().is_some_and(|w| {
            let w = w.trim_end_matches("’s").trim_end_matches("'s");
            w.starts_with(char::is_lowercase) || role(w)
        });
    let plain = |(k, w): (usize, &&str)| {
        let w = w.trim_end_matches("’s").trim_end_matches("'s");
        let w = w.strip_suffix('.').filter(|stem| is_abbreviation(stem, lang)).unwrap_or(w);
        let kind = lang.lower_word(w);
        // "the", or a possessive opening the phrase ("his wife, Jane, called")
        let determiner = (k == 0 || qualifier.is_some_and(|q| k == q + 1)) && is_article(w)
            || k == 0 && kind.description_opener && w.starts_with(char::is_lowercase);
        // the qualifier's object is a noun phrase, whatever its words end with and with its
        // own small words ("minister for foreign affairs", "for the ministry of energy and
        // water")
        let object = qualifier.is_some_and(|q| k > q);
        w.chars().all(|c| c.is_alphabetic() || c == '-' || c == '.')
            && (determiner
                || qualifier == Some(k)
                || connector(k)
                || !kind.pronoun && !kind.cue && (object || !kind.function && !lang.verb_like(w)))
    };
    // the qualifier's object is a noun phrase of its own ("for the Kessel ministry of energy
    // and water")
    let most = MAX_APPOSED_PHRASE + if qualifier.is_some() { MAX_QUALIFIER_OBJECT } else { 0 };
    verb && common && head && words.len() <= most && words.iter().enumerate().all(plain)
}
