//! Each view's own state, apart from the application's (as ratatui's `ListState`): a list's
//! selection and what is in view, a text view's scroll, the export dialog's input, and the
//! overlay saying which view or dialog is open. `update` changes them, including the
//! geometry in them (offsets, rows in view), which it works out for the terminal's size;
//! views only read them.

use redline_analysis::{QuoteFilter, TimelinePoint};

use super::Search;
pub use super::speakers::SpeakerList;
use crate::tui::catalog::Order;

/// The topic list: the selected row (0 is "All quotes") and the first row in view.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct TopicList {
    /// The selected row.
    pub selected: usize,
    /// The first row in view.
    pub offset: usize,
}

impl TopicList {
    /// Scrolls as little as possible for the selected row to be among `rows` rows in view.
    pub fn scroll_into_view(&mut self, rows: usize) {
        let rows = rows.max(1);
        self.offset = self.offset.min(self.selected);
        if self.selected >= self.offset + rows {
            self.offset = self.selected + 1 - rows;
        }
    }
}

/// The quote list: the quotes listed, the highlighted one and the blocks in view.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct QuoteList {
    /// Indices (into the analysis's quotes) of the quotes listed, in order.
    pub shown: Vec<usize>,
    /// Position in `shown` of the highlighted quote (0 when `shown` is empty).
    pub cursor: usize,
    /// Position in `shown` of the first quote in view.
    pub offset: usize,
    /// The screen rows of each quote block in view, top to bottom: (first row, row past the
    /// last, position in `shown`).
    pub rows: Vec<(u16, u16, usize)>,
}

impl QuoteList {
    /// The highlighted quote, as an index into the analysis's quotes.
    pub fn selected(&self) -> Option<usize> {
        self.shown.get(self.cursor).copied()
    }

    /// Moves the highlight by `step` positions, stopping at the ends.
    pub fn move_by(&mut self, step: isize) {
        let last = self.shown.len().saturating_sub(1) as isize;
        self.cursor = (self.cursor as isize).saturating_add(step).clamp(0, last) as usize;
    }
}

/// A scrolled text view (help, context, reading): the first line in view.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Scroll {
    /// The first line in view.
    pub top: usize,
}

impl Scroll {
    /// Scrolls by `delta` lines (negative is up), not above the first line; `update` then
    /// keeps it within the text with [`Scroll::clamp`].
    pub fn by(&mut self, delta: isize) {
        self.top = (self.top as isize).saturating_add(delta).clamp(0, isize::MAX / 2) as usize;
    }

    /// Keeps the scroll at most `max`.
    pub fn clamp(&mut self, max: usize) {
        self.top = self.top.min(max);
    }
}

/// A search in the help, context or reading view (`/`): matches are found within one line
/// of the view as drawn, ignoring case, highlighted, and scrolled into view by `n`/`N`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Find {
    /// What was typed.
    pub query: String,
    /// True while the query is being typed.
    pub typing: bool,
    /// The first line in view when `/` was pressed: while typing, the first match from it on
    /// is shown.
    pub origin: usize,
    /// The line of the match shown last, which `n`/`N` step from.
    pub line: Option<usize>,
}

/// The reading view's line count per paragraph at one width: worked out when the view
/// first scrolls, so that scrolling to the end of a huge article stays fast.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LineCounts {
    /// The width the text was wrapped at.
    pub width: u16,
    /// Per paragraph, the body lines up to and including it.
    pub ends: Vec<usize>,
}

/// Where the export dialog stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportStage {
    /// The path is being edited.
    Editing,
    /// The file exists: waiting for y/n.
    ConfirmOverwrite,
}

/// The export dialog: the path being edited, its text cursor, the stage and the last error.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportInput {
    /// The path field.
    pub path: String,
    /// The text cursor, in characters from the start of `path` (at most its length).
    pub cursor: usize,
    /// Editing or confirming.
    pub stage: ExportStage,
    /// Why the last attempt failed, if it did.
    pub error: Option<String>,
    /// The names the last Tab left to choose from (a few of them), while the path is
    /// unchanged since.
    pub choices: Vec<String>,
}

impl ExportInput {
    /// The path the dialog opens with.
    pub const DEFAULT_PATH: &str = "redline-export.md";

    /// The dialog as it opens: the default path, the cursor after it.
    pub fn with_default_path() -> ExportInput {
        let path = ExportInput::DEFAULT_PATH.to_string();
        ExportInput {
            cursor: path.chars().count(),
            path,
            stage: ExportStage::Editing,
            error: None,
            choices: Vec::new(),
        }
    }

    /// The byte offset of the text cursor in `path`.
    pub fn cursor_byte(&self) -> usize {
        self.path.char_indices().nth(self.cursor).map_or(self.path.len(), |(i, _)| i)
    }

    /// Types a character at the cursor.
    pub fn insert(&mut self, ch: char) {
        let at = self.cursor_byte();
        self.path.insert(at, ch);
        self.cursor += 1;
    }

    /// Deletes the character before the cursor, if there is one.
    pub fn backspace(&mut self) {
        if self.cursor > 0 {
            self.cursor -= 1;
            let at = self.cursor_byte();
            self.path.remove(at);
        }
    }

    /// Moves the cursor one character left or (`right`) right, within the path.
    pub fn move_cursor(&mut self, right: bool) {
        self.cursor =
            if right { (self.cursor + 1).min(self.path.chars().count()) } else { self.cursor.saturating_sub(1) };
    }

    /// Empties the path.
    pub fn clear(&mut self) {
        self.path.clear();
        self.cursor = 0;
    }

    /// The path to write: trimmed, a leading `~` (alone or before `/`) replaced by `home`.
    pub fn expanded(&self, home: Option<&std::path::Path>) -> std::path::PathBuf {
        let path = self.path.trim();
        match (path.strip_prefix('~'), home) {
            (Some(rest), Some(home)) if rest.is_empty() || rest.starts_with('/') => {
                home.join(rest.trim_start_matches('/'))
            }
            _ => std::path::PathBuf::from(path),
        }
    }

    /// Switches the path's extension to the next format: md → json → txt → md (a path
    /// without a known extension gets `.md`); the cursor goes to the end.
    pub fn next_format(&mut self) {
        let known = [".md", ".json", ".txt"];
        let at = known.iter().position(|e| self.path.trim_end().ends_with(e));
        let stem =
            at.map_or(self.path.trim_end(), |i| &self.path.trim_end()[..self.path.trim_end().len() - known[i].len()]);
        self.path = format!("{stem}{}", known[at.map_or(0, |i| (i + 1) % known.len())]);
        self.cursor = self.path.chars().count();
    }
}

/// The article list of a corpus: the filter typed after `/`, the order, the articles
/// listed and the highlighted row.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ArticleList {
    /// The highlighted row.
    pub row: usize,
    /// The order of the rows.
    pub order: Order,
    /// The filter, while one is typed or kept (only its `query` and `typing` are used).
    pub filter: Option<Search>,
    /// The articles listed (positions in the corpus), when filtered or in another order than
    /// the corpus's; `None`: every article, in path order.
    pub rows: Option<Vec<usize>>,
}

impl ArticleList {
    /// The list in path order with the row of the article at `position` highlighted.
    pub fn at(position: usize) -> ArticleList {
        ArticleList { row: position, ..ArticleList::default() }
    }

    /// The filter's query ("" without a filter).
    pub fn query(&self) -> &str {
        self.filter.as_ref().map_or("", |f| f.query.as_str())
    }

    /// The number of rows, of a corpus of `total` articles.
    pub fn len(&self, total: usize) -> usize {
        self.rows.as_ref().map_or(total, Vec::len)
    }

    /// The article shown at `row` (its position in the corpus); `None` past the rows of a
    /// filtered or sorted list.
    pub fn article(&self, row: usize) -> Option<usize> {
        match &self.rows {
            Some(rows) => rows.get(row).copied(),
            None => Some(row),
        }
    }

    /// The row showing the article at `position`, if it is listed.
    pub fn row_of(&self, position: usize) -> Option<usize> {
        match &self.rows {
            Some(rows) => rows.iter().position(|p| *p == position),
            None => Some(position),
        }
    }

    /// Lists `rows` instead (see [`ArticleList::rows`]): the highlighted article stays
    /// highlighted when it is still listed, else the first row is.
    pub fn set_rows(&mut self, rows: Option<Vec<usize>>) {
        let article = self.article(self.row);
        self.rows = rows;
        self.row = article.and_then(|a| self.row_of(a)).unwrap_or(0);
    }
}

/// The escalation timeline of a topic or speaker in a corpus: the library's points (one per
/// dated article with a selected quote, in date order) and the highlighted one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimelineView {
    /// What is charted, as the title says it ("topic NATO", "speaker Jane Roe").
    pub subject: String,
    /// Which quotes count.
    pub filter: QuoteFilter,
    /// The points, in date order; never empty.
    pub points: Vec<TimelinePoint>,
    /// Position in `points` of the highlighted one.
    pub cursor: usize,
    /// Articles of the corpus that state no date (left out of the chart).
    pub undated: usize,
}

impl TimelineView {
    /// The highlighted point.
    pub fn point(&self) -> Option<&TimelinePoint> {
        self.points.get(self.cursor)
    }
}

/// What is open over the two panes, with its own state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Overlay {
    /// Nothing: the two panes.
    None,
    /// Keys and legend.
    Help(Scroll),
    /// The paragraph of the quote at this index of the analysis's quotes.
    Context {
        /// The quote.
        quote: usize,
        /// The view's scroll.
        scroll: Scroll,
    },
    /// The whole article.
    Reading(Scroll),
    /// The export dialog.
    Export(ExportInput),
    /// The speaker list.
    Speakers(SpeakerList),
    /// The article list of a corpus.
    Articles(ArticleList),
    /// The escalation timeline of a topic or speaker in a corpus.
    Timeline(TimelineView),
    /// The speaker picker over a quote.
    Picker(super::corrected::Picker),
    /// "Quit? marked quotes are not exported": waiting for y/n.
    QuitAsk,
}
