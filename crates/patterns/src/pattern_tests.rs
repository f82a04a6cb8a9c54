//! Tests of [`super`]: patterns compiled into anchors, parts and contexts, and their errors.

use super::*;
use crate::expand::inflect;

fn validate(pattern: &str) -> Result<Compiled, PatternError> {
    let classes = Classes::from([("verb".to_string(), Arc::new(["stop", "end"].into_iter().collect()))]);
    compile(pattern, &classes)
}

#[test]
fn contexts_are_split_from_the_highlight() {
    let c = validate("@Name [has] <threaten~ to> !(be)").unwrap();
    assert!(c.heads.contains(&"threatened to".to_string()));
    assert_eq!(c.before.len(), 2);
    assert_eq!(c.after, [Item::Not { choices: Arc::new(["be"].into_iter().collect()), name: false }]);
    let c = validate("<must @verb>").unwrap();
    assert_eq!(c.heads, ["must stop", "must end"]);
    // the anchor is the run whose shortest literal is longest; a repeat is read leftwards
    let c = validate("(stop|end)+ now").unwrap();
    assert_eq!(c.heads, ["now"]);
    assert!(matches!(c.prefix[..], [Item::Words { repeat: true, .. }]));
    let c = validate("if {clause} we <will act>").unwrap();
    assert!(matches!(c.before[..], [Item::Words { .. }, Item::Clause, Item::Words { .. }]));
    let c = validate("<red line> !...(map|maps)").unwrap();
    assert_eq!(c.after, [Item::NotNear { choices: Arc::new(["map", "maps"].into_iter().collect()), name: false }]);
    let c = validate("(will|would) ... retaliate").unwrap();
    assert_eq!((c.heads.as_slice(), c.prefix.len()), (&["retaliate".to_string()][..], 2));
}

#[test]
fn bad_patterns_say_where() {
    assert_eq!(validate("(a|b").unwrap_err().column, 0);
    assert_eq!(validate("a {nums}").unwrap_err().column, 2);
    assert_eq!(validate("if {clauses} <b>").unwrap_err().column, 3);
    assert!(validate("[a]").is_err());
    assert!(validate("[a] b").is_ok());
    assert!(validate("a~b").is_err());
    assert!(validate("x (a|(b))").is_err());
    assert_eq!(validate("a @nope").unwrap_err().column, 2);
    assert_eq!(validate("a < b").unwrap_err().column, 2);
    assert_eq!(validate("<a @Name>").unwrap_err().column, 3);
    assert_eq!(validate("<a> !...").unwrap_err().column, 4);
    // a number or clause in a choice would be read as its letters and never match
    assert_eq!(validate("sent (a|{num}) ships").unwrap_err().column, 8);
    assert_eq!(validate("sent [{num}] ships").unwrap_err().column, 6);
    assert_eq!(validate("of (spying|working for ... intelligence)").unwrap_err().column, 11);
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
