//! Red lines of the ninth round on invented sentences: one test per group of cue families, each
//! with a sentence the family must not take where a sense rule bounds it. Every sentence here
//! is made up for the test.

#[path = "common/red_lines.rs"]
mod red_lines;

use red_lines::{marked, none};

#[test]
fn diplomats_summoned_or_called_in() {
    let t = "Ghana's foreign ministry summoned a senior Togolese diplomat over the shooting.";
    assert!(marked(t, "summoned a senior Togolese diplomat", "GR"));
    let t = "The Kenyan envoy was called in to the foreign ministry in Kampala on Friday.";
    assert!(marked(t, "called in to", "GR"));
    let t = "Lima called in the Bolivian ambassador after the border incident.";
    assert!(marked(t, "called in", "GR"));
    // a jury summoned is no diplomatic protest
    none("The judge in Ohio summoned a second jury after the first was dismissed.");
}

#[test]
fn protests_in_the_strongest_terms() {
    let t = "Japan lodged the strongest possible protest with China over the seizure.";
    assert!(marked(t, "lodged the strongest possible protest", "GR"));
    let t = "Oman raised the detentions with Iran in the strongest terms, officials said.";
    assert!(marked(t, "in the strongest terms", "GR"));
    let t = "Hungary objected to the new dam that Slovakia is building on the Danube.";
    assert!(marked(t, "objected to", "GR"));
    let t = "Serbia dismissed the report on Kosovo, calling it \"disinformation\".";
    assert!(marked(t, "calling it", "GR"));
    let t = "Canberra said the Chinese jet's interception of its patrol plane was unsafe and unprofessional.";
    assert!(marked(t, "unsafe and unprofessional", "GR"));
    let t = "Moscow accused two Estonian officials of spying for NATO.";
    assert!(marked(t, "accused two Estonian officials of spying", "GR"));
    // an accusation with no actor making it is background
    none("A contractor accused of spying was freed by Cuba in 2014, the paper recalled.");
}

#[test]
fn steps_kept_open_and_measures_to_come() {
    let t = "Asked about Armenia, the minister said Baku would not rule anything out.";
    assert!(marked(t, "would not rule anything out", "TH"));
    let t = "Venezuela would otherwise take whatever steps are needed to defend its claim.";
    assert!(marked(t, "take whatever steps are needed", "TH"));
    let t = "Beijing vowed to take all necessary measures over the Lithuanian office.";
    assert!(marked(t, "take all necessary measures", "TH"));
    let t = "North Korea vowed to respond sternly to any provocation by South Korea.";
    assert!(marked(t, "respond sternly", "TH"));
    let t = "Norway would not hesitate to enforce its laws around Svalbard, Oslo said.";
    assert!(marked(t, "not hesitate to enforce", "TH"));
    let t = "France said it would draw all the consequences if Mali expelled more diplomats.";
    assert!(marked(t, "draw all the consequences", "TH"));
}

#[test]
fn consequences_threatened_acts_and_strikes() {
    let t = "Pakistan warned that any incursion into its airspace would have consequences.";
    assert!(marked(t, "warned", "TH"));
    let t = "Moldova condemned the separatists' threat to halt gas supplies to Chisinau.";
    assert!(marked(t, "threat to halt", "TH"));
    let t = "Turkey will strike the hideouts of the PKK in northern Iraq, Ankara said.";
    let hit = red_lines::hit(t, "strike the hideouts", "TH").expect("a threat of force");
    assert_eq!(hit.severity, 5);
    let t = "Somalia will defend its waters by every means, the president told Ethiopia.";
    assert!(marked(t, "by every means", "TH"));
    let t = "Argentina warned that British trawlers caught in its waters would be seized.";
    assert!(marked(t, "would be seized", "TH"));
    // a city destroyed in a story, a cut that is no threat
    none("In the story the prophet warned that the city would be destroyed, a Texas pastor said.");
    none("The Ohio council rejected a plan to cut bus routes, after a threat of rain kept voters home.");
}

#[test]
fn demands_of_actors() {
    let t = "Japan urged countries outside the region to stop sending weapons to Myanmar.";
    assert!(marked(t, "urged", "DM"));
    let t = "Seoul called for the immediate correction of the textbooks, Korea's ministry said.";
    assert!(marked(t, "called for the immediate correction", "DM"));
    let t = "Egypt and Sudan demand strict compliance with the 1959 treaty from Ethiopia.";
    assert!(marked(t, "demand strict compliance", "DM"));
    let t = "Canada insisted that all foreign vessels seek permission before entering Arctic waters.";
    assert!(marked(t, "insisted that", "DM"));
    let t = "India sought assurances from Nepal that the incident would not be repeated.";
    assert!(marked(t, "sought assurances", "DM"));
    let t = "We ask the Chinese side to respect Vietnam's sovereignty, Hanoi said.";
    assert!(marked(t, "ask", "DM"));
    let t = "Jakarta said Canberra owed Indonesia an explanation for the flights.";
    assert!(marked(t, "owed", "DM"));
    // the public asked to act is no demand on an actor
    none("Florida officials urged residents along the coast to leave before the storm.");
}

#[test]
fn conditions_set_on_an_actor() {
    let t = "Hungary will lift its veto on condition that Ukraine restores language rights.";
    assert!(marked(t, "on condition that", "DM"));
    // a bare `unless` is no demand: what is threatened or refused on the condition is the act
    let t = "Hungary will block the package unless the European Union drops two names from its list.";
    assert!(!marked(t, "unless", "DM"));
    assert!(marked(t, "block the package", "RF"));
}

#[test]
fn refusals_widened() {
    let t = "Slovakia refused on Tuesday to back a new round of European Union sanctions on Russia.";
    assert!(marked(t, "refused", "RF"));
    let t = "India would not resume any dialogue with Pakistan, the minister said.";
    assert!(marked(t, "would not resume any dialogue", "RF"));
    let t = "Tokyo said it could not accept Moscow's protest over the drills.";
    assert!(marked(t, "could not accept", "RF"));
    let t = "Denmark saw no need to seek Russian permission for the survey, Copenhagen said.";
    assert!(marked(t, "saw no need to seek", "RF"));
    let t = "Ethiopia rejects any attempt to dictate how it fills the dam, Addis Ababa said.";
    assert!(marked(t, "rejects any attempt to", "RF"));
    // refusing to comment refuses no step
    none("The Ohio governor refused to comment on the Kentucky ruling.");
}

#[test]
fn red_lines_and_resolve() {
    let t = "Beijing said the question of Taiwan brooks no compromise.";
    assert!(marked(t, "brooks no compromise", "RL"));
    let t = "Tokyo and Manila oppose any unilateral attempt to change the status quo by force.";
    assert!(marked(t, "attempt to change the status quo by force", "RL"));
    let t = "Georgia would never again allow foreign embassies to decide its laws, Tbilisi said.";
    assert!(marked(t, "would never again allow", "RL"));
    let t = "\"We will not be driven out of our own waters,\" the Philippine coast guard said of China.";
    assert!(marked(t, "will not be driven out", "RS"));
    let t = "\"Georgia is not for sale,\" the prime minister told the European Union.";
    assert!(marked(t, "is not for sale", "RL"));
    let t = "Hanoi said Vietnam would resolutely safeguard its islands in the South China Sea.";
    assert!(marked(t, "resolutely safeguard", "RS"));
}

#[test]
fn de_escalation_widened() {
    let t = "Kyiv said its preference remains diplomacy, the Ukrainian minister said.";
    assert!(marked(t, "preference remains diplomacy", "DE"));
    let t = "Greece preferred to settle the dispute with Turkey through diplomatic channels.";
    assert!(marked(t, "preferred to settle", "DE"));
    let t = "Thailand offered to convene talks between Myanmar's generals and the opposition.";
    assert!(marked(t, "offered to convene", "DE"));
    let t = "Kazakhstan proposed a meeting of border commanders with Kyrgyzstan.";
    assert!(marked(t, "proposed a meeting of", "DE"));
    let t = "Ethiopia had no intention of going to war with Eritrea, the prime minister said.";
    assert!(marked(t, "had no intention of going to war", "DE"));
    let t = "Iran is not seeking war with Israel, the foreign minister said.";
    assert!(marked(t, "is not seeking war", "DE"));
    let t = "Moscow said Russia has never closed the door to talks with Finland.";
    assert!(marked(t, "has never closed the door", "DE"));
    let t = "The United States wanted to keep military channels with China open.";
    assert!(marked(t, "keep military channels with China open", "DE"));
    let t = "China has always been willing to develop friendly cooperation with India.";
    assert!(marked(t, "willing to develop friendly cooperation", "DE"));
    let t = "Norway welcomed scientific cooperation with Russia in the Barents Sea.";
    assert!(marked(t, "welcomed scientific cooperation", "DE"));
}

#[test]
fn ships_deployed_and_talk_run_out() {
    let t = "Canada will deploy two additional patrol ships to the Arctic, Ottawa said.";
    assert!(marked(t, "deploy two additional patrol ships", "CP"));
    let t = "\"Time for talking has run out,\" the Israeli minister said of Iran.";
    assert!(marked(t, "Time for talking has run out", "UL"));
}

#[test]
fn never_accepting_is_a_limit_and_not_accepting_a_refusal() {
    // "never" declares a lasting limit; "not" turns down the thing at hand
    let t = "Kenya would never accept foreign troops on its soil, Nairobi told the African Union.";
    assert!(marked(t, "would never accept", "RL"));
    assert!(!marked(t, "would never accept", "RF"));
    let t = "Chad will not accept the proposal from Sudan, the minister said.";
    assert!(marked(t, "will not accept", "RF"));
    assert!(!marked(t, "will not accept", "RL"));
    // a gift or a payment turned down is no refusal of a demand
    none("The Ohio charity will no longer accept cash donations at its Texas stores.");
}

#[test]
fn weak_cues_count_beside_any_sovereign_state() {
    // countries the topic gazetteer lacks still make a paragraph diplomatic
    let t = "Chile lodged the strongest possible protest with Bolivia over the seizure.";
    assert!(marked(t, "lodged the strongest possible protest", "GR"));
    let t = "Cambodia summoned the Thai ambassador after the shooting on the border.";
    assert!(marked(t, "summoned the Thai ambassador", "GR"));
    // a demonym alone is no place: a Spanish club in a transfer story stays ordinary
    none("The club rejected a second offer from a Spanish side, with the transfer deadline two days away.");
}

#[test]
fn criticism_verbs_of_cameo_111_and_appeals() {
    let t = "Greece castigated Turkey for the survey ship's voyage, Athens said.";
    assert!(marked(t, "castigated", "GR"));
    let t = "The Kenyan foreign minister decried Somalia's decision to expel the envoy.";
    assert!(marked(t, "decried", "GR"));
    let t = "Egypt has railed against the dam since its first filling, the ministry said.";
    assert!(marked(t, "railed against", "GR"));
    let t = "The Pope implored Russia to open a humanitarian corridor.";
    assert!(marked(t, "implored", "DM"));
    // a campaign sending out mail, and a description, are no acts of criticism
    none("A group in Iowa is blasting out emails about the candidate's record.");
    none("Analysts in Japan called the disparaging remarks a mistake by the company.");
}

#[test]
fn firm_opposition_is_disapproval_not_refusal() {
    // CAMEO puts "oppose" under disapproval (110), not under reject (12)
    let t = "China firmly opposes the sale of the fighter jets to Taiwan, Beijing said.";
    assert!(marked(t, "firmly opposes", "GR"));
    assert!(!marked(t, "firmly opposes", "RF"));
}

#[test]
fn acts_demanded_and_responses_widened() {
    let t = "Paris wanted Algeria to suspend its patrols in the area.";
    assert!(marked(t, "wanted", "DM"));
    let t = "Turkey was prepared to respond reciprocally to the Greek move.";
    assert!(marked(t, "respond reciprocally", "TH"));
    let t = "Kenya will impose a 30% security tariff on imports from Somalia.";
    assert!(marked(t, "impose a 30% security tariff", "TH"));
    // a policy aim of "we" is no demand on an actor, paying attention no payment
    none("We must ensure that the police officers in Ohio have what they need, the senator said.");
    none("Western countries should pay attention to what radicals in Ukraine do, Moscow said.");
}
