//! Styles: per red-line category tag and severity, for search matches and chrome. With
//! `NO_COLOR` set, a theme of modifiers only that still tells severities apart.

use ratatui::style::{Color, Modifier, Style};

/// The look of the reader.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    /// False under `NO_COLOR`: modifiers only.
    pub color: bool,
}

impl Theme {
    /// Colours unless the `NO_COLOR` environment variable is set and not empty.
    pub fn from_env() -> Theme {
        Theme { color: std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()) }
    }

    /// The colour of a category tag.
    fn hue(tag: &str) -> Color {
        match tag {
            "RL" => Color::Red,
            "UL" => Color::Magenta,
            "TH" => Color::LightRed,
            "CP" => Color::LightMagenta,
            "DM" => Color::Yellow,
            "GR" => Color::LightYellow,
            "RS" => Color::LightBlue,
            "DE" => Color::Cyan,
            _ => Color::White,
        }
    }

    /// The highlight of a red-line phrase: the category's colour, stronger with severity.
    pub fn red_line(&self, tag: &str, severity: u8) -> Style {
        let base = Style::new();
        if !self.color {
            return match severity {
                5.. => base.add_modifier(Modifier::REVERSED | Modifier::BOLD | Modifier::UNDERLINED),
                4 => base.add_modifier(Modifier::REVERSED | Modifier::BOLD),
                3 => base.add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
                _ => base.add_modifier(Modifier::UNDERLINED),
            };
        }
        let hue = Theme::hue(tag);
        match severity {
            5.. => base.bg(hue).fg(Color::Black).add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
            4 => base.bg(hue).fg(Color::Black).add_modifier(Modifier::BOLD),
            3 => base.fg(hue).add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
            _ => base.fg(hue).add_modifier(Modifier::UNDERLINED),
        }
    }

    /// The tag written after a red-line phrase, e.g. `[RL4]`.
    pub fn tag(&self, tag: &str, _severity: u8) -> Style {
        let style = Style::new().add_modifier(Modifier::BOLD);
        if self.color { style.fg(Theme::hue(tag)) } else { style }
    }

    /// A search match.
    pub fn search(&self) -> Style {
        if self.color {
            Style::new().bg(Color::Blue).fg(Color::White)
        } else {
            Style::new().add_modifier(Modifier::ITALIC | Modifier::BOLD)
        }
    }

    /// A quote inside running text (context and reading views).
    pub fn quote(&self) -> Style {
        if self.color { Style::new().fg(Color::Green) } else { Style::new().add_modifier(Modifier::ITALIC) }
    }

    /// The highlighted row or block.
    pub fn selected(&self) -> Style {
        if self.color {
            Style::new().bg(Color::DarkGray).add_modifier(Modifier::BOLD)
        } else {
            Style::new().add_modifier(Modifier::REVERSED)
        }
    }

    /// The selection bar left of the highlighted quote.
    pub fn bar(&self) -> Style {
        if self.color { Style::new().fg(Color::LightCyan) } else { Style::new().add_modifier(Modifier::BOLD) }
    }

    /// The mark of a marked quote.
    pub fn mark(&self) -> Style {
        let style = Style::new().add_modifier(Modifier::BOLD);
        if self.color { style.fg(Color::LightGreen) } else { style }
    }

    /// Secondary text: empty topics, paragraph numbers.
    pub fn dim(&self) -> Style {
        Style::new().add_modifier(Modifier::DIM)
    }

    /// Headings and speaker names.
    pub fn heading(&self) -> Style {
        Style::new().add_modifier(Modifier::BOLD)
    }

    /// The border of a pane, brighter when focused.
    pub fn border(&self, focused: bool) -> Style {
        match (focused, self.color) {
            (true, true) => Style::new().fg(Color::LightCyan).add_modifier(Modifier::BOLD),
            (true, false) => Style::new().add_modifier(Modifier::BOLD),
            (false, _) => Style::new().add_modifier(Modifier::DIM),
        }
    }

    /// The status line.
    pub fn status(&self) -> Style {
        if self.color {
            Style::new().bg(Color::Blue).fg(Color::White)
        } else {
            Style::new().add_modifier(Modifier::REVERSED)
        }
    }

    /// An error message.
    pub fn error(&self) -> Style {
        let style = Style::new().add_modifier(Modifier::BOLD);
        if self.color { style.fg(Color::LightRed) } else { style }
    }
}
