//! Red lines of the thirty-eighth round on invented sentences: criticism, complaints and
//! appeals brushed aside, a subject named with its particle (`al-Hadi`), a threat with its day
//! between the verb and its step. Every sentence here is made up for the test.

#[path = "common/red_lines.rs"]
mod red_lines;

use red_lines::marked;

const LEAD: &str = "Talks between the two capitals ended on Monday.\n\n";

#[test]
fn criticism_and_appeals_brushed_aside_are_refusals() {
    let t = format!("{LEAD}In Helsinki, Minister Lehto brushed the criticism aside and said the quota would stand.");
    assert!(marked(&t, "brushed the criticism aside", "RF"));
    let t = format!("{LEAD}Vilnius on Monday brushed aside Polish appeals to reopen the crossing.");
    assert!(marked(&t, "brushed aside Polish appeals", "RF"));
    let t = format!("{LEAD}Hanoi brushed off the complaint within hours.");
    assert!(marked(&t, "brushed off the complaint", "RF"));
    // dust brushed off a coat is no refusal
    let t = format!("{LEAD}In Helsinki, the minister brushed off the snow before he went in.");
    assert!(!marked(&t, "brushed off the snow", "RF"));
}

#[test]
fn a_surname_joined_to_its_particle_is_a_name() {
    let t = format!("{LEAD}In Amman, government spokesman Karim al-Hadi rejected the Syrian criticism.");
    assert!(marked(&t, "rejected", "RF"));
    let t = format!("{LEAD}Foreign Minister Samir el-Masri accused Khartoum of stalling the talks.");
    assert!(marked(&t, "accused", "GR"));
}

#[test]
fn a_day_may_stand_between_a_threat_and_its_step() {
    let t = format!("{LEAD}The border agency threatened on Thursday to halt all imports of Georgian wine.");
    assert!(marked(&t, "threatened on Thursday to halt", "TH"));
}
