//! Styles: a colour per red-line category, worked out once from the lexicon, the chosen
//! base ([`palette::DARK`] or [`palette::LIGHT`]) and the configuration's colours by tag;
//! the chrome from the same base. With `NO_COLOR` set, a theme of modifiers only
//! ([`palette::MONO`]) that still tells severities apart, whatever the configuration says.
//!
//! A category's colour comes from the category: a colour the configuration gives its tag
//! wins; else the palette's `named` table gives the bundled lexicon's escalating categories
//! theirs by name; a category with the lexicon's `de_escalation` flag takes the next of the
//! palette's cool `de_escalating` colours; any other category (one a user's lexicon adds)
//! takes the next of its `fallback` colours, in lexicon order.

pub mod depth;
pub mod palette;

#[cfg(test)]
mod tests;

use std::collections::HashMap;

use ratatui::style::{Color, Modifier, Style};
use redline_analysis::Category;

use palette::{Chrome, Palette};

/// The reader's base palette (the configuration's `theme.base`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Base {
    /// For dark backgrounds (the default).
    #[default]
    Dark,
    /// For light backgrounds.
    Light,
}

impl Base {
    /// The palette of this base.
    pub fn palette(self) -> &'static Palette {
        match self {
            Base::Dark => &palette::DARK,
            Base::Light => &palette::LIGHT,
        }
    }
}

/// What the configuration file chooses of the theme: the base, and colours of categories by
/// tag, laid over the base's.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Choice {
    /// The palette.
    pub base: Base,
    /// Colours of red-line categories, by tag; a tag the lexicon does not have changes
    /// nothing.
    pub colors: Vec<(String, Color)>,
}

/// The look of the reader.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Theme {
    /// False under `NO_COLOR`: modifiers only.
    color: bool,
    /// The base's palette.
    palette: Palette,
    /// The palette's chrome, or [`palette::MONO`] without colour.
    chrome: Chrome,
    /// The colour of each category of the lexicon, by name.
    hues: HashMap<String, Color>,
}

impl Theme {
    /// The dark theme with no colours chosen: [`Theme::chosen`] with [`Choice::default`].
    pub fn new(color: bool, categories: &[Category]) -> Theme {
        Theme::chosen(color, categories, &Choice::default())
    }

    /// The theme for the lexicon's categories in the chosen base, each category in the
    /// colour `choice` gives its tag if any; in colour, or (`color` false) modifiers only,
    /// whatever `choice` says. Every category gets a colour; categories the choice leaves
    /// alone are told apart up to the length of the list they draw from (the palette's
    /// `de_escalating`, `fallback`).
    pub fn chosen(color: bool, categories: &[Category], choice: &Choice) -> Theme {
        let palette = choice.base.palette();
        let (mut cool, mut other) = (palette.de_escalating.iter().cycle(), palette.fallback.iter().cycle());
        let hues = categories
            .iter()
            .map(|c| {
                let named = palette.named.iter().find(|(name, _)| *name == c.name).map(|(_, hue)| hue);
                let hue = match (c.de_escalation, named) {
                    (true, _) => cool.next(),
                    (false, Some(hue)) => Some(hue),
                    (false, None) => other.next(),
                };
                let chosen = choice.colors.iter().find(|(tag, _)| *tag == c.tag).map(|(_, hue)| hue);
                (c.name.clone(), chosen.or(hue).copied().unwrap_or(palette.unknown))
            })
            .collect();
        let chrome = if color { palette.chrome } else { palette::MONO };
        Theme { color, palette: *palette, chrome, hues }
    }

    /// [`Theme::chosen`] in colour unless the `NO_COLOR` environment variable is set and not
    /// empty, its colours brought down to the depth `COLORTERM` and `TERM` say.
    pub fn from_env(categories: &[Category], choice: &Choice) -> Theme {
        let color = std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
        Theme::chosen(color, categories, choice).at_depth(depth::Depth::from_env())
    }

    /// This theme with every colour brought down to `depth`: nothing in it is a colour the
    /// terminal cannot show.
    pub fn at_depth(mut self, depth: depth::Depth) -> Theme {
        let c = &mut self.chrome;
        for style in [
            &mut c.search,
            &mut c.quote,
            &mut c.selected,
            &mut c.bar,
            &mut c.mark,
            &mut c.dim,
            &mut c.heading,
            &mut c.border,
            &mut c.focused,
            &mut c.status,
            &mut c.error,
            &mut c.weak,
            &mut c.speaker,
            &mut c.cue,
        ] {
            *style = depth.style(*style);
        }
        let p = &mut self.palette;
        for color in [&mut p.severity, &mut p.unknown, &mut p.on_hue] {
            *color = depth.color(*color);
        }
        // On sixteen colours, the bundled categories left at the palette's colour take the
        // palette's colours for sixteen, which stay apart; others the nearest.
        let ansi = depth == depth::Depth::Ansi;
        for (name, hue) in self.hues.iter_mut() {
            let named = self.palette.named.iter().position(|(n, c)| n == name && c == hue);
            *hue = match named {
                Some(i) if ansi => self.palette.named_ansi[i].1,
                _ => depth.color(*hue),
            };
        }
        self
    }

    /// The colour of a category, by name; the palette's `unknown` for a name the lexicon
    /// does not have.
    fn hue(&self, category: &str) -> Color {
        self.hues.get(category).copied().unwrap_or(self.palette.unknown)
    }

    /// The highlight of a red-line phrase: its category's colour, stronger with severity.
    pub fn red_line(&self, category: &str, severity: u8) -> Style {
        self.scale(self.hue(category), severity)
    }

    /// The severity badge of a quote (`▲4`): the severity scale, whatever the category.
    pub fn severity(&self, severity: u8) -> Style {
        self.scale(self.palette.severity, severity)
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
        let on = self.palette.on_hue;
        match severity {
            5.. => base.bg(hue).fg(on).add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
            4 => base.bg(hue).fg(on).add_modifier(Modifier::BOLD),
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
        self.chrome.search
    }

    /// A quote inside running text (context and reading views).
    pub fn quote(&self) -> Style {
        self.chrome.quote
    }

    /// The highlighted row or block.
    pub fn selected(&self) -> Style {
        self.chrome.selected
    }

    /// The selection bar left of the highlighted quote.
    pub fn bar(&self) -> Style {
        self.chrome.bar
    }

    /// The mark of a marked quote.
    pub fn mark(&self) -> Style {
        self.chrome.mark
    }

    /// Secondary text: empty topics, paragraph numbers.
    pub fn dim(&self) -> Style {
        self.chrome.dim
    }

    /// Headings and speaker names.
    pub fn heading(&self) -> Style {
        self.chrome.heading
    }

    /// The border of a pane, brighter when focused.
    pub fn border(&self, focused: bool) -> Style {
        if focused { self.chrome.focused } else { self.chrome.border }
    }

    /// The status line.
    pub fn status(&self) -> Style {
        self.chrome.status
    }

    /// An error message.
    pub fn error(&self) -> Style {
        self.chrome.error
    }

    /// The mark of a speaker decided on a weaker basis (carried, main speaker): `?`.
    pub fn weak(&self) -> Style {
        self.chrome.weak
    }

    /// The mention a quote's speaker rests on, in the context view.
    pub fn speaker(&self) -> Style {
        self.chrome.speaker
    }

    /// The cue verb that names a quote's speaker, in the context view.
    pub fn cue(&self) -> Style {
        self.chrome.cue
    }

    /// A series of the timeline chart, which draws its points in the foreground colour: the
    /// severity in the severity scale's colour, escalation in an ultimatum's, de-escalation in
    /// the first cool colour, the line through the highlighted point in the selection bar's;
    /// without colour, none (the series differ by their marks).
    pub fn series(&self, series: Series) -> Style {
        if !self.color {
            return Style::new();
        }
        let named = |name: &str| self.palette.named.iter().find(|(n, _)| *n == name).map(|(_, hue)| *hue);
        let hue = match series {
            Series::Severity => Some(self.palette.severity),
            Series::Escalation => named("ULTIMATUM"),
            Series::DeEscalation => Some(self.palette.de_escalating[0]),
            Series::Cursor => self.chrome.bar.fg,
        };
        Style::new().fg(hue.unwrap_or(self.palette.unknown))
    }
}

/// A series of the timeline chart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Series {
    /// The strongest red-line severity per article.
    Severity,
    /// The escalating red lines per article.
    Escalation,
    /// The de-escalating red lines per article.
    DeEscalation,
    /// The line through the highlighted point.
    Cursor,
}
