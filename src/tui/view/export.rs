//! The export dialog: which quotes go out, the editable path, the format the extension asks
//! for, the overwrite question, the names Tab left to choose from and the reason of a
//! failure.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Wrap};
use redline_analysis::Format;

use super::text::safe;
use crate::tui::keymap::hints;
use crate::tui::layout;
use crate::tui::state::App;
use crate::tui::state::views::{ExportInput, ExportStage};

/// Draws the dialog centred in `area`.
pub fn render(frame: &mut Frame, area: Rect, app: &App, input: &ExportInput) {
    let theme = &app.theme;
    let rect = layout::export_box(area);
    let (_, which) = app.page().export_selection();
    // Where the file goes: the folder of the path, `~` expanded, relative to the working one.
    let target = app.cwd.join(input.expanded(app.home.as_deref()));
    let folder = target.parent().unwrap_or(&target);
    let format = match Format::from_path(&target) {
        Some(Format::Markdown) => "Markdown",
        Some(Format::Json) => "JSON",
        Some(Format::Text) => "plain text",
        None => "unknown: end the path in .md, .json or .txt",
    };
    let (before, rest) = input.path.split_at(input.cursor_byte());
    let mut chars = rest.chars();
    let under = chars.next().map_or(" ".to_string(), String::from);
    let mut lines = vec![
        Line::from(format!("Export {which}")),
        Line::from(vec![
            Span::styled("Path: ", theme.heading()),
            Span::raw(before.to_string()),
            Span::styled(under, theme.selected().add_modifier(ratatui::style::Modifier::REVERSED)),
            Span::raw(chars.as_str().to_string()),
        ]),
        Line::from(format!("Format: {format}")),
        Line::from(match folder.as_os_str().is_empty() {
            true => "Folder: the working folder".to_string(),
            false => format!("Folder: {}", safe(&folder.to_string_lossy())),
        }),
        Line::default(),
    ];
    if input.stage == ExportStage::ConfirmOverwrite {
        let path = safe(input.path.trim());
        lines.push(Line::styled(format!("{path} already exists. Overwrite it? (y/n)"), theme.error()));
    } else if !input.choices.is_empty() {
        let choices: Vec<String> = input.choices.iter().map(|c| safe(c).into_owned()).collect();
        lines.push(Line::from(format!("Matches: {}", choices.join("  "))));
    } else if let Some(error) = &input.error {
        lines.push(Line::styled(safe(error).into_owned(), theme.error()));
    }
    let keys: Vec<String> = hints(app).into_iter().map(|(k, l)| format!("{k} {l}")).collect();
    let block = Block::bordered()
        .title(" Export ")
        .title_bottom(format!(" {} ", keys.join(" · ")))
        .border_style(theme.border(true));
    frame.render_widget(Clear, rect);
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }).block(block), rect);
}
