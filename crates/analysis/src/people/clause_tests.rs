//! Where a name stands in its clause ([`super`]), on invented sentences.

use super::*;

/// Whether the first occurrence of `name` in `text` is in subject position.
fn subject(text: &str, name: &str) -> bool {
    let start = text.find(name).expect("the name is in the text");
    in_subject_position(text, &(start..start + name.len()), &Language::bundled())
}

#[test]
fn a_name_coordinated_with_a_pronoun_is_part_of_a_plural_subject() {
    assert!(!subject("Holm told the paper that he and Roe had been frustrated.", "Roe"));
    assert!(!subject("She and Roe were frustrated.", "Roe"));
    assert!(subject("Holm and Roe had been frustrated, the paper said.", "Roe"));
}

#[test]
fn a_name_before_a_role_noun_modifies_it() {
    assert!(!subject("He counts himself a Catholic and Jane Roe supporter.", "Jane Roe"));
    // a verb with the ending of a role noun's plural
    assert!(subject("Jane Roe heads the panel.", "Jane Roe"));
}

#[test]
fn the_subject_a_group_reports_on_is_the_sentences_person() {
    assert!(subject("In addition, aides say Jane Roe advises her father.", "Jane Roe"));
    assert!(!subject("In addition, he says Jane Roe advises her father.", "Jane Roe"));
}

#[test]
fn a_name_apposed_to_an_opening_role_written_as_a_title_is_the_subject() {
    assert!(subject("Kosovo's Interior Minister, Jane Roe, called it crude.", "Jane Roe"));
    assert!(subject("Kosovo's interior minister, Jane Roe, called it crude.", "Jane Roe"));
    // a name of several capitalised words is no role, nor a phrase a name ends
    assert!(!subject("Kessel Port Authority, Jane Roe, called it crude.", "Jane Roe"));
    assert!(!subject("Committee Chairman Rep. Jim Roe, R-Kessel, said it was over.", "R-Kessel"));
}

#[test]
fn a_role_may_take_one_qualifier_before_the_name_apposed_to_it() {
    assert!(subject("Kessel's ambassador to the IAEA, Jane Roe, denounced the draft.", "Jane Roe"));
    // an abbreviation with its dots in the phrase
    assert!(subject("Sudan's U.N. ambassador, Jane Roe, rejected the text.", "Jane Roe"));
    // not a clause: a verb in the phrase
    assert!(!subject("He met the ambassador to the IAEA, Jane Roe, on Monday.", "Jane Roe"));
    // the qualifier's object is a noun phrase even when a word of it ends like a verb
    assert!(subject("In Oslo, Kessel's minister for foreign affairs, Jane Roe, criticized the delay.", "Jane Roe"));
    assert!(subject("Kessel's minister for public works, Jane Roe, toured the site.", "Jane Roe"));
    // and may be a longer noun phrase of its own
    assert!(subject("A spokesman for the Kessel ministry of energy and water, Jane Roe, dismissed it.", "Jane Roe"));
}

#[test]
fn the_dot_of_an_abbreviation_before_descriptors_opens_no_sentence() {
    let t = "The panel, overseen by former U.N. secretary general Jane Roe, met.";
    assert!(!subject(t, "Roe"));
    assert!(subject("They met in the U.S. Former secretary Jane Roe spoke.", "Roe"));
    assert!(subject("It was late. Former secretary Jane Roe spoke.", "Roe"));
}

#[test]
fn a_name_opening_a_paragraph_or_before_a_verb_is_a_subject() {
    assert!(subject("It was late.\n\nJane Roe left early.", "Roe"));
    assert!(subject("At noon the envoy Roe arrived.", "Roe"));
    assert!(!subject("The vote went to Roe in the end.", "Roe"));
}

#[test]
fn an_apposition_between_commas_is_passed_over_to_the_verb() {
    assert!(subject("We met. Later on, Jane Roe, a pollster at the university, recalled the vote.", "Roe"));
    assert!(!subject("We met. The vote went to Jane Roe, a pollster, and then to Ivo Marek.", "Roe"));
}

#[test]
fn a_name_apposed_to_a_noun_phrase_opening_the_sentence_is_its_subject() {
    assert!(subject("It rained. Kessel's attorney general, Ivo Marek, said it would stop.", "Marek"));
    assert!(subject("It rained. The council's secretary-general, Ivo Marek, said so.", "Marek"));
    assert!(!subject("It rained. He met the minister, Ivo Marek, on Monday.", "Marek"));
    assert!(!subject("It rained. The talks with the minister, Ivo Marek, failed.", "Marek"));
    assert!(subject("“It rained.” The envoy, Ivo Marek, left.", "Marek"));
    // a clause after a comma, a name after a title: no noun phrase opening the sentence
    assert!(!subject("Jane Roe, who served under Mr. Ivo's father, Ivo Marek, ticked on.", "Marek"));
    assert!(subject("It rained. Gov. Roe's aide, Ivo Marek, said so.", "Marek"));
}

#[test]
fn descriptors_before_the_name_may_open_the_sentence() {
    assert!(subject("It was late.\n\nCampaign consultant Ivo Marek, the first of them, ate.", "Marek"));
    assert!(subject("It was late. But state Sen. Ivo Marek, a farmer, ate.", "Marek"));
    assert!(!subject("It was late. He called Ivo Marek a fraud.", "Marek"));
}

#[test]
fn a_name_after_a_bare_verb_and_its_marker_is_the_object() {
    let t = "He backed a plan to nominate Ivo Marek — a party veteran — for the seat.";
    assert!(!subject(t, "Ivo Marek"));
    assert!(!subject("The party would replace Ivo Marek — a veteran — in June.", "Ivo Marek"));
    assert!(subject("It was late. Ivo Marek — a veteran — left in June.", "Ivo Marek"));
}

#[test]
fn a_name_in_a_reported_or_relative_clause_is_not_the_main_subject() {
    assert!(!subject("Jane Roe said Ivo Marek has kept in touch.", "Marek"));
    assert!(!subject("She asked who Ivo Marek was.", "Marek"));
    assert!(subject("Jane Roe left, and Ivo Marek stayed.", "Marek"));
}

#[test]
fn the_object_of_a_verb_before_the_name_is_not_the_subject() {
    assert!(!subject("Later she invited Ivo Marek home for dinner.", "Marek"));
    assert!(!subject("Each week she thanks Ivo Marek warmly.", "Marek"));
    assert!(subject("Each week Ivo Marek thanks her warmly.", "Marek"));
}

#[test]
fn the_name_of_an_inverted_cue_is_its_subject() {
    assert!(subject("“We wait,” said Ivo Marek. Then the talks began.", "Marek"));
    assert!(!subject("Pressed for a favourite, he said Ivo Marek. Then the talks began.", "Marek"));
    assert!(!subject("“We wait,” said Ivo Marek has no meaning here.", "Marek"));
}

#[test]
fn the_name_is_read_back_over_titles_and_initials_but_not_over_a_sentence_or_quote() {
    // the words before the name end a quote or a sentence whose last word is a
    // preposition's capitalised object: not a clause opening at the preposition
    assert!(subject("“Nobody went into Iraq,” Ivo Marek said.", "Marek"));
    assert!(subject("The mill is in Kessel. Ivo Marek runs it.", "Marek"));
    assert!(subject("The mill is in Kessel. Gov. J. Ivo Marek runs it.", "Marek"));
}

#[test]
fn the_object_of_a_preposition_is_no_subject_unless_it_opens_an_absolute_clause() {
    assert!(!subject("He hopes the vote results in Ivo Marek winning the seat.", "Marek"));
    assert!(!subject("A letter from Ivo Marek arrived on Monday.", "Marek"));
    assert!(subject("The plan drew fire, with Sen. Ivo Marek calling it a sham.", "Marek"));
    assert!(subject("It became an issue, with Ivo Marek — a rival — attacking it.", "Marek"));
}

#[test]
fn a_short_introductory_phrase_opens_the_clause_before_the_name() {
    assert!(subject("It rained. In January, Gov. Ivo Marek of Kessel lauded the plan.", "Marek"));
    assert!(subject("At the rally on Monday, Ivo Marek of Kessel spoke.", "Marek"));
    assert!(!subject("Jane Roe, who voted against it, praised Ivo Marek of Kessel.", "Marek"));
    assert!(!subject("In the letter she wrote to the board, Ivo Marek of Kessel was named.", "Marek"));
}

#[test]
fn a_name_coordinated_with_one_after_an_article_qualifies_a_noun_too() {
    assert!(!subject("Aid came through the Ras Kela crossing.", "Ras Kela"));
    assert!(!subject("Aid came through the Ras Kela and Bab al-Tawil crossings.", "al-Tawil"));
    // the second of two names opening a sentence is a subject too, and a name after a
    // clause's `and` opens that clause
    assert!(subject("Ras Kela and Jane Roe said it was over.", "Jane Roe"));
    assert!(subject("Aid came through Kela, and Jane Roe wants more.", "Jane Roe"));
}

#[test]
fn a_name_that_goes_on_after_its_particle_is_read_to_its_end() {
    // "al-Harazi" is the rest of the name, not a verb whose subject "Fares" would be
    assert!(!subject("The deal ignored the journalist Fares al-Harazi. Nobody objected.", "Fares"));
    assert!(subject("Fares al-Harazi rejected the deal.", "Fares al-Harazi"));
}
