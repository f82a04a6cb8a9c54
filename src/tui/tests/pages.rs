//! The pages of the state and the geometry `update` works out: an article opened from a
//! corpus has a page of its own while the corpus waits unchanged (no analysis swapped in or
//! out), and keys page, scroll and click on what is on screen before anything is drawn.

use std::collections::BTreeSet;

use ratatui::crossterm::event::{KeyModifiers, MouseButton, MouseEvent, MouseEventKind};
use ratatui::layout::Size;

use super::corpus::{batch, corpus, row_of};
use super::fixture::{apply, render, screen, state};
use crate::tui::action::{Action, Pane};
use crate::tui::keymap::mouse_action;
use crate::tui::loader::Batch;
use crate::tui::state::views::{Overlay, QuoteList, Scroll, TopicList};
use crate::tui::state::{Filter, Page, Search};
use crate::tui::update::update;

/// Everything the user chose on a page.
type Choices = (Pane, TopicList, QuoteList, BTreeSet<usize>, Option<Search>, Filter, Option<Option<String>>, Overlay);

fn choices(page: &Page) -> Choices {
    let p = page.clone();
    (p.focus, p.topics, p.quotes, p.marks, p.search, p.filter, p.speaker, p.overlay)
}

#[test]
fn an_article_opened_from_the_corpus_has_its_own_page_and_marks_follow_the_quotes() {
    let mut s = corpus(3, 6);
    render(&mut s, 100, 30);
    let nato = row_of(&s, "NATO");
    apply(&mut s, [Action::SelectTopic(nato), Action::FocusQuotes, Action::MoveDown, Action::ToggleMark]);
    apply(&mut s, [Action::CycleFilter, Action::CycleFilter, Action::CycleFilter]);
    let left = choices(s.page());
    let joined = s.base.analysis().quotes.len();
    update(&mut s, Action::OpenReading);
    // The highlighted quote's article, on a page of its own opening as any reader does.
    let article = s.page();
    assert_eq!(
        (article.analysis().source.as_str(), article.overlay.clone()),
        ("news/article-00.txt", Overlay::Reading(Scroll::default()))
    );
    // The quote marked in the corpus is marked in its article too.
    let marked = left.3.iter().copied().collect::<Vec<_>>();
    let text = |page: &Page, i: usize| page.analysis().quotes[i].text.clone();
    assert_eq!((article.topics.selected, article.quotes.cursor, article.marks.len()), (0, 0, 1));
    let own = *article.marks.first().expect("one mark");
    assert_eq!(text(article, own), text(&s.base, marked[0]));
    // Marks made on the article belong to its quotes; the status counts every mark once.
    apply(&mut s, [Action::Close, Action::FocusQuotes, Action::GoTop]);
    if s.page().marks.contains(&0) {
        update(&mut s, Action::ToggleMark);
    }
    apply(&mut s, [Action::ToggleMark]);
    let on_article: Vec<usize> = s.page().marks.iter().copied().collect();
    assert!(on_article.contains(&0), "{on_article:?}");
    assert_eq!(s.mark_count(), on_article.len());
    // The corpus stayed the base page all along, whole.
    assert_eq!((s.base.analysis().quotes.len(), s.base.doc.articles().len()), (joined, 3));
    assert_eq!(choices(&s.base), left);
    update(&mut s, Action::Close);
    assert!(s.opened.is_none());
    // Back in the corpus, the article's marks are its quotes' marks there.
    let texts: BTreeSet<String> = s.base.marks.iter().map(|&i| text(&s.base, i)).collect();
    let first = s.base.doc.articles()[0].quotes.start - 1;
    assert!(s.base.marks.contains(&first), "the article's first quote is marked in the corpus");
    assert_eq!(s.base.marks.len(), on_article.len(), "{texts:?}");
    let mut rest = choices(s.page());
    rest.3 = left.3.clone();
    assert_eq!(rest, left, "the corpus comes back as it was left, selection kept");
    // Opened again, the article shows the same marks.
    update(&mut s, Action::OpenReading);
    assert_eq!(s.page().marks.iter().copied().collect::<Vec<_>>(), on_article);
}

#[test]
fn batches_and_warnings_arriving_while_an_article_is_open_wait_for_the_corpus() {
    let mut s = corpus(3, 6);
    s.warnings.clear();
    apply(&mut s, [Action::FocusQuotes, Action::GoBottom, Action::ToggleMark, Action::OpenReading, Action::Close]);
    let article = choices(s.page());
    s.receive(Batch { warnings: vec!["news/bad.txt: binary data".into()], ..batch(3..6, 6) });
    assert_eq!(choices(s.page()), article, "the open article does not change");
    assert_eq!(s.page().analysis().quotes.len(), 4);
    let shown = screen(&render(&mut s, 100, 30));
    assert!(!shown.contains("bad.txt"), "{shown}");
    // A key on the article does not clear the corpus's warning: it shows back on the corpus.
    apply(&mut s, [Action::MoveDown, Action::Close]);
    let shown = screen(&render(&mut s, 100, 30));
    assert!(shown.contains("⚠ news/bad.txt: binary data"), "{shown}");
    let corpus = s.page();
    assert_eq!((corpus.analysis().quotes.len(), corpus.quotes.cursor, corpus.marks.len()), (24, 11, 1));
}

#[test]
fn update_works_out_the_geometry_before_anything_is_drawn() {
    let mut s = state();
    update(&mut s, Action::Resize(Size::new(60, 20)));
    update(&mut s, Action::FocusQuotes);
    let in_view = s.page().quotes.rows.clone();
    assert!((2..5).contains(&in_view.len()), "{in_view:?}");
    update(&mut s, Action::PageDown);
    let list = &s.page().quotes;
    assert_eq!(list.cursor, in_view.len(), "a page is the blocks in view");
    assert!(
        list.rows.iter().any(|(_, _, pos)| *pos == list.cursor),
        "the highlighted block is in view: {:?}",
        list.rows
    );
    // A click hits the block drawn there.
    let (top, _, pos) = list.rows[0];
    let click = MouseEvent {
        kind: MouseEventKind::Down(MouseButton::Left),
        column: 40,
        row: top,
        modifiers: KeyModifiers::NONE,
    };
    assert_eq!(mouse_action(&s, click), Some(Action::SelectQuote(pos)));
    // The reading view's scroll stops at the end of the text, and one line up is one line up.
    apply(&mut s, [Action::Resize(Size::new(40, 10)), Action::OpenReading, Action::GoBottom]);
    let Overlay::Reading(bottom) = s.page().overlay else { panic!("no reading view") };
    assert!(bottom.top > 0 && bottom.top < 100, "{bottom:?}");
    update(&mut s, Action::MoveUp);
    assert_eq!(s.page().overlay, Overlay::Reading(Scroll { top: bottom.top - 1 }));
    // A resize settles the geometry again, and is no key: the message stays.
    apply(&mut s, [Action::Close, Action::NextMatch]);
    update(&mut s, Action::Resize(Size::new(100, 30)));
    assert!(s.message.as_deref().is_some_and(|m| m.contains("No search")));
    assert_eq!(s.page().quotes.rows.first().map(|r| r.0), Some(1), "blocks laid out for 100×30");
}

#[test]
fn clicks_and_wheel_select_and_scroll() {
    let mut s = state();
    render(&mut s, 100, 30);
    let mouse = |kind, column, row| MouseEvent { kind, column, row, modifiers: KeyModifiers::NONE };
    let click = |x, y| mouse(MouseEventKind::Down(MouseButton::Left), x, y);
    // Row 3 of the screen is the second topic (Northport): border, All quotes, Northport.
    let topic = mouse_action(&s, click(5, 2)).expect("topic click");
    assert_eq!(topic, Action::SelectTopic(1));
    update(&mut s, topic);
    assert_eq!((s.page().topics.selected, s.page().quotes.shown.len()), (1, 2));
    update(&mut s, Action::SelectTopic(0));
    render(&mut s, 100, 30);
    let third_block = s.page().quotes.rows[2].0;
    let quote = mouse_action(&s, click(50, third_block)).expect("quote click");
    assert_eq!(quote, Action::SelectQuote(2));
    update(&mut s, quote);
    assert_eq!((s.page().quotes.cursor, s.page().focus), (2, Pane::Quotes));
    let wheel = mouse_action(&s, mouse(MouseEventKind::ScrollDown, 50, 10)).expect("wheel");
    update(&mut s, wheel);
    assert_eq!(s.page().quotes.cursor, 3);
    let wheel = mouse_action(&s, mouse(MouseEventKind::ScrollDown, 5, 10)).expect("wheel");
    update(&mut s, wheel);
    assert_eq!(s.page().topics.selected, 1);
}
