//! One page of the reader: a document and what the user chose on it — focus, topic and
//! quote lists, marks, search, filters, the open view — all in the document's quote indices.
//! The corpus and an article opened from it are two pages, so each keeps its own choices.

use std::collections::BTreeSet;

use redline_analysis::Analysis;

use crate::store::Stored;

use super::corrected::Corrected;
use super::views::{ArticleList, Find, LineCounts, Overlay, QuoteList, TopicList};
use crate::tui::action::Pane;
use crate::tui::document::{Criteria, Document};
use crate::tui::words::plural;

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

/// The search of the quote list (`/`): it reads the quotes the topic, filters and speaker
/// list, highlights those that match and, narrowed (`&`), lists only them.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Search {
    /// What was typed.
    pub query: String,
    /// True while the query is being typed (keys go to the query).
    pub typing: bool,
    /// True when only the matching quotes are listed.
    pub narrow: bool,
    /// The quote highlighted when `/` was pressed: while the query is typed, the first match
    /// from it on (round the list) is highlighted.
    pub origin: Option<usize>,
    /// The quotes of the list that match (indices into the analysis's quotes, ascending):
    /// all those shown when narrowed; none while the query is empty.
    pub hits: Vec<usize>,
    /// How many quotes the list holds, matching or not.
    pub listed: usize,
}

impl Search {
    /// A new search being typed, from the highlighted quote `origin`, narrowed or not.
    pub fn typing_from(origin: Option<usize>, narrow: bool) -> Search {
        Search { typing: true, narrow, origin, ..Search::default() }
    }

    /// What the search found, as the status line says it: `"word": 3 of 12 quotes match`
    /// (`…, only they are listed` when narrowed).
    pub fn summary(&self) -> String {
        let narrowed = if self.narrow { ", only they are listed" } else { "" };
        format!("\"{}\": {}{narrowed}", self.query, self.counts())
    }

    /// How many quotes of the list match: `3 of 12 quotes match`.
    pub fn counts(&self) -> String {
        let (n, of) = (self.hits.len(), self.listed);
        format!("{n} of {of} quote{} {}", plural(of), if n == 1 { "matches" } else { "match" })
    }
}

/// A document and the reader's state over it.
///
/// Guarantees, kept by every method here and by `update`: `quotes.shown` is what topic,
/// filter and speaker list (narrowed: what of it the search matches), in ascending order;
/// the search's hits are the quotes of that list that match; the selected topic row exists;
/// marks are quotes of the document.
#[derive(Debug, Clone)]
pub struct Page {
    /// What the page reads.
    pub doc: Document,
    /// The focused pane.
    pub focus: Pane,
    /// The topic list.
    pub topics: TopicList,
    /// The quote list.
    pub quotes: QuoteList,
    /// Marked quotes, as indices into the analysis's quotes.
    pub marks: BTreeSet<usize>,
    /// The search of the quote list, when one is active.
    pub search: Option<Search>,
    /// The search of the open help, context or reading view, when one is active; it ends
    /// when the view closes or another opens.
    pub find: Option<Find>,
    /// The severity filter.
    pub filter: Filter,
    /// The speaker filter: `Some(None)` keeps unattributed quotes, `Some(Some(name))` those
    /// of one speaker.
    pub speaker: Option<Option<String>>,
    /// True when quotes of [`crate::tui::document::SHORT_WORDS`] words or fewer are hidden.
    pub hide_short: bool,
    /// The open view or dialog.
    pub overlay: Overlay,
    /// The article list of a corpus as it was last closed, to open again as it was.
    pub last_articles: Option<ArticleList>,
    /// The quote the reading view highlights (an index into the analysis's quotes).
    pub reading_quote: Option<usize>,
    /// True until the geometry has scrolled the reading view to `reading_quote`.
    pub reading_jump: bool,
    /// The reading view's line counts, once worked out (kept while the document is
    /// unchanged, so the view opens again at once).
    pub reading_lines: Option<LineCounts>,
    /// The corrections of the article, when the page is an article opened on its own.
    pub corrected: Option<Box<Corrected>>,
}

impl Page {
    /// The opening page of a document: focus on Topics, "All quotes" selected, nothing open.
    pub fn new(doc: Document) -> Page {
        let mut page = Page {
            doc,
            focus: Pane::Topics,
            topics: TopicList::default(),
            quotes: QuoteList::default(),
            marks: BTreeSet::new(),
            search: None,
            find: None,
            filter: Filter::All,
            speaker: None,
            hide_short: false,
            overlay: Overlay::None,
            last_articles: None,
            reading_quote: None,
            reading_jump: false,
            reading_lines: None,
            corrected: None,
        };
        page.refresh_shown();
        page
    }

    /// The analysis of the document.
    pub fn analysis(&self) -> &Analysis {
        self.doc.analysis()
    }

    /// Recomputes the quotes shown from topic, filters and search, keeping the highlighted
    /// quote when it is still listed.
    pub fn refresh_shown(&mut self) {
        let keep = self.quotes.selected();
        let listed = self.listed_from(0);
        self.quotes.shown = match &mut self.search {
            Some(s) => {
                s.listed = listed.len();
                s.hits = if s.query.is_empty() { Vec::new() } else { self.doc.matching(&listed, &s.query) };
                if s.narrow && !s.query.is_empty() { s.hits.clone() } else { listed }
            }
            None => listed,
        };
        self.quotes.cursor = keep.and_then(|k| self.position(k)).unwrap_or(0);
    }

    /// Where the quote at this index is in the list shown, if it is listed.
    pub fn position(&self, quote: usize) -> Option<usize> {
        self.quotes.shown.binary_search(&quote).ok()
    }

    /// The search's first hit after the quote at index `after` (from the top when `None`),
    /// else, round the list, its first: with true when it went round; `None` without hits.
    pub fn next_hit(&self, after: Option<usize>) -> Option<(usize, bool)> {
        let hits = &self.search.as_ref()?.hits;
        let at = after.map_or(0, |a| hits.partition_point(|h| *h <= a));
        hits.get(at).map(|h| (*h, false)).or_else(|| hits.first().map(|h| (*h, after.is_some())))
    }

    /// The search's last hit before the quote at index `before`, else, round the list, its
    /// last: with true when it went round; `None` without hits.
    pub fn previous_hit(&self, before: usize) -> Option<(usize, bool)> {
        let hits = &self.search.as_ref()?.hits;
        let at = hits.partition_point(|h| *h < before);
        at.checked_sub(1).map(|i| (hits[i], false)).or_else(|| hits.last().map(|h| (*h, true)))
    }

    /// Selects a topic row (clamped to the list): a search stays and reads the topic's
    /// quotes; the first match is highlighted, or the first quote without a search or match.
    pub fn select_topic(&mut self, row: usize) {
        self.topics.selected = row.min(self.doc.topic_count() - 1);
        self.refresh_shown();
        let first = self.next_hit(None).and_then(|(hit, _)| self.position(hit));
        self.quotes.cursor = first.unwrap_or(0);
    }

    /// The quotes from index `from` on that topic, filter and speaker list.
    fn listed_from(&self, from: usize) -> Vec<usize> {
        let criteria = Criteria {
            topic: self.topics.selected,
            min_severity: match self.filter {
                Filter::All => None,
                Filter::AtLeast(s) => Some(s),
            },
            speaker: self.speaker.as_ref(),
            hide_short: self.hide_short,
        };
        self.doc.listed(from, criteria)
    }

    /// True when the quote at this index is marked "not a quote".
    pub fn is_dismissed(&self, quote: usize) -> bool {
        match &self.corrected {
            Some(c) => c.is_dismissed(quote),
            None => crate::tui::corpus_corrections::is_dismissed(&self.doc, quote),
        }
    }

    /// The quotes an export or copy takes, as ids: the marked ones, or all shown when none
    /// is marked, never one marked "not a quote"; with a phrase saying which.
    pub fn export_selection(&self) -> (Vec<usize>, String) {
        let kept = |i: &&usize| !self.is_dismissed(**i);
        if self.marks.is_empty() {
            let ids: Vec<usize> = self.quotes.shown.iter().filter(kept).map(|i| i + 1).collect();
            let n = ids.len();
            (ids, format!("all {n} shown quote{} (none marked)", plural(n)))
        } else {
            let ids: Vec<usize> = self.marks.iter().filter(kept).map(|i| i + 1).collect();
            let n = ids.len();
            (ids, format!("{n} marked quote{}", plural(n)))
        }
    }

    /// Takes in a batch of a corpus loader (see [`Document::receive`]): the selected topic
    /// and the highlighted quote stay selected, new quotes that the lists take are listed.
    pub fn receive(&mut self, total: Option<usize>, handled: usize, analyses: Vec<Analysis>, stored: Vec<Stored>) {
        let base = self.analysis().quotes.len();
        let selected = (self.topics.selected > 0).then(|| self.doc.topic_label(self.topics.selected).to_string());
        if !self.doc.receive(total, handled, (analyses, stored)) {
            return;
        }
        self.topics.selected = selected.and_then(|label| self.doc.topic_row(&label)).unwrap_or(0);
        // The new quotes come after every listed one: only they need filtering and searching.
        let more = self.listed_from(base);
        match &mut self.search {
            Some(s) if !s.query.is_empty() => {
                s.listed += more.len();
                let hits = self.doc.matching(&more, &s.query);
                s.hits.extend_from_slice(&hits);
                self.quotes.shown.extend(if s.narrow { hits } else { more });
            }
            Some(s) => {
                s.listed += more.len();
                self.quotes.shown.extend(more);
            }
            None => self.quotes.shown.extend(more),
        }
        // The reading view's line counts are of fewer paragraphs now.
        self.reading_lines = None;
        self.follow_new_articles();
    }

    /// Brings a filtered or sorted article list and a timeline up to date with the articles
    /// joined, the highlighted article staying highlighted.
    fn follow_new_articles(&mut self) {
        match &mut self.overlay {
            Overlay::Articles(list) if list.rows.is_some() => {
                list.set_rows(Some(self.doc.article_rows(list.query(), list.order)));
            }
            Overlay::Timeline(view) => {
                let article = view.point().map(|p| p.article);
                (view.points, view.undated) = self.doc.timeline(&view.filter);
                view.cursor = article.and_then(|a| view.points.iter().position(|p| p.article == a)).unwrap_or(0);
            }
            _ => {}
        }
    }
}
