//! Red lines of the eleventh round on invented sentences: a test per cue family added then,
//! each with a sense it must not hit. Every sentence here is made up for the test.

#[path = "common/red_lines.rs"]
mod red_lines;

use red_lines::{marked, none};

#[test]
fn forces_put_on_alert_sent_moved_up_and_patrols_stepped_up() {
    let t = "Kenya's defence ministry said army units had been placed on a war footing near Somalia.";
    assert!(marked(t, "placed on a war footing", "CP"));
    let t = "Two patrol boats had been sent to shadow the Chinese vessel off Vietnam.";
    assert!(marked(t, "sent to shadow", "CP"));
    let t = "Armenia said two battalions had moved up to the river near the Azerbaijani border.";
    assert!(marked(t, "moved up to", "CP"));
    let t = "Serbia said its special forces were already in position along the Kosovo boundary.";
    assert!(marked(t, "in position", "CP"));
    let t = "India said air patrols had been stepped up along the Pakistani frontier.";
    assert!(marked(t, "patrols had been stepped up", "CP"));
    // a campaign's "alert", a storm's teams on standby
    none("In Ohio, a climate group said it would put the candidates on alert over the vote.");
    none("Emergency teams in Kent had been put on standby because of flash floods.");
}

#[test]
fn refusals_of_demanded_acts_and_of_steps_to_come() {
    let t = "“We will not recall a ship working in our own waters,” Greece's minister said of Turkey.";
    assert!(marked(t, "will not recall", "RF"));
    let t = "“Until the shelling stops in Sudan, there will be no release of prisoners,” he said.";
    assert!(marked(t, "there will be no release", "RF"));
    let t = "Brazil said it would withhold recognition of the Venezuelan result.";
    assert!(marked(t, "withhold recognition", "RF"));
    let t = "Poland has no plans to reverse the decision on Belarus, the spokesman said.";
    assert!(marked(t, "no plans to reverse", "RF"));
    let t = "“We are not going to finance our own destruction,” Hungary's minister said of Ukraine.";
    assert!(marked(t, "are not going to finance", "RF"));
    let t = "“We did not come to Geneva to sign our surrender,” the Syrian rebel envoy said.";
    assert!(marked(t, "did not come to Geneva to sign", "RF"));
    let t = "Nigeria said it does not bargain with kidnappers or gunmen.";
    assert!(marked(t, "does not bargain with", "RF"));
    // stopping is no refusal when the speaker goes further
    none("“If this happens again in Nepal, we will not stop there,” she said.");
}

#[test]
fn threats_of_a_response_of_responsibility_and_of_forums() {
    let t = "Lithuania said it would respond in kind to any expulsion by Russia.";
    assert!(marked(t, "would respond", "TH"));
    let t = "Ukraine said Russia's commanders would be held personally responsible for any attack.";
    assert!(marked(t, "would be held personally responsible", "TH"));
    let t = "Chile said it would raise the matter at the United Nations if Peru did not withdraw.";
    assert!(marked(t, "raise the matter at the United Nations", "TH"));
    let t = "Iraq said it would act firmly against anyone who attacked the Kuwaiti embassy.";
    assert!(marked(t, "would act firmly against", "TH"));
    let t = "“Those responsible will be hunted down,” the Afghan minister said of the attack.";
    assert!(marked(t, "will be hunted down", "TH"));
    let t = "The gunmen in Mali said the hostages would be killed if the army moved.";
    assert!(marked(t, "hostages would be killed", "TH"));
    let t = "Qatar said it would not stand idle if Iran attacked its neighbours.";
    assert!(marked(t, "would not stand idle", "TH"));
    let t = "Latvia said the next package of sanctions on Russia was already drafted.";
    assert!(marked(t, "next package of sanctions on Russia was already drafted", "TH"));
    let t = "Hungary said it could halt the transit of Ukrainian grain across its territory.";
    assert!(marked(t, "could halt the transit of", "TH"));
    // a forum the speaker is ready to go to is an offer, not a threat
    let t = "Greece said it was ready to take the dispute to the International Court of Justice over Turkey.";
    assert!(!marked(t, "take the dispute to the International", "TH"));
    none("The council in Leeds said it would respond to the letter next week.");
}

#[test]
fn demands_to_any_addressee_to_correct_and_in_the_passive() {
    let t = "Germany urged the kidnappers in Niger to release the engineers unharmed.";
    assert!(marked(t, "urged", "DM"));
    let t = "“Japan must correct its mistake,” China's commerce ministry said.";
    assert!(marked(t, "must correct", "DM"));
    let t = "“Every detained fisherman must be released,” India's foreign ministry said of Sri Lanka.";
    assert!(marked(t, "must be released", "DM"));
    none("The Bristol club urged its fans to arrive early for Saturday's game.");
}

#[test]
fn openness_offers_agreed_steps_and_restraint() {
    let t = "Elders in Afghanistan offered to act as intermediaries with the Taliban.";
    assert!(marked(t, "offered to act as intermediaries", "DE"));
    let t = "Armenia and Azerbaijan agreed on Monday to resume technical talks.";
    assert!(marked(t, "agreed on Monday to resume technical talks", "DE"));
    let t = "Sudan's army and the RSF agreed in principle to exchange prisoners.";
    assert!(marked(t, "agreed in principle to exchange prisoners", "DE"));
    let t = "Moscow was not seeking to escalate the row with Estonia, the spokeswoman said.";
    assert!(marked(t, "not seeking to escalate", "DE"));
    let t = "Japan said channels of communication with China remained open.";
    assert!(marked(t, "channels of communication", "DE"));
    let t = "Kenya sent an envoy to help defuse the standoff between Ethiopia and Sudan.";
    assert!(marked(t, "defuse the standoff", "DE"));
    let t = "Jordan wanted to avoid a confrontation with Syria at the border, officials said.";
    assert!(marked(t, "avoid a confrontation", "DE"));
    none("The Leeds family agreed on Monday to resume talks with the builder.");
}

#[test]
fn grievances_of_unlawful_acts_crimes_and_confrontation() {
    let t = "Pakistan said its fishermen had been detained illegally by India.";
    assert!(marked(t, "detained illegally", "GR"));
    let t = "Russia called the expulsion by Estonia another act of Russophobia.";
    assert!(marked(t, "act of Russophobia", "GR"));
    let t = "“The seizure of our trawler by Morocco is piracy,” Spain's minister said.";
    assert!(marked(t, "is piracy", "GR"));
    let t = "Norway said it was Russia that chose the path of confrontation.";
    assert!(marked(t, "chose the path of confrontation", "GR"));
    // a conditional path is a warning, not a grievance
    let t = "“If they choose the path of confrontation, Iran will pay,” the French minister said.";
    assert!(!marked(t, "choose the path of confrontation", "GR"));
}

#[test]
fn resolve_that_holds_and_is_not_afraid() {
    let t = "Taiwan said it would spare no effort to defend itself against China.";
    assert!(marked(t, "spare no effort", "RS"));
    let t = "“We are not afraid of their threats,” Venezuela's opposition leader said.";
    assert!(marked(t, "are not afraid of their threats", "RS"));
    let t = "“It will not change our decision,” Lithuania's minister said of China's pressure.";
    assert!(marked(t, "will not change our decision", "RS"));
    let t = "“Our commitment to the defence of South Korea is ironclad,” the US general said.";
    assert!(marked(t, "is ironclad", "RS"));
    let t = "“Northern Cyprus will never be surrendered,” the Greek minister said.";
    assert!(marked(t, "will never be surrendered", "RS"));
    none("The Leeds coach said the team was not afraid of the weather on Saturday.");
}

#[test]
fn ultimatums_of_time_given_and_answers_due() {
    let t = "Peru's interior ministry gave protesters until 6 a.m. on Wednesday to clear the highways.";
    assert!(marked(t, "gave protesters until 6 a.m. on Wednesday to", "UL"));
    let t = "Egypt said it would go to the Security Council if there is no answer by Friday from Ethiopia.";
    assert!(marked(t, "if there is no answer by", "UL"));
    none("Importers in Leeds have until the end of the month to file corrected declarations.");
}
