//! Reading an article: from a path, stdin or the bundled copy, decoded to UTF-8.
//!
//! Decoding: UTF-8 with or without a byte-order mark (the mark is dropped), UTF-16 LE or BE
//! when the bytes open with its mark, and otherwise Windows-1252 when the bytes are not valid
//! UTF-8. Line endings are kept as read, so offsets are into the text exactly as decoded.
//! Input that cannot be an article (empty, only whitespace, binary, missing, a directory,
//! too large) is a [`SourceError`] naming where it came from.

use std::borrow::Cow;
use std::fmt;
use std::fs::File;
use std::io::{self, Read};
use std::path::Path;

use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, WINDOWS_1252};

/// The text of one article and where it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source {
    /// A path, `-` for stdin, or `bundled:article.txt`.
    pub name: String,
    /// The text, decoded to UTF-8; all offsets refer to it.
    pub text: String,
    /// The encoding the bytes were decoded from when they were not UTF-8.
    pub decoded_from: Option<String>,
    /// Things the reader should be told about the input (e.g. a decoding fallback), one line
    /// each, already naming the source.
    pub warnings: Vec<String>,
}

/// The bundled article, embedded in the binary.
pub const BUNDLED_ARTICLE: &str = include_str!("../../../../assets/article.txt");

/// The name of the bundled article in [`Source::name`].
pub const BUNDLED_NAME: &str = "bundled:article.txt";

/// The default limit on the size of an input: 256 MiB.
pub const DEFAULT_MAX_BYTES: u64 = 256 * 1024 * 1024;

/// Why an input cannot be read as an article.
#[derive(Debug)]
pub enum Reason {
    /// No bytes at all (or only a byte-order mark).
    Empty,
    /// Nothing but whitespace.
    Blank,
    /// A NUL character: binary data, not text.
    Binary {
        /// Byte offset of the first NUL, in the bytes as read (or decoded, for UTF-16).
        offset: usize,
    },
    /// The path does not exist.
    NotFound,
    /// The path is a directory.
    Directory,
    /// The input is larger than the limit.
    TooLarge {
        /// The limit in bytes.
        limit: u64,
    },
    /// Reading failed for another reason.
    Unreadable(io::Error),
    /// An HTML page or Markdown file from which no article text could be extracted.
    NoArticle(String),
}

impl fmt::Display for Reason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Reason::Empty => write!(f, "file is empty"),
            Reason::Blank => write!(f, "file holds only whitespace"),
            Reason::Binary { offset } => {
                write!(f, "binary data, not text (NUL byte at offset {offset})")
            }
            Reason::NotFound => write!(f, "no such file"),
            Reason::Directory => write!(f, "is a directory, not a file"),
            Reason::TooLarge { limit } => {
                write!(f, "larger than the limit of {limit} bytes (see --max-bytes)")
            }
            Reason::Unreadable(e) if e.kind() == io::ErrorKind::PermissionDenied => {
                write!(f, "permission denied")
            }
            Reason::Unreadable(e) => write!(f, "cannot read: {e}"),
            Reason::NoArticle(why) => write!(f, "{why}"),
        }
    }
}

/// An input that cannot be used. Its `Display` is one line, `<name>: <reason>`, where the
/// name is the path as given (or `stdin`); the binary prefixes it with `redline: `.
#[derive(Debug, thiserror::Error)]
#[error("{name}: {reason}")]
pub struct SourceError {
    /// The path as the user gave it, `stdin`, or the bundled name.
    pub name: String,
    /// What is wrong with it.
    pub reason: Reason,
}

impl SourceError {
    /// An error about the input named `name`.
    pub fn new(name: &str, reason: Reason) -> Self {
        SourceError { name: name.to_string(), reason }
    }
}

impl Source {
    /// The bundled article.
    pub fn bundled() -> Self {
        Source::from_text(BUNDLED_NAME, BUNDLED_ARTICLE)
    }

    /// A text that is already in memory, under a name of the caller's choosing; no checks,
    /// no warnings.
    pub fn from_text(name: impl Into<String>, text: impl Into<String>) -> Self {
        Source { name: name.into(), text: text.into(), decoded_from: None, warnings: Vec::new() }
    }

    /// Opens what the command line names: nothing for the bundled article, `-` for stdin,
    /// otherwise a file path. Every input, the bundled one included, must fit `max_bytes`.
    pub fn open(arg: Option<&Path>, max_bytes: u64) -> Result<Self, SourceError> {
        match arg {
            None => {
                let bytes = BUNDLED_ARTICLE.len() as u64;
                if bytes > max_bytes {
                    return Err(SourceError::new(BUNDLED_NAME, Reason::TooLarge { limit: max_bytes }));
                }
                Ok(Source::bundled())
            }
            Some(p) if p.as_os_str() == "-" => Source::from_stdin(max_bytes),
            Some(p) => Source::from_path(p, max_bytes),
        }
    }

    /// Reads and decodes a file. Errors name the path as given.
    pub fn from_path(path: &Path, max_bytes: u64) -> Result<Self, SourceError> {
        let name = path.display().to_string();
        let fail = |e: io::Error| SourceError::new(&name, io_reason(e));
        // Opened first, then asked about: one path look-up, not two.
        let file = File::open(path).map_err(fail)?;
        let meta = file.metadata().map_err(fail)?;
        if meta.is_dir() {
            return Err(SourceError::new(&name, Reason::Directory));
        }
        if meta.is_file() && meta.len() > max_bytes {
            return Err(SourceError::new(&name, Reason::TooLarge { limit: max_bytes }));
        }
        // Room for the whole file and the end-of-file read: two reads, no regrowing.
        let expected = if meta.is_file() { meta.len().saturating_add(1) } else { 0 };
        Source::read_limited(&name, file, max_bytes, Vec::with_capacity(expected as usize))
    }

    /// Reads and decodes standard input, named `-` in the analysis and `stdin` in errors.
    pub fn from_stdin(max_bytes: u64) -> Result<Self, SourceError> {
        let mut source = Source::from_reader("stdin", io::stdin().lock(), max_bytes)?;
        source.name = "-".to_string();
        Ok(source)
    }

    /// Reads at most `max_bytes` from `reader` (more is an error) and decodes them.
    pub fn from_reader(name: &str, reader: impl Read, max_bytes: u64) -> Result<Self, SourceError> {
        Source::read_limited(name, reader, max_bytes, Vec::new())
    }

    /// [`Source::from_reader`] into `bytes`, an empty buffer with room for what is expected.
    fn read_limited(name: &str, reader: impl Read, max_bytes: u64, mut bytes: Vec<u8>) -> Result<Self, SourceError> {
        reader
            .take(max_bytes.saturating_add(1))
            .read_to_end(&mut bytes)
            .map_err(|e| SourceError::new(name, io_reason(e)))?;
        if bytes.len() as u64 > max_bytes {
            return Err(SourceError::new(name, Reason::TooLarge { limit: max_bytes }));
        }
        Source::decode(name, Cow::Owned(bytes))
    }

    /// Decodes bytes (see the module documentation) and checks that they hold text.
    pub fn from_bytes(name: &str, bytes: &[u8]) -> Result<Self, SourceError> {
        Source::decode(name, Cow::Borrowed(bytes))
    }

    /// [`Source::from_bytes`]; bytes already owned become the text without a copy.
    fn decode(name: &str, bytes: Cow<'_, [u8]>) -> Result<Self, SourceError> {
        let fail = |reason| SourceError::new(name, reason);
        if bytes.is_empty() {
            return Err(fail(Reason::Empty));
        }
        let mut warnings = Vec::new();
        let (text, decoded_from) = match Encoding::for_bom(&bytes) {
            Some((enc, bom)) if enc == UTF_16LE || enc == UTF_16BE => {
                let (text, malformed) = enc.decode_without_bom_handling(&bytes[bom..]);
                let label = enc.name().to_ascii_lowercase();
                warnings.push(format!("{name}: decoded from {label} (byte-order mark)"));
                if malformed {
                    warnings.push(format!("{name}: malformed {label} replaced with U+FFFD"));
                }
                (text.into_owned(), Some(label))
            }
            other => {
                let bom = other.map_or(0, |(_, bom)| bom);
                let (text, fallback) = utf8_or_1252(name, bytes, bom)?;
                if fallback {
                    warnings.push(format!(
                        "{name}: not valid UTF-8; decoded as windows-1252 (offsets are into the decoded text)"
                    ));
                }
                (text, fallback.then(|| "windows-1252".to_string()))
            }
        };
        if let Some(offset) = text.find('\0') {
            return Err(fail(Reason::Binary { offset }));
        }
        if text.is_empty() {
            return Err(fail(Reason::Empty));
        }
        if text.trim().is_empty() {
            return Err(fail(Reason::Blank));
        }
        Ok(Source { name: name.to_string(), text, decoded_from, warnings })
    }
}

/// The text of `bytes` after a byte-order mark of `bom` bytes: UTF-8 as is, or else
/// Windows-1252 (then `true`). NUL bytes are refused first, since a binary file is neither.
fn utf8_or_1252(name: &str, bytes: Cow<'_, [u8]>, bom: usize) -> Result<(String, bool), SourceError> {
    if let Some(offset) = memchr::memchr(0, &bytes[bom..]) {
        return Err(SourceError::new(name, Reason::Binary { offset }));
    }
    let mut bytes = bytes.into_owned();
    bytes.drain(..bom);
    match String::from_utf8(bytes) {
        Ok(text) => Ok((text, false)),
        Err(e) => Ok((WINDOWS_1252.decode_without_bom_handling(e.as_bytes()).0.into_owned(), true)),
    }
}

fn io_reason(e: io::Error) -> Reason {
    match e.kind() {
        io::ErrorKind::NotFound => Reason::NotFound,
        io::ErrorKind::IsADirectory => Reason::Directory,
        _ => Reason::Unreadable(e),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reason(bytes: &[u8]) -> String {
        Source::from_bytes("notes.txt", bytes).unwrap_err().to_string()
    }

    #[test]
    fn plain_utf8_is_kept_as_is_with_crlf() {
        let s = Source::from_bytes("a.txt", "“Hi,” he said.\r\nNext.\r\n".as_bytes()).unwrap();
        assert_eq!(s.text, "“Hi,” he said.\r\nNext.\r\n");
        assert_eq!((s.decoded_from, s.warnings.len()), (None, 0));
    }

    #[test]
    fn utf8_bom_is_stripped_silently() {
        let s = Source::from_bytes("a.txt", b"\xEF\xBB\xBFHello").unwrap();
        assert_eq!((s.text.as_str(), s.decoded_from), ("Hello", None));
        assert!(s.warnings.is_empty());
        let s = Source::from_bytes("a.txt", b"\xEF\xBB\xBFcaf\xe9").unwrap();
        assert_eq!((s.text.as_str(), s.decoded_from.as_deref()), ("café", Some("windows-1252")));
    }

    #[test]
    fn utf16_le_and_be_with_bom() {
        let le: Vec<u8> = [0xFF, 0xFE].into_iter().chain("Ré".encode_utf16().flat_map(u16::to_le_bytes)).collect();
        let be: Vec<u8> = [0xFE, 0xFF].into_iter().chain("Ré".encode_utf16().flat_map(u16::to_be_bytes)).collect();
        for (bytes, label) in [(le, "utf-16le"), (be, "utf-16be")] {
            let s = Source::from_bytes("u.txt", &bytes).unwrap();
            assert_eq!((s.text.as_str(), s.decoded_from.as_deref()), ("Ré", Some(label)));
            assert!(s.warnings[0].starts_with("u.txt: decoded from utf-16"), "{:?}", s.warnings);
        }
    }

    #[test]
    fn invalid_utf8_falls_back_to_windows_1252_with_a_warning() {
        let s = Source::from_bytes("w.txt", b"\x93No,\x94 he said \x96 caf\xe9").unwrap();
        assert_eq!(s.text, "“No,” he said – café");
        assert_eq!(s.decoded_from.as_deref(), Some("windows-1252"));
        assert!(s.warnings[0].contains("windows-1252"));
    }

    #[test]
    fn unusable_bytes_are_one_line_errors_naming_the_file() {
        assert_eq!(reason(b""), "notes.txt: file is empty");
        assert_eq!(reason(b"\xEF\xBB\xBF"), "notes.txt: file is empty");
        assert_eq!(reason(b" \r\n\t \n"), "notes.txt: file holds only whitespace");
        assert_eq!(reason(b"ab\0cd"), "notes.txt: binary data, not text (NUL byte at offset 2)");
        assert_eq!(reason(b"\xFF\xFEa\0\0\0"), "notes.txt: binary data, not text (NUL byte at offset 1)");
    }

    #[test]
    fn missing_file_and_directory() {
        let dir = tempfile::tempdir().unwrap();
        let missing = dir.path().join("nope.txt");
        let e = Source::from_path(&missing, DEFAULT_MAX_BYTES).unwrap_err();
        assert!(matches!(e.reason, Reason::NotFound));
        assert_eq!(e.to_string(), format!("{}: no such file", missing.display()));
        let e = Source::from_path(dir.path(), DEFAULT_MAX_BYTES).unwrap_err();
        assert!(matches!(e.reason, Reason::Directory), "{e}");
        assert!(!e.to_string().contains('\n'));
    }

    #[test]
    fn size_limit_on_files_and_readers() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("big.txt");
        std::fs::write(&path, "twelve bytes").unwrap();
        let e = Source::from_path(&path, 10).unwrap_err();
        assert!(matches!(e.reason, Reason::TooLarge { limit: 10 }), "{e}");
        assert!(Source::from_path(&path, 12).is_ok());
        let e = Source::from_reader("stdin", &b"twelve bytes"[..], 11).unwrap_err();
        assert_eq!(e.to_string(), "stdin: larger than the limit of 11 bytes (see --max-bytes)");
        assert!(Source::open(None, 10).is_err());
    }

    #[test]
    fn open_dispatches_bundled_and_paths() {
        let s = Source::open(None, DEFAULT_MAX_BYTES).unwrap();
        assert_eq!((s.name.as_str(), s.text.len()), (BUNDLED_NAME, BUNDLED_ARTICLE.len()));
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.txt");
        std::fs::write(&path, "Text.").unwrap();
        let s = Source::open(Some(&path), DEFAULT_MAX_BYTES).unwrap();
        assert_eq!((s.name, s.text), (path.display().to_string(), "Text.".to_string()));
    }
}
