//! The cue after a quote, a sieve of [`super::cues`]: `“…,” Roe said`, `“…,” said Roe`, a
//! signature (`“…” — Jane Roe`, or a next paragraph that is only `- Roe.`), a name with an
//! apposition of any length before its cue (`“…,” Jane Roe, a strategist at the bank, said`),
//! and the `it` a cue after a quote may stand for.

use std::ops::Range;

use crate::people::cues::Paragraph;
use crate::people::grammar::{Grammar, Subject};
use crate::people::in_organisation_name;
use crate::people::speakers::{Decision, Resolver};
use crate::quotes::FoundQuote;
use crate::text::words::is_capitalized;

/// Most words of a paragraph that signs the quote before it (`- Jane Roe.`).
const MAX_SIGNATURE_WORDS: usize = 4;

/// Most words read after a quote for its cue.
const AFTER_WORDS: usize = 12;

/// True when `lead` (the text between a quote and the words after it) is the dash that
/// opens a signature (`“…” — Jane Roe`).
fn is_signature_dash(lead: &str) -> bool {
    matches!(lead, "—" | "―" | "–" | "-" | "--")
}

impl Resolver<'_> {
    /// True when `it` and a cue follow the quote (`“…,” it said`): when [`Self::own_cue`]
    /// found no organisation for it, no person's words are carried to it (no person is
    /// `it`).
    pub(super) fn cued_by_it(&self, q: &FoundQuote) -> bool {
        let Some(close) = &q.close_mark else { return false };
        let p = &self.paragraphs[q.paragraph];
        let first = p.words.words.partition_point(|w| w.range.start < close.end);
        let end = p.words.words.len().min(first + 3);
        if first + 1 >= end || !matches!(self.text[close.end..p.words.words[first].range.start].trim(), "" | ",") {
            return false;
        }
        let g = p.grammar(first..end, self.people, self.lang);
        g.r.lower_is(0, "it") && g.cue_at(1).is_some()
    }

    /// A quote that ends its paragraph, signed by the next one, a dash and a name alone
    /// (`- Sanders.`, as fact checks set out the claims they check): that person.
    pub(super) fn signed_below(&self, q: &FoundQuote) -> Option<Decision> {
        let para = &self.article.paragraphs[q.paragraph];
        let close = q.close_mark.as_ref()?;
        if !self.text[close.end..para.end].trim().is_empty() {
            return None;
        }
        let next = self.paragraphs.get(q.paragraph + 1)?;
        let next_range = &self.article.paragraphs[q.paragraph + 1];
        let n = next.words.words.len();
        let first = next.words.words.first()?;
        let lead = self.text[next_range.start..first.range.start].trim();
        let last = next.words.words[n - 1].range.end;
        let alone = n <= MAX_SIGNATURE_WORDS && matches!(self.text[last..next_range.end].trim(), "" | ".");
        if !(alone && is_signature_dash(lead)) {
            return None;
        }
        self.signer(q, &next.grammar(0..n, self.people, self.lang))
    }

    /// The person who signs quote `q`: the subject opening words `g` (after a signature's
    /// dash), when it is a person.
    fn signer(&self, q: &FoundQuote, g: &Grammar) -> Option<Decision> {
        match g.subject_starting_at(0)? {
            s @ Subject::Person { .. } => self.decide(s, q.open_mark, q.paragraph),
            _ => None,
        }
    }

    /// `, said Roe` / `Roe added` / `— Jane Roe` right after the quote (words `range`), and
    /// `Roe, a strategist at the bank, said` with an apposition of any length.
    pub(super) fn after(
        &self,
        q: &FoundQuote,
        p: &Paragraph,
        range: Range<usize>,
        close_end: usize,
    ) -> Option<Decision> {
        let g = p.grammar(range.clone(), self.people, self.lang);
        let n = g.r.words.len();
        let lead = self.text[close_end..g.r.words[0].range.start].trim();
        if is_signature_dash(lead) {
            // a signature: "“…” — Jane Roe"
            return self.signer(q, &g);
        }
        if !matches!(lead, "" | "," | "." | "?" | "!") {
            return None;
        }
        if let Some(len) = g.cue_at(0) {
            // "“…,” noting conditions in Kessel": a participle's subject is its clause's, and
            // what follows it is its object
            if len == 1 && g.r.lower(0).ends_with("ing") {
                return None;
            }
            // "“…,” said in an interview the minister": a cue ending with a preposition has
            // its medium after it, never its subject; only a document there speaks, for its
            // issuer ("“…,” said in a statement")
            let s = g.subject_starting_at(len)?;
            if g.r.kind(len - 1).lower.adjunct_preposition {
                let document = g.r.kind(g.last_word(&s)?).lower.document;
                return document.then(|| self.decide(s, q.open_mark, q.paragraph)).flatten();
            }
            // "“…”, urged the government to reconsider": a cue that takes an object has it
            // after it; only a person there is its inverted subject ("“…,” urged Roe")
            if g.r.kind(0).lower.object_cue && !matches!(s, Subject::Person { .. }) {
                return None;
            }
            return self.decide(s, q.open_mark, q.paragraph);
        }
        // "“…,” Jane Roe, a strategist at the bank who …, said", "Jane Roe, R-Ky., said": a
        // person opening the words, then an apposition closed by a comma before the cue, read
        // when no subject ends at the cue. The long window is only read when a person and an
        // apposition open it.
        let apposed = || {
            let s @ Subject::Person { .. } = g.subject_starting_at(0)? else { return None };
            let end = s.span().end;
            let mut next = g.r.words.iter().position(|w| w.range.start >= end)?;
            // "Jane Roe III, a lawyer, said", "Jane Roe Jr., a lawyer, said": past the suffix,
            // whose dot may stand before the comma
            let suffix = next + 1 < n && g.r.kind(next).cased.name_suffix;
            if suffix {
                next += 1;
            }
            if g.gap(next).is_empty() && matches!(g.r.lower(next).as_ref(), "of" | "from" | "at") {
                // "Jane Roe of the Martin Center for Policy Studies wrote": the cue right
                // after the organisation's name
                let c = (next + 1..n).find(|&k| !(g.gap(k).is_empty() && in_organisation_name(&g.r, k)))?;
                let named = c > next + 1 && is_capitalized(g.r.word(c - 1));
                if named && g.gap(c).is_empty() && g.cue_at(c).is_some() {
                    return self.decide(s, q.open_mark, q.paragraph);
                }
                // "Jane Roe of Ohio, a member of the Foreign Relations Committee, said": past
                // the place the person is from, to the apposition
                let place = g.capitalised_run(next + 1);
                if place == 0 {
                    return None;
                }
                next += 1 + place;
            }
            if !(matches!(g.gap(next), "," | "(") || suffix && g.gap(next) == ".,") {
                return None;
            }
            let c = (next..n).find(|&c| g.cue_at(c).is_some())?;
            matches!(g.gap(c), "," | ".,").then(|| self.decide(s, q.open_mark, q.paragraph)).flatten()
        };
        let Some(c) = (1..n.min(AFTER_WORDS)).find(|&c| g.cue_at(c).is_some()) else {
            return apposed();
        };
        let Some(s) = g.subject_before(c) else {
            return apposed();
        };
        // the subject opens the words after the quote, with only its descriptors before it
        // ("“…,” White House press secretary Jane Roe said"), not another clause ("“…,” and
        // the vote, Roe said")
        let k = g.first_word(&s)?;
        let descriptor = |j: usize| {
            let kind = g.r.kind(j).lower;
            // "Industry and Trade Minister Jane Roe", "Minister for Trade and Fisheries Jane
            // Roe", "Minister of Maritime Affairs and the Blue Economy Jane Roe", "Ambassador
            // to the OAS Jane Roe": a conjunction, `for`, `of`, `to` or `the` inside a
            // capitalised title, between capitalised words
            let small = |i: usize| {
                g.r.kind(i).lower.coordinator || ["for", "of", "to", "the"].iter().any(|w| g.r.lower_is(i, w))
            };
            let titled = small(j)
                && (0..j).rev().find(|&i| !small(i)).is_some_and(|i| is_capitalized(g.r.word(i)))
                && (j + 1..k).find(|&i| !small(i)).is_some_and(|i| is_capitalized(g.r.word(i)));
            // "Treasury Under Secretary Jane Roe"
            let titled = titled || kind.governs() && j + 1 < k && g.capital_in_title(j);
            let opener = kind.clause_opener || kind.coordinator && !titled;
            // "Minister for Enterprise, Trade and Employment Jane Roe": commas between a
            // portfolio's words
            let linked = j == 0 || g.linked(j) || g.portfolio_comma(j);
            // "“…,” as a Treasury memo put it": `as` opens the attribution
            let as_cue = j == 0 && g.r.lower_is(0, "as");
            as_cue || linked && !opener && (!kind.function || titled || j == 0 && kind.description_opener)
        };
        if !(0..k).all(descriptor) {
            return None;
        }
        // "“…,” a charge Roe dismissed as …": an article and lower-case nouns, none a role or
        // a speaker, stand beside the quote and name it; the subject after them is the
        // quote's critic, not its speaker
        let lower = |j: usize| g.r.word(j).starts_with(char::is_lowercase);
        let listed = |j: usize| {
            let kind = g.r.kind(j).lower;
            kind.names_speaker()
        };
        let apposed = k >= 2
            && g.r.kind(0).lower.description_opener
            && g.r.kind(0).lower.function
            && (1..k).all(lower)
            && !(1..k).any(listed);
        if apposed {
            return None;
        }
        self.decide(s, q.open_mark, q.paragraph)
    }
}
