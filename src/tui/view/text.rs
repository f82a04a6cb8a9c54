//! Wrapping of highlighted text: red-line phrases keep their style and get their tag (e.g.
//! `[RL4]`) written after them; search matches and quotes are layered on top. Words are never
//! cut unless longer than a whole line; widths follow Unicode (wide and combining characters).

use std::ops::Range;

use ratatui::style::Style;
use ratatui::text::{Line, Span};
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

/// Lines of `text` wrapped to `width` columns with the marks applied (later marks on top).
pub fn wrap(text: &str, marks: &[Mark], base: Style, width: u16) -> Vec<Line<'static>> {
    let (display, layers, tags) = decorate(text, marks);
    line_ranges(&display, &tags, width).into_iter().map(|range| styled_line(&display, range, &layers, base)).collect()
}

/// The number of lines [`wrap`] gives for the same text, marks and width (styles do not
/// change it), worked out without styling them.
pub fn line_count(text: &str, marks: &[Mark], width: u16) -> usize {
    let (display, _, tags) = decorate(text, marks);
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
    fn long_words_are_broken_only_when_longer_than_a_line() {
        let texts: Vec<String> = wrap("abcdefghij xy", &[], Style::new(), 4).iter().map(plain).collect();
        assert_eq!(texts, ["abcd", "efgh", "ij", "xy"]);
    }
}
