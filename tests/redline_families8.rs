//! Red lines of the eighth round on invented sentences: two rules of reading rather than cue
//! families. A subject context reads over an insertion between commas, and a cue split by
//! quote marks is found. Every sentence here is made up for the test.

#[path = "common/red_lines.rs"]
mod red_lines;

use red_lines::{marked, none};

#[test]
fn a_subject_is_read_over_an_insertion_between_commas() {
    let t = "Caracas, which revived its claim to the region after a referendum, refuses to recognise the ruling.";
    assert!(marked(t, "refuses to", "RF"));
    let t = "The ministry in Belgrade, in a statement read out on state television, accused the Pristina authorities of violating the deal.";
    assert!(marked(t, "accused", "GR"));
    let t = "Pakistan’s army, in a statement issued by its media wing, rejected the allegations as baseless.";
    assert!(marked(t, "rejected", "RF"));
    // the insertion ends at a sentence: what stands before the full stop is no subject
    none("Officials met in Belgrade. In a second statement, accused the mayor of lying, someone wrote.");
}

#[test]
fn cues_split_by_quote_marks() {
    let t = "Kim said the allies would “pay a heavy price” for the drills near Pyongyang.";
    assert!(marked(t, "pay a heavy price", "TH"));
    let t = "Serbia said it would “not be intimidated by anyone” over Kosovo.";
    assert!(marked(t, "not be intimidated", "RS"));
    let t = "Seoul said it would take \"further significant measures\" if Pyongyang tested again.";
    assert!(marked(t, "further significant measures", "TH"));
    // marks around a whole cue change nothing, and a quoted word is no more a cue than before
    let t = "Moscow said it would “face severe consequences” in Ukraine.";
    assert!(marked(t, "face severe consequences", "TH"));
    none("The mayor of Seoul called the new bus lanes “a heavy price” to pay for clean air.");
}
