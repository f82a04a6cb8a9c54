//! What a page of the reader reads: one analysis (an article's, or a corpus's articles
//! joined) with the indexes the reader derives from it once: the quotes of each topic row,
//! each quote's lower-case text and highest severity. A corpus grows as batches of analysed
//! articles arrive, in work proportional to the batch and the topic list; one of its
//! articles can be opened as a document of its own; exports name each quote's article.

use std::collections::{BTreeSet, HashMap};
use std::sync::Arc;

use redline_analysis::{
    Analysis, Analyzer, Format, Joined, JoinedArticle, QuoteFilter, Source, TimelinePoint, timeline_of_joined,
};

use super::catalog::{Catalog, Order};
use crate::store::Stored;

/// An analysis and its indexes, always in step: every quote and topic of the analysis is
/// indexed.
#[derive(Debug, Clone)]
pub struct Document {
    /// The article, or the corpus.
    body: Body,
    /// Derived from the analysis of `body`.
    index: Index,
}

/// Whose analysis a document holds.
#[derive(Debug, Clone)]
enum Body {
    /// One article's.
    Article(Box<Analysis>),
    /// A corpus's, its articles joined.
    Corpus(Box<Corpus>),
}

/// A corpus being read: its articles joined into one analysis, and how far loading is.
#[derive(Debug, Clone)]
pub struct Corpus {
    /// The articles joined so far, in path order.
    pub combined: Joined,
    /// Re-analyses an article opened on its own.
    analyzer: Arc<Analyzer>,
    /// The number of articles to load, once known.
    pub total: Option<usize>,
    /// Articles handled so far (analysed or skipped).
    pub handled: usize,
    /// True until the loader is done.
    pub loading: bool,
    /// What the article list filters and sorts by, per article.
    catalog: Catalog,
    /// Per article, its stored corrections (see `corpus_corrections.rs`).
    pub corrections: Vec<Stored>,
}

/// Which quotes a list shows, in the order of the analysis.
#[derive(Debug, Clone, Copy)]
pub struct Criteria<'a> {
    /// The topic row: 0 is every quote, `i` the quotes of `analysis.topics[i - 1]`.
    pub topic: usize,
    /// Only quotes holding a red line of at least this severity.
    pub min_severity: Option<u8>,
    /// Only quotes of this speaker (`Some(None)`: unattributed ones).
    pub speaker: Option<&'a Option<String>>,
    /// Only quotes of more than [`SHORT_WORDS`] words.
    pub hide_short: bool,
}

/// Quotes of this many words or fewer are short: `F` hides them.
pub const SHORT_WORDS: usize = 3;

/// The indexes of an analysis.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Index {
    /// Per topic row (0 = all), the indices of the quotes it lists, ascending.
    topic_quotes: Vec<Vec<usize>>,
    /// Per quote, its text in lower case, for searching.
    lower: Vec<String>,
    /// Per quote, the highest severity of its red lines.
    max_severity: Vec<Option<u8>>,
    /// Red lines inside quotes, in total (the count of "All quotes").
    quoted_red_lines: usize,
    /// The categories of the analysis's red lines (the legend's), and how many red lines
    /// they were gathered from.
    categories: BTreeSet<String>,
    red_lines_seen: usize,
}

impl Index {
    /// The indexes of `analysis`.
    fn new(analysis: &Analysis) -> Index {
        let n = analysis.quotes.len();
        let mut topic_quotes = vec![(0..n).collect::<Vec<_>>()];
        for topic in &analysis.topics {
            let mut list: Vec<usize> =
                topic.quotes.iter().filter_map(|id| id.checked_sub(1)).filter(|i| *i < n).collect();
            list.sort_unstable();
            list.dedup();
            topic_quotes.push(list);
        }
        let mut index = Index {
            topic_quotes,
            lower: Vec::new(),
            max_severity: Vec::new(),
            quoted_red_lines: 0,
            categories: BTreeSet::new(),
            red_lines_seen: 0,
        };
        index.add_quotes(analysis, 0);
        index
    }

    /// Brings the indexes up to date with `analysis` after quotes from index `base` on were
    /// appended to it and its topics re-sorted; `old_rows` gives each topic's row before.
    fn extend(&mut self, analysis: &Analysis, base: usize, old_rows: &HashMap<String, usize>) {
        let n = analysis.quotes.len();
        let mut old = std::mem::take(&mut self.topic_quotes);
        let mut all = std::mem::take(&mut old[0]);
        all.extend(base..n);
        self.topic_quotes.push(all);
        for topic in &analysis.topics {
            let mut list = old_rows.get(&topic.label).map_or_else(Vec::new, |row| std::mem::take(&mut old[*row]));
            // Quotes of this batch were appended to the topic: ids past `base`, at its end.
            let mut new: Vec<usize> = topic.quotes.iter().rev().take_while(|id| **id > base).map(|id| id - 1).collect();
            new.retain(|i| *i < n);
            new.sort_unstable();
            new.dedup();
            list.extend(new);
            self.topic_quotes.push(list);
        }
        self.add_quotes(analysis, base);
    }

    /// Indexes the text and severity of the quotes from index `from` on, and the categories
    /// of the red lines not seen before (red lines are only ever appended).
    fn add_quotes(&mut self, analysis: &Analysis, from: usize) {
        for quote in &analysis.quotes[from..] {
            self.lower.push(quote.text.to_lowercase());
            self.max_severity.push(quote.red_lines.iter().map(|r| r.severity).max());
            self.quoted_red_lines += quote.red_lines.len();
        }
        for red_line in analysis.red_lines.iter().skip(self.red_lines_seen) {
            if !self.categories.contains(&red_line.category) {
                self.categories.insert(red_line.category.clone());
            }
        }
        self.red_lines_seen = analysis.red_lines.len();
    }
}

impl Document {
    /// The document of one article.
    pub fn article(analysis: Analysis) -> Document {
        let index = Index::new(&analysis);
        Document { body: Body::Article(Box::new(analysis)), index }
    }

    /// The document of a corpus still to be loaded: no article yet.
    pub fn corpus(analyzer: Arc<Analyzer>) -> Document {
        let combined = Joined::new();
        let index = Index::new(&combined.analysis);
        Document {
            body: Body::Corpus(Box::new(Corpus {
                combined,
                analyzer,
                total: None,
                handled: 0,
                loading: true,
                catalog: Catalog::default(),
                corrections: Vec::new(),
            })),
            index,
        }
    }

    /// The analysis: the article's, or the corpus's joined one.
    pub fn analysis(&self) -> &Analysis {
        match &self.body {
            Body::Article(analysis) => analysis,
            Body::Corpus(corpus) => &corpus.combined.analysis,
        }
    }

    /// The corpus, when the document is one.
    pub fn as_corpus(&self) -> Option<&Corpus> {
        match &self.body {
            Body::Article(_) => None,
            Body::Corpus(corpus) => Some(corpus),
        }
    }

    /// The corpus, to change, when the document is one.
    pub fn as_corpus_mut(&mut self) -> Option<&mut Corpus> {
        if let Body::Corpus(corpus) = &mut self.body { Some(corpus) } else { None }
    }

    /// Takes in a batch of the corpus loader: the progress, and analysed articles joined at
    /// the end with their stored corrections (every index extended). True when articles
    /// were joined; nothing happens to the document of an article.
    pub fn receive(&mut self, total: Option<usize>, handled: usize, batch: (Vec<Analysis>, Vec<Stored>)) -> bool {
        let Body::Corpus(corpus) = &mut self.body else {
            return false;
        };
        corpus.total = total.or(corpus.total);
        corpus.handled += handled;
        let (analyses, stored) = batch;
        if analyses.is_empty() {
            return false;
        }
        let combined = &mut corpus.combined;
        let base = combined.analysis.quotes.len();
        let old_rows: HashMap<String, usize> =
            combined.analysis.topics.iter().enumerate().map(|(i, t)| (t.label.clone(), i + 1)).collect();
        let mut stored = stored.into_iter();
        for analysis in analyses {
            corpus.corrections.push(stored.next().unwrap_or_else(|| Stored::none(&analysis.text)));
            corpus.catalog.add(&analysis);
            combined.push(analysis);
        }
        combined.sort_topics();
        self.index.extend(&combined.analysis, base, &old_rows);
        true
    }

    /// Marks the loading of a corpus as done.
    pub fn finish_loading(&mut self) {
        if let Body::Corpus(corpus) = &mut self.body {
            corpus.loading = false;
        }
    }

    /// The article at this position of the corpus as a document of its own, analysed again
    /// from its text as if it had been named alone (keeping the title the corpus found);
    /// `None` outside a corpus or past its end.
    pub fn open_article(&self, position: usize) -> Option<Document> {
        let corpus = self.as_corpus()?;
        let info = corpus.combined.articles.get(position)?;
        let source = Source::from_text(info.source.clone(), &corpus.combined.analysis.text[info.text.clone()]);
        let mut analysis = corpus.analyzer.analyze(&source);
        analysis.title = info.title.clone().or(analysis.title);
        Some(Document::article(analysis))
    }

    /// Rows of the topic list, "All quotes" included.
    pub fn topic_count(&self) -> usize {
        self.index.topic_quotes.len()
    }

    /// The label of a topic row; "All quotes" for row 0 (and rows past the end).
    pub fn topic_label(&self, row: usize) -> &str {
        match row.checked_sub(1).and_then(|i| self.analysis().topics.get(i)) {
            Some(t) => &t.label,
            None => "All quotes",
        }
    }

    /// The row of the topic with this label.
    pub fn topic_row(&self, label: &str) -> Option<usize> {
        self.analysis().topics.iter().position(|t| t.label == label).map(|i| i + 1)
    }

    /// The quotes of a topic row (indices into `analysis.quotes`, ascending).
    pub fn topic_quotes(&self, row: usize) -> &[usize] {
        &self.index.topic_quotes[row]
    }

    /// The red lines in the quotes of a topic row (row 0: in all quotes).
    pub fn topic_red_lines(&self, row: usize) -> usize {
        row.checked_sub(1).map_or(self.index.quoted_red_lines, |i| self.analysis().topics[i].red_lines)
    }

    /// The highest severity of the red lines of the quote at this index, if it has any.
    pub fn max_severity(&self, quote: usize) -> Option<u8> {
        self.index.max_severity[quote]
    }

    /// The names of the categories the document's red lines use (kept as articles arrive,
    /// so a frame need not visit every red line of a corpus).
    pub fn categories_present(&self) -> &BTreeSet<String> {
        &self.index.categories
    }

    /// The quotes from index `from` on that `criteria` list, in order.
    pub fn listed(&self, from: usize, criteria: Criteria) -> Vec<usize> {
        let quotes = &self.analysis().quotes;
        let passes = |i: &usize| {
            criteria.min_severity.is_none_or(|m| self.index.max_severity[*i].is_some_and(|s| s >= m))
                && criteria.speaker.is_none_or(|s| quotes[*i].speaker == *s)
                && !(criteria.hide_short && quotes[*i].text.split_whitespace().nth(SHORT_WORDS).is_none())
        };
        let list = &self.index.topic_quotes[criteria.topic];
        list[list.partition_point(|i| *i < from)..].iter().copied().filter(passes).collect()
    }

    /// The quotes of `list` whose text contains `query`, ignoring case, in the order of
    /// `list`; from the lower-case texts indexed once, so no text is folded again.
    pub fn matching(&self, list: &[usize], query: &str) -> Vec<usize> {
        let query = query.to_lowercase();
        let lower = &self.index.lower;
        list.iter().copied().filter(|i| lower[*i].contains(&query)).collect()
    }

    /// The articles of the corpus (none outside a corpus).
    pub fn articles(&self) -> &[JoinedArticle] {
        self.as_corpus().map_or(&[], |c| &c.combined.articles)
    }

    /// The rows of the article list: the positions of the corpus's articles whose title,
    /// path, speakers or topics hold `query` (ignoring case), in `order` (see
    /// [`Catalog::rows`]); none outside a corpus.
    pub fn article_rows(&self, query: &str, order: Order) -> Vec<usize> {
        self.as_corpus().map_or_else(Vec::new, |c| c.catalog.rows(&c.combined.articles, query, order))
    }

    /// The strongest red line in the quotes of the corpus's article at this position.
    pub fn article_strongest(&self, position: usize) -> Option<u8> {
        self.as_corpus().and_then(|c| c.catalog.strongest(position))
    }

    /// The escalation timeline of the corpus for `filter`, as `redline timeline` prints it,
    /// and the number of its articles that state no date; nothing outside a corpus.
    pub fn timeline(&self, filter: &QuoteFilter) -> (Vec<TimelinePoint>, usize) {
        let Some(corpus) = self.as_corpus() else {
            return (Vec::new(), 0);
        };
        let joined = &corpus.combined;
        let undated = joined.articles.iter().filter(|a| a.date.is_none()).count();
        (timeline_of_joined(joined, corpus.analyzer.lexicon(), filter), undated)
    }

    /// The article holding the quote at this index of `analysis.quotes`, in a corpus.
    pub fn article_of(&self, quote: usize) -> Option<&JoinedArticle> {
        self.as_corpus()?.combined.article_of_quote(quote + 1)
    }

    /// The position in the corpus of the article holding the quote at this index of
    /// `analysis.quotes`, in a corpus.
    pub fn article_index(&self, quote: usize) -> Option<usize> {
        let articles = self.articles();
        let i = articles.partition_point(|a| a.quotes.end <= quote + 1);
        articles.get(i).filter(|a| a.quotes.contains(&(quote + 1))).map(|_| i)
    }

    /// The quotes with these ids rendered for export or copy; in a corpus through
    /// [`Format::render_many`], each quote numbered within its own article and naming it.
    pub fn render_export(&self, ids: &[usize], format: Format) -> String {
        let Some(corpus) = self.as_corpus() else {
            return format.render(self.analysis(), ids);
        };
        let combined = &corpus.combined;
        let mut parts: Vec<(Analysis, Vec<usize>, usize)> = Vec::new();
        for &id in ids {
            let (Some(info), Some(quote)) = (combined.article_of_quote(id), combined.analysis.quote(id)) else {
                continue;
            };
            let base = info.quotes.start;
            if parts.last().is_none_or(|(_, _, b)| *b != base) {
                parts.push((brief_analysis(info), Vec::new(), base));
            }
            let offset = info.text.start;
            let mut quote = quote.clone();
            quote.id = id + 1 - base;
            quote.paragraph = combined.local_paragraph(quote.paragraph);
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
        format.render_many(&articles)
    }
}

/// An analysis carrying only what a brief names of an article: source, title and dateline.
fn brief_analysis(info: &JoinedArticle) -> Analysis {
    let mut analysis = Joined::new().analysis;
    analysis.source = info.source.clone();
    analysis.title = info.title.clone();
    analysis.dateline = info.dateline.clone();
    analysis
}
