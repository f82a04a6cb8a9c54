//! The escalation timeline of a corpus: for each article that states its date, in date order,
//! the strongest red-line severity among the selected quotes (a topic's, a speaker's, or all)
//! and how many red lines of each lexicon category they hold, summed into escalation (every
//! category without `de_escalation`) and de-escalation. What `redline timeline` prints and what
//! a chart of the reader draws.

use std::cmp::Ordering;
use std::collections::BTreeMap;

use jiff::Timestamp;
use jiff::civil::{Date, DateTime, Time};
use jiff::tz::TimeZone;
use rustc_hash::FxHashSet;
use serde::{Deserialize, Serialize};

use crate::corpus::Joined;
use crate::model::{Analysis, Quote};
use crate::redlines::lexicon::Lexicon;

/// Which quotes of an article count: those of any of `topics` (labels, case-insensitive; all
/// quotes when empty) said by `speaker` (when given).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct QuoteFilter {
    /// Topic labels; a quote counts when it belongs to one of them.
    pub topics: Vec<String>,
    /// A speaker's full name, or the last part of it ("Vell" for "Jaan Vell"),
    /// case-insensitive.
    pub speaker: Option<String>,
}

impl QuoteFilter {
    /// Whether `quote` is selected.
    pub fn selects(&self, quote: &Quote) -> bool {
        let topic = self.topics.is_empty()
            || quote.topics.iter().any(|t| self.topics.iter().any(|w| w.to_lowercase() == t.to_lowercase()));
        let speaker = self.speaker.as_deref().is_none_or(|want| {
            let want = want.trim().to_lowercase();
            quote.speaker.as_deref().is_some_and(|s| {
                let s = s.to_lowercase();
                s == want || s.ends_with(&format!(" {want}"))
            })
        });
        topic && speaker
    }
}

/// One article of the timeline.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TimelinePoint {
    /// The publication date as the analysis gives it (ISO 8601).
    pub date: String,
    /// The article's source (a path).
    pub source: String,
    /// Its headline, if any.
    pub title: Option<String>,
    /// The number of selected quotes (at least one).
    pub quotes: usize,
    /// The strongest red-line severity among the selected quotes; `None` when they hold none.
    pub severity: Option<u8>,
    /// Red lines in the selected quotes whose category is not a de-escalation one.
    pub escalation: usize,
    /// Red lines in the selected quotes of de-escalation categories.
    pub de_escalation: usize,
    /// Red lines in the selected quotes by category name (categories without any left out).
    pub categories: BTreeMap<String, usize>,
    /// The article's position among those given (its index in [`Joined::articles`] for a
    /// joined corpus): what the reader opens.
    #[serde(skip)]
    pub article: usize,
}

impl TimelinePoint {
    /// The point of one article: `None` when it states no date or no quote is selected.
    pub fn of_article(analysis: &Analysis, lexicon: &Lexicon, filter: &QuoteFilter) -> Option<Self> {
        let date = analysis.date.as_deref()?;
        point(date, &analysis.source, analysis.title.as_deref(), &analysis.quotes, lexicon, filter)
    }

    /// Where the point lies in time for a chart: days since 1970-01-01, with the fraction of
    /// the day when a time is given (the time of day as the page states it, so points stay in
    /// their order); `None` for a date that cannot be read.
    pub fn day(&self) -> Option<f64> {
        let date: Date = self.date.get(..10)?.parse().ok()?;
        let time: Time = self.date.get(11..19).and_then(|t| t.parse().ok()).unwrap_or(Time::midnight());
        let seconds = TimeZone::UTC.to_timestamp(DateTime::from_parts(date, time)).ok()?.as_second();
        Some(seconds as f64 / 86_400.0)
    }
}

/// What publication dates are sorted by, read once from a date as [`Analysis::date`] gives
/// it (ISO 8601): the date as stated, then the instant when a time is given (a date alone
/// first). The order of the timeline, and of a list of articles by date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct DateKey(Option<Date>, Option<Timestamp>);

impl DateKey {
    /// The key of a publication date.
    pub fn of(date: &str) -> DateKey {
        DateKey(date.get(..10).and_then(|d| d.parse().ok()), date.parse().ok())
    }
}

/// The order of two publication dates (see [`DateKey`]).
pub fn date_order(a: &str, b: &str) -> Ordering {
    DateKey::of(a).cmp(&DateKey::of(b))
}

/// The point of an article with these quotes.
fn point(
    date: &str,
    source: &str,
    title: Option<&str>,
    quotes: &[Quote],
    lexicon: &Lexicon,
    filter: &QuoteFilter,
) -> Option<TimelinePoint> {
    let selected: Vec<&Quote> = quotes.iter().filter(|q| filter.selects(q)).collect();
    if selected.is_empty() {
        return None;
    }
    let mut seen = FxHashSet::default();
    let mut p = TimelinePoint {
        date: date.to_string(),
        source: source.to_string(),
        title: title.map(str::to_string),
        quotes: selected.len(),
        severity: None,
        escalation: 0,
        de_escalation: 0,
        categories: BTreeMap::new(),
        article: 0,
    };
    // a red line inside a nested quote is listed by every quote around it: counted once
    for hit in selected.iter().flat_map(|q| &q.red_lines).filter(|h| seen.insert((h.start, h.end, &h.category))) {
        p.severity = p.severity.max(Some(hit.severity));
        *p.categories.entry(hit.category.clone()).or_default() += 1;
        if lexicon.category(&hit.category).is_some_and(|c| c.de_escalation) {
            p.de_escalation += 1;
        } else {
            p.escalation += 1;
        }
    }
    Some(p)
}

/// Orders points by date (stable: articles of the same date keep their order).
pub fn sort_timeline(points: &mut [TimelinePoint]) {
    points.sort_by_cached_key(|p| DateKey::of(&p.date));
}

/// The timeline of several analyses, in date order; `article` is each one's position in
/// `analyses`.
pub fn timeline<'a>(
    analyses: impl IntoIterator<Item = &'a Analysis>,
    lexicon: &Lexicon,
    filter: &QuoteFilter,
) -> Vec<TimelinePoint> {
    let mut points: Vec<TimelinePoint> = analyses
        .into_iter()
        .enumerate()
        .filter_map(|(i, a)| TimelinePoint::of_article(a, lexicon, filter).map(|p| TimelinePoint { article: i, ..p }))
        .collect();
    sort_timeline(&mut points);
    points
}

/// The timeline of a joined corpus (as the reader holds it), in date order; `article` is the
/// index in [`Joined::articles`].
pub fn timeline_of_joined(joined: &Joined, lexicon: &Lexicon, filter: &QuoteFilter) -> Vec<TimelinePoint> {
    let quotes = &joined.analysis.quotes;
    let mut points: Vec<TimelinePoint> = joined
        .articles
        .iter()
        .enumerate()
        .filter_map(|(i, a)| {
            let own = quotes.get(a.quotes.start - 1..a.quotes.end - 1)?;
            let p = point(a.date.as_deref()?, &a.source, a.title.as_deref(), own, lexicon, filter)?;
            Some(TimelinePoint { article: i, ..p })
        })
        .collect();
    sort_timeline(&mut points);
    points
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Analyzer, Source};

    fn article(date: &str, body: &str) -> Analysis {
        let text = format!("Envoy warns of limits\n\nPublished {date}\n\n{body}\n");
        Analyzer::bundled().analyze(&Source::from_text(format!("{date}.txt"), text))
    }

    #[test]
    fn points_in_date_order_with_strongest_severity_and_counts() {
        let lexicon = Lexicon::bundled();
        let a = article(
            "2022-03-02",
            "\u{201C}NATO must stop, or there will be grave consequences,\u{201D} Jaan Vell said on Monday.",
        );
        let b = article(
            "2022-03-01",
            "\u{201C}We remain open to dialogue with NATO,\u{201D} Kadri Saar said after the meeting on Monday.",
        );
        let none =
            Analyzer::bundled().analyze(&Source::from_text("x.txt", "\u{201C}We will not wait,\u{201D} Ann Roe said."));
        let points = timeline([&a, &b, &none], &lexicon, &QuoteFilter::default());
        let order: Vec<(&str, usize)> = points.iter().map(|p| (p.date.as_str(), p.article)).collect();
        assert_eq!(order, [("2022-03-01", 1), ("2022-03-02", 0)]);
        assert_eq!((points[0].escalation, points[0].de_escalation, points[0].severity), (0, 1, Some(0)));
        assert!(points[1].escalation >= 2 && points[1].de_escalation == 0, "{:?}", points[1]);
        assert!(points[1].severity >= Some(3));
        assert!(points[1].categories.contains_key("THREAT"));
    }

    #[test]
    fn a_filter_selects_by_speaker_and_topic() {
        let lexicon = Lexicon::bundled();
        let a = article(
            "2022-03-02",
            "\u{201C}NATO must stop, or there will be grave consequences,\u{201D} Jaan Vell said on Monday.",
        );
        let by = |speaker: &str| QuoteFilter { topics: vec![], speaker: Some(speaker.into()) };
        assert_eq!(timeline([&a], &lexicon, &by("vell")).len(), 1);
        assert_eq!(timeline([&a], &lexicon, &by("Jaan Vell")).len(), 1);
        assert!(timeline([&a], &lexicon, &by("Saar")).is_empty());
        let topic = |t: &str| QuoteFilter { topics: vec![t.into()], speaker: None };
        assert_eq!(timeline([&a], &lexicon, &topic("nato")).len(), 1);
        assert!(timeline([&a], &lexicon, &topic("Iran")).is_empty());
        let mut joined = Joined::new();
        joined.push(a.clone());
        assert_eq!(timeline_of_joined(&joined, &lexicon, &topic("NATO")), timeline([&a], &lexicon, &topic("NATO")));
    }

    #[test]
    fn dates_with_times_sort_after_the_bare_date_of_their_day() {
        let p = |date: &str| TimelinePoint { date: date.into(), ..TimelinePoint::of_article_test() };
        let mut points =
            vec![p("2022-03-01T20:00:00-05:00"), p("2022-03-01T09:00:00+01:00"), p("2022-03-01"), p("2021-12-31")];
        sort_timeline(&mut points);
        let dates: Vec<&str> = points.iter().map(|p| p.date.as_str()).collect();
        assert_eq!(dates, ["2021-12-31", "2022-03-01", "2022-03-01T09:00:00+01:00", "2022-03-01T20:00:00-05:00"]);
        assert_eq!(date_order("2022-03-01T20:00:00-05:00", "2022-03-02"), Ordering::Less);
        assert_eq!(date_order("2022-03-01", "2022-03-01"), Ordering::Equal);
    }

    #[test]
    fn a_point_lies_at_its_day_and_time_of_day() {
        let p = |date: &str| TimelinePoint { date: date.into(), ..TimelinePoint::of_article_test() }.day();
        assert_eq!(p("1970-01-02"), Some(1.0));
        assert_eq!(p("2022-03-01"), Some(19_052.0));
        assert_eq!(p("2022-03-01T18:00:00-05:00"), Some(19_052.75));
        assert_eq!(p("March 1"), None);
    }

    impl TimelinePoint {
        fn of_article_test() -> Self {
            TimelinePoint {
                date: String::new(),
                source: String::new(),
                title: None,
                quotes: 1,
                severity: None,
                escalation: 0,
                de_escalation: 0,
                categories: BTreeMap::new(),
                article: 0,
            }
        }
    }
}
