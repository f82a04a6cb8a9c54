//! Red lines of the thirty-third round on invented sentences: an act the sentence before it
//! dates to an earlier time is background (a sentence opening with a date, a date followed by
//! `when`, `at the time` just before the act).
//! Every sentence here is made up for the test.

#[path = "common/red_lines.rs"]
mod red_lines;

use red_lines::{hit, marked};

const LEAD: &str = "Talks between the two capitals ended on Monday.\n\n";

#[test]
fn an_act_the_sentence_dates_to_an_earlier_time_is_background() {
    // the same act, undated, is a threat
    let t = format!("{LEAD}Azerbaijan threatened to close the border with Armenia.");
    assert!(marked(&t, "threatened to close", "TH"));
    // a sentence that opens with a date
    let t = format!("{LEAD}In March 2019, Azerbaijan threatened to close the border with Armenia.");
    assert!(hit(&t, "threatened to close", "TH").is_none());
    // a date followed by `when`
    let t = format!("{LEAD}The two neighbours quarrelled over the dam, and Egypt threatened to cut off talks.");
    assert!(marked(&t, "threatened to cut off", "TH"));
    let t =
        format!("{LEAD}The two neighbours quarrelled over the dam in 2021, when Egypt threatened to cut off talks.");
    assert!(hit(&t, "threatened to cut off", "TH").is_none());
    // `at the time` just before the act
    let t = format!(
        "{LEAD}Bulgaria expelled ten Russian diplomats last spring, and Moscow at the time threatened to close its embassy in Sofia."
    );
    assert!(hit(&t, "threatened to close", "TH").is_none());
    // a future word after the date keeps the act one to come
    let t = format!("{LEAD}In 2027, Hungary will threaten to close the border with Serbia, the minister warned.");
    assert!(marked(&t, "threaten to close", "TH"));
}
