//! Everything the screen shows, as plain data: focus, selections, marks, search, filter,
//! dialogs and scroll positions, plus per-quote data precomputed once at start.

use std::collections::BTreeSet;
use std::ops::Range;

use ratatui::layout::Rect;
use redline_analysis::{Analysis, Category};

use super::action::Pane;
use super::corpus::CorpusData;
use super::theme::Theme;

/// The severity filter of the quote list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Filter {
    /// Every quote.
    All,
    /// Quotes holding a red line of at least this severity.
    AtLeast(u8),
}

impl Filter {
    /// The next filter in the cycle all → ≥ 3 → ≥ 4 → all.
    pub fn next(self) -> Filter {
        match self {
            Filter::All => Filter::AtLeast(3),
            Filter::AtLeast(3) => Filter::AtLeast(4),
            Filter::AtLeast(_) => Filter::All,
        }
    }
}

/// The search: its query and whether it is still being typed.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Search {
    /// What was typed.
    pub query: String,
    /// True while the query is being typed (keys go to the query).
    pub typing: bool,
}

/// Where the export dialog stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ExportStage {
    /// The path is being edited.
    Editing,
    /// The file exists: waiting for y/n.
    ConfirmOverwrite,
}

/// The export dialog.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportDialog {
    /// The path field.
    pub path: String,
    /// The text cursor, in characters from the start of `path`.
    pub cursor: usize,
    /// Editing or confirming.
    pub stage: ExportStage,
    /// Why the last attempt failed, if it did.
    pub error: Option<String>,
}

/// What is open over the main screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Overlay {
    /// Nothing: the two panes.
    None,
    /// Keys and legend, scrolled by this many lines.
    Help(usize),
    /// The paragraph of the quote at this index of `analysis.quotes`, scrolled.
    Context { quote: usize, scroll: usize },
    /// The whole article, scrolled by this many lines.
    Reading(usize),
    /// The export dialog.
    Export(ExportDialog),
    /// The speaker list, with the highlighted row (0 is "All speakers").
    Speakers(usize),
    /// The article list of the corpus, with the highlighted row.
    Articles(usize),
}

/// Screen geometry recorded by the last draw, so keys and clicks know what is visible.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Layout {
    /// The topic pane.
    pub topics: Rect,
    /// First topic row shown.
    pub topic_offset: usize,
    /// The quote pane.
    pub quotes: Rect,
    /// First shown quote drawn.
    pub quote_offset: usize,
    /// Screen rows of each drawn quote block: (first row, row past last, position in shown).
    pub quote_rows: Vec<(u16, u16, usize)>,
    /// Rows of the open view's text area (help, context, reading), for paging.
    pub view_height: usize,
    /// Reading view: the width it was wrapped at and, per paragraph, the body lines up to and
    /// including it.
    pub reading_ends: Option<(u16, Vec<usize>)>,
}

/// The reader's whole state.
#[derive(Debug, Clone)]
pub struct State {
    /// The article and its analysis.
    pub analysis: Analysis,
    /// The red-line categories, for the legend.
    pub categories: Vec<Category>,
    /// Warnings from loading, shown in the status line until a key is pressed.
    pub warnings: Vec<String>,
    /// Colours or modifiers.
    pub theme: Theme,
    /// The focused pane.
    pub focus: Pane,
    /// Selected topic: 0 is "All quotes", `i` is `analysis.topics[i - 1]`.
    pub topic: usize,
    /// Position of the highlighted quote in `shown`.
    pub cursor: usize,
    /// Indices (into `analysis.quotes`) of the quotes listed, in order.
    pub shown: Vec<usize>,
    /// Marked quotes, as indices into `analysis.quotes`.
    pub marks: BTreeSet<usize>,
    /// The search, when one is active.
    pub search: Option<Search>,
    /// The severity filter.
    pub filter: Filter,
    /// The open dialog or view.
    pub overlay: Overlay,
    /// A one-off message for the status line (export done, copied, …).
    pub message: Option<String>,
    /// Geometry of the last draw.
    pub layout: Layout,
    /// Per topic row (0 = all), the quote indices it lists.
    pub topic_quotes: Vec<Vec<usize>>,
    /// Per quote, its text in lower case, for searching.
    pub lower: Vec<String>,
    /// Per quote, the highest severity of its red lines.
    pub max_severity: Vec<Option<u8>>,
    /// Red lines inside quotes, in total (the count of "All quotes").
    pub quoted_red_lines: usize,
    /// The speaker filter: `Some(None)` keeps unattributed quotes, `Some(Some(name))` those
    /// of one speaker.
    pub speaker: Option<Option<String>>,
    /// The speaker list as last opened: each speaker (None is unattributed) and its quotes.
    pub speakers: Vec<(Option<String>, usize)>,
    /// In corpus mode, the articles behind the joined analysis and the loading progress.
    pub corpus: Option<Box<CorpusData>>,
    /// When one article of the corpus is open on its own, the corpus reader to return to.
    pub back: Option<Box<State>>,
}

impl State {
    /// The opening state: focus on Topics, "All quotes" selected.
    pub fn new(analysis: Analysis, categories: Vec<Category>, warnings: Vec<String>, theme: Theme) -> State {
        let n = analysis.quotes.len();
        let mut topic_quotes = vec![(0..n).collect::<Vec<_>>()];
        for topic in &analysis.topics {
            let mut list: Vec<usize> =
                topic.quotes.iter().filter_map(|id| id.checked_sub(1)).filter(|i| *i < n).collect();
            list.sort_unstable();
            list.dedup();
            topic_quotes.push(list);
        }
        let lower = analysis.quotes.iter().map(|q| q.text.to_lowercase()).collect();
        let max_severity = analysis.quotes.iter().map(|q| q.red_lines.iter().map(|r| r.severity).max()).collect();
        let quoted_red_lines = analysis.quotes.iter().map(|q| q.red_lines.len()).sum();
        let mut state = State {
            analysis,
            categories,
            warnings,
            theme,
            focus: Pane::Topics,
            topic: 0,
            cursor: 0,
            shown: Vec::new(),
            marks: BTreeSet::new(),
            search: None,
            filter: Filter::All,
            overlay: Overlay::None,
            message: None,
            layout: Layout::default(),
            topic_quotes,
            lower,
            max_severity,
            quoted_red_lines,
            speaker: None,
            speakers: Vec::new(),
            corpus: None,
            back: None,
        };
        state.refresh_shown();
        state
    }

    /// Number of rows in the topic list, "All quotes" included.
    pub fn topic_count(&self) -> usize {
        self.topic_quotes.len()
    }

    /// Recomputes `shown` from topic, search and filter, keeping the highlighted quote when
    /// it is still listed.
    pub fn refresh_shown(&mut self) {
        let keep = self.selected_quote();
        self.shown = self.listed_from(0);
        self.cursor = keep.and_then(|k| self.shown.iter().position(|i| *i == k)).unwrap_or(0);
    }

    /// Appends to `shown` the quotes from index `from` on (all of them new) that topic,
    /// search and filters list; the highlighted quote stays highlighted.
    pub fn extend_shown(&mut self, from: usize) {
        let more = self.listed_from(from);
        self.shown.extend(more);
    }

    /// The quotes from index `from` on that topic (or search), severity filter and speaker
    /// filter list, in order.
    fn listed_from(&self, from: usize) -> Vec<usize> {
        let min = match self.filter {
            Filter::All => None,
            Filter::AtLeast(s) => Some(s),
        };
        let speaker = self.speaker.as_ref();
        let passes = |i: &usize| {
            min.is_none_or(|m| self.max_severity[*i].is_some_and(|s| s >= m))
                && speaker.is_none_or(|s| self.analysis.quotes[*i].speaker == *s)
        };
        match self.search.as_ref().filter(|s| !s.query.is_empty()) {
            Some(search) => {
                let q = search.query.to_lowercase();
                (from..self.lower.len()).filter(|i| self.lower[*i].contains(&q)).filter(passes).collect()
            }
            None => {
                let list = &self.topic_quotes[self.topic];
                list[list.partition_point(|i| *i < from)..].iter().copied().filter(passes).collect()
            }
        }
    }

    /// The highlighted quote, as an index into `analysis.quotes`.
    pub fn selected_quote(&self) -> Option<usize> {
        self.shown.get(self.cursor).copied()
    }

    /// The label of the selected topic row.
    pub fn topic_label(&self, row: usize) -> &str {
        match row.checked_sub(1).and_then(|i| self.analysis.topics.get(i)) {
            Some(t) => &t.label,
            None => "All quotes",
        }
    }

    /// The quotes an export or copy takes: the marked ones, or all shown when none is marked;
    /// with a phrase saying which.
    pub fn export_selection(&self) -> (Vec<usize>, String) {
        if self.marks.is_empty() {
            let n = self.shown.len();
            (self.shown.iter().map(|i| i + 1).collect(), format!("all {n} shown quote{} (none marked)", plural(n)))
        } else {
            let n = self.marks.len();
            (self.marks.iter().map(|i| i + 1).collect(), format!("{n} marked quote{}", plural(n)))
        }
    }
}

/// `"s"` unless `n` is 1.
pub fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// Byte ranges of `text` matching `query_lower` case-insensitively (the query already in
/// lower case); exact for characters whose lower case has another length.
pub fn find_ignoring_case(text: &str, query_lower: &str) -> Vec<Range<usize>> {
    if query_lower.is_empty() {
        return Vec::new();
    }
    let mut folded = String::with_capacity(text.len());
    let mut origin = Vec::with_capacity(text.len());
    for (i, c) in text.char_indices() {
        for l in c.to_lowercase() {
            folded.push(l);
            origin.extend(std::iter::repeat_n((i, i + c.len_utf8()), l.len_utf8()));
        }
    }
    folded.match_indices(query_lower).map(|(s, m)| origin[s].0..origin[s + m.len() - 1].1).collect()
}
