//! The article list's index of a corpus: per article, the text its filter searches (title,
//! source path, speakers and topics, in lower case) and the strongest severity among the red
//! lines of its quotes. It is extended as batches of articles arrive, each article indexed
//! once, so filtering and sorting the list touch no quote: a key press over 10,000 articles
//! is a pass over 10,000 short strings.

use redline_analysis::{Analysis, DateKey, JoinedArticle};

/// The orders of the article list, in the order `o` cycles through them.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Order {
    /// The corpus's own order: by path.
    #[default]
    Path,
    /// By publication date, earliest first; articles stating none last, by path.
    Date,
    /// By the strongest red line in the article's quotes, strongest first; articles without
    /// one last; ties by path.
    Strongest,
    /// By number of quotes, most first; ties by path.
    Quotes,
}

impl Order {
    /// The next order of the cycle path → date → strongest red line → quotes → path.
    pub fn next(self) -> Order {
        match self {
            Order::Path => Order::Date,
            Order::Date => Order::Strongest,
            Order::Strongest => Order::Quotes,
            Order::Quotes => Order::Path,
        }
    }

    /// How the list title names it.
    pub fn name(self) -> &'static str {
        match self {
            Order::Path => "by path",
            Order::Date => "by date",
            Order::Strongest => "by strongest red line",
            Order::Quotes => "by quotes",
        }
    }
}

/// What the article list knows of each article of a corpus, in corpus order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Catalog {
    /// Per article, title, source, speakers and topic labels in lower case, one per line.
    haystacks: Vec<String>,
    /// Per article, the highest severity of the red lines in its quotes.
    strongest: Vec<Option<u8>>,
}

impl Catalog {
    /// Indexes one more article, the next in corpus order, from its own analysis (before
    /// it is joined: a speaker the corpus later gives a full name is found by the name the
    /// article gives).
    pub fn add(&mut self, analysis: &Analysis) {
        let mut haystack = String::new();
        let mut line = |s: &str| {
            haystack.push_str(&s.to_lowercase());
            haystack.push('\n');
        };
        line(analysis.title.as_deref().unwrap_or_default());
        line(&analysis.source);
        let mut speakers: Vec<&str> = analysis.quotes.iter().filter_map(|q| q.speaker.as_deref()).collect();
        speakers.sort_unstable();
        speakers.dedup();
        speakers.into_iter().for_each(&mut line);
        analysis.topics.iter().for_each(|t| line(&t.label));
        self.haystacks.push(haystack);
        self.strongest.push(analysis.quotes.iter().flat_map(|q| &q.red_lines).map(|r| r.severity).max());
    }

    /// The strongest red line of the article at this position, if it has one in a quote.
    pub fn strongest(&self, position: usize) -> Option<u8> {
        self.strongest.get(position).copied().flatten()
    }

    /// The rows of the article list: the positions of the articles whose title, path,
    /// speakers or topics hold `query` (ignoring case; every article when it is empty), in
    /// `order`. `articles` are the corpus's, indexed here in the same order.
    pub fn rows(&self, articles: &[JoinedArticle], query: &str, order: Order) -> Vec<usize> {
        let query = query.trim().to_lowercase();
        let n = articles.len().min(self.haystacks.len());
        let mut rows: Vec<usize> = (0..n).filter(|i| query.is_empty() || self.haystacks[*i].contains(&query)).collect();
        match order {
            Order::Path => {}
            Order::Date => rows.sort_by_cached_key(|i| {
                let date = articles[*i].date.as_deref();
                (date.is_none(), date.map(DateKey::of))
            }),
            Order::Strongest => rows.sort_by_key(|i| std::cmp::Reverse(self.strongest[*i].map(|s| s + 1))),
            Order::Quotes => rows.sort_by_key(|i| std::cmp::Reverse(articles[*i].quotes.len())),
        }
        rows
    }
}
