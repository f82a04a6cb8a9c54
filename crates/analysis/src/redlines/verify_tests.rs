//! Tests of the tail, prefix and context checks.

use std::sync::Arc;

use super::*;

fn ctx(f: &Folded) -> Ctx<'_> {
    Ctx::plain(f)
}

fn words(choices: &[&str], optional: bool, repeat: bool) -> Item {
    Item::Words { choices: Arc::new(choices.iter().collect()), optional, repeat }
}

#[test]
fn runs_take_commas_conjunctions_articles_and_quotes() {
    let f = Folded::new("met with a swift, a “severe” and united response", 0);
    let tail = [words(&["swift", "severe", "united"], false, true), words(&["response"], false, false)];
    assert_eq!(verify(&ctx(&f), 10, &tail), Some(f.text.len()));
}

#[test]
fn gaps_skip_hyphenated_tokens_but_not_clause_ends() {
    let f = Folded::new("gave the rebels a 48-hour deadline", 0);
    assert_eq!(verify(&ctx(&f), 4, &[Item::Gap, words(&["deadline"], false, false)]), None);
    let tail = [Item::Gap, Item::Gap, words(&["deadline"], false, false)];
    assert_eq!(verify(&ctx(&f), 4, &tail), Some(f.text.len()));
    let f = Folded::new("will, in the end, respond", 0);
    assert_eq!(verify(&ctx(&f), 4, &[Item::Gap, words(&["respond"], false, false)]), None);
}

#[test]
fn contexts_read_leftwards_with_exclusions() {
    let f = Folded::new("the storm threatens to", 0);
    let at = f.text.find("threatens").unwrap();
    assert!(verify_back(&ctx(&f), at, &[words(&["storm"], false, false)]));
    assert!(!verify_back(
        &ctx(&f),
        at,
        &[Item::Not { choices: Arc::new(["storm"].into_iter().collect()), name: false }]
    ));
    assert!(verify_back(&ctx(&f), at, &[words(&["the"], false, false), Item::Gap]));
}

#[test]
fn contexts_read_over_every_double_quote_mark_next_to_a_word() {
    // straight, curly, low-9 and guillemets: the context before the mark is read on
    for open in ["\"", "\u{201C}", "\u{201E}", "\u{AB}"] {
        let f = Folded::new(&format!("it would {open}pay a heavy price"), 0);
        let at = f.text.find("pay").unwrap();
        assert!(verify_back(&ctx(&f), at, &[words(&["would"], false, false)]), "{open}");
    }
    let f = Folded::new("it would 'pay a heavy price", 0);
    let at = f.text.find("pay").unwrap();
    assert!(!verify_back(&ctx(&f), at, &[words(&["would"], false, false)]), "a single mark is an apostrophe");
}

#[test]
fn a_name_may_close_its_clause() {
    // `China.` and `Japan,` are names before the mark that ends them; a gap's word is not
    let f = Folded::new("ready to work with China. Then", 0);
    let name = |s: usize, e: usize| f.text[s..e].starts_with("china");
    let ctx = Ctx { name: Some(&name), ..Ctx::plain(&f) };
    let at = f.text.find(" china").unwrap();
    assert_eq!(verify(&ctx, at, &[Item::Name(Default::default())]), Some(at + " china".len()));
    assert_eq!(verify(&ctx, at, &[Item::Gap, words(&["then"], false, false)]), None);
    // an abbreviation keeps its dot and reads on (`the U.S. to press`)
    let f = Folded::new("called upon the U.S. to press", 0);
    let name = |s: usize, e: usize| f.text[s..e].starts_with("u.s");
    let ctx = Ctx { name: Some(&name), ..Ctx::plain(&f) };
    let at = f.text.find(" u.s.").unwrap();
    let tail = [Item::Name(Default::default()), words(&["to"], false, false)];
    assert_eq!(verify(&ctx, at, &tail), Some(f.text.find(" press").unwrap()));
}

#[test]
fn a_clause_reads_up_to_its_comma_within_its_sentence() {
    let f = Folded::new("if the boats keep coming, we will act. then", 0);
    let (we, then) = (f.text.find("we ").unwrap(), f.text.find(" then").unwrap());
    let condition = [words(&["if"], false, false), Item::Clause];
    assert!(verify_back(&ctx(&f), we, &condition));
    assert!(!verify_back(&ctx(&f), we, &[words(&["if"], false, false), Item::Gap]), "a gap's words close no clause");
    let at = f.text.find(" the").unwrap();
    let tail = [Item::Clause, words(&["we"], false, false)];
    assert_eq!(verify(&ctx(&f), at, &tail), Some(we + "we".len()));
    // the end of a sentence is in no clause, either way
    assert!(!verify_back(&ctx(&f), then + 1, &condition));
    assert_eq!(verify(&ctx(&f), we - 1, &[Item::Clause, words(&["then"], false, false)]), None);
}

fn near(choices: &[&str]) -> Item {
    Item::NotNear { choices: Arc::new(choices.iter().collect()), name: false }
}

#[test]
fn a_word_near_excludes_within_six_words_of_the_clause() {
    let f = Folded::new("the red line on the ministry's flood maps held", 0);
    let end = f.text.find(" on").unwrap();
    assert_eq!(verify(&ctx(&f), end, &[near(&["maps"])]), None, "maps is the fifth word after");
    assert_eq!(verify(&ctx(&f), end, &[near(&["held"])]), None, "held is the sixth");
    assert_eq!(verify(&ctx(&f), end, &[near(&["rivers"])]), Some(end));
    // a comma closes the clause: what follows it is not near
    let f = Folded::new("a red line, and no map changes that", 0);
    let end = f.text.find(',').unwrap();
    assert_eq!(verify(&ctx(&f), end, &[near(&["map"])]), Some(end));
    // seven words on is not near
    let f = Folded::new("a red line for the two sides in this long dispute map", 0);
    let end = f.text.find(" for").unwrap();
    assert_eq!(verify(&ctx(&f), end, &[near(&["map"])]), Some(end));
}

#[test]
fn a_word_near_excludes_leftwards_too() {
    let f = Folded::new("the city metro has a red line", 0);
    let at = f.text.find("red").unwrap();
    assert!(!verify_back(&ctx(&f), at, &[near(&["metro"])]));
    assert!(verify_back(&ctx(&f), at, &[near(&["river"])]));
}
