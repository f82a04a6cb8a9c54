//! The sieves of [`super`], one test per pattern and per sieve, on invented sentences: here
//! people named, placed and resolved; in `organisations` organisations, places, documents and
//! described speakers; in `clauses` the subjects of participles and of later clauses; in
//! `reported` reported and relative clauses; in `after` the cue after a quote; in
//! `antecedents` pronouns, role nouns and carried speakers.

use crate::model::{SpeakerBasis, SpeakerKind};
use crate::{Analyzer, Source};

/// (speaker, basis, kind, the text of speaker_span) of the quote whose text is `quote`.
fn who(text: &str, quote: &str) -> Option<(String, SpeakerBasis, SpeakerKind, String)> {
    let a = Analyzer::bundled().analyze(&Source::from_text("t", text));
    let q = a.quotes.iter().find(|q| q.text == quote).unwrap_or_else(|| panic!("no quote {quote:?}"));
    let span = q.speaker_span?;
    Some((q.speaker.clone()?, q.speaker_basis?, q.speaker_kind?, text[span.start..span.end].to_string()))
}

fn person(text: &str, quote: &str) -> (String, SpeakerBasis) {
    let (name, basis, kind, _) = who(text, quote).expect("a speaker");
    assert_eq!(kind, SpeakerKind::Person, "{quote}");
    (name, basis)
}

const LEAD: &str = "Talks on the river border resumed on Monday in the capital after a long pause.\n";

#[path = "speakers_tests_organisations.rs"]
mod organisations;

#[path = "speakers_tests_clauses.rs"]
mod clauses;

#[path = "speakers_tests_reported.rs"]
mod reported;

#[path = "speakers_tests_after.rs"]
mod after;

#[path = "speakers_tests_antecedents.rs"]
mod antecedents;

#[path = "speakers_tests_names.rs"]
mod names;

#[path = "speakers_tests_described.rs"]
mod described;

#[path = "speakers_tests_documents.rs"]
mod documents;

#[test]
fn name_then_cue_after_the_quote_and_surname_links_to_full_name() {
    // "Maria" is a given name of the bundled table: evidence that "Maria Kovac" is a person
    let t = format!("{LEAD}Maria Kovac spoke first.\n“We are ready,” Kovac said.");
    assert_eq!(person(&t, "We are ready,"), ("Maria Kovac".into(), SpeakerBasis::Cue));
}

#[test]
fn cue_then_name_with_dotted_title_and_middle_initial() {
    let t = format!("{LEAD}“We are ready,” said Sen. Tomas R. Brandt, who chairs the panel.");
    assert_eq!(person(&t, "We are ready,"), ("Tomas R. Brandt".into(), SpeakerBasis::Cue));
}

#[test]
fn a_listed_initial_of_two_letters_opens_a_name_and_ends_no_sentence() {
    // the Mongolian and Russian way of writing a patronymic's or given name's initial
    let t = format!("{LEAD}“The road stays shut,” said opposition lawmaker Ts. Oyunbold.");
    assert_eq!(person(&t, "The road stays shut,"), ("Ts. Oyunbold".into(), SpeakerBasis::Cue));
    let t = format!("{LEAD}“Deliveries must resume,” Deputy Prime Minister Ch. Batbayar told a news conference.");
    assert_eq!(person(&t, "Deliveries must resume,"), ("Ch. Batbayar".into(), SpeakerBasis::Cue));
    // a two-letter word the language does not list is no initial: its dot ends the sentence
    let t = format!("{LEAD}The talks moved to St. Gallen on Friday. “We are ready,” said Ivo Marek.");
    assert_eq!(person(&t, "We are ready,"), ("Ivo Marek".into(), SpeakerBasis::Cue));
}

#[test]
fn apposition_and_party_tag_before_the_cue() {
    let t = format!(
        "{LEAD}Ilse Varga, a senior strategist for the bank, said the plan was “far too late.”\n\
         Rep. Oren Dahl (D-Ore.) said it was “a fair start.”"
    );
    assert_eq!(person(&t, "far too late."), ("Ilse Varga".into(), SpeakerBasis::Cue));
    assert_eq!(person(&t, "a fair start."), ("Oren Dahl".into(), SpeakerBasis::Cue));
}

#[test]
fn according_to_and_participle_cue_take_the_subject() {
    let t = format!(
        "{LEAD}According to Lena Holm, “the deal is dead.”\n\
         Petra Lund spoke on Tuesday about the vote, arguing that it was “a mistake.”"
    );
    assert_eq!(person(&t, "the deal is dead."), ("Lena Holm".into(), SpeakerBasis::Cue));
    assert_eq!(person(&t, "a mistake."), ("Petra Lund".into(), SpeakerBasis::Cue));
}

#[test]
fn the_object_of_told_is_not_the_speaker() {
    let t = format!("{LEAD}Marta Ilves told Jonas Berg: “Nothing has changed.”");
    assert_eq!(person(&t, "Nothing has changed."), ("Marta Ilves".into(), SpeakerBasis::Cue));
}

#[test]
fn title_case_headline_words_and_place_heads_are_not_people() {
    let t = "Foreign Minister Warns Neighbours\n\nThe Kent County Council met on Monday.\n\
             “We are worried,” the council said.";
    let a = Analyzer::bundled().analyze(&Source::from_text("t", t));
    assert!(a.quotes[0].speaker.as_deref() != Some("Warns"), "{:?}", a.quotes[0].speaker);
    assert_ne!(a.quotes[0].speaker_kind, Some(SpeakerKind::Person));
}

#[test]
fn quoted_titles_have_no_speaker() {
    let t = format!("{LEAD}Mirela Kovac said on NBC’s “Meet the Nation” that talks would go on.");
    let a = Analyzer::bundled().analyze(&Source::from_text("t", &t));
    assert_eq!(a.quotes[0].kind, crate::model::QuoteKind::Title);
    assert_eq!(a.quotes[0].speaker, None);
}

#[test]
fn a_partial_quote_with_no_cue_verb_takes_the_subject_of_its_sentence() {
    let t = format!(
        "{LEAD}Nora Falk spoke first. “We will wait,” Falk said.\n\
         In recent weeks, Senator Ivo Marek has gone after the plan as “a reckless gamble.”"
    );
    assert_eq!(person(&t, "a reckless gamble."), ("Ivo Marek".into(), SpeakerBasis::Subject));
    // not a noun phrase that only looks like a subject, nor after a colon
    let t = format!(
        "{LEAD}“We will wait,” said Nora Falk.\n\
         The slow growth of the military presence is an issue “which concerns the neighbours.”"
    );
    assert_eq!(person(&t, "which concerns the neighbours."), ("Nora Falk".into(), SpeakerBasis::Carried));
}

#[test]
fn a_subject_runs_over_its_descriptors_to_the_name() {
    let t = format!(
        "{LEAD}“We will wait,” said Nora Falk.\n\
         Democratic presidential candidate Ivo Marek is declining to answer claims that his aides are \
         running “a smear campaign” against the city."
    );
    assert_eq!(person(&t, "a smear campaign"), ("Ivo Marek".into(), SpeakerBasis::Subject));
}

#[test]
fn a_short_apposition_between_name_and_cue_is_evidence_of_a_person() {
    // "Quorra" is no given name of the bundled table: the cue after ", 31," is the evidence
    let t = format!("{LEAD}“We are not going to stop,” Quorra Lindqvist, 31, said as she marched.");
    assert_eq!(person(&t, "We are not going to stop,"), ("Quorra Lindqvist".into(), SpeakerBasis::Cue));
}

#[test]
fn a_person_of_an_organisation_is_the_person() {
    let t = format!("{LEAD}“It was the least bad outcome,” Mr. Dalby of the Harbour Council said.");
    assert_eq!(person(&t, "It was the least bad outcome,"), ("Dalby".into(), SpeakerBasis::Cue));
}

#[test]
fn a_family_name_written_first_links_to_the_full_name() {
    let t = format!("{LEAD}Foreign Minister Zhao Kun met the envoy on Monday.\n“The door is open,” Zhao said.");
    assert_eq!(person(&t, "The door is open,"), ("Zhao Kun".into(), SpeakerBasis::Cue));
}

#[test]
fn a_closing_parenthesis_near_the_start_of_a_sentence_is_no_party_tag() {
    // found by fuzzing: the party-tag rule looked for the "(" before the first word
    let t = format!("{LEAD}An) called for “more troops on the flank.”");
    assert!(who(&t, "more troops on the flank.").is_none());
}

#[test]
fn a_name_after_a_described_apposition_a_short_cue_sentence_and_an_acronym() {
    let t = format!(
        "{LEAD}“We will not wait,” the ministry spokesman, Josh Kent, said on Thursday.\n\
         Maria Kovac spoke next.\n“We are cleaning it up.” Kovac said.\n\
         “It was a bad week,” ZBQ said in a statement."
    );
    assert_eq!(person(&t, "We will not wait,"), ("Josh Kent".into(), SpeakerBasis::Cue));
    assert_eq!(person(&t, "We are cleaning it up."), ("Maria Kovac".into(), SpeakerBasis::Cue));
    let acronym = who(&t, "It was a bad week,").map(|(name, _, kind, _)| (name, kind));
    assert_eq!(acronym, Some(("ZBQ".into(), SpeakerKind::Organisation)));
}

#[test]
fn a_hyphenated_place_adjective_before_the_name_is_a_descriptor() {
    let t = format!("{LEAD}“The plan is dead,” explained Vienna-based attorney Tomas Brandt.");
    assert_eq!(person(&t, "The plan is dead,"), ("Tomas Brandt".into(), SpeakerBasis::Cue));
    // a lower-case syllable after a hyphen is part of a name
    let t = format!("{LEAD}“The talks go on,” said Secretary General Kim Seo-yeon.");
    assert_eq!(person(&t, "The talks go on,"), ("Kim Seo-yeon".into(), SpeakerBasis::Cue));
}

#[test]
fn a_place_before_a_hyphenated_participle_describes_the_speaker() {
    let t = format!("{LEAD}“The talks failed,” explained Santa Rivo-based lawyer Dina Orlo.");
    assert_eq!(person(&t, "The talks failed,"), ("Dina Orlo".into(), SpeakerBasis::Cue));
}

#[test]
fn sharp_replies_are_cues() {
    let t = format!("{LEAD}“That is not true,” Dina Orlo shot back. “Sit down,” barked Piet Lorenz.");
    assert_eq!(person(&t, "That is not true,"), ("Dina Orlo".into(), SpeakerBasis::Cue));
    assert_eq!(person(&t, "Sit down,"), ("Piet Lorenz".into(), SpeakerBasis::Cue));
}

#[test]
fn a_party_tag_or_a_relative_clause_between_the_name_and_the_cue() {
    let t = format!(
        "{LEAD}“We know the cost,” Tomas Brandt, R-Ky., said on Tuesday.\n\
         “It keeps us going,” Quill Varden, who works at the mill in Lorsk, said."
    );
    assert_eq!(person(&t, "We know the cost,"), ("Tomas Brandt".into(), SpeakerBasis::Cue));
    assert_eq!(person(&t, "It keeps us going,"), ("Quill Varden".into(), SpeakerBasis::Cue));
}

#[test]
fn a_chamber_and_its_whip_are_titles_before_the_name() {
    let t = format!("{LEAD}“We know the cost,” said Senate Minority Whip Dora Lentz in an interview.");
    assert_eq!(person(&t, "We know the cost,"), ("Dora Lentz".into(), SpeakerBasis::Cue));
}

#[test]
fn a_listed_organisation_before_the_name_is_no_person() {
    let t = format!("{LEAD}“We know the cost,” said White House press secretary Dana Welk.");
    assert_eq!(person(&t, "We know the cost,"), ("Dana Welk".into(), SpeakerBasis::Cue));
}

#[test]
fn the_subject_of_a_sentence_is_read_over_an_interjection_to_its_verb() {
    let t =
        format!("{LEAD}The army spokesman, in a statement issued on Monday night, rejected the reports as “baseless.”");
    let (name, basis, ..) = who(&t, "baseless.").expect("a speaker");
    assert_eq!((name.as_str(), basis), ("The army spokesman", SpeakerBasis::Subject));
}

#[test]
fn a_name_that_introduces_a_quote_with_a_colon_is_its_speaker_unless_governed() {
    let t = format!(
        "{LEAD}One calm voice on the night was pollster Maria Kovac: “Late deciders break for the challenger.”\n\
         Jonas Berg spoke next, and he set the plan against the record of Ilse Varga: “Nobody reads the fine print.”"
    );
    assert_eq!(person(&t, "Late deciders break for the challenger."), ("Maria Kovac".into(), SpeakerBasis::Cue));
    assert_ne!(who(&t, "Nobody reads the fine print.").map(|w| w.0), Some("Ilse Varga".to_string()));
}

#[test]
fn a_capitalised_word_before_a_role_noun_after_the_cue_qualifies_it() {
    let t = format!("{LEAD}“The state is in play,” said Kessel pollster Maria Kovac.");
    assert_eq!(person(&t, "The state is in play,"), ("Maria Kovac".into(), SpeakerBasis::Cue));
}

#[test]
fn no_subject_is_read_after_a_participle_cue() {
    let t = format!(
        "{LEAD}Maria Kovac conceded that the port needs “a great deal of work,” noting weak demand at \
         the Central Bank."
    );
    assert_eq!(person(&t, "a great deal of work,"), ("Maria Kovac".into(), SpeakerBasis::Cue));
}

#[test]
fn a_cue_word_after_a_possessive_is_a_noun_with_no_subject_after_it() {
    let t = format!("{LEAD}Ilse Varga on Tuesday called Tomas Brandt’s comments about the mayor “plainly unfair.”");
    assert_eq!(who(&t, "plainly unfair.").map(|w| w.0), Some("Ilse Varga".to_string()));
}

#[test]
fn a_word_after_an_abbreviations_dot_and_an_organisation_word_is_no_person() {
    // "Kessel" after "U.S. Forces" is part of the command's name, not a person the later
    // pronoun could stand for
    let t = format!(
        "{LEAD}Dan Whit, a spokesman for U.S. Forces Kessel, said the drills would run.\n\
         “Our commitment is firm,” he said."
    );
    assert_eq!(person(&t, "Our commitment is firm,"), ("Dan Whit".into(), SpeakerBasis::Pronoun));
}

#[test]
fn a_capitalised_pronoun_inside_a_sentence_before_a_name_is_a_family_name() {
    let t = format!("{LEAD}“The law must be corrected,” ministry spokesperson He Lanfeng told a briefing.");
    assert_eq!(person(&t, "The law must be corrected,"), ("He Lanfeng".into(), SpeakerBasis::Cue));
}

#[test]
fn a_name_particle_of_the_language_data_joins_a_name() {
    let t = format!("{LEAD}“We did not come to surrender,” Idris ag Amellal, a spokesman for the front, said.");
    assert_eq!(person(&t, "We did not come to surrender,"), ("Idris ag Amellal".into(), SpeakerBasis::Cue));
}

#[test]
fn the_possessor_of_a_role_before_the_name_in_apposition_is_not_the_speaker() {
    let t = format!("{LEAD}Jane Roe arrived on Monday.\n“We stay,” Ms. Roe's spokesman, Ivo Marek, wrote on Twitter.");
    assert_eq!(person(&t, "We stay,"), ("Ivo Marek".into(), SpeakerBasis::Cue));
}

#[test]
fn the_possessor_before_a_participle_cue_is_not_its_subject() {
    let t = format!(
        "{LEAD}Jane Roe's campaign manager Ivo Marek answered on Monday, arguing that the plan \
         was “a gift to our rivals.”"
    );
    assert_eq!(person(&t, "a gift to our rivals."), ("Ivo Marek".into(), SpeakerBasis::Cue));
}

#[test]
fn a_participle_cue_skips_a_place_its_sentence_opens_with() {
    let t = format!(
        "{LEAD}Roe said La Paz would respond.\nIn La Paz, Defence Minister Ana Quispe said the army \
         had sent patrols, adding that there was “no reason for alarm”."
    );
    assert_eq!(person(&t, "no reason for alarm"), ("Ana Quispe".into(), SpeakerBasis::Cue));
}

#[test]
fn the_first_of_two_family_names_stands_for_the_person() {
    let t = format!(
        "{LEAD}Foreign Minister Lucía Ortega Villalba said the tariffs broke the treaty.\n\
         Forecasters said the dry weather would last until December.\n\
         Ortega was defiant on Wednesday. “We will not go down on our knees,” she said."
    );
    assert_eq!(person(&t, "We will not go down on our knees,").0, "Lucía Ortega Villalba");
}

#[test]
fn a_title_ending_in_a_portfolio_word_names_the_person_after_it() {
    let t = format!(
        "{LEAD}Secretary of State Lena Holm arrived in the capital on Sunday.\n\
         “We are ready,” she said.\n\
         “The money is there,” said Secretary of the Treasury Ivo Marek."
    );
    assert_eq!(person(&t, "We are ready,"), ("Lena Holm".into(), SpeakerBasis::Pronoun));
    assert_eq!(person(&t, "The money is there,"), ("Ivo Marek".into(), SpeakerBasis::Cue));
}

#[test]
fn run_together_initials_do_not_end_a_sentence_before_a_name() {
    // "A.E." is no sentence's end: Brandt is an object, not a subject opening a sentence
    let t = format!(
        "{LEAD}Marek said he had consulted the scholar A.E. Tomas Brandt at the university.\n\
         “We are on firm ground,” he said."
    );
    assert_eq!(person(&t, "We are on firm ground,"), ("Marek".into(), SpeakerBasis::Pronoun));
}

#[test]
fn a_place_before_descriptors_and_a_role_qualifies_the_name_after_them() {
    // "Kessland" is no place the gazetteer knows: the role after it says it is no speaker
    let t =
        format!("{LEAD}“The biggest worry is the court,” said Kessland nutritional-supplement executive Jonas Berg.");
    assert_eq!(person(&t, "The biggest worry is the court,"), ("Jonas Berg".into(), SpeakerBasis::Cue));
}

#[test]
fn a_long_relative_clause_between_a_name_and_its_cue_shows_a_person() {
    let t = format!(
        "{LEAD}Aiko Tanabe, who heads an association of families of fishermen held by the coast guard of Kessel in the 1990s and 2000s, said the seizure showed its priorities.\n\
         “Every boat they take is a warning,” she said."
    );
    assert_eq!(person(&t, "Every boat they take is a warning,"), ("Aiko Tanabe".into(), SpeakerBasis::Pronoun));
}

#[test]
fn a_cue_reads_forwards_over_a_long_description_to_a_long_name() {
    let t = format!("{LEAD}“We have given them everything,” said PP foreign affairs spokesman Jaime Ruiz de Luna.");
    assert_eq!(person(&t, "We have given them everything,"), ("Jaime Ruiz de Luna".into(), SpeakerBasis::Cue));
}
