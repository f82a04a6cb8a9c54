//! The cue after a quote ([`super::super::after`]): a name and its descriptors or a long
//! apposition before the cue, a later comma's cue clause, a signature by a dash, a colon's
//! lead-in and a transcript's turn, `as` opening the attribution (`as Roe put it`), and a
//! clause a conjunction opens that is no cue: on invented sentences.

use super::{LEAD, person, who};
use crate::model::SpeakerBasis;

#[test]
fn colon_lead_in_dash_signature_and_transcript_turns() {
    let t = format!(
        "{LEAD}Maria Kovac told reporters:\n\
         “We will not move.”\n\
         “Stay calm and carry on.” ― Peter Lind\n\
         “KOVAC: Nothing more to add.”"
    );
    assert_eq!(person(&t, "We will not move.").0, "Maria Kovac");
    assert_eq!(person(&t, "Stay calm and carry on.").0, "Peter Lind");
    assert_eq!(person(&t, "KOVAC: Nothing more to add.").0, "Maria Kovac");
}

#[test]
fn a_long_apposition_after_the_quote_keeps_the_name_before_it() {
    let t = format!(
        "{LEAD}“The plan is fiscally sound,” Karin B. Stolt, director of the budget institute at the \
         national university and a former adviser to two finance ministers, said on Monday."
    );
    assert_eq!(person(&t, "The plan is fiscally sound,"), ("Karin B. Stolt".into(), SpeakerBasis::Cue));
}

#[test]
fn descriptors_may_stand_before_the_name_after_the_quote() {
    let t = format!("{LEAD}“We will appeal,” Harbour Authority press secretary Elin Ruud said at a briefing.");
    assert_eq!(person(&t, "We will appeal,"), ("Elin Ruud".into(), SpeakerBasis::Cue));
}

#[test]
fn a_cue_clause_after_a_later_comma_in_the_sentence_of_the_quote() {
    let t = format!("{LEAD}“Far too late” was how the vote went, said Maria Kovac, a farmer from the north.");
    assert_eq!(person(&t, "Far too late"), ("Maria Kovac".into(), SpeakerBasis::Cue));
}

#[test]
fn a_clause_after_the_quote_that_opens_with_a_conjunction_is_not_its_cue() {
    // "though … stressed that the priority …": neither the diplomat of another clause nor the
    // subject of the clause the cue reports
    let t = format!(
        "{LEAD}Ministry officials did not rule out “all measures to protect our people,” though one \
         diplomat, who spoke on condition of anonymity, stressed that the priority remained a deal.\n\
         River authorities did not rule out “new dams on the upper reaches,” though one engineer \
         stressed the cost."
    );
    let (name, basis, ..) = who(&t, "all measures to protect our people,").expect("a speaker");
    assert_eq!((name.as_str(), basis), ("Ministry officials", SpeakerBasis::Subject));
    let (name, basis, ..) = who(&t, "new dams on the upper reaches,").expect("a speaker");
    assert_eq!((name.as_str(), basis), ("River authorities", SpeakerBasis::Subject));
}

#[test]
fn a_paragraph_of_a_dash_and_a_name_signs_the_quote_before_it() {
    let t = format!(
        "{LEAD}We check the claims made in the debate.\n\
         “Almost all new income is going to the top one percent.”\n\
         - Jonas Berg.\n\
         The figure is out of date.\n\
         “I helped write that bill.”\n\
         - Berg.\n\
         “Nobody signs this one.”\n\
         - and then the debate moved on to trade and to the river border."
    );
    assert_eq!(
        person(&t, "Almost all new income is going to the top one percent."),
        ("Jonas Berg".into(), SpeakerBasis::Cue)
    );
    assert_eq!(person(&t, "I helped write that bill.").0, "Jonas Berg");
    // a longer line after a dash is no signature
    assert_ne!(who(&t, "Nobody signs this one.").map(|w| w.1), Some(SpeakerBasis::Cue));
}

#[test]
fn a_name_from_a_place_then_a_long_apposition_with_capitals_before_the_cue() {
    let t = format!(
        "{LEAD}“Not one more shell leaves this country until we have it in writing,” Senator Jane Roe \
         of Ohio, a member of the Foreign Relations Committee, said at a news conference."
    );
    assert_eq!(person(&t, "Not one more shell leaves this country until we have it in writing,").0, "Jane Roe");
}

#[test]
fn as_someone_put_it_attributes_the_words_before_or_after_it() {
    // `put it` is a cue, before a quote or after one with `as` opening the attribution
    let t = format!(
        "{LEAD}The fund was called “a lawful source of investment income,” as Karin Stolt put it.\n\n\
         As Maria Kovac put it on Monday, “The door is closed.”\n\n\
         “We will not move,” as Peter Lind said in Tallinn."
    );
    assert_eq!(person(&t, "a lawful source of investment income,"), ("Karin Stolt".into(), SpeakerBasis::Cue));
    assert_eq!(person(&t, "The door is closed.").0, "Maria Kovac");
    assert_eq!(person(&t, "We will not move,"), ("Peter Lind".into(), SpeakerBasis::Cue));
    // a thing put somewhere is no cue
    let t = format!("{LEAD}Karin Stolt put it on the table. “We wait,” Peter Lind said.");
    assert_eq!(person(&t, "We wait,").0, "Peter Lind");
}
