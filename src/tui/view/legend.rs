//! The legend: one line of the red-line categories present in the document (for the quote
//! pane's bottom border on wide screens), and the legend page the help opens on — every
//! category with its colour, tag and severity, every symbol the reader draws, and the
//! speaker bases.

use std::collections::BTreeSet;

use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use redline_analysis::Category;

use super::text::{Mark, safe, width, wrap};
use crate::tui::document::SHORT_WORDS;
use crate::tui::theme::Theme;

/// The narrowest screen that shows the one-line legend.
pub const MIN_WIDTH: u16 = 100;

/// The bases of a speaker as quote headers name them, with what each means.
const SPEAKER_BASES: [(&str, &str); 7] = [
    ("said", "a cue (said, told, according to…) names the speaker"),
    ("subject", "no cue verb: the subject of the sentence the quote sits in"),
    ("pronoun", "a pronoun, role, office, document or acronym (he, the minister, the statement, the JCS) resolved"),
    ("carried ?", "no cue: the speaker of the quotes before it"),
    ("main speaker ?", "no cue: the person the article is about"),
    ("organisation", "added when the speaker is an organisation"),
    ("description", "added when the speaker is described, not named"),
];

/// The symbols of the reader and what each means, in the order they are explained.
const SYMBOLS: [(&str, &str); 9] = [
    ("[TH:4 phrase]", "a red-line phrase: category tag, severity 0–5, the words"),
    ("▲4", "in a quote header, an article row: its strongest red line's severity"),
    ("⚑12", "in the topic list: how many red lines the topic's quotes hold (a count)"),
    ("31a", "in the topic list of a corpus: how many articles name the topic"),
    ("●", "a marked quote (Space); e exports and y copies the marked quotes"),
    ("▌", "the highlighted topic or quote"),
    ("?", "after a speaker's name: a weaker basis (carried, main speaker)"),
    ("partial", "a fragment, nested quote or quoted title: labelled and dimmed"),
    ("¶3", "the paragraph of the quote, within its own article"),
];

/// The categories of the lexicon among `used` (the names a document's red lines use), in
/// lexicon order.
pub fn present<'a>(categories: &'a [Category], used: &BTreeSet<String>) -> Vec<&'a Category> {
    categories.iter().filter(|c| used.contains(&c.name)).collect()
}

/// One line of the categories present, `TH threat · CP capability …`, each tag in its
/// category's colour, as many whole items as fit in `room` columns; `None` when there is
/// none.
pub fn line(categories: &[&Category], theme: &Theme, room: usize) -> Option<Line<'static>> {
    let mut spans = vec![Span::raw(" ")];
    let mut used = 1;
    for c in categories {
        let (tag, name) = (safe(&c.tag).into_owned(), safe(&c.name.to_lowercase().replace('_', " ")).into_owned());
        let item = width(&tag) + 1 + width(&name) + 3;
        if used + item > room {
            break;
        }
        spans.push(Span::styled(tag, theme.tag(&c.name)));
        spans.push(Span::raw(format!(" {name} · ")));
        used += item;
    }
    let last = spans.pop()?;
    if spans.len() < 2 {
        return None;
    }
    spans.push(Span::raw(last.content.trim_end_matches(" · ").to_string() + " "));
    Some(Line::from(spans))
}

/// The legend page at the top of the help, for a box `width` columns inside.
pub fn page(categories: &[Category], theme: &Theme, width: u16) -> Vec<Line<'static>> {
    let mut lines =
        vec![Line::styled("Legend: red-line categories (each phrase is [TAG:severity phrase])", theme.heading())];
    for c in categories {
        let tag = format!("[{}:{} …]", c.tag, c.severity);
        let kind = if c.de_escalation { "de-escalation" } else { "severity" };
        let text = format!("{:<14} {tag} {kind} {}: {}", c.name, c.severity, c.description);
        let name_end = c.name.len().max(1);
        let tag_at = text.find(&tag).unwrap_or(0);
        let marks = [
            Mark { range: 0..name_end, style: theme.red_line(&c.name, c.severity), tag: None },
            Mark { range: tag_at..tag_at + tag.len(), style: theme.tag(&c.name), tag: None },
        ];
        for (i, line) in wrap(&text, &marks, Default::default(), width).into_iter().enumerate() {
            let indent = if i == 0 { "  " } else { "                   " };
            lines.push(Line::from([vec![Span::raw(indent)], line.spans].concat()));
        }
    }
    let mut scale = vec![Span::raw("  Severity: underlined, bold, then on colour:  ")];
    for s in 1..=5u8 {
        scale.push(Span::styled(format!(" {s} "), theme.severity(s)));
        scale.push(Span::raw(" "));
    }
    lines.push(Line::from(scale));
    lines.push(Line::from(vec![
        Span::raw("  "),
        Span::styled("[TAG~severity …]", Style::new().add_modifier(Modifier::ITALIC)),
        Span::raw(" in italics: a guess of the learned model, which no cue spells out"),
    ]));
    lines.push(Line::default());
    lines.push(Line::styled("Symbols", theme.heading()));
    for (symbol, about) in SYMBOLS {
        lines.push(Line::from(format!("  {symbol:<18} {about}")));
    }
    lines.push(Line::from(vec![
        Span::raw("  "),
        Span::styled("search match", theme.search()),
        Span::raw(format!("       a search match; F hides quotes of ≤{SHORT_WORDS} words")),
    ]));
    lines.extend(lists(categories, theme));
    lines.push(Line::default());
    lines.push(Line::styled("Speakers (after the name and ¶N: how the speaker was decided)", theme.heading()));
    for (basis, about) in SPEAKER_BASES {
        lines.push(Line::from(format!("  {basis:<18} {about}")));
    }
    lines.push(Line::from(vec![
        Span::raw("  "),
        Span::styled("?", theme.weak()),
        Span::raw(" after a name marks a weaker basis; Enter underlines the mention it rests on and the cue"),
    ]));
    lines.push(Line::default());
    lines
}

/// The lines on the speaker and article lists: the balance bar, in the colours the speaker
/// list draws it in (the lexicon's first escalating and first de-escalating category), and
/// what `o` and `/` do there.
fn lists(categories: &[Category], theme: &Theme) -> Vec<Line<'static>> {
    let colour = |de: bool| categories.iter().find(|c| c.de_escalation == de).map(|c| theme.tag(&c.name));
    let bar = vec![
        Span::raw("  "),
        Span::styled("████", colour(false).unwrap_or_default()),
        Span::styled("░░", colour(true).unwrap_or_default()),
        Span::raw(" 4↑ 2↓"),
        Span::raw("       in the speaker list (s): red lines in the speaker's quotes, escalating"),
    ];
    vec![
        Line::from(bar),
        Line::from("                     █ (every category without de-escalation: threats, ultimatums, refusals,"),
        Line::from("                     red lines, demands…) against de-escalating ░, in proportion; ······ none"),
        Line::from("  o, /               in the lists: o sorts (articles by path, date, strongest red line,"),
        Line::from("                     quotes; speakers by quotes, escalation, balance, name); / filters the"),
        Line::from("                     articles by title, path, speaker or topic (Enter keeps, Esc clears)"),
    ]
}
