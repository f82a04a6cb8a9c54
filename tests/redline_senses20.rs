//! Word-sense rules of the twentieth session on invented sentences: a red line drawn on a map
//! or a canvas, no compromise on a product's quality, a deadline missed, sanctions for
//! contempt of court — each beside the diplomatic sense that must still count — and the words
//! of sport, food and the arts that tell an article of another domain. Every sentence here is
//! made up for the test.

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
    // nor is a deadline merely mentioned beside a refusal: the word alone was a wrong highlight
    // sixteen times in seventeen on the invented batches; a deadline set or given is read by
    // its own cues
    let t = "Minsk refused to reopen the crossing and ignored a deadline to free the detained truckers, Vilnius said.";
    assert!(!marked(t, "deadline", "UL"));
}

#[test]
fn sanctions_for_contempt_of_court_are_no_threat() {
    none("A Nairobi judge warned county officials they could face sanctions for contempt of the order.");
    let t = "The European Union warned Belgrade it could face sanctions if it kept the border closed.";
    assert!(marked(t, "face sanctions", "TH"));
}

#[test]
fn the_words_of_a_sport_tell_an_article_of_another_domain() {
    let sport = "LYON, May 3 - A French cycling team was suspended from racing for 30 days on Monday after \
                 two of its riders tested positive in a doping control at a race near Grenoble.\n\n\
                 The governing body said the team had filed its papers late and had refused to cooperate \
                 with its doping inspectors on three occasions, and that its athletes would miss the next two races.";
    none(sport);
    // the same refusal in a diplomatic article still counts
    let t = "LYON, May 3 - France summoned the Algerian ambassador on Monday over the detention of two \
             French journalists near the border.\n\n\
             The foreign ministry said Algiers had filed its reply late and had refused to cooperate \
             with French consular officials on three occasions.";
    assert!(marked(t, "refused to", "RF"));
}
