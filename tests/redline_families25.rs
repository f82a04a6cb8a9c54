//! Cue families of the twenty-fifth red-line round on invented sentences. Every sentence
//! here is made up for the test.

#[path = "common/red_lines.rs"]
mod red_lines;

use red_lines::marked;

#[test]
fn a_loss_set_as_the_price_of_refusing_is_a_threat() {
    let t = "Ecuador warned Peru's fishing fleet to leave the disputed bank or bear all the consequences.";
    assert!(marked(t, "or bear all the consequences", "TH"));
    let t = "Tanzania said it would not hesitate to revoke the permits of any foreign trawler found in its waters.";
    assert!(marked(t, "would not hesitate to revoke", "TH"));
    let t = "“We will use every legal avenue available to recover the frozen reserves,” the Afghan central bank governor said.";
    assert!(marked(t, "will use every legal avenue", "TH"));
}

#[test]
fn a_deadline_an_actor_set_is_an_ultimatum() {
    let t = "Burkina Faso on Tuesday set a new deadline of March 15 for the French contractors to leave the mine.";
    assert!(marked(t, "set a new deadline of", "UL"));
    let t = "Serbia gave the Kosovo-run offices in the four northern towns until the end of the month to close.";
    assert!(marked(t, "gave the Kosovo-run offices", "UL"));
    let t = "“The clock is now running,” the Kenyan minister said after the Somali deadline was issued.";
    assert!(marked(t, "The clock is now running", "UL"));
}

#[test]
fn standing_non_recognition_and_debts_owed_are_background() {
    // what a state has never recognised is history; what it will not recognise is a refusal
    let t = "Belize has never recognised the Guatemalan claim, the report noted, and the case sits before the ICJ.";
    assert!(!marked(t, "has never recognised", "RF"));
    let t = "Belize will never recognise the Guatemalan claim, the foreign minister said.";
    assert!(marked(t, "will never recognise", "RF"));
    // a debt falling due is no demand
    let t = "Laos must repay some $1.3 billion in external debt this year, the finance ministry said.";
    assert!(!marked(t, "must repay", "DM"));
}

#[test]
fn a_matter_declared_closed_is_a_refusal() {
    let t = "“The status of the islands is not subject to negotiation,” the Mauritian prime minister said.";
    assert!(marked(t, "is not subject to negotiation", "RF"));
    let t = "“There will be no special treatment for foreign trawlers,” the Senegalese fisheries minister said.";
    assert!(marked(t, "There will be no special treatment", "RF"));
    let t = "The Rwandan army denied any incursion into Congolese territory, calling the report fabricated.";
    assert!(marked(t, "denied any incursion", "RF"));
    let t = "“What we will not do is hand our ports to a foreign navy,” the Sri Lankan prime minister said.";
    assert!(marked(t, "What we will not do is", "RF"));
    let t = "The Kenyan government said it had no intention of revisiting the 1926 boundary agreement with Uganda.";
    assert!(marked(t, "had no intention of revisiting", "RF"));
}

#[test]
fn a_contested_project_going_on_and_a_challenge_met_with_defiance_are_resolve() {
    let t = "“Work on the canal will continue,” the Cambodian transport minister said despite Hanoi's protest.";
    assert!(marked(t, "will continue", "RS"));
    let t = "“Let them go to The Hague,” the Guyanese minister said of Venezuela's threat to sue over Essequibo.";
    assert!(marked(t, "Let them go to The Hague", "RS"));
}

#[test]
fn a_consequence_promised_to_whoever_acts_is_a_threat() {
    let t = "“Anyone who crosses the buoy line with a weapon will be treated as an enemy,” the Greek coast guard chief said.";
    assert!(marked(t, "will be treated as", "TH"));
    let t = "Asmara said the convoy was an Ethiopian force and that it would be treated as an invader.";
    assert!(marked(t, "would be treated as an invader", "TH"));
    let t = "The Houthis named the Saudi oil terminals legitimate targets in a statement on Sunday.";
    assert!(marked(t, "legitimate targets", "TH"));
    let t = "“Anyone who fishes in Mauritanian waters without a licence should expect to lose their boat,” the minister said.";
    assert!(marked(t, "should expect to lose", "TH"));
    let t = "“Pretoria should remember who keeps its lights on,” the Mozambican energy minister said.";
    assert!(marked(t, "should remember who", "TH"));
    let t = "“We have other options if the talks fail,” the Egyptian water minister said of the dam.";
    assert!(marked(t, "have other options", "TH"));
}

#[test]
fn a_step_weighed_or_asked_for_against_another_is_a_threat() {
    let t = "Slovenia said it would ask the European Commission to freeze the transfer of cohesion funds to Zagreb.";
    assert!(marked(t, "would ask the European Commission to freeze", "TH"));
    let t = "Croatia said it would consider suspending the gas deal with Budapest if the tariff stayed.";
    assert!(marked(t, "would consider suspending", "TH"));
    // talks not ruled out are a way left open, not a threat
    let t = "Armenia did not rule out direct talks with Baku on the border villages, the foreign minister said.";
    assert!(marked(t, "did not rule out direct talks", "DE"));
}

#[test]
fn hostility_disavowed_and_talks_preferred_are_de_escalation() {
    let t = "Chad has no hostile intention toward its Sudanese neighbour, the defence minister said.";
    assert!(marked(t, "has no hostile intention", "DE"));
    let t = "“We prefer dialogue with our Kenyan brothers,” the Ugandan foreign minister said of the island.";
    assert!(marked(t, "prefer dialogue", "DE"));
    let t = "“We are in close contact with the Moroccan authorities,” the Spanish foreign minister said of the fence.";
    assert!(marked(t, "are in close contact with", "DE"));
    let t = "“We remain fully committed to our strategic partnership with Nigeria,” the Cameroonian minister said.";
    assert!(marked(t, "remain fully committed to our strategic partnership", "DE"));
}

#[test]
fn what_an_actor_insists_on_asks_for_or_expects_is_a_demand() {
    let t = "The Egyptian foreign ministry insisted that Ethiopia share real-time data on the dam's reservoir.";
    assert!(marked(t, "insisted that", "DM"));
    let t = "Bangladesh has asked the Indian High Commission to investigate the shooting at the river border.";
    assert!(marked(t, "asked the Indian High Commission to investigate", "DM"));
    let t = "“Lomé has to take responsibility for the flooding,” the Beninese interior minister said.";
    assert!(marked(t, "has to take responsibility", "DM"));
    let t = "The Algerian ministry said it expected a full explanation from Rabat over the drone strike.";
    assert!(marked(t, "expected a full explanation", "DM"));
}

#[test]
fn forces_reinforced_readied_or_sent_are_capability() {
    let t = "Venezuela placed two navy frigates on alert off the disputed coast on Sunday.";
    assert!(marked(t, "placed two navy frigates on alert", "CP"));
    let t = "Guatemala reinforced checkpoints along the Sarstoon river after the clash with Belize.";
    assert!(marked(t, "reinforced checkpoints", "CP"));
    let t = "Two Indonesian coast guard cutters were dispatched to the area after the Chinese trawlers returned.";
    assert!(marked(t, "were dispatched to the area", "CP"));
    // reservists readied to clear up after a flood are no show of force
    let t = "Schools in Assam stayed shut and the state put army reservists on standby to help with the clean-up after the floods.";
    assert!(!marked(t, "on standby", "CP"));
}

#[test]
fn what_cannot_be_accepted_is_a_red_line_and_not_standing_by_is_resolve() {
    // the writers' labels: `cannot accept` a red line eleven times in twelve, `will not stand
    // by` resolve or a red line, never a threat
    let t = "“We cannot accept a dam that leaves our farmers without water,” the Sudanese irrigation minister said.";
    assert!(marked(t, "cannot accept", "RL"));
    let t = "“Ghana will not stand by while its fishermen are detained,” the Ghanaian fisheries minister said.";
    assert!(marked(t, "will not stand by", "RS"));
    assert!(!marked(t, "will not stand by", "TH"));
}

#[test]
fn a_situation_that_will_not_be_accepted_is_a_red_line() {
    // `will not accept` a proposal or terms stays a refusal; a fait accompli, an encroachment or
    // one more loss not accepted is a line drawn
    let t = "“We will not accept a fait accompli on the river,” the Egyptian water minister said.";
    assert!(marked(t, "will not accept", "RL"));
    let t = "“Niger will not accept one more attack on its border posts,” the defence minister said.";
    assert!(marked(t, "will not accept", "RL"));
    let t = "“Zambia will not accept conditions that force it to scrap fuel subsidies,” the finance minister said.";
    assert!(marked(t, "will not accept", "RF"));
}
