//! Word-sense rules of the twentieth session on invented sentences: a red line drawn on a map
//! or a canvas, no compromise on a product's quality, a deadline missed, sanctions for
//! contempt of court — each beside the diplomatic sense that must still count. Every sentence
//! here is made up for the test.

#[path = "common/red_lines.rs"]
mod red_lines;

use red_lines::{marked, none};

#[test]
fn a_red_line_drawn_is_no_limit_set() {
    none("On the forecasters' map, the band of heaviest rain was marked by a red line running to the coast.");
    none("The gallery's new piece is a single red line drawn across a white canvas in Tbilisi.");
    none("The council voted to extend the metro's planned red line to the new harbour district.");
    let t = "Any move on the islands would cross a red line, the Greek foreign minister warned Ankara.";
    assert!(marked(t, "red line", "RL"));
}

#[test]
fn no_compromise_on_a_product_is_no_refusal() {
    none("The chef says there will be no compromise on quality when the restaurant opens in Doha.");
    none("“There is no compromise on freshness,” the baker told the Lisbon daily on Monday.");
    let t = "“There will be no compromise on our sovereignty,” the Qatari foreign minister told reporters.";
    assert!(marked(t, "There will be no compromise", "RF"));
}

#[test]
fn a_deadline_missed_is_no_ultimatum() {
    let t =
        "Morocco refused to hand over the papers and had missed a deadline to submit them, officials in Rabat said.";
    assert!(!marked(t, "deadline", "UL"));
    let t = "Minsk refused to reopen the crossing and ignored a deadline to free the detained truckers, Vilnius said.";
    assert!(marked(t, "deadline", "UL"));
}

#[test]
fn sanctions_for_contempt_of_court_are_no_threat() {
    none("A Nairobi judge warned county officials they could face sanctions for contempt of the order.");
    let t = "The European Union warned Belgrade it could face sanctions if it kept the border closed.";
    assert!(marked(t, "face sanctions", "TH"));
}
