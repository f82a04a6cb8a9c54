//! A small invented article with three topics (one without a quote), five quotes and red
//! lines of several categories and severities; offsets are found with `str::find`.

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::layout::Size;
use redline_analysis::{
    Analysis, ByteSpan, Lexicon, Paragraph, Quote, QuoteKind, RedLine, SpeakerBasis, SpeakerKind, Topic,
};

use crate::tui::action::{Action, Effect};
use crate::tui::document::Document;
use crate::tui::state::App;
use crate::tui::theme::Theme;
use crate::tui::update::update;
use crate::tui::view;

/// The article text.
pub const TEXT: &str = "Minister warns of red lines over Northport\n\
By Ann Writer\n\
BRAVIA (Wire) – Foreign Minister Jane Roe said: “Northport is a red line that must not be crossed.”\n\
“We demand guarantees on sanctions by Friday,” Roe told reporters in Bravia.\n\
Opposition leader Max Stone replied: “The sanctions will hurt everyone, and we are ready for talks.”\n\
“Energy prices are not our concern today,” Stone added, “but Northport is.”";

fn at(text: &str, from: usize) -> (usize, usize) {
    let start = TEXT[from..].find(text).map(|i| i + from).unwrap_or_else(|| panic!("{text:?} not in fixture"));
    (start, start + text.len())
}

fn red_line(phrase: &str, within: usize, category: &str, tag: &str, severity: u8, cue: &str, quote: usize) -> RedLine {
    let (start, end) = at(phrase, within);
    RedLine {
        text: phrase.into(),
        start,
        end,
        category: category.into(),
        tag: tag.into(),
        severity,
        cue: cue.into(),
        why: Vec::new(),
        quote: Some(quote),
    }
}

/// The analysis of [`TEXT`], built by hand.
pub fn analysis() -> Analysis {
    let lines: Vec<&str> = TEXT.lines().collect();
    let paragraphs: Vec<Paragraph> = lines[2..]
        .iter()
        .enumerate()
        .map(|(i, line)| {
            let (start, end) = at(line, 0);
            Paragraph { index: i + 1, start, end }
        })
        .collect();
    // Quote, paragraph, speaker, basis, and the mention the speaker rests on (searched from
    // the start of that paragraph's line). The last quote is carried, to show a weaker basis.
    let spoken: [(&str, usize, &str, SpeakerBasis, &str, &str); 5] = [
        ("Northport is a red line that must not be crossed.", 1, "Jane Roe", SpeakerBasis::Cue, "Jane Roe", "BRAVIA"),
        ("We demand guarantees on sanctions by Friday,", 2, "Jane Roe", SpeakerBasis::Cue, "Roe", "“We demand"),
        (
            "The sanctions will hurt everyone, and we are ready for talks.",
            3,
            "Max Stone",
            SpeakerBasis::Cue,
            "Max Stone",
            "Opposition",
        ),
        ("Energy prices are not our concern today,", 4, "Max Stone", SpeakerBasis::Cue, "Stone", "“Energy"),
        ("but Northport is.", 4, "Max Stone", SpeakerBasis::Carried, "Stone", "“Energy"),
    ];
    let mut quotes: Vec<Quote> = spoken
        .iter()
        .enumerate()
        .map(|(i, (text, paragraph, speaker, basis, mention, line))| {
            let (start, end) = at(text, 0);
            Quote {
                id: i + 1,
                text: (*text).into(),
                start,
                end,
                paragraph: *paragraph,
                // The last quote, "but Northport is.", is a fragment of three words.
                kind: if i == 4 { QuoteKind::Partial } else { QuoteKind::Full },
                speaker: Some((*speaker).into()),
                speaker_basis: Some(*basis),
                speaker_kind: Some(SpeakerKind::Person),
                speaker_span: {
                    let (start, end) = at(mention, at(line, 0).0);
                    Some(ByteSpan { start, end })
                },
                corrected: false,
                topics: Vec::new(),
                red_lines: Vec::new(),
            }
        })
        .collect();
    let q = |i: usize| quotes[i - 1].start;
    let hits = vec![
        red_line("red lines", 0, "RED_LINE", "RL", 4, "red line~", 0),
        red_line("red line", q(1), "RED_LINE", "RL", 4, "red line~", 1),
        red_line("must not be crossed", q(1), "RED_LINE", "RL", 5, "must not be crossed", 1),
        red_line("demand guarantees", q(2), "DEMAND", "DM", 3, "demand~ guarantees", 2),
        red_line("by Friday", q(2), "ULTIMATUM", "UL", 3, "by (monday|friday)", 2),
        red_line("will hurt", q(3), "THREAT", "TH", 3, "will hurt", 3),
        red_line("ready for talks", q(3), "DE_ESCALATION", "DE", 0, "ready for talks", 3),
    ];
    let mut red_lines = hits;
    red_lines[0].quote = None;
    for r in &red_lines {
        if let Some(id) = r.quote {
            quotes[id - 1].red_lines.push(r.clone());
        }
    }
    let topic = |label: &str, quotes: Vec<usize>, paragraphs: Vec<usize>, red_lines: usize| Topic {
        label: label.into(),
        quotes,
        paragraphs,
        red_lines,
    };
    let topics = vec![
        topic("Northport", vec![1, 5], vec![1, 4], 2),
        topic("Sanctions", vec![2, 3], vec![2, 3], 4),
        topic("Bravia", vec![], vec![1, 2], 0),
    ];
    Analysis {
        source: "fixture.txt".into(),
        decoded_from: None,
        title: Some(lines[0].into()),
        byline: Some("Ann Writer".into()),
        dateline: Some("BRAVIA (Wire)".into()),
        date: None,
        paragraphs,
        quotes,
        topics,
        red_lines,
        extracted_text: None,
        text: TEXT.into(),
    }
}

/// The opening state of the reader on the fixture, in colour.
pub fn state() -> App {
    let categories = Lexicon::bundled().categories().to_vec();
    let theme = Theme::new(true, &categories);
    App::new(Document::article(analysis()), categories, theme)
}

/// Applies actions in order; returns the effect of the last one.
pub fn apply(app: &mut App, actions: impl IntoIterator<Item = Action>) -> Option<Effect> {
    actions.into_iter().map(|a| update(app, a)).last().flatten()
}

/// Draws the state at this size, as the event loop does: the size first goes to `update`.
pub fn render(app: &mut App, width: u16, height: u16) -> Buffer {
    update(app, Action::Resize(Size::new(width, height)));
    let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("test backend");
    terminal.draw(|frame| view::draw(frame, app)).expect("draw");
    terminal.backend().buffer().clone()
}

/// The buffer's text, one line per row, trailing spaces trimmed.
pub fn screen(buffer: &Buffer) -> String {
    let area = buffer.area;
    (0..area.height)
        .map(|y| (0..area.width).map(|x| buffer[(x, y)].symbol()).collect::<String>().trim_end().to_string())
        .collect::<Vec<_>>()
        .join("\n")
}

/// Where `text` starts on screen (first occurrence, reading order), as (x, y).
pub fn find(buffer: &Buffer, text: &str) -> Option<(u16, u16)> {
    let area = buffer.area;
    for y in 0..area.height {
        let cells: Vec<&str> = (0..area.width).map(|x| buffer[(x, y)].symbol()).collect();
        let row: String = cells.concat();
        if let Some(byte) = row.find(text) {
            let mut x = 0usize;
            let mut seen = 0;
            while seen < byte {
                seen += cells[x].len();
                x += 1;
            }
            return Some((x as u16, y));
        }
    }
    None
}
