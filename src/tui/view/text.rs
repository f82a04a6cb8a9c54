//! Wrapping of highlighted text: red-line phrases keep their style and are written between
//! their tags (`[RL:4 red line]`, the tags are marks of no length with text); search matches
//! and quotes are layered on top. Words are never
//! cut unless longer than a whole line; widths follow Unicode (wide and combining characters).
//!
//! Terminal safety: text from an article, a file name or a data file becomes spans only
//! through [`safe`], [`wrap`] or [`super::common::fit`], which show every control and bidi character
//! as a visible symbol (`␛`, `⟨CSI⟩`, `⟨RLO⟩`: [`redline_analysis::display_safe`]). Behind
//! them, [`scrub`] removes any such character that still reaches the screen, so none is ever
//! written to the terminal raw.

use std::borrow::Cow;
use std::ops::Range;

use ratatui::buffer::Buffer;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use redline_analysis::{display_safe, is_unsafe};
use textwrap::WordSeparator;
use textwrap::core::{Word, break_words};
use textwrap::wrap_algorithms::wrap_first_fit;

/// A styled range of the text, optionally followed by a tag.
#[derive(Debug, Clone)]
pub struct Mark {
    /// Byte range into the text.
    pub range: Range<usize>,
    /// Its style, laid over the base and over earlier marks.
    pub style: Style,
    /// Text written right after the range (a red-line tag), with its style.
    pub tag: Option<(String, Style)>,
}

/// One line of text from an article, a file name or a data file as the reader shows it: every
/// control character (tab and line feed included) and bidi control shown as its symbol.
pub fn safe(text: &str) -> Cow<'_, str> {
    display_safe(text)
}

/// Lines of `text` wrapped to `width` columns with the marks applied (later marks on top).
/// Line feeds (and CRLF) break lines and a tab is a space; every other control or bidi
/// character is shown as its symbol, as by [`safe`], and so are those in tags.
pub fn wrap(text: &str, marks: &[Mark], base: Style, width: u16) -> Vec<Line<'static>> {
    let (text, marks) = shown(text, marks);
    let (display, layers, tags) = decorate(&text, &marks);
    line_ranges(&display, &tags, width).into_iter().map(|range| styled_line(&display, range, &layers, base)).collect()
}

/// The number of lines [`wrap`] gives for the same text, marks and width (styles do not
/// change it), worked out without styling them.
pub fn line_count(text: &str, marks: &[Mark], width: u16) -> usize {
    let (text, marks) = shown(text, marks);
    let (display, _, tags) = decorate(&text, &marks);
    line_ranges(&display, &tags, width).len()
}

/// Byte ranges of the lines of the display string wrapped to `width` columns: each
/// newline-separated piece on its own lines, the `tags` kept with their phrase.
fn line_ranges(display: &str, tags: &[Range<usize>], width: u16) -> Vec<Range<usize>> {
    let width = usize::from(width.max(1));
    let mut lines = Vec::new();
    let mut from = 0;
    for piece in display.split('\n') {
        let glued: Vec<Range<usize>> =
            tags.iter().filter_map(|t| Some(t.start.checked_sub(from)?..t.end - from)).collect();
        lines.extend(wrap_ranges(piece, width, &glued).into_iter().map(|r| from + r.start..from + r.end));
        from += piece.len() + 1;
    }
    lines
}

/// The text as [`wrap`] shows it, with the marks moved to match (their ranges keep covering
/// the same characters) and their tags made safe. Borrowed when nothing needs replacing.
fn shown<'a>(text: &'a str, marks: &'a [Mark]) -> (Cow<'a, str>, Cow<'a, [Mark]>) {
    let replaced = |c: char| is_unsafe(c) && c != '\n';
    let unsafe_tag = |m: &Mark| m.tag.as_ref().is_some_and(|(t, _)| t.contains(is_unsafe));
    if !text.contains(replaced) && !marks.iter().any(unsafe_tag) {
        return (Cow::Borrowed(text), Cow::Borrowed(marks));
    }
    let mut out = String::with_capacity(text.len() + 16);
    // (end of a replaced character in `text`, end of its replacement in `out`), in order.
    let mut moved: Vec<(usize, usize)> = Vec::new();
    for (i, c) in text.char_indices() {
        match c {
            '\r' if text[i + 1..].starts_with('\n') => {}
            '\t' => out.push(' '),
            c if replaced(c) => out.push_str(&display_safe(c.encode_utf8(&mut [0; 4]))),
            c => {
                out.push(c);
                continue;
            }
        }
        moved.push((i + c.len_utf8(), out.len()));
    }
    let at = |pos: usize| match moved.partition_point(|(end, _)| *end <= pos) {
        0 => pos,
        k => moved[k - 1].1 + (pos - moved[k - 1].0),
    };
    let marks = marks
        .iter()
        .map(|m| Mark {
            range: at(m.range.start)..at(m.range.end),
            style: m.style,
            tag: m.tag.as_ref().map(|(t, style)| (safe(t).into_owned(), *style)),
        })
        .collect();
    (Cow::Owned(out), Cow::Owned(marks))
}

/// The last line of defence, run on every frame before it reaches the terminal: removes from
/// each cell every control and bidi character (a view that made its text safe leaves none).
/// Returns the number of cells changed.
pub fn scrub(buffer: &mut Buffer) -> usize {
    let mut changed = 0;
    for cell in &mut buffer.content {
        if cell.symbol().contains(is_unsafe) {
            let kept: String = cell.symbol().chars().filter(|c| !is_unsafe(*c)).collect();
            cell.set_symbol(if kept.is_empty() { " " } else { &kept });
            changed += 1;
        }
    }
    changed
}

/// Styled ranges of a display string.
type Layers = Vec<(Range<usize>, Style)>;

/// The text with tags inserted after their ranges, the style layers in its coordinates, and
/// where the tags are.
fn decorate(text: &str, marks: &[Mark]) -> (String, Layers, Vec<Range<usize>>) {
    let floor = |mut at: usize| {
        at = at.min(text.len());
        while !text.is_char_boundary(at) {
            at -= 1;
        }
        at
    };
    let mut inserts: Vec<(usize, usize)> =
        marks.iter().enumerate().filter(|(_, m)| m.tag.is_some()).map(|(i, m)| (floor(m.range.end), i)).collect();
    inserts.sort();
    // Display position of an original offset: tags inserted before it push it right; a range
    // starting where a tag goes in starts after the tag, one ending there ends before it.
    let shift = |pos: usize, after_tags: bool| {
        pos + inserts
            .iter()
            .filter(|(at, _)| *at < pos || (after_tags && *at == pos))
            .map(|(_, i)| marks[*i].tag.as_ref().map_or(0, |t| t.0.len()))
            .sum::<usize>()
    };
    let mut layers: Vec<(Range<usize>, Style)> =
        marks.iter().map(|m| (shift(floor(m.range.start), true)..shift(floor(m.range.end), false), m.style)).collect();
    let mut display = String::with_capacity(text.len() + 8 * inserts.len());
    let mut copied = 0;
    let mut tags = Vec::new();
    for (at, i) in &inserts {
        display.push_str(&text[copied..*at]);
        copied = *at;
        if let Some((tag, style)) = &marks[*i].tag {
            layers.push((display.len()..display.len() + tag.len(), *style));
            tags.push(display.len()..display.len() + tag.len());
            display.push_str(tag);
        }
    }
    display.push_str(&text[copied..]);
    (display, layers, tags)
}

/// Byte ranges of the lines of one newline-free piece wrapped to `width`; no line breaks
/// before or inside the `glued` ranges (tags stay with their phrase).
fn wrap_ranges(piece: &str, width: usize, glued: &[Range<usize>]) -> Vec<Range<usize>> {
    let offset = |w: &str| w.as_ptr() as usize - piece.as_ptr() as usize;
    let mut words: Vec<Word> = Vec::new();
    for word in WordSeparator::new().find_words(piece) {
        let at = offset(word.word);
        match words.last_mut() {
            Some(last) if last.whitespace.is_empty() && glued.iter().any(|g| g.start <= at && at < g.end) => {
                *last = Word::from(&piece[offset(last.word)..at + word.word.len() + word.whitespace.len()]);
            }
            _ => words.push(word),
        }
    }
    let words = break_words(words, width);
    let ranges: Vec<Range<usize>> = wrap_first_fit(&words, &[width as f64])
        .into_iter()
        .filter_map(|line| {
            let (first, last) = (line.first()?, line.last()?);
            Some(offset(first.word)..offset(last.word) + last.word.len())
        })
        .collect();
    if ranges.is_empty() { std::iter::once(0..0).collect() } else { ranges }
}

/// One display line cut into spans at every layer boundary.
fn styled_line(display: &str, line: Range<usize>, layers: &[(Range<usize>, Style)], base: Style) -> Line<'static> {
    let mut cuts = vec![line.start, line.end];
    for (r, _) in layers {
        cuts.extend([r.start, r.end].into_iter().filter(|c| line.contains(c) && display.is_char_boundary(*c)));
    }
    cuts.sort_unstable();
    cuts.dedup();
    let spans = cuts
        .windows(2)
        .filter(|w| w[0] < w[1])
        .map(|w| {
            let style =
                layers.iter().filter(|(r, _)| r.start <= w[0] && w[1] <= r.end).fold(base, |s, (_, l)| s.patch(*l));
            Span::styled(display[w[0]..w[1]].to_string(), style)
        })
        .collect::<Vec<_>>();
    Line::from(spans)
}

/// The display width of a string in terminal columns.
pub fn width(text: &str) -> usize {
    unicode_width::UnicodeWidthStr::width(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain(line: &Line) -> String {
        line.spans.iter().map(|s| s.content.as_ref()).collect()
    }

    #[test]
    fn words_are_not_cut_and_highlight_spans_line_breaks() {
        let text = "we will not tolerate any further steps";
        let start = text.find("will not tolerate").unwrap();
        let bold = Style::new().add_modifier(ratatui::style::Modifier::BOLD);
        let marks = [Mark { range: start..start + 17, style: bold, tag: Some(("[RL4]".into(), bold)) }];
        let lines = wrap(text, &marks, Style::new(), 13);
        let texts: Vec<String> = lines.iter().map(plain).collect();
        assert_eq!(texts, ["we will not", "tolerate[RL4]", "any further", "steps"]);
        assert!(lines[0].spans.iter().any(|s| s.content == "will not" && s.style == bold));
        assert!(lines[1].spans.iter().all(|s| s.style == bold));
        assert!(lines[2].spans.iter().all(|s| s.style == Style::new()));
    }

    #[test]
    fn wide_and_combining_characters_count_by_columns() {
        let lines = wrap("日本語の 文章です cafe\u{301} cafe\u{301}", &[], Style::new(), 9);
        for line in &lines {
            assert!(width(&plain(line)) <= 9, "{:?}", plain(line));
        }
        assert!(lines.iter().any(|l| plain(l) == "cafe\u{301} cafe\u{301}"));
    }

    proptest::proptest! {
        #[test]
        fn any_text_and_marks_wrap_without_losing_text(text in "[\\PC\n]{0,80}", cuts in proptest::collection::vec((0usize..100, 0usize..100), 0..4), width in 1u16..30) {
            let marks: Vec<Mark> = cuts.iter().map(|(a, b)| Mark {
                range: (*a).min(*b)..(*a).max(*b),
                style: Style::new().add_modifier(ratatui::style::Modifier::BOLD),
                tag: Some(("[RL4]".into(), Style::new())),
            }).collect();
            let lines = wrap(&text, &marks, Style::new(), width);
            let shown: String = lines.iter().map(plain).collect::<String>().chars().filter(|c| !c.is_whitespace()).collect();
            let (display, _, _) = decorate(&text, &marks);
            let expected: String = display.chars().filter(|c| !c.is_whitespace()).collect();
            proptest::prop_assert_eq!(shown, expected);
            proptest::prop_assert_eq!(line_count(&text, &marks, width), lines.len());
        }
    }

    #[test]
    fn controls_and_bidi_are_shown_as_symbols_with_marks_kept_on_their_words() {
        let text = "a\x1b]2;T\x07 \u{202E}will not\u{202C} wait\r\nnext\tline\u{9B}6n";
        let start = text.find("will").unwrap();
        let bold = Style::new().add_modifier(ratatui::style::Modifier::BOLD);
        let tag = Some(("[R\x1bL4]".to_string(), bold));
        let marks = [Mark { range: start..start + "will not".len(), style: bold, tag }];
        let lines = wrap(text, &marks, Style::new(), 80);
        let texts: Vec<String> = lines.iter().map(plain).collect();
        assert_eq!(texts, ["a␛]2;T␇ ⟨RLO⟩will not[R␛L4]⟨PDF⟩ wait", "next line⟨CSI⟩6n"]);
        let bolded: String = lines[0].spans.iter().filter(|s| s.style == bold).map(|s| s.content.as_ref()).collect();
        assert_eq!(bolded, "will not[R␛L4]");
    }

    #[test]
    fn scrub_removes_what_a_view_left_and_counts_it() {
        let mut buffer = Buffer::empty(ratatui::layout::Rect::new(0, 0, 4, 1));
        buffer[(0, 0)].set_symbol("a\u{202E}");
        buffer[(1, 0)].set_symbol("\u{2066}");
        buffer[(2, 0)].set_symbol("␛");
        assert_eq!(scrub(&mut buffer), 2);
        let symbols: Vec<&str> = buffer.content.iter().map(|c| c.symbol()).collect();
        assert_eq!(symbols, ["a", " ", "␛", " "]);
        assert_eq!(scrub(&mut buffer), 0);
    }

    #[test]
    fn long_words_are_broken_only_when_longer_than_a_line() {
        let texts: Vec<String> = wrap("abcdefghij xy", &[], Style::new(), 4).iter().map(plain).collect();
        assert_eq!(texts, ["abcd", "efgh", "ij", "xy"]);
    }
}
