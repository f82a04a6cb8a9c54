//! The palettes: every colour the reader uses, as data. [`DARK`] and [`LIGHT`] are the two
//! bases of the configuration's `theme.base`; [`MONO`] is the chrome under `NO_COLOR`
//! (modifiers only). The theme picks one and only ever reads its fields.

use ratatui::style::{Color, Modifier, Style};

/// The styles of everything but red lines and the severity scale.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Chrome {
    /// A search match.
    pub search: Style,
    /// A quote inside running text (context and reading views).
    pub quote: Style,
    /// The highlighted row or block.
    pub selected: Style,
    /// The selection bar left of the highlighted quote.
    pub bar: Style,
    /// The mark of a marked quote.
    pub mark: Style,
    /// Secondary text: empty topics, paragraph numbers.
    pub dim: Style,
    /// Headings and speaker names.
    pub heading: Style,
    /// The border of a pane without the focus.
    pub border: Style,
    /// The border of the focused pane and of dialogs.
    pub focused: Style,
    /// The status line.
    pub status: Style,
    /// An error message.
    pub error: Style,
    /// The `?` after a speaker decided on a weaker basis, and that basis in words.
    pub weak: Style,
    /// The mention a quote's speaker rests on, in the context view.
    pub speaker: Style,
    /// The cue verb that names a quote's speaker (`said`), in the context view.
    pub cue: Style,
}

/// A base: the chrome in colour, and the colours of red-line categories.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Palette {
    /// The chrome's styles.
    pub chrome: Chrome,
    /// The colours of the bundled lexicon's escalating categories, by category name.
    pub named: [(&'static str, Color); 8],
    /// The same categories' colours on a terminal of sixteen colours: each a colour of its
    /// own among the sixteen.
    pub named_ansi: [(&'static str, Color); 8],
    /// Cool colours for de-escalation categories, given out in lexicon order (the bundled
    /// `DE_ESCALATION` is the first); the list repeats after the last.
    pub de_escalating: [Color; 4],
    /// Colours for escalating categories `named` does not list, given out in lexicon order;
    /// none is a named category's or the chrome's, and the list repeats after the last.
    pub fallback: [Color; 8],
    /// The severity scale: the `▲` badge of a quote and the scale in the help.
    pub severity: Color,
    /// The colour of a red line whose category the lexicon does not name.
    pub unknown: Color,
    /// The text on a category's colour (severities 4 and 5).
    pub on_hue: Color,
}

const BOLD: Style = Style::new().add_modifier(Modifier::BOLD);
const DIM: Style = Style::new().add_modifier(Modifier::DIM);

/// The dark base's colours of the bundled lexicon's escalating categories.
const DARK_NAMED: [(&str, Color); 8] = [
    ("RED_LINE", Color::Red),
    ("REFUSAL", Color::Blue),
    ("ULTIMATUM", Color::Magenta),
    ("THREAT", Color::LightRed),
    ("CAPABILITY", Color::LightMagenta),
    ("DEMAND", Color::Yellow),
    ("GRIEVANCE", Color::LightYellow),
    ("RESOLVE", Color::LightBlue),
];

/// For dark backgrounds: the terminal's own sixteen colours where they read well on black.
pub const DARK: Palette = Palette {
    chrome: Chrome {
        // Bright white: no category's colour (red lines are highlighted in theirs) and not the
        // status line's blue.
        search: Style::new().bg(Color::White).fg(Color::Black),
        quote: Style::new().fg(Color::Green),
        selected: Style::new().bg(Color::DarkGray).add_modifier(Modifier::BOLD),
        bar: Style::new().fg(Color::LightCyan),
        mark: BOLD.fg(Color::LightGreen),
        dim: DIM,
        heading: BOLD,
        border: DIM,
        focused: BOLD.fg(Color::LightCyan),
        status: Style::new().bg(Color::Blue).fg(Color::White),
        error: BOLD.fg(Color::LightRed),
        weak: BOLD.fg(Color::LightYellow),
        speaker: BOLD.add_modifier(Modifier::UNDERLINED),
        cue: BOLD.add_modifier(Modifier::ITALIC).add_modifier(Modifier::UNDERLINED),
    },
    named: DARK_NAMED,
    // The dark base's colours are of the sixteen already.
    named_ansi: DARK_NAMED,
    de_escalating: [Color::Cyan, Color::Indexed(37), Color::Indexed(79), Color::Indexed(110)],
    fallback: [
        Color::Indexed(208),
        Color::Indexed(141),
        Color::Indexed(148),
        Color::Indexed(205),
        Color::Indexed(172),
        Color::Indexed(99),
        Color::Indexed(142),
        Color::Indexed(167),
    ],
    severity: Color::Red,
    unknown: Color::White,
    on_hue: Color::Black,
};

/// For light backgrounds: darker colours of the 256-colour table (the light and yellow ones
/// of the sixteen fade on white), text set explicitly wherever a background is.
pub const LIGHT: Palette = Palette {
    chrome: Chrome {
        search: Style::new().bg(Color::Indexed(153)).fg(Color::Black),
        quote: Style::new().fg(Color::Indexed(28)),
        selected: Style::new().bg(Color::Indexed(252)).fg(Color::Black).add_modifier(Modifier::BOLD),
        bar: Style::new().fg(Color::Indexed(25)),
        mark: BOLD.fg(Color::Indexed(28)),
        dim: Style::new().fg(Color::Indexed(242)),
        heading: BOLD,
        border: Style::new().fg(Color::Indexed(246)),
        focused: BOLD.fg(Color::Indexed(25)),
        status: Style::new().bg(Color::Indexed(24)).fg(Color::White),
        error: BOLD.fg(Color::Indexed(160)),
        weak: BOLD.fg(Color::Indexed(130)),
        speaker: BOLD.add_modifier(Modifier::UNDERLINED),
        cue: BOLD.add_modifier(Modifier::ITALIC).add_modifier(Modifier::UNDERLINED),
    },
    named: [
        ("RED_LINE", Color::Indexed(160)),
        ("REFUSAL", Color::Indexed(26)),
        ("ULTIMATUM", Color::Indexed(127)),
        ("THREAT", Color::Indexed(166)),
        ("CAPABILITY", Color::Indexed(90)),
        ("DEMAND", Color::Indexed(130)),
        ("GRIEVANCE", Color::Indexed(100)),
        ("RESOLVE", Color::Indexed(31)),
    ],
    named_ansi: [
        ("RED_LINE", Color::Red),
        ("REFUSAL", Color::Blue),
        ("ULTIMATUM", Color::Magenta),
        ("THREAT", Color::LightRed),
        ("CAPABILITY", Color::LightMagenta),
        ("DEMAND", Color::Yellow),
        ("GRIEVANCE", Color::Green),
        ("RESOLVE", Color::Cyan),
    ],
    de_escalating: [Color::Indexed(30), Color::Indexed(23), Color::Indexed(29), Color::Indexed(61)],
    fallback: [
        Color::Indexed(94),
        Color::Indexed(55),
        Color::Indexed(64),
        Color::Indexed(162),
        Color::Indexed(136),
        Color::Indexed(57),
        Color::Indexed(58),
        Color::Indexed(131),
    ],
    severity: Color::Indexed(160),
    unknown: Color::Black,
    on_hue: Color::White,
};

/// The chrome under `NO_COLOR`: bold, italic, dim and reverse only.
pub const MONO: Chrome = Chrome {
    search: Style::new().add_modifier(Modifier::ITALIC.union(Modifier::BOLD)),
    quote: Style::new().add_modifier(Modifier::ITALIC),
    selected: Style::new().add_modifier(Modifier::REVERSED),
    bar: BOLD,
    mark: BOLD,
    dim: DIM,
    heading: BOLD,
    border: DIM,
    focused: BOLD,
    status: Style::new().add_modifier(Modifier::REVERSED),
    error: BOLD,
    weak: BOLD,
    speaker: BOLD.add_modifier(Modifier::UNDERLINED),
    cue: BOLD.add_modifier(Modifier::ITALIC).add_modifier(Modifier::UNDERLINED),
};
