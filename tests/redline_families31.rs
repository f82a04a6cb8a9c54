//! Red lines of the thirty-first round on invented sentences: words of international affairs
//! (`bilateral`, `territory`, `tensions`, `coast guard`…) that keep an article about a dispute
//! between states from being read as ordinary news when its story also has passengers or a
//! councillor. Every sentence here is made up for the test.

#[path = "common/red_lines.rs"]
mod red_lines;

use red_lines::marked;

#[test]
fn a_dispute_between_states_told_through_its_passengers_keeps_its_red_lines() {
    let t = "A Chinese coast guard vessel stopped a ferry carrying 40 passengers near the disputed island on Sunday.\n\n\
             Vietnam accused China of harassing the passengers and said the incident raised tensions over the territory.\n\n\
             A local councillor said bilateral ties would suffer.";
    assert!(marked(t, "accused", "GR"));
}
