//! Red lines of the seventeenth round on invented sentences: the acts of CAMEO's verbs read
//! from any actor subject (urge, call for, demand, ask, reject, refuse, accuse, offer,
//! welcome, propose, invite, warn of a step), force moved or put on alert, vows of resolve,
//! refusals and steps to come, time given, things declared intolerable, readiness for talks,
//! and the two sense rules of the round: a paragraph of a diplomatic article needs no place of
//! its own, and a cue that fails its needs hides no other. Every sentence here is made up for
//! the test.

#[path = "common/red_lines.rs"]
mod red_lines;

use red_lines::{hits, marked, none};

#[test]
fn appeals_calls_and_demands_from_any_actor() {
    let t = "Mongolia urged fellow members of the Shanghai body to settle the dispute quickly.";
    assert!(marked(t, "urged", "DM"));
    let t = "Uruguay's foreign ministry called for the resumption of river talks with Argentina.";
    assert!(marked(t, "called for", "DM"));
    let t = "Benin demanded that Niger reopen the border crossing at Malanville.";
    assert!(marked(t, "demanded", "DM"));
    let t = "Fiji asked neighbouring governments to share their satellite images of the reef.";
    assert!(marked(t, "asked", "DM"));
    // demand for goods is no demand made; a locative's name is no subject
    none("Chinese demand for Chilean copper rose in March.");
    none("The council in Paris called for a full, independent review of the budget.");
}

#[test]
fn rejections_refusals_and_accusations_from_any_actor() {
    let t = "Guatemala rejected Belize's account of the shooting on the Sarstoon.";
    assert!(marked(t, "rejected", "RF"));
    let t = "Nepal refused on Monday to hand back the two traders to India.";
    assert!(marked(t, "refused on Monday to", "RF"));
    let t = "Kyrgyzstan blamed Tajik border guards for the clash near Batken.";
    assert!(marked(t, "blamed", "GR"));
    // a court, a company's bid, a comment declined, a runner's excuse
    none("The insurer in London rejected the claim after the flood.");
    none("Tokyo Steel rejected an unsolicited takeover proposal from a rival, and its shares rose.");
    none("The spokesman for Iran refused to comment on the report.");
    none("The Kenyan runner crossed the line first in Berlin and blamed the wind for her time.");
}

#[test]
fn offers_welcomes_proposals_and_invitations() {
    let t = "Qatar offered to host talks between the two Sudanese generals in Doha.";
    assert!(marked(t, "offered to", "DE"));
    let t = "Cambodia welcomed the decision of the Thai cabinet to reopen the crossings.";
    assert!(marked(t, "welcomed", "DE"));
    let t = "Armenia proposed that the border commissions of both countries meet next week.";
    assert!(marked(t, "proposed", "DE"));
    let t = "Norway invited the chief negotiators of Colombia and the rebels to Oslo.";
    assert!(marked(t, "invited", "DE"));
    let t = "Tirana said it was ready to talk to Belgrade at any level.";
    assert!(marked(t, "ready to talk", "DE"));
    let t = "Baku and Yerevan agreed on Monday to convene their border commissions.";
    assert!(marked(t, "agreed on Monday to convene", "DE"));
    // a joint committee on tourism is no easing of a dispute
    none("Peru and Chile agreed to set up a joint committee on tourism.");
}

#[test]
fn steps_warned_of_and_to_come() {
    let t = "Ecuador warned that it would divert its oil shipments to Peruvian ports.";
    assert!(marked(t, "warned", "TH"));
    let t = "Zambia said it would suspend power exports to Zimbabwe from next month.";
    assert!(marked(t, "would suspend", "TH"));
    let t = "Lithuania expelled a Belarusian embassy counsellor on Friday.";
    assert!(marked(t, "expelled", "TH"));
    let t = "“Those who did this will answer for it,” the Polish interior minister said.";
    assert!(marked(t, "will answer", "TH"));
    // weather warned of, and an airline's routes
    none("Forecasters in Oslo warned that the storm would close mountain roads on Friday.");
    none("Delta said it would cut flights from Washington in the winter, and the airline would review routes.");
}

#[test]
fn refusals_of_a_step_and_of_dictation() {
    let t = "Kinshasa said the army would not withdraw from the town of Uvira.";
    assert!(marked(t, "would not withdraw", "RF"));
    let t = "“The state does not negotiate with kidnappers,” the Colombian defence minister said.";
    assert!(marked(t, "does not negotiate", "RF"));
    // a person not recognised is no state's refusal
    none("She does not recognise the man in the photograph taken in Georgia.");
}

#[test]
fn force_moved_and_put_on_alert() {
    let t = "Kenya sent two more battalions and several helicopters to the Somali border.";
    assert!(marked(t, "sent two more battalions", "CP"));
    let t = "Kazakhstan put an air defence unit on alert near the test site.";
    assert!(marked(t, "put an air defence unit on alert", "CP"));
    let t = "Nigeria stepped up naval patrols in the Gulf of Guinea.";
    assert!(marked(t, "stepped up naval patrols", "CP"));
    // troops ordered home, reservists sent to help after a flood
    none("Israel ordered its troops to withdraw from the town, Lebanon said.");
    none("Australia's state government put army reservists on standby to help with the clean-up.");
}

#[test]
fn vows_of_resolve() {
    let t = "“We will stand firm,” the Taiwanese premier told lawmakers in Taipei.";
    assert!(marked(t, "stand firm", "RS"));
    let t = "“Congo will not bend to pressure from Kigali,” the Congolese spokesman said.";
    assert!(marked(t, "not bend", "RS"));
    let t = "“Every metre of this coastline will be defended,” the Somali president said.";
    assert!(marked(t, "will be defended", "RS"));
    let t = "Hanoi said it would not let any foreign company dictate its mining policy.";
    assert!(marked(t, "would not let", "RS"));
}

#[test]
fn time_given_and_deadlines_set() {
    let t = "Turkey has given Damascus until month's end to dismantle the bases.";
    assert!(marked(t, "given", "UL"));
    let t = "The junta had until midnight on Sunday to leave the zone, Ecowas said in Abuja.";
    assert!(marked(t, "had until", "UL"));
    let t = "“Lift the tariffs by Friday or we go to the WTO,” the Indian trade minister said.";
    assert!(marked(t, "by Friday or", "UL"));
    // a filing deadline for taxpayers
    none("Taxpayers in Madrid have until Friday to file their returns online.");
}

#[test]
fn things_declared_intolerable() {
    let t = "“Shelling our villages is simply intolerable,” the Azerbaijani foreign minister said.";
    assert!(marked(t, "intolerable", "RL"));
    // the heat for runners
    none("The heat in Madrid would be intolerable for the runners.");
}

#[test]
fn a_diplomatic_article_opens_every_paragraph_to_weak_cues() {
    // the second paragraph names no place, but the article is diplomatic through and through
    let t = "The foreign minister of Peru met the ambassador, the defence minister and military \
             chiefs to discuss troops and sanctions on the border.\n\nOfficials urged the other side to refrain from \
             any step that could raise tensions.";
    assert!(marked(t, "urged", "DM"));
    // with few diplomatic words, a paragraph without a place of its own stays closed
    let t = "The minister of Peru spoke in Lima on Monday.\n\nOfficials urged the other side to refrain \
             from any step that could raise tensions.";
    assert!(!marked(t, "urged", "DM"), "{:?}", hits(t));
}
