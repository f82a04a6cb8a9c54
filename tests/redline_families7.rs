//! Red lines of the seventh round on invented sentences: a test per cue family added or widened
//! then, each with a sense it must not hit. Every sentence here is made up for the test.

#[path = "common/red_lines.rs"]
mod red_lines;

use red_lines::{marked, none};

#[test]
fn accusations_by_the_subject_of_the_clause() {
    let t = "Cairo expelled two Libyan diplomats, accusing them of spying on exiles.";
    assert!(marked(t, "accusing", "GR"));
}

#[test]
fn refusals_to_sign_and_violations_not_tolerated() {
    let t = "Ethiopia refused to sign a binding agreement on the dam, Egypt said.";
    assert!(marked(t, "refused to", "RF"));
    none("The Ohio striker refused to sign a new contract with his club.");
    let t = "“We will not sign a paper that lets the war resume,” the Ukrainian president said.";
    assert!(marked(t, "will not sign", "RF"));
    let t = "Iran said it will tolerate no violation of its territorial waters in the Gulf.";
    assert!(marked(t, "will tolerate no violation", "RL"));
    let t = "Caracas rejected the jurisdiction of the International Court of Justice, Guyana said.";
    assert!(marked(t, "rejected the jurisdiction", "RF"));
}

#[test]
fn patience_over_and_dates_abbreviated() {
    let t = "Moscow said the time for diplomacy was over, Kyiv was told.";
    assert!(marked(t, "time for diplomacy was over", "UL"));
    let t = "Trade row\n\nWashington demanded that Beijing lift the curbs. The United States gave China until Sept. 1 to comply.";
    assert!(marked(t, "gave China until Sept", "UL"));
}

#[test]
fn threats_of_sanctions_restored_membership_reconsidered_and_costs_borne() {
    let t = "Europe raised the threat of restoring UN sanctions on Iran.";
    assert!(marked(t, "threat of restoring UN sanctions", "TH"));
    let t = "Tehran said it would reconsider its membership of the treaty, the IAEA was told.";
    assert!(marked(t, "would reconsider its membership", "TH"));
    let t = "Beijing said all consequences will be borne by the Philippine side.";
    assert!(marked(t, "consequences will be borne by", "TH"));
    let t = "Israel did not rule out expanding ground operations in Gaza.";
    assert!(marked(t, "did not rule out expanding", "TH"));
}

#[test]
fn readiness_checks_appeals_to_the_parties_and_resolve() {
    let t = "Russia's army began a snap inspection of its forces near Finland.";
    assert!(marked(t, "snap inspection", "CP"));
    // an appeal to both sides to go back to talks calms things (see redline_families24.rs)
    let t = "Angola called on both sides to return to the Luanda process in Congo.";
    assert!(marked(t, "called on both sides to", "DE"));
    let t = "“China will fight to the end,” the commerce ministry said of the US tariffs.";
    assert!(marked(t, "will fight to the end", "RS"));
    let t = "“Let no one be under any illusion,” the Russian minister said of NATO.";
    assert!(marked(t, "Let no one be under any illusion", "RS"));
    none("“We will fight to the end of the season,” the coach in Ohio said.");
}

#[test]
fn openness_to_talks_of_any_kind() {
    let t = "Iran said it remained ready for indirect talks with the United States.";
    assert!(marked(t, "ready for indirect talks", "DE"));
    let t = "London stood ready to intensify technical talks with France on fishing.";
    assert!(marked(t, "ready to intensify technical talks", "DE"));
    let t = "Ethiopia remained committed to resolving the issues through dialogue with Egypt.";
    assert!(marked(t, "committed to resolving the issues through dialogue", "DE"));
    let t = "Beijing said the door to consultations with Washington remained open.";
    assert!(marked(t, "door to consultations with Washington remained open", "DE"));
}
