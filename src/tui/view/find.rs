//! Search matches in text as the reader shows it: found ignoring case (exactly, for
//! characters whose lower case has another length) and laid over a line's spans, so the
//! quote list and the help, context and reading views highlight what `/` found alike.

use std::ops::Range;

use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};

use crate::tui::state::App;

/// Byte ranges of `text` matching `query_lower` case-insensitively (the query already in
/// lower case); none for an empty query.
pub fn find_ignoring_case(text: &str, query_lower: &str) -> Vec<Range<usize>> {
    if query_lower.is_empty() {
        return Vec::new();
    }
    let mut folded = String::with_capacity(text.len());
    let mut origin = Vec::with_capacity(text.len());
    for (i, c) in text.char_indices() {
        for l in c.to_lowercase() {
            folded.push(l);
            origin.extend(std::iter::repeat_n((i, i + c.len_utf8()), l.len_utf8()));
        }
    }
    folded.match_indices(query_lower).map(|(s, m)| origin[s].0..origin[s + m.len() - 1].1).collect()
}

/// The text of a line, its spans joined.
fn line_text(line: &Line) -> String {
    line.spans.iter().map(|s| s.content.as_ref()).collect()
}

/// The line with every match of `query_lower` in it styled `style` over its own style (a
/// match may run across spans); unchanged when none is in it.
pub fn highlight(line: Line<'static>, query_lower: &str, style: Style) -> Line<'static> {
    let found = find_ignoring_case(&line_text(&line), query_lower);
    if found.is_empty() {
        return line;
    }
    let mut spans = Vec::new();
    let mut start = 0;
    for span in &line.spans {
        let (text, end) = (span.content.as_ref(), start + span.content.len());
        let mut cuts = vec![start, end];
        for r in &found {
            cuts.extend([r.start, r.end].into_iter().filter(|c| (start..end).contains(c)));
        }
        cuts.sort_unstable();
        cuts.dedup();
        for w in cuts.windows(2) {
            let inside = found.iter().any(|r| r.start <= w[0] && w[1] <= r.end);
            let piece = text[w[0] - start..w[1] - start].to_string();
            spans.push(Span::styled(piece, if inside { span.style.patch(style) } else { span.style }));
        }
        start = end;
    }
    Line { spans, ..line }
}

/// The lines of the open view, the first being line `first` of its text, with the view's
/// search, if there is one, highlighted: on the line of the match `n`/`N` went to last, in
/// reverse, so that it stands out among the others in view.
pub fn searched(lines: Vec<Line<'static>>, app: &App, first: usize) -> Vec<Line<'static>> {
    let Some(find) = app.page().find.as_ref() else {
        return lines;
    };
    let query = find.query.to_lowercase();
    let style = app.theme.search();
    let current = style.add_modifier(Modifier::REVERSED);
    let lit = |(i, line)| highlight(line, &query, if find.line == Some(first + i) { current } else { style });
    lines.into_iter().enumerate().map(lit).collect()
}

/// The first line from `from` on (`forward`), or the last up to `from`, holding a match of
/// `query_lower`; `from` past the end counts from the last line.
pub fn find_line(lines: &[Line], query_lower: &str, from: usize, forward: bool) -> Option<usize> {
    let holds = |i: &usize| !find_ignoring_case(&line_text(&lines[*i]), query_lower).is_empty();
    if forward {
        (from..lines.len()).find(holds)
    } else {
        (0..=from.min(lines.len().checked_sub(1)?)).rev().find(holds)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_match_across_spans_is_styled_and_the_text_kept() {
        let bold = Style::new().add_modifier(Modifier::BOLD);
        let line = Line::from(vec![Span::raw("The Harbour "), Span::styled("talks", bold)]);
        let lit = highlight(line, "our tal", Style::new().add_modifier(Modifier::REVERSED));
        let texts: Vec<&str> = lit.spans.iter().map(|s| s.content.as_ref()).collect();
        assert_eq!(texts, ["The Harb", "our ", "tal", "ks"]);
        assert!(lit.spans[1].style.add_modifier.contains(Modifier::REVERSED));
        assert_eq!(lit.spans[2].style.add_modifier, Modifier::BOLD | Modifier::REVERSED);
        assert_eq!(lit.spans[3].style, bold);
    }

    #[test]
    fn lines_are_found_forward_and_back_from_a_line() {
        let lines: Vec<Line> = ["one ferry", "none", "Ferry two", "three"].into_iter().map(Line::from).collect();
        assert_eq!(find_line(&lines, "ferry", 1, true), Some(2));
        assert_eq!(find_line(&lines, "ferry", 3, true), None);
        assert_eq!(find_line(&lines, "ferry", 1, false), Some(0));
        assert_eq!(find_line(&lines, "ferry", usize::MAX, false), Some(2));
        assert_eq!(find_ignoring_case("İstanbul ferry", "ferry"), vec![std::ops::Range { start: 10, end: 15 }]);
    }
}
