//! The rules of folding, character by character, and the folding of a lexicon or gazetteer
//! phrase by them.
//!
//! Folding makes the copy of a text that cues and aliases are matched on: lower case,
//! apostrophes and dashes unified, whitespace runs collapsed to one space, invisible
//! characters (soft hyphen, zero widths) dropped, and a hyphen between two letters removed
//! (`Eur-opean`). redline-analysis folds each paragraph in one pass that also splits it into
//! words and keeps a map back to the original (its `text::fold`); that pass reads the
//! character rules from here, and [`phrase`] applies the same rules to a phrase, so a phrase
//! folds to what the pass makes of the same text (a property test of redline-analysis checks
//! it on generated texts).

/// [`ASCII`] class: an ASCII letter or digit (part of a word; folds to its lower case).
pub const ALNUM: u8 = 1;
/// [`ASCII`] class: other ASCII that folds to itself (punctuation, symbols).
pub const PLAIN: u8 = 2;
/// [`ASCII`] class: the space, which folds to itself unless it follows another space.
pub const SPACE: u8 = 3;
/// The class of each byte; 0 for bytes that take the character path (non-ASCII, dashes,
/// backquotes, whitespace other than the space).
pub const ASCII: [u8; 256] = {
    let mut table = [0u8; 256];
    let mut b = 0;
    while b < 128 {
        let byte = b as u8;
        table[b] = if byte.is_ascii_alphanumeric() {
            ALNUM
        } else if byte == b' ' {
            SPACE
        } else if byte == b'-' || byte == b'`' || byte.is_ascii_whitespace() {
            0
        } else {
            PLAIN
        };
        b += 1;
    }
    table
};

/// True for characters that make up words when matching: a literal's words, and the stretches
/// of a folded text that a whole word of it may fill, are runs of them.
#[inline]
pub fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// A dash or hyphen: folds to `-`, or is removed between two letters.
#[inline]
pub fn is_dash(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2212}')
}

/// An invisible character (soft hyphen, zero widths, word joiner, BOM): dropped.
#[inline]
pub fn is_invisible(c: char) -> bool {
    matches!(c, '\u{00AD}' | '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}')
}

/// An apostrophe or a mark written for one: folds to `'`.
#[inline]
pub fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '\u{2018}' | '\u{02BC}' | '`' | '\u{00B4}' | '\u{2032}')
}

/// Folds a lexicon or gazetteer phrase, trimmed, as a text is folded.
pub fn phrase(phrase: &str) -> String {
    let phrase = phrase.trim();
    // ASCII that folds to itself, with no space run to collapse: its lower case (most of a
    // lexicon's thousands of words)
    if phrase.bytes().all(|b| ASCII[usize::from(b)] != 0) && !phrase.contains("  ") {
        return phrase.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(phrase.len());
    let mut prev: Option<char> = None; // previous visible character
    for (i, c) in phrase.char_indices() {
        let class = if c.is_ascii() { ASCII[c as usize] } else { 0 };
        if class == 0 && is_invisible(c) {
            continue;
        }
        if class == 0 && is_dash(c) && prev.is_some_and(char::is_alphabetic) {
            let next = phrase[i + c.len_utf8()..].chars().find(|n| !is_invisible(*n));
            if next.is_some_and(char::is_alphabetic) {
                prev = Some(c);
                continue;
            }
        }
        prev = Some(c);
        if class == SPACE || (class == 0 && c.is_whitespace()) {
            if !out.ends_with(' ') {
                out.push(' ');
            }
        } else if class != 0 {
            out.push(c.to_ascii_lowercase());
        } else if is_apostrophe(c) {
            out.push('\'');
        } else if is_dash(c) {
            out.push('-');
        } else {
            out.extend(c.to_lowercase());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::phrase;

    #[test]
    fn phrases_fold_case_marks_and_space() {
        assert_eq!(phrase("  Will  NOT wait "), "will not wait");
        assert_eq!(phrase("Japan\u{2019}s Eur-opean\u{AD} union"), "japan's european union");
        assert_eq!(phrase("war \u{2013} peace\tnow"), "war - peace now");
        assert_eq!(phrase("\u{C9}LAN `x`"), "\u{E9}lan 'x'");
    }
}
