//! Article text out of HTML pages (a readability extraction with `dom_smoothie`) and
//! Markdown files (parsed with `pulldown-cmark`), laid out as plain text the article parser
//! understands: the title, a "By …" line, a "Published …" line with the page's own date, then
//! one paragraph per line with blank lines between. Offsets of the analysis then refer to this
//! extracted text. An HTML page's headline and date come from its metadata first
//! ([`super::page_meta`]).

use std::path::Path;

use pulldown_cmark::{Event, Parser, TagEnd};

use super::page_meta;

/// What kind of document a file holds, by its extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Plain text, analysed as read.
    Text,
    /// An HTML page, reduced to its article.
    Html,
    /// Markdown, reduced to its text.
    Markdown,
}

impl Kind {
    /// The kind a path's extension names; anything unknown is plain text.
    pub fn of(path: &Path) -> Kind {
        match extension(path).as_deref() {
            Some("html" | "htm" | "xhtml") => Kind::Html,
            Some("md" | "markdown") => Kind::Markdown,
            _ => Kind::Text,
        }
    }

    /// True for the extensions a folder is searched for (`.txt`, `.md`, `.html`, `.htm`).
    pub fn is_article_file(path: &Path) -> bool {
        matches!(extension(path).as_deref(), Some("txt" | "md" | "markdown" | "html" | "htm"))
    }
}

/// A path's extension in lower case.
fn extension(path: &Path) -> Option<String> {
    path.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase)
}

/// Collapses whitespace runs to single spaces and trims.
fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Lays out title, byline, date and paragraphs as text: one block per line, blank lines
/// between.
fn layout(
    title: Option<&str>,
    byline: Option<&str>,
    date: Option<&str>,
    paragraphs: impl IntoIterator<Item = String>,
) -> String {
    let mut blocks: Vec<String> = Vec::new();
    let title = title.map(one_line).filter(|t| !t.is_empty());
    if let Some(t) = &title {
        blocks.push(t.clone());
    }
    let byline = byline.map(one_line).filter(|b| !b.is_empty());
    let byline = byline.map(|b| if b.to_lowercase().starts_with("by ") { b } else { format!("By {b}") });
    if let Some(b) = &byline {
        blocks.push(b.clone());
    }
    if let Some(d) = date.map(one_line).filter(|d| !d.is_empty()) {
        blocks.push(format!("Published {d}"));
    }
    for p in paragraphs {
        let p = one_line(&p);
        if !p.is_empty() && Some(&p) != title.as_ref() && Some(&p) != byline.as_ref() {
            blocks.push(p);
        }
    }
    let mut text = blocks.join("\n\n");
    text.push('\n');
    text
}

/// Why a page yielded no article text. The message is one line, without the file name
/// (the caller names the file).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ExtractError {
    /// The page could not be parsed as HTML.
    #[error("{0}")]
    Unparsable(String),
    /// The readability extraction found no article in the page.
    #[error("no article found in the page ({0})")]
    NoArticle(String),
    /// The article found holds no text.
    #[error("no article text found in the page")]
    Empty,
}

/// The article of an HTML page, as text. Fails when no readable content is found.
pub fn html_to_text(html: &str) -> Result<String, ExtractError> {
    let cfg = dom_smoothie::Config { text_mode: dom_smoothie::TextMode::Formatted, ..Default::default() };
    let mut readability =
        dom_smoothie::Readability::new(html, None, Some(cfg)).map_err(|e| ExtractError::Unparsable(e.to_string()))?;
    let meta = page_meta::read(&readability.doc);
    let article = readability.parse().map_err(|e| ExtractError::NoArticle(e.to_string()))?;
    let paragraphs: Vec<String> =
        article.text_content.split('\n').map(str::to_string).filter(|p| !p.trim().is_empty()).collect();
    if paragraphs.is_empty() {
        return Err(ExtractError::Empty);
    }
    let title = meta.title.unwrap_or(article.title);
    let date = meta.published.or(article.published_time);
    Ok(layout(Some(&title), article.byline.as_deref(), date.as_deref(), paragraphs))
}

/// The text of a Markdown document: the first heading before any paragraph is the title;
/// every heading, paragraph and list item is a block of its own; markup is dropped.
pub fn markdown_to_text(markdown: &str) -> String {
    let mut title: Option<String> = None;
    let mut blocks: Vec<String> = Vec::new();
    let mut current = String::new();
    for event in Parser::new(markdown) {
        match event {
            Event::End(TagEnd::Heading(_)) => {
                let text = std::mem::take(&mut current);
                if title.is_none() && blocks.is_empty() {
                    title = Some(text);
                } else {
                    blocks.push(text);
                }
            }
            Event::End(TagEnd::Paragraph | TagEnd::Item | TagEnd::CodeBlock | TagEnd::TableRow) => {
                blocks.push(std::mem::take(&mut current));
            }
            Event::Text(t) | Event::Code(t) => current.push_str(&t),
            Event::SoftBreak | Event::HardBreak => current.push(' '),
            Event::End(TagEnd::TableCell) => current.push_str(" | "),
            _ => {}
        }
    }
    if !current.trim().is_empty() {
        blocks.push(current);
    }
    layout(title.as_deref(), None, None, blocks)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_becomes_title_and_paragraph_lines() {
        let md = "# Envoy *warns* of limits\n\nBy Ada Brin\n\nThe envoy said:\n\u{201C}We **will not** wait.\u{201D}\n\n- a point\n- another\n";
        assert_eq!(
            markdown_to_text(md),
            "Envoy warns of limits\n\nBy Ada Brin\n\nThe envoy said: \u{201C}We will not wait.\u{201D}\n\na point\n\nanother\n"
        );
    }

    #[test]
    fn html_page_is_reduced_to_its_article() {
        let text = html_to_text(include_str!("../../../../tests/inputs/statement.html")).unwrap();
        let lines: Vec<&str> = text.lines().filter(|l| !l.is_empty()).collect();
        assert_eq!(lines[0], "Envoy warns talks cannot go on forever");
        assert_eq!(lines[1], "By Lena Holm");
        assert!(lines[2].starts_with("OSLO (NTB): Special Envoy Piet van Dam"));
        assert_eq!(lines.len(), 5, "{text}");
        assert!(!text.contains("Celebrity") && !text.contains("Privacy"), "page chrome left in: {text}");
    }

    #[test]
    fn kinds_by_extension() {
        assert_eq!(Kind::of(Path::new("a/b.HTM")), Kind::Html);
        assert_eq!(Kind::of(Path::new("notes.md")), Kind::Markdown);
        assert_eq!(Kind::of(Path::new("x")), Kind::Text);
        assert!(!Kind::is_article_file(Path::new("x.pdf")));
    }
}
