//! Red lines of the thirty-second round on invented sentences: sovereignty declared beyond
//! dispute and affairs declared purely internal; refusals in the progressive, of money or
//! support, and a delegation walking out; a response announced (`will follow`, `will not be
//! long in coming`, `cannot remain without consequences`), measures in preparation, ties put
//! under review, no choice left but to act, a right to draw conclusions; no second warning;
//! confrontation not sought, a channel left open, normal relations wanted; sovereignty
//! violated, repeated requests ignored, the law held in contempt, a resource used as a weapon;
//! the blame for what follows laid in advance, consequences held up; a decision final, a
//! matter for one people alone, nothing about a people without it, no foreign vessel allowed;
//! obligations demanded of a state and requests put to a council.
//! Every sentence here is made up for the test.

#[path = "common/red_lines.rs"]
mod red_lines;

use red_lines::{LEAD, analyze, hit, marked};

#[test]
fn sovereignty_beyond_dispute_and_purely_internal_affairs_are_red_lines() {
    let t =
        format!("{LEAD}“Our sovereignty over the Merrow Reef is indisputable,” the Malaysian foreign minister said.");
    assert!(marked(&t, "is indisputable", "RL"));
    let t = format!(
        "{LEAD}The Chinese spokesman said the island had been under China’s indisputable sovereignty for centuries."
    );
    assert!(marked(&t, "indisputable sovereignty", "RL"));
    let t = format!("{LEAD}Beijing said the matter of the monastery was purely China’s internal affair.");
    assert!(marked(&t, "purely China’s internal affair", "RL"));
    let t = format!("{LEAD}Hungary said its border law was not subject to the approval of Brussels.");
    assert!(marked(&t, "not subject to the approval", "RL"));
}

#[test]
fn refusals_in_the_progressive_of_money_and_by_walking_out() {
    let t =
        format!("{LEAD}“We will not be withdrawing our troops from the ridge,” the Armenian defence minister said.");
    assert!(marked(&t, "will not be withdrawing", "RF"));
    let t = format!("{LEAD}Germany said it would not finance the pipeline across the Baltic.");
    assert!(marked(&t, "would not finance", "RF"));
    let t = format!("{LEAD}The Russian delegation walked out of the session in Geneva in protest.");
    assert!(marked(&t, "walked out of the session", "RF"));
    // a guest who will not be attending refuses nothing
    let t = format!("{LEAD}The Polish ambassador will not be attending the reception in Vilnius, the embassy said.");
    assert!(hit(&t, "will not be attending", "RF").is_none());
}

#[test]
fn a_response_announced_is_a_threat() {
    let t = format!("{LEAD}Moscow warned Tallinn that further expulsions would follow.");
    assert!(marked(&t, "further expulsions would follow", "TH"));
    let t = format!("{LEAD}“Our response will not be long in coming,” the Russian embassy in Oslo said.");
    assert!(marked(&t, "response will not be long in coming", "TH"));
    let t = format!("{LEAD}France said the missile launch by North Korea cannot remain without consequences.");
    assert!(marked(&t, "cannot remain without consequences", "TH"));
    let t = format!(
        "{LEAD}The Belarusian foreign ministry said further measures were already being prepared against Lithuania."
    );
    assert!(marked(&t, "further measures were already being prepared", "TH"));
}

#[test]
fn ties_under_review_and_no_choice_left_are_threats() {
    let t = format!("{LEAD}Kinshasa said it would review all remaining cooperation agreements with Rwanda.");
    assert!(marked(&t, "would review all remaining cooperation", "TH"));
    let t = format!(
        "{LEAD}“If the boats keep coming, Britain will have no choice but to cut its funding,” the British minister said."
    );
    assert!(marked(&t, "will have no choice but to", "TH"));
    let t = format!("{LEAD}The Kremlin said Russia reserved the right to draw the appropriate conclusions.");
    assert!(marked(&t, "right to draw the appropriate conclusions", "TH"));
    let t = format!("{LEAD}The European Union stood ready to extend targeted sanctions against the junta in Niger.");
    assert!(marked(&t, "ready to extend targeted sanctions", "TH"));
}

#[test]
fn no_second_warning_is_an_ultimatum() {
    let t = format!("{LEAD}“There will be no second warning,” the Iranian navy said of the tanker in the Gulf.");
    assert!(marked(&t, "There will be no second warning", "UL"));
}

#[test]
fn confrontation_not_sought_and_relations_wanted_ease_tension() {
    let t = format!("{LEAD}“We do not seek confrontation with Japan,” the Chinese ambassador in Tokyo said.");
    assert!(marked(&t, "do not seek confrontation", "DE"));
    let t = format!("{LEAD}The Thai prime minister said Thailand seeks no conflict with Cambodia.");
    assert!(marked(&t, "seeks no conflict", "DE"));
    let t = format!("{LEAD}Islamabad said it wanted normal relations with India despite the shelling.");
    assert!(marked(&t, "wanted normal relations with", "DE"));
    let t = format!("{LEAD}“Our channels with Madrid remain open,” the Moroccan foreign minister said.");
    assert!(marked(&t, "remain open", "DE"));
}

#[test]
fn sovereignty_violated_requests_ignored_and_weapons_made_are_grievances() {
    let t = format!("{LEAD}Hanoi said the Chinese survey ship had violated Vietnam’s sovereignty.");
    assert!(marked(&t, "violated Vietnam’s sovereignty", "GR"));
    let t = format!("{LEAD}Georgia said Russia had ignored repeated requests for talks on the boundary.");
    assert!(marked(&t, "ignored repeated requests", "GR"));
    let t = format!(
        "{LEAD}The Sudanese foreign ministry accused the militia of contempt for international humanitarian law."
    );
    assert!(marked(&t, "contempt for international humanitarian law", "GR"));
    let t = format!("{LEAD}Moldova accused Moscow of using gas as a weapon against its people.");
    assert!(marked(&t, "using gas as a weapon", "GR"));
    // warnings a dog owner ignored are no grievance between states
    let t = "The court in Nairobi fined the owner of the dog on Friday.\n\n\
                 The judge in Nairobi said the owner had ignored repeated warnings from neighbours.";
    assert!(analyze(t).is_empty());
}

#[test]
fn blame_laid_in_advance_and_consequences_held_up_are_threats() {
    let t =
        format!("{LEAD}Honduras warned that Guatemala will bear full responsibility for what follows at the border.");
    assert!(marked(&t, "will bear full responsibility for", "TH"));
    let t = format!("{LEAD}“Yerevan should understand the consequences,” the Azerbaijani foreign ministry said.");
    assert!(marked(&t, "should understand the consequences", "TH"));
    let t = format!("{LEAD}“Decisions have consequences,” the Chinese ambassador in Vilnius said of the office.");
    assert!(marked(&t, "Decisions have consequences", "TH"));
    let t = format!(
        "{LEAD}The European Commission said it would not hesitate to open infringement procedures against Hungary."
    );
    assert!(marked(&t, "would not hesitate to open", "TH"));
    let t =
        format!("{LEAD}“We will draw our own military conclusions,” the Russian envoy told the council in New York.");
    assert!(marked(&t, "will draw our own military conclusions", "TH"));
}

#[test]
fn decisions_closed_and_matters_for_one_people_alone_are_red_lines() {
    let t = format!("{LEAD}The Kenyan ministry said the ruling on the island is final and cannot be reopened.");
    assert!(marked(&t, "is final and cannot be reopened", "RL"));
    let t =
        format!("{LEAD}“Our elections belong to Tongans alone,” the Tongan prime minister said of the Chinese offer.");
    assert!(marked(&t, "belong to Tongans alone", "RL"));
    let t = format!("{LEAD}The Danish premier said decisions on Greenland’s airports are ours alone.");
    assert!(marked(&t, "are ours alone", "RL"));
    let t =
        format!("{LEAD}“Nothing about Greenland without Greenland,” the Greenlandic premier told Danish reporters.");
    assert!(marked(&t, "Nothing about Greenland without", "RL"));
    let t = format!("{LEAD}Peru said any fishing by Chinese fleets in its waters will never be acceptable.");
    assert!(marked(&t, "will never be acceptable", "RL"));
    let t =
        format!("{LEAD}The Somali president said no foreign vessel will operate in Somali waters without a licence.");
    assert!(marked(&t, "no foreign vessel will operate", "RL"));
    let t = format!("{LEAD}“The boundary is not up for arbitration,” the Guyanese foreign minister said of Venezuela.");
    assert!(marked(&t, "not up for arbitration", "RL"));
}

#[test]
fn obligations_demanded_of_a_state_and_requests_put_to_a_council_are_demands() {
    let t = format!("{LEAD}“Mexico must meet its obligations under the water treaty,” the American envoy said.");
    assert!(marked(&t, "must meet its obligations", "DM"));
    let t = format!(
        "{LEAD}“We ask this council to act before the rains come,” the Sudanese ambassador told the United Nations."
    );
    assert!(marked(&t, "We ask this", "DM"));
    // an expectation of growth asks nothing of anyone
    let t = format!("{LEAD}“We expect this kind of growth to continue,” the Kenyan trade minister said in Nairobi.");
    assert!(hit(&t, "expect", "DM").is_none());
}
