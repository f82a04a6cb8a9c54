//! The words of a name: which capitalised words can be part of one, how they join into runs
//! (titles, initials, particles, given names that also head organisations), and how a fuller
//! name later stands for a shorter one. What shows that a run is a person is `evidence.rs`;
//! which runs are kept, [`super::People::find`].

use super::clause::is_abbreviation;
use crate::text::language::Language;
use crate::text::words::{Span, is_capitalized, strip_suffix_ignoring_case};

/// Longest run of words taken as one name.
const MAX_NAME_WORDS: usize = 4;

pub(super) fn is_title(r: &Span, i: usize) -> bool {
    let kind = r.kind(i).cased;
    kind.title || (kind.title_with_dot && r.text[r.words[i].range.end..].starts_with('.'))
}

/// Words `i` and `i + 1` belong to one name: next to each other, or `i` an abbreviation
/// ending in a dot ("Sen. Chris", "Wendy R. Weiser").
pub(super) fn joined(r: &Span, i: usize) -> bool {
    r.adjacent(i)
        || (i + 1 < r.words.len()
            && r.text[r.words[i].range.end..r.words[i + 1].range.start].trim_end() == "."
            && r.words[i].range.len() <= 4)
}

/// True when word `i` is an initial or initials: one capital letter and a dot ("R." of
/// "Wendy R. Weiser"), capitals joined by dots, read as one word ("G.K." of "G.K. Roe"), or
/// an initial of two letters the language lists (`name_initials`: "Ts." of "Ts. Munkh", and
/// the "St." of "Dwayne St. Hill", an abbreviated word of a name that ends no sentence either).
pub(super) fn initial(r: &Span, i: usize) -> bool {
    // a dot after the word first: only then is it worth reading the word or its kind
    if !r.text[r.words[i].range.end..].starts_with('.') {
        return false;
    }
    let w = r.word(i).as_bytes();
    let letters = w.iter().step_by(2).all(u8::is_ascii_uppercase);
    let dots = w.iter().skip(1).step_by(2).all(|&b| b == b'.');
    w.len() % 2 == 1 && letters && dots || r.kind(i).cased.name_initial
}

/// True when initials open a name at word `i`: `G.K. Roe`, `J. Edgar Roe` — initials joined
/// by their dots, then a name word. A known place or organisation (`U.S.`) is no initials.
fn initials_open_name(r: &Span, aliases: &[bool], i: usize) -> bool {
    let mut k = i;
    while k < r.words.len() && initial(r, k) && !aliases[k] && joined(r, k) {
        k += 1;
    }
    k > i && k < r.words.len() && name_word(r, aliases, k)
}

/// True when word `i` is a given name that also heads organisations' names or is a word no
/// name is made of, opening a name right before a name word ("Bill Clinton", "Bill de
/// Blasio", "Hall Smith", "Jan Kowalski"; not "the Farm Bill", "Bill Amendment", "Jan. 14").
fn given_head(r: &Span, aliases: &[bool], lang: &Language, i: usize) -> bool {
    let particle_then_name =
        || i + 2 < r.words.len() && r.kind(i + 1).lower.particle && r.adjacent(i + 1) && name_word(r, aliases, i + 2);
    r.may_be_capitalized(i)
        && !aliases[i]
        && r.adjacent(i)
        && (r.kind(i).cased.organisation_head || r.kind(i).cased.not_name)
        && (name_word(r, aliases, i + 1) || particle_then_name())
        && lang.given_name(r.word(i)).is_some()
}

/// True when word `i` is a capitalised pronoun inside a sentence right before a name word: a
/// family name written first (`spokesperson He Yan said`), since a pronoun is capitalised
/// only where a sentence opens.
fn pronoun_family_name(r: &Span, aliases: &[bool], lang: &Language, i: usize) -> bool {
    r.may_be_capitalized(i)
        && is_capitalized(r.word(i))
        && r.kind(i).lower.pronoun
        && r.adjacent(i)
        && !opens_sentence(r, i, lang)
        && name_word(r, aliases, i + 1)
}

/// True when `name` is `shorter` with words before it, ASCII case aside ("Bill de Blasio" of
/// "De Blasio"). Compared in place: this runs for every full name of an article.
pub(super) fn extends(name: &str, shorter: &str) -> bool {
    strip_suffix_ignoring_case(name, shorter).is_some_and(|words| words.ends_with(' '))
}

/// True when word `i` is a name written after a lower-case particle and a hyphen
/// ("al-Mazrouei", "el-Shazly"): a name particle of the language data, then a capital.
fn particle_joined(r: &Span, lang: &Language, i: usize) -> bool {
    // particles are short and lower-case: most words fail on their first bytes
    let range = &r.words[i].range;
    let b = &r.text.as_bytes()[range.start..range.end.min(range.start + 5)];
    b[0].is_ascii_lowercase() && b.contains(&b'-') && lang.without_particle(r.word(i)).is_some()
}

/// True when word `k` can be part of an organisation's name: capitalised, or one of the small
/// words names hold ("Ministry of Foreign Affairs", "Center for Policy Studies").
pub(crate) fn in_organisation_name(r: &Span, k: usize) -> bool {
    is_capitalized(r.word(k)) || r.kind(k).lower.organisation_connector
}

/// True when every letter of `w` is a capital.
fn all_caps(w: &str) -> bool {
    if w.is_ascii() {
        w.bytes().filter(u8::is_ascii_alphabetic).all(|b| b.is_ascii_uppercase())
    } else {
        w.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase)
    }
}

/// True when word `i` can be part of a name: capitalised, not all capitals, no digits, not
/// a gazetteer alias, title or non-name word.
#[inline(always)]
fn name_word(r: &Span, aliases: &[bool], i: usize) -> bool {
    r.may_be_capitalized(i) && !aliases[i] && capitalized_name_word(r, i) && !is_title(r, i)
}

/// [`name_word`] for a word that may be capitalised: not a [`place_adjective`] (a lower-case
/// syllable, `Ban Ki-moon`, is part of a name), nor a capitalised function word or clause
/// opener (`Whenever asked`, `About` in a title-case headline), nor a generational suffix
/// (`Jr`: the surname is the word before it).
fn capitalized_name_word(r: &Span, i: usize) -> bool {
    let w = r.word(i);
    is_capitalized(w) && !all_caps(w) && !place_adjective(w) && !w.bytes().any(|b| b.is_ascii_digit()) && {
        let kind = r.kind(i);
        let (cased, lower) = (kind.cased, kind.lower);
        let name_like =
            !(cased.not_name || cased.title || cased.organisation_head || cased.name_suffix || cased.portfolio);
        name_like && !(lower.function || lower.clause_opener)
    }
}

/// A hyphenated word whose last part is a lower-case participle (`Vienna-based`,
/// `Kremlin-backed`, `London-born`): it describes a name rather than being one.
fn place_adjective(w: &str) -> bool {
    let participle =
        |last: &str| last.starts_with(|c: char| c.is_lowercase()) && (last.ends_with("ed") || last == "born");
    w.rsplit_once('-').is_some_and(|(_, last)| participle(last))
}

/// Runs of capitalised words that could be names (`aliases` marks the words that are known
/// places or organisations): (first word, word count).
pub(super) fn runs(r: &Span, aliases: &[bool], lang: &Language) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < r.words.len() {
        let opens = name_word(r, aliases, i) || particle_joined(r, lang, i);
        if !opens
            && !initials_open_name(r, aliases, i)
            && !given_head(r, aliases, lang, i)
            && !pronoun_family_name(r, aliases, lang, i)
        {
            i += 1;
            continue;
        }
        let mut n = 1;
        let given = lang.given_name(r.word(i)).is_some();
        while i + n < r.words.len() && n < MAX_NAME_WORDS && joined(r, i + n - 1) {
            let k = i + n;
            let particle = || r.kind(k).lower.particle;
            let next_is_name =
                || k + 1 < r.words.len() && (name_word(r, aliases, k + 1) || particle_joined(r, lang, k + 1));
            // "Theresa May": after a given name, or two name words ("Halima Yakubu Sheriff"),
            // a capitalised word that is also a common word (a month, a colour, a title) is a
            // surname
            let surname_word =
                || (given || n >= 2) && is_capitalized(r.word(k)) && !aliases[k] && is_surname_like(r, k);
            // "Rep. Steve Israel": after a title and a given name, a place's name is the
            // surname
            let place_surname = || {
                given && k == i + 1 && aliases[k] && i > 0 && joined(r, i - 1) && is_title(r, i - 1) && !next_is_name()
            };
            if name_word(r, aliases, k)
                || particle_joined(r, lang, k)
                || (initial(r, k) && (next_is_name() || initials_open_name(r, aliases, k)) && joined(r, k))
                || (particle() && next_is_name() && r.adjacent(k))
                || surname_word()
                || place_surname()
            {
                n += 1;
            } else {
                break;
            }
        }
        // a run that a place's or organisation's head word ends ("Kent County", "York City",
        // "Los Angeles-based"), that a title ends (the "Prime" of "Deputy Prime Minister")
        // or that a capitalised non-name word opens inside a sentence ("New York") is not a
        // name
        let head_after = i + n < r.words.len() && r.adjacent(i + n - 1) && {
            let w = r.word(i + n);
            is_capitalized(w)
                && (r.kind(i + n).cased.organisation_head
                    || place_adjective(w)
                    || is_title(r, i + n) && r.kind(i + n).lower.role)
        };
        let name_before = i > 0 && r.adjacent(i - 1) && {
            let w = r.word(i - 1);
            let kind = r.kind(i - 1).cased;
            is_capitalized(w) && kind.not_name && !kind.title && !kind.portfolio && !opens_sentence(r, i - 1, lang)
        };
        if !head_after && !name_before {
            out.push((i, n));
        }
        i += n;
    }
    out
}

/// True when word `k` opens a sentence (or the span): a stop, a quote mark or nothing before it.
/// The dot of an abbreviation opens none ("U.S. Forces Korea").
fn opens_sentence(r: &Span, k: usize, lang: &Language) -> bool {
    k == 0 || {
        let gap = r.gap(k);
        let stop = gap.ends_with(['.', '!', '?', ':', '“', '"', '‘', '—']);
        stop && !(gap == "." && is_abbreviation(r.word(k - 1), lang))
    }
}

/// True when word `k` is a common word that is a surname after a given name ("May" of
/// "Theresa May", "Rice", "Brown"): the language data's `surname_words`.
fn is_surname_like(r: &Span, k: usize) -> bool {
    r.kind(k).cased.surname_word
}

/// True when `word` is two short syllables joined by a hyphen, the second in lower case
/// (`Min-jae`, `Jong-un`): a given name of the kind written after the family name. A longer
/// first part is a word with a suffix (`Graham-type`), as is a participle (`Kim-led`).
pub(super) fn hyphenated_syllables(word: &str) -> bool {
    word.split_once('-').is_some_and(|(first, second)| {
        first.starts_with(char::is_uppercase)
            && second.starts_with(char::is_lowercase)
            && (2..=5).contains(&first.len())
            && (2..=4).contains(&second.len())
            && !second.ends_with("ed")
            && first.chars().chain(second.chars()).all(|c| c.is_ascii_alphabetic())
    })
}
