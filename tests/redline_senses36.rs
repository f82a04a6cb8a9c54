//! Sense rules of the thirty-sixth round on invented sentences: a date at the end of a period
//! is an ultimatum only beside a demand or threat (a refusal beside it sets no deadline); the
//! ball is in the court of a state or capital (or theirs), not a company's or a ministry's.
//! Every sentence here is made up for the test.

#[path = "common/red_lines.rs"]
mod red_lines;

use red_lines::{LEAD, marked};

#[test]
fn the_end_of_a_period_needs_a_demand_or_threat_not_a_refusal() {
    let t = format!("{LEAD}Ankara demanded an apology from Athens by the end of the year.");
    assert!(marked(&t, "by the end of the year", "UL"));
    let t = format!(
        "{LEAD}Ankara refused to extend the deal, and the talks in Brussels will resume by the end of the year."
    );
    assert!(!marked(&t, "by the end of the year", "UL"));
}

#[test]
fn the_ball_in_anothers_court_is_a_state_or_capitals() {
    let t = format!("{LEAD}Minsk said the ball is now in Vilnius's court.");
    assert!(marked(&t, "the ball is now in Vilnius's court", "UL"));
    // a company's or a ministry's court, in a dispute over pay, is no ultimatum between states
    let t = format!("{LEAD}The union in Lima said the ball is in the company's court.");
    assert!(!marked(&t, "the ball is in the company's court", "UL"));
}
