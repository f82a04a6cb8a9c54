//! Organisations and described speakers named by words of the language data: a head word
//! that ends an organisation's name, nouns that name a group or a command, a participle that
//! modifies a qualifier's object, a body named by its kind (`the bloc`), a name its apposition
//! calls a body (`Veltragas, the state energy company,`), the apposition that says which one
//! of a group speaks (`One of them, a senior adviser, said`), a name after the article that
//! rejects or accuses (`the Karavan rejected what it called`), a name of several words that
//! modifies a noun as one (`the Kessel Basin Water Commission secretariat`): the sieves of
//! [`super::super`] on invented sentences.

use super::{LEAD, who};
use crate::model::SpeakerKind;

/// (speaker, kind) of the quote whose text is `quote`.
fn named(text: &str, quote: &str) -> (String, SpeakerKind) {
    let (name, _, kind, _) = who(text, quote).expect("a speaker");
    (name, kind)
}

#[test]
fn an_organisation_whose_name_ends_in_international_is_a_speaker() {
    let t = format!("{LEAD}Clemency International condemned the sentence as “a grossly unfair trial held in secret.”");
    assert_eq!(
        named(&t, "a grossly unfair trial held in secret."),
        ("Clemency International".into(), SpeakerKind::Organisation)
    );
}

#[test]
fn a_family_and_a_command_are_described_speakers() {
    let t = format!(
        "{LEAD}In a statement released through the embassy, Marek's family said: “He is a quiet man who loves his work.”\n\
         The navy's coastal command said “any vessel that ignores the rules will be stopped.”"
    );
    assert_eq!(named(&t, "He is a quiet man who loves his work."), ("Marek's family".into(), SpeakerKind::Description));
    assert_eq!(
        named(&t, "any vessel that ignores the rules will be stopped."),
        ("The navy's coastal command".into(), SpeakerKind::Description)
    );
}

#[test]
fn a_participle_after_a_capitalised_modifier_stays_in_the_qualifiers_object() {
    let t = format!("{LEAD}An official at a Nordic trading house said “cargoes are loading as normal.”");
    assert_eq!(
        named(&t, "cargoes are loading as normal."),
        ("An official at a Nordic trading house".into(), SpeakerKind::Description)
    );
}

#[test]
fn a_list_of_names_in_a_qualifiers_object_stays_in_the_described_speaker() {
    // "States" is a cue's word only written small
    let t = format!(
        "{LEAD}“We call on all armed groups to cease hostilities,” the embassies of the United States, Britain, Norway and Italy said."
    );
    assert_eq!(
        named(&t, "We call on all armed groups to cease hostilities,"),
        ("the embassies of the United States, Britain, Norway and Italy".into(), SpeakerKind::Description)
    );
}

#[test]
fn a_body_named_by_its_kind_is_the_organisation_that_opened_the_sentence_before() {
    let t = format!(
        "{LEAD}Portugal suspended its aid programme to the islands.\n\
         The Economic Community of Coastal States said after a summit in Dakar that it would impose sanctions. \
         The bloc said its standby force stood ready to intervene “if all else fails.”\n\
         Vetra Hezbollah vowed revenge. “The occupiers will pay for this,” the group said on Telegram."
    );
    assert_eq!(
        named(&t, "if all else fails."),
        ("Economic Community of Coastal States".into(), SpeakerKind::Organisation)
    );
    assert_eq!(named(&t, "The occupiers will pay for this,"), ("Vetra Hezbollah".into(), SpeakerKind::Organisation));
    // a described group opening the sentence before names no organisation: the kind stays
    let t = format!("{LEAD}A group of fishermen blocked the harbour. “We will stay,” the group said.");
    assert_eq!(named(&t, "We will stay,"), ("the group".into(), SpeakerKind::Description));
}

#[test]
fn a_name_its_apposition_calls_a_body_is_an_organisation() {
    let t = format!(
        "{LEAD}Energy Minister Jane Roe said the contracts would be honoured.\n\
         Veltragas, the state energy company, said it would review the prices “at the earliest opportunity.”"
    );
    assert_eq!(named(&t, "at the earliest opportunity."), ("Veltragas".into(), SpeakerKind::Organisation));
    // an apposition that names no body's kind makes no organisation
    let t = format!("{LEAD}Kessel, the old harbour town, said it was “a disaster.”");
    assert!(who(&t, "a disaster.").is_none_or(|(_, _, kind, _)| kind != SpeakerKind::Organisation));
}

#[test]
fn one_of_a_group_set_off_by_an_apposition_is_what_the_apposition_says() {
    let t = format!(
        "{LEAD}Two officials in Kessel confirmed the letter was authentic. One of them, a senior adviser to the \
         governor, said it had been sent “as a last appeal, not as a threat.”"
    );
    assert_eq!(
        named(&t, "as a last appeal, not as a threat."),
        ("a senior adviser to the governor".into(), SpeakerKind::Description)
    );
}

#[test]
fn a_speaker_qualified_by_on_is_described_but_a_day_after_on_qualifies_nobody() {
    let t = format!(
        "{LEAD}“Nobody expected a text,” a diplomat on the council said afterwards.\n\
         Jane Roe said Zahran was “open to deepening our cooperation”, and offered more support.\n\
         In a statement on Tuesday, Kessel's Foreign Ministry said: “We call on Zahran to act.”"
    );
    assert_eq!(named(&t, "Nobody expected a text,"), ("a diplomat on the council".into(), SpeakerKind::Description));
    assert_eq!(named(&t, "We call on Zahran to act."), ("Kessel's Foreign Ministry".into(), SpeakerKind::Organisation));
}

#[test]
fn a_capitalised_name_after_the_article_that_rejects_is_a_body_it_stands_for() {
    let t = format!(
        "{LEAD}Kessel demanded access to the engineer. “We are concerned,” a spokesperson for the Kesselian \
         Foreign Office said.\n\
         In a brief statement, the Karavan rejected what it called interference in “a purely judicial matter”."
    );
    assert_eq!(named(&t, "a purely judicial matter"), ("Karavan".into(), SpeakerKind::Organisation));
}

#[test]
fn a_name_of_several_words_before_a_noun_modifies_it_as_one_word() {
    let t = format!(
        "{LEAD}The Kessel Basin Water Commission secretariat urged both governments to reopen the crossings \
         “for the sake of the people.”"
    );
    assert_eq!(
        named(&t, "for the sake of the people."),
        ("The Kessel Basin Water Commission secretariat".into(), SpeakerKind::Description)
    );
}

#[test]
fn a_role_a_relative_clause_follows_after_a_quote_speaks() {
    // "the official" names nobody before: the description speaks, over the relative clause
    // that asks for anonymity
    let t = format!(
        "{LEAD}“We will not be pressured by anyone,” the official, who spoke on condition of anonymity, told reporters."
    );
    assert_eq!(named(&t, "We will not be pressured by anyone,"), ("the official".into(), SpeakerKind::Description));
}
