//! Cue families of the twenty-fourth red-line round on invented sentences. Every sentence
//! here is made up for the test.

#[path = "common/red_lines.rs"]
mod red_lines;

use red_lines::marked;

#[test]
fn an_appeal_to_both_sides_for_restraint_is_de_escalation() {
    // a third party asking both sides (or no one in particular) to hold back: CAMEO's
    // appeal for de-escalation, not a demand on one actor
    let t = "The African Union urged both governments to exercise maximum restraint along the Kivu border.";
    assert!(marked(t, "urged both governments to exercise maximum restraint", "DE"));
    let t = "Qatar called on all parties to show restraint after the clash near the dam.";
    assert!(marked(t, "called on all parties to show restraint", "DE"));
    let t = "The European Union urged restraint after the border clash between Gabon and Cameroon.";
    assert!(marked(t, "urged restraint", "DE"));
    // one actor urged to hold back is still a demand on it
    let t = "Washington urged Beijing to exercise restraint around the Paracel Islands.";
    assert!(!marked(t, "urged Beijing to exercise restraint", "DE"));
}
