//! Red lines of the twelfth round on invented sentences: a test per cue family added then,
//! each with a sense it must not hit. Every sentence here is made up for the test.

#[path = "common/red_lines.rs"]
mod red_lines;

use red_lines::{marked, none};

#[test]
fn coercive_steps_not_ruled_out_and_not_hesitated_over() {
    let t = "Turkey did not rule out expelling Greek diplomats over the incident.";
    assert!(marked(t, "did not rule out expelling", "TH"));
    let t = "Britain refused to rule out sanctions against the Iranian officials.";
    assert!(marked(t, "refused to rule out sanctions", "TH"));
    let t = "“We will not hesitate to refer the file to the Security Council,” Iran's minister said.";
    assert!(marked(t, "will not hesitate to refer", "TH"));
    // a run for office, foul play, a recommendation
    none("The senator from Texas did not rule out a run for governor.");
    none("Police in Lisbon did not rule out foul play in the death.");
    none("“I would not hesitate to recommend Lisbon,” the travel writer said.");
}

#[test]
fn exclusions_and_sanctions_under_study_are_threats() {
    let t = "Hungary could be suspended from the bloc, the European Commission said.";
    assert!(marked(t, "could be suspended from", "TH"));
    let t = "Serbia could be barred from all Croatian ports, Zagreb said.";
    assert!(marked(t, "could be barred from", "TH"));
    let t = "EU ministers were weighing targeted sanctions against Belarusian officials.";
    assert!(marked(t, "weighing targeted sanctions against", "TH"));
    // a player and a club, a league's sanctions
    none("Smith could be suspended from the team after the fight in Boston.");
    none("The league in Madrid is weighing sanctions against the club.");
}

#[test]
fn force_to_be_met_and_those_to_blame_answering() {
    let t = "Azerbaijan warned that any breach of the truce with Armenia would meet overwhelming force.";
    assert!(marked(t, "would meet overwhelming force", "TH"));
    let t = "“Those responsible will answer for it,” the president of Nigeria said of the attack.";
    assert!(marked(t, "will answer for", "TH"));
    // a crowd's force in sport; taxpayers paying
    none("The home side will meet the full force of the Leeds crowd on Saturday.");
    none("The taxpayers will answer for the stadium in Madrid, the mayor said.");
}

#[test]
fn truces_joint_bodies_meetings_and_good_offices_agreed_or_offered() {
    let t = "Armenia and Azerbaijan agreed on Sunday to a 60-day ceasefire.";
    assert!(marked(t, "agreed on Sunday to a 60-day ceasefire", "DE"));
    let t = "Colombia and Venezuela agreed to set up a joint commission to verify the border accord.";
    assert!(marked(t, "agreed to set up a joint commission", "DE"));
    let t = "The minister of Thailand said she would welcome a meeting with her Cambodian counterpart.";
    assert!(marked(t, "would welcome a meeting", "DE"));
    let t = "Qatar offered its good offices to Iran and Saudi Arabia.";
    assert!(marked(t, "offered its good offices", "DE"));
    let t = "Algeria proposed a joint investigation of the border incident with Morocco.";
    assert!(marked(t, "proposed a joint investigation", "DE"));
    // a town's pause in building, a committee on tourism, a visit welcomed
    none("The Kenyan town agreed to a pause in construction of the mall.");
    none("Peru and Chile agreed to set up a joint committee on tourism.");
    none("The mayor of Paris would welcome a visit from the Pope.");
}

#[test]
fn a_call_for_an_inquiry_with_its_adjectives_is_a_demand() {
    let t = "Morocco called for a full, independent inquiry into the shooting by Algerian guards.";
    assert!(marked(t, "called for a full, independent inquiry", "DM"));
    // a council's review of its budget
    none("The council in Paris called for a full, independent review of the budget.");
}

#[test]
fn forces_moved_put_on_standby_and_raised_to_readiness() {
    let t = "Russia has moved additional air-defence batteries to its border with Finland.";
    assert!(marked(t, "moved additional air-defence batteries", "CP"));
    let t = "Venezuela has begun moving two armoured brigades to garrisons near Guyana.";
    assert!(marked(t, "moving two armoured brigades", "CP"));
    let t = "Poland said it would send two additional fighter squadrons to Lithuania.";
    assert!(marked(t, "send two additional fighter squadrons", "CP"));
    let t = "China put its fast-attack boat fleet on standby near Taiwan.";
    assert!(marked(t, "put its fast-attack boat fleet on standby", "CP"));
    let t = "India raised its cyber command to its highest state of readiness after the attack.";
    assert!(marked(t, "raised its cyber command", "CP"));
    // a band's equipment, snow ploughs on standby
    none("The band moved its equipment to a warehouse in Texas.");
    none("Ohio put its snow ploughs on standby.");
}

#[test]
fn resolve_not_to_be_lectured_and_to_stand_firm_and_what_would_be_intolerable() {
    let t = "“Serbia will not be lectured by foreign capitals,” the Serbian president said.";
    assert!(marked(t, "will not be lectured", "RS"));
    let t = "“We will stand firm whatever the cost,” Taiwan's president said of China.";
    assert!(marked(t, "will stand firm whatever", "RS"));
    let t = "Egypt said any return of heavy weapons to Sinai would be intolerable.";
    assert!(marked(t, "would be intolerable", "RL"));
    // a union's stand, a city's heat
    none("The union will stand firm against the Texas utility.");
    none("The heat in Madrid would be intolerable for the runners.");
}

#[test]
fn an_article_of_another_domain_names_no_place_for_weak_cues() {
    // a nurses' union's ultimatum in Wellington, with wages, overtime and a walkout around it
    let labour = "The nurses' union in New Zealand gave hospital managers an ultimatum on Monday: \
                  pay the wage arrears by Friday or face a walkout.\n\nThe union said overtime and \
                  salaries had been frozen for a year, and nurses would picket the wards.";
    none(labour);
    // the same ultimatum between governments, with ministers and troops around it
    let diplomatic = "The government of New Zealand gave Fiji an ultimatum on Monday: release the \
                      detained fishermen by Friday or face sanctions.\n\nThe foreign minister said \
                      the fishermen's wages and salaries were not the issue.";
    assert!(marked(diplomatic, "gave Fiji an ultimatum", "UL"));
    // doctors' unions and a government over allowances; a police chief on gangs and robbery
    none(
        "Kenya's doctors gave the government 21 days to pay their allowances or face industrial \
         action.\n\nThe unions said doctors had not been paid for months.",
    );
    none(
        "“We will not allow a handful of criminals to hold Jamaica to ransom,” the police chief \
         said.\n\nThe gangs behind the murders and the robbery would be found, he said.",
    );
}

#[test]
fn an_act_dated_to_a_past_year_is_background() {
    none("Kenya severed diplomatic ties with Somalia in late 2020 and restored them a year later.");
    none("Ecuador and Colombia broke off relations in 2008 after the raid.");
    // a year ahead with a future word, a date of a later phrase, a grievance about the past
    let t = "Iran said it would break off relations with Egypt in 2030 if the talks failed.";
    assert!(marked(t, "break off relations", "TH"));
    let t = "The IAEA calls on Iran to restore the cameras removed in 2022.";
    assert!(marked(t, "calls on", "DM"));
    let t = "Georgia condemned Russia's occupation of its territory in 2008.";
    assert!(marked(t, "condemned", "GR"));
}
