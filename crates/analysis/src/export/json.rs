//! The JSON export: the quote objects of `redline analyze --json`, with the title and source
//! of their article.

use crate::model::{Analysis, Quote};

/// `{"title", "source", "quotes"}` of one article, pretty-printed, ending with a line break.
pub(super) fn one(analysis: &Analysis, quotes: &[&Quote]) -> String {
    let value = serde_json::json!({
        "title": analysis.title,
        "source": analysis.source,
        "quotes": quotes,
    });
    crate::display::to_json(&value, true)
}

/// `{"sources": [...], "quotes": [...]}` of several articles, each quote object with its
/// article's `"source"` and `"title"`, pretty-printed, ending with a line break.
pub(super) fn many<'a>(
    articles: &[(&'a Analysis, Vec<usize>)],
    quotes: impl Iterator<Item = (&'a Analysis, &'a Quote)>,
) -> String {
    #[derive(serde::Serialize)]
    struct Sourced<'a> {
        #[serde(flatten)]
        quote: &'a Quote,
        source: &'a str,
        title: Option<&'a str>,
    }
    let quotes: Vec<Sourced> =
        quotes.map(|(a, quote)| Sourced { quote, source: &a.source, title: a.title.as_deref() }).collect();
    let sources: Vec<&str> = articles.iter().map(|(a, _)| a.source.as_str()).collect();
    let value = serde_json::json!({ "sources": sources, "quotes": quotes });
    crate::display::to_json(&value, true)
}
