//! What an HTML page says about itself: its headline and publication date, read from its
//! metadata before the readability extraction reduces it to its article.
//!
//! Headline: `<meta property="og:title">`, else the JSON-LD `headline` of an article, else the
//! first `<h1>`. Date: `<meta property="article:published_time">`, else the JSON-LD
//! `datePublished`, else `<meta itemprop="datePublished">` or a `<meta name="date">`-like tag,
//! else the first `<time datetime>` (one marked `itemprop="datePublished"` or `pubdate`
//! first). Dates are passed on as written; the article parser reads them.

use dom_query::Document;
use serde_json::Value;

/// Names of `<meta name=…>` tags holding a publication date.
const DATE_META_NAMES: &[&str] = &[
    "date",
    "pubdate",
    "publishdate",
    "publish-date",
    "dc.date",
    "dc.date.issued",
    "dcterms.date",
    "dcterms.issued",
    "sailthru.date",
    "parsely-pub-date",
    "article.published",
];

/// A page's headline and publication date, as its metadata gives them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct PageMeta {
    pub title: Option<String>,
    pub published: Option<String>,
}

fn clean(s: &str) -> Option<String> {
    let s = s.split_whitespace().collect::<Vec<_>>().join(" ");
    (!s.is_empty()).then_some(s)
}

/// The `content` of the first `<meta>` matching `selector` that has one.
fn meta(doc: &Document, selector: &str) -> Option<String> {
    doc.select(selector).iter().find_map(|m| m.attr("content").and_then(|c| clean(&c)))
}

/// The first string under `key` in the JSON-LD objects of the page, articles first.
fn json_ld(objects: &[Value], key: &str) -> Option<String> {
    let article = |o: &&Value| {
        let kind = |t: &Value| {
            t.as_str().is_some_and(|t| t.contains("Article") || t.contains("Posting") || t.contains("Report"))
        };
        match &o["@type"] {
            Value::Array(types) => types.iter().any(kind),
            t => kind(t),
        }
    };
    let value = |o: &&Value| o.get(key).and_then(Value::as_str).and_then(clean);
    objects.iter().filter(article).find_map(|o| value(&o)).or_else(|| objects.iter().find_map(|o| value(&o)))
}

/// Every JSON object in the page's JSON-LD scripts, those in arrays and `@graph` included.
fn json_ld_objects(doc: &Document) -> Vec<Value> {
    fn walk(v: Value, out: &mut Vec<Value>) {
        match v {
            Value::Array(items) => items.into_iter().for_each(|i| walk(i, out)),
            Value::Object(mut map) => {
                if let Some(graph) = map.remove("@graph") {
                    walk(graph, out);
                }
                out.push(Value::Object(map));
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    for script in doc.select("script[type=\"application/ld+json\"]").iter() {
        if let Ok(v) = serde_json::from_str::<Value>(script.text().trim()) {
            walk(v, &mut out);
        }
    }
    out
}

/// Reads the headline and publication date of a parsed page.
pub(crate) fn read(doc: &Document) -> PageMeta {
    let ld = json_ld_objects(doc);
    let title = meta(doc, "meta[property=\"og:title\"]")
        .or_else(|| json_ld(&ld, "headline"))
        .or_else(|| doc.select("h1").iter().find_map(|h| clean(&h.text())));
    let named = || DATE_META_NAMES.iter().find_map(|n| meta(doc, &format!("meta[name=\"{n}\" i]")));
    let time = || {
        let marked = doc.select("time[itemprop=\"datePublished\"][datetime], time[pubdate][datetime]");
        let any = doc.select("time[datetime]");
        marked.iter().chain(any.iter()).find_map(|t| t.attr("datetime").and_then(|d| clean(&d)))
    };
    let published = meta(doc, "meta[property=\"article:published_time\"]")
        .or_else(|| json_ld(&ld, "datePublished"))
        .or_else(|| meta(doc, "meta[itemprop=\"datePublished\"]"))
        .or_else(named)
        .or_else(time);
    PageMeta { title, published }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_html(html: &str) -> PageMeta {
        read(&Document::from(html))
    }

    #[test]
    fn open_graph_then_json_ld_then_h1() {
        let ld = r#"<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","headline":"Site"},{"@type":"NewsArticle","headline":"From JSON-LD","datePublished":"2022-02-24T08:00:00Z"}]}</script>"#;
        let og = r#"<meta property="og:title" content=" From  Open Graph "><meta property="article:published_time" content="2022-02-25">"#;
        let page = |head: &str| {
            format!(
                "<html><head>{head}</head><body><h1>From h1</h1><time datetime=\"2022-02-26\">Feb 26</time></body></html>"
            )
        };
        let both = read_html(&page(&format!("{og}{ld}")));
        assert_eq!((both.title.as_deref(), both.published.as_deref()), (Some("From Open Graph"), Some("2022-02-25")));
        let ld_only = read_html(&page(ld));
        assert_eq!(
            (ld_only.title.as_deref(), ld_only.published.as_deref()),
            (Some("From JSON-LD"), Some("2022-02-24T08:00:00Z"))
        );
        let bare = read_html(&page(""));
        assert_eq!((bare.title.as_deref(), bare.published.as_deref()), (Some("From h1"), Some("2022-02-26")));
        let named =
            read_html("<html><head><meta name=\"DATE\" content=\"2022-03-01\"></head><body><p>x</p></body></html>");
        assert_eq!(named, PageMeta { title: None, published: Some("2022-03-01".into()) });
    }
}
