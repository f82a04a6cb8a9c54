//! The corpus's article list in the real binary, in a pseudo-terminal read with vt100: `A`
//! opens it, `/` and a topic narrow it as the letters are typed, the status line counts the
//! articles kept, `o` sorts it (the order in its title), Enter keeps the filter and opens
//! the highlighted article; back on the corpus, `A` opens the list as it was left, Esc
//! clears the filter, `q` closes the list and then quits; and a corpus shows the speaker
//! stored in an article's corrections sidecar. Synchronisation is by polling the screen
//! until a condition holds, under a generous overall deadline.

#![cfg(unix)]

use std::io::{Read, Write};
use std::sync::mpsc::{Receiver, RecvTimeoutError, channel};
use std::time::{Duration, Instant};

use portable_pty::{CommandBuilder, PtySize, native_pty_system};
use sha2::Digest;

/// The screen of the program and the keys sent to it.
struct Screen {
    parser: vt100::Parser,
    output: Receiver<Vec<u8>>,
    input: Box<dyn Write + Send>,
    deadline: Instant,
}

impl Screen {
    /// Feeds output to the screen until it shows `text`; panics with the screen at the
    /// deadline or when the output ends.
    fn wait_text(&mut self, text: &str) {
        while !self.parser.screen().contents().contains(text) {
            let left = self.deadline.saturating_duration_since(Instant::now());
            let shown = self.parser.screen().contents();
            assert!(!left.is_zero(), "timed out waiting for {text:?}; screen:\n{shown}");
            match self.output.recv_timeout(left.min(Duration::from_millis(200))) {
                Ok(bytes) => self.parser.process(&bytes),
                Err(RecvTimeoutError::Timeout) => {}
                Err(RecvTimeoutError::Disconnected) => panic!("output ended before {text:?}; screen:\n{shown}"),
            }
        }
    }

    fn send(&mut self, keys: &str) {
        self.input.write_all(keys.as_bytes()).expect("write keys");
        self.input.flush().expect("flush keys");
    }
}

/// Starts `redline news` in `dir` in a 100×30 pseudo-terminal, no configuration file read,
/// `XDG_DATA_HOME` (where corrections are kept) set to `data_home`.
fn start(dir: &std::path::Path, data_home: &std::path::Path) -> (Screen, Box<dyn portable_pty::Child + Send + Sync>) {
    let pair = native_pty_system()
        .openpty(PtySize { rows: 30, cols: 100, pixel_width: 0, pixel_height: 0 })
        .expect("open a pty");
    let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_redline"));
    cmd.arg("news");
    cmd.cwd(dir);
    cmd.env("TERM", "xterm-256color");
    cmd.env("XDG_CONFIG_HOME", "/nonexistent/redline-tests");
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
    (Screen { parser: vt100::Parser::new(30, 100, 0), output, input, deadline }, child)
}

#[test]
fn a_corpus_shows_the_corrections_stored_for_its_articles() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::create_dir(dir.path().join("news")).expect("news folder");
    let text = "Harbour talks stall\n\n“We will not sign this week,” Ilse Marrow said on Tuesday.\n";
    std::fs::write(dir.path().join("news/harbour.txt"), text).expect("write article");
    std::fs::write(dir.path().join("news/other.txt"), "Other news\n\n“Nothing new,” Ada Brin said.\n").expect("write");
    // The sidecar of the article's text, as `S` on it would have written it.
    let sha: String = sha2::Sha256::digest(text.as_bytes()).iter().map(|b| format!("{b:02x}")).collect();
    let folder = dir.path().join("data/redline/corrections");
    std::fs::create_dir_all(&folder).expect("corrections folder");
    let start_at = text.find("We will").expect("quote");
    let end_at = text.find(",”").expect("quote end") + 1;
    let json = format!(
        r#"{{"version": 1, "corrections": [{{"start": {start_at}, "end": {end_at}, "speaker": "Vera Holm"}}]}}"#
    );
    std::fs::write(folder.join(format!("{sha}.json")), json).expect("write sidecar");
    let (mut s, mut child) = start(dir.path(), &dir.path().join("data"));
    s.wait_text("2 articles ·");
    s.wait_text("Vera Holm · corrected · ¶1");
    assert!(!s.parser.screen().contents().contains("Ilse Marrow ·"));
    s.send("q");
    while child.try_wait().expect("child status").is_none() {
        assert!(Instant::now() < s.deadline, "redline did not exit after q");
        let _ = s.output.recv_timeout(Duration::from_millis(200));
    }
}

#[test]
fn the_article_list_filters_as_a_topic_is_typed_and_sorts() {
    let dir = tempfile::tempdir().expect("temp dir");
    let news = dir.path().join("news");
    std::fs::create_dir(&news).expect("news folder");
    for i in 0..30 {
        let topic = ["NATO", "Japan", "China"][i % 3];
        let text = format!(
            "Envoy warns of limits {i}\n\nGENEVA (Wire) – Foreign Minister Jane Roe said: \
             “{topic} is a red line that must not be crossed.”\n\nOpposition leader Max Stone replied: \
             “The sanctions will hurt everyone, and we are ready for talks.”\n"
        );
        std::fs::write(news.join(format!("article-{i:02}.txt")), text).expect("write article");
    }
    let (mut s, mut child) = start(dir.path(), std::path::Path::new("/nonexistent/redline-tests"));
    let deadline = s.deadline;
    s.wait_text("30 articles ·");
    s.send("A");
    s.wait_text("Articles · 30 · by path");
    s.send("/jap");
    s.wait_text("/jap▏ · 10 of 30 articles");
    s.wait_text("Articles · 10 of 30 · by path · /jap");
    let shown = s.parser.screen().contents();
    assert!(shown.contains("Envoy warns of limits 1 — news/article-01.txt"), "{shown}");
    assert!(!shown.contains("article-00.txt"), "a NATO article is left out:\n{shown}");
    s.send("\r");
    s.wait_text("/jap · 10 of 30 articles");
    s.send("o");
    s.wait_text("Articles · 10 of 30 · by date · /jap");
    s.send("\r");
    s.wait_text(" Envoy warns of limits 1 1/2 ·");
    // Esc back to the corpus; `A` opens the list as it was left; Esc clears the filter, `q` closes it and quits.
    s.send("\x1b");
    s.wait_text("30 articles ·");
    s.send("A");
    s.wait_text("Articles · 10 of 30 · by date · /jap");
    s.send("\x1b");
    s.wait_text("Articles · 30 · by date ");
    s.send("q");
    s.wait_text("q quit");
    s.send("q");
    // `q` closed the list; on the corpus it quits.
    while child.try_wait().expect("child status").is_none() {
        assert!(Instant::now() < deadline, "redline did not exit after q");
        let _ = s.output.recv_timeout(Duration::from_millis(200));
    }
    let status = child.wait().expect("child status");
    assert!(status.success(), "exit status {status:?}");
}
