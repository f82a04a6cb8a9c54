//! A described speaker that a title names: news leads often give the role first and the name
//! later (`Turkey’s defence minister said …` and, paragraphs on, `Defence Minister Jane Roe
//! told reporters`), or the name first and the role later.

use crate::people::People;
use crate::text::language::Language;
use crate::text::words::{is_capitalized, window_start};

/// Most words of a role phrase (`deputy foreign minister`).
const MAX_ROLE_WORDS: usize = 3;

/// Most bytes looked at before a mention for its title.
const TITLE_BYTES: usize = 48;

/// The role phrase of a description that names one office: its lower-case words after `the`
/// or a name's possessive (`Turkey’s defence minister` → `defence minister`), ending in a role
/// noun. `None` for an unnamed speaker of a kind (`a Western diplomat`, `one minister`) or a
/// phrase with capitals after the opener (a name, not an office).
fn role_phrase(description: &str, lang: &Language) -> Option<String> {
    let mut words = description.split_whitespace();
    let opener = words.next()?;
    let possessive = ["’s", "'s"].iter().any(|s| opener.ends_with(s)) && is_capitalized(opener);
    if !(possessive || opener.eq_ignore_ascii_case("the")) {
        return None;
    }
    let role: Vec<&str> = words.collect();
    let last = role.last()?;
    let lower = role.iter().all(|w| w.chars().all(|c| c.is_lowercase() || c == '-'));
    (lower && role.len() <= MAX_ROLE_WORDS && lang.lower_word(last).role).then(|| role.join(" "))
}

/// True when `text` ends with `role` as whole words: nothing of a word, hyphenated or
/// possessive, stands just before it (`vice-president` does not end with `president`).
fn ends_with_role(text: &str, role: &str) -> bool {
    let word_start = |b: &str| !b.ends_with(|c: char| c.is_alphanumeric() || c == '-' || c == '’' || c == '\'');
    text.strip_suffix(role).is_some_and(word_start)
}

/// True when `before` (text just before a name, lower-cased) ends with the title `role`
/// as whole words: `… defence minister ` before `Jane Roe`, but not `vice-president `
/// for `president`.
fn titled_before(before: &str, role: &str) -> bool {
    before.strip_suffix(' ').is_some_and(|b| ends_with_role(b, role))
}

/// True when `after` (text just after a name) is an apposition that ends with `role`:
/// `, Pakistan’s defence minister,` or `, the defence minister.`
fn apposed_after(after: &str, role: &str) -> bool {
    let Some(rest) = after.strip_prefix(", ") else { return false };
    let end = rest.find([',', '.', ';', ':', '\n', '(', '“', '"']).unwrap_or(rest.len());
    let apposition = &rest[..end];
    // opened by `the`, a possessive or a capitalised word: not a clause (`, who met the …`)
    let first = apposition.split(' ').next().unwrap_or_default();
    let opens = first == "the" || first.ends_with("’s") || first.ends_with("'s") || is_capitalized(first);
    let apposition = apposition.to_lowercase();
    opens && ends_with_role(&apposition, role)
}

/// The one person of the article named with the office a description names — as a title
/// before a mention (`Defence Minister Jane Roe`) or an apposition after it (`Jane Roe,
/// Turkey’s defence minister,`) — anywhere in the text. `None` when no one or more than one
/// person holds it, so two ministers of the same office never make a guess.
pub(super) fn person_of_office(text: &str, people: &People, description: &str, lang: &Language) -> Option<usize> {
    let role = role_phrase(description, lang)?;
    let mut found = None;
    for m in &people.mentions {
        // the mention may be the surname of a full name written out ("Natasha Persaud")
        let name = &people.persons[m.person].name;
        let start = m.range.end.checked_sub(name.len()).filter(|&s| text.get(s..m.range.end) == Some(name.as_str()));
        let start = start.unwrap_or(m.range.start).min(m.range.start);
        let before = text[window_start(text, start, TITLE_BYTES)..start].to_lowercase();
        if titled_before(&before, &role) || apposed_after(&text[m.range.end..], &role) {
            match found {
                Some(p) if p != m.person => return None,
                _ => found = Some(m.person),
            }
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_role_phrase_follows_the_or_a_possessive_and_ends_in_a_role_noun() {
        let lang = Language::bundled();
        assert_eq!(role_phrase("Turkey’s defence minister", &lang).as_deref(), Some("defence minister"));
        assert_eq!(role_phrase("the president", &lang).as_deref(), Some("president"));
        assert_eq!(role_phrase("a Western diplomat", &lang), None);
        assert_eq!(role_phrase("the Foreign Ministry", &lang), None);
        assert_eq!(role_phrase("Turkey’s coast guard", &lang), None);
    }

    #[test]
    fn a_title_is_whole_words_before_the_name() {
        assert!(titled_before("on monday, defence minister ", "defence minister"));
        assert!(titled_before("minister ", "minister"));
        assert!(!titled_before("prime minister ", "defence minister"));
        assert!(!titled_before("ex-minister ", "minister"));
        assert!(titled_before("border.\npresident ", "president"));
        assert!(apposed_after(", Turkey’s defence minister, said", "defence minister"));
        assert!(!apposed_after(", who met the defence minister", "minister"));
        assert!(!apposed_after(" and the defence minister", "defence minister"));
    }
}
