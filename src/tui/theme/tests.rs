use super::palette::{DARK, LIGHT, MONO};
use super::*;

fn category(name: &str, tag: &str, de_escalation: bool) -> Category {
    Category {
        name: name.into(),
        tag: tag.into(),
        severity: 3,
        description: String::new(),
        de_escalation,
        negated: None,
    }
}

fn bundled() -> Vec<Category> {
    redline_analysis::Lexicon::bundled().categories().to_vec()
}

fn light() -> Choice {
    Choice { base: Base::Light, colors: Vec::new() }
}

/// Every style of the chrome, in a fixed order.
fn chrome(theme: &Theme) -> [Style; 12] {
    [
        theme.search(),
        theme.quote(),
        theme.selected(),
        theme.bar(),
        theme.mark(),
        theme.dim(),
        theme.heading(),
        theme.border(false),
        theme.border(true),
        theme.status(),
        theme.error(),
        theme.severity(5),
    ]
}

#[test]
fn the_bundled_categories_keep_their_colours() {
    for (choice, palette) in [(Choice::default(), &DARK), (light(), &LIGHT)] {
        let theme = Theme::chosen(true, &bundled(), &choice);
        let hues: Vec<Color> = palette.named.iter().map(|(name, _)| theme.hue(name)).collect();
        let named: Vec<Color> = palette.named.iter().map(|(_, hue)| *hue).collect();
        assert_eq!(hues, named);
        assert_eq!(theme.hue("DE_ESCALATION"), palette.de_escalating[0]);
    }
    assert_eq!(Theme::new(true, &bundled()).hue("DE_ESCALATION"), Color::Indexed(43));
}

#[test]
fn added_categories_get_distinct_colours_of_their_own() {
    for (choice, palette) in [(Choice::default(), &DARK), (light(), &LIGHT)] {
        let mut categories = bundled();
        let added: Vec<String> = (0..palette.fallback.len()).map(|i| format!("ADDED_{i}")).collect();
        categories.extend(added.iter().map(|name| category(name, "XX", false)));
        let theme = Theme::chosen(true, &categories, &choice);
        let mut hues: Vec<Color> = added.iter().map(|name| theme.hue(name)).collect();
        let taken = |hue: &Color| palette.named.iter().any(|(_, named)| named == hue) || *hue == palette.unknown;
        assert!(!hues.iter().any(taken), "{hues:?}");
        hues.sort_by_key(|hue| format!("{hue:?}"));
        hues.dedup();
        assert_eq!(hues.len(), added.len(), "one colour each");
        // Deterministic: the same lexicon, the same colours.
        assert_eq!(Theme::chosen(true, &categories, &choice), theme);
    }
}

#[test]
fn de_escalation_follows_the_flag_not_the_name() {
    let categories = [category("RED_LINE", "RL", true), category("CALM", "CA", true), category("TALKS", "TA", false)];
    let theme = Theme::new(true, &categories);
    assert_eq!((theme.hue("RED_LINE"), theme.hue("CALM")), (DARK.de_escalating[0], DARK.de_escalating[1]));
    assert_eq!(theme.hue("TALKS"), DARK.fallback[0]);
    assert_eq!(theme.hue("NOT_IN_THE_LEXICON"), DARK.unknown);
}

#[test]
fn the_severity_badge_is_the_same_whatever_the_categories() {
    let bundled = Theme::new(true, &bundled());
    let none = Theme::new(true, &[]);
    for s in 0..=5 {
        assert_eq!(bundled.severity(s), none.severity(s));
        assert_eq!(bundled.severity(s), bundled.red_line("RED_LINE", s));
    }
}

#[test]
fn the_light_base_differs_from_the_dark_one_in_text_selection_status_and_dim_text() {
    let (dark, light) = (Theme::new(true, &bundled()), Theme::chosen(true, &bundled(), &light()));
    for (name, style) in [
        ("quote", Theme::quote as fn(&Theme) -> Style),
        ("selected", Theme::selected),
        ("status", Theme::status),
        ("dim", Theme::dim),
        ("mark", Theme::mark),
        ("bar", Theme::bar),
    ] {
        assert_ne!(style(&dark), style(&light), "{name}");
    }
    // A background is never left to the terminal's text colour on the light base.
    for style in [light.selected(), light.status(), light.search(), light.red_line("RED_LINE", 5)] {
        assert!(style.bg.is_some() && style.fg.is_some(), "{style:?}");
    }
    // No category is drawn in a light colour of the sixteen, which fades on white.
    let faint = [Color::White, Color::LightYellow, Color::LightCyan, Color::LightGreen, Color::Yellow];
    for c in bundled() {
        assert!(!faint.contains(&light.hue(&c.name)), "{}", c.name);
    }
}

#[test]
fn a_colour_given_to_a_tag_changes_that_category_and_nothing_else() {
    let categories = bundled();
    for base in [Base::Dark, Base::Light] {
        let plain = Theme::chosen(true, &categories, &Choice { base, colors: Vec::new() });
        let choice = Choice { base, colors: vec![("TH".into(), Color::Rgb(16, 32, 48)), ("ZZ".into(), Color::Red)] };
        let chosen = Theme::chosen(true, &categories, &choice);
        assert_eq!(chosen.hue("THREAT"), Color::Rgb(16, 32, 48));
        assert_eq!(chosen.red_line("THREAT", 3).fg, Some(Color::Rgb(16, 32, 48)));
        assert_eq!(chosen.tag("THREAT").fg, Some(Color::Rgb(16, 32, 48)));
        for c in categories.iter().filter(|c| c.name != "THREAT") {
            assert_eq!(chosen.hue(&c.name), plain.hue(&c.name), "{}", c.name);
        }
        assert_eq!(chrome(&chosen), chrome(&plain));
    }
    // A category of a user's lexicon is chosen by its tag too, and the next added category
    // still takes the first fallback colour.
    let mut categories = bundled();
    categories.extend([category("CHOKEPOINT", "CK", false), category("BLOCKADE", "BK", false)]);
    let choice = Choice { base: Base::Dark, colors: vec![("CK".into(), Color::Indexed(200))] };
    let theme = Theme::chosen(true, &categories, &choice);
    assert_eq!((theme.hue("CHOKEPOINT"), theme.hue("BLOCKADE")), (Color::Indexed(200), DARK.fallback[1]));
}

#[test]
fn no_color_wins_over_the_base_and_the_chosen_colours() {
    let colors = bundled().iter().map(|c| (c.tag.clone(), Color::Rgb(1, 2, 3))).collect();
    for base in [Base::Dark, Base::Light] {
        let theme = Theme::chosen(false, &bundled(), &Choice { base, colors: Vec::clone(&colors) });
        let mut styles = chrome(&theme).to_vec();
        for c in bundled() {
            styles.push(theme.tag(&c.name));
            styles.extend((0..=5).map(|s| theme.red_line(&c.name, s)));
        }
        assert!(styles.iter().all(|s| s.fg.is_none() && s.bg.is_none()), "{styles:?}");
        assert_eq!(
            chrome(&theme)[..11],
            [
                MONO.search,
                MONO.quote,
                MONO.selected,
                MONO.bar,
                MONO.mark,
                MONO.dim,
                MONO.heading,
                MONO.border,
                MONO.focused,
                MONO.status,
                MONO.error
            ]
        );
    }
}

#[test]
fn at_sixteen_colours_no_style_holds_a_colour_of_the_table() {
    use super::depth::Depth;
    let mut categories = bundled();
    categories.push(category("ADDED", "AD", false));
    for base in [Base::Dark, Base::Light] {
        let choice = Choice { base, colors: vec![("TH".into(), Color::Rgb(16, 32, 200))] };
        let theme = Theme::chosen(true, &categories, &choice).at_depth(Depth::Ansi);
        let mut styles = chrome(&theme).to_vec();
        styles.extend([theme.weak(), theme.speaker(), theme.cue()]);
        for c in &categories {
            styles.push(theme.tag(&c.name));
            styles.extend((0..=5).map(|s| theme.red_line(&c.name, s)));
        }
        let wide = |c: Option<Color>| matches!(c, Some(Color::Indexed(_) | Color::Rgb(..)));
        assert!(!styles.iter().any(|s| wide(s.fg) || wide(s.bg)), "{base:?}: {styles:?}");
        // The escalating categories of the bundled lexicon keep colours apart from each other.
        let theme = Theme::chosen(true, &categories, &Choice { base, colors: Vec::new() }).at_depth(Depth::Ansi);
        let mut hues: Vec<String> =
            palette_names(&theme).into_iter().map(|name| format!("{:?}", theme.hue(name))).collect();
        let n = hues.len();
        hues.sort();
        hues.dedup();
        assert_eq!(hues.len(), n, "{base:?}: {hues:?}");
    }
}

fn palette_names(theme: &Theme) -> Vec<&'static str> {
    theme.palette.named.iter().map(|(name, _)| *name).collect()
}

/// The hue of a colour of the 256-colour table in degrees, `None` for a grey.
fn hue(color: Color) -> Option<f64> {
    let Color::Indexed(i) = color else { return None };
    let (r, g, b) = super::depth::rgb_of(i);
    let (r, g, b) = (f64::from(r), f64::from(g), f64::from(b));
    let (max, min) = (r.max(g).max(b), r.min(g).min(b));
    if max - min < 1.0 {
        return None;
    }
    let h = if max == r {
        (g - b) / (max - min)
    } else if max == g {
        2.0 + (b - r) / (max - min)
    } else {
        4.0 + (r - g) / (max - min)
    };
    Some((h * 60.0).rem_euclid(360.0))
}

#[test]
fn at_256_colours_every_bundled_category_has_a_hue_of_its_own_that_search_and_focus_do_not_use() {
    for (choice, palette) in [(Choice::default(), &DARK), (light(), &LIGHT)] {
        let theme = Theme::chosen(true, &bundled(), &choice);
        let hues: Vec<f64> =
            bundled().iter().map(|c| hue(theme.hue(&c.name)).unwrap_or_else(|| panic!("{} is grey", c.name))).collect();
        for (i, a) in hues.iter().enumerate() {
            for b in &hues[i + 1..] {
                let apart = (a - b).abs().min(360.0 - (a - b).abs());
                assert!(apart >= 25.0, "{hues:?}: {a} and {b} are {apart}° apart");
            }
        }
        // Search and focus are greys (white, black, near-black): none of the hues above.
        let chrome =
            [palette.chrome.search.fg, palette.chrome.search.bg, palette.chrome.focused.fg, palette.chrome.bar.fg];
        let greys = [Color::White, Color::Black, Color::Indexed(236)];
        assert!(chrome.iter().flatten().all(|c| greys.contains(c)), "{chrome:?}");
    }
}

#[test]
fn search_matches_have_a_colour_of_their_own() {
    for choice in [Choice::default(), light()] {
        let theme = Theme::chosen(true, &bundled(), &choice);
        let search = theme.search().bg.expect("a background");
        assert_ne!(Some(search), theme.status().bg, "not the status line's");
        assert_ne!(Some(search), theme.selected().bg, "not the selection's");
        for c in bundled() {
            assert_ne!(search, theme.hue(&c.name), "{}", c.name);
        }
    }
}
