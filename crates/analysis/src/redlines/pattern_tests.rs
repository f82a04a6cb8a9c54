use super::*;
use crate::redlines::expand::inflect;
use crate::redlines::matcher::Matcher;
use crate::text::fold::Folded;

fn matches(pattern: &str, text: &str) -> Vec<String> {
    let m = Matcher::new(&[pattern]).unwrap();
    let f = Folded::new(text, 0);
    m.find_all(&f)
        .into_iter()
        .map(|h| {
            let (a, b) = f.original_range(text, h.start, h.end);
            text[a..b].to_string()
        })
        .collect()
}

fn validate(pattern: &str) -> Result<Compiled, PatternError> {
    let classes = Classes::from([("verb".to_string(), vec!["stop".to_string(), "end".to_string()].into())]);
    compile(pattern, &classes)
}

#[test]
fn words_choices_options_and_inflections() {
    assert_eq!(
        matches("(will|shall) not [endlessly] wait", "They shall not endlessly wait."),
        ["shall not endlessly wait"]
    );
    assert_eq!(matches("(will|shall) not [endlessly] wait", "They will not wait"), ["will not wait"]);
    assert_eq!(matches("threaten~", "threatened, Threatens; threatening"), ["threatened", "Threatens", "threatening"]);
    assert_eq!(matches("tolerate~", "no longer tolerated"), ["tolerated"]);
    assert!(matches("red line~", "redline and red linen").is_empty());
}

#[test]
fn numbers_and_gaps() {
    assert_eq!(
        matches("within {num} days", "within 30 days or within three days"),
        ["within 30 days", "within three days"]
    );
    assert_eq!(matches("not ... wait forever", "they do not intend to wait forever"), ["not intend to wait forever"]);
    assert!(matches("not ... wait forever", "not a b c d wait forever").is_empty());
    assert_eq!(matches("met with ... response", "met with a “severe” response"), ["met with a “severe” response"]);
}

#[test]
fn repeats_join_with_commas_and_conjunctions() {
    let p = "(swift|severe|united)+ response";
    assert_eq!(matches(p, "a swift, a severe and a united response"), ["swift, a severe and a united response"]);
    assert_eq!(matches(p, "a “swift”, severe response"), ["“swift”, severe response"]);
    assert_eq!(matches("(will|would) [also] retaliate", "they would also retaliate"), ["would also retaliate"]);
    assert_eq!(
        matches("trigger a (swift|severe)+ response", "trigger a swift and severe response"),
        ["trigger a swift and severe response"]
    );
    assert!(matches(p, "swift. Response").is_empty());
}

#[test]
fn hyphenation_and_apostrophes() {
    assert_eq!(
        matches("military-technical measure~", "Military\u{2011}technical measures"),
        ["Military\u{2011}technical measures"]
    );
    assert_eq!(matches("won't wait", "we won’t wait"), ["won’t wait"]);
}

#[test]
fn contexts_are_split_from_the_highlight() {
    let c = validate("@Name [has] <threaten~ to> !(be)").unwrap();
    assert!(c.heads.contains(&"threatened to".to_string()));
    assert_eq!(c.before.len(), 2);
    assert_eq!(c.after, [Item::Not { choices: vec!["be".into()].into(), name: false }]);
    let c = validate("<must @verb>").unwrap();
    assert_eq!(c.heads, ["must stop", "must end"]);
    // the anchor is the run whose shortest literal is longest; a repeat is read leftwards
    let c = validate("(stop|end)+ now").unwrap();
    assert_eq!(c.heads, ["now"]);
    assert!(matches!(c.prefix[..], [Item::Words { repeat: true, .. }]));
    let c = validate("(will|would) ... retaliate").unwrap();
    assert_eq!((c.heads.as_slice(), c.prefix.len()), (&["retaliate".to_string()][..], 2));
}

#[test]
fn bad_patterns_say_where() {
    assert_eq!(validate("(a|b").unwrap_err().column, 0);
    assert_eq!(validate("a {nums}").unwrap_err().column, 2);
    assert!(validate("[a]").is_err());
    assert!(validate("[a] b").is_ok());
    assert!(validate("a~b").is_err());
    assert!(validate("x (a|(b))").is_err());
    assert_eq!(validate("a @nope").unwrap_err().column, 2);
    assert_eq!(validate("a < b").unwrap_err().column, 2);
    assert_eq!(validate("<a @Name>").unwrap_err().column, 3);
    assert!(validate("(@Name|@verb) <a>").is_ok());
    assert!(validate("[@Name|x] <a>").is_err());
    assert!(validate("!a <b>").is_ok());
    assert!(validate("<!a b>").is_ok(), "an exclusion inside the highlight is read leftwards from its anchor");
    assert!(validate("<a> !").is_err());
}

#[test]
fn inflections_follow_spelling_rules() {
    assert!(inflect("stop").contains(&"stopped".to_string()));
    assert!(inflect("expel").contains(&"expelled".to_string()));
    assert!(inflect("control").contains(&"controlled".to_string()));
    assert!(inflect("visit").contains(&"visited".to_string()));
    assert!(!inflect("visit").contains(&"visitted".to_string()));
    assert!(inflect("agree").contains(&"agreed".to_string()));
    assert!(!inflect("agree").contains(&"agreeed".to_string()));
    assert!(inflect("deny").contains(&"denied".to_string()));
    assert!(inflect("cross").contains(&"crosses".to_string()));
    assert!(inflect("tolerate").contains(&"tolerating".to_string()));
}
