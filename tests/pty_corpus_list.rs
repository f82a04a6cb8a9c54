//! The corpus's article list in the real binary, in a pseudo-terminal read with vt100: `A`
//! opens it, `/` and a topic narrow it as the letters are typed, the status line counts the
//! articles kept, `o` sorts it (the order in its title), Enter keeps the filter and opens
//! the highlighted article; back on the corpus, `A` opens the list as it was left, Esc
//! clears the filter, `q` closes the list and then quits; and a corpus shows the speaker
//! stored in an article's corrections sidecar. Synchronisation is by polling the screen
//! until a condition holds, under a generous overall deadline.

#![cfg(unix)]

use sha2::Digest;

#[path = "common/pty.rs"]
mod pty;

use pty::Session;

/// Starts `redline news` in `dir` in the harness's pseudo-terminal, no configuration file
/// read, `XDG_DATA_HOME` (where corrections are kept) set to `data_home`.
fn start(dir: &std::path::Path, data_home: &std::path::Path) -> Session {
    Session::start_in(dir, &["news"], std::path::Path::new("/nonexistent/redline-tests"), data_home, "xterm-256color")
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
    let mut s = start(dir.path(), &dir.path().join("data"));
    s.wait_text("2 articles ·");
    s.wait_text("Vera Holm · corrected · ¶1");
    assert!(!s.parser.screen().contents().contains("Ilse Marrow ·"));
    s.quit();
}

#[test]
fn the_article_list_filters_as_a_topic_is_typed_and_sorts() {
    let dir = tempfile::tempdir().expect("temp dir");
    let news = dir.path().join("news");
    pty::write_thirty_articles(&news);
    let mut s = start(dir.path(), std::path::Path::new("/nonexistent/redline-tests"));
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
    // `q` closed the list; on the corpus it quits.
    s.quit();
}
