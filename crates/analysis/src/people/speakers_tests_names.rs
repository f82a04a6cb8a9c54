//! Names and the words around them that are not one: a title's first word and its portfolio
//! (`for Policy`), the body a title is accredited to (`Ambassador to the OAS`), abbreviated
//! given names and honorifics, a place after `said in`, another's role after `whose`, a
//! relative who shares a surname (`His sister, Navin Delwani`), a given name common in
//! international news (`Ousmane`): the sieves of [`super::super`] on invented sentences.

use super::{LEAD, person};
use crate::model::SpeakerBasis;

#[test]
fn the_first_word_of_a_two_word_title_is_no_name() {
    // "Prime" of "Deputy Prime Minister" comes after a title and before a role noun: part of
    // the title, never a person of its own
    let t = format!(
        "{LEAD}“We will not wait at all,” said Deputy Prime Minister Maria Kovac.\n\
         Deputy Prime Minister for Reintegration Ivo Marek said the talks were over. “We are done,” he said."
    );
    assert_eq!(person(&t, "We will not wait at all,"), ("Maria Kovac".into(), SpeakerBasis::Cue));
    assert_eq!(person(&t, "We are done,"), ("Ivo Marek".into(), SpeakerBasis::Pronoun));
}

#[test]
fn an_abbreviated_given_name_or_honorific_opens_a_name_without_ending_a_sentence() {
    // "Ma." (Maria), "Md." (Mohammed), "Datuk Seri": their dot ends no sentence
    let t = format!(
        "{LEAD}“We expect an answer this week,” said Ma. Lorna Q. Pardo, a spokeswoman.\n\
         “We will take this to the last court,” said Datuk Seri Aminah Rashid."
    );
    assert_eq!(person(&t, "We expect an answer this week,"), ("Lorna Q. Pardo".into(), SpeakerBasis::Cue));
    assert_eq!(person(&t, "We will take this to the last court,"), ("Aminah Rashid".into(), SpeakerBasis::Cue));
}

#[test]
fn the_abbreviated_saint_of_a_surname_ends_no_sentence() {
    // "St." (a listed two-letter word of names) is read like an initial: the name goes on
    let t = format!(
        "{LEAD}“We want our men home this week,” Foreign Minister Dwayne St. Hill told reporters.\n\
         “Nobody should be surprised,” said Marta St. Clair, a spokeswoman."
    );
    assert_eq!(person(&t, "We want our men home this week,"), ("Dwayne St. Hill".into(), SpeakerBasis::Cue));
    assert_eq!(person(&t, "Nobody should be surprised,"), ("Marta St. Clair".into(), SpeakerBasis::Cue));
}

#[test]
fn a_name_opening_with_an_okina_is_capitalised() {
    // the ʻokina (U+02BB) is a letter, so the capital after it was not seen: the name was no
    // person and a later "she" went to the person before
    let t = format!(
        "{LEAD}Fisheries Minister Ivo Marek spoke first.\n\
         In Vavaʻu, Foreign Minister ʻIlaisaane Motuliki was unmoved by the complaint.\n\
         “There is nothing to discuss,” she said."
    );
    assert_eq!(person(&t, "There is nothing to discuss,"), ("ʻIlaisaane Motuliki".into(), SpeakerBasis::Pronoun));
    // and in an apposition, read by the people code's other tests of a capital
    let t = format!(
        "{LEAD}Fisheries Minister Ivo Marek spoke first.\n\
         Tonga's foreign minister, ʻIlaisaane Motuliki, told reporters the reef was Tongan.\n\
         “There is nothing to discuss,” she said."
    );
    assert_eq!(person(&t, "There is nothing to discuss,"), ("ʻIlaisaane Motuliki".into(), SpeakerBasis::Pronoun));
}

#[test]
fn a_place_after_said_in_is_no_person_for_a_pronoun() {
    // "said in" takes the place as its preposition's object, never as its subject
    let t = format!(
        "{LEAD}“The men were back within hours,” Defence Minister Ivo Marek said in Kesselby.\n\
         “We are asking the authorities to act,” he added."
    );
    assert_eq!(person(&t, "We are asking the authorities to act,"), ("Ivo Marek".into(), SpeakerBasis::Pronoun));
}

#[test]
fn a_name_a_relative_clause_on_a_person_follows_is_a_person() {
    let t = format!(
        "{LEAD}Police in the north said the men would appear in court.\n\
         Orhan Demirtaş, who handles foreign affairs for the administration, rejected the demand. \
         “There will be no release on request,” he told reporters."
    );
    assert_eq!(person(&t, "There will be no release on request,"), ("Orhan Demirtaş".into(), SpeakerBasis::Pronoun));
}

#[test]
fn a_name_a_speaker_of_an_assembly_stands_beside_is_a_person() {
    let t = format!(
        "{LEAD}Anton Weiss, the minister, spoke first.\n\
         Fethi Marzouk, the speaker of the Assembly of the Representatives of the People, said: “If this continues, we will freeze all exchanges.”"
    );
    assert_eq!(
        person(&t, "If this continues, we will freeze all exchanges."),
        ("Fethi Marzouk".into(), SpeakerBasis::Cue)
    );
}

#[test]
fn a_title_for_policy_and_a_relative_clause_on_another_keep_a_womans_name_and_gender() {
    // "Policy" is a title's portfolio; "son" after "whose husband and" is another's role
    let t = format!(
        "{LEAD}Envoy Lin Dewei said Beijing wanted a code.\n\
         Undersecretary for Policy Lourdes Macaraig said Manila could not sign.\n\
         “A code that is not binding is a press release,” she told reporters.\n\
         Boat owner Vo Quang Minh said the men were held.\n\
         In Ly Son, Tran Thi Hoa, whose husband and eldest son are among the detained men, said an official had called. \
         “They told us to pay by Friday,” she said."
    );
    assert_eq!(
        person(&t, "A code that is not binding is a press release,"),
        ("Lourdes Macaraig".into(), SpeakerBasis::Pronoun)
    );
    assert_eq!(person(&t, "They told us to pay by Friday,"), ("Tran Thi Hoa".into(), SpeakerBasis::Pronoun));
}

#[test]
fn a_capital_after_a_role_and_in_is_a_place_not_a_name() {
    let t = format!(
        "{LEAD}Both governments agreed to meet again. Chile's ambassador in La Paz, Marta Quiroga, told Bolivian \
         radio: “This is a problem we share.”"
    );
    assert_eq!(person(&t, "This is a problem we share."), ("Marta Quiroga".into(), SpeakerBasis::Cue));
}

#[test]
fn a_family_name_before_a_hyphenated_given_name_is_the_person_even_when_also_a_given_name() {
    // "Park" is a given name somewhere and heads places' names ("Hyde Park"); before "Min-jae"
    // it is the family name, how the article names him later
    let t = format!(
        "{LEAD}Vice Foreign Minister Park Min-jae summoned the Russian ambassador.\n\
         “We will not tolerate it,” Park told reporters.\n\
         Park said Seoul wanted calm. “We have no wish to escalate,” he said."
    );
    assert_eq!(person(&t, "We will not tolerate it,"), ("Park Min-jae".into(), SpeakerBasis::Cue));
    assert_eq!(person(&t, "We have no wish to escalate,"), ("Park Min-jae".into(), SpeakerBasis::Pronoun));
}

#[test]
fn a_place_named_in_two_words_is_no_name_even_when_one_is_a_given_name() {
    // "North" is a given name in the table, "North Korean" a place of the gazetteer: the
    // minister after it speaks, and "he" is never "North Korean"
    let t = format!(
        "{LEAD}North Korean Vice Foreign Minister Ri Song-chol rejected the proposal, saying it was “meaningless”.\n\
         North Korean officials left early. “We have nothing to add,” he said."
    );
    assert_eq!(person(&t, "meaningless"), ("Ri Song-chol".into(), SpeakerBasis::Cue));
    assert_eq!(person(&t, "We have nothing to add,"), ("Ri Song-chol".into(), SpeakerBasis::Pronoun));
}

#[test]
fn a_capitalised_title_then_a_comma_then_a_name_is_the_named_person() {
    // "the Governor, Jane Roe" as "the governor, Jane Roe"; a title with a portfolio inside
    // its portfolio ("Minister of State for Mineral Resources") too; a lone word after a portfolio's
    // comma is one more word of the portfolio, no person
    let t = format!(
        "{LEAD}“We can no longer supply power on credit,” said the Governor, Amina Olaitan Bello.\n\
         “The reserves are ours,” said Ghana's Minister of State for Mineral Resources, Kofi Mensah Darko.\n\
         “Our herders are paying for it,” Uganda's Cabinet Secretary for Water, Sanitation and Wetlands, Ruth Akello Ochan, told elders. \
         “We expect Kampala to pay,” she said."
    );
    assert_eq!(
        person(&t, "We can no longer supply power on credit,"),
        ("Amina Olaitan Bello".into(), SpeakerBasis::Cue)
    );
    assert_eq!(person(&t, "The reserves are ours,"), ("Kofi Mensah Darko".into(), SpeakerBasis::Cue));
    assert_eq!(person(&t, "Our herders are paying for it,"), ("Ruth Akello Ochan".into(), SpeakerBasis::Cue));
    assert_eq!(person(&t, "We expect Kampala to pay,"), ("Ruth Akello Ochan".into(), SpeakerBasis::Pronoun));
}

#[test]
fn a_title_word_after_two_name_words_is_a_surname() {
    // "Sheriff" is a title, and a surname after "Amina Olaitan"
    let t = format!("{LEAD}“We will not pay twice,” Amina Olaitan Sheriff said.");
    assert_eq!(person(&t, "We will not pay twice,"), ("Amina Olaitan Sheriff".into(), SpeakerBasis::Cue));
}

#[test]
fn a_title_and_the_body_it_is_accredited_to_stand_before_a_name() {
    let t = format!(
        "{LEAD}“The count must end without delay,” U.S. Ambassador to the OAS Jane Roe told the council.\n\
         “Any attempt to subvert the vote would have consequences.”"
    );
    assert_eq!(person(&t, "The count must end without delay,").0, "Jane Roe");
    assert_eq!(person(&t, "Any attempt to subvert the vote would have consequences.").0, "Jane Roe");
}

#[test]
fn a_name_set_beside_a_word_for_a_relative_is_another_of_the_family() {
    // neither given name is in the table: the word for a relative tells them apart
    let t = format!(
        "{LEAD}Karzan Delwani, 38, an engineer, was detained on Feb. 2 at a checkpoint.\n\
         His sister, Navin Delwani, accused the authorities of holding him as “a bargaining chip.” “He went to \
         fix pipes,” she said."
    );
    assert_eq!(person(&t, "He went to fix pipes,").0, "Navin Delwani");
}

#[test]
fn a_name_after_a_preposition_whose_apposition_is_a_role_of_a_body_is_a_person() {
    // an unlisted given name after `from`: the apposition "director of …" makes it a person,
    // and the relative clause after the apposition is on that person, not on the body
    let t = format!(
        "{LEAD}The warning came from Tarvo Keskula, director of the Eesti Port Authority, who told radio the \
         quay would close “within a fortnight at most”."
    );
    assert_eq!(person(&t, "within a fortnight at most"), ("Tarvo Keskula".into(), SpeakerBasis::Cue));
    // a place after `in` that the role of another follows, after `the`, stays a place
    let t = format!("{LEAD}In Porto Velho, the director of the port, Ana Lima, said: “The quay will close tomorrow.”");
    assert_eq!(person(&t, "The quay will close tomorrow."), ("Ana Lima".into(), SpeakerBasis::Cue));
}

#[test]
fn a_given_name_common_in_international_news_makes_its_apposition_a_person_and_tells_the_gender() {
    // `Ousmane` and `Fatmata` are in the table of given names (tools/given_names_extra.txt):
    // the name after `counterpart,` is a person, and `he` after her quote is him, not her
    let t = format!(
        "{LEAD}“We chose dialogue,” the Sierra Leonean minister, Fatmata Koroma, said.\n\
         Her Guinean counterpart, Ousmane Camara, praised the talks. “We have honoured our commitments,” he said."
    );
    assert_eq!(person(&t, "We have honoured our commitments,"), ("Ousmane Camara".into(), SpeakerBasis::Pronoun));
}
