//! Tests of [`super`]: folding, the map back, and words.

use super::*;

fn w(t: &str) -> Vec<&str> {
    fold_and_split(t, 0..t.len(), &mut ()).1.into_iter().map(|w| &t[w.range]).collect()
}

fn fold(s: &str) -> String {
    Folded::new(s, 0).text
}

#[test]
fn folds_case_apostrophes_dashes_and_space() {
    assert_eq!(fold("Japan’s  MILITARY\u{2011}technical"), "japan's militarytechnical");
    assert_eq!(fold("Eur-opean Union"), "european union");
    assert_eq!(fold("Euro\u{AD}pean"), "european");
    assert_eq!(fold("war – peace"), "war - peace");
}

#[test]
fn maps_back_to_original_ranges() {
    let s = "The Eur-opean  Union’s";
    let f = Folded::new(s, 10);
    let at = f.text.find("european union").unwrap();
    let (a, b) = f.original_range(s, at, at + "european union".len());
    assert_eq!(&s[a - 10..b - 10], "Eur-opean  Union");
}

#[test]
fn maps_back_through_characters_that_change_length() {
    // 'İ' folds to three bytes from two, '’' to one from three, 'É' to two from two.
    let s = "İZMİR’s  ÉLAN\u{AD}S — ok";
    let f = Folded::new(s, 0);
    for (word, original) in [("i̇zmi̇r's", "İZMİR’s"), ("élans", "ÉLAN\u{AD}S"), ("ok", "ok"), ("- ok", "— ok")]
    {
        let at = f.text.find(word).unwrap();
        let (a, b) = f.original_range(s, at, at + word.len());
        assert_eq!(&s[a..b], original);
    }
}

#[test]
fn a_phrase_folds_as_a_text_does() {
    for p in ["Will NOT wait", "  red   line ", "Japan\u{2019}s", "Eur-opean", "a\tb", "`x`", "\u{c9}lan", "", "u.s."] {
        assert_eq!(Folded::phrase(p), fold(p.trim()), "{p:?}");
    }
}

#[test]
fn removed_hyphen_is_a_boundary() {
    let f = Folded::new("Iran-backed", 0);
    assert_eq!(f.text, "iranbacked");
    assert!(f.boundary_after(4));
    assert!(!f.boundary_after(3));
}

#[test]
fn words_keep_inner_joins_and_drop_possessives() {
    assert_eq!(
        w("O’Brien met Al-Assad’s men, the U.S. said."),
        ["O’Brien", "met", "Al-Assad", "men", "the", "U.S", "said"]
    );
    assert_eq!(w("doesn’t – stop"), ["doesn’t", "stop"]);
}

proptest::proptest! {
    /// A phrase (trimmed) folds to what the pass makes of the same text: the phrase folding of
    /// redline-patterns and the pass read the same character rules in two loops.
    #[test]
    fn a_phrase_folds_as_a_text_does_always(p in "[aZ9 .'\u{2019}\u{2013}\u{2014}\u{AD}\u{200B}\u{130}\u{E9}\u{A0}`\t\n\x0b-]{0,24}") {
        proptest::prop_assert_eq!(Folded::phrase(&p), fold(p.trim()));
    }

    /// Splitting into words in the same pass changes nothing of the folding, and the words
    /// lie inside the range, in order and apart, each starting with a letter or digit.
    #[test]
    fn splitting_in_the_pass_keeps_the_folding_and_words_apart(
        t in "[aZ9 .'\u{2019}\u{2013}\u{AD}\u{130}\u{E9}`\n-]{0,40}",
        from in 0usize..4,
    ) {
        let from = (0..=from.min(t.len())).rev().find(|&k| t.is_char_boundary(k)).unwrap_or(0);
        let (folded, words) = fold_and_split(&t, from..t.len(), &mut ());
        let alone = Folded::new(&t[from..], from);
        proptest::prop_assert_eq!(&folded.text, &alone.text);
        proptest::prop_assert_eq!(&folded.soft, &alone.soft);
        for pair in words.windows(2) {
            proptest::prop_assert!(pair[0].range.end < pair[1].range.start);
        }
        for w in &words {
            proptest::prop_assert!(from <= w.range.start && w.range.start < w.range.end && w.range.end <= t.len());
            proptest::prop_assert!(t[w.range.clone()].starts_with(|c: char| c.is_alphanumeric()));
        }
    }
}

#[test]
fn an_unquoted_copy_drops_double_marks_and_maps_back_over_them() {
    let text = "He would «pay a “heavy” price», and \"more\" – they’re sure.";
    let f = Folded::unquoted(text, 10);
    assert_eq!(f.text, "he would pay a heavy price, and more - they're sure.");
    let start = f.text.find("pay").unwrap();
    let end = f.text.find(',').unwrap();
    // the range runs from `pay` to `price`, the marks inside it included
    let (a, b) = f.original_range(text, start, end);
    assert_eq!(&text[a - 10..b - 10], "pay a “heavy” price");
    assert_eq!(f.dropped().count(), 6);
    assert_eq!(Folded::new(text, 0).dropped().count(), 0);
}
