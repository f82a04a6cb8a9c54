//! Searching: `/` over the quotes listed (the topic stays, the matches are highlighted and
//! counted in the status line), `n`/`N` round the matches, `&` narrowing to them and back,
//! a new topic keeping the search, and `/`, `n`, `N` in the help, context and reading views,
//! with their position in the title.

use ratatui::layout::Size;
use ratatui::style::Modifier;

use super::fixture::{apply, find, render, screen, state};
use crate::tui::action::{Action, Pane};
use crate::tui::keymap::Mode;
use crate::tui::state::App;
use crate::tui::state::views::Overlay;
use crate::tui::update::update;

fn typed(s: &mut App, text: &str) {
    apply(s, text.chars().map(Action::Type).collect::<Vec<_>>());
}

/// Searches the list for `query` and ends the typing.
fn search(s: &mut App, query: &str) {
    update(s, Action::StartSearch);
    typed(s, query);
    update(s, Action::Submit);
}

fn hits(s: &App) -> Vec<usize> {
    s.page().search.as_ref().map(|x| x.hits.clone()).unwrap_or_default()
}

fn highlighted(s: &App) -> Option<usize> {
    s.page().quotes.selected()
}

fn view_top(s: &App) -> usize {
    match s.page().overlay {
        Overlay::Reading(n) | Overlay::Help(n) | Overlay::Context { scroll: n, .. } => n.top,
        ref other => panic!("no view: {other:?}"),
    }
}

#[test]
fn a_search_keeps_the_topic_and_its_quotes_and_highlights_the_matches() {
    let mut s = state();
    apply(&mut s, [Action::MoveDown, Action::MoveDown]);
    assert_eq!(s.page().topics.selected, 2, "Sanctions");
    search(&mut s, "HURT");
    assert_eq!(s.page().topics.selected, 2, "the topic stays selected");
    assert_eq!(s.page().quotes.shown, [1, 2], "its quotes stay listed");
    assert_eq!((hits(&s), highlighted(&s), s.page().focus), (vec![2], Some(2), Pane::Quotes));
    let buffer = render(&mut s, 100, 30);
    let shown = screen(&buffer);
    assert!(shown.contains("Sanctions · 2 quotes · 1 match “HURT”"), "{shown}");
    assert!(shown.contains("\"HURT\": 1 of 2 quotes matches · n next match"), "{shown}");
    let (x, y) = find(&buffer, "hurt] everyone").expect("the match on screen");
    assert_eq!(buffer[(x, y)].style().bg, s.theme.search().bg, "the match in the search colour");
    assert_ne!(buffer[(x + 6, y)].style().bg, s.theme.search().bg, "only the match");
    let (x, y) = find(&buffer, "demand").expect("the other quote on screen");
    assert_ne!(buffer[(x, y)].style().bg, s.theme.search().bg);
}

#[test]
fn typing_highlights_the_first_match_from_the_highlighted_quote_on() {
    let mut s = state();
    apply(&mut s, [Action::FocusQuotes, Action::MoveDown, Action::MoveDown, Action::StartSearch]);
    typed(&mut s, "northport");
    assert_eq!((highlighted(&s), s.page().quotes.shown.len()), (Some(4), 5), "from the third quote on");
    let shown = screen(&render(&mut s, 100, 30));
    assert!(shown.contains("/northport▏ · 2 of 5 quotes match"), "{shown}");
    typed(&mut s, "xyz");
    assert_eq!(highlighted(&s), Some(2), "no match: back where the search began");
}

#[test]
fn n_and_shift_n_go_round_the_matches_and_say_so() {
    let mut s = state();
    search(&mut s, "northport");
    assert_eq!((hits(&s), highlighted(&s)), (vec![0, 4], Some(0)));
    update(&mut s, Action::NextMatch);
    assert_eq!((highlighted(&s), s.message.clone()), (Some(4), None));
    update(&mut s, Action::NextMatch);
    assert_eq!(highlighted(&s), Some(0));
    assert!(s.message.as_deref().is_some_and(|m| m.contains("went round: the first match")), "{:?}", s.message);
    update(&mut s, Action::PrevMatch);
    assert_eq!(highlighted(&s), Some(4));
    assert!(s.message.as_deref().is_some_and(|m| m.contains("the last match")), "{:?}", s.message);
    update(&mut s, Action::PrevMatch);
    assert_eq!((highlighted(&s), s.message.clone()), (Some(0), None));
    // Nothing matches: the message says where to search every topic.
    apply(&mut s, [Action::Close, Action::FocusTopics, Action::MoveDown, Action::MoveDown]);
    search(&mut s, "energy");
    update(&mut s, Action::NextMatch);
    let message = s.message.clone().unwrap_or_default();
    assert!(
        message.contains("No quote of Sanctions matches \"energy\"") && message.contains("All quotes"),
        "{message}"
    );
}

#[test]
fn the_narrowing_key_lists_only_the_matches_and_all_again() {
    let mut s = state();
    update(&mut s, Action::NarrowSearch);
    assert!(s.message.as_deref().is_some_and(|m| m.contains("press / first")));
    search(&mut s, "sanctions");
    update(&mut s, Action::NarrowSearch);
    assert_eq!((s.page().quotes.shown.clone(), highlighted(&s)), (vec![1, 2], Some(1)));
    let shown = screen(&render(&mut s, 100, 30));
    assert!(shown.contains("All quotes · 2 of 5 quotes match “sanctions”"), "{shown}");
    assert!(shown.contains("\"sanctions\": 2 of 5 quotes match, only they are listed"), "{shown}");
    update(&mut s, Action::NextMatch);
    update(&mut s, Action::NarrowSearch);
    assert_eq!((s.page().quotes.shown.len(), highlighted(&s)), (5, Some(2)), "all again, the quote kept");
    // Esc clears the search, narrowed or not.
    apply(&mut s, [Action::NarrowSearch, Action::Close]);
    assert_eq!((s.page().search.is_none(), s.page().quotes.shown.len()), (true, 5));
}

#[test]
fn a_new_topic_keeps_the_search_and_says_so() {
    let mut s = state();
    search(&mut s, "sanctions");
    apply(&mut s, [Action::FocusTopics, Action::MoveDown]);
    assert_eq!(s.page().topics.selected, 1);
    assert_eq!(s.message.as_deref(), Some("search \"sanctions\" kept: 0 matches in Northport"));
    update(&mut s, Action::MoveDown);
    assert_eq!(s.message.as_deref(), Some("search \"sanctions\" kept: 2 matches in Sanctions"));
    assert_eq!((hits(&s), highlighted(&s)), (vec![1, 2], Some(1)), "the first match highlighted");
    // Narrowed, the new topic lists its matches only.
    apply(&mut s, [Action::SelectTopic(2), Action::FocusQuotes, Action::StartSearch]);
    typed(&mut s, "hurt");
    apply(&mut s, [Action::Submit, Action::NarrowSearch]);
    assert!(screen(&render(&mut s, 100, 30)).contains("Sanctions · 1 of 2 quotes matches “hurt”"));
    apply(&mut s, [Action::SelectTopic(1)]);
    assert!(s.page().quotes.shown.is_empty());
    assert!(screen(&render(&mut s, 100, 30)).contains("No quote here matches."));
    update(&mut s, Action::SelectTopic(0));
    assert_eq!(s.page().quotes.shown, [2]);
}

#[test]
fn the_help_searches_scrolls_to_matches_and_says_how_far_down_it_is() {
    let mut s = state();
    update(&mut s, Action::OpenHelp);
    let shown = screen(&render(&mut s, 100, 30));
    assert!(shown.contains(" Help · 0% "), "{shown}");
    update(&mut s, Action::StartSearch);
    assert_eq!(Mode::of(&s), Mode::Search);
    typed(&mut s, "CLIPBOARD");
    let first = s.page().find.as_ref().and_then(|f| f.line).expect("a line found");
    assert!(view_top(&s) > 0 && view_top(&s) <= first, "scrolled to line {first}: {}", view_top(&s));
    let buffer = render(&mut s, 100, 30);
    let shown = screen(&buffer);
    assert!(shown.contains("/CLIPBOARD▏"), "{shown}");
    let (x, y) = find(&buffer, "Clipboard").expect("a match in view");
    assert_eq!(buffer[(x, y)].style().bg, s.theme.search().bg);
    assert!(!shown.contains(" Help · 0% "), "the percent follows the scroll: {shown}");
    update(&mut s, Action::Submit);
    assert_eq!(Mode::of(&s), Mode::View);
    assert!(screen(&render(&mut s, 100, 30)).contains("\"CLIPBOARD\" · n/N next / previous line holding it"));
    update(&mut s, Action::NextMatch);
    let second = s.page().find.as_ref().and_then(|f| f.line).expect("a line found");
    assert!(second > first, "{second} after {first}");
    // Round the help: back to the first match, said; N from there goes round to the last.
    let mut last = second;
    for _ in 0..20 {
        update(&mut s, Action::NextMatch);
        if s.message.is_some() {
            break;
        }
        last = s.page().find.as_ref().and_then(|f| f.line).expect("a line");
    }
    assert!(s.message.as_deref().is_some_and(|m| m.contains("went round")), "{:?}", s.message);
    assert_eq!(s.page().find.as_ref().and_then(|f| f.line), Some(first));
    update(&mut s, Action::PrevMatch);
    assert_eq!(s.page().find.as_ref().and_then(|f| f.line), Some(last), "N goes round to the last");
    // Esc clears the search, then closes the help; the search ends with the view.
    update(&mut s, Action::Close);
    assert!(s.page().find.is_none() && matches!(s.page().overlay, Overlay::Help(_)));
    apply(&mut s, [Action::StartSearch, Action::Type('k'), Action::Submit, Action::Quit]);
    assert_eq!((&s.page().overlay, s.page().find.is_none()), (&Overlay::None, true));
}

#[test]
fn the_reading_view_finds_words_of_the_article_and_highlights_them() {
    let mut s = state();
    apply(&mut s, [Action::Resize(Size::new(60, 12)), Action::OpenReading, Action::StartSearch]);
    typed(&mut s, "stone");
    apply(&mut s, [Action::Submit]);
    let first = s.page().find.as_ref().and_then(|f| f.line).expect("a line found");
    let buffer = render(&mut s, 60, 12);
    let shown = screen(&buffer);
    assert!(shown.contains("Article · ¶"), "{shown}");
    let (x, y) = find(&buffer, "Stone").expect("the match in view");
    assert_eq!(buffer[(x, y)].style().bg, s.theme.search().bg, "{shown}");
    update(&mut s, Action::NextMatch);
    let second = s.page().find.as_ref().and_then(|f| f.line).expect("the next");
    assert!(second > first && view_top(&s) <= second, "{first} {second} {}", view_top(&s));
    assert!(screen(&render(&mut s, 60, 12)).contains("Stone added"));
    apply(&mut s, [Action::NextMatch]);
    assert_eq!(s.page().find.as_ref().and_then(|f| f.line), Some(first), "round the article");
    apply(&mut s, [Action::StartSearch, Action::Type('q'), Action::Type('z')]);
    assert!(s.message.as_deref().is_some_and(|m| m.contains("\"qz\" is not in this view")), "{:?}", s.message);
}

#[test]
fn the_context_view_searches_and_shows_paragraph_and_percent() {
    let mut s = state();
    apply(&mut s, [Action::Resize(Size::new(60, 12)), Action::FocusQuotes, Action::MoveDown, Action::OpenContext]);
    let shown = screen(&render(&mut s, 60, 12));
    assert!(shown.contains("Quote 2 · Jane Roe · ¶2 · 0%"), "{shown}");
    apply(&mut s, [Action::StartSearch, Action::Type('c'), Action::Type('u'), Action::Type('e'), Action::Submit]);
    let line = s.page().find.as_ref().and_then(|f| f.line).expect("a cue line");
    assert!(view_top(&s) <= line && line < view_top(&s) + 10, "{line} in view");
    let buffer = render(&mut s, 60, 12);
    let (x, y) = find(&buffer, "cue").expect("the match in view");
    assert_eq!(buffer[(x, y)].style().bg, s.theme.search().bg);
    assert!(buffer[(x, y)].style().add_modifier.contains(Modifier::REVERSED), "the match gone to stands out");
    update(&mut s, Action::GoBottom);
    let shown = screen(&render(&mut s, 60, 12));
    assert!(shown.contains("¶2 · 100%"), "the percent follows the scroll: {shown}");
    // Stepping to the next quote keeps the search, from the top of its context.
    update(&mut s, Action::MoveDown);
    assert_eq!(s.page().find.as_ref().map(|f| (f.query.as_str(), f.line)), Some(("cue", None)));
}

/// The checks of `every_action_in_the_help_does_what_it_says` for searching, on the
/// fixture in `mode` (`s`).
pub fn check(mode: Mode, action: &Action, mut s: App) {
    let a = action.clone();
    let query = |s: &App| s.page().search.as_ref().map(|x| x.query.clone());
    match (mode, action) {
        (Mode::Reader, Action::Close) => {
            search(&mut s, "north");
            assert_eq!((hits(&s).len(), s.page().quotes.shown.len()), (2, 5));
            update(&mut s, a);
            assert_eq!((s.page().search.is_none(), s.page().quotes.shown.len()), (true, 5));
        }
        (Mode::Reader, Action::StartSearch) => {
            update(&mut s, a);
            assert_eq!(Mode::of(&s), Mode::Search);
            typed(&mut s, "q");
            assert_eq!(query(&s).as_deref(), Some("q"));
        }
        (Mode::Reader, Action::NextMatch | Action::PrevMatch) => {
            update(&mut s, a.clone());
            assert!(s.message.as_deref().is_some_and(|m| m.contains("press /")));
            search(&mut s, "NORTHPORT");
            update(&mut s, a.clone());
            assert_eq!(s.page().quotes.cursor, 4, "the other match, forward or round the list");
            update(&mut s, a);
            assert_eq!((s.page().quotes.cursor, s.page().focus), (0, Pane::Quotes));
        }
        (Mode::Reader, Action::NarrowSearch) => {
            search(&mut s, "sanctions");
            update(&mut s, a.clone());
            assert_eq!(s.page().quotes.shown, [1, 2]);
            update(&mut s, a);
            assert_eq!(s.page().quotes.shown.len(), 5);
        }
        (Mode::Search, Action::Submit) => {
            typed(&mut s, "sanctions");
            update(&mut s, a);
            assert_eq!((Mode::of(&s), s.page().focus, s.page().quotes.shown.len()), (Mode::Reader, Pane::Quotes, 5));
            assert_eq!(hits(&s), [1, 2]);
        }
        (Mode::Search, Action::Close) => {
            typed(&mut s, "sanctions");
            update(&mut s, a);
            assert_eq!((s.page().search.is_none(), s.page().quotes.shown.len()), (true, 5));
        }
        (Mode::Search, Action::Backspace | Action::ClearField) => {
            typed(&mut s, "xsanctions");
            assert!(hits(&s).is_empty());
            update(&mut s, a);
            let expected = if *action == Action::Backspace { "xsanction" } else { "" };
            assert_eq!(query(&s).as_deref(), Some(expected));
            typed(&mut s, "sanctions");
            assert_eq!(hits(&s).len(), usize::from(*action == Action::ClearField) * 2);
        }
        (Mode::Search, Action::MoveDown | Action::MoveUp) => {
            typed(&mut s, "Northport");
            update(&mut s, Action::MoveDown);
            if *action == Action::MoveUp {
                update(&mut s, a);
            }
            assert_eq!(s.page().quotes.cursor, usize::from(*action == Action::MoveDown));
        }
        (Mode::View, Action::StartSearch) => {
            update(&mut s, a);
            assert_eq!(Mode::of(&s), Mode::Search);
            typed(&mut s, "mouse");
            assert!(s.page().find.as_ref().is_some_and(|f| f.line.is_some()), "found in the help");
        }
        (Mode::View, Action::NextMatch | Action::PrevMatch) => {
            update(&mut s, a.clone());
            assert!(s.message.as_deref().is_some_and(|m| m.contains("press /")));
            apply(&mut s, [Action::StartSearch, Action::Type('q'), Action::Type('u'), Action::Submit]);
            let first = s.page().find.as_ref().and_then(|f| f.line);
            update(&mut s, a);
            let next = s.page().find.as_ref().and_then(|f| f.line);
            assert!(next.is_some() && next != first, "{first:?} → {next:?}");
        }
        (mode, action) => panic!("no search check for {action:?} in {mode:?}"),
    }
}
