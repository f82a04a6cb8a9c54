//! Terminal safety of the reader: an article, a file name and a lexicon holding OSC 2, OSC 52,
//! CSI, C1 and bidi controls. Every view is painted without the final scrub, and must already
//! hold none of those characters raw, showing them as symbols instead.

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use redline_analysis::{Analyzer, Lexicon, Source, is_unsafe};

use super::fixture::{apply, screen};
use crate::tui::action::Action;
use crate::tui::clipboard::Clipboard;
use crate::tui::document::Document;
use crate::tui::state::App;
use crate::tui::theme::Theme;
use crate::tui::view;

const OSC2: &str = "\x1b]2;PWNED\x07";
const OSC52: &str = "\x1b]52;c;cHduZWQ=\x07";

/// The reader on an article with escape sequences and bidi controls in its title, quotes,
/// speaker, byline, dateline, topic and path, and in the lexicon's category descriptions.
fn hostile() -> App {
    let text = format!(
        "Talks {OSC2} resume \u{202E}gninraw on Friday\n\nGENEVA (Wire) - Foreign Minister Jane Roe said: \
         “We will not wait {OSC52} and \x1b[31mRED\x1b[0m \u{9B}2J forever.”\n\nOpposition leader Max Stone \
         replied: “We are ready \u{2066}for\u{2069} talks.”\n"
    );
    let mut analysis = Analyzer::bundled().analyze(&Source::from_text(format!("ev{OSC2}il.txt"), &text));
    assert_eq!(analysis.quotes.len(), 2, "{analysis:?}");
    analysis.byline = Some(format!("By Ann {OSC52}\u{202E}"));
    analysis.dateline = Some("GENEVA\x1b[2J (Wire)\u{202D}".to_string());
    analysis.quotes[0].speaker = Some("Jane\x1b[8m Roe\u{2067}".to_string());
    analysis.topics[0].label = "NA\x1b[5mTO\u{202B}".to_string();
    let mut categories = Lexicon::bundled().categories().to_vec();
    categories[0].description = format!("lines {OSC2}\u{202E}");
    categories[0].name = "RED\u{9D}LINE".to_string();
    let warnings = vec![format!("ev{OSC2}il\u{202E}.txt: file is empty")];
    let theme = Theme::new(true, &categories);
    let mut app = App::new(Document::article(analysis), categories, theme);
    app.warnings = warnings;
    app
}

/// Paints the state without the scrub of `view::draw`.
fn paint(state: &App) -> Buffer {
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).expect("test backend");
    terminal.draw(|frame| view::paint(frame, state)).expect("draw");
    terminal.backend().buffer().clone()
}

fn assert_safe(what: &str, state: &mut App, shown: &[&str]) {
    let buffer = paint(state);
    let raw: Vec<&str> = buffer.content.iter().map(|c| c.symbol()).filter(|s| s.contains(is_unsafe)).collect();
    let text = screen(&buffer);
    assert!(raw.is_empty(), "{what}: raw {raw:?} on screen:\n{text}");
    for symbols in shown {
        assert!(text.contains(symbols), "{what}: {symbols:?} not shown:\n{text}");
    }
    assert_eq!(view::text::scrub(&mut buffer.clone()), 0);
}

#[test]
fn every_view_shows_controls_and_bidi_as_symbols_and_none_raw() {
    let mut s = hostile();
    assert_safe(
        "topics and quotes",
        &mut s,
        &["NA␛[5mTO⟨RLE⟩", "Jane␛[8m Roe⟨RLI⟩", "␛]52;c;cHduZWQ=␇", "␛[31mRED␛[0m ⟨CSI⟩2J"],
    );
    assert_safe("status warning", &mut s, &["⚠ ev␛]2;PWNED␇il⟨RLO⟩.txt"]);
    apply(&mut s, [Action::FocusQuotes, Action::OpenContext]);
    assert_safe("context", &mut s, &["Quote 1 · Jane␛[8m Roe⟨RLI⟩", "␛]52;c;cHduZWQ=␇"]);
    apply(&mut s, [Action::Close, Action::OpenReading]);
    assert_safe("reading", &mut s, &["Talks ␛]2;PWNED␇ resume ⟨RLO⟩gninraw", "By Ann ␛]52;c;cHduZWQ=␇⟨RLO⟩"]);
    apply(&mut s, [Action::Close, Action::OpenHelp]);
    assert_safe("help", &mut s, &["RED⟨OSC⟩LINE", "lines ␛]2;PWNED␇⟨RLO⟩"]);
    apply(&mut s, [Action::Close, Action::OpenSpeakers]);
    assert_safe("speakers", &mut s, &["Jane␛[8m Roe⟨RLI⟩"]);
    apply(&mut s, [Action::Close, Action::OpenExport, Action::ExportFailed(format!("x{OSC2}: denied"))]);
    assert_safe("export dialog", &mut s, &["x␛]2;PWNED␇: denied"]);
    // A clipboard command's name, in the help and in the status line.
    s.clipboard = Clipboard::Command(vec![format!("co{OSC2}py\u{202E}")]);
    apply(&mut s, [Action::Close, Action::OpenHelp]);
    apply(&mut s, [Action::GoBottom]);
    assert_safe("help on the clipboard", &mut s, &["the Markdown to co␛]2;PWNED␇py⟨RLO⟩"]);
    apply(&mut s, [Action::Close, Action::Copied]);
    assert_safe("copied", &mut s, &["with co␛]2;PWNED␇py⟨RLO⟩"]);
    apply(&mut s, [Action::CopyFailed(format!("co{OSC2}py exited with status 1"))]);
    assert_safe("copy failed", &mut s, &["Copy failed: co␛]2;PWNED␇py exited"]);
}
