//! Speakers that are organisations, places, documents or described people: the sieves of
//! [`super::super`] on invented sentences.

use super::{LEAD, person, who};
use crate::model::{SpeakerBasis, SpeakerKind};

#[test]
fn organisations_and_descriptions_are_speakers() {
    let t = format!(
        "{LEAD}The Kremlin said the offer was “absurd.”\n\
         “No comment,” a spokesperson for the ministry said.\n\
         Police said the road was “closed for now.”"
    );
    let (name, _, kind, span) = who(&t, "absurd.").expect("a speaker");
    assert_eq!((name.as_str(), kind, span.as_str()), ("Kremlin", SpeakerKind::Organisation, "Kremlin"));
    let (name, _, kind, _) = who(&t, "No comment,").expect("a speaker");
    assert_eq!((name.as_str(), kind), ("a spokesperson for the ministry", SpeakerKind::Description));
    let (name, _, kind, _) = who(&t, "closed for now.").expect("a speaker");
    assert_eq!((name.as_str(), kind), ("Police", SpeakerKind::Organisation));
}

#[test]
fn a_described_speaker_stops_at_a_preposition() {
    let t = format!("{LEAD}Nearly 40% of younger voters said the plan was “a mistake.”");
    let (name, _, kind, _) = who(&t, "a mistake.").expect("a speaker");
    assert_eq!((name.as_str(), kind), ("younger voters", SpeakerKind::Description));
}

#[test]
fn any_noun_after_a_determiner_before_a_cue_is_a_described_speaker() {
    let t = format!(
        "{LEAD}“We will not wait,” the tired moderator said.\n\
         His oldest friend wrote that he was “a quiet man.”\n\
         The plan was called “a farce” in the end."
    );
    let described = |quote: &str| who(&t, quote).map(|(name, _, kind, span)| (name, kind, span));
    let moderator = "the tired moderator".to_string();
    assert_eq!(described("We will not wait,"), Some((moderator.clone(), SpeakerKind::Description, moderator)));
    let friend = "His oldest friend".to_string();
    assert_eq!(described("a quiet man."), Some((friend.clone(), SpeakerKind::Description, friend)));
    // a passive cue: the plan is what was called so, not who called it
    assert_ne!(described("a farce").map(|d| d.2), Some("The plan".to_string()));
}

#[test]
fn a_possessive_opens_a_listed_noun_and_names_another_speaker_than_its_possessor() {
    // "wife", "father" and "lawyer" are listed nouns (roles), read until now as the object of
    // the possessive, which left the quote to the paragraph's first subject
    let t = format!(
        "{LEAD}Senator Tomas Hale toured the flooded farms on Monday.\n\
         “It was the hardest winter we have had,” his wife said.\n\
         “We live in a strange country,” my father often said.\n\
         “My client will appeal,” said her lawyer."
    );
    let described = |quote: &str| who(&t, quote).map(|(name, _, kind, span)| (name, kind, span));
    for (quote, speaker) in [
        ("It was the hardest winter we have had,", "his wife"),
        ("We live in a strange country,", "my father"),
        ("My client will appeal,", "her lawyer"),
    ] {
        assert_eq!(described(quote), Some((speaker.to_string(), SpeakerKind::Description, speaker.to_string())));
    }
}

#[test]
fn a_described_subject_is_no_prepositional_object_and_yields_to_a_name_in_apposition() {
    let t = format!(
        "{LEAD}“We will not wait,” said his best friend at the college, Maria Kovac.\n\
         Jonas Berg, who in the past described the plan as “a farce,” spoke last."
    );
    assert_eq!(person(&t, "We will not wait,"), ("Maria Kovac".into(), SpeakerBasis::Cue));
    assert_ne!(who(&t, "a farce,").map(|w| w.3), Some("the past".to_string()));
}

#[test]
fn a_place_the_gazetteer_knows_speaks_for_its_government() {
    let t = format!("{LEAD}Russia said the move was “a grave mistake.”\n“We will answer,” Beijing warned.");
    let (name, basis, kind, span) = who(&t, "a grave mistake.").expect("a speaker");
    assert_eq!(
        (name.as_str(), basis, kind, span.as_str()),
        ("Russia", SpeakerBasis::Cue, SpeakerKind::Organisation, "Russia")
    );
    let (name, _, kind, _) = who(&t, "We will answer,").expect("a speaker");
    assert_eq!((name.as_str(), kind), ("Beijing", SpeakerKind::Organisation));
}

#[test]
fn a_place_that_speaks_is_the_person_introduced_with_it_who_speaks_elsewhere() {
    let t = format!(
        "{LEAD}Russian Foreign Minister Ilse Varga told reporters: “We will wait.”\n\
         Moscow suggests that the West may try to “drag out” the talks."
    );
    let (name, basis, kind, span) = who(&t, "drag out").expect("a speaker");
    assert_eq!(
        (name.as_str(), basis, kind, span.as_str()),
        ("Ilse Varga", SpeakerBasis::Pronoun, SpeakerKind::Person, "Moscow")
    );
    // a place that only qualifies a noun is no speaker of its own
    let t = format!("{LEAD}Western countries said the West “simply waits” for the vote.");
    assert!(who(&t, "simply waits").is_none_or(|(name, ..)| name != "Western"));
}

#[test]
fn an_organisation_set_off_by_commas_before_said_in_a_statement_is_the_speaker() {
    // the words after "said in" are where it was said, not who said it; "Emirate" heads
    // an organisation's name (language data), so it is no person
    let t = format!(
        "{LEAD}Kessel's neighbour, the Emirate of Zahran, said in a statement that it would \
         \"not stand idle\" if talks failed."
    );
    let (name, _, kind, span) = who(&t, "not stand idle").expect("a speaker");
    assert_eq!((name.as_str(), kind), ("Emirate of Zahran", SpeakerKind::Organisation));
    assert_eq!(span, "Emirate of Zahran");
}

#[test]
fn a_role_noun_after_an_unnamed_speaker_introduced_with_it_is_that_speaker() {
    let t = format!(
        "{LEAD}Marguerite Dalmas, a French diplomat, said talks would go on.\n\
         A Western diplomat close to the talks was upbeat. \"Nobody walked out,\" the diplomat said."
    );
    let (name, _, kind, _) = who(&t, "Nobody walked out,").expect("a speaker");
    assert_eq!((name.as_str(), kind), ("the diplomat", SpeakerKind::Description));
    // the person's own apposition, and an unnamed speaker without the subject's modifier,
    // introduce nobody else
    let t = format!(
        "{LEAD}Ivo Marek, a deputy minister, spoke first.\n\
         Marek said remarks by a Kesselian minister were hostile.\n\
         According to the deputy minister, talks were off “as long as the threats go on.”"
    );
    assert_eq!(person(&t, "as long as the threats go on."), ("Ivo Marek".into(), SpeakerBasis::Pronoun));
}

#[test]
fn an_organisation_opening_the_sentence_before_an_apposition_is_the_speaker() {
    let t = format!(
        "{LEAD}The Navy's Fifth Fleet, based in Kessel, said it had moved a second destroyer into \
         the strait to \"monitor the situation\"."
    );
    let (name, _, kind, _) = who(&t, "monitor the situation").expect("a speaker");
    assert_eq!((name.as_str(), kind), ("Navy's Fifth Fleet", SpeakerKind::Organisation));
}

#[test]
fn a_described_speaker_opening_the_sentence_before_an_interjection_is_the_speaker() {
    // not what follows the cue ("the mood")
    let t = format!(
        "{LEAD}A Kesselian diplomat, speaking on condition of anonymity, said the mood was \
         “tense but not hopeless.”"
    );
    let (name, _, kind, _) = who(&t, "tense but not hopeless.").expect("a speaker");
    assert_eq!((name.as_str(), kind), ("A Kesselian diplomat", SpeakerKind::Description));
}

#[test]
fn a_document_is_its_issuer_when_the_sentence_naming_it_has_no_cue() {
    let t = format!(
        "{LEAD}The foreign ministry condemned the move in a statement on Monday.\n\
         “The move has no justification,” the statement said."
    );
    let (name, basis, _, span) = who(&t, "The move has no justification,").expect("a speaker");
    assert_eq!(
        (name.as_str(), basis, span.as_str()),
        ("The foreign ministry", SpeakerBasis::Pronoun, "The foreign ministry")
    );
}

#[test]
fn a_document_named_in_a_fronted_phrase_is_the_subject_of_the_cue_after_it() {
    let t = format!(
        "{LEAD}In a statement carried by the state news agency, the Kesselian gas company Kesselgaz \
         said the buyer had repeatedly failed to pay.\n\
         “Deliveries cannot go on without payment,” the statement said."
    );
    let (name, basis, _, _) = who(&t, "Deliveries cannot go on without payment,").expect("a speaker");
    assert_eq!((name.as_str(), basis), ("Kesselian gas company Kesselgaz", SpeakerBasis::Pronoun));
}

#[test]
fn an_organisation_named_by_its_head_noun_is_the_last_name_it_ends() {
    let t = format!(
        "{LEAD}Kessel's Foreign Ministry said the move was illegal.\n\
         “This will not go unanswered,” the ministry said."
    );
    let (name, basis, kind, span) = who(&t, "This will not go unanswered,").expect("a speaker");
    assert_eq!(
        (name.as_str(), basis, kind),
        ("Kessel's Foreign Ministry", SpeakerBasis::Pronoun, SpeakerKind::Organisation)
    );
    assert_eq!(span, "Kessel's Foreign Ministry");
    // a noun that heads no organisation's name stays a description
    let t = format!("{LEAD}The Blue Lagoon was closed.\n“It was quiet,” the lagoon keeper said.");
    let (name, _, kind, _) = who(&t, "It was quiet,").expect("a speaker");
    assert_eq!((name.as_str(), kind), ("the lagoon keeper", SpeakerKind::Description));
}

#[test]
fn a_possessor_opening_a_sentence_is_not_its_subject() {
    let t = format!(
        "{LEAD}Jonas Berg said the talks would resume.\n\
         Norway's foreign ministry rejected the protest, saying its ships had acted “within the law” at sea."
    );
    let (name, _, _, span) = who(&t, "within the law").expect("a speaker");
    assert_eq!((name.as_str(), span.as_str()), ("Norway's foreign ministry", "Norway's foreign ministry"));
}

#[test]
fn it_before_a_cue_is_the_organisation_opening_an_earlier_sentence() {
    let t = format!(
        "{LEAD}Jonas Berg, the mayor, spoke first.\n\
         The Norwegian embassy in Port Louis rejected the claim. “We acted within the law,” it said, \
         adding that its grants were “open to all”.\n\
         Jonas Berg left early. “Nobody asked us,” it said."
    );
    let (name, basis, kind, _) = who(&t, "We acted within the law,").expect("a speaker");
    assert_eq!(
        (name.as_str(), basis, kind),
        ("The Norwegian embassy", SpeakerBasis::Pronoun, SpeakerKind::Description)
    );
    assert_eq!(who(&t, "open to all").map(|w| w.0), Some(name));
    // a person opens the sentence before: `it` is no one we can name
    assert_ne!(who(&t, "Nobody asked us,").map(|w| w.0), Some("Jonas Berg".to_string()));
}

#[test]
fn a_quote_whose_sentence_stops_after_its_mark_takes_no_cue_from_the_next_sentence() {
    let t = format!(
        "{LEAD}The ministry said the ban would stay \"until further notice\". The lawmakers were told on Monday, \
         an official said."
    );
    let (name, _, _, _) = who(&t, "until further notice").expect("a speaker");
    assert_eq!(name, "The ministry");
}

#[test]
fn an_object_after_a_cue_that_takes_one_is_no_speaker() {
    let t = format!("{LEAD}The embassy said the decision was \"unfair\", urged the government to reconsider.");
    let (name, _, _, _) = who(&t, "unfair").expect("a speaker");
    assert_eq!(name, "The embassy");
}

#[test]
fn commas_part_the_portfolio_of_a_ministry_s_name() {
    let t = format!(
        "{LEAD}“The trawler had no licence,” the Ministry of Agriculture, Land and Fisheries said.\n\
         “The crew is safe,” said the Ministry of Health, Welfare and Sport, adding that all were fed."
    );
    let (name, _, kind, _) = who(&t, "The trawler had no licence,").expect("a speaker");
    assert_eq!((name.as_str(), kind), ("Ministry of Agriculture, Land and Fisheries", SpeakerKind::Organisation));
    let (name, _, kind, _) = who(&t, "The crew is safe,").expect("a speaker");
    assert_eq!((name.as_str(), kind), ("Ministry of Health, Welfare and Sport", SpeakerKind::Organisation));
}

#[test]
fn a_name_after_a_kind_of_organisation_is_no_person() {
    // "agency" and "company" are kinds of organisation: the names after them are no one's
    let t = format!(
        "{LEAD}Deputy Foreign Minister Jonas Berg demanded the release of the ship, the state news agency KNA Vostok reported.\n\
         “Kessel should think very carefully about where this leads,” he was quoted as saying.\n\
         “Our patience has run out,” the state gas company Kessgaz said."
    );
    assert_eq!(person(&t, "Kessel should think very carefully about where this leads,").0, "Jonas Berg");
    let (name, _, kind, _) = who(&t, "Our patience has run out,").expect("a speaker");
    assert_eq!((name.as_str(), kind), ("state gas company Kessgaz", SpeakerKind::Organisation));
}

#[test]
fn a_cue_verb_in_its_plural_present_reads_its_subject() {
    let t = format!(
        "{LEAD}“The river belongs to both banks,” the negotiators insist.\n\
         “The treaty is dead,” critics of the deal argue in a new paper."
    );
    let (name, _, kind, _) = who(&t, "The river belongs to both banks,").expect("a speaker");
    assert_eq!((name.as_str(), kind), ("the negotiators", SpeakerKind::Description));
    let (name, _, _, _) = who(&t, "The treaty is dead,").expect("a speaker");
    assert_eq!(name, "critics of the deal");
}

#[test]
fn a_business_that_speaks_under_its_kind_is_the_one_named_before() {
    // a name that ends as a business's, an adjective before it left out
    let t = format!(
        "{LEAD}Mali suspended the permit of Toronto-listed Falémé Gold Resources on Tuesday.\n\
         Officials in Bamako said the taxes were long overdue.\n\
         “We will appeal the decision,” the company said."
    );
    let (name, basis, kind, _) = who(&t, "We will appeal the decision,").expect("a speaker");
    assert_eq!(
        (name.as_str(), basis, kind),
        ("Falémé Gold Resources", SpeakerBasis::Pronoun, SpeakerKind::Organisation)
    );
    // a name set beside the kind, then mentioned by its first word alone
    let t = format!(
        "{LEAD}Vessa Partners, a New York fund that holds the bonds, sued in August.\n\
         In a statement, Vessa called on Colombo to pay in full.\n\
         “Colombo chose to default,” the fund said."
    );
    let (name, _, kind, _) = who(&t, "Colombo chose to default,").expect("a speaker");
    assert_eq!((name.as_str(), kind), ("Vessa", SpeakerKind::Organisation));
    let t = format!("{LEAD}Ardenna, a Zurich fund that holds the bonds, sued.\n“We will be paid,” the fund said.");
    let (name, _, kind, _) = who(&t, "We will be paid,").expect("a speaker");
    assert_eq!((name.as_str(), kind), ("Ardenna", SpeakerKind::Organisation));
    // a name before a clause's subject is not set beside it
    let t = format!(
        "{LEAD}In downtown Port Louis, a group dressed in white marched in silence.\n\
         “We are still here,” the group said."
    );
    let (name, _, kind, _) = who(&t, "We are still here,").expect("a speaker");
    assert_eq!((name.as_str(), kind), ("the group", SpeakerKind::Description));
    // the end of a ministry's name is no business, and with none named the kind stays
    let t = format!(
        "{LEAD}The Ministry of Water Resources published the figures on Monday.\n\
         “We have nothing to hide,” the company said."
    );
    let (name, _, kind, _) = who(&t, "We have nothing to hide,").expect("a speaker");
    assert_eq!((name.as_str(), kind), ("the company", SpeakerKind::Description));
}

#[test]
fn one_of_a_group_is_the_group_named_before() {
    let t = format!(
        "{LEAD}Two French officials said Paris had discussed linking the quota to the review. \
         “Everything is on the table,” one of them said."
    );
    let (name, basis, kind, _) = who(&t, "Everything is on the table,").expect("a speaker");
    assert_eq!((name.as_str(), basis, kind), ("Two French officials", SpeakerBasis::Pronoun, SpeakerKind::Description));
    // the group a sentence before cites as its source
    let t = format!(
        "{LEAD}Kessel has offered to host the talks, according to two diplomats in the region. \
         “Kessel is the last channel that still works,” one of them said."
    );
    let (name, _, _, _) = who(&t, "Kessel is the last channel that still works,").expect("a speaker");
    assert_eq!(name, "two diplomats");
    // with no group named before, the subject stays as written
    let t = format!("{LEAD}The vote was close. “We lost,” one of them said.");
    let (name, _, _, _) = who(&t, "We lost,").expect("a speaker");
    assert_eq!(name, "one of them");
}

#[test]
fn the_last_word_of_an_office_name_is_no_person() {
    // "Vardana" closes "the Office for Kessel and Vardana", whatever apposition follows it;
    // a title among the capitals keeps the name after it a person
    let t = format!(
        "{LEAD}The head of the Office for Kessel and Vardana, Ivo Marek, said the order aimed to drive people out “one office at a time”.\n\
         “We will not sit and watch,” he said.\n\
         “We will not accept it,” Secretary of State for Foreign Affairs Maria Kovac told parliament."
    );
    assert_eq!(person(&t, "one office at a time"), ("Ivo Marek".into(), SpeakerBasis::Cue));
    assert_eq!(person(&t, "We will not sit and watch,"), ("Ivo Marek".into(), SpeakerBasis::Pronoun));
    assert_eq!(person(&t, "We will not accept it,"), ("Maria Kovac".into(), SpeakerBasis::Cue));
}

#[test]
fn a_letter_that_speaks_is_its_signer_s_even_two_paragraphs_on() {
    let t = format!(
        "{LEAD}The four-page letter, dated May 2 and seen by reporters, was signed by Norland's envoy to the council, Ilse Varga.\n\
         It lists nine flights between March and July.\n\
         “Kessel is a direct party to the fighting,” the letter says."
    );
    assert_eq!(person(&t, "Kessel is a direct party to the fighting,"), ("Ilse Varga".into(), SpeakerBasis::Pronoun));
}

#[test]
fn a_group_named_beside_its_kind_speaks_as_the_group_though_a_place_opens_its_name() {
    let t = format!(
        "{LEAD}The Kachin Army, an ethnic armed group, has given the military 15 days to withdraw its troops.\n\
         The group said it would “take all necessary measures” once the period expired."
    );
    let (name, basis, kind, _) = who(&t, "take all necessary measures").expect("a speaker");
    assert_eq!((name.as_str(), basis, kind), ("Kachin Army", SpeakerBasis::Pronoun, SpeakerKind::Organisation));
}

#[test]
fn a_statement_is_its_issuer_s_past_a_participle_in_a_long_fronted_phrase() {
    let t = format!(
        "{LEAD}In a statement posted on its website late on Sunday, the Norland Mining Company said it had “followed every rule” at the site. \
         “The decision was taken without due process,” the statement said."
    );
    let (name, basis, _, _) = who(&t, "The decision was taken without due process,").expect("a speaker");
    assert_eq!((name.as_str(), basis), ("Norland Mining Company", SpeakerBasis::Pronoun));
}

#[test]
fn a_chain_of_bodies_named_by_their_kind_ends() {
    // each `the group` reads back to the one before; a long chain once recursed without end
    let mut t = format!("{LEAD}The Arakan Army, an armed group, said it would fight.\n");
    for i in 0..12 {
        t.push_str(&format!("The group said it would fight on. “We will not stop in round {i},” the group said.\n"));
    }
    let (name, _, kind, _) = who(&t, "We will not stop in round 0,").expect("a speaker");
    assert_eq!((name.as_str(), kind), ("Arakan Army", SpeakerKind::Organisation));
    let (name, _, kind, _) = who(&t, "We will not stop in round 11,").expect("a speaker");
    assert_eq!((name.as_str(), kind), ("the group", SpeakerKind::Description));
}
