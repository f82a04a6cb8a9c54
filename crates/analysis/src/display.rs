//! Terminal safety. An article is untrusted text: a title or a quote may hold escape sequences
//! that retitle the window (OSC 2), write the clipboard (OSC 52) or repaint the screen (CSI),
//! and bidi controls that reorder what is shown. This module is the one place that decides how
//! such characters are shown ([`display_safe`], [`display_safe_lines`]), how the Markdown and
//! text exports replace them, and how JSON carries them ([`write_json`]).
//!
//! The characters concerned, and the symbol each becomes:
//!
//! | characters | shown as |
//! |---|---|
//! | C0 controls U+0000–U+001F | their Unicode control picture U+2400–U+241F (`␛` for ESC, `␇` for BEL, `␊` for a line feed) |
//! | DEL U+007F | `␡` |
//! | C1 controls U+0080–U+009F | their abbreviation in angle brackets: `⟨CSI⟩`, `⟨OSC⟩`, `⟨ST⟩`, `⟨NEL⟩`, … |
//! | bidi embeddings, overrides and isolates U+202A–U+202E, U+2066–U+2069 | `⟨LRE⟩`, `⟨RLE⟩`, `⟨PDF⟩`, `⟨LRO⟩`, `⟨RLO⟩`, `⟨LRI⟩`, `⟨RLI⟩`, `⟨FSI⟩`, `⟨PDI⟩` |
//!
//! Each character becomes exactly one symbol and nothing else changes, so an escape sequence
//! is shown whole and in place (`␛]2;title␇`, `␛[31m`): no part of it is dropped, and no
//! fragment of it is left to be read as something else.

use std::borrow::Cow;
use std::io;

use serde::Serialize;
use serde_json::ser::{CompactFormatter, Formatter, PrettyFormatter};

/// The abbreviations of the C1 controls U+0080–U+009F, in order (ISO 6429 and Unicode
/// name aliases).
const C1: [&str; 32] = [
    "PAD", "HOP", "BPH", "NBH", "IND", "NEL", "SSA", "ESA", "HTS", "HTJ", "VTS", "PLD", "PLU", "RI", "SS2", "SS3",
    "DCS", "PU1", "PU2", "STS", "CCH", "MW", "SPA", "EPA", "SOS", "SGCI", "SCI", "CSI", "ST", "OSC", "PM", "APC",
];

/// The abbreviations of the bidi controls U+202A–U+202E, then U+2066–U+2069.
const BIDI: [&str; 9] = ["LRE", "RLE", "PDF", "LRO", "RLO", "LRI", "RLI", "FSI", "PDI"];

/// Whether `c` is a bidi embedding, override or isolate (U+202A–U+202E, U+2066–U+2069).
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Whether [`display_safe`] replaces `c`: a C0 or C1 control, DEL, or a bidi control.
pub fn is_unsafe(c: char) -> bool {
    c.is_control() || is_bidi_control(c)
}

/// Writes the visible symbol of an unsafe character; false (and nothing written) for any
/// other character.
fn push_symbol(out: &mut String, c: char) -> bool {
    let abbreviation = match c {
        '\0'..='\x1F' => {
            out.extend(char::from_u32(0x2400 + c as u32));
            return true;
        }
        '\x7F' => {
            out.push('␡');
            return true;
        }
        '\u{80}'..='\u{9F}' => C1[c as usize - 0x80],
        '\u{202A}'..='\u{202E}' => BIDI[c as usize - 0x202A],
        '\u{2066}'..='\u{2069}' => BIDI[c as usize - 0x2066 + 5],
        _ => return false,
    };
    out.push('⟨');
    out.push_str(abbreviation);
    out.push('⟩');
    true
}

/// `text` with every character for which `replace` holds shown as its symbol (see the module
/// documentation); borrowed when there is none.
fn replace_where(text: &str, replace: impl Fn(char) -> bool) -> Cow<'_, str> {
    let Some(first) = text.find(&replace) else {
        return Cow::Borrowed(text);
    };
    let mut out = String::with_capacity(text.len() + 16);
    out.push_str(&text[..first]);
    for c in text[first..].chars() {
        if !(replace(c) && push_symbol(&mut out, c)) {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// The text made safe to print on a terminal as one line: every C0 and C1 control (tab, line
/// feed and carriage return included), DEL, and every bidi embedding, override and isolate is
/// replaced by a visible symbol (`␛`, `⟨CSI⟩`, `⟨RLO⟩`; table in the module documentation).
/// Guaranteed: the result holds none of those characters, and every other character is kept
/// as it was, in order. Borrowed when nothing needed replacing.
///
/// ```
/// use redline_analysis::display_safe;
///
/// assert_eq!(display_safe("a\x1b]2;owned\x07b"), "a␛]2;owned␇b");
/// assert_eq!(display_safe("x\u{202E}y\u{9B}"), "x⟨RLO⟩y⟨CSI⟩");
/// assert_eq!(display_safe("line\nbreak"), "line␊break");
/// ```
pub fn display_safe(text: &str) -> Cow<'_, str> {
    replace_where(text, is_unsafe)
}

/// Like [`display_safe`], but line feeds and tabs are kept: for output of several lines (a
/// Markdown brief printed to a terminal). A carriage return is shown (`␍`), since alone it
/// would let text overwrite the start of its line.
pub fn display_safe_lines(text: &str) -> Cow<'_, str> {
    replace_where(text, |c| is_unsafe(c) && c != '\n' && c != '\t')
}

/// The text as the Markdown and plain-text exports write it: a CRLF line break becomes a line
/// feed, and every other C0 control but tab and line feed, DEL and every C1 control is
/// replaced by its symbol. Bidi controls are kept (a file is read in an editor, where they
/// order right-to-left text).
pub(crate) fn export_safe(text: &str) -> Cow<'_, str> {
    let text = if text.contains("\r\n") { Cow::Owned(text.replace("\r\n", "\n")) } else { Cow::Borrowed(text) };
    match replace_where(&text, |c| c.is_control() && c != '\n' && c != '\t') {
        Cow::Borrowed(_) => text,
        Cow::Owned(replaced) => Cow::Owned(replaced),
    }
}

/// Writes `value` as JSON (pretty-printed with two spaces, or compact): serde_json's output,
/// except that DEL, the C1 controls and the bidi controls in strings are written as `\uXXXX`
/// escapes as well as the C0 controls. Guaranteed: the JSON parses to exactly the same
/// value, and the bytes written hold none of the characters [`display_safe`] replaces other
/// than the line feeds of pretty-printing, so it is safe to print to a terminal.
pub fn write_json<W: io::Write, T: Serialize + ?Sized>(out: W, value: &T, pretty: bool) -> io::Result<()> {
    if pretty {
        value.serialize(&mut serde_json::Serializer::with_formatter(out, Escaping(PrettyFormatter::new())))
    } else {
        value.serialize(&mut serde_json::Serializer::with_formatter(out, Escaping(CompactFormatter)))
    }
    .map_err(io::Error::from)
}

/// [`write_json`] to a string, ending with a line break.
pub fn to_json(value: &(impl Serialize + ?Sized), pretty: bool) -> String {
    let mut out = Vec::with_capacity(256);
    // Cannot fail: writing to memory; the values written are plain structs with string keys.
    write_json(&mut out, value, pretty).expect("a value serialises to memory");
    out.push(b'\n');
    // serde_json writes UTF-8 and the escapes are ASCII.
    String::from_utf8(out).expect("JSON is UTF-8")
}

/// A JSON formatter that escapes DEL, C1 and bidi controls, and otherwise formats as `F`.
struct Escaping<F>(F);

/// Whether the UTF-8 sequence starting at `bytes[0]` encodes DEL, a C1 control or a bidi
/// control: `7F`, `C2 80`–`C2 9F`, `E2 80 AA`–`E2 80 AE`, `E2 81 A6`–`E2 81 A9`.
fn escaped_len(bytes: &[u8]) -> Option<usize> {
    match bytes {
        [0x7F, ..] => Some(1),
        [0xC2, 0x80..=0x9F, ..] => Some(2),
        [0xE2, 0x80, 0xAA..=0xAE, ..] | [0xE2, 0x81, 0xA6..=0xA9, ..] => Some(3),
        _ => None,
    }
}

impl<F: Formatter> Formatter for Escaping<F> {
    fn write_string_fragment<W: ?Sized + io::Write>(&mut self, writer: &mut W, fragment: &str) -> io::Result<()> {
        let bytes = fragment.as_bytes();
        let mut written = 0;
        let mut at = 0;
        while let Some(found) = memchr::memchr3(0x7F, 0xC2, 0xE2, &bytes[at..]) {
            at += found;
            match escaped_len(&bytes[at..]) {
                Some(len) => {
                    writer.write_all(&bytes[written..at])?;
                    let c = fragment[at..].chars().next().map_or(0, u32::from);
                    write!(writer, "\\u{c:04x}")?;
                    at += len;
                    written = at;
                }
                None => at += 1,
            }
        }
        writer.write_all(&bytes[written..])
    }

    fn begin_array<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.begin_array(w)
    }
    fn end_array<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_array(w)
    }
    fn begin_array_value<W: ?Sized + io::Write>(&mut self, w: &mut W, first: bool) -> io::Result<()> {
        self.0.begin_array_value(w, first)
    }
    fn end_array_value<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_array_value(w)
    }
    fn begin_object<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.begin_object(w)
    }
    fn end_object<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_object(w)
    }
    fn begin_object_key<W: ?Sized + io::Write>(&mut self, w: &mut W, first: bool) -> io::Result<()> {
        self.0.begin_object_key(w, first)
    }
    fn begin_object_value<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.begin_object_value(w)
    }
    fn end_object_value<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_object_value(w)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const EVIL: &str = "T\x1b]2;PWNED\x07 \x1b]52;c;cHduZWQ=\x1b\\ \x1b[31mRED\x1b[0m \u{9B}2J \u{202E}abc\u{202C} \u{2066}x\u{2069}\x7F";

    #[test]
    fn every_control_becomes_one_visible_symbol_in_place() {
        assert_eq!(
            display_safe(EVIL),
            "T␛]2;PWNED␇ ␛]52;c;cHduZWQ=␛\\ ␛[31mRED␛[0m ⟨CSI⟩2J ⟨RLO⟩abc⟨PDF⟩ ⟨LRI⟩x⟨PDI⟩␡"
        );
        assert_eq!(display_safe("\0\t\n\r\x1f"), "␀␉␊␍␟");
        assert_eq!(display_safe("\u{80}\u{85}\u{9C}\u{9D}\u{9F}"), "⟨PAD⟩⟨NEL⟩⟨ST⟩⟨OSC⟩⟨APC⟩");
        assert_eq!(display_safe("\u{202A}\u{202B}\u{202D}\u{2067}\u{2068}"), "⟨LRE⟩⟨RLE⟩⟨LRO⟩⟨RLI⟩⟨FSI⟩");
    }

    #[test]
    fn other_text_is_borrowed_untouched() {
        for text in ["", "plain “quoted” — text ¶2", "עברית \u{200F}mark \u{A0}nbsp é 日本"] {
            assert!(matches!(display_safe(text), Cow::Borrowed(t) if t == text), "{text:?}");
        }
    }

    #[test]
    fn every_unsafe_character_is_replaced_and_nothing_else() {
        for c in (0..0x3000u32).filter_map(char::from_u32) {
            let shown = display_safe(&c.to_string()).into_owned();
            assert!(!shown.chars().any(is_unsafe), "{c:?} → {shown:?}");
            assert_eq!(shown != c.to_string(), is_unsafe(c), "{c:?} → {shown:?}");
        }
    }

    #[test]
    fn lines_keep_line_feeds_and_tabs_only() {
        assert_eq!(display_safe_lines("a\tb\nc\r\nd\x1b[2J\u{202E}"), "a\tb\nc␍\nd␛[2J⟨RLO⟩");
    }

    #[test]
    fn exports_keep_line_feeds_tabs_and_bidi() {
        assert_eq!(export_safe("a\tb\r\nc\rd\x1b]2;x\x07\u{9B}\u{202E}"), "a\tb\nc␍d␛]2;x␇⟨CSI⟩\u{202E}");
        assert!(matches!(export_safe("fine\n"), Cow::Borrowed(_)));
    }

    #[test]
    fn json_escapes_every_unsafe_character_and_parses_back_the_same() {
        let value = serde_json::json!({"text": EVIL, "ok": "“curly” — not é", "n": [1, 2]});
        for pretty in [false, true] {
            let json = to_json(&value, pretty);
            assert!(!json.chars().any(|c| is_unsafe(c) && c != '\n'), "{json}");
            assert!(json.contains(r#"\u001b]2;PWNED\u0007"#) && json.contains(r"\u009b2J \u202eabc\u202c"), "{json}");
            assert!(json.contains(r"\u2066x\u2069\u007f"), "{json}");
            assert_eq!(serde_json::from_str::<serde_json::Value>(&json).unwrap(), value);
            let plain = if pretty { serde_json::to_string_pretty(&value) } else { serde_json::to_string(&value) };
            assert_eq!(json.trim_end().contains('\n'), pretty);
            assert!(json.len() > plain.unwrap().len());
        }
        let harmless = serde_json::json!({"a": "“x” — y", "b": [1, {"c": null}]});
        assert_eq!(to_json(&harmless, true), serde_json::to_string_pretty(&harmless).unwrap() + "\n");
        assert_eq!(to_json(&harmless, false), serde_json::to_string(&harmless).unwrap() + "\n");
    }
}
