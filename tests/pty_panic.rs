//! Terminal safety when the reader panics: the real binary (a debug build, whose hidden
//! `REDLINE_DEBUG_PANIC` hook panics right after the first frame) runs in a pseudo-terminal;
//! afterwards the terminal must have left the alternate screen, mouse capture and raw mode,
//! and the panic message must be printed after the restore.

#![cfg(unix)]

use std::io::Read;
use std::sync::mpsc::channel;
use std::time::{Duration, Instant};

use portable_pty::{CommandBuilder, PtySize, native_pty_system};

/// The terminal's line discipline flags: raw mode clears ICANON and ECHO.
fn local_flags(fd: std::os::fd::RawFd) -> libc::tcflag_t {
    // SAFETY: tcgetattr only writes into the termios value we own.
    let mut t: libc::termios = unsafe { std::mem::zeroed() };
    assert_eq!(unsafe { libc::tcgetattr(fd, &mut t) }, 0, "tcgetattr on the pty");
    t.c_lflag
}

#[test]
fn a_panic_in_the_reader_restores_the_terminal() {
    let pair = native_pty_system()
        .openpty(PtySize { rows: 24, cols: 80, pixel_width: 0, pixel_height: 0 })
        .expect("open a pty");
    let fd = pair.master.as_raw_fd().expect("the pty master has a descriptor");
    let cooked = local_flags(fd);
    assert_ne!(cooked & libc::ICANON, 0, "a new pty starts in cooked mode");
    let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_redline"));
    cmd.env("TERM", "xterm-256color");
    cmd.env("REDLINE_DEBUG_PANIC", "1");
    let mut child = pair.slave.spawn_command(cmd).expect("spawn redline");
    drop(pair.slave);
    let mut reader = pair.master.try_clone_reader().expect("pty reader");
    let (tx, rx) = channel();
    std::thread::spawn(move || {
        let mut buf = [0u8; 8192];
        while let Ok(n) = reader.read(&mut buf) {
            if n == 0 || tx.send(buf[..n].to_vec()).is_err() {
                break;
            }
        }
    });
    // wait for the process to end, collecting what it wrote
    let deadline = Instant::now() + Duration::from_secs(60);
    let mut output = Vec::new();
    let status = loop {
        while let Ok(bytes) = rx.recv_timeout(Duration::from_millis(50)) {
            output.extend(bytes);
        }
        if let Some(status) = child.try_wait().expect("child status") {
            break status;
        }
        if Instant::now() >= deadline {
            let _ = child.kill();
            panic!("the reader did not end after its panic");
        }
    };
    while let Ok(bytes) = rx.recv_timeout(Duration::from_millis(200)) {
        output.extend(bytes);
    }
    assert!(!status.success(), "a panic must not exit with success");
    let text = String::from_utf8_lossy(&output);
    let entered = text.find("\x1b[?1049h").expect("the reader entered the alternate screen");
    let left = text.rfind("\x1b[?1049l").expect("the alternate screen was left");
    assert!(left > entered);
    if let Some(mouse_on) = text.find("\x1b[?1000h") {
        assert!(text.rfind("\x1b[?1000l").is_some_and(|off| off > mouse_on), "mouse capture left on");
    }
    let message = text.rfind("panic requested by REDLINE_DEBUG_PANIC").expect("the panic message is printed");
    assert!(message > left, "the message comes after the restore, on the normal screen");
    let mut screen = vt100::Parser::new(24, 80, 0);
    screen.process(&output);
    assert!(!screen.screen().alternate_screen(), "still on the alternate screen");
    let flags = local_flags(fd);
    assert_ne!(flags & libc::ICANON, 0, "raw mode left on (no canonical input)");
    assert_ne!(flags & libc::ECHO, 0, "raw mode left on (no echo)");
}
