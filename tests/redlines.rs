//! Red lines on invented sentences: a test per cue family, per sense rule and per rule of
//! negation and modality. Every sentence here is made up for the test.

#[path = "common/red_lines.rs"]
mod red_lines;

use red_lines::{hit, marked, none};

// Cue families

#[test]
fn adjectives_of_response_and_consequences() {
    let t = "Moscow said any strike would be met with a “severe” response from Russia.";
    assert!(marked(t, "met with a “severe” response", "TH"));
    let t = "NATO said an incursion would trigger a swift, a severe and a united response.";
    assert!(marked(t, "trigger a swift, a severe and a united response", "TH"));
    let t = "The White House said Russia would face very severe consequences.";
    assert_eq!(hit(t, "very severe consequences", "TH").unwrap().severity, 4);
    assert!(marked("Iran will react with full force, the minister said in Tehran.", "with full force", "TH"));
}

#[test]
fn retaliation_and_action_on_a_condition() {
    assert!(marked("North Korea vows retaliation after the drills.", "vows retaliation", "TH"));
    assert!(marked("China would retaliate against the tariffs, Beijing said.", "would retaliate", "TH"));
    assert!(marked("China said it will take action if Taiwan declares independence.", "take action", "TH"));
    assert!(marked(
        "Russia will take all necessary measures to protect its security.",
        "take all necessary measures",
        "TH"
    ));
}

#[test]
fn warnings_and_vows_of_a_cost() {
    assert!(marked("Washington warned of consequences if Beijing armed Russia.", "warned of consequences", "TH"));
    assert!(marked("The EU warned Minsk of massive consequences.", "massive consequences", "TH"));
    let t = "Iran vowed war if its oil exports were blocked, Tehran said.";
    assert_eq!(hit(t, "vowed war", "TH").unwrap().severity, 5);
}

#[test]
fn refusals_are_a_category() {
    assert!(marked("A return to the old borders is out of question, Baku said.", "out of question", "RF"));
    assert!(marked("There will be no peace until the troops leave, Kyiv said.", "no peace until", "RF"));
    assert!(marked("Talks with Hamas are impossible unless the hostages are freed.", "impossible unless", "RF"));
    assert!(marked("Serbia will never back down on Kosovo.", "will never back down", "RF"));
    assert!(marked("Israel rejected the ceasefire proposal.", "rejected the ceasefire proposal", "RF"));
    assert!(marked("Iran refused to hand over the suspects.", "refused to", "RF"));
    none("The spokesman for Iran refused to comment on the report.");
}

#[test]
fn ultimatum_frames() {
    let t = "Moscow issued an ultimatum to Kyiv on Monday.";
    assert_eq!(hit(t, "issued an ultimatum", "UL").unwrap().severity, 5);
    assert!(marked("“The choice is his,” the British foreign secretary said of Russia.", "The choice is his", "UL"));
    assert!(marked("“The ball is in Washington’s court,” Moscow said.", "The ball is in Washington’s court", "UL"));
    assert!(marked("Minsk must free the journalist or face further sanctions, the EU said.", "or face", "UL"));
    assert!(marked("Azerbaijan gave the separatists 24 hours to lay down their weapons.", "hours to lay down", "UL"));
}

#[test]
fn demand_acts() {
    assert!(marked("Washington demanded that Pyongyang halt its tests.", "demanded that", "DM"));
    assert!(marked("Beijing urged Manila to withdraw its ships.", "urged", "DM"));
    assert!(marked("The UN called on Israel to allow aid into Gaza.", "called on", "DM"));
    assert!(marked("Germany insists on the full implementation of the Minsk agreements.", "insists on", "DM"));
    assert!(marked(
        "“We’re looking to see Russia pull back forces,” the Pentagon said.",
        "looking to see Russia pull back",
        "DM"
    ));
    assert_eq!(hit("Russia must withdraw its troops from Ukraine.", "must withdraw", "DM").unwrap().severity, 2);
}

#[test]
fn other_threatened_breaks() {
    assert!(marked("Iran said it would suspend talks with the agency.", "suspend talks", "TH"));
    assert!(marked("Washington would cut military aid to the junta in Myanmar.", "cut military aid", "TH"));
    assert!(marked("Ankara threatened to recall its ambassador from Paris.", "recall its ambassador", "TH"));
    assert!(marked("Moscow will expel ten Polish diplomats.", "expel ten Polish diplomats", "TH"));
    assert!(marked("Baku may break off relations with Tehran.", "break off relations", "TH"));
}

#[test]
fn capability_grievance_and_de_escalation() {
    assert!(marked("Armenia accused Azerbaijan of massing troops on the border.", "massing troops", "CP"));
    assert!(marked("Russia placed its forces on high alert.", "high alert", "CP"));
    assert!(marked("Kyiv condemned the strike on Odesa.", "condemned", "GR"));
    assert!(marked(
        "Beijing called it interference in China’s internal affairs.",
        "interference in China’s internal affairs",
        "GR"
    ));
    assert!(marked("The Kremlin remained open to dialogue with Washington.", "open to dialogue", "DE"));
}

#[test]
fn boosters_raise_and_intensifiers_add() {
    let h = hit("Make no mistake: Russia will not tolerate this.", "will not tolerate", "RL").unwrap();
    assert_eq!(h.severity, 5);
    assert!(h.why.iter().any(|w| w.starts_with("booster +1")), "{:?}", h.why);
    // a booster alone is not shown
    none("Make no mistake, the Russian economy is growing.");
    let h = hit("The EU warned of very severe consequences for Russia.", "very severe consequences", "TH").unwrap();
    assert!(h.why.iter().any(|w| w == "intensifier +1 (very)"), "{:?}", h.why);
}

#[test]
fn responses_left_unanswered_and_responses_in_a_manner() {
    let t = "Moscow warned that the expulsion of its diplomats would not remain without a response.";
    assert!(marked(t, "would not remain without a response", "TH"));
    let t = "The Kremlin said it would never leave such provocations unanswered.";
    assert!(marked(t, "would never leave such provocations unanswered", "TH"));
    let t = "Iran said it would respond in a crushing and regrettable manner to any attack on its ships.";
    assert!(marked(t, "respond in a crushing and regrettable manner", "TH"));
    let t = "Tehran said it would take swift and decisive measures if the tanker was not released.";
    assert!(marked(t, "take swift and decisive measures", "TH"));
    assert!(marked(
        "The Houthis threatened “harsh” retaliation against shipping.",
        "threatened “harsh” retaliation",
        "TH"
    ));
    assert!(marked("There will be a heavy price to pay, the Israeli minister told Hezbollah.", "price to pay", "TH"));
    // In ordinary news, with no place or organisation named, the same words give nothing.
    none("The company said it would take firm and decisive measures to cut costs.");
    none("There will be a price to pay for the late tax filings, the accountant said.");
}

#[test]
fn force_to_come_and_force_not_renounced() {
    let t = "Turkey said it could launch a new ground operation in northern Syria.";
    assert!(marked(t, "launch a new ground operation", "TH"));
    assert!(marked(
        "Russia is preparing to launch a new offensive in the east, Kyiv said.",
        "launch a new offensive",
        "TH"
    ));
    let t = "China said it will never renounce the use of force over Taiwan.";
    assert_eq!(hit(t, "never renounce the use of force", "TH").unwrap().severity, 5);
    assert!(marked("Israel will act against Hezbollah if the attacks continue.", "act against", "TH"));
    none("The team will launch a new marketing campaign next month.");
    none("The Lakers will launch a fierce attack on the title next season.");
}

#[test]
fn envoys_recalled_or_expelled_talks_halted_sanctions_prepared() {
    // an envoy recalled is a protest made (CAMEO's reduced relations); a recall threatened is a threat
    assert!(marked("Lithuania recalled its ambassador from Beijing last week.", "recalled its ambassador", "GR"));
    assert!(marked("Vilnius said it would recall its ambassador from Beijing.", "recall its ambassador", "TH"));
    assert!(marked("Russia expelled ten Polish diplomats on Monday.", "expelled ten Polish diplomats", "TH"));
    let t = "Tehran said the nuclear talks would be suspended if the board passed the resolution.";
    assert!(marked(t, "talks would be suspended", "TH"));
    assert!(marked("The EU is preparing a new package of sanctions against Moscow.", "new package of sanctions", "TH"));
    none("The company recalled its products after reports of faulty wiring.");
    none("The minister recalled her years as an ambassador in Paris.");
}

#[test]
fn force_moved_put_on_alert_ready_to_repel() {
    let t = "Belarus moved nuclear-capable missiles closer to the Polish border.";
    assert!(marked(t, "moved nuclear-capable missiles", "CP"));
    let t = "The Russian forces were placed on high alert in the Kaliningrad region.";
    assert!(marked(t, "placed on high alert", "CP"));
    assert!(marked("Seoul said its army was ready to repel any attack from the North.", "ready to repel", "CP"));
    none("Hospitals were placed on alert as the heat wave approached.");
}

#[test]
fn demands_told_wanted_insisted_and_coordinated() {
    let t = "The Chinese foreign ministry told Manila to withdraw its vessels from the shoal.";
    assert!(marked(t, "told", "DM"));
    let t = "The United States expects Iran to release the detained sailors, the State Department said.";
    assert!(marked(t, "expects", "DM"));
    assert!(marked("Washington insisted that all foreign forces must leave Syria.", "insisted that", "DM"));
    let t = "The Kremlin said Kyiv must stop the shelling and withdraw its troops from the region.";
    assert!(marked(t, "withdraw", "DM"));
    none("The coach told Smith to leave the field after the second yellow card.");
    none("The bank expects the Federal Reserve to cut rates in June.");
}

#[test]
fn time_limits_on_a_demanded_act_and_last_chances() {
    assert!(marked("The Kremlin ordered the Latvian ambassador to leave within 72 hours.", "within 72 hours", "UL"));
    let t = "The rebels have until midnight to lay down their arms, the Syrian army said.";
    assert!(marked(t, "have until midnight to lay down", "UL"));
    assert!(marked(
        "“This is your final chance,” the Iraqi prime minister told the militias.",
        "This is your final chance",
        "UL"
    ));
    let t = "The Serbian president said Kosovo must dismantle the checkpoints before it is too late.";
    assert!(marked(t, "before it is too late", "UL"));
    let t = "Russia set a deadline of Monday for the Moldovan diplomats to leave the country.";
    assert!(marked(t, "set a deadline", "UL"));
    let t = "Tenants must leave the building within 30 days, the landlord said.";
    assert!(!marked(t, "within 30 days", "UL"));
    none("The players have until Friday to decide whether to sign the new contract.");
    none("This is your last chance to see the exhibition before it closes.");
}

#[test]
fn refusals_to_return_to_cede_or_admit() {
    let t = "Iran said it would not return to the nuclear deal unless sanctions were lifted.";
    assert!(marked(t, "would not return to the nuclear deal", "RF"));
    let t = "The Armenian prime minister said Yerevan would never cede any territory to Azerbaijan.";
    assert_eq!(hit(t, "would never cede any territory", "RF").unwrap().severity, 4);
    assert!(marked(
        "Hungary blocked Ukraine’s membership of NATO at the summit.",
        "blocked Ukraine’s membership",
        "RF"
    ));
    let t = "There can be no dialogue while Russian troops occupy our land, the Polish president said.";
    assert!(marked(t, "no dialogue while", "RF"));
    none("The union will not return to the bargaining table until the company improves its offer.");
}

#[test]
fn agreed_disengagement_exchanges_and_openness() {
    let t = "Russia and Ukraine agreed to pull back troops from the front line near Zaporizhzhia.";
    assert!(marked(t, "agreed to pull back troops", "DE"));
    assert!(marked(
        "The two countries agreed to swap prisoners, the Turkish mediator said.",
        "agreed to swap prisoners",
        "DE"
    ));
    assert!(marked("Russia has agreed to a ceasefire in Syria.", "agreed to a ceasefire", "DE"));
    let t = "The Chinese foreign minister said Beijing was ready to work with Washington on climate.";
    assert!(marked(t, "ready to work with", "DE"));
    assert!(marked("The Kremlin welcomed the offer of a new round of talks in Istanbul.", "welcomed the offer", "DE"));
    none("The firm is willing to work with the city on the new stadium.");
    none("The council welcomed the plan to hold talks with residents about parking.");
}

// Sense rules

#[test]
fn must_needs_an_actor_subject_and_an_act() {
    assert!(marked("Iran must comply with its obligations.", "must comply", "DM"));
    none("He must have said it a hundred times about Russia.");
    none("Saturday's game against Russia is a must-win.");
    none("Applicants from Russia must be over 40.");
    none("Here is what you need to know about Russia.");
    none("We must understand what the Russian army is doing.");
}

#[test]
fn deadlines_need_a_demand_or_threat() {
    none("The NBA trade deadline is Thursday, a source in Washington said.");
    none("Russia will finish the bridge by the end of the year.");
    let t = "Washington demanded that Pyongyang halt its tests within 10 days.";
    assert!(marked(t, "within 10 days", "UL"));
    assert!(marked("The United States set a deadline of 30 days for Iran to comply.", "set a deadline", "UL"));
}

#[test]
fn background_sanctions_are_no_threat() {
    none("The sanctions on Iran were lifted under the nuclear deal.");
    none("In 2009 the Security Council imposed sanctions on Eritrea.");
    let t = "The EU is preparing new sanctions against Iran.";
    assert_eq!(hit(t, "new sanctions", "TH").unwrap().severity, 4);
    assert!(marked("Beijing will impose sanctions on the American firms.", "impose sanctions", "TH"));
}

#[test]
fn threats_need_an_actor() {
    none("The driver from Russia had life-threatening injuries.");
    none("The storm threatens to disrupt travel to Canada.");
    none("The Yankees threatened to score against the Toronto Blue Jays of Canada.");
    assert!(marked("Russia threatened to cut off gas to Moldova.", "threatened to", "TH"));
}

#[test]
fn grievance_words_need_a_political_head() {
    none("The goal was disallowed for goaltender interference in Canada.");
    none("He was held in Mexico for a parole violation.");
    none("After the flood in Italy, the old mill lies in ruins.");
    none("Police in Canada issued tickets for illegal parking.");
    assert!(marked("Clinton spoke of Russian election interference.", "election interference", "GR"));
    assert!(marked("Kyiv called it a violation of Ukraine’s sovereignty.", "violation of Ukraine’s sovereignty", "GR"));
}

#[test]
fn force_needs_a_state_actor() {
    none("The review in Canada found the officers’ use of force justified.");
    none("Protesters in Mexico formed a blockade at the site.");
    none("The bank in Canada will deploy the software to its branches.");
    none("The sauce from Italy is ready to use.");
    assert!(marked("China could impose a blockade on Taiwan.", "impose a blockade", "TH"));
    assert!(marked("Russia deployed more troops to Belarus.", "deployed more troops", "CP"));
    assert!(marked("Iran threatened the use of force against the tankers.", "use of force", "TH"));
}

#[test]
fn weak_cues_need_a_place_in_their_paragraph() {
    none("The council rejected the proposal to build a garage.");
    assert!(marked("Hungary rejected the proposal to send arms.", "rejected the proposal", "RF"));
}

#[test]
fn names_and_failures_are_not_acts() {
    none("Passengers on the Red Line to Washington faced delays.");
    none("Obama and Putin failed to find common ground in China.");
}

// Negation and modality

#[test]
fn negated_hesitation_and_exclusion_are_threats() {
    assert!(marked("Iran would not hesitate to retaliate, Tehran said.", "not hesitate to retaliate", "TH"));
    assert!(marked(
        "“We do not exclude the use of force,” the Turkish minister said.",
        "not exclude the use of force",
        "TH"
    ));
    assert!(marked("Paris did not rule out sending troops to Ukraine.", "not rule out sending troops", "TH"));
    none("Cruz did not rule out running for president in America.");
}

#[test]
fn a_negated_offer_of_talks_is_a_refusal() {
    let h =
        hit("Caracas said it was not ready to negotiate with the opposition.", "not ready to negotiate", "RF").unwrap();
    assert_eq!(h.text, "not ready to negotiate");
    assert!(h.why.iter().any(|w| w == "negated (not) → refusal"), "{:?}", h.why);
    assert!(marked("There is no room for compromise on Crimea, Moscow said.", "no room for compromise", "RF"));
}

#[test]
fn negation_reaches_over_the_clause_only() {
    none("There are no red lines here, Russia said.");
    none("Russia has not, despite the pressure, threatened anyone.");
    none("Nobody in Moscow threatened to cut gas supplies.");
    // a new clause after a comma or `that` is not negated
    assert!(marked("No, Russia will impose new sanctions.", "new sanctions", "TH"));
    assert!(marked("It is no secret that Moscow threatened to cut the gas.", "threatened to", "TH"));
}

#[test]
fn hedges_lower_by_one() {
    let h = hit("The EU could impose new sanctions on Iran.", "new sanctions", "TH").unwrap();
    assert_eq!(h.severity, 3);
    assert!(h.why.iter().any(|w| w == "hedged −1 (could)"), "{:?}", h.why);
}

#[test]
fn severity_follows_the_event_scale() {
    let severity = |t: &str, p: &str, tag: &str| hit(t, p, tag).unwrap_or_else(|| panic!("{p} in {t}")).severity;
    let demand = severity("Russia must withdraw its troops.", "must withdraw", "DM");
    let threat = severity("Iran threatened to close the strait.", "threatened to", "TH");
    let force = severity("Iran threatened war against Israel.", "threatened war", "TH");
    let ultimatum = severity("Moscow issued an ultimatum to Kyiv.", "issued an ultimatum", "UL");
    let concern = severity("Cairo expressed deep concern over Sudan.", "deep concern", "GR");
    assert!(concern < demand && demand < threat && threat < force, "{concern} {demand} {threat} {force}");
    assert_eq!((force, ultimatum), (5, 5));
    // a deadline with a demand and a threat in one sentence is an ultimatum at the top
    let t = "We demand guarantees within 10 days from Washington, or there will be grave consequences.";
    assert_eq!(severity(t, "within 10 days", "UL"), 5);
}

#[test]
fn every_hit_says_why() {
    let h = hit("Russia must withdraw its troops.", "must withdraw", "DM").unwrap();
    assert_eq!(h.why, ["sense: an actor subject and an act demanded of it"]);
}
