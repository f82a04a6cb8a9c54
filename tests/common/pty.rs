//! The real binary in a pseudo-terminal, its screen read with vt100: the harness the pty
//! tests share (`tests/e2e_pty.rs`, `tests/pty_corpus_list.rs`; each uses a part of it).
//! Synchronisation is by polling the screen until a condition holds, under a generous
//! overall deadline.
#![allow(dead_code)]

use std::io::{Read, Write};
use std::sync::mpsc::{Receiver, RecvTimeoutError, channel};
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, PtySize, native_pty_system};

/// The size of the pseudo-terminal, in rows and columns.
pub const ROWS: u16 = 30;
pub const COLS: u16 = 100;

/// Writes 30 invented articles into the new folder `news` (`article-00.txt` …), titled
/// `Envoy warns of limits N`, each naming NATO, Japan or China in turn in a quote with a red
/// line, and a reply with a threat and an offer of talks.
pub fn write_thirty_articles(news: &std::path::Path) {
    std::fs::create_dir(news).expect("news folder");
    for i in 0..30 {
        let topic = ["NATO", "Japan", "China"][i % 3];
        let text = format!(
            "Envoy warns of limits {i}\n\nGENEVA (Wire) – Foreign Minister Jane Roe said: \
             “{topic} is a red line that must not be crossed.”\n\nOpposition leader Max Stone replied: \
             “The sanctions will hurt everyone, and we are ready for talks.”\n"
        );
        std::fs::write(news.join(format!("article-{i:02}.txt")), text).expect("write article");
    }
}

/// A running `redline` in a pseudo-terminal: its screen, every byte it wrote, its keys.
pub struct Session {
    pub parser: vt100::Parser,
    /// Every byte the program wrote to the terminal so far.
    pub raw: Vec<u8>,
    pub output: Receiver<Vec<u8>>,
    pub input: Box<dyn Write + Send>,
    pub child: Box<dyn Child + Send + Sync>,
    pub deadline: Instant,
    pub closed: bool,
}

impl Session {
    /// Starts redline in `dir` with these arguments, `XDG_CONFIG_HOME` set to `config_home`,
    /// `XDG_DATA_HOME` (where corrections are kept) to `data_home`, `TERM` to `term` and no
    /// `COLORTERM`.
    pub fn start_in(
        dir: &std::path::Path,
        args: &[&str],
        config_home: &std::path::Path,
        data_home: &std::path::Path,
        term: &str,
    ) -> Session {
        let pair = native_pty_system()
            .openpty(PtySize { rows: ROWS, cols: COLS, pixel_width: 0, pixel_height: 0 })
            .expect("open a pty");
        let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_redline"));
        cmd.args(args);
        cmd.cwd(dir);
        cmd.env("TERM", term);
        cmd.env_remove("COLORTERM");
        cmd.env_remove("NO_COLOR");
        cmd.env("XDG_CONFIG_HOME", config_home);
        cmd.env("XDG_DATA_HOME", data_home);
        let child = pair.slave.spawn_command(cmd).expect("spawn redline");
        drop(pair.slave);
        let mut reader = pair.master.try_clone_reader().expect("pty reader");
        let input = pair.master.take_writer().expect("pty writer");
        let (tx, output) = channel();
        std::thread::spawn(move || {
            let _master = pair.master;
            let mut buf = [0u8; 8192];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 || tx.send(buf[..n].to_vec()).is_err() {
                    break;
                }
            }
        });
        let deadline = Instant::now() + Duration::from_secs(60);
        let parser = vt100::Parser::new(ROWS, COLS, 0);
        Session { parser, raw: Vec::new(), output, input, child, deadline, closed: false }
    }

    /// Feeds the output that arrives within a short while to the screen.
    pub fn pump(&mut self, what: &str) {
        let left = self.deadline.saturating_duration_since(Instant::now());
        assert!(!left.is_zero(), "timed out waiting for {what}; screen:\n{}", self.parser.screen().contents());
        match self.output.recv_timeout(left.min(Duration::from_millis(200))) {
            Ok(bytes) => {
                self.parser.process(&bytes);
                self.raw.extend_from_slice(&bytes);
            }
            Err(RecvTimeoutError::Timeout) => {}
            Err(RecvTimeoutError::Disconnected) => self.closed = true,
        }
    }

    /// Feeds output to the screen until `done` holds; panics with the screen at the deadline.
    pub fn wait_for(&mut self, what: &str, done: impl Fn(&vt100::Screen) -> bool) {
        while !done(self.parser.screen()) {
            assert!(!self.closed, "output ended before {what}; screen:\n{}", self.parser.screen().contents());
            self.pump(what);
        }
    }

    pub fn wait_text(&mut self, text: &str) {
        let wanted = text.to_string();
        self.wait_for(text, move |s| s.contents().contains(&wanted));
    }

    /// Presses `q` and waits for the process to end with status 0.
    pub fn quit(&mut self) {
        self.quit_with("q");
    }

    /// Presses `key` and waits for the process to end with status 0.
    pub fn quit_with(&mut self, key: &str) {
        self.send(key);
        let status = loop {
            if let Some(status) = self.child.try_wait().expect("child status") {
                break status;
            }
            self.pump("redline to exit after q");
        };
        assert!(status.success(), "exit status {status:?}");
    }

    /// Waits for the program to end by itself with status 0, and for the last of its output.
    pub fn finish(&mut self) {
        let status = loop {
            if let Some(status) = self.child.try_wait().expect("child status") {
                break status;
            }
            self.pump("redline to exit");
        };
        while !self.closed {
            self.pump("the end of the output");
        }
        assert!(status.success(), "exit status {status:?}; screen:\n{}", self.parser.screen().contents());
    }

    pub fn send(&mut self, keys: &str) {
        self.input.write_all(keys.as_bytes()).expect("write keys");
        self.input.flush().expect("flush keys");
    }
}
