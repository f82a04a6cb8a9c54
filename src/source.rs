//! Reading an article: from a path, stdin or the bundled copy, decoded to UTF-8.
//!
//! (Minimal for now; decoding, limits and error reporting are filled in by issue #4 work.)

/// The text of one article and where it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source {
    /// A path, `-` for stdin, or `bundled:article.txt`.
    pub name: String,
    /// The text, decoded to UTF-8; all offsets refer to it.
    pub text: String,
    /// The encoding the bytes were decoded from when they were not UTF-8.
    pub decoded_from: Option<String>,
}

/// The bundled article, embedded in the binary.
pub const BUNDLED_ARTICLE: &str = include_str!("../assets/article.txt");

impl Source {
    /// The bundled article.
    pub fn bundled() -> Self {
        Source::from_text("bundled:article.txt", BUNDLED_ARTICLE)
    }

    /// A text that is already in memory, under a name of the caller's choosing.
    pub fn from_text(name: impl Into<String>, text: impl Into<String>) -> Self {
        Source { name: name.into(), text: text.into(), decoded_from: None }
    }
}
