//! Writing out the literals a pattern's words stand for: a word's regular inflections
//! (`threaten~`), a choice text's phrases (`will not`, `tolerate~`), and every head joined to
//! every choice.

use crate::fold;

/// Regular inflections of an English word: `threaten` → threatens, threatened, threatening.
pub(crate) fn inflect(w: &str) -> Vec<String> {
    let mut out = vec![w.to_string()];
    let (stem_e, ends_e) = match w.strip_suffix('e') {
        Some(s) if !w.ends_with("ee") => (s, true),
        _ => (w, false),
    };
    let sibilant = ["s", "x", "z", "ch", "sh"].iter().any(|s| w.ends_with(s));
    let y_after_consonant = w.ends_with('y') && !w[..w.len() - 1].ends_with(['a', 'e', 'i', 'o', 'u']);
    if y_after_consonant {
        let stem = &w[..w.len() - 1];
        out.extend([[stem, "ies"].concat(), [stem, "ied"].concat(), [w, "ing"].concat()]);
        return out;
    }
    out.push([w, if sibilant { "es" } else { "s" }].concat());
    if ends_e {
        out.extend([[w, "d"].concat(), [stem_e, "ing"].concat()]);
    } else {
        let b = w.as_bytes();
        let n = b.len();
        let vowel = |c: u8| b"aeiou".contains(&c);
        let cvc = n >= 3 && !vowel(b[n - 1]) && vowel(b[n - 2]) && !vowel(b[n - 3]) && !b"wxy".contains(&b[n - 1]);
        if cvc && (n <= 4 || w.ends_with('l')) {
            // the last byte follows an ASCII vowel and ends the word: it is an ASCII letter.
            // One syllable doubles it (stop → stopped), and so does a final l after one vowel
            // (expel → expelled, control → controlled, British cancel → cancelled); other
            // longer words seldom do (limit → limited). The plain forms are kept too.
            let last = &w[n - 1..];
            out.extend([[w, last, "ed"].concat(), [w, last, "ing"].concat()]);
        }
        // agree → agreed, not agreeed
        out.extend([[w, if w.ends_with("ee") { "d" } else { "ed" }].concat(), [w, "ing"].concat()]);
    }
    out
}

/// Every head followed by every choice, heads in order and each head's choices in order: a
/// head and a choice joined by a space, a choice alone after an empty head. With `optional`,
/// each head also stands as it is, before its choices.
pub(crate) fn product(heads: Vec<String>, choices: &[impl AsRef<str>], optional: bool) -> Vec<String> {
    if let ([only], false) = (choices, optional) {
        return heads
            .into_iter()
            .map(|mut head| {
                if !head.is_empty() {
                    head.push(' ');
                }
                head.push_str(only.as_ref());
                head
            })
            .collect();
    }
    let mut out = Vec::with_capacity(heads.len() * (choices.len() + usize::from(optional)));
    for head in &heads {
        if optional {
            out.push(head.clone());
        }
        out.extend(choices.iter().map(|choice| {
            let choice = choice.as_ref();
            if head.is_empty() {
                return choice.to_string();
            }
            let mut joined = String::with_capacity(head.len() + 1 + choice.len());
            joined.push_str(head);
            joined.push(' ');
            joined.push_str(choice);
            joined
        }));
    }
    out
}

/// Expands one choice text ("will not", "tolerate~") into folded phrases; the error says what
/// was expected.
pub(crate) fn expand_phrase(phrase: &str) -> Result<Vec<String>, &'static str> {
    let mut acc = vec![String::new()];
    for word in phrase.split_whitespace() {
        let forms = match word.strip_suffix('~') {
            Some(stem) if !stem.is_empty() && !stem.contains('~') => inflect(&fold::phrase(stem)),
            _ if word.contains('~') => return Err("'~' must end a word"),
            _ => vec![fold::phrase(word)],
        };
        acc = product(acc, &forms, false);
    }
    if acc.iter().any(String::is_empty) {
        return Err("expected a word");
    }
    Ok(acc)
}
