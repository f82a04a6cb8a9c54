//! Everything the command line writes to a terminal goes through here, so no control
//! character or escape sequence from an article, a file name or a data file reaches it raw:
//! error and warning lines are shown with [`display_safe`] (one line each, whatever the file
//! name holds), and a brief printed to a terminal with [`display_safe_lines`]. Summaries are
//! made safe where they are rendered (`summary.rs`); JSON is escaped by
//! [`redline_analysis::write_json`].

use std::io::{self, IsTerminal, Write};

use redline_analysis::{display_safe, display_safe_lines};

use super::CliError;

/// The line `redline: <message>` as printed on stderr: controls, line breaks and bidi
/// controls in the message shown as symbols, so it stays one line.
pub fn error_line(message: &str) -> String {
    format!("redline: {}", display_safe(message))
}

/// Prints `redline: <message>` on stderr, made safe by [`error_line`].
pub fn error(message: &str) {
    eprintln!("{}", error_line(message));
}

/// Prints each warning as `redline: warning: <warning>` on stderr, made safe.
pub fn warn(warnings: &[String]) {
    for w in warnings {
        error(&format!("warning: {w}"));
    }
}

/// Writes to stdout; a closed pipe (`redline analyze | head`) ends quietly.
pub fn print(bytes: &[u8]) -> Result<(), CliError> {
    let mut out = io::stdout().lock();
    match out.write_all(bytes).and_then(|()| out.flush()) {
        Err(e) if e.kind() != io::ErrorKind::BrokenPipe => Err(CliError::Stdout(e)),
        _ => Ok(()),
    }
}

/// Writes a brief to stdout: as rendered when stdout is a file or a pipe (the same bytes as
/// `-o` writes), through [`display_safe_lines`] when it is a terminal (bidi controls, which
/// the Markdown and text briefs keep, are then shown as symbols too).
pub fn print_brief(rendered: &str) -> Result<(), CliError> {
    if io::stdout().is_terminal() { print(display_safe_lines(rendered).as_bytes()) } else { print(rendered.as_bytes()) }
}
