//! Running the real `redline` binary from integration tests.

use std::io::Write;
use std::process::{Command, Output, Stdio};

/// Runs `redline ARGS`, feeding `stdin`, and waits for it. No configuration file is read
/// (`XDG_CONFIG_HOME` names a folder that does not exist), and no corrections
/// (`XDG_DATA_HOME` likewise), so the user's cannot interfere.
pub fn run(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_redline"))
        .args(args)
        .env("XDG_CONFIG_HOME", "/nonexistent/redline-tests")
        .env("XDG_DATA_HOME", "/nonexistent/redline-tests")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("redline runs");
    child.stdin.take().unwrap().write_all(stdin).unwrap();
    child.wait_with_output().unwrap()
}

/// Runs `redline ARGS` with empty stdin.
pub fn redline(args: &[&str]) -> Output {
    run(args, b"")
}

/// Standard output as text.
pub fn stdout(out: &Output) -> String {
    String::from_utf8(out.stdout.clone()).unwrap()
}

/// Standard error as text.
pub fn stderr(out: &Output) -> String {
    String::from_utf8(out.stderr.clone()).unwrap()
}
