//! Where a name stands in its clause, read from the raw text around it: what the pronoun
//! and carrying sieves of [`super::speakers`] need to prefer a main clause's subject ("Jane
//! Roe, a pollster, said …") over a name in an object or a reported clause ("… said Roe
//! was wrong", "… who Roe met").

use std::ops::Range;

use crate::text::language::Language;
use crate::text::words::is_capitalized;

mod apposed;

use apposed::apposed_to_opening_phrase;

/// Most lower-case descriptors read back before a name ("campaign consultant Jane Roe").
const MAX_DESCRIPTORS: usize = 3;
/// Most bytes of an apposition between a name and its verb ("Roe, a pollster at the
/// university, said").
const MAX_APPOSITION: usize = 120;
/// Most words of an introductory phrase after its preposition ("In January, Roe said").
const MAX_INTRODUCTION: usize = 6;

/// True when the name at `range` of `text` looks like the subject of a main clause: the
/// name (with its titles, given names and lower-case descriptors) opens a sentence, or a
/// verb (over an apposition between commas) or a dash follows it, or it ends an inverted
/// cue ("…,” said Roe.", a cue after a quote or a comma; "he said Roe." names what was
/// said). A name right after a cue verb or a subordinating word that a verb
/// follows is the subject of a reported or relative clause ("said Roe has", "that Roe
/// was", "who Roe met"), not of the main one; a name right after another verb, read by its
/// ending ("invited Roe", "thanks Roe"), is its object.
pub(crate) fn in_subject_position(text: &str, range: &Range<usize>, lang: &Language) -> bool {
    // back over the capitalised words of the name and its titles ("Gov. Chris"), never over
    // a sentence's end or a quote's close ("… Iraq,” Trump said")
    let mut before = without_name_words(text[..range.start].trim_end(), lang);
    // "Secretary of State John Kerry", "Minister for Trade and Fisheries Jane Roe": a title's
    // portfolio is part of the title, so back over it and the title too
    if let Some(title) = title_before_portfolio(before, text[before.len()..].split_whitespace().next(), lang) {
        before = without_name_words(title, lang);
    }
    // "the Ras Kela and Bab al-Tawil crossings", "Holm and Roe said": the second of two
    // coordinated names stands where the first does ("She and Roe" is a plural subject, below)
    if let Some(other) = before.strip_suffix(" and").map(str::trim_end)
        && last_word(other).is_some_and(|w| !lang.lower_word(&w.to_lowercase()).pronoun)
        && let first = without_name_words(other, lang)
        && first.len() < other.len()
    {
        before = first;
    }
    let after = without_suffix(text[range.end..].trim_start(), lang);
    // the word before the name as written, lower-cased with what it is, and the word before it
    let written = last_word(before).filter(|_| before.ends_with(char::is_alphabetic));
    let previous = written.map(str::to_lowercase);
    let previous = previous.as_deref().map(|w| (w, lang.lower_word(w)));
    let before_written = written.and_then(|w| last_word(before[..before.len() - w.len()].trim_end()));
    if previous.is_some_and(|(_, kind)| kind.cue) && !after.starts_with(char::is_alphabetic) {
        // an inverted cue follows a quote or a comma ("…,” said Roe."); after its subject
        // ("he said Roe.") the name is what was said
        let cue = last_word(before).map_or(0, str::len);
        let opening = before[..before.len() - cue].trim_end();
        let inverted = opening.is_empty() || opening.ends_with([',', '”', '"', '’', '\'', '—', '–']);
        return inverted && after.starts_with(['.', ',']);
    }
    let verb = verb_after(after, lang) || {
        // "Roe, a pollster at the university, said": the verb after the apposition
        after.strip_prefix(',').is_some_and(|rest| {
            let end = rest.char_indices().nth(MAX_APPOSITION).map_or(rest.len(), |(i, _)| i);
            rest[..end].find(',').is_some_and(|comma| {
                let apposition = &rest[..comma];
                !apposition.contains(['.', '!', '?', '“', '"']) && verb_after(rest[comma + 1..].trim_start(), lang)
            })
        })
    };
    // "aides say Roe advises": a group's report makes its clause's subject the person the
    // sentence is about, as "he said Roe was" does not
    let group_report = previous.is_some_and(|(_, kind)| kind.cue)
        && before_written.is_some_and(|w| {
            let kind = lang.lower_word(w);
            w.starts_with(char::is_lowercase) && (kind.role_plural || kind.speaker_noun) && w.ends_with('s')
        });
    let embedded = previous.is_some_and(|(_, kind)| kind.cue || kind.clause_opener) && !group_report;
    if verb && embedded {
        return false;
    }
    // "that he and Roe had been frustrated": a plural subject with a pronoun, whose person
    // is not the `he` a later sentence means
    if previous.is_some_and(|(w, kind)| w == "and" && kind.coordinator)
        && before_written.is_some_and(|w| lang.lower_word(w).pronoun)
    {
        return false;
    }
    // "she invited Roe home", "she thanks Roe": the object of a verb before the name
    if written.is_some_and(|w| lang.verb_like(w)) && previous.is_some_and(|(_, kind)| !kind.cue) {
        return false;
    }
    // "to nominate Roe", "would replace Roe": a verb's bare form, after a word that marks
    // one, and its object
    let lower_verb = written.is_some_and(|w| w.starts_with(char::is_lowercase));
    if let Some((_, kind)) = previous
        && lower_verb
        && !kind.function
        && !kind.role
        && !kind.cue
        && before_written.is_some_and(|m| lang.lower_word(m).verb_marker)
    {
        return false;
    }
    // "According to Roe, the plan failed": the source a report rests on, whom a pronoun after
    // it names as a subject before it would
    if let Some((second, _)) = previous
        && let Some(first) = before_written
        && lang.cue_pairs.get(&first.to_lowercase()).is_some_and(|seconds| seconds.iter().any(|s| s == second))
    {
        return true;
    }
    // "supported by Jane Roe of Ohio, the ranking member, who said": the subject of a cue in
    // a relative clause on the name, whatever governs the name
    if relative_cue_after(after, lang) {
        return true;
    }
    // "results in Roe winning", "a letter from Roe arrived": the object of a preposition;
    // but "with Roe calling it …", "with Roe — who … — saying" is an absolute clause's subject
    let governed = previous.is_some_and(|(_, kind)| {
        let absolute = kind.absolute_opener && (after.starts_with(['–', '—']) || participle_after(after));
        kind.governs() && !absolute
    });
    if governed && before.ends_with(char::is_lowercase) {
        return false;
    }
    verb || opens_sentence(before)
        || opens_after_descriptors(before, lang)
        || opens_after_introduction(before, lang)
        || apposed_to_opening_phrase(before, after, lang)
        // "The head of the mission, former foreign minister Jane Roe, told": the apposition
        // opens with descriptors of the name
        || after_descriptors(before, lang, |rest| apposed_to_opening_phrase(rest, after, lang))
}

/// True when `after` (the text after a name) opens with a relative clause on the name that
/// says it spoke — `, who said`, `, who has repeatedly warned` — after a place the name is
/// from or an apposition (`of Ohio, the ranking member, who said`), within
/// [`MAX_APPOSITION`] bytes and no sentence's end or quote mark.
fn relative_cue_after(after: &str, lang: &Language) -> bool {
    let end = after.char_indices().nth(MAX_APPOSITION).map_or(after.len(), |(i, _)| i);
    let window = &after[..end];
    let Some(i) = window.find(", who ") else {
        return false;
    };
    let aside = &window[..i];
    let opens = aside.is_empty() || aside.starts_with(',') || aside.starts_with("of ");
    let words = window[i + ", who ".len()..].split_whitespace().take(3);
    let cue = words.map(|w| w.trim_end_matches([',', '.', ':'])).any(|w| lang.lower_word(w).cue);
    opens && !aside.contains(['.', '!', '?', ';', '“', '"', '(']) && cue
}

/// True when `before` ends with a short introductory phrase and its comma ("In January,",
/// "At the rally on Monday,"): a preposition opening its sentence, then a few words, no
/// verb, before the comma.
fn opens_after_introduction(before: &str, lang: &Language) -> bool {
    let Some(phrase) = before.strip_suffix(',') else {
        return false;
    };
    let opens = |c: char| c == ',' || OPENS_CLAUSE.contains(&c);
    let start = phrase.char_indices().rev().find(|&(_, c)| opens(c)).map_or(0, |(i, c)| i + c.len_utf8());
    let mut words = phrase[start..].split_whitespace();
    let opener = words.next().filter(|w| is_capitalized(w)).map(str::to_lowercase);
    let opener = opener.is_some_and(|w| lang.lower_word(&w).governs());
    let rest: Vec<&str> = words.collect();
    opener && rest.len() < MAX_INTRODUCTION && !rest.iter().any(|w| lang.verb_like(w))
}

/// `before` without the words at its end that may stand in a name ([`name_word`]).
fn without_name_words<'t>(mut before: &'t str, lang: &Language) -> &'t str {
    while let Some(word) = last_word(before).filter(|w| name_word(w, lang)) {
        before = before[..before.len() - word.len()].trim_end();
    }
    before
}

/// The text up to the end of a title word when `before` (the text before a name, its
/// capitalised words read back) ends in that title's connector and the portfolio's first
/// words (`Secretary of`, `Minister for Enterprise, Trade and`), and `first` (the first word
/// read back) is a portfolio word; `None` otherwise.
fn title_before_portfolio<'t>(before: &'t str, first: Option<&str>, lang: &Language) -> Option<&'t str> {
    if !first.is_some_and(|w| lang.cased_word(w).portfolio) {
        return None;
    }
    let mut rest = before;
    loop {
        let word = last_word(rest)?;
        let stem = word.trim_end_matches(',');
        let shorter = rest[..rest.len() - word.len()].trim_end();
        match stem {
            "of" | "for" | "the" => {
                // the connector: a title before it ends the walk ("Secretary of the Treasury")
                let title = last_word(shorter).filter(|w| lang.cased_word(w).title);
                if title.is_some() && stem != "the" {
                    return Some(shorter);
                }
                rest = shorter;
            }
            "and" => rest = shorter,
            _ if lang.cased_word(stem).portfolio => rest = shorter,
            _ => return None,
        }
    }
}

/// True when `word` (as written, with what sticks to it) may stand in a name before the one
/// read: capitalised, and ending in a letter, or in the dot of an initial or a title ("J.",
/// "Ts.", "Gov."), not in the punctuation that closes a sentence, clause or quote.
fn name_word(word: &str, lang: &Language) -> bool {
    let Some(stem) = word.strip_suffix('.') else {
        // "al-Hawa", "el-Shazly": a name after its particle
        let joined = || lang.without_particle(word).is_some();
        return (is_capitalized(word) || joined()) && word.ends_with(char::is_alphabetic);
    };
    // an initial or run-together initials ("J.", "A.E.", "Ts.")
    let kind = lang.cased_word(stem);
    let initial = stem.split('.').all(|letter| letter.chars().count() == 1) || kind.name_initial;
    is_capitalized(stem) && (initial || kind.title_with_dot)
}

/// The last whitespace-separated word of `text`, if any.
fn last_word(text: &str) -> Option<&str> {
    text.rsplit(char::is_whitespace).next().filter(|w| !w.is_empty())
}

/// True when `before` (the text before a name) ends where a sentence or clause opens.
fn opens_sentence(before: &str) -> bool {
    before.is_empty() || before.ends_with(OPENS_CLAUSE)
}

/// The marks after which a sentence or clause opens.
const OPENS_CLAUSE: [char; 8] = ['.', '!', '?', '”', '"', '\n', ':', ';'];

/// True when a sentence opens within a few lower-case descriptors and capitalised
/// premodifiers before the name ("Campaign consultant Jane Roe", "But state Rep. Jane
/// Roe"); a pronoun, a verb or a preposition on the way is another clause ("He called
/// Jane Roe").
fn opens_after_descriptors(before: &str, lang: &Language) -> bool {
    after_descriptors(before, lang, |rest| opens_sentence(rest) && !ends_with_abbreviation(rest, lang))
}

/// True when `stop` holds for the text before the descriptors and capitalised premodifiers
/// that stand before a name, at one of the points read back over them once a lower-case
/// descriptor was passed. A pronoun, a cue, a function word, a verb or a word with
/// punctuation on the way ends the reading.
fn after_descriptors(mut before: &str, lang: &Language, stop: impl Fn(&str) -> bool) -> bool {
    let mut descriptors = 0;
    while let Some(word) = last_word(before) {
        let kind = lang.lower_word(word);
        if kind.pronoun || kind.cue {
            return false;
        }
        if word.starts_with(char::is_lowercase) {
            descriptors += 1;
            let plain = word.chars().all(|c| c.is_alphabetic() || c == '-');
            if descriptors > MAX_DESCRIPTORS || !plain || kind.function || lang.verb_like(word) {
                return false;
            }
        } else if !is_capitalized(word) || word.ends_with([',', '.', ':', ';', '!', '?']) {
            return false;
        }
        before = before[..before.len() - word.len()].trim_end();
        if descriptors > 0 && stop(before) {
            return true;
        }
        if kind.function {
            // a capitalised function word only opens the sentence ("But", "The")
            return false;
        }
    }
    false
}

/// True when `before` ends with the dot of an abbreviation, not of a sentence, as in "by
/// former U.N. secretary general Jane Roe".
fn ends_with_abbreviation(before: &str, lang: &Language) -> bool {
    last_word(before).and_then(|w| w.strip_suffix('.')).is_some_and(|stem| is_abbreviation(stem, lang))
}

/// A word (without its last dot) whose dot is not a sentence stop: a title (`Sen.`), a name's
/// suffix (`Jr.`), an initial (`J.`, `Ts.`), or a dotted abbreviation (`U.S.`).
pub(super) fn is_abbreviation(word: &str, lang: &Language) -> bool {
    let kind = lang.cased_word(word);
    kind.title_with_dot
        || kind.name_suffix
        || kind.name_initial
        || (word.len() == 1 && word.bytes().all(|b| b.is_ascii_uppercase()))
        || word.contains('.')
}

/// `after` (the text after a name) past a generational suffix and its dot (`Jr.`, `III`), the
/// commas around it kept.
fn without_suffix<'t>(after: &'t str, lang: &Language) -> &'t str {
    let (comma, rest) = after.strip_prefix(',').map_or((false, after), |r| (true, r.trim_start()));
    let word = rest.split(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
    if word.is_empty() || !lang.cased_word(word).name_suffix {
        return after;
    }
    let rest = rest[word.len()..].strip_prefix('.').unwrap_or(&rest[word.len()..]);
    // "Roe, Jr., said": the comma before the suffix stands for the one after it
    if comma && !rest.starts_with(',') { after } else { rest.trim_start_matches(' ') }
}

/// True when `after` (the text after a name) starts with a lower-case word ending in `ing`.
fn participle_after(after: &str) -> bool {
    let next = after.split(|c: char| !c.is_alphabetic()).next().unwrap_or("");
    next.starts_with(char::is_lowercase) && next.ends_with("ing")
}

/// True when `after` (the text after a name) starts with a lower-case word that is no
/// preposition or other function word, nor a role noun the name modifies ("a Roe aide"),
/// or a name after its particle (`Fares al-Harazi`: a mention may end before `al-`), or
/// with a dash opening an apposition.
pub(super) fn verb_after(after: &str, lang: &Language) -> bool {
    let next: String = after.chars().take_while(|c| c.is_alphabetic()).collect();
    let kind = lang.lower_word(&next);
    let particle = || {
        let word = after.split(|c: char| !(c.is_alphabetic() || c == '-')).next().unwrap_or("");
        lang.without_particle(word).is_some()
    };
    let verb = next.chars().next().is_some_and(char::is_lowercase) && !kind.function && !kind.role && !particle();
    verb || after.starts_with(['–', '—'])
}

#[cfg(test)]
#[path = "clause_tests.rs"]
mod tests;
