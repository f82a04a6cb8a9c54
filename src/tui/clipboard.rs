//! How `y` copies the marked quotes (the configuration's `reader.clipboard`), and the one
//! effect that runs a clipboard command. `update` only chooses ([`Clipboard`] is part of the
//! state); the event loop carries the copy out.

use std::io::Write;
use std::process::{Command, ExitStatus, Stdio};

/// How `y` copies.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum Clipboard {
    /// The terminal's clipboard through OSC 52 (the default).
    #[default]
    Osc52,
    /// The text is piped to this command and its arguments (never empty once checked by
    /// the configuration).
    Command(Vec<String>),
    /// Copying is off.
    Off,
}

impl Clipboard {
    /// How the copy is made, for the status line and the help: `OSC 52`, the command's
    /// name, or `off`.
    pub fn method(&self) -> &str {
        match self {
            Clipboard::Osc52 => "OSC 52",
            Clipboard::Command(command) => command.first().map_or("", String::as_str),
            Clipboard::Off => "off",
        }
    }
}

/// Runs `command` (a program and its arguments, not through a shell) with `text` on its
/// standard input, and waits for it to end. Its standard output and error go nowhere, so
/// nothing it prints reaches the reader's screen (and a command that leaves a process
/// behind to serve the clipboard, as `xclip` does, is not waited for).
///
/// Guaranteed: `Ok` only when the command ran, took the whole text and exited with status
/// 0; otherwise `Err` with one line naming the command (its first element) and what went
/// wrong — it could not be started, its exit status, or the signal that ended it. Never
/// panics.
pub fn pipe(command: &[String], text: &str) -> Result<(), String> {
    let Some((program, args)) = command.split_first() else {
        return Err("no clipboard command is set".into());
    };
    let mut child = Command::new(program)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|e| format!("cannot run {program}: {}", reason(&e)))?;
    // Written on a second thread: a command that ends without reading does not block the
    // wait, and the pipe closes when the thread is done, so the command sees the end.
    let written = std::thread::scope(|scope| {
        let stdin = child.stdin.take();
        let writer = scope.spawn(move || stdin.map_or(Ok(()), |mut stdin| stdin.write_all(text.as_bytes())));
        let status = child.wait();
        (writer.join().unwrap_or(Ok(())), status)
    });
    match written {
        (_, Err(e)) => Err(format!("{program}: {}", reason(&e))),
        (_, Ok(status)) if !status.success() => Err(format!("{program} {}", ended(status))),
        (Err(e), Ok(_)) => Err(format!("{program} did not take the text: {}", reason(&e))),
        (Ok(()), Ok(_)) => Ok(()),
    }
}

/// An I/O error as a short reason, without the `(os error N)` tail where the kind says it.
fn reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "not found".into(),
        std::io::ErrorKind::PermissionDenied => "permission denied".into(),
        std::io::ErrorKind::BrokenPipe => "it closed its input".into(),
        _ => e.to_string(),
    }
}

/// How a command that failed ended: `exited with status 3`, `was ended by signal 9`.
fn ended(status: ExitStatus) -> String {
    #[cfg(unix)]
    if let Some(signal) = std::os::unix::process::ExitStatusExt::signal(&status) {
        return format!("was ended by signal {signal}");
    }
    match status.code() {
        Some(code) => format!("exited with status {code}"),
        None => format!("failed ({status})"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sh(script: &str) -> Vec<String> {
        ["sh", "-c", script].map(String::from).to_vec()
    }

    #[test]
    fn the_text_reaches_the_command_whole() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("copied.md");
        let text = "- “We will not wait.” — Jane Roe\n".repeat(20_000);
        pipe(&sh(&format!("cat > '{}'", file.display())), &text).unwrap();
        assert_eq!(std::fs::read_to_string(&file).unwrap(), text);
    }

    #[test]
    fn a_failure_names_the_command_and_how_it_ended() {
        assert_eq!(pipe(&sh("cat > /dev/null; exit 3"), "x"), Err("sh exited with status 3".into()));
        assert_eq!(pipe(&sh("kill -9 $$"), "x"), Err("sh was ended by signal 9".into()));
        let missing = ["/nonexistent/wl-copy".to_string()];
        assert_eq!(pipe(&missing, "x"), Err("cannot run /nonexistent/wl-copy: not found".into()));
        assert_eq!(pipe(&[], "x"), Err("no clipboard command is set".into()));
        // A command that ends well without reading a long text did not take it.
        let refused = pipe(&sh("exit 0"), &"x".repeat(1 << 20)).unwrap_err();
        assert!(refused.starts_with("sh did not take the text"), "{refused}");
    }
}
