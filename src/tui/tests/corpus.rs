//! The reader over a corpus: batches of articles arriving (state consistent, selection
//! kept), topic article counts, the speaker filter, the article list and an article opened
//! alone, exports naming their articles, and screens at 100×30.

use std::sync::Arc;

use insta::assert_snapshot;
use redline_analysis::{Analysis, Analyzer, Format, Lexicon, Source};

use super::fixture::{apply, render, screen};
use crate::tui::action::Effect;
use crate::tui::action::{Action, Pane};
use crate::tui::document::Document;
use crate::tui::drain;
use crate::tui::keymap::Mode;
use crate::tui::loader::Batch;
use crate::tui::state::App;
use crate::tui::state::views::{ArticleList, Overlay, Scroll};
use crate::tui::theme::Theme;
use crate::tui::update::update;

const TOPICS: [&str; 3] = ["NATO", "Japan", "China"];

/// A small invented article: four quotes by two speakers, its topic one of [`TOPICS`].
fn article_text(i: usize) -> String {
    let topic = TOPICS[i % 3];
    format!(
        "Envoy warns of limits {i}\n\nBy Ann Writer\n\nGENEVA (Wire) – Foreign Minister Jane Roe said: \
         “{topic} is a red line that must not be crossed.”\n\n“We demand guarantees on sanctions by Friday,” \
         Roe told reporters in Geneva.\n\nOpposition leader Max Stone replied: “The sanctions will hurt \
         everyone, and we are ready for talks.”\n\nStone added: “{topic} must answer.”\n"
    )
}

fn analyses(range: std::ops::Range<usize>) -> Vec<Analysis> {
    let analyzer = Analyzer::bundled();
    range.map(|i| analyzer.analyze(&Source::from_text(format!("news/article-{i:02}.txt"), article_text(i)))).collect()
}

/// A batch of the loader with articles `range` of a corpus of `total`.
pub fn batch(range: std::ops::Range<usize>, total: usize) -> Batch {
    let handled = range.len();
    Batch { total: Some(total), analyses: analyses(range), handled, ..Batch::default() }
}

/// A corpus reader of `total` articles with the first `loaded` of them received.
pub fn corpus(loaded: usize, total: usize) -> App {
    let categories = Lexicon::bundled().categories().to_vec();
    let theme = Theme::new(true, &categories);
    let mut s = App::new(Document::corpus(Arc::new(Analyzer::bundled())), categories, theme);
    s.receive(batch(0..loaded, total));
    s
}

/// The speaker list open on the shown page: its speakers and highlighted row.
fn speaker_list(s: &App) -> (Vec<(Option<&str>, usize)>, usize) {
    match &s.page().overlay {
        Overlay::Speakers(list) => (list.speakers.iter().map(|r| (r.name.as_deref(), r.quotes)).collect(), list.row),
        other => panic!("no speaker list: {other:?}"),
    }
}

/// The row of the topic with this label on the shown page.
pub fn row_of(s: &App, label: &str) -> usize {
    (0..s.page().doc.topic_count())
        .find(|r| s.page().doc.topic_label(*r) == label)
        .unwrap_or_else(|| panic!("no topic {label}"))
}

#[test]
fn batches_arriving_keep_the_state_consistent_and_the_selection() {
    let mut s = corpus(4, 12);
    let japan = row_of(&s, "Japan");
    apply(&mut s, [Action::SelectTopic(japan), Action::FocusQuotes, Action::MoveDown, Action::ToggleMark]);
    let selected = s.page().quotes.selected();
    let text = selected.map(|i| s.page().analysis().quotes[i].text.clone());
    s.receive(batch(4..8, 12));
    s.receive(Batch { handled: 1, warnings: vec!["news/bad.txt: binary data".into()], ..Batch::default() });
    s.receive(batch(8..12, 12));
    assert_eq!(s.page().doc.topic_label(s.page().topics.selected), "Japan");
    assert_eq!(s.page().quotes.selected(), selected);
    assert_eq!(s.page().quotes.selected().map(|i| s.page().analysis().quotes[i].text.clone()), text);
    assert_eq!(s.page().marks.len(), 1);
    assert_eq!(s.warnings, ["news/bad.txt: binary data"]);
    let mut again = s.page().clone();
    again.refresh_shown();
    let page = s.page();
    assert_eq!((&again.quotes.shown, again.quotes.cursor), (&page.quotes.shown, page.quotes.cursor), "as if refreshed");
    // The same derived data as a document built at once on the whole joined analysis.
    let (doc, fresh) = (&page.doc, Document::article(page.analysis().clone()));
    for row in 0..fresh.topic_count() {
        let label = fresh.topic_label(row);
        assert_eq!(doc.topic_quotes(row_of(&s, label)), fresh.topic_quotes(row), "{label}");
        assert_eq!(doc.topic_red_lines(row), fresh.topic_red_lines(row), "{label}");
    }
    assert!((0..fresh.analysis().quotes.len()).all(|i| doc.max_severity(i) == fresh.max_severity(i)));
    let search = |d: &Document| d.matching(d.topic_quotes(0), "SANCTIONS");
    assert_eq!(search(doc), search(&fresh));
    let c = s.page().doc.as_corpus().expect("corpus");
    assert_eq!((c.handled, c.total, c.combined.articles.len()), (13, Some(12), 12));
}

#[test]
fn topics_count_the_articles_naming_them() {
    let mut s = corpus(9, 9);
    s.finish_loading();
    let c = &s.page().doc.as_corpus().expect("corpus").combined;
    assert_eq!((c.articles_with("NATO"), c.articles_with("Japan"), c.articles_with("Sanctions")), (3, 3, 9));
    let shown = screen(&render(&mut s, 100, 30));
    assert!(shown.contains("9 articles"), "{shown}");
    let nato = shown.lines().find(|l| l.contains("│ NATO")).unwrap_or_else(|| panic!("{shown}"));
    assert!(nato.contains(" 3a "), "{nato}");
}

#[test]
fn the_speaker_filter_combines_with_topic_and_search_and_esc_clears_it() {
    let mut s = corpus(6, 6);
    update(&mut s, Action::OpenSpeakers);
    assert_eq!(speaker_list(&s).0, [(Some("Jane Roe"), 12), (Some("Max Stone"), 12)]);
    apply(&mut s, [Action::GoBottom, Action::Submit]);
    assert_eq!(
        (s.page().overlay.clone(), s.page().focus, s.page().quotes.shown.len()),
        (Overlay::None, Pane::Quotes, 12)
    );
    assert!(
        s.page().quotes.shown.iter().all(|i| s.page().analysis().quotes[*i].speaker.as_deref() == Some("Max Stone"))
    );
    let nato = row_of(&s, "NATO");
    update(&mut s, Action::SelectTopic(nato));
    assert_eq!(s.page().quotes.shown.len(), 2);
    // On All quotes the search reads every topic; narrowed, only the matches are listed.
    update(&mut s, Action::SelectTopic(0));
    apply(&mut s, [Action::StartSearch, Action::Type('t'), Action::Type('a'), Action::Type('l'), Action::Submit]);
    apply(&mut s, [Action::NarrowSearch]);
    assert_eq!(s.page().quotes.shown.len(), 6, "“ready for talks” by Max Stone, in every article");
    s.receive(batch(6..9, 9));
    assert_eq!(s.page().quotes.shown.len(), 9, "new matches of search and speaker are listed as they arrive");
    assert_eq!(s.page().search.as_ref().map(|x| (x.hits.len(), x.listed)), Some((9, 18)));
    let nato = row_of(&s, "NATO");
    update(&mut s, Action::SelectTopic(nato));
    apply(&mut s, [Action::Close, Action::Close]);
    assert_eq!((s.page().search.is_none(), s.page().speaker.is_none(), s.page().quotes.shown.len()), (true, true, 6));
}

#[test]
fn the_article_list_opens_one_article_alone_and_returns_to_the_corpus() {
    let mut s = corpus(3, 6);
    apply(&mut s, [Action::FocusQuotes, Action::GoBottom, Action::OpenArticles]);
    assert_eq!(
        s.page().overlay,
        Overlay::Articles(ArticleList::at(2)),
        "the list opens on the highlighted quote's article"
    );
    apply(&mut s, [Action::GoTop, Action::MoveDown, Action::Submit]);
    assert!(s.opened.is_some() && s.page().doc.as_corpus().is_none());
    assert_eq!((s.page().analysis().source.as_str(), s.page().analysis().quotes.len()), ("news/article-01.txt", 4));
    assert_eq!(s.page().analysis().title.as_deref(), Some("Envoy warns of limits 1"));
    // Articles arriving meanwhile go to the corpus.
    s.receive(batch(3..6, 6));
    assert_eq!(s.page().analysis().quotes.len(), 4);
    update(&mut s, Action::OpenArticles);
    assert_eq!((s.opened.is_none(), s.page().doc.articles().len(), s.page().analysis().quotes.len()), (true, 6, 24));
    assert_eq!(s.page().quotes.cursor, 11, "the corpus comes back as it was left");
    apply(&mut s, [Action::OpenArticles, Action::Submit, Action::Close]);
    assert!(s.opened.is_none() && s.page().doc.as_corpus().is_some());
    apply(&mut s, [Action::OpenArticles, Action::OpenArticles]);
    assert_eq!(s.page().overlay, Overlay::None);
    // Reading, in a corpus, is of the highlighted quote's article; Esc twice comes back.
    apply(&mut s, [Action::GoTop, Action::MoveDown, Action::MoveDown, Action::MoveDown, Action::MoveDown]);
    update(&mut s, Action::OpenReading);
    assert_eq!(
        (s.page().overlay.clone(), s.page().analysis().source.as_str()),
        (Overlay::Reading(Scroll::default()), "news/article-01.txt")
    );
    apply(&mut s, [Action::Close, Action::Close]);
    assert_eq!((s.opened.is_none(), s.page().quotes.cursor), (true, 4));
}

#[test]
fn exports_from_the_corpus_name_each_quote_s_article() {
    let mut s = corpus(3, 3);
    apply(&mut s, [Action::FocusQuotes, Action::ToggleMark, Action::GoBottom, Action::ToggleMark]);
    let ids: Vec<usize> = s.page().marks.iter().map(|i| i + 1).collect();
    let md = s.page().doc.render_export(&ids, Format::Markdown);
    assert!(md.starts_with("# Quotes from 2 articles"), "{md}");
    assert!(md.contains("news/article-00.txt") && md.contains("news/article-02.txt"), "{md}");
    let json: serde_json::Value = serde_json::from_str(&s.page().doc.render_export(&ids, Format::Json)).expect("json");
    let quotes = json["quotes"].as_array().expect("quotes");
    assert_eq!(quotes.len(), 2);
    assert_eq!(quotes[1]["title"], "Envoy warns of limits 2");
    assert_eq!((quotes[1]["id"].clone(), quotes[1]["paragraph"].clone()), (4.into(), 4.into()));
    let Some(Effect::WriteExport { contents, .. }) = apply(&mut s, [Action::OpenExport, Action::Submit]) else {
        panic!("no export")
    };
    assert_eq!(contents, md);
}

#[test]
fn keys_and_batches_work_on_ten_thousand_articles() {
    // (their speed is measured by `cargo bench --bench reader`, not asserted here)
    let mut s = corpus(0, 10_000);
    let some = analyses(0..100);
    for _ in 0..100 {
        s.receive(Batch { analyses: some.clone(), handled: 100, ..Batch::default() });
    }
    assert_eq!(s.page().analysis().quotes.len(), 40_000);
    render(&mut s, 100, 30);
    for action in [Action::MoveDown, Action::FocusQuotes, Action::GoBottom, Action::ToggleMark] {
        update(&mut s, action);
        render(&mut s, 100, 30);
    }
    assert_eq!(s.page().marks.len(), 1, "the last quote is marked");
    let selected = s.page().quotes.selected();
    s.receive(Batch { analyses: some, handled: 100, ..Batch::default() });
    assert_eq!(s.page().analysis().quotes.len(), 40_400);
    assert_eq!(s.page().quotes.selected(), selected, "the highlighted quote stays highlighted");
}

#[test]
fn the_context_of_a_quote_numbers_it_within_its_article() {
    let mut s = corpus(3, 3);
    update(&mut s, Action::FocusQuotes);
    apply(&mut s, [Action::MoveDown, Action::MoveDown, Action::MoveDown, Action::MoveDown, Action::OpenContext]);
    let shown = screen(&render(&mut s, 100, 30));
    assert!(shown.contains("Quote 1 · Jane Roe · ¶1 · Envoy warns of limits 1"), "{shown}");
}

#[test]
fn corpus_screens() {
    let mut s = corpus(4, 10);
    s.warnings.clear();
    assert_snapshot!("corpus_loading_100x30", screen(&render(&mut s, 100, 30)));
    update(&mut s, Action::OpenSpeakers);
    assert_snapshot!("corpus_speakers_100x30", screen(&render(&mut s, 100, 30)));
    apply(&mut s, [Action::Close, Action::OpenArticles]);
    assert_snapshot!("corpus_articles_100x30", screen(&render(&mut s, 100, 30)));
}

#[test]
fn the_event_loop_takes_batches_without_waiting_for_them() {
    let mut s = corpus(0, 3);
    let (tx, rx) = std::sync::mpsc::channel();
    let mut loading = Some(rx);
    // Nothing arrived: no redraw asked, so the loop goes on to read keys.
    assert!(!drain(&mut s, &mut loading).expect("drain"));
    tx.send(batch(0..2, 3)).expect("send");
    assert!(drain(&mut s, &mut loading).expect("drain"));
    assert_eq!(s.page().doc.articles().len(), 2);
    tx.send(batch(2..3, 3)).expect("send");
    drop(tx);
    assert!(drain(&mut s, &mut loading).expect("drain"));
    // A busy machine may use up the drain's time on the batch: the end is then taken in by
    // the next drain, which has nothing else to take.
    if loading.is_some() {
        assert!(drain(&mut s, &mut loading).expect("drain"));
    }
    assert!(loading.is_none() && s.page().doc.as_corpus().is_some_and(|c| !c.loading));
    assert_eq!(screen(&render(&mut s, 100, 30)).lines().last().map(|l| l.starts_with(" 3 articles")), Some(true));
    // Nothing readable at all closes the reader with the reason.
    let mut empty = corpus(0, 1);
    let (tx, rx) = std::sync::mpsc::channel();
    tx.send(Batch { handled: 1, warnings: vec!["a.txt: empty".into()], ..Batch::default() }).expect("send");
    drop(tx);
    let err = drain(&mut empty, &mut Some(rx)).expect_err("nothing read");
    assert!(err.to_string().contains("a.txt: empty"), "{err}");
    let (tx, rx) = std::sync::mpsc::channel();
    tx.send(Batch { fatal: Some("x: no article files".into()), ..Batch::default() }).expect("send");
    assert!(drain(&mut corpus(0, 1), &mut Some(rx)).is_err());
}

/// The checks of `every_action_in_the_help_does_what_it_says` for the speaker and article
/// lists, on the single-article fixture in `mode` (`s`).
pub fn check_lists(mode: Mode, action: &Action, mut s: App) {
    let a = action.clone();
    match (mode, action) {
        (Mode::Reader, Action::OpenSpeakers) => {
            update(&mut s, a);
            assert_eq!(speaker_list(&s), (vec![(Some("Max Stone"), 3), (Some("Jane Roe"), 2)], 0));
        }
        (Mode::Reader, Action::OpenArticles) => {
            update(&mut s, a);
            assert_eq!(s.page().overlay, Overlay::None);
            assert!(s.message.as_deref().is_some_and(|m| m.contains("One article only")));
        }
        (Mode::List, Action::MoveDown | Action::MoveUp | Action::GoTop | Action::GoBottom) => {
            apply(&mut s, [Action::MoveDown, a.clone()]);
            let expected = match action {
                Action::MoveDown | Action::GoBottom => 2,
                Action::MoveUp | Action::GoTop => 0,
                _ => unreachable!(),
            };
            assert_eq!(speaker_list(&s).1, expected);
        }
        (Mode::List, Action::PageDown | Action::PageUp) => {
            update(&mut s, Action::PageDown);
            assert_eq!(speaker_list(&s).1, 2);
            if *action == Action::PageUp {
                update(&mut s, a);
                assert_eq!(speaker_list(&s).1, 0);
            }
        }
        (Mode::List, Action::Submit) => {
            apply(&mut s, [Action::MoveDown, a.clone()]);
            assert_eq!((&s.page().overlay, s.page().quotes.shown.clone()), (&Overlay::None, vec![2, 3, 4]));
            // Joined with the topic: Northport's quotes by Max Stone.
            apply(&mut s, [Action::FocusTopics, Action::MoveDown]);
            assert_eq!(s.page().quotes.shown, [4]);
            // "All speakers" clears the filter.
            apply(&mut s, [Action::OpenSpeakers, Action::GoTop, a]);
            assert_eq!((s.page().speaker.clone(), s.page().quotes.shown.clone()), (None, vec![0, 4]));
        }
        (Mode::List, Action::Close | Action::OpenSpeakers | Action::OpenArticles) => {
            update(&mut s, a);
            assert_eq!((&s.page().overlay, s.page().speaker.clone()), (&Overlay::None, None));
        }
        (mode, action) => panic!("no check for {action:?} in {mode:?}"),
    }
}

#[test]
fn the_article_list_counts_in_words_and_keeps_the_end_of_long_paths() {
    let mut s = corpus(3, 3);
    update(&mut s, Action::OpenArticles);
    let shown = screen(&render(&mut s, 60, 20));
    assert!(shown.contains("4 quotes") && !shown.contains("4 quote "), "{shown}");
    // Narrow: titles give way, the distinguishing end of each path stays.
    let narrow = screen(&render(&mut s, 44, 20));
    for n in 0..3 {
        let row = narrow.lines().find(|l| l.contains(&format!("-0{n}.txt"))).unwrap_or_else(|| panic!("{narrow}"));
        assert!(row.contains("▲4  4 quotes"), "{row}");
    }
    assert_eq!(crate::tui::view::common::fit_path("a/very/long/path/to/article-07.txt", 16), "…/article-07.txt");
}
