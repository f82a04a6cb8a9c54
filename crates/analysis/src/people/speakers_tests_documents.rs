//! Speakers of a document's words: its signer named after it in its own sentence, and its
//! author named in a sentence whose dates (`Sept. 3`, `Nov. 12`) do not end it; titles of the
//! signer (`Minister Delegate for Defence`, `Minister of State Assets`); an acronym `it` stands
//! for; a document cited after the quote (`according to a video`) beside a cue before it. The
//! sieves of [`super::super`] on invented sentences.

use super::{LEAD, person, who};
use crate::model::{SpeakerBasis, SpeakerKind};

#[test]
fn a_document_subject_is_its_signer_named_after_it() {
    let t = format!(
        "{LEAD}The army has not been paid for months, according to a letter seen by reporters.\n\
         The letter, signed by Mines Minister Awa Sangare and dated Sept. 16, says the company \
         “has failed to pay what it owes” and threatens to revoke its licence."
    );
    assert_eq!(person(&t, "has failed to pay what it owes").0, "Awa Sangare");
}

#[test]
fn a_date_with_an_abbreviated_month_does_not_end_the_sentence() {
    let t = format!(
        "{LEAD}The two-page letter, dated Sept. 3 and signed by Minister Delegate for Defence Paul Ngono Abena, \
         is addressed to the commission.\n\
         “We cannot carry this burden alone,” the letter says."
    );
    assert_eq!(person(&t, "We cannot carry this burden alone,"), ("Paul Ngono Abena".into(), SpeakerBasis::Pronoun));
    let t = format!(
        "{LEAD}A letter from Foreign Minister Salem al-Hajri said the emirate would take the matter to the court.\n\
         “We have shown every flexibility for a decade,” the letter, dated Nov. 12, said."
    );
    assert_eq!(person(&t, "We have shown every flexibility for a decade,").0, "Salem al-Hajri");
    let t = format!(
        "{LEAD}In the letter, dated Sept. 19 and addressed to Economy Minister Jonas Berg, the Minister of State \
         Assets Tomasz Wilk wrote that Warsaw would review all supplies.\n\
         “We ask you to complete the sale without delay,” the letter says."
    );
    assert_eq!(person(&t, "We ask you to complete the sale without delay,").0, "Tomasz Wilk");
}

#[test]
fn it_stands_for_an_acronym_that_opens_the_sentence_before() {
    let t = format!(
        "{LEAD}KRNA said the test had verified a new warhead.\n\
         It said the country would never give up its deterrent “under any pressure from any quarter.”"
    );
    let (name, _, kind, _) = who(&t, "under any pressure from any quarter.").expect("a speaker");
    assert_eq!((name.as_str(), kind), ("KRNA", SpeakerKind::Organisation));
}

#[test]
fn a_document_cited_after_the_quote_stands_aside_for_a_cue_before_it() {
    // `according to a video` names where the words were heard, not who said them
    let t = format!(
        "{LEAD}Ruiz, a former miners' leader, told a rally in Oruro that Chile “owes us the sea,” according to a video posted online.\n\
         ENAP said the drilling was “well ahead of plan”, according to a company statement."
    );
    assert_eq!(person(&t, "owes us the sea,"), ("Ruiz".into(), SpeakerBasis::Cue));
    let (name, _, kind, _) = who(&t, "well ahead of plan").expect("a speaker");
    assert_eq!((name.as_str(), kind), ("ENAP", SpeakerKind::Organisation));
    // with no cue before the quote, the document is the speaker still
    let t = format!("{LEAD}The drilling was “well ahead of plan”, according to a company statement.");
    let (name, _, kind, _) = who(&t, "well ahead of plan").expect("a speaker");
    assert_eq!((name.as_str(), kind), ("a company statement", SpeakerKind::Description));
}

#[test]
fn a_document_named_by_another_noun_is_the_last_one_mentioned() {
    // the communiqué read out is the statement quoted after it
    let t = format!(
        "{LEAD}In a communiqué read on state radio, the Foreign Ministry of Palmera accused its neighbour of \
         interference.\n\
         “Our sovereignty is not for sale,” the statement said."
    );
    let (name, _, kind, _) = who(&t, "Our sovereignty is not for sale,").expect("a speaker");
    assert_eq!((name.as_str(), kind), ("Foreign Ministry of Palmera", SpeakerKind::Organisation));
}

#[test]
fn a_document_described_by_itself_ends() {
    // each once resolved the document through itself without end
    let t = format!("{LEAD}The letter, signed by the letter, says “no retreat.”");
    assert!(who(&t, "no retreat.").is_some());
    let t = format!("{LEAD}In a statement, the statement said “no retreat.”");
    assert!(who(&t, "no retreat.").is_some());
}
