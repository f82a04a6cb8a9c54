//! The reading and context views: `r` opens the article at the highlighted quote, which it
//! highlights, and says where it stands; the context view steps between quotes with `j`/`k`;
//! Space and `b` page.

use ratatui::layout::Size;

use super::corpus::corpus;
use super::fixture::{apply, find, render, screen, state};
use crate::tui::action::Action;
use crate::tui::state::views::Overlay;
use crate::tui::update::update;

#[test]
fn r_opens_the_article_at_the_highlighted_quote_and_highlights_it() {
    let mut s = state();
    apply(&mut s, [Action::Resize(Size::new(60, 12)), Action::FocusQuotes, Action::GoBottom, Action::OpenReading]);
    let Overlay::Reading(scroll) = s.page().overlay else { panic!("no reading view: {:?}", s.page().overlay) };
    assert!(scroll.top > 0, "scrolled to the quote: {scroll:?}");
    let buffer = render(&mut s, 60, 12);
    let shown = screen(&buffer);
    assert!(shown.contains("but Northport is."), "{shown}");
    // The paragraph at the top (the end of ¶2: the article ends below) and the percent.
    assert!(shown.contains(" Article · ¶2 · 100% "), "the paragraph and percent: {shown}");
    let (x, y) = find(&buffer, "but Northport").expect("the quote");
    assert_eq!(buffer[(x, y)].style().bg, s.theme.selected().bg, "highlighted");
    let (x, y) = find(&buffer, "Energy").expect("another quote");
    assert_ne!(buffer[(x, y)].style().bg, s.theme.selected().bg, "only the highlighted quote");
    // ] and [ move to the quotes with red lines, scrolling to them.
    update(&mut s, Action::PrevRedLine);
    assert_eq!(s.page().reading_quote, Some(2));
    let shown = screen(&render(&mut s, 60, 12));
    assert!(shown.contains("The sanctions"), "{shown}");
}

#[test]
fn r_from_the_corpus_opens_the_quote_s_article_at_that_quote() {
    let mut s = corpus(3, 6);
    render(&mut s, 100, 30);
    apply(&mut s, [Action::FocusQuotes, Action::MoveDown, Action::OpenReading]);
    let picked = s.base.analysis().quotes[s.base.quotes.selected().expect("a quote")].text.clone();
    let own = s.page().reading_quote.expect("a highlighted quote");
    assert_eq!(s.page().analysis().quotes[own].text, picked);
}

#[test]
fn context_steps_between_quotes_and_views_page_with_space_and_b() {
    let mut s = state();
    apply(&mut s, [Action::FocusQuotes, Action::OpenContext, Action::MoveDown]);
    assert!(matches!(s.page().overlay, Overlay::Context { quote: 1, .. }), "{:?}", s.page().overlay);
    assert!(screen(&render(&mut s, 100, 30)).contains("Quote 2 · Jane Roe"));
    apply(&mut s, [Action::MoveUp, Action::MoveUp]);
    assert!(matches!(s.page().overlay, Overlay::Context { quote: 0, .. }), "stops at the first");
    // Space and b page the help.
    apply(&mut s, [Action::Close, Action::OpenHelp]);
    render(&mut s, 60, 20);
    let key = |c| ratatui::crossterm::event::KeyEvent::from(ratatui::crossterm::event::KeyCode::Char(c));
    let space = crate::tui::keymap::action_for(&s, key(' ')).expect("Space is bound");
    let b = crate::tui::keymap::action_for(&s, key('b')).expect("b is bound");
    update(&mut s, space);
    let Overlay::Help(down) = s.page().overlay else { panic!() };
    assert!(down.top > 10, "{down:?}");
    update(&mut s, b);
    assert_eq!(s.page().overlay, Overlay::Help(Default::default()));
}
