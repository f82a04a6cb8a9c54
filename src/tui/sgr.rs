//! The sixteen colours on the wire. crossterm writes even the sixteen ANSI colours as
//! 256-colour codes (`38;5;1`), which a 16-colour terminal (`TERM=xterm`) may not know;
//! [`Sixteen`] rewrites them to the classic codes (`31`, `91`, `41`, `101`) on their way out.

use std::io::{self, Write};

/// A writer that, when on, rewrites the 256-colour codes of the sixteen colours in every
/// SGR sequence to the classic codes; it holds what is written until `flush` (ratatui
/// flushes after every frame), so no sequence is ever cut in two. Off, it passes bytes on.
#[derive(Debug)]
pub struct Sixteen<W: Write> {
    inner: W,
    held: Vec<u8>,
    on: bool,
}

impl<W: Write> Sixteen<W> {
    /// Wraps `inner`; `on` when the terminal has sixteen colours only.
    pub fn new(inner: W, on: bool) -> Sixteen<W> {
        Sixteen { inner, held: Vec::new(), on }
    }
}

impl<W: Write> Write for Sixteen<W> {
    fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
        if !self.on {
            return self.inner.write(bytes);
        }
        self.held.extend_from_slice(bytes);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        if !self.held.is_empty() {
            let out = classic(&std::mem::take(&mut self.held));
            self.inner.write_all(&out)?;
        }
        self.inner.flush()
    }
}

/// `bytes` with every `38;5;N` and `48;5;N` (N < 16) inside an SGR sequence (`ESC [ … m`)
/// written as the classic code of that colour; everything else unchanged.
pub fn classic(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let sgr = match bytes[i..].starts_with(b"\x1b[") {
            true => bytes[i + 2..].iter().position(|b| !(b.is_ascii_digit() || *b == b';')).map(|n| i + 2 + n),
            false => None,
        };
        match sgr {
            Some(end) if bytes[end] == b'm' => {
                out.extend_from_slice(b"\x1b[");
                out.extend_from_slice(rewrite(&bytes[i + 2..end]).as_bytes());
                out.push(b'm');
                i = end + 1;
            }
            _ => {
                out.push(bytes[i]);
                i += 1;
            }
        }
    }
    out
}

/// The parameters of one SGR sequence with the sixteen colours in classic codes.
fn rewrite(params: &[u8]) -> String {
    let params = String::from_utf8_lossy(params);
    let parts: Vec<&str> = params.split(';').collect();
    let mut out: Vec<String> = Vec::new();
    let mut i = 0;
    while i < parts.len() {
        let colour = parts.get(i + 2).and_then(|n| n.parse::<u8>().ok()).filter(|n| *n < 16);
        match (parts[i], parts.get(i + 1), colour) {
            ("38", Some(&"5"), Some(n)) => out.push(if n < 8 { 30 + n } else { 82 + n }.to_string()),
            ("48", Some(&"5"), Some(n)) => out.push(if n < 8 { 40 + n } else { 92 + n }.to_string()),
            _ => {
                out.push(parts[i].to_string());
                i += 1;
                continue;
            }
        }
        i += 3;
    }
    out.join(";")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sixteen_colours_get_their_classic_codes_and_nothing_else_changes() {
        let wire = b"\x1b[38;5;1m\x1b[48;5;9mA\x1b[1;38;5;14;48;5;0mB\x1b[38;5;208m\x1b[25;1H\x1b[0m";
        let want = b"\x1b[31m\x1b[101mA\x1b[1;96;40mB\x1b[38;5;208m\x1b[25;1H\x1b[0m";
        assert_eq!(String::from_utf8_lossy(&classic(wire)), String::from_utf8_lossy(want));
    }

    #[test]
    fn a_sequence_written_in_pieces_is_rewritten_whole_at_flush() {
        let mut out = Sixteen::new(Vec::new(), true);
        out.write_all(b"\x1b[38;").unwrap();
        out.write_all(b"5;3mX").unwrap();
        assert!(out.inner.is_empty(), "held until flush");
        out.flush().unwrap();
        assert_eq!(out.inner, b"\x1b[33mX");
        let mut off = Sixteen::new(Vec::new(), false);
        off.write_all(b"\x1b[38;5;3m").unwrap();
        assert_eq!(off.inner, b"\x1b[38;5;3m");
    }
}
