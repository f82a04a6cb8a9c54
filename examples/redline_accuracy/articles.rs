//! The invented articles of a marked file: a paragraph a line, `#` lines left out, a blank
//! line between articles, and the marks `[[TAG:phrase]]` taken out of the text with their byte
//! ranges. Read by both harnesses that use the invented texts (`redline_accuracy`, and
//! `speakers_invented` through `#[path]`).

/// A marked phrase: its byte range in its article and its tag (`?` for any).
pub struct Mark {
    pub start: usize,
    pub end: usize,
    pub tag: String,
}

/// One invented article: its name, text (a paragraph a line, blank lines between) and marks.
pub struct Article {
    pub name: String,
    pub text: String,
    pub marks: Vec<Mark>,
}

/// The articles of a file: paragraphs a line, `#` lines left out, a blank line between articles.
pub fn articles(prefix: &str, source: &str) -> Vec<Article> {
    let mut out: Vec<Article> = Vec::new();
    let mut current: Option<Article> = None;
    for line in source.lines().filter(|l| !l.starts_with('#')) {
        if line.trim().is_empty() {
            out.extend(current.take());
            continue;
        }
        let a = current.get_or_insert_with(|| Article {
            name: format!("{prefix}-{:02}", out.len() + 1),
            text: String::new(),
            marks: Vec::new(),
        });
        if !a.text.is_empty() {
            a.text.push_str("\n\n");
        }
        let mut rest = line;
        while let Some(open) = rest.find("[[") {
            a.text.push_str(&rest[..open]);
            let close = rest[open..].find("]]").map(|i| open + i).expect("a mark is closed by ]]");
            let (tag, phrase) = rest[open + 2..close].split_once(':').expect("a mark is [[TAG:phrase]]");
            let start = a.text.len();
            a.text.push_str(phrase);
            a.marks.push(Mark { start, end: a.text.len(), tag: tag.to_string() });
            rest = &rest[close + 2..];
        }
        a.text.push_str(rest);
    }
    out.extend(current);
    out
}
