//! The reader over a corpus: the state grows as batches of analysed articles arrive (topic
//! rows reordered and extended, per-quote data appended — work in proportion to the batch and
//! the topic list), one article can be opened on its own, and exports name each quote's
//! article.

use std::collections::HashMap;
use std::sync::Arc;

use redline_analysis::combined::{ArticleInfo, Combined};
use redline_analysis::export::{self, Format};
use redline_analysis::lexicon::Category;
use redline_analysis::source::Source;
use redline_analysis::{Analysis, Analyzer};

use super::loader::Batch;
use super::state::{Overlay, State};
use super::theme::Theme;

/// What corpus mode knows besides the joined analysis (which lives in `State::analysis`).
#[derive(Debug, Clone)]
pub struct CorpusData {
    /// The articles joined so far; its `analysis` is an empty stand-in while the joined one
    /// is in the state.
    pub combined: Combined,
    /// Re-analyses an article opened on its own.
    pub analyzer: Arc<Analyzer>,
    /// The number of articles to load, once known.
    pub total: Option<usize>,
    /// Articles handled so far (analysed or skipped).
    pub handled: usize,
    /// True until the loader is done.
    pub loading: bool,
}

impl State {
    /// The opening state of a corpus still to be loaded: empty, with "All quotes" selected.
    pub fn new_corpus(analyzer: Arc<Analyzer>, categories: Vec<Category>, theme: Theme) -> State {
        let combined = Combined::new();
        let mut state = State::new(combined.analysis.clone(), categories, Vec::new(), theme);
        state.corpus = Some(Box::new(CorpusData { combined, analyzer, total: None, handled: 0, loading: true }));
        state
    }

    /// The corpus reader: this state, or the one an opened article returns to.
    pub fn corpus_state(&mut self) -> Option<&mut State> {
        match self.back {
            Some(ref mut back) => Some(back),
            None => self.corpus.is_some().then_some(self),
        }
    }

    /// Adds a batch of analysed articles; the selected topic and quote stay selected.
    pub fn receive(&mut self, batch: Batch) {
        let Some(state) = self.corpus_state() else {
            return;
        };
        state.warnings.extend(batch.warnings);
        let base = state.analysis.quotes.len();
        let old_rows: HashMap<String, usize> =
            state.analysis.topics.iter().enumerate().map(|(i, t)| (t.label.clone(), i + 1)).collect();
        let selected = (state.topic > 0).then(|| state.topic_label(state.topic).to_string());
        let Some(corpus) = state.corpus.as_mut() else {
            return;
        };
        corpus.total = batch.total.or(corpus.total);
        corpus.handled += batch.handled;
        if batch.analyses.is_empty() {
            return;
        }
        std::mem::swap(&mut state.analysis, &mut corpus.combined.analysis);
        for analysis in batch.analyses {
            corpus.combined.push(analysis);
        }
        corpus.combined.sort_topics();
        std::mem::swap(&mut state.analysis, &mut corpus.combined.analysis);
        let n = state.analysis.quotes.len();
        let mut old = std::mem::take(&mut state.topic_quotes);
        let mut all = std::mem::take(&mut old[0]);
        all.extend(base..n);
        state.topic_quotes.push(all);
        for topic in &state.analysis.topics {
            let mut list = old_rows.get(&topic.label).map_or_else(Vec::new, |row| std::mem::take(&mut old[*row]));
            // Quotes of this batch were appended to the topic: ids past `base`, at its end.
            let mut new: Vec<usize> = topic.quotes.iter().rev().take_while(|id| **id > base).map(|id| id - 1).collect();
            new.retain(|i| *i < n);
            new.sort_unstable();
            new.dedup();
            list.extend(new);
            state.topic_quotes.push(list);
        }
        for quote in &state.analysis.quotes[base..] {
            state.lower.push(quote.text.to_lowercase());
            state.max_severity.push(quote.red_lines.iter().map(|r| r.severity).max());
            state.quoted_red_lines += quote.red_lines.len();
        }
        state.topic =
            selected.and_then(|label| state.analysis.topics.iter().position(|t| t.label == label)).map_or(0, |i| i + 1);
        // The new quotes come after every listed one: only they need filtering.
        state.extend_shown(base);
        // The reading view's line counts are of fewer paragraphs now.
        state.layout.reading_ends = None;
    }

    /// Marks the loading as done.
    pub fn finish_loading(&mut self) {
        if let Some(corpus) = self.corpus_state().and_then(|s| s.corpus.as_mut()) {
            corpus.loading = false;
        }
    }

    /// The articles of the corpus (none outside corpus mode).
    pub fn articles(&self) -> &[ArticleInfo] {
        self.corpus.as_ref().map_or(&[], |c| &c.combined.articles)
    }

    /// The article holding the quote at this index of `analysis.quotes`, in corpus mode.
    pub fn article_of(&self, index: usize) -> Option<&ArticleInfo> {
        self.corpus.as_ref()?.combined.article_of_quote(index + 1)
    }

    /// The position in the corpus of the article holding the quote at this index of
    /// `analysis.quotes`, in corpus mode.
    pub fn article_index(&self, index: usize) -> Option<usize> {
        let articles = self.articles();
        let i = articles.partition_point(|a| a.quotes.end <= index + 1);
        articles.get(i).filter(|a| a.quotes.contains(&(index + 1))).map(|_| i)
    }

    /// Opens the article at this index of the corpus on its own (re-analysing its text); the
    /// corpus reader waits in `back`.
    pub fn open_article(&mut self, index: usize) {
        let Some(corpus) = &self.corpus else {
            return;
        };
        let Some(info) = corpus.combined.articles.get(index) else {
            return;
        };
        let source = Source::from_text(info.source.clone(), &self.analysis.text[info.text.clone()]);
        let mut analysis = corpus.analyzer.analyze(&source);
        analysis.title = info.title.clone().or(analysis.title);
        let single = State::new(analysis, self.categories.clone(), Vec::new(), self.theme.clone());
        let mut corpus_state = std::mem::replace(self, single);
        corpus_state.overlay = Overlay::None;
        self.back = Some(Box::new(corpus_state));
    }

    /// Back from an article opened on its own to the corpus; false when none is open.
    pub fn close_article(&mut self) -> bool {
        match self.back.take() {
            Some(back) => {
                *self = *back;
                true
            }
            None => false,
        }
    }

    /// Every speaker with the number of their quotes, most first (then by name).
    pub fn count_speakers(&self) -> Vec<(Option<String>, usize)> {
        let mut counts: HashMap<Option<&str>, usize> = HashMap::new();
        for quote in &self.analysis.quotes {
            *counts.entry(quote.speaker.as_deref()).or_default() += 1;
        }
        let mut list: Vec<(Option<String>, usize)> =
            counts.into_iter().map(|(name, n)| (name.map(str::to_string), n)).collect();
        list.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        list
    }

    /// The quotes with these ids rendered for export or copy; in corpus mode through
    /// [`export::render_many`], each quote numbered within its own article and naming it.
    pub fn render_export(&self, ids: &[usize], format: Format) -> String {
        let Some(corpus) = &self.corpus else {
            return export::render(&self.analysis, ids, format);
        };
        let mut parts: Vec<(Analysis, Vec<usize>, usize)> = Vec::new();
        for &id in ids {
            let (Some(info), Some(quote)) = (corpus.combined.article_of_quote(id), self.analysis.quote(id)) else {
                continue;
            };
            let base = info.quotes.start;
            if parts.last().is_none_or(|(_, _, b)| *b != base) {
                parts.push((brief_analysis(info), Vec::new(), base));
            }
            let offset = info.text.start;
            let mut quote = quote.clone();
            quote.id = id + 1 - base;
            quote.paragraph = corpus.combined.local_paragraph(quote.paragraph);
            quote.start -= offset;
            quote.end -= offset;
            for r in &mut quote.red_lines {
                r.start -= offset;
                r.end -= offset;
                r.quote = r.quote.map(|q| q + 1 - base);
            }
            if let Some((analysis, local, _)) = parts.last_mut() {
                local.push(quote.id);
                // `Analysis::quote` finds quotes by position: pad up to this one.
                while analysis.quotes.len() + 1 < quote.id {
                    analysis.quotes.push(quote.clone());
                }
                analysis.quotes.push(quote);
            }
        }
        let articles: Vec<(&Analysis, Vec<usize>)> = parts.iter().map(|(a, ids, _)| (a, ids.clone())).collect();
        export::render_many(&articles, format)
    }
}

/// An analysis carrying only what a brief names of an article: source, title and dateline.
fn brief_analysis(info: &ArticleInfo) -> Analysis {
    let mut analysis = Combined::new().analysis;
    analysis.source = info.source.clone();
    analysis.title = info.title.clone();
    analysis.dateline = info.dateline.clone();
    analysis
}

/// A count with thousands separated by commas, e.g. `10,000`.
pub fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(ch);
    }
    out
}
