//! The speaker list's state: each speaker with their quotes and the balance of their red
//! lines — escalating (every lexicon category without the `de_escalation` flag: threats,
//! ultimatums, refusals, demands…) against de-escalating — counted when the list opens, in
//! one of four orders that `o` cycles through.

use std::cmp::{Ordering, Reverse};
use std::collections::HashMap;

use redline_analysis::Analysis;

/// One speaker of the list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SpeakerRow {
    /// The name; `None` for unattributed quotes.
    pub name: Option<String>,
    /// Their quotes.
    pub quotes: usize,
    /// Red lines of escalating categories in their quotes.
    pub escalation: usize,
    /// Red lines of de-escalating categories in their quotes.
    pub de_escalation: usize,
}

impl SpeakerRow {
    /// Every speaker of `analysis` with their quotes and red lines, escalating or
    /// de-escalating as `de_escalating` says of each red line's category; in no order.
    pub fn count(analysis: &Analysis, de_escalating: impl Fn(&str) -> bool) -> Vec<SpeakerRow> {
        let mut rows: HashMap<Option<&str>, SpeakerRow> = HashMap::new();
        for quote in &analysis.quotes {
            let name = quote.speaker.as_deref();
            let row = rows.entry(name).or_insert_with(|| SpeakerRow {
                name: name.map(str::to_string),
                quotes: 0,
                escalation: 0,
                de_escalation: 0,
            });
            row.quotes += 1;
            for red_line in &quote.red_lines {
                match de_escalating(&red_line.category) {
                    true => row.de_escalation += 1,
                    false => row.escalation += 1,
                }
            }
        }
        rows.into_values().collect()
    }

    /// Compares the share of escalation in two speakers' red lines, higher first; a speaker
    /// without red lines after every speaker with some.
    fn by_balance(&self, other: &SpeakerRow) -> Ordering {
        let (a, b) = (self.escalation + self.de_escalation, other.escalation + other.de_escalation);
        match (a, b) {
            (0, 0) => Ordering::Equal,
            (0, _) => Ordering::Greater,
            (_, 0) => Ordering::Less,
            // a_esc / a > b_esc / b, without division.
            _ => (other.escalation * a).cmp(&(self.escalation * b)),
        }
    }
}

/// The orders of the speaker list, in the order `o` cycles through them.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum SpeakerOrder {
    /// Most quotes first.
    #[default]
    Quotes,
    /// Most escalating red lines first.
    Escalation,
    /// Highest share of escalation among their red lines first; those without red lines
    /// last.
    Balance,
    /// By name, unattributed last.
    Name,
}

impl SpeakerOrder {
    /// The next order of the cycle quotes → escalation → balance → name → quotes.
    pub fn next(self) -> SpeakerOrder {
        match self {
            SpeakerOrder::Quotes => SpeakerOrder::Escalation,
            SpeakerOrder::Escalation => SpeakerOrder::Balance,
            SpeakerOrder::Balance => SpeakerOrder::Name,
            SpeakerOrder::Name => SpeakerOrder::Quotes,
        }
    }

    /// How the list title names it.
    pub fn name(self) -> &'static str {
        match self {
            SpeakerOrder::Quotes => "by quotes",
            SpeakerOrder::Escalation => "by escalation",
            SpeakerOrder::Balance => "by balance",
            SpeakerOrder::Name => "by name",
        }
    }

    /// Sorts `rows` in this order; ties by more quotes, then by name.
    pub fn sort(self, rows: &mut [SpeakerRow]) {
        let tie = |a: &SpeakerRow, b: &SpeakerRow| b.quotes.cmp(&a.quotes).then_with(|| a.name.cmp(&b.name));
        match self {
            SpeakerOrder::Quotes => rows.sort_by(tie),
            SpeakerOrder::Escalation => rows.sort_by(|a, b| {
                b.escalation.cmp(&a.escalation).then(a.de_escalation.cmp(&b.de_escalation)).then_with(|| tie(a, b))
            }),
            SpeakerOrder::Balance => rows.sort_by(|a, b| {
                a.by_balance(b)
                    .then((b.escalation + b.de_escalation).cmp(&(a.escalation + a.de_escalation)))
                    .then_with(|| tie(a, b))
            }),
            SpeakerOrder::Name => {
                rows.sort_by_key(|r| (r.name.is_none(), r.name.as_deref().map(str::to_lowercase), Reverse(r.quotes)))
            }
        }
    }
}

/// The speaker list: its speakers in its order, and the highlighted row (0 is "All
/// speakers").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SpeakerList {
    /// The speakers, in `order`.
    pub speakers: Vec<SpeakerRow>,
    /// Their order.
    pub order: SpeakerOrder,
    /// The highlighted row.
    pub row: usize,
}

impl SpeakerList {
    /// The list of `speakers` (in any order) by quotes, the row of `current` (the speaker
    /// filter) highlighted, else "All speakers".
    pub fn new(mut speakers: Vec<SpeakerRow>, current: Option<&Option<String>>) -> SpeakerList {
        SpeakerOrder::Quotes.sort(&mut speakers);
        let row = current.and_then(|c| speakers.iter().position(|s| s.name == *c)).map_or(0, |r| r + 1);
        SpeakerList { speakers, order: SpeakerOrder::Quotes, row }
    }

    /// The speaker of a row: `None` for "All speakers".
    pub fn speaker(&self, row: usize) -> Option<&SpeakerRow> {
        row.checked_sub(1).and_then(|i| self.speakers.get(i))
    }

    /// Sorts the list in its next order, the highlighted speaker staying highlighted.
    pub fn cycle_order(&mut self) {
        let highlighted = self.speaker(self.row).map(|s| s.name.clone());
        self.order = self.order.next();
        self.order.sort(&mut self.speakers);
        if let Some(name) = highlighted {
            self.row = self.speakers.iter().position(|s| s.name == name).map_or(0, |r| r + 1);
        }
    }
}
