//! Reading a subject backwards, from the word before a cue (`Roe said`, `Roe has
//! repeatedly said`, `Roe (D-Ohio) said`, `Roe, a strategist at the bank, said`, `the
//! envoy, Jane Roe, said`): over adverbs, auxiliaries and time adjuncts to the phrase that
//! ends there, and over an apposition between commas to the head it is apposed to.

use super::{Grammar, MAX_PHRASE_WORDS, Subject};
use crate::model::SpeakerKind;
use crate::text::words::is_capitalized;
use crate::text::words::ly_adverb;

/// Most words of a fronted phrase before a clause's subject ("In a statement issued in
/// Ashgabat, …").
const MAX_FRONTED_WORDS: usize = 8;

impl Grammar<'_> {
    /// The subject before the cue at word `c`: the phrase ending just before it (over
    /// adverbs and auxiliaries, "Roe has repeatedly said", and a party tag, "Roe (D-Ohio)
    /// said"), preferring the head of an apposition or relative clause ("Roe, a senior
    /// strategist for the bank, said"; "Roe of Ohio, who voted against it, said"), and the
    /// phrase a relative pronoun stands for ("the regulator, which said").
    pub fn subject_before(&self, c: usize) -> Option<Subject> {
        let mut e = c.checked_sub(1)?;
        // "the regulator, Rostransnadzor, which said": a relative pronoun right after a comma
        // stands for what a cue in its place would have as subject ("Jane Roe, the chair of
        // the board, who said" is Roe), else for the phrase before it ("the regulator, which
        // said")
        if e >= 1 && self.gap(e) == "," && (self.r.lower_is(e, "which") || self.r.lower_is(e, "who")) {
            return self.subject_before(e).or_else(|| self.subject_ending_at(e - 1));
        }
        // "the plan was called": a passive cue has no described speaker before it
        let mut passive = false;
        for _ in 0..2 {
            let kind = self.r.kind(e).lower;
            // (a listed noun is no adverb for its ending: "the family said", "an ally said")
            let noun = kind.names_speaker();
            if e > 0 && self.gap(e + 1).is_empty() && (kind.cue_modifier || ly_adverb(self.r.word(e)) && !noun) {
                passive |= kind.passive_auxiliary;
                e -= 1;
            }
        }
        // "Lithuania on Tuesday warned": over a time adjunct to the subject
        let adjunct = self.time_adjunct_ending_at(e);
        if adjunct > 0 && adjunct <= e && self.gap(e + 1).is_empty() {
            e -= adjunct;
        }
        // "a voter in Des Moines, Iowa, said": the place's state or country, set off by
        // commas, is part of the place, not a subject
        let mut gap = self.gap(e + 1);
        if gap == "," && self.place_apposition_ending_at(e) {
            e -= 1;
            gap = "";
        }
        if gap.ends_with(')') {
            // "Roe (D-Ohio) said": the name before the parenthesis
            let open = (e.saturating_sub(4).max(1)..=e).rev().find(|&k| self.gap(k).ends_with('('))?;
            return self.subject_ending_at(open.checked_sub(1)?);
        }
        if gap == "," {
            let commas = (e.saturating_sub(3 * MAX_PHRASE_WORDS)..e).rev().filter(|&k| self.gap(k + 1) == ",");
            // "The embassy, in a post on Telegram, urged": a prepositional phrase set off by
            // commas before the cue is an adjunct, and the subject ends before it
            if let Some(k) = commas.clone().next().filter(|&k| k >= e.saturating_sub(MAX_PHRASE_WORDS))
                && self.r.kind(k + 1).lower.adjunct_preposition
                && !(k + 1..=e).any(|j| self.cue_at(j).is_some())
            {
                return self.adjacent_subject_ending_at(k, passive);
            }
            // "Roe, the envoy, said": a person before an earlier comma (or a few words before
            // it: "Roe of Ohio, …"); "the envoy, Jane Roe, said": the name itself
            let person = |k: usize| match self.subject_ending_at(k) {
                Some(s @ (Subject::Person { .. } | Subject::Pronoun { .. })) => Some(s),
                _ => None,
            };
            // "Kessel's chief negotiator, Jane Roe, said": a possessor is no subject
            let person_before_comma =
                |k: usize| (k.saturating_sub(3)..=k).rev().filter(|&j| !self.possessor(j)).find_map(person);
            // when no person is the subject, an organisation a comma opens ("Kessel's
            // neighbour, the Emirate of Zahran, said"), or an organisation or described speaker
            // that opens the words read, before an apposition ("The Fifth Fleet, based in
            // Kessel, said", "A Kesselian diplomat, speaking on condition of anonymity, said"),
            // with its qualifiers ("An officer in the navy, who asked not to be named, said")
            let described = |s: &Subject| matches!(s, Subject::Named { kind: SpeakerKind::Description, .. });
            let organisation = |k: usize| {
                let qualified = (k != e).then(|| self.qualified_ending_at(k)).flatten().filter(described);
                qualified.or_else(|| self.subject_ending_at(k))
            };
            let organisation = |k: usize| match organisation(k)? {
                s @ Subject::Named { kind: SpeakerKind::Description, .. } if k != e => {
                    // (after a conjunction that opens the sentence: "But a senior officer, …")
                    let first = self.first_word(&s)?;
                    let opens = first == 0 || first == 1 && self.r.kind(0).lower.coordinator;
                    // "One of them, a senior adviser to the governor, said": the apposition
                    // says who the one is
                    let apposed = || {
                        let a = self.qualified_ending_at(e).or_else(|| self.subject_ending_at(e)).filter(described)?;
                        (self.first_word(&a)? == k + 1).then_some(a)
                    };
                    let partitive = self.lang.is_partitive(&self.r.text[s.span().clone()]);
                    (opens || self.after_fronted(first)).then(|| if partitive { apposed().unwrap_or(s) } else { s })
                }
                s @ Subject::Named { kind: SpeakerKind::Organisation, .. } => {
                    let first = self.first_with_article(&s)?;
                    let opened = if k == e {
                        first > 0 && self.gap(first) == ","
                    } else {
                        first == 0 || self.after_fronted(first)
                    };
                    opened.then_some(s)
                }
                _ => None,
            };
            // when nothing else is, a role before a relative clause set off by commas: "the
            // official, who spoke on condition of anonymity, said" (a person or a described
            // speaker there is found above)
            let relative = || {
                let k = commas.clone().take(3).find(|&k| matches!(self.r.lower(k + 1).as_ref(), "who" | "which"))?;
                match self.subject_ending_at(k) {
                    Some(s @ Subject::Role { .. }) => Some(s),
                    _ => None,
                }
            };
            return commas
                .clone()
                .take(3)
                .find_map(person_before_comma)
                .or_else(|| person(e))
                .or_else(|| organisation(e))
                .or_else(|| commas.clone().take(3).find_map(organisation))
                // "Sonatrach, the state energy company, said": a name its apposition calls a body
                .or_else(|| commas.clone().next().and_then(|k| self.named_before_apposition(k, e)))
                .or_else(relative);
        }
        // the dot of a name's suffix ends no sentence ("King Jr. said")
        let suffix_dot = gap == "." && self.r.kind(e).cased.name_suffix;
        if !gap.is_empty() && !suffix_dot {
            return None;
        }
        self.adjacent_subject_ending_at(e, passive).or_else(|| self.relative_antecedent(e))
    }

    /// True when word `first` follows a fronted phrase that a preposition opens the words
    /// with, and a comma closes ("In a statement issued in Ashgabat, the ministry, which …,
    /// called"): the phrase at `first` opens the clause as it would open the words.
    fn after_fronted(&self, first: usize) -> bool {
        let r = &self.r;
        (2..=MAX_FRONTED_WORDS + 1).contains(&first)
            && self.gap(first) == ","
            && r.kind(0).lower.adjunct_preposition
            && !(0..first).any(|k| self.cue_at(k).is_some() || self.gap(k + 1) == "," && k + 1 < first)
    }

    /// The subject ending at word `e`, right before its cue (`passive` when a form of "be"
    /// stands between them): a person, organisation or described speaker, never the object
    /// of a preposition.
    pub(super) fn adjacent_subject_ending_at(&self, e: usize, passive: bool) -> Option<Subject> {
        // "a source familiar with the talks said": the head before its qualifiers
        let qualified =
            if passive { None } else { self.accredited_ending_at(e).or_else(|| self.qualified_ending_at(e)) };
        let subject = qualified.or_else(|| self.ending_at(e, self.descriptions && !passive))?;
        // "Jane Roe of the Sierra Club said": the person the organisation qualifies
        if let Subject::Named { .. } = &subject
            && let Some(first) = self.first_word(&subject)
            && let Some(of) = (first.saturating_sub(2)..first)
                .rev()
                .find(|&k| matches!(self.r.lower(k).as_ref(), "of" | "from" | "at"))
            && of > 0
            && let Some(person @ Subject::Person { .. }) = self.subject_ending_at(of - 1)
        {
            return Some(person);
        }
        // the object of a preposition is no subject ("a letter from Roe says", "in the past
        // said"), but a part's whole is ("40% of younger voters said")
        // ("rated 32% of Republican claims “false”": after `of`, a cue word in -s is a plural
        // noun, as no part's whole takes a verb in -s)
        let first = self.first_with_article(&subject)?;
        let plural_cue = || e + 1 < self.r.words.len() && self.linked(e + 1) && self.r.word(e + 1).ends_with('s');
        let object = first > 0
            && self.linked(first)
            && self.r.kind(first - 1).lower.governs()
            && (!self.r.lower_is(first - 1, "of") || plural_cue());
        (!object).then_some(subject)
    }

    /// True when word `e` is a state or country set off by a comma after a place a
    /// preposition opens (`Iowa` of "a voter in Des Moines, Iowa, said"); never a person the
    /// article names in full ("the mayor of Paris, Hidalgo, said").
    fn place_apposition_ending_at(&self, e: usize) -> bool {
        if e < 3 || self.gap(e) != "," || !is_capitalized(self.r.word(e)) || !is_capitalized(self.r.word(e - 1)) {
            return false;
        }
        if self.person_at(e).is_some_and(|p| self.people.persons[p].name.contains(' ')) {
            return false;
        }
        let mut k = e - 1;
        while k > 1 && self.linked(k) && is_capitalized(self.r.word(k - 1)) {
            k -= 1;
        }
        self.linked(k) && matches!(self.r.lower(k - 1).as_ref(), "in" | "of" | "from" | "near" | "outside")
    }
}
