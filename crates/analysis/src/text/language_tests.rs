//! Tests of [`super`]: the bundled word tables and the given names.

use super::*;

#[test]
fn bundled_data_loads_and_lowercases_cues() {
    let l = Language::bundled();
    assert_eq!(l.cue_pairs["according"], ["to"]);
    assert!(l.lower_word("He").pronoun);
    assert!(l.cased_word("President").title);
    assert!(l.byline_prefixes.first().unwrap().len() >= l.byline_prefixes.last().unwrap().len());
}

#[test]
fn word_lookups_agree_with_the_lists() {
    let l = Language::bundled();
    let lower = |w: &str| l.lower_word(w);
    assert!(lower("said").cue && lower("according").cue_first && !lower("according").cue);
    assert!(lower("he").pronoun && lower("van").particle && !lower("van").cue);
    assert!(lower("minister").role && lower("ministers").role_plural && !lower("ministers").role);
    assert!(lower("Said").cue && lower("MINISTERS").role_plural && lower("Él").pronoun == lower("él").pronoun);
    assert_eq!(lower("sad"), LowerWord::default());
    assert!(l.cased_word("President").title && !l.cased_word("president").title);
    assert!(l.cased_word("Gen").title_with_dot && !l.cased_word("Gen").title);
    assert!(l.cased_word("The").not_name);
}

#[test]
fn given_names_are_found_with_their_gender_and_bad_lines_are_located() {
    let lang = Language::bundled();
    assert_eq!(lang.given_name("Maria"), Some(Some(Gender::Female)));
    assert_eq!(lang.given_name("Peter"), Some(Some(Gender::Male)));
    assert_eq!(lang.given_name("Ministry"), None);
    let unsorted = Language::bundled().with_given_names("# names\nZoe f\nAda f\r\nKim u\n", "n.txt").unwrap();
    assert_eq!(unsorted.given_name("Ada"), Some(Some(Gender::Female)));
    assert_eq!(unsorted.given_name("Kim"), Some(None));
    assert_eq!(unsorted.given_name("Maria"), None, "a file of names replaces the bundled one");
    let e = Language::bundled().with_given_names("Ada f\nBob x\n", "n.txt").unwrap_err();
    assert_eq!((e.file.as_str(), e.line), ("n.txt", 2));
}

#[test]
fn the_bundled_given_names_table_is_the_one_read_from_the_file() {
    assert_eq!(BUNDLED_ENTRIES, given_names::entries(BUNDLED_GIVEN_NAMES).unwrap());
    let given = &Language::bundled().given_names;
    assert!(given.names.len() > 8_000);
    assert!(given.names.is_sorted_by(|a, b| given.name(a) <= given.name(b)));
}

#[test]
fn description_openers_passive_auxiliaries_and_coordinators_are_read() {
    let l = Language::bundled();
    assert!(l.lower_word("The").description_opener && l.lower_word("his").description_opener);
    assert!(l.lower_word("was").passive_auxiliary && !l.lower_word("has").passive_auxiliary);
    assert!(l.lower_word("and").coordinator && !l.lower_word("in").coordinator);
    assert!(l.lower_word("with").absolute_opener && !l.lower_word("in").absolute_opener);
}
