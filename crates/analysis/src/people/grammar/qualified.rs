//! Described speakers with qualifiers after their head: "a source familiar with the talks",
//! "a spokesman for the dock workers", "officials at the embassy", "one of the advisers".
//! A qualifier is a preposition (`qualifier_prepositions`, after an adjective that takes it,
//! `qualifier_adjectives`, or alone) and its object. The speaker is the head before the
//! qualifiers, never their object: "a spokesman for Jane Roe said" is the spokesman's word.

use super::{Grammar, Subject};
use crate::text::words::is_capitalized;

/// Most words of a described speaker with its qualifiers, head to end ("several senior
/// aides with ties to the two ministries").
const MAX_QUALIFIED_WORDS: usize = 10;

/// Most capitalised words of the body or country a title is accredited to ("to the United
/// Nations Security Council").
const MAX_ACCREDITED_WORDS: usize = 4;

/// Most words of a restrictive relative clause between its head and the cue ("who asked
/// not to be named because of the talks").
const MAX_RELATIVE_WORDS: usize = 10;

impl Grammar<'_> {
    /// Reading backwards from word `e` (the word before a cue): the speaker that a relative
    /// clause with no commas, ending at `e`, qualifies ("an official who asked not to be
    /// named said", "a diplomat in Lima who was present said", "the official who said"): the
    /// subject that ends right before `who`, never a pronoun, when it opens its clause (a
    /// verb's object is no speaker: "told a woman who suggested that …"), or the person it
    /// stands in apposition to ("Jane Roe, a strategist who rarely speaks in public said"). None
    /// when no such clause ends at `e`.
    pub(super) fn relative_antecedent(&self, e: usize) -> Option<Subject> {
        let who = (e.saturating_sub(MAX_RELATIVE_WORDS)..=e)
            .rev()
            .take_while(|&k| k == e || self.linked(k + 1))
            .find(|&k| self.r.lower_is(k, "who"))?;
        if who == 0 || !self.linked(who) {
            return None;
        }
        let subject = match self.adjacent_subject_ending_at(who - 1, false)? {
            Subject::Pronoun { .. } | Subject::It { .. } => return None,
            subject => subject,
        };
        let first = self.first_with_article(&subject)?;
        // not a participle's object ("echoing commentators who have suggested")
        let participle = self.r.kind(first).lower.cue || self.r.lower(first).ends_with("ing");
        if participle || first > 0 && self.linked(first) {
            return None;
        }
        // "Jane Roe, a strategist who founded the firm said": an apposition's person
        match first.checked_sub(1).filter(|_| self.gap(first) == ",").and_then(|k| self.subject_ending_at(k)) {
            Some(person @ Subject::Person { .. }) => Some(person),
            _ => Some(subject),
        }
    }

    /// Reading backwards from word `e` (the word before a cue): the person named at `e`
    /// after a title and the body or country it is accredited to ("Ambassador to the OAS
    /// Jane Roe said"), which is a title of the name, not a qualifier of "Ambassador". None
    /// when no such title stands before a person ending at `e`.
    pub(super) fn accredited_ending_at(&self, e: usize) -> Option<Subject> {
        let r = &self.r;
        // (only a person, or a name's suffix after one, ends a person: others are read once,
        // by the callers' own reading)
        if self.person_at(e).is_none() && !r.kind(e).cased.name_suffix {
            return None;
        }
        let Some(Subject::Person { person, span }) = self.ending_at(e, false) else {
            return None;
        };
        // the name as the article gives it in full, within the words read as the person's
        // ("OAS Jane Roe": an acronym the name read on over)
        let first = r.words.partition_point(|w| w.range.start < span.start);
        let name = self.people.persons[person].name.split(' ').count();
        let start = first.max((e + 1).saturating_sub(name));
        let mut k = start;
        while k > 0 && start - k < MAX_ACCREDITED_WORDS && self.linked(k) && is_capitalized(r.word(k - 1)) {
            k -= 1;
        }
        if k > 0 && self.linked(k) && r.lower_is(k - 1, "the") {
            k -= 1;
        }
        let title = k >= 2 && k < start && self.linked(k) && r.lower_is(k - 1, "to") && self.linked(k - 1);
        (title && r.kind(k - 2).cased.title).then(|| Subject::Person { person, span: self.range(start, e) })
    }

    /// Reading backwards from word `e` (the word before a cue): the speaker whose qualifiers
    /// end at `e` — a described speaker, a role or an organisation, spanning its head and
    /// qualifiers, or a person ("Jane Roe of the Sierra Club"), by name. Of chained
    /// qualifiers the furthest head is taken, as a noun phrase's head comes before them
    /// ("the wife of the owner of the team"); a quantifier before `of` is a head ("one of
    /// the advisers"). None when no qualifier ends at `e`.
    pub(super) fn qualified_ending_at(&self, e: usize) -> Option<Subject> {
        let r = &self.r;
        // (`quantified`: the phrase read so far is a quantifier's, "one of the men", which
        // may itself be a qualifier's object: "a sister of one of the men")
        let (mut best, mut object_end, mut k, mut quantified) = (None, e, e, false);
        while k > 0 && e - (k - 1) < MAX_QUALIFIED_WORDS && (self.linked(k) || self.lists_names(k)) {
            let p = k - 1;
            let kind = r.kind(p).lower;
            if !kind.qualifier_preposition {
                if kind.pronoun
                    || self.lower_cue(p)
                    || (kind.function && !kind.description_opener && !self.joins_names(p))
                {
                    break;
                }
                k -= 1;
                continue;
            }
            // ("a statement on Tuesday": a time adjunct qualifies no speaker)
            if p == 0
                || !(quantified || self.object(p + 1, object_end))
                || !self.linked(p)
                || self.time_adjunct_at(p) > 0
            {
                break;
            }
            let adjective = p >= 2 && r.kind(p - 1).lower.qualifier_adjective && self.linked(p - 1);
            let h = if adjective { p - 2 } else { p - 1 };
            let quantifier = r.kind(h).lower.description_opener && !r.kind(h).lower.function;
            let head = if r.lower_is(p, "of") && quantifier {
                Some(Subject::Named { kind: crate::model::SpeakerKind::Description, span: self.range(h, e) })
            } else {
                self.ending_at(h, self.descriptions).and_then(|head| match head {
                    Subject::Named { kind, span } => {
                        Some(Subject::Named { kind, span: span.start..r.words[e].range.end })
                    }
                    Subject::Role { role, span } => {
                        Some(Subject::Role { role, span: span.start..r.words[e].range.end })
                    }
                    person @ Subject::Person { .. } => Some(person),
                    Subject::Pronoun { .. } | Subject::It { .. } => None,
                })
            };
            let Some(head) = head else { break };
            quantified = r.lower_is(p, "of") && quantifier;
            best = Some(head);
            object_end = h;
            k = h + 1;
        }
        best
    }

    /// Reading forwards: the last word of the qualifiers after a speaker's head at word `e`
    /// ("said a source close to the mayor"), or `e` when none follows. After a cue a
    /// preposition that opens its adjuncts ("said a spokesman in a statement") qualifies
    /// nobody, unless an adjective takes it ("said a source involved in the talks").
    pub(super) fn qualifiers_after(&self, e: usize) -> usize {
        let r = &self.r;
        let n = r.words.len();
        let mut end = e;
        loop {
            let mut p = end + 1;
            let adjective = p + 1 < n && self.linked(p) && r.kind(p).lower.qualifier_adjective;
            if adjective {
                p += 1;
            }
            let kind = r.kind(p.min(n - 1)).lower;
            if p + 1 >= n || !self.linked(p) || !kind.qualifier_preposition || kind.adjunct_preposition && !adjective {
                return end;
            }
            let last = (p + 1..n.min(e + MAX_QUALIFIED_WORDS))
                .take_while(|&k| {
                    let kind = r.kind(k).lower;
                    self.linked(k) && (!kind.function || k == p + 1 && kind.description_opener)
                })
                .last();
            match last {
                Some(last) if self.object(p + 1, last) => end = last,
                _ => return end,
            }
        }
    }

    /// True when word `k` is a conjunction between two capitalised words, inside one
    /// qualifier's object ("the foreign ministries of Bhutan and China").
    fn joins_names(&self, k: usize) -> bool {
        let r = &self.r;
        r.kind(k).lower.coordinator
            && k > 0
            && k + 1 < r.words.len()
            && self.linked(k)
            && self.linked(k + 1)
            && super::is_capitalized(r.word(k - 1))
            && super::is_capitalized(r.word(k + 1))
    }

    /// True when word `k` is a cue's word written small: one written with a capital is a
    /// name's inside a qualifier's object ("the United States").
    fn lower_cue(&self, k: usize) -> bool {
        self.r.kind(k).lower.cue && !super::is_capitalized(self.r.word(k))
    }

    /// True when a comma parts two capitalised words `k - 1` and `k` inside a qualifier's
    /// object, a list of names ("the embassies of the United States, Britain and France").
    fn lists_names(&self, k: usize) -> bool {
        k > 0
            && self.gap(k) == ","
            && super::is_capitalized(self.r.word(k - 1))
            && super::is_capitalized(self.r.word(k))
    }

    /// True when words `first..=last` may be a qualifier's object: a phrase of linked words,
    /// names joined by a conjunction, a determiner or possessive only first, no pronoun, cue
    /// or auxiliary, a participle only as its noun ("the bidding"), no person after a
    /// lower-case word ("reporters Jane Roe" is two phrases) or a portfolio's word ("Minister
    /// for Trade Jane Roe" is a title and a name), and not only a date ("in March", "on
    /// Monday", words no name holds; an organisation's head word is none).
    fn object(&self, first: usize, last: usize) -> bool {
        let r = &self.r;
        if first > last {
            return false;
        }
        let words = first..=last;
        let determiner = r.kind(first).lower.description_opener;
        let fits = words.clone().all(|k| {
            let kind = r.kind(k).lower;
            let after_lower = k > first + usize::from(determiner) && !super::is_capitalized(r.word(k - 1));
            // a participle only as a noun after the determiner ("the bidding") or a modifier
            // after a capitalised one ("a Japanese trading house"), not a verb ("to start
            // running", "from the port going home")
            let participle = r.word(k).ends_with("ing") && !super::is_capitalized(r.word(k));
            let modifier = k < last && k > first && super::is_capitalized(r.word(k - 1));
            let noun_place = k == first || k == first + 1 && determiner || modifier;
            (k == first && determiner || !kind.function || k > first && k < last && self.joins_names(k))
                && !kind.cue_modifier
                && (!participle || noun_place)
                && !kind.pronoun
                && !self.lower_cue(k)
                && !kind.cue_first
                && (k == first || self.linked(k) || self.lists_names(k))
                && !(after_lower && self.person_at(k).is_some())
        });
        // "Minister for Trade Jane Roe": a title's portfolio, then the holder's name (a
        // person's mention is found at its surname)
        let portfolio = words.clone().position(|k| r.kind(k).cased.portfolio);
        let titled = portfolio.is_some_and(|j| words.clone().skip(j).any(|k| self.person_at(k).is_some()));
        let content = words.clone().filter(|&k| !(k == first && determiner));
        // (an organisation's head word is no date, never a name as it is: "from the Foreign
        // Ministry")
        let dated = content.clone().all(|k| {
            let w = r.word(k);
            r.kind(k).cased.not_name || w.bytes().all(|b| b.is_ascii_digit())
        }) && !content.clone().any(|k| r.kind(k).cased.organisation_head);
        fits && !titled && content.count() > 0 && !dated
    }
}

#[cfg(test)]
mod tests {
    use crate::model::SpeakerKind;
    use crate::{Analyzer, Source};

    const LEAD: &str = "Talks on the river border resumed on Monday in the capital after a long pause.\n";

    /// (speaker, kind) of the quote whose text is `quote`.
    fn who(text: &str, quote: &str) -> Option<(String, SpeakerKind)> {
        let a = Analyzer::bundled().analyze(&Source::from_text("t", text));
        let q = a.quotes.iter().find(|q| q.text == quote).unwrap_or_else(|| panic!("no quote {quote:?}"));
        Some((q.speaker.clone()?, q.speaker_kind?))
    }

    fn described(name: &str) -> Option<(String, SpeakerKind)> {
        Some((name.to_string(), SpeakerKind::Description))
    }

    #[test]
    fn a_described_speaker_before_the_cue_keeps_its_qualifiers() {
        let t = format!(
            "{LEAD}Maria Kovac spoke first.\n\
             “We are not done,” a spokesman for the harbour workers said.\n\
             Officials familiar with the talks said the offer was “a dead end.”\n\
             “We will appeal,” a lawyer for Maria Kovac said."
        );
        assert_eq!(who(&t, "We are not done,"), described("a spokesman for the harbour workers"));
        assert_eq!(who(&t, "a dead end."), described("Officials familiar with the talks"));
        // the lawyer speaks, not the client the qualifier names
        assert_eq!(who(&t, "We will appeal,"), described("a lawyer for Maria Kovac"));
    }

    #[test]
    fn a_described_speaker_after_the_cue_keeps_its_qualifiers_and_quantifier() {
        let t = format!(
            "{LEAD}Maria Kovac spoke first.\n\
             “It is a steep climb,” said a source close to the mayor.\n\
             “We lost the room,” said one of the advisers, who asked not to be named.\n\
             “Nothing has changed,” said a spokesman in a statement.\n\
             “The polls were wrong,” said one former campaign staffer."
        );
        assert_eq!(who(&t, "It is a steep climb,"), described("a source close to the mayor"));
        assert_eq!(who(&t, "We lost the room,"), described("one of the advisers"));
        // "in a statement" is how it was said, not who said it
        assert_eq!(who(&t, "Nothing has changed,"), described("a spokesman"));
        // a listed role after a listed speaker noun heads the phrase
        assert_eq!(who(&t, "The polls were wrong,"), described("one former campaign staffer"));
    }
}
