//! The Markdown export: each quote a blockquote with its red lines written as everywhere,
//! `[TAG:severity phrase]`, the phrase in bold, then its attribution line; everything Markdown
//! would read as markup is escaped.

use super::marks::{marked_with, tags};
use crate::model::{Quote, RedLine};

/// A `#` heading, then each quote as a blockquote with its attribution line. Ends with a
/// line break.
pub(super) fn brief<'a>(heading: &str, quotes: impl Iterator<Item = (&'a Quote, String)>) -> String {
    let mut out = format!("# {}\n", escape_md(heading));
    for (q, attribution) in quotes {
        let body = guard_block_start(marked_with(q, bold, escape_md));
        out.push_str(&format!("\n> {body}\n\n{}\n", escape_md(&attribution)));
    }
    out
}

/// Writes a marked stretch as `\[UL:3 **phrase**\]` (brackets escaped, so Markdown shows
/// them), keeping any surrounding whitespace outside (where CommonMark would not read the
/// asterisks as emphasis).
fn bold(out: &mut String, text: &str, hits: &[&RedLine]) {
    let inner = text.trim();
    if inner.is_empty() {
        out.push_str(&escape_md(text));
        return;
    }
    let lead = &text[..text.len() - text.trim_start().len()];
    let trail = &text[text.trim_end().len()..];
    let tags = escape_md(&tags(hits.iter().copied()));
    out.push_str(&format!("{}\\[{tags} **{}**\\]{}", escape_md(lead), escape_md(inner), escape_md(trail)));
}

/// Escapes what would make the start of a blockquote line a list item (`- `, `+ `, `1. `).
fn guard_block_start(body: String) -> String {
    let digits = body.len() - body.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    match body.as_bytes().get(digits) {
        Some(b'-' | b'+') if digits == 0 => format!("\\{body}"),
        Some(b'.' | b')') if digits > 0 => format!("{}\\{}", &body[..digits], &body[digits..]),
        _ => body,
    }
}

/// Escapes the characters Markdown would read as markup, and turns line breaks into spaces
/// so a quote stays one blockquote line.
fn escape_md(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' | '*' | '_' | '`' | '[' | ']' | '<' | '>' | '#' | '|' | '~' => {
                out.push('\\');
                out.push(c);
            }
            '\r' => {}
            '\n' => out.push(' '),
            _ => out.push(c),
        }
    }
    out
}
