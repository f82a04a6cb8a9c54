//! The help: every key of every mode, drawn from the keymap, and the legend of red-line
//! categories with their colours and severities.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use redline_analysis::Category;

use super::common::scrolled_view;
use super::text::{Mark, safe, wrap};
use crate::tui::clipboard::Clipboard;
use crate::tui::keymap::{MODES, MOUSE_HELP, bindings, keys_text};
use crate::tui::state::App;
use crate::tui::state::views::Scroll;
use crate::tui::theme::Theme;

/// The bases of a speaker as quote headers name them, with what each means.
const SPEAKER_BASES: [(&str, &str); 7] = [
    ("said", "a cue (said, told, according to…) names the speaker"),
    ("subject", "no cue verb: the subject of the sentence the quote sits in"),
    ("pronoun", "a pronoun or role noun (he, the minister) resolved to a person"),
    ("carried ?", "no cue: the speaker of the quotes before it"),
    ("main speaker ?", "no cue: the person the article is about"),
    ("organisation", "added when the speaker is an organisation"),
    ("description", "added when the speaker is described, not named"),
];

/// Draws the help over `area`, from line `scroll.top` on.
pub fn render(frame: &mut Frame, area: Rect, app: &App, scroll: Scroll) {
    let lines = lines(&app.categories, &app.theme, &app.clipboard, area);
    scrolled_view(frame, area, &app.theme, Line::from(" Help "), lines, scroll.top);
}

/// Every line of the help drawn in a box over `area`.
pub fn lines(categories: &[Category], theme: &Theme, clipboard: &Clipboard, area: Rect) -> Vec<Line<'static>> {
    let mut lines = Vec::new();
    for mode in MODES {
        lines.push(Line::styled(mode.title(), theme.heading()));
        for b in bindings().iter().filter(|b| b.mode == mode) {
            lines.push(Line::from(format!("  {:<18} {}", keys_text(b), b.label)));
        }
        lines.push(Line::default());
    }
    lines.push(Line::styled("Speakers (after the name and ¶N: how the speaker was decided)", theme.heading()));
    for (basis, about) in SPEAKER_BASES {
        lines.push(Line::from(format!("  {basis:<18} {about}")));
    }
    lines.push(Line::from(vec![
        Span::raw("  "),
        Span::styled("?", theme.weak()),
        Span::raw(" after a name marks a weaker basis; Enter underlines the mention it rests on"),
    ]));
    lines.push(Line::default());
    lines.push(Line::styled("Mouse", theme.heading()));
    let mouse = if crate::tui::terminal::mouse() { MOUSE_HELP } else { "off (the configuration file's reader.mouse)" };
    lines.push(Line::from(format!("  {mouse}")));
    lines.push(Line::default());
    lines.push(Line::styled("Clipboard", theme.heading()));
    lines.push(Line::from(format!("  {}", clipboard_help(clipboard))));
    lines.push(Line::default());
    lines.push(Line::styled("Red-line categories (each phrase is shown as [TAG:severity phrase])", theme.heading()));
    let width = area.width.saturating_sub(6);
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
    lines.push(Line::default());
    let mut scale = vec![Span::raw("  Stronger highlight, higher severity:  ")];
    for s in 1..=5u8 {
        scale.push(Span::styled(format!(" {s} "), theme.severity(s)));
        scale.push(Span::raw(" "));
    }
    lines.push(Line::from(scale));
    lines.push(Line::styled("  Search matches look like this", theme.search()));
    lines
}

/// What the copy key does with the configured method; the command's name shown as the
/// reader shows any text from outside ([`safe`]).
fn clipboard_help(clipboard: &Clipboard) -> String {
    match clipboard {
        Clipboard::Osc52 => "copies to the terminal's clipboard (OSC 52), which works over SSH and in tmux".into(),
        Clipboard::Command(_) => {
            format!("copies by piping the Markdown to {} (reader.clipboard_command)", safe(clipboard.method()))
        }
        Clipboard::Off => "off (the configuration file's reader.clipboard)".into(),
    }
}
