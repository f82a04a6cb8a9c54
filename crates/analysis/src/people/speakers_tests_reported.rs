//! Speakers read through reported clauses, relative clauses and the words around a name:
//! a cue inside the clause another reports, a restrictive relative clause before the cue, a
//! phrase a verb follows after an inverted cue, the small words inside a capitalised title,
//! names joined inside a qualifier's object, a noun that stands beside the quote: the sieves
//! of [`super::super`] on invented sentences.

use super::{LEAD, person, who};
use crate::model::{SpeakerBasis, SpeakerKind};

#[test]
fn a_phrase_a_verb_follows_after_the_cue_is_the_reported_subject_not_the_speaker() {
    let t = format!(
        "{LEAD}Zoltan Vereb, a quiet figure in the party, said the vote was “a farce from start to end.”\n\
         Mirela Danu, a lawyer, said the court would “rule on nothing” this year."
    );
    // the apposition is not a known role, so no speaker is found: never the vote
    let spoken = who(&t, "a farce from start to end.").map(|(name, ..)| name);
    assert_ne!(spoken.as_deref(), Some("the vote"));
    assert_eq!(person(&t, "rule on nothing").0, "Mirela Danu");
}

#[test]
fn a_capitalised_preposition_inside_a_title_is_a_word_of_the_title() {
    let t = format!(
        "{LEAD}“Those who fuel the war will be held to account,” Treasury Under Secretary Dorin Maksimov said.\n\
         “We have the names,” said Under Secretary Dorin Maksimov."
    );
    assert_eq!(
        person(&t, "Those who fuel the war will be held to account,"),
        ("Dorin Maksimov".into(), SpeakerBasis::Cue)
    );
    assert_eq!(person(&t, "We have the names,"), ("Dorin Maksimov".into(), SpeakerBasis::Cue));
}

#[test]
fn an_organisation_it_stands_for_opens_a_sentence_with_an_irregular_verb() {
    let t = format!(
        "{LEAD}The Nordic Embassy in Kessel went further. “If the patrols continue, our boats will be protected,” it wrote online."
    );
    let (name, basis, kind, _) = who(&t, "If the patrols continue, our boats will be protected,").expect("a speaker");
    assert_eq!((name.as_str(), basis, kind), ("Nordic Embassy", SpeakerBasis::Pronoun, SpeakerKind::Organisation));
}

#[test]
fn a_kin_of_one_of_a_group_is_a_described_speaker_a_pronoun_goes_back_to() {
    let t = format!(
        "{LEAD}A cousin of one of the detained sailors, reached by telephone, said the family had heard nothing. \
         “We just want to hear his voice,” she said."
    );
    let (name, basis, kind, _) = who(&t, "We just want to hear his voice,").expect("a speaker");
    assert_eq!(
        (name.as_str(), basis, kind),
        ("A cousin of one of the detained sailors", SpeakerBasis::Pronoun, SpeakerKind::Description)
    );
}

#[test]
fn a_relative_clause_without_commas_qualifies_the_speaker_before_it() {
    let t = format!(
        "{LEAD}In Kessel, a Nordic official who declined to be named said the talks were “going nowhere fast.”\n\
         Jonas Berg told a reporter who asked about the border that “nothing has changed.”\n\
         Lena Holm, a strategist who rarely speaks in public said the deal was “already dead.”"
    );
    let (name, basis, kind, _) = who(&t, "going nowhere fast.").expect("a speaker");
    assert_eq!((name.as_str(), basis, kind), ("a Nordic official", SpeakerBasis::Cue, SpeakerKind::Description));
    // the object of a verb is no speaker, whatever its relative clause says
    assert_eq!(person(&t, "nothing has changed.").0, "Jonas Berg");
    // an apposition's person
    assert_eq!(person(&t, "already dead.").0, "Lena Holm");
}

#[test]
fn an_organisation_s_name_is_a_qualifier_s_object_not_a_date() {
    let t = format!("{LEAD}A letter from the Foreign Ministry said: “The decision was a grave mistake.”");
    let (name, basis, kind, _) = who(&t, "The decision was a grave mistake.").expect("a speaker");
    assert_eq!(
        (name.as_str(), basis, kind),
        ("A letter from the Foreign Ministry", SpeakerBasis::Cue, SpeakerKind::Description)
    );
}

#[test]
fn names_joined_by_a_conjunction_are_one_qualifier_s_object() {
    let t = format!(
        "{LEAD}The statement from the foreign ministries of Norway and Sweden said both sides had “agreed to meet again soon” in the spring."
    );
    let (name, basis, kind, _) = who(&t, "agreed to meet again soon").expect("a speaker");
    assert_eq!(
        (name.as_str(), basis, kind),
        ("The statement from the foreign ministries of Norway and Sweden", SpeakerBasis::Cue, SpeakerKind::Description)
    );
}

#[test]
fn the_article_inside_a_capitalised_portfolio_is_a_word_of_the_title() {
    let t = format!(
        "{LEAD}“These are fishermen, not criminals,” Minister of Maritime Affairs and the Blue Economy Dalia Ferreira-Brook told the House."
    );
    assert_eq!(person(&t, "These are fishermen, not criminals,"), ("Dalia Ferreira-Brook".into(), SpeakerBasis::Cue));
}

#[test]
fn a_role_noun_of_an_office_or_a_life_shows_a_person_a_pronoun_goes_back_to() {
    let t = format!(
        "{LEAD}Berg said Kessel had asked the commission to intervene.\n\
         In the capital, customs comptroller Adaeze Okonkwo-Lind was unmoved. “We will not reopen the corridor,” she said."
    );
    assert_eq!(person(&t, "We will not reopen the corridor,"), ("Adaeze Okonkwo-Lind".into(), SpeakerBasis::Pronoun));
}

#[test]
fn a_number_with_a_thousands_comma_is_one_word_of_a_group() {
    let t = format!(
        "{LEAD}More than 40,000 migrants reached the islands by boat last year. “We had no choice,” one of them said."
    );
    let (name, basis, kind, _) = who(&t, "We had no choice,").expect("a speaker");
    assert_eq!((name.as_str(), basis, kind), ("40,000 migrants", SpeakerBasis::Pronoun, SpeakerKind::Description));
}

#[test]
fn a_cue_inside_the_clause_an_earlier_cue_reports_is_the_outer_speaker_s_account() {
    let t = format!(
        "{LEAD}Tomas Brandt said the government had asked Kessel to share the evidence, and that Norland “remains in contact with our friends” there.\n\
         A spokeswoman for the commission said the bloc called for restraint and would help both sides “rebuild trust” soon.\n\
         “I do not want a quarrel,” said Mirela Danu, who had asked for the talks."
    );
    assert_eq!(person(&t, "remains in contact with our friends").0, "Tomas Brandt");
    let (name, ..) = who(&t, "rebuild trust").expect("a speaker");
    assert_eq!(name, "A spokeswoman for the commission");
    // an inverted subject after its cue is read as before
    assert_eq!(person(&t, "I do not want a quarrel,").0, "Mirela Danu");
}

#[test]
fn a_noun_beside_the_quote_names_it_and_the_subject_after_is_its_critic() {
    let t = format!(
        "{LEAD}Opposition leader Mirela Danu told parliament the government had “sold our ports to Kessel,” a charge Brandt dismissed as “theatre.”\n\
         “We will not wait,” the former president Tomas Brandt said."
    );
    assert_eq!(person(&t, "sold our ports to Kessel,").0, "Mirela Danu");
    // a role among the words before the name keeps them its descriptors
    assert_eq!(person(&t, "We will not wait,").0, "Tomas Brandt");
}

#[test]
fn the_one_a_report_quotes_as_saying_is_the_speaker() {
    let t = format!(
        "{LEAD}The state news agency quoted spokesman Tarik Osmanov as saying the ruling rested “on the firmest of grounds.”"
    );
    assert_eq!(person(&t, "on the firmest of grounds."), ("Tarik Osmanov".into(), SpeakerBasis::Cue));
}

#[test]
fn a_cue_in_the_clause_reported_after_the_outer_cues_adjuncts_is_the_outer_speakers_account() {
    let t = format!(
        "{LEAD}The envoy, Lena Sauer, said in a statement on Friday that an inquiry by the bloc had found gaps, \
         and that “Kessel must close the camps without delay.”"
    );
    assert_eq!(person(&t, "Kessel must close the camps without delay."), ("Lena Sauer".into(), SpeakerBasis::Cue));
}

#[test]
fn a_cue_after_and_shares_the_subject_that_opens_its_sentence() {
    // not the subject of the clause in between ("Lorn says"); and the envoy's name after a
    // comma is the object's apposition, no subject
    let t = format!(
        "{LEAD}Defence Minister Tariq Osmani spoke in Kessel. He also demanded that Vardan act against militants that Lorn says \
         use its soil, and said Lorn “will not hesitate to strike” their camps.\n\
         The Kesselian Foreign Ministry summoned Lorn's ambassador, Pavel Drozd, and condemned the remarks as “a new betrayal of our people”."
    );
    assert_eq!(person(&t, "will not hesitate to strike"), ("Tariq Osmani".into(), SpeakerBasis::Pronoun));
    let (name, _, kind, _) = who(&t, "a new betrayal of our people").expect("a speaker");
    assert_eq!((name.as_str(), kind), ("Kesselian Foreign Ministry", SpeakerKind::Organisation));
}
