//! Who a pronoun, a role noun or a quote with no cue goes back to: gender agreement, the
//! subject that opens a paragraph or a sentence before the verb's object, a role's holder, a
//! speaker carried until someone else is named: on invented sentences.

use super::{LEAD, person, who};
use crate::model::{SpeakerBasis, SpeakerKind};

#[test]
fn pronoun_agrees_in_gender_and_skips_names_inside_quotes() {
    let t = format!(
        "{LEAD}Anna Tarvo met Peter Olsen on Monday.\n\
         “Olsen is wrong about the border,” she said."
    );
    assert_eq!(person(&t, "Olsen is wrong about the border,"), ("Anna Tarvo".into(), SpeakerBasis::Pronoun));
}

#[test]
fn a_pronoun_prefers_the_subject_opening_the_paragraph_to_a_later_object() {
    let t = format!(
        "{LEAD}The mood was grim.\n\n\
         Anna Tarvo, the former envoy, told the paper she would rather back Marta Ilves than anyone.\n\n\
         “I am ashamed of this whole affair,” she said."
    );
    assert_eq!(person(&t, "I am ashamed of this whole affair,"), ("Anna Tarvo".into(), SpeakerBasis::Pronoun));
}

#[test]
fn role_noun_resolves_to_the_person_with_that_role() {
    let t = format!("{LEAD}Foreign Minister Anna Tarvo arrived late.\n“We wait,” the minister said.");
    let (name, basis, _, span) = who(&t, "We wait,").expect("a speaker");
    assert_eq!((name.as_str(), basis), ("Anna Tarvo", SpeakerBasis::Pronoun));
    assert_eq!(span, "Tarvo");
}

#[test]
fn a_quote_without_a_cue_is_carried_until_someone_else_is_named() {
    let t = format!(
        "{LEAD}“We are ready,” Mirela Kovac said.\n\
         “The river is ours to share.”\n\
         Jonas Berg disagreed sharply with the plan.\n\
         “It is a trap.”"
    );
    assert_eq!(person(&t, "The river is ours to share."), ("Mirela Kovac".into(), SpeakerBasis::Carried));
    assert_eq!(person(&t, "It is a trap."), ("Jonas Berg".into(), SpeakerBasis::Carried));
}

#[test]
fn a_pronoun_passes_over_the_object_of_a_verb() {
    let t = format!(
        "{LEAD}Ivo Marek said he backs no one, and last year he invited Tomas Brandt home for a week.\n\
         “I am on my own,” he said."
    );
    assert_eq!(person(&t, "I am on my own,"), ("Ivo Marek".into(), SpeakerBasis::Pronoun));
}

#[test]
fn a_quote_after_a_sentence_opened_by_a_role_or_pronoun_is_that_subjects() {
    // the last person named as a subject is Anna Cole: the sentence before each quote says
    // who speaks it
    let t = format!(
        "{LEAD}Richard Berman, the judge, sat down. Anna Cole stood up.\n\
         The judge turned to me. “Explain yourself.”"
    );
    assert_eq!(person(&t, "Explain yourself."), ("Richard Berman".into(), SpeakerBasis::Pronoun));
    let t = format!("{LEAD}Anna Cole spoke first. Richard Berman listened.\nShe turned to me. “Sit down.”");
    assert_eq!(person(&t, "Sit down."), ("Anna Cole".into(), SpeakerBasis::Pronoun));
}

#[test]
fn a_pronoun_finds_the_name_apposed_to_a_qualified_role() {
    let t = format!(
        "{LEAD}Defence Minister Ivo Marek called it routine.\nIran's ambassador to the IAEA, Hamid \
         Tavakoli-Rad, denounced the draft. “If the board chooses confrontation, we will respond,” he told reporters."
    );
    let quote = "If the board chooses confrontation, we will respond,";
    assert_eq!(person(&t, quote), ("Hamid Tavakoli-Rad".into(), SpeakerBasis::Pronoun));
}

#[test]
fn a_name_whose_relative_clause_speaks_is_a_pronoun_s_antecedent() {
    // Kovac is a preposition's object, but the subject of "who said"
    let t = format!(
        "{LEAD}Lena Holm spoke first.\n\
         Holm's plan was backed on Friday by Maria Kovac of the harbour board, the chair of its panel, who said the plan was sound.\n\
         “It has always made sense,” she said in a statement."
    );
    assert_eq!(person(&t, "It has always made sense,"), ("Maria Kovac".into(), SpeakerBasis::Pronoun));
}

#[test]
fn a_described_cue_subject_of_the_sentence_before_speaks_the_quote_after_it() {
    let t = format!(
        "{LEAD}Vesna Horak, the minister, spoke first. “We will act,” she said.\n\
         A Nordic diplomat in Kessel, who spoke on condition of anonymity, said the expulsions were expected. \
         “They had been looking for a pretext for months.”"
    );
    let (name, _, kind, _) = who(&t, "They had been looking for a pretext for months.").expect("a speaker");
    assert_eq!((name.as_str(), kind), ("A Nordic diplomat in Kessel", SpeakerKind::Description));
}

#[test]
fn a_pronoun_after_one_of_a_kind_introduced_with_one_is_that_speaker() {
    let t = format!(
        "{LEAD}Vesna Horak, the minister, spoke first. “We will act,” she said.\n\
         One detainee, a fisherman who asked not to be named, told reporters by phone that he had been held for months. \
         “We are not criminals,” he said."
    );
    let (name, basis, kind, _) = who(&t, "We are not criminals,").expect("a speaker");
    assert_eq!((name.as_str(), basis, kind), ("One detainee", SpeakerBasis::Pronoun, SpeakerKind::Description));
}

#[test]
fn he_stands_for_a_name_apposed_with_descriptors_to_the_subject() {
    let t = format!(
        "{LEAD}The campaign chief, Pablo Quiroga, accused the tribunal of “preparing a fraud”.\n\
         The head of the observer mission, former foreign minister Tomas Lindqvist, told reporters that \
         his team had found no irregularities. “The count was clean,” he said."
    );
    assert_eq!(person(&t, "The count was clean,"), ("Tomas Lindqvist".into(), SpeakerBasis::Pronoun));
}

/// The described speaker of `quote` in `text`, asserting it is one.
fn described(text: &str, quote: &str) -> String {
    let (name, _, kind, _) = who(text, quote).expect("a speaker");
    assert_eq!(kind, SpeakerKind::Description, "{quote}");
    name
}

#[test]
fn he_stands_for_an_unnamed_speaker_after_a_conjunction_and_a_relative_clause() {
    let t = format!(
        "{LEAD}A spokesman for the commission, Tomas Lindqvist, said talks went on. “It is about money,” he said.\n\
         But a senior army officer, who asked not to be named, confirmed the letter. “The minister means it,” he said."
    );
    assert_eq!(described(&t, "The minister means it,"), "a senior army officer");
}

/// An ambassador named before the unnamed speaker of the next sentence.
const AMBASSADOR: &str = "Chile's ambassador, Tomas Lindqvist, told the radio: “This is a problem we share.”";

#[test]
fn he_stands_for_an_unnamed_speaker_a_manner_cue_introduces() {
    // "was blunter" introduces the next quote's speaker, as "said" would
    let t = format!(
        "{LEAD}{AMBASSADOR}\nA customs officer at the border post was blunter. “We will not reopen it for a note,” he said."
    );
    assert_eq!(described(&t, "We will not reopen it for a note,"), "A customs officer at the border post");
}

#[test]
fn a_place_before_a_relative_clause_is_no_person() {
    // the clause after "Puerto Ayora" is on the officer, not on a person called Puerto Ayora
    let t = format!(
        "{LEAD}{AMBASSADOR}\nA police officer in Puerto Ayora, who asked not to be named, was blunter. “We will not stop,” he said."
    );
    assert_eq!(described(&t, "We will not stop,"), "A police officer in Puerto Ayora");
}

#[test]
fn a_pronoun_skips_an_object_whose_name_goes_on_after_its_particle() {
    // "Fares" stands before "al-Harazi", the rest of its name: no verb makes it a subject
    let t = format!(
        "{LEAD}Walid Osmani said his team would not sign a deal that ignored the journalist Fares al-Harazi. \
         “There will be no deal without him,” he said."
    );
    assert_eq!(person(&t, "There will be no deal without him,"), ("Walid Osmani".into(), SpeakerBasis::Pronoun));
}

#[test]
fn a_pronoun_with_nobody_of_its_gender_in_reach_is_whom_the_pronoun_before_stands_for() {
    // the second `she` finds only Peter Olsen (a man, by his given name) in its two
    // paragraphs back; the `she` before it stands for Anna Tarvo, and so does it
    let t = format!(
        "{LEAD}Anna Tarvo, who says the port was sold to a friend of the mayor, spoke on the radio.\n\n\
         On Sunday, she disclosed for the first time that after the sale, Peter Olsen called her to meet again.\n\n\
         “He called the office and asked for a meeting,” she said.\n\n\
         “I had not expected anything like this at all,” she said."
    );
    assert_eq!(
        person(&t, "I had not expected anything like this at all,"),
        ("Anna Tarvo".into(), SpeakerBasis::Pronoun)
    );
    assert_eq!(
        person(&t, "He called the office and asked for a meeting,"),
        ("Anna Tarvo".into(), SpeakerBasis::Pronoun)
    );
}
