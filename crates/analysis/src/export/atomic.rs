//! Writing an export to a file atomically: never half-written, never silently overwritten.

use std::io::Write;
use std::path::{Path, PathBuf};

/// Why an export could not be written. Each message is one line naming the target path.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// The target exists and overwriting was not allowed.
    #[error("{}: already exists (use --force to overwrite)", .0.display())]
    Exists(PathBuf),
    /// The folder that should hold the target does not exist.
    #[error("{}: folder {} does not exist", .path.display(), .folder.display())]
    NoFolder {
        /// The path being written.
        path: PathBuf,
        /// Its missing parent folder.
        folder: PathBuf,
    },
    /// Any I/O failure, with the path it concerned.
    #[error("{}: {source}", path.display())]
    Io {
        /// The path being written.
        path: PathBuf,
        /// The underlying error.
        source: std::io::Error,
    },
}

/// Writes `contents` to `path` atomically: a temporary file in the same folder is written,
/// flushed and synced, then renamed onto `path`. Without `overwrite` an existing target is
/// refused (checked by the rename itself, so there is no race). On any failure nothing is
/// left behind and an existing target is untouched.
pub fn write_atomic(path: &Path, contents: &[u8], overwrite: bool) -> Result<(), ExportError> {
    let io = |source| ExportError::Io { path: path.to_path_buf(), source };
    let folder = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    if !folder.is_dir() {
        return Err(ExportError::NoFolder { path: path.to_path_buf(), folder: folder.to_path_buf() });
    }
    if !overwrite && path.exists() {
        return Err(ExportError::Exists(path.to_path_buf()));
    }
    let mut builder = tempfile::Builder::new();
    builder.prefix(".redline-").suffix(".tmp");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        // Like any new file: 0o666 less the umask, not the 0o600 of a temporary file.
        builder.permissions(std::fs::Permissions::from_mode(0o666));
    }
    let mut tmp = builder.tempfile_in(folder).map_err(io)?;
    tmp.write_all(contents).map_err(io)?;
    tmp.flush().map_err(io)?;
    tmp.as_file().sync_all().map_err(io)?;
    let persisted = if overwrite { tmp.persist(path) } else { tmp.persist_noclobber(path) };
    match persisted {
        Ok(_) => Ok(()),
        Err(e) if e.error.kind() == std::io::ErrorKind::AlreadyExists && !overwrite => {
            Err(ExportError::Exists(path.to_path_buf()))
        }
        Err(e) => Err(io(e.error)),
    }
}
