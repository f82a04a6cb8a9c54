//! Red lines of the thirty-eighth round on invented sentences: criticism, complaints and
//! appeals brushed aside, a subject named with its particle (`al-Hadi`), a threat with its day
//! between the verb and its step, a condition nobody meets by a date, ships put on standby and
//! jets scrambled, no intention of a step asked for, a step insisted on in the subjunctive, a
//! joint body agreed, ties put under review and a coercive step weighed. Every sentence here is
//! made up for the test.

#[path = "common/red_lines.rs"]
mod red_lines;

use red_lines::{LEAD, marked};

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

#[test]
fn a_deadline_nobody_meets_is_an_ultimatum() {
    let t = format!(
        "{LEAD}“If nobody pays by Sunday, the crew will not see their families again,” the kidnappers in Abuja said."
    );
    assert!(marked(&t, "If nobody pays by Sunday", "UL"));
}

#[test]
fn ships_on_standby_and_jets_scrambled_are_capability() {
    let t = format!("{LEAD}Ankara said two frigates and a submarine had been placed on standby off Cyprus.");
    assert!(marked(&t, "had been placed on standby", "CP"));
    let t = format!("{LEAD}Greece scrambled two F-16s after the drone entered its airspace near Rhodes.");
    assert!(marked(&t, "scrambled two F-16s", "CP"));
    let t = format!("{LEAD}Greek fighter jets had scrambled within minutes, the ministry in Athens said.");
    assert!(marked(&t, "jets had scrambled", "CP"));
    // a count of sorties over the years tells no act
    let t =
        format!("{LEAD}Greek fighter jets have scrambled hundreds of times since 2020, the ministry in Athens said.");
    assert!(!marked(&t, "jets have scrambled", "CP"));
}

#[test]
fn no_intention_of_a_step_asked_for_is_a_refusal() {
    let t = format!("{LEAD}The prime minister in Tbilisi said his government had no intention of repealing the law.");
    assert!(marked(&t, "had no intention of repealing", "RF"));
    let t =
        format!("{LEAD}The rebels fighting Kinshasa said they had no intention of pulling out of the towns they hold.");
    assert!(marked(&t, "had no intention of pulling out", "RF"));
}

#[test]
fn a_step_insisted_on_in_the_subjunctive_is_a_demand() {
    let t = format!("{LEAD}The army command in Benghazi insisted that the militias be disarmed before any vote.");
    assert!(marked(&t, "insisted that", "DM"));
}

#[test]
fn a_joint_body_agreed_is_de_escalation() {
    let t = format!("{LEAD}Lima and Santiago agreed on Saturday to set up a joint working group, the ministries said.");
    assert!(marked(&t, "agreed on Saturday to set up a joint working group", "DE"));
}

#[test]
fn ties_put_under_review_and_a_coercive_step_weighed_are_threats() {
    let t = format!("{LEAD}A lawmaker in Moscow said Russia could review the discounted gas price Armenia pays.");
    assert!(marked(&t, "could review the discounted gas price", "TH"));
    let t = format!("{LEAD}Officials in Brussels said the EU was considering suspending budget support to Niamey.");
    assert!(marked(&t, "was considering suspending", "TH"));
}
