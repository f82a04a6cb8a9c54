//! Speakers read from where a quote stands in its clause: the subject of a participle cue,
//! of a clause a conjunction opens, of a title with a conjunction in it, names written
//! family name first, the phrase a relative pronoun after a comma stands for, and a subject
//! after a fronted phrase, a cue word in -s after a part of a whole (`32% of Republican
//! claims`, a noun): the sieves of [`super::super`] on invented sentences.

use super::{LEAD, person, who};
use crate::model::{SpeakerBasis, SpeakerKind};

#[test]
fn a_capitalised_pronoun_before_a_name_is_a_family_name() {
    let t = format!(
        "{LEAD}Jonas Berg said the talks would resume. He added that nothing was settled.\n\
         At a briefing, spokeswoman He Lina dismissed the charge, saying the rules were “fair to all” abroad."
    );
    assert_eq!(person(&t, "fair to all"), ("He Lina".into(), SpeakerBasis::Cue));
}

#[test]
fn a_participle_cue_takes_its_clause_subject_not_an_object() {
    let t = format!(
        "{LEAD}Jonas Berg spoke first.\n\
         The former envoy mocked Berg as a failed trader, calling him the “king of debt” on Tuesday.\n\
         Several diplomats said the mood was tense, with one Nordic minister accusing Berg of “holding us hostage”.\n\
         Lena Holm issued a statement saying the deal was “dead” and calling it “a farce” twice."
    );
    let (name, _, _, _) = who(&t, "king of debt").expect("a speaker");
    assert_eq!(name, "The former envoy");
    let (name, _, _, _) = who(&t, "holding us hostage").expect("a speaker");
    assert_eq!(name, "one Nordic minister");
    // after an earlier quote of its sentence, the participle's quote shares that one's speaker
    assert_eq!(person(&t, "a farce").0, "Lena Holm");
}

#[test]
fn a_name_after_a_cue_that_takes_an_object_is_no_evidence_of_a_person() {
    let t = format!(
        "{LEAD}Critics kept calling Nordic traders “pirates” all year.\n\
         “We will not wait,” said a Nordic official."
    );
    let (name, _, _, _) = who(&t, "We will not wait,").expect("a speaker");
    assert_eq!(name, "a Nordic official");
}

#[test]
fn a_name_of_three_words_before_its_apposition_and_a_title_with_a_conjunction() {
    let t = format!(
        "{LEAD}“This plan is not acceptable,” Kyaw Thet Naing, a spokesman for the military council, told state media.\n\
         “The ore stays here,” Industry and Trade Minister Tran Quoc Binh told a news conference."
    );
    assert_eq!(person(&t, "This plan is not acceptable,"), ("Kyaw Thet Naing".into(), SpeakerBasis::Cue));
    assert_eq!(person(&t, "The ore stays here,"), ("Tran Quoc Binh".into(), SpeakerBasis::Cue));
}

#[test]
fn a_quote_in_a_later_clause_is_that_clauses_subjects() {
    let t = format!(
        "{LEAD}Jonas Berg offered to roll over the loans, and the finance ministry welcomed the offer as \
         “a gesture of friendship” on Monday."
    );
    let (name, _, _, _) = who(&t, "a gesture of friendship").expect("a speaker");
    assert_eq!(name, "the finance ministry");
}

#[test]
fn a_lead_after_its_dateline_gives_it_and_participles_their_subjects() {
    let t = "Talks\n\nPORT LOUIS, May 2 (Reuters) - The Norwegian embassy rejected the claim. “We acted within the law,” \
             it said.\n\nNorway will not withdraw from the island, Foreign Minister Jonas Berg said on \
             Tuesday in Lima, adding that the question was “not up for discussion.”\n";
    let (name, basis, _, _) = who(t, "We acted within the law,").expect("a speaker");
    assert_eq!((name.as_str(), basis), ("The Norwegian embassy", SpeakerBasis::Pronoun));
    assert_eq!(person(t, "not up for discussion.").0, "Jonas Berg");
}

#[test]
fn a_cue_word_after_an_article_is_a_noun_of_an_apposition() {
    let t = format!(
        "{LEAD}“It is an overreach of the agency,” Jonas Berg, the attorney general of Kessel, one of the \
         states suing the agency, said on Monday."
    );
    assert_eq!(person(&t, "It is an overreach of the agency,"), ("Jonas Berg".into(), SpeakerBasis::Cue));
}

#[test]
fn a_described_speaker_keeps_its_qualifiers_before_a_relative_clause() {
    let t = format!(
        "{LEAD}Jonas Berg said the boats would stay in port.\n\
         An officer in the Nordic navy, who asked not to be named, said: “Nobody gains from this.”"
    );
    let (name, _, _, _) = who(&t, "Nobody gains from this.").expect("a speaker");
    assert_eq!(name, "An officer in the Nordic navy");
}

#[test]
fn a_given_name_with_accents_is_known_by_its_letters_without_them() {
    let t = format!(
        "{LEAD}Jonas Berg said the servers were abroad.\n\
         Norland's Minister of Digital Affairs, Aurélie Vasseur-Lind, rejected the claim. “It is irresponsible to accuse a state,” she wrote."
    );
    assert_eq!(person(&t, "It is irresponsible to accuse a state,").0, "Aurélie Vasseur-Lind");
}

#[test]
fn a_parliamentary_title_with_a_dot_opens_a_name() {
    let t = format!(
        "{LEAD}Jonas Berg said the river would be shared.\n\
         “If the water stops, the herders will follow it,” said Hon. Djibo Karimou, who sits for the valley."
    );
    assert_eq!(person(&t, "If the water stops, the herders will follow it,").0, "Djibo Karimou");
}

#[test]
fn a_pronoun_after_an_unnamed_speaker_set_off_by_an_aside_is_that_speaker() {
    let t = format!(
        "{LEAD}Jonas Berg, head of the basin authority, welcomed the talks. “Nobody wins by blaming,” he said.\n\
         An engineer at the dam, speaking on condition of anonymity, said the gates had to open. “If we do not open them, the dam is at risk,” he said."
    );
    let (name, _, kind, _) = who(&t, "If we do not open them, the dam is at risk,").expect("a speaker");
    assert_eq!((name.as_str(), kind), ("An engineer at the dam", SpeakerKind::Description));
}

#[test]
fn it_after_a_quote_stands_for_the_organisation_that_spoke_it() {
    let t = format!(
        "{LEAD}Jonas Berg, a spokesman for the rebels, said the shelling had stopped.\n\
         Baku denied that its troops had fired. “Responsibility lies with the other side,” the Azerbaijani defence ministry said in a statement.\n\
         “Any further provocation will be met with a decisive response,” it added."
    );
    let (name, _, kind, _) =
        who(&t, "Any further provocation will be met with a decisive response,").expect("a speaker");
    assert_eq!((name.as_str(), kind), ("the Azerbaijani defence ministry", SpeakerKind::Description));
}

#[test]
fn the_subject_of_a_cue_after_what_is_its_speaker() {
    let t = format!(
        "{LEAD}The ministry summoned the envoy to convey what Jane Roe described as “the deep displeasure of the government.”"
    );
    assert_eq!(person(&t, "the deep displeasure of the government.").0, "Jane Roe");
}

#[test]
fn a_name_apposed_to_a_role_after_an_introductory_phrase_is_the_subject() {
    let t = format!(
        "{LEAD}Jonas Berg said the dam was illegal.\n\
         In the capital, Norland's water minister, Habtamu Woldemariam, said the filling complied. “We need nobody's permission,” he said."
    );
    assert_eq!(person(&t, "We need nobody's permission,").0, "Habtamu Woldemariam");
}

#[test]
fn a_title_with_a_portfolio_names_the_person_after_it() {
    let t = format!(
        "{LEAD}“There will be no new licences,” Minister for Trade and Fisheries Jane Roe told reporters.\n\
         “The law is clear,” said Minister for Enterprise, Trade and Employment Tomas Lund.\n\
         “We will not pay,” Minister for Mineral Resources Aviaja Qorlaq told the assembly."
    );
    assert_eq!(person(&t, "There will be no new licences,"), ("Jane Roe".into(), SpeakerBasis::Cue));
    assert_eq!(person(&t, "The law is clear,"), ("Tomas Lund".into(), SpeakerBasis::Cue));
    assert_eq!(person(&t, "We will not pay,"), ("Aviaja Qorlaq".into(), SpeakerBasis::Cue));
}

#[test]
fn a_title_and_its_portfolio_before_a_name_open_the_sentence_the_name_is_subject_of() {
    let t = format!(
        "{LEAD}“We can live with a partial deal,” Mr. Holm said.\n\
         Secretary of State Tomas Lund said the detainees were due for release. “We gave up very little,” he told the radio.\n\
         “Nobody is left behind,” Mr. Holm said again.\n\
         Minister for Enterprise, Trade and Employment Jonas Berg said the port would stay open. “It will not close,” he said."
    );
    assert_eq!(person(&t, "We gave up very little,"), ("Tomas Lund".into(), SpeakerBasis::Pronoun));
    assert_eq!(person(&t, "It will not close,"), ("Jonas Berg".into(), SpeakerBasis::Pronoun));
}

#[test]
fn a_chain_of_pronouns_opening_sentences_leads_back_to_the_person_it_started_from() {
    let t = format!(
        "{LEAD}Lena Holm appeared to have the most to gain from the trade talks in Kessel.\n\
         She skirted the first question from moderator Jonas Berg, who asked whether the Lund government had failed.\n\
         She also avoided the term “trade war”, which some critics want leaders to use.\n\
         “We are not at war with anyone at all,” she said."
    );
    assert_eq!(person(&t, "We are not at war with anyone at all,"), ("Lena Holm".into(), SpeakerBasis::Pronoun));
}

#[test]
fn a_lone_given_name_guesses_a_gender() {
    let t = format!(
        "{LEAD}Tomas Lund's wife, Kathryn, is a trustee of the river fund.\n\
         In an essay last year, he wrote, “The river is not for sale to anyone.”"
    );
    assert_eq!(person(&t, "The river is not for sale to anyone."), ("Tomas Lund".into(), SpeakerBasis::Pronoun));
}

#[test]
fn a_chief_of_staff_is_a_title_and_its_portfolio() {
    let t = format!("{LEAD}“We have a head start on the ground,” Chief of Staff Katie Walsh explained.");
    assert_eq!(person(&t, "We have a head start on the ground,"), ("Katie Walsh".into(), SpeakerBasis::Cue));
}

#[test]
fn a_name_in_no_subjects_place_after_a_pronoun_is_not_what_the_pronoun_stands_for() {
    let t = format!(
        "{LEAD}When the interview steered Tomas Lund toward the race, he offered his thoughts on front-runner Jonas Berg’s appeal.\n\
         “I think it is funny,” he said."
    );
    assert_eq!(person(&t, "I think it is funny,"), ("Tomas Lund".into(), SpeakerBasis::Pronoun));
}

#[test]
fn a_relative_is_a_role_apposed_to_the_name_and_not_to_the_one_whose_relative_it_is() {
    let t = format!(
        "{LEAD}Dana Welk, whose husband, a navy diver, died in the attack, spoke to radio host Jonas Berg.\n\
         “I would never wish this on anyone at all,” she told Berg.\n\
         Tomas Lund said he wants to see Lena Holm embrace some of his priorities if she is the nominee.\n\
         On radio on Tuesday, his wife, Jane, called for an open process. “Shutting people out is not smart,” she said."
    );
    assert_eq!(person(&t, "I would never wish this on anyone at all,"), ("Dana Welk".into(), SpeakerBasis::Pronoun));
    assert_eq!(person(&t, "Shutting people out is not smart,"), ("Jane".into(), SpeakerBasis::Pronoun));
}

#[test]
fn a_quote_after_an_earlier_one_stays_in_the_clause_a_cue_reports() {
    let t = format!(
        "{LEAD}Jonas Berg said that by refusing to use the words “border theft,” Kessel officials were “handing the river away.”\n\
         Lena Holm called the plan “a farce,” and the ministry said it was “a lie.”"
    );
    assert_eq!(person(&t, "handing the river away."), ("Jonas Berg".into(), SpeakerBasis::Cue));
    // a clause of its own after the earlier quote has its own speaker
    let (name, _, _, _) = who(&t, "a lie.").expect("a speaker");
    assert_eq!(name, "the ministry");
}

#[test]
fn a_clause_a_conjunction_opens_after_a_dash_has_its_own_subject() {
    let t = format!(
        "{LEAD}Jonas Berg proposed talks on Monday - but the Kessel government rejected the idea as “theatre” within hours."
    );
    let (name, _, _, _) = who(&t, "theatre").expect("a speaker");
    assert_eq!(name, "the Kessel government");
}

#[test]
fn a_cue_before_a_quote_that_ends_its_sentence_outranks_the_short_sentence_after_it() {
    let t = format!(
        "{LEAD}Maria Kovac branded the levy “a tax on the poor.” Ivo Marek said nothing.\n\
         Tomas Brandt called the vote “a disgrace to the valley.” Critics said little."
    );
    assert_eq!(person(&t, "a tax on the poor."), ("Maria Kovac".into(), SpeakerBasis::Cue));
    assert_eq!(person(&t, "a disgrace to the valley."), ("Tomas Brandt".into(), SpeakerBasis::Cue));
}

#[test]
fn what_a_cue_ending_with_a_preposition_opens_is_its_medium_not_its_speaker() {
    let t = format!(
        "{LEAD}Jonas Berg spoke first.\n\
         “The border stays shut,” said in an interview the minister of the interior, looking tired."
    );
    // no speaker is better than the interview; the paragraph before carries its own
    let spoken = who(&t, "The border stays shut,").map(|(name, ..)| name);
    assert_ne!(spoken.as_deref(), Some("an interview"));
    assert_ne!(spoken.as_deref(), Some("an interview the minister of the interior"));
}

#[test]
fn a_prepositional_phrase_between_commas_before_the_cue_is_no_subject() {
    let t = format!(
        "{LEAD}The Nordic Embassy in Kessel, in a post on Chirper, urged the council to “stop inflating the myth of a threat.”\n\
         Jonas Berg, at a briefing in Kessel, said the deal was “dead on arrival.”"
    );
    let (name, basis, kind, _) = who(&t, "stop inflating the myth of a threat.").expect("a speaker");
    assert_eq!(
        (name.as_str(), basis, kind),
        ("Nordic Embassy in Kessel", SpeakerBasis::Cue, SpeakerKind::Organisation)
    );
    assert_eq!(person(&t, "dead on arrival."), ("Jonas Berg".into(), SpeakerBasis::Cue));
}

#[test]
fn a_relative_pronoun_after_a_comma_stands_for_the_phrase_before_it() {
    // "which said": the regulator speaks; "who said" after an apposition: the named person
    let t = format!(
        "{LEAD}The closure was ordered by the port regulator, which said an inspection had found “grave safety failures” at the berths.\n\
         “The river is ours,” said Ana Ruiz Tello, chair of the Fishers' Union, who accused the firm of “poisoning the delta”."
    );
    let (name, _, kind, _) = who(&t, "grave safety failures").expect("a speaker");
    assert_eq!((name.as_str(), kind), ("the port regulator", SpeakerKind::Description));
    assert_eq!(person(&t, "poisoning the delta"), ("Ana Ruiz Tello".into(), SpeakerBasis::Cue));
}

#[test]
fn a_subject_after_a_fronted_phrase_and_before_a_relative_clause_speaks() {
    // the fronted phrase and the relative clause between commas are passed over to the subject
    let t = format!(
        "{LEAD}Ivo Marek spoke first.\n\
         In a statement issued in Tirana, Albania's Foreign Ministry, which was not invited to the talks, urged all states to respect “the law of the river”."
    );
    let (name, _, kind, _) = who(&t, "the law of the river").expect("a speaker");
    assert_eq!((name.as_str(), kind), ("Albania's Foreign Ministry", SpeakerKind::Organisation));
    let t = format!(
        "{LEAD}In a statement issued in Tirana, a senior official, who was not invited to the talks, urged all states to respect “the law of the sea”."
    );
    let (name, _, kind, _) = who(&t, "the law of the sea").expect("a speaker");
    assert_eq!((name.as_str(), kind), ("a senior official", SpeakerKind::Description));
}

#[test]
fn a_cue_word_in_s_after_a_part_of_a_whole_is_a_plural_noun() {
    // "claims" after "32% of Republican" is the claims rated, not a verb with a subject
    let t = format!(
        "{LEAD}The site checks claims by both parties. FactWatch rated 32% of Republican claims “false” this year."
    );
    assert_ne!(who(&t, "false").map(|w| w.0), Some("Republican".to_string()));
}

#[test]
fn a_long_fronted_phrase_leaves_the_subject_after_it_the_speaker() {
    // a quote with no cue of its own, after a fronted phrase of nine words and a comma
    let t = format!(
        "{LEAD}In a letter sent to the council president on Friday, Lithuania rejected the charges as \
         “baseless and politically motivated” and asked for a vote."
    );
    let (name, basis, kind, _) = who(&t, "baseless and politically motivated").expect("a speaker");
    assert_eq!((name.as_str(), basis, kind), ("Lithuania", SpeakerBasis::Subject, SpeakerKind::Organisation));
}
