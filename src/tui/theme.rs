//! Styles: a colour per red-line category, worked out once from the lexicon, the severity
//! scale, and the chrome. With `NO_COLOR` set, a theme of modifiers only that still tells
//! severities apart.
//!
//! A category's colour comes from the category: [`NAMED`] gives the bundled lexicon's
//! escalating categories theirs by name; a category with the lexicon's `de_escalation` flag
//! takes the next of the cool [`DE_ESCALATING`] colours; any other category (one a user's
//! lexicon adds) takes the next of the [`FALLBACK`] colours, in lexicon order.

use std::collections::HashMap;

use ratatui::style::{Color, Modifier, Style};
use redline_analysis::Category;

/// The colours of the bundled lexicon's escalating categories, by category name.
pub const NAMED: [(&str, Color); 7] = [
    ("RED_LINE", Color::Red),
    ("ULTIMATUM", Color::Magenta),
    ("THREAT", Color::LightRed),
    ("CAPABILITY", Color::LightMagenta),
    ("DEMAND", Color::Yellow),
    ("GRIEVANCE", Color::LightYellow),
    ("RESOLVE", Color::LightBlue),
];

/// Cool colours for de-escalation categories, given out in lexicon order (the bundled
/// `DE_ESCALATION` is the first); the list repeats after the last.
pub const DE_ESCALATING: [Color; 4] = [Color::Cyan, Color::Indexed(37), Color::Indexed(79), Color::Indexed(110)];

/// Colours for escalating categories [`NAMED`] does not list, given out in lexicon order;
/// none is a named category's or the chrome's, and the list repeats after the last.
pub const FALLBACK: [Color; 8] = [
    Color::Indexed(208),
    Color::Indexed(141),
    Color::Indexed(148),
    Color::Indexed(205),
    Color::Indexed(172),
    Color::Indexed(99),
    Color::Indexed(142),
    Color::Indexed(167),
];

/// The colour of the severity scale: the `▲` badge of a quote and the scale in the help.
const SEVERITY: Color = Color::Red;

/// The colour of a red line whose category the lexicon does not name.
const UNKNOWN: Color = Color::White;

/// The look of the reader.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Theme {
    /// False under `NO_COLOR`: modifiers only.
    color: bool,
    /// The colour of each category of the lexicon, by name.
    hues: HashMap<String, Color>,
}

impl Theme {
    /// The theme for the lexicon's categories, in colour or (`color` false) modifiers only.
    /// Every category gets a colour; categories of different colours are told apart up to
    /// the length of the list they draw from ([`DE_ESCALATING`], [`FALLBACK`]).
    pub fn new(color: bool, categories: &[Category]) -> Theme {
        let (mut cool, mut other) = (DE_ESCALATING.iter().cycle(), FALLBACK.iter().cycle());
        let hues = categories
            .iter()
            .map(|c| {
                let named = NAMED.iter().find(|(name, _)| *name == c.name).map(|(_, hue)| hue);
                let hue = match (c.de_escalation, named) {
                    (true, _) => cool.next(),
                    (false, Some(hue)) => Some(hue),
                    (false, None) => other.next(),
                };
                (c.name.clone(), hue.copied().unwrap_or(UNKNOWN))
            })
            .collect();
        Theme { color, hues }
    }

    /// [`Theme::new`] in colour unless the `NO_COLOR` environment variable is set and not
    /// empty.
    pub fn from_env(categories: &[Category]) -> Theme {
        Theme::new(std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()), categories)
    }

    /// The colour of a category, by name; white for a name the lexicon does not have.
    fn hue(&self, category: &str) -> Color {
        self.hues.get(category).copied().unwrap_or(UNKNOWN)
    }

    /// The highlight of a red-line phrase: its category's colour, stronger with severity.
    pub fn red_line(&self, category: &str, severity: u8) -> Style {
        self.scale(self.hue(category), severity)
    }

    /// The severity badge of a quote (`▲4`): the severity scale, whatever the category.
    pub fn severity(&self, severity: u8) -> Style {
        self.scale(SEVERITY, severity)
    }

    /// `hue` at this severity: underlined, then bold, then a background from 4 on; without
    /// colour, the same steps in modifiers only.
    fn scale(&self, hue: Color, severity: u8) -> Style {
        let base = Style::new();
        if !self.color {
            return match severity {
                5.. => base.add_modifier(Modifier::REVERSED | Modifier::BOLD | Modifier::UNDERLINED),
                4 => base.add_modifier(Modifier::REVERSED | Modifier::BOLD),
                3 => base.add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
                _ => base.add_modifier(Modifier::UNDERLINED),
            };
        }
        match severity {
            5.. => base.bg(hue).fg(Color::Black).add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
            4 => base.bg(hue).fg(Color::Black).add_modifier(Modifier::BOLD),
            3 => base.fg(hue).add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
            _ => base.fg(hue).add_modifier(Modifier::UNDERLINED),
        }
    }

    /// The tag written after a red-line phrase, e.g. `[RL4]`: bold, in its category's colour.
    pub fn tag(&self, category: &str) -> Style {
        let style = Style::new().add_modifier(Modifier::BOLD);
        if self.color { style.fg(self.hue(category)) } else { style }
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

    /// The mark of a speaker decided on a weaker basis (carried, main speaker): `?`.
    pub fn weak(&self) -> Style {
        let style = Style::new().add_modifier(Modifier::BOLD);
        if self.color { style.fg(Color::LightYellow) } else { style }
    }

    /// The mention a quote's speaker rests on, in the context view.
    pub fn speaker(&self) -> Style {
        Style::new().add_modifier(Modifier::BOLD | Modifier::UNDERLINED)
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

#[cfg(test)]
mod tests {
    use super::*;

    fn category(name: &str, de_escalation: bool) -> Category {
        Category { name: name.into(), tag: "XX".into(), severity: 3, description: String::new(), de_escalation }
    }

    #[test]
    fn the_bundled_categories_keep_their_colours() {
        let theme = Theme::new(true, redline_analysis::Lexicon::bundled().categories());
        let hues: Vec<Color> = ["RED_LINE", "ULTIMATUM", "THREAT", "CAPABILITY", "DEMAND", "GRIEVANCE", "RESOLVE"]
            .iter()
            .map(|name| theme.hue(name))
            .collect();
        let named: Vec<Color> = NAMED.iter().map(|(_, hue)| *hue).collect();
        assert_eq!(hues, named);
        assert_eq!(theme.hue("DE_ESCALATION"), Color::Cyan);
    }

    #[test]
    fn added_categories_get_distinct_colours_of_their_own() {
        let mut categories = redline_analysis::Lexicon::bundled().categories().to_vec();
        let added: Vec<String> = (0..FALLBACK.len()).map(|i| format!("ADDED_{i}")).collect();
        categories.extend(added.iter().map(|name| category(name, false)));
        let theme = Theme::new(true, &categories);
        let mut hues: Vec<Color> = added.iter().map(|name| theme.hue(name)).collect();
        assert!(hues.iter().all(|hue| NAMED.iter().all(|(_, named)| named != hue) && *hue != UNKNOWN), "{hues:?}");
        hues.sort_by_key(|hue| format!("{hue:?}"));
        hues.dedup();
        assert_eq!(hues.len(), added.len(), "one colour each");
        // Deterministic: the same lexicon, the same colours.
        assert_eq!(Theme::new(true, &categories), theme);
    }

    #[test]
    fn de_escalation_follows_the_flag_not_the_name() {
        let categories = [category("RED_LINE", true), category("CALM", true), category("TALKS", false)];
        let theme = Theme::new(true, &categories);
        assert_eq!((theme.hue("RED_LINE"), theme.hue("CALM")), (DE_ESCALATING[0], DE_ESCALATING[1]));
        assert_eq!(theme.hue("TALKS"), FALLBACK[0]);
        assert_eq!(theme.hue("NOT_IN_THE_LEXICON"), UNKNOWN);
    }

    #[test]
    fn the_severity_badge_is_the_same_whatever_the_categories() {
        let bundled = Theme::new(true, redline_analysis::Lexicon::bundled().categories());
        let none = Theme::new(true, &[]);
        for s in 0..=5 {
            assert_eq!(bundled.severity(s), none.severity(s));
            assert_eq!(bundled.severity(s), bundled.red_line("RED_LINE", s));
        }
    }
}
