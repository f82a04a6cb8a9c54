//! The corrections store: the [`Corrections`] a reader made to an article, kept in a sidecar
//! file per article text, `$XDG_DATA_HOME/redline/corrections/<sha256 of the text>.json`
//! (`~/.local/share/redline/corrections/` when `XDG_DATA_HOME` is not set). The same text
//! finds the same corrections wherever it is opened from: the reader, `export`, `analyze`.
//!
//! A sidecar that cannot be read (not JSON, another version) is reported in one line naming
//! it and is never written over: [`save`] refuses while it stays broken.

use std::path::{Path, PathBuf};

use redline_analysis::{Analysis, Corrections, write_atomic};
use sha2::{Digest, Sha256};

/// The corrections found for one text, and where they live.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stored {
    /// The sidecar of the text; `None` when no data folder can be found (no home).
    pub path: Option<PathBuf>,
    /// The corrections read (none when the sidecar does not exist or is broken).
    pub corrections: Corrections,
    /// Why the sidecar could not be read; saving is refused then.
    pub broken: Option<Broken>,
}

/// A sidecar that cannot be read, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Broken {
    /// The sidecar.
    pub path: PathBuf,
    /// Why it cannot be read, in a few words.
    pub reason: String,
}

impl std::fmt::Display for Broken {
    /// One line naming the file, for a warning.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "corrections {}: {} (left as it is; corrections not applied)", self.path.display(), self.reason)
    }
}

/// The folder of the sidecars, when a data folder can be found.
pub fn folder() -> Option<PathBuf> {
    use etcetera::BaseStrategy;
    etcetera::choose_base_strategy().ok().map(|s| s.data_dir().join("redline").join("corrections"))
}

/// The SHA-256 of `text`, in lower-case hex.
pub fn digest(text: &str) -> String {
    Sha256::digest(text.as_bytes()).iter().map(|b| format!("{b:02x}")).collect()
}

/// The sidecar of the text, when a data folder can be found.
pub fn path_for(text: &str) -> Option<PathBuf> {
    folder().map(|f| f.join(format!("{}.json", digest(text))))
}

/// Reads the sidecar at `path`: `Ok(None)` when there is none; the reason, one line naming
/// the file, when it cannot be read or is not a corrections file this version reads.
pub fn read(path: &Path) -> Result<Option<Corrections>, Broken> {
    let broken = |reason: String| Broken { path: path.to_path_buf(), reason };
    match std::fs::read_to_string(path) {
        Ok(json) => Corrections::from_json(&json).map(Some).map_err(|e| broken(e.to_string())),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(broken(e.to_string())),
    }
}

impl Stored {
    /// No corrections for `text`, saved to its sidecar when a data folder can be found (an
    /// article whose sidecar was not read: tests, or a batch without its entry).
    pub fn none(text: &str) -> Stored {
        Stored { path: path_for(text), corrections: Corrections::new(), broken: None }
    }
}

/// The corrections stored for `text`.
pub fn load(text: &str) -> Stored {
    let path = path_for(text);
    let (corrections, broken) = match path.as_deref().map(read) {
        None | Some(Ok(None)) => (Corrections::new(), None),
        Some(Ok(Some(c))) => (c, None),
        Some(Err(broken)) => (Corrections::new(), Some(broken)),
    };
    Stored { path, corrections, broken }
}

/// Puts the corrections stored for the analysed text on `analysis` (see
/// [`Corrections::apply`]); the warning about a broken sidecar, if there is one.
///
/// When the sidecars' folder surely does not exist, no text has corrections: the text is
/// not hashed and no sidecar is opened, so a folder of articles costs its analysis alone.
pub fn apply(analysis: &mut Analysis) -> Option<String> {
    if folder().is_none_or(|f| matches!(f.try_exists(), Ok(false))) {
        return None;
    }
    let stored = load(&analysis.text);
    stored.corrections.apply(analysis);
    stored.broken.map(|b| b.to_string())
}

/// Writes `corrections` to the sidecar at `path` atomically, making its folder. A sidecar
/// there that cannot be read is left as it is, and that is the error.
pub fn save(path: &Path, corrections: &Corrections) -> Result<(), String> {
    read(path).map_err(|b| format!("corrections {}: {}: not overwritten", b.path.display(), b.reason))?;
    if let Some(folder) = path.parent() {
        std::fs::create_dir_all(folder).map_err(|e| format!("corrections {}: {e}", folder.display()))?;
    }
    write_atomic(path, corrections.to_json().as_bytes(), true).map_err(|e| format!("corrections {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use redline_analysis::Correction;

    #[test]
    fn the_digest_is_sha256_in_hex() {
        assert_eq!(digest("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    #[test]
    fn saved_corrections_read_back_and_a_broken_file_is_not_overwritten() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("deep").join("x.json");
        assert_eq!(read(&path), Ok(None));
        let mut c = Corrections::new();
        c.set(1, 4, Correction::NotAQuote);
        save(&path, &c).unwrap();
        assert_eq!(read(&path), Ok(Some(c.clone())));
        std::fs::write(&path, "{ broken").unwrap();
        let err = save(&path, &c).unwrap_err();
        assert!(err.contains("x.json") && err.ends_with("not overwritten"), "{err}");
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "{ broken");
    }
}
