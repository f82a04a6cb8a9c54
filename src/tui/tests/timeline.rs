//! The escalation timeline and the article list by date, on a corpus of four invented
//! articles (three dated, out of date order by path; one undated): `t` on a topic, on a
//! speaker, moving between points, Enter opening the right article, the list sorted by date,
//! batches arriving while they are open, and their screens.

use std::sync::Arc;

use insta::assert_snapshot;
use redline_analysis::{Analysis, Analyzer, Lexicon, Source};

use super::corpus::row_of;
use super::fixture::{apply, render, screen};
use crate::tui::action::{Action, Pane};
use crate::tui::document::Document;
use crate::tui::keymap::Mode;
use crate::tui::loader::Batch;
use crate::tui::state::App;
use crate::tui::state::views::{Overlay, TimelineView};
use crate::tui::theme::Theme;
use crate::tui::update::update;

/// Path, title, stated date and the quoted paragraph of each article, in path order.
const ARTICLES: [(&str, &str, Option<&str>, &str); 4] = [
    (
        "news/a.txt",
        "Envoy warns the alliance",
        Some("2022-03-03"),
        "“NATO must stop, or there will be grave consequences,” Jane Roe said on Monday in Geneva.",
    ),
    (
        "news/b.txt",
        "Envoy open to talks",
        Some("February 27, 2022"),
        "“We remain open to dialogue with NATO,” Jane Roe said on Sunday in Geneva.",
    ),
    (
        "news/c.txt",
        "Opposition sets a deadline",
        Some("2022-03-01T10:00:00+02:00"),
        "“If NATO troops stay, there will be grave consequences, and we demand an answer within 10 days,” \
         Max Stone said on Tuesday.",
    ),
    ("news/d.txt", "Undated note", None, "“We will not wait forever for NATO,” Jane Roe said in Geneva."),
];

/// The analyses of articles `range` of [`ARTICLES`].
pub fn analyses(range: std::ops::Range<usize>) -> Vec<Analysis> {
    let analyzer = Analyzer::bundled();
    ARTICLES[range]
        .iter()
        .map(|(path, title, date, quote)| {
            let date = date.map(|d| format!("Published {d}\n\n")).unwrap_or_default();
            analyzer.analyze(&Source::from_text(*path, format!("{title}\n\n{date}{quote}\n")))
        })
        .collect()
}

/// A corpus reader with articles `range` of [`ARTICLES`] received, drawn once at 100×30.
pub fn dated_corpus(range: std::ops::Range<usize>) -> App {
    let categories = Lexicon::bundled().categories().to_vec();
    let theme = Theme::new(true, &categories);
    let mut s = App::new(Document::corpus(Arc::new(Analyzer::bundled())), categories, theme);
    let handled = range.len();
    let all = range.end == ARTICLES.len();
    s.receive(Batch { total: Some(ARTICLES.len()), analyses: analyses(range), handled, ..Batch::default() });
    if all {
        s.finish_loading();
    }
    render(&mut s, 100, 30);
    s
}

/// The timeline open on the shown page.
fn timeline(s: &App) -> &TimelineView {
    match &s.page().overlay {
        Overlay::Timeline(view) => view,
        other => panic!("no timeline: {other:?} (message {:?})", s.message),
    }
}

/// The points of the open timeline as (date, article position), and the highlighted one.
fn points(s: &App) -> (Vec<(&str, usize)>, usize) {
    let view = timeline(s);
    (view.points.iter().map(|p| (p.date.as_str(), p.article)).collect(), view.cursor)
}

/// The timeline of the topic NATO.
fn nato_timeline() -> App {
    let mut s = dated_corpus(0..4);
    let nato = row_of(&s, "NATO");
    apply(&mut s, [Action::SelectTopic(nato), Action::OpenTimeline]);
    s
}

#[test]
fn t_on_a_topic_charts_its_dated_articles_in_date_order() {
    let s = nato_timeline();
    assert_eq!(Mode::of(&s), Mode::Timeline);
    let dated = [("2022-02-27", 1), ("2022-03-01T10:00:00+02:00", 2), ("2022-03-03", 0)];
    assert_eq!(points(&s), (dated.to_vec(), 2), "the latest highlighted");
    let view = timeline(&s);
    assert_eq!((view.subject.as_str(), view.undated), ("topic NATO", 1));
    let p = &view.points;
    let series: Vec<(Option<u8>, usize, usize)> =
        p.iter().map(|p| (p.severity, p.escalation, p.de_escalation)).collect();
    assert_eq!(series, [(Some(0), 0, 1), (Some(5), 3, 0), (Some(3), 2, 0)]);
}

#[test]
fn the_reader_charts_what_the_command_line_prints() {
    let s = nato_timeline();
    let filter = redline_analysis::QuoteFilter { topics: vec!["NATO".into()], speaker: None };
    let cli = redline_analysis::timeline(&analyses(0..4), &Lexicon::bundled(), &filter);
    assert_eq!(timeline(&s).points, cli);
}

#[test]
fn keys_move_between_points_and_enter_opens_that_article() {
    let mut s = nato_timeline();
    update(&mut s, Action::MoveUp);
    assert_eq!(points(&s).1, 1);
    apply(&mut s, [Action::MoveUp, Action::MoveUp]);
    assert_eq!(points(&s).1, 0, "stops at the first");
    update(&mut s, Action::GoBottom);
    assert_eq!(points(&s).1, 2);
    apply(&mut s, [Action::GoTop, Action::MoveDown, Action::Submit]);
    let opened = s.opened.as_deref().expect("an article opened alone");
    assert_eq!(opened.analysis().source, "news/c.txt");
    assert_eq!(opened.analysis().title.as_deref(), Some("Opposition sets a deadline"));
    // Esc goes back to the corpus, where the timeline waits with the same point highlighted.
    update(&mut s, Action::Close);
    assert!(s.opened.is_none());
    assert_eq!(points(&s).1, 1);
    update(&mut s, Action::Close);
    assert_eq!(s.page().overlay, Overlay::None);
}

#[test]
fn t_on_a_speaker_charts_their_quotes() {
    let mut s = dated_corpus(0..4);
    update(&mut s, Action::OpenSpeakers);
    let Overlay::Speakers(list) = &s.page().overlay else { panic!("no speaker list") };
    let stone = list.speakers.iter().position(|r| r.name.as_deref() == Some("Max Stone")).expect("Max Stone");
    apply(&mut s, (0..=stone).map(|_| Action::MoveDown).chain([Action::OpenTimeline]));
    assert_eq!(points(&s), (vec![("2022-03-01T10:00:00+02:00", 2)], 0));
    assert_eq!(timeline(&s).subject, "speaker Max Stone");
    // On a topic with the speaker filter set: the speaker's quotes of that topic.
    apply(&mut s, [Action::Close, Action::OpenSpeakers, Action::GoTop, Action::MoveDown, Action::Submit]);
    assert_eq!(s.page().speaker, Some(Some("Jane Roe".to_string())));
    let nato = row_of(&s, "NATO");
    apply(&mut s, [Action::FocusTopics, Action::SelectTopic(nato), Action::OpenTimeline]);
    assert_eq!(timeline(&s).subject, "topic NATO · speaker Jane Roe");
    assert_eq!(points(&s), (vec![("2022-02-27", 1), ("2022-03-03", 0)], 1));
}

#[test]
fn without_dated_quotes_or_outside_the_corpus_a_message_says_why() {
    let mut s = dated_corpus(3..4);
    update(&mut s, Action::OpenTimeline);
    assert_eq!(s.page().overlay, Overlay::None);
    assert_eq!(s.message.as_deref(), Some("No dated article has quotes of all quotes (1 article states no date)"));
    let mut s = dated_corpus(0..4);
    apply(&mut s, [Action::FocusQuotes, Action::OpenReading, Action::Close, Action::OpenTimeline]);
    assert!(s.opened.is_some());
    assert!(s.message.as_deref().is_some_and(|m| m.contains("of the corpus")), "{:?}", s.message);
}

#[test]
fn batches_arriving_add_points_and_keep_the_highlight() {
    let mut s = dated_corpus(0..2);
    let nato = row_of(&s, "NATO");
    apply(&mut s, [Action::SelectTopic(nato), Action::OpenTimeline]);
    assert_eq!(points(&s), (vec![("2022-02-27", 1), ("2022-03-03", 0)], 1));
    s.receive(Batch { total: Some(4), analyses: analyses(2..4), handled: 2, ..Batch::default() });
    assert_eq!(points(&s).0.len(), 3);
    assert_eq!(timeline(&s).point().map(|p| p.article), Some(0), "the same article highlighted");
    assert_eq!(timeline(&s).undated, 1);
}

/// The article list open on the shown page: (row, whether by date).
fn article_list(s: &App) -> (usize, bool) {
    match &s.page().overlay {
        Overlay::Articles(list) => (list.row, list.order == crate::tui::catalog::Order::Date),
        other => panic!("no article list: {other:?}"),
    }
}

#[test]
fn the_article_list_sorts_by_date_and_opens_the_article_shown() {
    let mut s = dated_corpus(0..4);
    apply(&mut s, [Action::OpenArticles, Action::GoTop]);
    assert_eq!(article_list(&s), (0, false));
    // a.txt (2022-03-03) stays highlighted, now third: b, c, a, then the undated d.
    update(&mut s, Action::SortArticles);
    assert_eq!(article_list(&s), (2, true));
    apply(&mut s, [Action::GoTop, Action::Submit]);
    assert_eq!(s.opened.as_deref().map(|p| p.analysis().source.as_str()), Some("news/b.txt"));
    apply(&mut s, [Action::OpenArticles, Action::OpenArticles]);
    assert_eq!(article_list(&s), (0, true), "opened again as it was left: by date, on b.txt");
    // Sorted while loading: articles arriving take their place by date.
    let mut s = dated_corpus(0..1);
    apply(&mut s, [Action::OpenArticles, Action::SortArticles]);
    s.receive(Batch { total: Some(4), analyses: analyses(1..4), handled: 3, ..Batch::default() });
    assert_eq!(article_list(&s), (2, true), "a.txt after b and c");
    apply(&mut s, [Action::GoBottom, Action::Submit]);
    assert_eq!(s.opened.as_deref().map(|p| p.analysis().source.as_str()), Some("news/d.txt"));
}

#[test]
fn timeline_and_dated_list_screens() {
    let mut s = nato_timeline();
    update(&mut s, Action::MoveUp);
    assert_snapshot!("timeline_nato_100x30", screen(&render(&mut s, 100, 30)));
    // The smallest reader and a narrow one still draw the chart's box and the article.
    for (w, h) in [(40, 10), (60, 14)] {
        let shown = screen(&render(&mut s, w, h));
        assert!(shown.starts_with("┌ Escalation timeline"), "{w}×{h}:\n{shown}");
        assert!(shown.contains("2022-03-01T10:00"), "{w}×{h}:\n{shown}");
    }
    let mut s = dated_corpus(0..4);
    apply(&mut s, [Action::OpenArticles, Action::SortArticles]);
    assert_snapshot!("articles_by_date_100x30", screen(&render(&mut s, 100, 30)));
    assert_eq!(s.page().focus, Pane::Topics);
}

#[test]
fn text_of_the_articles_is_drawn_safe_in_the_timeline() {
    let mut s = App::new(
        Document::corpus(Arc::new(Analyzer::bundled())),
        Lexicon::bundled().categories().to_vec(),
        Theme::new(true, Lexicon::bundled().categories()),
    );
    let text = "Envoy \u{1b}]2;owned\u{7} warns \u{202e}NATO\n\nPublished 2022-03-03\n\n\
                “NATO must stop, or there will be grave consequences,” Jane Roe said on Monday in Geneva.\n";
    let analysis = Analyzer::bundled().analyze(&Source::from_text("news/\u{1b}[31mx.txt", text));
    s.receive(Batch { total: Some(1), analyses: vec![analysis], handled: 1, ..Batch::default() });
    update(&mut s, Action::OpenTimeline);
    let shown = screen(&render(&mut s, 100, 30));
    assert!(shown.contains("Envoy ␛]2;owned␇ warns ⟨RLO⟩NATO"), "{shown}");
    assert!(shown.contains("news/␛[31mx.txt"), "{shown}");
    assert!(!shown.contains(['\u{1b}', '\u{7}', '\u{202e}']));
}

/// The checks of `every_action_in_the_help_does_what_it_says` for the timeline's keys and
/// the keys that open it or sort the article list; `s` is the state in `mode` (for the
/// timeline, of the topic "All quotes" on the dated corpus, the latest point highlighted).
pub fn check_keys(mode: Mode, action: &Action, mut s: App) {
    let a = action.clone();
    match (mode, action) {
        (Mode::Reader, Action::OpenTimeline) => {
            // The single-article fixture has no timeline; the corpus has.
            update(&mut s, a.clone());
            assert!(s.message.as_deref().is_some_and(|m| m.starts_with("One article only")), "{:?}", s.message);
            let mut s = dated_corpus(0..4);
            update(&mut s, a);
            assert_eq!(points(&s).0.len(), 3);
        }
        (Mode::List, Action::OpenTimeline) => {
            let mut s = dated_corpus(0..4);
            apply(&mut s, [Action::OpenSpeakers, Action::GoTop, a]);
            assert_eq!((timeline(&s).subject.as_str(), points(&s).0.len()), ("all quotes", 3));
        }
        (Mode::List, Action::SortArticles) => {
            let mut s = dated_corpus(0..4);
            apply(&mut s, [Action::OpenArticles, Action::GoBottom, a.clone()]);
            assert_eq!(article_list(&s), (3, true), "the undated article last either way");
            apply(&mut s, [Action::GoTop, a]);
            assert_eq!(article_list(&s), (1, false), "b.txt, the first by date, second by path");
        }
        (Mode::Timeline, Action::MoveUp | Action::GoTop) => {
            update(&mut s, a);
            assert_eq!(points(&s).1, if *action == Action::MoveUp { 1 } else { 0 });
        }
        (Mode::Timeline, Action::MoveDown | Action::GoBottom) => {
            apply(&mut s, [Action::GoTop, a]);
            assert_eq!(points(&s).1, if *action == Action::MoveDown { 1 } else { 2 });
        }
        (Mode::Timeline, Action::Submit) => {
            update(&mut s, a);
            assert_eq!(s.opened.as_deref().map(|p| p.analysis().source.as_str()), Some("news/a.txt"));
        }
        (Mode::Timeline, Action::Close | Action::Quit) => {
            update(&mut s, a);
            assert_eq!((&s.page().overlay, Mode::of(&s)), (&Overlay::None, Mode::Reader));
        }
        (mode, action) => panic!("no check for {action:?} in {mode:?}"),
    }
}
