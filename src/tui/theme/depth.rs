//! Colour depth: how many colours the terminal shows, from `COLORTERM` and `TERM`, and every
//! colour brought down to it, so a terminal is never sent a colour it cannot show (no
//! 256-colour codes on a 16-colour `TERM=xterm`).

use ratatui::style::{Color, Style};

/// How many colours the terminal shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Depth {
    /// 24-bit colour (`COLORTERM=truecolor` or `24bit`).
    TrueColor,
    /// The 256-colour table (`TERM` ending in `256color`).
    Indexed,
    /// The sixteen ANSI colours: any other terminal.
    Ansi,
}

impl Depth {
    /// The depth `COLORTERM` and `TERM` (their values, when set) say.
    pub fn from_vars(colorterm: Option<&str>, term: Option<&str>) -> Depth {
        match (colorterm, term) {
            (Some("truecolor" | "24bit"), _) => Depth::TrueColor,
            (_, Some(term)) if term.contains("256col") || term.contains("direct") => Depth::Indexed,
            _ => Depth::Ansi,
        }
    }

    /// The depth of the environment's `COLORTERM` and `TERM`.
    pub fn from_env() -> Depth {
        let var = |name| std::env::var(name).ok();
        Depth::from_vars(var("COLORTERM").as_deref(), var("TERM").as_deref())
    }

    /// `style` with every colour brought down to this depth.
    pub fn style(self, style: Style) -> Style {
        Style {
            fg: style.fg.map(|c| self.color(c)),
            bg: style.bg.map(|c| self.color(c)),
            underline_color: style.underline_color.map(|c| self.color(c)),
            ..style
        }
    }

    /// `color` as this depth shows it: the nearest colour of the 256-colour table, or of
    /// the sixteen; a colour the depth has is kept.
    pub fn color(self, color: Color) -> Color {
        match (self, color) {
            (Depth::TrueColor, c) => c,
            (Depth::Indexed, Color::Rgb(r, g, b)) => Color::Indexed(nearest_indexed(r, g, b)),
            (Depth::Ansi, Color::Rgb(r, g, b)) => nearest_ansi((r, g, b)),
            (Depth::Ansi, Color::Indexed(i)) if i >= 16 => nearest_ansi(rgb_of(i)),
            (Depth::Ansi, Color::Indexed(i)) => ANSI[usize::from(i)].0,
            (_, c) => c,
        }
    }
}

/// The sixteen colours with the values xterm gives them.
const ANSI: [(Color, (u8, u8, u8)); 16] = [
    (Color::Black, (0, 0, 0)),
    (Color::Red, (205, 0, 0)),
    (Color::Green, (0, 205, 0)),
    (Color::Yellow, (205, 205, 0)),
    (Color::Blue, (0, 0, 238)),
    (Color::Magenta, (205, 0, 205)),
    (Color::Cyan, (0, 205, 205)),
    (Color::Gray, (229, 229, 229)),
    (Color::DarkGray, (127, 127, 127)),
    (Color::LightRed, (255, 0, 0)),
    (Color::LightGreen, (0, 255, 0)),
    (Color::LightYellow, (255, 255, 0)),
    (Color::LightBlue, (92, 92, 255)),
    (Color::LightMagenta, (255, 0, 255)),
    (Color::LightCyan, (0, 255, 255)),
    (Color::White, (255, 255, 255)),
];

/// The levels of the 6×6×6 colour cube of the 256-colour table.
const CUBE: [u8; 6] = [0, 95, 135, 175, 215, 255];

/// The value of a colour of the 256-colour table.
pub(super) fn rgb_of(i: u8) -> (u8, u8, u8) {
    match i {
        0..=15 => ANSI[usize::from(i)].1,
        16..=231 => {
            let i = i - 16;
            (CUBE[usize::from(i / 36)], CUBE[usize::from(i / 6 % 6)], CUBE[usize::from(i % 6)])
        }
        _ => {
            let grey = 8 + (i - 232) * 10;
            (grey, grey, grey)
        }
    }
}

fn distance((r, g, b): (u8, u8, u8), (s, h, c): (u8, u8, u8)) -> u32 {
    let d = |a: u8, b: u8| (i32::from(a) - i32::from(b)).unsigned_abs();
    // Weighted for the eye: green counts most, blue least.
    3 * d(r, s).pow(2) + 4 * d(g, h).pow(2) + 2 * d(b, c).pow(2)
}

/// The nearest of the sixteen colours, by value; among colours of some saturation, the
/// nearest chromatic one, so a hue does not fade to grey.
fn nearest_ansi(rgb: (u8, u8, u8)) -> Color {
    let (r, g, b) = rgb;
    let chroma = r.max(g).max(b) - r.min(g).min(b);
    let greys = [Color::Black, Color::Gray, Color::DarkGray, Color::White];
    let candidates = ANSI.iter().filter(|(c, _)| chroma < 48 || !greys.contains(c));
    candidates.min_by_key(|(_, value)| distance(rgb, *value)).map_or(Color::Reset, |(c, _)| *c)
}

/// The nearest colour of the 256-colour table's cube and grey ramp.
fn nearest_indexed(r: u8, g: u8, b: u8) -> u8 {
    (16..=255u8).min_by_key(|i| distance((r, g, b), rgb_of(*i))).unwrap_or(16)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_depth_comes_from_colorterm_then_term() {
        assert_eq!(Depth::from_vars(Some("truecolor"), Some("xterm")), Depth::TrueColor);
        assert_eq!(Depth::from_vars(None, Some("xterm-256color")), Depth::Indexed);
        assert_eq!(Depth::from_vars(None, Some("tmux-256color")), Depth::Indexed);
        assert_eq!(Depth::from_vars(None, Some("xterm")), Depth::Ansi);
        assert_eq!(Depth::from_vars(Some(""), None), Depth::Ansi);
    }

    #[test]
    fn sixteen_colours_never_get_a_colour_of_the_table_or_rgb() {
        for i in 0..=255u8 {
            let c = Depth::Ansi.color(Color::Indexed(i));
            assert!(!matches!(c, Color::Indexed(_) | Color::Rgb(..)), "{i} -> {c:?}");
        }
        assert_eq!(Depth::Ansi.color(Color::Indexed(160)), Color::Red);
        assert_eq!(Depth::Ansi.color(Color::Indexed(1)), Color::Red);
        assert_eq!(Depth::Ansi.color(Color::Rgb(16, 32, 200)), Color::Blue);
        assert_eq!(Depth::Indexed.color(Color::Rgb(255, 0, 0)), Color::Indexed(196));
        assert_eq!(Depth::Indexed.color(Color::Indexed(208)), Color::Indexed(208));
        assert_eq!(Depth::TrueColor.color(Color::Rgb(1, 2, 3)), Color::Rgb(1, 2, 3));
    }
}
