//! Cue families of the twenty-seventh red-line round on invented sentences: legal steps
//! threatened against another party. Every sentence here is made up for the test.

#[path = "common/red_lines.rs"]
mod red_lines;

use red_lines::marked;

#[test]
fn a_legal_step_to_come_against_another_party_is_a_threat() {
    let t = "Panama said it would pursue all legal remedies available under its trade agreement with Ottawa.";
    assert!(marked(t, "would pursue all legal remedies", "TH"));
    let t = "The Estonian government said it was prepared to take legal action against Moscow over the seized barges.";
    assert!(marked(t, "prepared to take legal action", "TH"));
    let t = "Michigan said it would seek a federal injunction if the Canadian operator kept the pipeline open.";
    assert!(marked(t, "would seek a federal injunction", "TH"));
    let t = "Colombia is examining legal options against Nicaragua, the foreign ministry in Bogota said.";
    assert!(marked(t, "examining legal options", "TH"));
}

#[test]
fn a_legal_step_in_news_of_another_domain_is_no_red_line() {
    // a club's lawsuit against its league: the words of sport around it tell it apart
    let t = "The club said it would take legal action against the league over the points deduction. \
             The coach said the players and the fans deserved better after a season of wages paid late.";
    assert!(!marked(t, "would take legal action", "TH"));
}
