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

#[test]
fn refusals_widened() {
    let t = "Ankara dismissed the Greek protest as baseless, Athens said.";
    assert!(marked(t, "dismissed", "RF"));
    let t = "Minsk brushed off the ultimatum from Vilnius on Tuesday.";
    assert!(marked(t, "brushed off the ultimatum", "RF"));
    let t = "Tehran would not entertain any proposal to cap enrichment, the IAEA was told.";
    assert!(marked(t, "would not entertain", "RF"));
    let t = "Israel would not sit at the same table as Hamas, Egypt said.";
    assert!(marked(t, "would not sit", "RF"));
    let t = "Russia will not withdraw from the disputed islands, Japan was told.";
    assert!(marked(t, "will not withdraw", "RF"));
    none("The striker will not withdraw from the Chile squad despite a knee injury, the coach said.");
}

#[test]
fn demands_widened() {
    let t = "Azerbaijan demanded on Tuesday that Armenia redraw the border.";
    assert!(marked(t, "demanded on Tuesday that", "DM"));
    let t = "Serbia accepted the talks but insisted that Kosovo first dissolve the special units.";
    assert!(marked(t, "insisted that", "DM"));
    let t = "Moscow insists on firm guarantees from NATO.";
    assert!(marked(t, "insists on firm guarantees", "DM"));
    let t = "Tokyo said it expected the detained crew to be released without delay by China.";
    assert!(marked(t, "expected", "DM"));
    none("Tokyo said it expected to return to growth next year, the IMF said.");
    let t = "Iran renewed its call for foreign warships to leave the Gulf.";
    assert!(marked(t, "call for", "DM"));
}

#[test]
fn grievances_widened() {
    let t = "A note from Pakistan accused armed groups based across the border of smuggling arms.";
    assert!(marked(t, "accused", "GR"));
    none("Lima said the mayor was accused of fraud in 2019.");
    let t = "Lebanon filed a complaint with the UN Security Council over the raids.";
    assert!(marked(t, "filed a complaint with", "GR"));
    let t = "Caracas said the seizure of its tanker amounted to outright piracy by the United States.";
    assert!(marked(t, "amounted to outright piracy", "GR"));
    let t = "Lithuania said Belarus was using migrants as a weapon on the border.";
    assert!(marked(t, "using migrants as a weapon", "GR"));
    let t = "Syria said Turkey was occupying its territory in the north.";
    assert!(marked(t, "occupying its territory", "GR"));
}

#[test]
fn threats_and_ultimatums_widened() {
    let t = "“Secession means war,” a Serbian minister said of Kosovo.";
    assert!(marked(t, "means war", "TH"));
    let t = "Addis Ababa said any attack on its dam would be answered in kind by Ethiopia.";
    assert!(marked(t, "would be answered", "TH"));
    let t = "Seoul said any provocation by the North would be met with a response it would regret.";
    assert!(marked(t, "would be met with a response", "TH"));
    let t = "Europe kept the threat of a snapback of UN sanctions over Iran.";
    assert!(marked(t, "threat of a snapback of UN sanctions", "TH"));
    let t = "Poland said it would close the last border crossing with Belarus next week.";
    assert!(marked(t, "would close the", "TH"));
    let t = "France said Iran had until the end of May to restore access for inspectors or face new sanctions.";
    assert!(marked(t, "had until the end of May to restore", "UL"));
    none("Students in France have until the end of May to return their forms, the ministry said.");
    let t = "The board gave Tehran until its June meeting to comply, Vienna diplomats said.";
    assert!(marked(t, "gave", "UL"));
}

#[test]
fn resolve_readiness_and_openness_widened() {
    let t = "“We will not yield a single metre of our land,” the Armenian premier said.";
    assert!(marked(t, "not yield a single metre", "RS"));
    let t = "Greece said it would defend its rights with determination in the Aegean.";
    assert!(marked(t, "defend its rights with determination", "RS"));
    let t = "Taipei said its forces were ready to respond to any provocation from China.";
    assert!(marked(t, "ready to respond to any provocation", "CP"));
    none("The Boston goalkeeper said she was ready for any challenge this season.");
    let t = "Baku signalled openness to a meeting with Yerevan in Brussels.";
    assert!(marked(t, "signalled openness to", "DE"));
    let t = "Washington welcomed Chad's decision to reopen the border crossing with Sudan.";
    assert!(marked(t, "welcomed", "DE"));
    let t = "Qatar proposed an immediate ceasefire between Israel and Hamas.";
    assert!(marked(t, "proposed an immediate ceasefire", "DE"));
    let t = "Iraq said it would settle the border issue with Kuwait through patient consultation.";
    assert!(marked(t, "settle the border issue", "DE"));
}
