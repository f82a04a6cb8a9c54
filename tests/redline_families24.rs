//! Cue families of the twenty-fourth red-line round on invented sentences. Every sentence
//! here is made up for the test.

#[path = "common/red_lines.rs"]
mod red_lines;

use red_lines::marked;

#[test]
fn an_appeal_to_both_sides_for_restraint_is_de_escalation() {
    // a third party asking both sides (or no one in particular) to hold back: CAMEO's
    // appeal for de-escalation, not a demand on one actor
    let t = "The African Union urged both governments to exercise maximum restraint along the Kivu border.";
    assert!(marked(t, "urged both governments to exercise maximum restraint", "DE"));
    let t = "Qatar called on all parties to show restraint after the clash near the dam.";
    assert!(marked(t, "called on all parties to show restraint", "DE"));
    let t = "The European Union urged restraint after the border clash between Gabon and Cameroon.";
    assert!(marked(t, "urged restraint", "DE"));
    // one actor urged to hold back is still a demand on it
    let t = "Washington urged Beijing to exercise restraint around the Paracel Islands.";
    assert!(!marked(t, "urged Beijing to exercise restraint", "DE"));
}

#[test]
fn an_appeal_to_both_sides_to_calm_things_is_de_escalation() {
    let t = "The Arab League urged both governments to return to the negotiating table over the dam.";
    assert!(marked(t, "urged both governments to return to the", "DE"));
    let t = "The Pacific Islands Forum called on the two capitals to lower the temperature over the reef.";
    assert!(marked(t, "called on the two capitals to lower the", "DE"));
    // what one actor is urged to do is still a demand
    let t = "Brussels urged Minsk to return the seized lorries to their Lithuanian owners.";
    assert!(marked(t, "urged", "DM"));
}

#[test]
fn patience_running_out_is_a_veiled_threat_not_an_ultimatum() {
    let t = "“Our patience is running out,” the Guyanese foreign minister told Venezuela's envoy.";
    assert!(marked(t, "patience is running out", "TH"));
    assert!(!marked(t, "patience is running out", "UL"));
    let t = "Vietnam's fishermen said they had run out of patience with the Chinese coast guard.";
    assert!(marked(t, "run out of patience", "TH"));
    // time running out is still a deadline's word
    let t = "“Time is running out for Pristina to dismantle the checkpoints,” the Serbian minister said.";
    assert!(marked(t, "Time is running out", "UL"));
}

#[test]
fn channels_kept_open_and_commitments_kept_are_de_escalation() {
    let t = "A Thai official said the military hotlines stayed open despite the clash with Cambodia.";
    assert!(marked(t, "hotlines stayed open", "DE"));
    let t = "“Dialogue remains the only path,” the Ethiopian foreign ministry said of the Nile dispute.";
    assert!(marked(t, "Dialogue remains the only path", "DE"));
    let t = "The British envoy said London remained committed to working with Botswana on the ivory ban.";
    assert!(marked(t, "remained committed to working", "DE"));
    let t = "The Sudanese foreign ministry said Sudan remained open to international arbitration over the border.";
    assert!(marked(t, "remained open to international arbitration", "DE"));
    // a border crossing open to traffic is no step towards anyone
    let t = "Kosovo police said the Jarinje crossing remained open to traffic on Tuesday.";
    assert!(!marked(t, "remained open", "DE"));
}

#[test]
fn what_an_official_expects_of_another_is_a_demand() {
    let t = "“We expect the immediate release of our fishermen,” the Bahraini foreign minister told Qatar.";
    assert!(marked(t, "We expect", "DM"));
    let t = "“We expect answers this week, not next year,” the Fijian minister said of the Vanuatu boarding.";
    assert!(marked(t, "We expect", "DM"));
    // a forecast is no demand
    let t = "“We expect growth to slow in Ghana next year,” the central bank governor said.";
    assert!(!marked(t, "We expect", "DM"));
    let t = "“We expect to finish the Zambian survey in May,” the company said.";
    assert!(!marked(t, "We expect", "DM"));
}

#[test]
fn a_stand_held_and_strong_measures_to_come() {
    let t = "“We are not going anywhere,” the Philippine defence minister said of the shoal claimed by China.";
    assert!(marked(t, "are not going anywhere", "RS"));
    let t = "Beijing said it would take resolute and forceful measures if Manila landed troops on the shoal.";
    assert!(marked(t, "take resolute and forceful measures", "TH"));
    let t = "Astana said it would take all steps necessary to protect its investment in the Kyrgyz mine.";
    assert!(marked(t, "take all steps necessary", "TH"));
    // necessary actions a candidate should take are no threat
    let t = "A president must have the fortitude to take necessary actions, the columnist in Ohio wrote.";
    assert!(!marked(t, "take necessary actions", "TH"));
}

#[test]
fn shop_clinic_and_software_news_is_another_domain() {
    // customers, buyers and clinics mark a business or health story, where a refusal or a
    // demand is no act between states
    let t = "PENANG, Malaysia (Bernama) - For 40 years, Ong Mei Lin has refused to change the recipe for the toast.\n\
             Customers from Singapore queue every morning, and buyers have asked for the jam in jars.\n\
             Her grandson left a job in Singapore to help run the business and has demanded only one change: a card \
             reader at the till for customers.";
    assert!(!marked(t, "refused to change", "RF"));
    assert!(!marked(t, "demanded", "DM"));
    let t =
        "KUALA LUMPUR (Reuters) - Malaysia refused to accept the Philippine claim to Sabah, the foreign ministry said.";
    assert!(marked(t, "refused to accept", "RF"));
}

#[test]
fn a_light_rail_red_line_is_no_limit() {
    let t = "AARHUS, Denmark (Ritzau) - The council voted to extend the light rail's red line to the hospital.\n\
             The red line on the council's map runs along Randersvej before turning east.";
    assert!(!marked(t, "red line", "RL"));
}

#[test]
fn a_practical_step_offered_is_de_escalation() {
    let t = "The Iraqi oil ministry said it was ready to send a technical team to Amman to inspect the pipeline.";
    assert!(marked(t, "was ready to send a technical team", "DE"));
    let t = "Chile said it was willing to coordinate border controls with Bolivia after the smuggling raid.";
    assert!(marked(t, "was willing to coordinate", "DE"));
    // readiness to go further in a campaign is no offer to another state
    let t = "The senator's campaign in Ohio was ready to return fire on Tuesday.";
    assert!(!marked(t, "was ready to return fire", "DE"));
}

#[test]
fn not_one_part_given_up_is_a_red_line() {
    let t = "“Not one metre of Lebanese water will be handed over,” the minister said of the Israeli claim.";
    assert!(marked(t, "Not one metre", "RL"));
    let t = "“Not one more drop leaves Chihuahua until our reservoirs recover,” the governor told Mexico City.";
    assert!(marked(t, "Not one more drop", "RL"));
    // a count in a report is no limit
    let t = "Not one boat from Ghana was seen near the Togolese coast on Tuesday, the navy said.";
    assert!(!marked(t, "Not one boat", "RL"));
}

#[test]
fn permits_and_arrangements_reviewed_are_threats() {
    let t = "Ankara said it could review transit permits for Bulgarian trucks if the border checks went on.";
    assert!(marked(t, "review transit permits", "TH"));
}
