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

#[test]
fn consequences_borne_faced_or_warned_of_are_threats() {
    let t = "“If Valletta sends the boats back, it will bear all the consequences,” the Libyan minister said.";
    assert!(marked(t, "will bear all the consequences", "TH"));
    let t = "Ankara hinted at consequences if Athens went ahead with the survey near Crete.";
    assert!(marked(t, "hinted at consequences", "TH"));
    let t = "“Any base on the islands will not remain without consequences,” the Russian embassy in Helsinki said.";
    assert!(marked(t, "will not remain without consequences", "TH"));
    // consequences in the past are an outcome, not a threat
    let t = "The floods in Dhaka had grave consequences for rice farmers last year.";
    assert!(!marked(t, "consequences", "TH"));
}

#[test]
fn steps_left_on_the_table_are_threats() {
    let t = "Ecuador said further measures were already on the table if Colombia kept the tariffs in place.";
    assert!(marked(t, "further measures were already on the table", "TH"));
    // `everything` only beside a threat or demand
    let t =
        "Norway threatened to close its ports to Russian trawlers. “Everything is on the table,” the minister said.";
    assert!(marked(t, "Everything is on the table", "TH"));
    let t = "The Lisbon chef said everything is on the table for the new menu this spring.";
    assert!(!marked(t, "everything is on the table", "TH"));
}

#[test]
fn a_demand_made_by_a_text_or_after_an_infinitive_is_a_demand() {
    let t = "Manila summoned the Chinese envoy to convey a firm protest and to demand that such patrols stop.";
    assert!(marked(t, "demand that", "DM"));
    let t = "The communiqué also demanded that the EU lift its measures against officials in Managua.";
    assert!(marked(t, "demanded that", "DM"));
    let t = "Cairo repeated its demand for a legally binding agreement on the dam with Addis Ababa.";
    assert!(marked(t, "demand for", "DM"));
    // market demand is no demand
    let t = "Strong Chinese demand for the ore has lifted prices in Conakry this year.";
    assert!(!marked(t, "demand for", "DM"));
}

#[test]
fn a_protest_conveyed_or_handed_over_and_a_head_of_mission_summoned_are_grievances() {
    let t = "The ministry in Hanoi conveyed a “firm” protest to the Chinese side over the survey ship.";
    assert!(marked(t, "conveyed a “firm” protest", "GR"));
    let t = "Baku summoned the envoy and handed him a note of protest over the remarks made in Tehran.";
    assert!(marked(t, "handed him a note of protest", "GR"));
    let t = "Tegucigalpa protested that the flight had carried minors without their parents from Texas.";
    assert!(marked(t, "protested", "GR"));
    let t = "Islamabad summoned the head of the Afghan mission over the shelling near Chaman.";
    assert!(marked(t, "summoned the head of the", "GR"));
}

#[test]
fn rejecting_a_claim_or_brushing_a_demand_aside_is_a_refusal() {
    let t = "Ugandan police rejected Kenya's claim that the fishermen were seized in Kenyan waters.";
    assert!(marked(t, "rejected", "RF"));
    let t = "Kabul brushed the demand aside as baseless, saying the post stood on Afghan land.";
    assert!(marked(t, "brushed the demand aside", "RF"));
    let t = "Tirana brushed off the warning from Athens about the minority schools.";
    assert!(marked(t, "brushed off the warning", "RF"));
    // rejecting positions in a debate is disagreement, not a refusal
    let t = "Young voters in Ohio completely reject the positions the senator has taken.";
    assert!(!marked(t, "reject", "RF"));
}

#[test]
fn a_warning_that_a_step_will_follow_is_a_threat() {
    let t = "Paraguay's utility gave Brazil until July to agree a tariff, warning that it would otherwise sell the power to Argentina.";
    assert!(marked(t, "warning that", "TH"));
    let t =
        "The Malawian minister warned that further arrests would force Lilongwe to review cooperation with Tanzania.";
    assert!(marked(t, "warned that", "TH"));
    // a forecaster's warning is no threat
    let t = "Economists in Nairobi warned that prices would rise further this year.";
    assert!(!marked(t, "warned that", "TH"));
}

#[test]
fn invitations_preferences_and_commitments_to_talk_de_escalate() {
    let t = "Tehran invited Afghan technical experts to visit the Kajaki dam next month.";
    assert!(marked(t, "invited", "DE"));
    let t = "Panama said it preferred a technical dialogue with Costa Rica over the banana ban.";
    assert!(marked(t, "preferred a technical dialogue", "DE"));
    let t = "Lilongwe remained committed to settling the lake dispute with Tanzania at The Hague.";
    assert!(marked(t, "remained committed to settling", "DE"));
    let t = "Kampala hoped both parties would find an amicable solution over the fishing island.";
    assert!(marked(t, "amicable solution", "DE"));
    let t = "Rabat welcomed any proposal for joint monitoring of the border with Algeria.";
    assert!(marked(t, "welcomed any proposal", "DE"));
    // contact alone is no act: writers leave `in contact with` unmarked
    let t = "Jordan's foreign ministry said it was in contact with Syrian officials about the shelling.";
    assert!(!marked(t, "in contact with", "DE"));
}

#[test]
fn a_dispute_taken_to_a_forum_orders_to_respond_and_reciprocity_are_threats() {
    let t = "Nepal said it would take the issue to international forums if India did not stop the road works.";
    assert!(marked(t, "take the issue to", "TH"));
    let t = "Mauritius said it would go back to the International Court of Justice over the Chagos bill.";
    assert!(marked(t, "go back to the", "TH"));
    let t = "“Our pilots have clear orders to respond,” the Polish general said of the Belarusian helicopters.";
    assert!(marked(t, "have clear orders to respond", "TH"));
    let t = "“Côte d'Ivoire will apply the principle of reciprocity,” the minister said after Mali expelled two Ivorian diplomats.";
    assert!(marked(t, "apply the principle of reciprocity", "TH"));
    let t = "“Hosting this so-called government is a hostile act, and Nairobi will bear its consequences,” Sudan's ministry said.";
    assert!(marked(t, "will bear its consequences", "TH"));
    // a body asked to refer a matter is advocacy, not a step to come
    let t =
        "The committee in Brussels should ask the legal counsel to refer the matter to the European Court of Justice.";
    assert!(!marked(t, "refer the matter to", "TH"));
}

#[test]
fn a_position_that_will_not_change_and_a_side_stood_behind_are_resolve() {
    let t = "“That position has not changed and will not change,” the Malawian foreign minister told reporters in Lilongwe.";
    assert!(marked(t, "has not changed and will not change", "RS"));
    let t = "“We stand fully behind our coast guard,” the Sri Lankan fisheries minister said of the arrests.";
    assert!(marked(t, "stand fully behind our", "RS"));
    let t = "Ghana's army said its troops would stay as long as it takes on the border with Togo.";
    assert!(marked(t, "stay as long as it takes", "RS"));
    let t = "Islamabad said it would honour every line of the Indus treaty despite India's suspension.";
    assert!(marked(t, "would honour every line of the Indus treaty", "RS"));
}

#[test]
fn an_actor_expecting_another_to_act_demands_it() {
    let t = "“We expect the gates to be reopened today,” the Tajik water minister said of the Kyrgyz dam.";
    assert!(marked(t, "expect", "DM"));
    let t = "“We expect Nicosia to freeze this licence,” the Turkish foreign ministry said.";
    assert!(marked(t, "expect", "DM"));
    // an outlook is no demand
    let t = "Analysts in Nairobi expect the shilling to weaken further against the dollar.";
    assert!(!marked(t, "expect", "DM"));
}

#[test]
fn instructions_refused_and_steps_off_the_table_are_refusals() {
    let t = "“Haiti will not take orders from anyone on the canal,” the Haitian prime minister said of the Dominican protest.";
    assert!(marked(t, "will not take orders", "RF"));
    let t = "The Kenyan finance ministry said exemptions were off the table for Ugandan lorries.";
    assert!(marked(t, "were off the table", "RF"));
    // a denial answers a charge; it refuses nothing (CAMEO 016, not 12)
    let t = "Saudi officials in Riyadh deny any links to militant groups in Yemen.";
    assert!(!marked(t, "deny any links", "RF"));
}

#[test]
fn a_condition_with_a_date_and_days_given_to_act_are_ultimatums() {
    let t = "“If the lanes are not open by Friday, Zambia will begin inspecting every Congolese truck,” the Zambian minister said.";
    assert!(marked(t, "If the lanes are not open by Friday", "UL"));
    let t =
        "“If nothing changes by Monday, the crossings will be closed,” the Polish interior minister said of Belarus.";
    assert!(marked(t, "If nothing changes by Monday", "UL"));
    let t = "Kyrgyzstan's cabinet gave the Canadian miner 30 days to pay the fines for the spill in Talas.";
    assert!(marked(t, "gave the Canadian miner 30 days to", "UL"));
    // a condition with no negation sets no deadline
    let t = "If the talks in Geneva go well by Friday, the ministers will meet again, the Swiss said.";
    assert!(!marked(t, "If the talks", "UL"));
}

#[test]
fn concerns_raised_with_another_and_an_arbitrary_detention_are_grievances() {
    let t = "Canberra raised serious concerns with Beijing over the unsafe intercept of its patrol aircraft.";
    assert!(marked(t, "raised serious concerns with", "GR"));
    let t = "Malawi said the fishermen had been arbitrarily detained by Tanzanian police on the lake.";
    assert!(marked(t, "arbitrarily detained", "GR"));
}

#[test]
fn exercises_held_forces_on_alert_and_positions_reinforced_show_capability() {
    let t = "The Russian Northern Fleet began exercises in the Barents Sea near the Norwegian border on Monday.";
    assert!(marked(t, "began exercises in", "CP"));
    let t = "Belize placed the Belize Defence Force on standby after the Guatemalan incursion.";
    assert!(marked(t, "placed the Belize Defence Force on standby", "CP"));
    let t = "Colombia reinforced its outposts along the river after the Venezuelan shelling.";
    assert!(marked(t, "reinforced its outposts", "CP"));
    // a vessel seized is left to its grievance: writers mark it as one, or not at all
    let t = "Norway's coast guard detained a Russian trawler near Svalbard on Monday.";
    assert!(!marked(t, "detained a Russian trawler", "CP"));
}
