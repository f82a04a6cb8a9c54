//! Rendering into a `TestBackend`: screens at 100×30 and 60×20 as snapshots, and the styles
//! of red-line cells.

use insta::assert_snapshot;
use ratatui::buffer::Buffer;
use ratatui::style::{Color, Modifier, Style};

use super::fixture::{analysis, apply, find, render, screen, state};
use crate::tui::action::{Action, Pane};
use crate::tui::document::Document;
use crate::tui::keymap::{BINDINGS, Mode, keys_text};
use crate::tui::state::App;
use crate::tui::state::views::Overlay;
use crate::tui::theme::Theme;
use crate::tui::theme::palette::DARK;
use crate::tui::update::update;
use redline_analysis::{Category, Lexicon};

fn both_sizes(name: &str, state: &mut App) -> (String, String) {
    let big = screen(&render(state, 100, 30));
    let small = screen(&render(state, 60, 20));
    assert_snapshot!(format!("{name}_100x30"), big);
    assert_snapshot!(format!("{name}_60x20"), small);
    (big, small)
}

#[test]
fn first_screen() {
    let (big, small) = both_sizes("first", &mut state());
    for shown in [&big, &small] {
        assert!(shown.contains("All quotes") && shown.contains("Jane Roe · ¶1"), "{shown}");
        assert!(shown.contains("1/5 · 0 marked"), "{shown}");
    }
    assert!(big.contains("Northport                2 ⚑2 "), "{big}");
    // Counts and severities have symbols of their own.
    assert!(!big.contains("▲2 ") || big.contains("¶"), "{big}");
    // A topic without a direct quote stays listed, dimmed.
    let buffer = render(&mut state(), 100, 30);
    let (x, y) = find(&buffer, "Bravia").expect("Bravia listed");
    assert!(buffer[(x, y)].style().add_modifier.contains(Modifier::DIM));
    let (x, y) = find(&buffer, "Sanctions").expect("Sanctions listed");
    assert!(!buffer[(x, y)].style().add_modifier.contains(Modifier::DIM));
}

#[test]
fn topic_switch() {
    let mut s = state();
    apply(&mut s, [Action::MoveDown]);
    let (big, _) = both_sizes("topic_northport", &mut s);
    assert!(big.contains("Northport · 2 quotes"), "{big}");
    assert!(big.contains("but Northport is.") && !big.contains("We demand"), "{big}");
}

#[test]
fn search_highlights_the_matches_in_the_list() {
    let mut s = state();
    apply(&mut s, [Action::StartSearch].into_iter().chain("sanction".chars().map(Action::Type)));
    let (big, _) = both_sizes("search_typing", &mut s);
    assert!(big.contains("All quotes · 5 quotes · 2 match “sanction”"), "{big}");
    assert!(big.contains("/sanction▏ · 2 of 5 quotes match"), "{big}");
    assert!(big.contains("Northport is a [RL:4"), "the list stays: {big}");
    let buffer = render(&mut s, 100, 30);
    let (x, y) = find(&buffer, "sanctions [UL:3").expect("match on screen");
    assert_eq!(buffer[(x, y)].style().bg, Theme::new(true, Lexicon::bundled().categories()).search().bg);
}

#[test]
fn marked_quotes_show_their_mark_and_count() {
    let mut s = state();
    apply(&mut s, [Action::FocusQuotes, Action::ToggleMark, Action::MoveDown, Action::MoveDown, Action::ToggleMark]);
    let (big, small) = both_sizes("marked", &mut s);
    for shown in [&big, &small] {
        assert_eq!(shown.matches("● ").count(), 2, "{shown}");
        assert!(shown.contains("3/5 · 2 marked"), "{shown}");
    }
}

#[test]
fn help_lists_keys_from_the_keymap_and_the_legend() {
    let mut s = state();
    apply(&mut s, [Action::OpenHelp]);
    let (big, _) = both_sizes("help", &mut s);
    // The help opens on the legend: every category, then the symbols.
    assert!(big.lines().nth(1).is_some_and(|l| l.contains("Legend")), "{big}");
    for tag in
        ["[RL:4 …]", "[RF:3 …]", "[UL:3 …]", "[TH:3 …]", "[CP:3 …]", "[DM:2 …]", "[GR:2 …]", "[RS:1 …]", "[DE:0 …]"]
    {
        assert!(big.contains(tag), "{tag} missing:\n{big}");
    }
    for symbol in ["▲4 ", "⚑12 ", "● ", "▌ ", "partial "] {
        assert!(big.contains(&format!("  {symbol}")), "{symbol} not explained:\n{big}");
    }
    apply(&mut s, [Action::GoBottom]);
    let bottom = screen(&render(&mut s, 100, 30));
    assert_snapshot!("help_bottom_100x30", bottom);
    let reader = BINDINGS.iter().find(|b| b.mode == Mode::Reader && b.action == Action::ToggleMark).unwrap();
    let keys = (0..6).fold(String::new(), |mut all, _| {
        all.push_str(&screen(&render(&mut s, 100, 30)));
        update(&mut s, Action::PageUp);
        all
    });
    assert!(keys.contains(&keys_text(reader)) && keys.contains("Reader"), "{keys}");
    // Each mode's note, wrapped to the box: how far the reader's and the views' search reach.
    assert!(keys.contains("/ searches the quotes listed (on All quotes: every topic)"), "{keys}");
    assert!(keys.contains("/ searches the view's text"), "{keys}");
}

#[test]
fn export_dialog() {
    let mut s = state();
    apply(&mut s, [Action::FocusQuotes, Action::ToggleMark, Action::OpenExport]);
    let (big, small) = both_sizes("export", &mut s);
    for shown in [&big, &small] {
        assert!(shown.contains("Path: redline-export.md") && shown.contains("Export 1 marked quote"), "{shown}");
    }
    apply(&mut s, [Action::ExportExists]);
    let asked = screen(&render(&mut s, 100, 30));
    assert_snapshot!("export_confirm_100x30", asked);
    assert!(asked.contains("already exists. Overwrite it? (y/n)"), "{asked}");
}

#[test]
fn context_view_explains_red_lines() {
    let mut s = state();
    apply(&mut s, [Action::FocusQuotes, Action::OpenContext]);
    let (big, _) = both_sizes("context", &mut s);
    assert!(big.contains("Quote 1 · Jane Roe · ¶1"), "{big}");
    assert!(big.contains("RED_LINE (severity 5)") && big.contains("cue: must not be crossed"), "{big}");
}

#[test]
fn reading_view_shows_the_article() {
    let mut s = state();
    apply(&mut s, [Action::OpenReading]);
    let (big, _) = both_sizes("reading", &mut s);
    // The notation of `analyze` and the exports; a no-break space keeps the tags with the phrase.
    assert!(
        big.contains("Minister warns of [RL:4\u{A0}red lines] over Northport") && big.contains("Ann Writer"),
        "{big}"
    );
    assert!(big.contains("[DE:0\u{A0}ready for talks]") && big.contains("[UL:3\u{A0}by Friday]"), "{big}");
}

#[test]
fn tiny_terminal_shows_a_note_and_the_reader_returns() {
    let mut s = state();
    for (w, h) in [(39, 10), (40, 9)] {
        let shown = screen(&render(&mut s, w, h));
        assert!(shown.contains("too small") && !shown.contains("All quotes"), "{shown}");
    }
    assert_snapshot!("too_small_30x8", screen(&render(&mut s, 30, 8)));
    assert!(screen(&render(&mut s, 40, 10)).contains("All quotes"));
}

#[test]
fn status_hints_follow_the_focused_pane() {
    let mut s = state();
    let topics = screen(&render(&mut s, 100, 30));
    assert!(topics.contains("l/→ quotes") && !topics.contains("Space mark"), "{topics}");
    apply(&mut s, [Action::FocusQuotes]);
    let quotes = screen(&render(&mut s, 100, 30));
    assert!(quotes.contains("Space mark") && quotes.contains("e export"), "{quotes}");
}

/// The cells of `phrase` (first occurrence) and of the tag after it.
fn cells_of(buffer: &Buffer, phrase: &str) -> Vec<Style> {
    let (x, y) = find(buffer, phrase).unwrap_or_else(|| panic!("{phrase:?} not on screen"));
    (x..x + phrase.chars().count() as u16).map(|x| buffer[(x, y)].style()).collect()
}

#[test]
fn red_line_cells_carry_the_highlight_of_their_category_and_severity() {
    let theme = Theme::new(true, Lexicon::bundled().categories());
    let mut s = state();
    let buffer = render(&mut s, 100, 30);
    let style_of = |phrase: &str| cells_of(&buffer, phrase);
    let patched = |style: Style| Style::reset().patch(style);
    for cell in style_of("must not be crossed") {
        assert_eq!(patched(cell).bg, theme.red_line("RED_LINE", 5).bg);
        assert!(cell.add_modifier.contains(Modifier::BOLD | Modifier::UNDERLINED));
    }
    for cell in style_of("demand guarantees") {
        assert_eq!(cell.fg, theme.red_line("DEMAND", 3).fg);
    }
    assert_ne!(theme.red_line("DEMAND", 3), theme.red_line("RED_LINE", 5));
    assert_eq!(style_of("[RL:5")[1].fg, theme.tag("RED_LINE").fg);
    assert_eq!(style_of("crossed]")[7].fg, theme.tag("RED_LINE").fg);
    // Plain words around the phrase are not highlighted.
    let that = style_of("that")[0];
    assert_eq!((that.fg, that.bg, that.add_modifier), (Some(Color::Reset), Some(Color::Reset), Modifier::empty()));
}

#[test]
fn a_category_a_user_lexicon_adds_is_drawn_in_a_colour_of_its_own() {
    let mut article = analysis();
    let renamed = |r: &mut redline_analysis::RedLine| {
        if r.text == "will hurt" {
            (r.category, r.tag) = ("CHOKEPOINT".into(), "CK".into());
        }
    };
    article.red_lines.iter_mut().for_each(renamed);
    article.quotes.iter_mut().flat_map(|q| q.red_lines.iter_mut()).for_each(renamed);
    let mut categories = Lexicon::bundled().categories().to_vec();
    let description = "a strait or port closed".to_string();
    categories.push(Category {
        name: "CHOKEPOINT".into(),
        tag: "CK".into(),
        severity: 3,
        description,
        de_escalation: false,
        negated: None,
    });
    let theme = Theme::new(true, &categories);
    let mut s = App::new(Document::article(article), categories, theme);
    let buffer = render(&mut s, 100, 30);
    for cell in cells_of(&buffer, "will hurt").into_iter().chain(cells_of(&buffer, "[CK:3")) {
        assert_eq!(cell.fg, Some(DARK.fallback[0]));
    }
    // The legend shows it in the same colour.
    apply(&mut s, [Action::OpenHelp]);
    let buffer = render(&mut s, 100, 30);
    assert!(cells_of(&buffer, "CHOKEPOINT").iter().all(|cell| cell.fg == Some(DARK.fallback[0])));
}

#[test]
fn a_guess_of_the_learned_model_is_tagged_with_a_tilde_and_drawn_in_italics() {
    let mut article = analysis();
    let guessed = |r: &mut redline_analysis::RedLine| {
        if r.text == "demand guarantees" {
            r.cue = redline_analysis::LEARNED_CUE.into();
        }
    };
    article.red_lines.iter_mut().for_each(guessed);
    article.quotes.iter_mut().flat_map(|q| q.red_lines.iter_mut()).for_each(guessed);
    let categories = Lexicon::bundled().categories().to_vec();
    let theme = Theme::new(true, &categories);
    let mut s = App::new(Document::article(article), categories, theme);
    let buffer = render(&mut s, 100, 30);
    let shown = screen(&buffer);
    assert!(shown.contains("[DM~3") && !shown.contains("[DM:3"), "{shown}");
    assert!(cells_of(&buffer, "demand guarantees").iter().all(|c| c.add_modifier.contains(Modifier::ITALIC)));
    // a cue's hit is not in italics
    assert!(cells_of(&buffer, "must not be crossed").iter().all(|c| !c.add_modifier.contains(Modifier::ITALIC)));
    // the context view writes the guess in the same notation
    apply(&mut s, [Action::FocusQuotes, Action::MoveDown, Action::OpenContext]);
    let context = screen(&render(&mut s, 100, 30));
    assert!(context.contains("[DM~3 demand guarantees]") && context.contains("cue: (learned model)"), "{context}");
}

#[test]
fn no_color_theme_tells_severities_apart_with_modifiers_only() {
    let mut s = state();
    s.theme = Theme::new(false, Lexicon::bundled().categories());
    let buffer = render(&mut s, 100, 30);
    let strong = cells_of(&buffer, "must not be crossed");
    let medium = cells_of(&buffer, "demand guarantees");
    assert!(strong.iter().all(|c| c.add_modifier.contains(Modifier::REVERSED) && c.fg == Some(Color::Reset)));
    assert!(
        medium.iter().all(|c| c.add_modifier.contains(Modifier::BOLD) && !c.add_modifier.contains(Modifier::REVERSED))
    );
    assert!(buffer.content.iter().all(|c| c.fg == Color::Reset && c.bg == Color::Reset));
}

#[test]
fn a_hundred_thousand_quotes_draw_and_search() {
    // (drawing speed is measured by `cargo bench --bench reader`, not asserted here)
    let base = analysis();
    let mut big = base.clone();
    big.quotes = (0..100_000)
        .map(|i| {
            let mut q = base.quotes[i % base.quotes.len()].clone();
            q.id = i + 1;
            q
        })
        .collect();
    let mut s = App::new(Document::article(big), Vec::new(), Theme::new(true, &[]));
    apply(&mut s, [Action::FocusQuotes, Action::GoBottom]);
    let shown = screen(&render(&mut s, 100, 30));
    let search = "northport".chars().map(Action::Type).chain([Action::Submit, Action::NarrowSearch, Action::GoBottom]);
    apply(&mut s, [Action::StartSearch].into_iter().chain(search));
    render(&mut s, 100, 30);
    assert!(shown.contains("100000/100000"), "{shown}");
    assert_eq!(s.page().focus, Pane::Quotes);
    assert_eq!(s.page().quotes.shown.len(), 40_000);
}

#[test]
fn warnings_show_in_the_status_line_until_a_key() {
    let mut s = state();
    s.warnings.push("decoded from windows-1252".into());
    assert!(screen(&render(&mut s, 100, 30)).contains("⚠ decoded from windows-1252"));
    apply(&mut s, [Action::MoveDown]);
    assert!(!screen(&render(&mut s, 100, 30)).contains("windows-1252"));
}

#[test]
fn reading_view_of_a_huge_article_scrolls_to_its_end() {
    let base = analysis();
    let mut big = base.clone();
    let body = &base.text[base.paragraphs[0].start..];
    big.text = body.repeat(20_000);
    big.paragraphs = (0..20_000 * 4)
        .map(|i| {
            let p = base.paragraphs[i % 4];
            let at = |offset: usize| offset - base.paragraphs[0].start + (i / 4) * body.len();
            redline_analysis::Paragraph { index: i + 1, start: at(p.start), end: at(p.end) }
        })
        .collect();
    big.quotes.clear();
    big.red_lines.clear();
    big.topics.clear();
    let mut s = App::new(Document::article(big), Vec::new(), Theme::new(true, &[]));
    apply(&mut s, [Action::OpenReading, Action::MoveDown]);
    let second = screen(&render(&mut s, 100, 30));
    assert!(
        second.lines().nth(1).is_some_and(|l| l.starts_with("│ By Ann Writer") || l.contains("Ann Writer")),
        "{second}"
    );
    apply(&mut s, [Action::GoBottom]);
    let end = screen(&render(&mut s, 100, 30));
    apply(&mut s, [Action::MoveUp]);
    let up = screen(&render(&mut s, 100, 30));
    let last = "“Energy prices are not our concern today,” Stone added, “but Northport is.”";
    assert!(end.lines().nth(26).is_some_and(|l| l.contains(last)), "{end}");
    // One line up: every text row moves down by one.
    assert_eq!(up.lines().nth(2), end.lines().nth(1), "{up}");
    assert!(matches!(s.page().overlay, Overlay::Reading(at) if at.top > 100_000));
}
