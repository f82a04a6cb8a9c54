//! Cue families of the twenty-first red-line round on invented sentences: a state warning
//! another against a step is a threat (writers mark it so), a vow to retaliate read over a
//! time adjunct. Every sentence here is made up for the test.

#[path = "common/red_lines.rs"]
mod red_lines;

use red_lines::marked;

#[test]
fn a_state_warning_another_against_a_step_is_a_threat() {
    let t = "Moscow has warned Seoul repeatedly against supplying artillery shells to Kyiv.";
    assert!(marked(t, "warned", "TH"));
    let t = "Ankara warned Athens against any attempt to extend its territorial waters, the ministry said.";
    assert!(marked(t, "warned", "TH"));
    assert!(!marked(t, "warned", "DM"), "no longer a demand");
    // cautioning another is a demand still
    let t = "Berlin cautioned Warsaw against any attempt to close the border crossing, the ministry said.";
    assert!(marked(t, "cautioned", "DM"));
}

#[test]
fn a_vow_to_retaliate_is_read_over_a_time_adjunct() {
    let t = "China vowed on Tuesday to retaliate against the Netherlands after The Hague seized a chipmaker.";
    assert!(marked(t, "vowed on Tuesday to retaliate", "TH"));
}
