//! Cue families of the twenty-third red-line round on invented sentences: a time phrase
//! between a verb and what its pattern reads after it (`protested on Tuesday against`).
//! Every sentence here is made up for the test.

#[path = "common/red_lines.rs"]
mod red_lines;

use red_lines::marked;

#[test]
fn a_time_phrase_after_the_verb_is_read_over() {
    // after the highlight: the words a pattern requires after `protested`
    let t = "Gabon protested on Tuesday against Equatorial Guinea's award of an offshore block.";
    assert!(marked(t, "protested", "GR"));
    let t = "Gabon protested yesterday over Equatorial Guinea's award of an offshore block.";
    assert!(marked(t, "protested", "GR"));
    // inside the highlight: the tail after the anchor
    let t = "Amman warned on Wednesday that it would punish any smuggling gang crossing from Syria.";
    assert!(marked(t, "warned on Wednesday that", "TH"));
    // what is not a time phrase is not read over
    let t = "Gabon protested in Libreville against Equatorial Guinea's award of an offshore block.";
    assert!(!marked(t, "protested", "GR"));
}

#[test]
fn gale_force_winds_are_no_force() {
    let t = "Iceland's Meteorological Office warned on Tuesday of gale force winds across the north.";
    assert!(!marked(t, "force", "TH"));
}
