//! Red-line senses of the thirty-fifth round on invented sentences: an administrative
//! deadline or penalty (fines for late filers, a tax return to file, sanctions that are fines,
//! a mayor's budget voted down, a filing deadline a tax office will not extend) is no red line,
//! while the same frames between states still are. Every sentence here is made up for the
//! test.

#[path = "common/red_lines.rs"]
mod red_lines;

use red_lines::{LEAD, marked, none};

#[test]
fn fines_and_penalties_for_late_filers_are_no_threat() {
    none(
        "TALLINN, May 2 — The Tax Board reminded shop owners that returns are due on May 15, and warned that late filers would face fines.",
    );
    none(
        "VILNIUS, May 2 — The customs office reminded importers that declarations are due on Friday, and warned that importers who miss it would face penalties.",
    );
    let t = format!("{LEAD}Warsaw warned that Minsk would face new measures if the border stayed closed.");
    assert!(marked(&t, "warned that", "TH"));
}

#[test]
fn sanctions_that_are_fines_are_no_threat() {
    none(
        "RIGA, June 3 — Fishing crews that exceed the quota will face sanctions including fines and the loss of their licences.",
    );
    none("RIGA, June 3 — Landlords who ignore the rules will face sanctions of up to 5,000 euros.");
    let t = format!("{LEAD}The foreign minister said Tehran would face further sanctions over the enrichment.");
    assert!(marked(&t, "sanctions", "TH"));
}

#[test]
fn a_filing_date_is_no_ultimatum_but_a_date_to_withdraw_is() {
    none("RIGA, Latvia, March 1 — Shops in the Latgale Region have until April 30 to file their annual returns.");
    none("RIGA, Latvia, March 1 — Bidders in the Latgale Region have until April 15 to submit offers for the plant.");
    // the date given stays an ultimatum frame; the fine it threatens is no second one
    let t = "Vilnius gave restaurant owners until June 1 to fit fire alarms or face fines.";
    assert!(!marked(t, "or face", "UL"));
    let t = format!("{LEAD}The ministry said Moscow had until Friday to withdraw its warships from the strait.");
    assert!(marked(&t, "had until", "UL"));
    let t = format!("{LEAD}Vilnius gave the carrier until June 1 to restore the flights or face a ban on landing.");
    assert!(marked(&t, "until June 1", "UL"));
    assert!(marked(&t, "or face a ban", "TH"));
}

#[test]
fn a_council_voting_down_a_mayors_budget_is_no_refusal() {
    none("Tallinn's city council rejected the mayor's proposed budget for the second time on Tuesday.");
    let t = format!("{LEAD}Beijing rejected the proposal for talks on the reef.");
    assert!(marked(&t, "rejected the proposal", "RF"));
}

#[test]
fn a_tax_office_refusing_to_extend_a_filing_deadline_is_no_refusal() {
    // the words of a filing deadline make the article one of another domain than diplomacy
    none(
        "RIGA, April 2 — Latvia's tax department said on Monday it would not extend the filing deadline of \
         April 30, despite requests from accountants.\n\n\
         “There will be no further extension,” a spokeswoman said. Late filers pay a penalty of 5 percent, \
         and annual returns can be filed online.",
    );
    let t = format!("{LEAD}Moscow said it would not extend the deadline for the grain ships to leave the port.");
    assert!(marked(&t, "would not extend", "RF"));
}
