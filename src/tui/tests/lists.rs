//! The corpus's article list filtered (`/`, live, Enter keeps, Esc clears) and sorted (`o`
//! cycles path, date, strongest red line, quotes; `d` date or path), and the speaker list's
//! balance bars and orders.

use super::corpus::{batch, corpus};
use super::fixture::{apply, find, render, screen, state};
use crate::tui::action::{Action, Effect};
use crate::tui::catalog::Order;
use crate::tui::keymap::Mode;
use crate::tui::loader::Batch;
use crate::tui::state::App;
use crate::tui::state::views::Overlay;
use crate::tui::update::update;

/// The article list open on the shown page: the articles listed (their paths), its order and
/// the highlighted row.
fn listed(s: &App) -> (Vec<String>, Order, usize) {
    let Overlay::Articles(list) = &s.page().overlay else { panic!("no article list: {:?}", s.page().overlay) };
    let articles = s.page().doc.articles();
    let paths = (0..list.len(articles.len())).filter_map(|r| list.article(r)).map(|p| articles[p].source.clone());
    (paths.collect(), list.order, list.row)
}

fn typed(s: &mut App, text: &str) {
    apply(s, text.chars().map(Action::Type).collect::<Vec<_>>());
}

/// The speaker list open on the shown page: (name, escalation, de-escalation) per row, its
/// order's name and the highlighted row.
fn speakers(s: &App) -> (Vec<(String, usize, usize)>, &'static str, usize) {
    let Overlay::Speakers(list) = &s.page().overlay else { panic!("no speaker list") };
    let rows = list.speakers.iter().map(|r| (r.name.clone().unwrap_or_default(), r.escalation, r.de_escalation));
    (rows.collect(), list.order.name(), list.row)
}

#[test]
fn the_article_filter_narrows_as_it_is_typed_enter_keeps_it_and_esc_clears_it() {
    let mut s = corpus(9, 12);
    apply(&mut s, [Action::OpenArticles, Action::StartSearch]);
    assert_eq!(Mode::of(&s), Mode::Search);
    typed(&mut s, "japan");
    let japan = ["news/article-01.txt", "news/article-04.txt", "news/article-07.txt"];
    assert_eq!(listed(&s).0, japan, "by topic");
    assert!(screen(&render(&mut s, 100, 30)).contains("/japan▏ · 3 of 9 articles"));
    // Articles arriving while it is typed are filtered too.
    s.receive(batch(9..12, 12));
    assert_eq!(listed(&s).0.len(), 4);
    apply(&mut s, [Action::Submit, Action::MoveDown]);
    assert_eq!((Mode::of(&s), listed(&s).2), (Mode::List, 1), "Enter keeps the filter");
    update(&mut s, Action::Submit);
    assert_eq!(s.opened.as_deref().map(|p| p.analysis().source.as_str()), Some("news/article-04.txt"));
    apply(&mut s, [Action::Close, Action::OpenArticles, Action::StartSearch]);
    for (query, n) in [("limits 5", 1), ("ARTICLE-1", 2), ("max stone", 12), ("nobody", 0)] {
        apply(&mut s, [Action::ClearField]);
        typed(&mut s, query);
        assert_eq!(listed(&s).0.len(), n, "{query}: title, path, speaker");
    }
    apply(&mut s, [Action::Submit, Action::Submit]);
    assert!(s.opened.is_none() && s.message.as_deref().is_some_and(|m| m.starts_with("No article matches")));
    update(&mut s, Action::Close);
    assert_eq!((listed(&s).0.len(), Mode::of(&s)), (12, Mode::List), "Esc clears the kept filter first");
    update(&mut s, Action::Close);
    assert_eq!(s.page().overlay, Overlay::None, "then closes the list");
    // Esc while typing clears it at once.
    apply(&mut s, [Action::OpenArticles, Action::StartSearch, Action::Type('z'), Action::Close]);
    assert_eq!((listed(&s).0.len(), Mode::of(&s)), (12, Mode::List));
}

#[test]
fn o_cycles_the_orders_and_the_highlighted_article_stays() {
    let mut s = corpus(3, 7);
    s.receive(Batch { total: Some(7), analyses: super::timeline::analyses(0..4), handled: 4, ..Batch::default() });
    apply(&mut s, [Action::OpenArticles, Action::GoBottom]);
    let by_path = listed(&s).0;
    assert_eq!((by_path.last().map(String::as_str), listed(&s).1), (Some("news/d.txt"), Order::Path));
    update(&mut s, Action::CycleOrder);
    let (rows, order, row) = listed(&s);
    assert_eq!((rows[..3].join(" "), order), ("news/b.txt news/c.txt news/a.txt".to_string(), Order::Date));
    assert_eq!(rows[row], "news/d.txt", "the highlighted article stays highlighted");
    update(&mut s, Action::CycleOrder);
    let (rows, order, _) = listed(&s);
    assert_eq!(order, Order::Strongest);
    let doc = &s.page().doc;
    let position = |path: &str| doc.articles().iter().position(|a| a.source == path).expect("article");
    let strongest: Vec<Option<u8>> = rows.iter().map(|p| doc.article_strongest(position(p))).collect();
    assert!(strongest.windows(2).all(|w| w[0].map(|s| s + 1) >= w[1].map(|s| s + 1)), "{rows:?} {strongest:?}");
    assert_ne!(rows, by_path, "the strongest first is not the path order here");
    update(&mut s, Action::CycleOrder);
    let (rows, order, _) = listed(&s);
    assert_eq!((order, &rows[..3]), (Order::Quotes, &by_path[..3]), "four quotes before one, ties by path");
    let shown = screen(&render(&mut s, 100, 30));
    assert!(shown.contains("┌ Articles · 7 · by quotes "), "{shown}");
    update(&mut s, Action::CycleOrder);
    assert_eq!(listed(&s).0, by_path, "and back to the path");
    // `d` goes to date order and back to path order.
    update(&mut s, Action::SortArticles);
    assert_eq!(listed(&s).1, Order::Date);
    update(&mut s, Action::SortArticles);
    assert_eq!(listed(&s).1, Order::Path);
}

#[test]
fn the_article_list_screen_shows_its_filter_order_and_strongest_red_lines() {
    let mut s = corpus(6, 6);
    apply(&mut s, [Action::OpenArticles, Action::CycleOrder, Action::CycleOrder, Action::StartSearch]);
    typed(&mut s, "nato");
    update(&mut s, Action::Submit);
    let shown = screen(&render(&mut s, 100, 30));
    assert!(shown.contains("┌ Articles · 2 of 6 · by strongest red line · /nato "), "{shown}");
    assert!(shown.contains("▲4  4 quotes"), "{shown}");
    assert!(shown.contains("/nato · 2 of 6 articles"), "the status line counts them: {shown}");
    assert_eq!(shown.matches("Envoy warns of limits").count(), 2, "{shown}");
}

#[test]
fn the_speaker_list_shows_each_balance_and_sorts_four_ways() {
    let mut s = state();
    update(&mut s, Action::OpenSpeakers);
    // Jane Roe: RL, RL, DM, UL; Max Stone: TH and DE, in three quotes.
    let (jane, max) = (("Jane Roe".to_string(), 4, 0), ("Max Stone".to_string(), 1, 1));
    assert_eq!(speakers(&s), (vec![max.clone(), jane.clone()], "by quotes", 0));
    apply(&mut s, [Action::MoveDown]);
    update(&mut s, Action::CycleOrder);
    assert_eq!(speakers(&s), (vec![jane.clone(), max.clone()], "by escalation", 2), "Max Stone stays highlighted");
    update(&mut s, Action::CycleOrder);
    assert_eq!(speakers(&s).0, [jane.clone(), max.clone()]);
    assert_eq!(speakers(&s).1, "by balance");
    update(&mut s, Action::CycleOrder);
    assert_eq!((speakers(&s).0, speakers(&s).1), (vec![jane, max], "by name"));
    update(&mut s, Action::CycleOrder);
    assert_eq!(speakers(&s).1, "by quotes");
    let buffer = render(&mut s, 100, 30);
    let shown = screen(&buffer);
    assert!(shown.contains("Speakers · 2 · by quotes"), "{shown}");
    let row = |name: &str| {
        shown.lines().find(|l| l.contains(name) && l.contains('↑')).unwrap_or_else(|| panic!("{shown}")).to_string()
    };
    assert!(row("Jane Roe").contains("██████ 4↑ 0↓ 2 "), "{}", row("Jane Roe"));
    assert!(row("Max Stone").contains("███░░░ 1↑ 1↓ 3 "), "{}", row("Max Stone"));
    // Escalation in the colour of the lexicon's first category, de-escalation in that of its
    // de-escalation one.
    let (x, y) = find(&buffer, "███░░░").expect("Max Stone's bar");
    assert_eq!(buffer[(x, y)].style().fg, s.theme.tag("RED_LINE").fg);
    assert_eq!(buffer[(x + 3, y)].style().fg, s.theme.tag("DE_ESCALATION").fg);
    assert_ne!(s.theme.tag("RED_LINE").fg, s.theme.tag("DE_ESCALATION").fg);
}

/// The checks of `every_action_in_the_help_does_what_it_says` for `o` and `/` in the lists,
/// from `s` in the speaker list of the single-article fixture, and Tab in the export dialog.
pub fn check(mode: Mode, action: &Action, mut s: App) {
    match (mode, action) {
        (Mode::List, Action::CycleOrder) => {
            update(&mut s, Action::CycleOrder);
            assert_eq!(speakers(&s).1, "by escalation");
            let mut c = corpus(2, 2);
            apply(&mut c, [Action::OpenArticles, Action::CycleOrder]);
            assert_eq!(listed(&c).1, Order::Date);
        }
        (Mode::List, Action::StartSearch) => {
            let mut c = corpus(2, 2);
            apply(&mut c, [Action::OpenArticles, Action::StartSearch, Action::Type('1')]);
            assert_eq!(listed(&c).0, ["news/article-01.txt"]);
        }
        (Mode::Export, Action::Complete) => {
            s.cwd = std::env::temp_dir();
            let effect = apply(&mut s, [Action::ClearField, Action::Type('x'), Action::Complete]);
            let folder = std::env::temp_dir();
            assert_eq!(effect, Some(Effect::ListFolder { folder, prefix: "x".into() }));
        }
        (mode, action) => panic!("no check for {action:?} in {mode:?}"),
    }
}
