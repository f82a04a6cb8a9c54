//! The first sieve of [`super::speakers`]: a quote's own cue, read in the sentence around it
//! with [`super::grammar`] — after the quote (`“…,” Roe said`, `“…” — Jane Roe`: read by
//! [`super::after`]), before it
//! (`Roe urged not to “…”`, `according to Roe, “…”`), a transcript's `“ROE: …”`, the subject
//! of a sentence with no cue verb, a name that introduces the quote with a colon (`pollster
//! Jane Roe: “…”`), or the sentence that introduces a quoted paragraph with a colon. Also
//! how sentences are found within a paragraph.

use std::ops::Range;

use crate::model::{SpeakerBasis, SpeakerKind};
use crate::people::People;
use crate::people::clause::is_abbreviation;
use crate::people::grammar::{Grammar, Subject};
use crate::people::speakers::{Decision, Resolver, Who};
use crate::quotes::FoundQuote;
use crate::text::language::Language;
use crate::text::words::{Span, is_capitalized};

/// Most words read after a quote for a cue that follows a name and its apposition.
const APPOSITION_WORDS: usize = 40;
/// Most words of a sentence after a quote that ends its own sentence for it to be the quote's
/// cue ("“We are ready.” Roe said on Monday.").
const SHORT_CUE_SENTENCE: usize = 5;
/// Most words from a cue to the `that` of the clause it reports, over the cue's adjuncts
/// ("said in a statement on Monday that").
const MAX_CUE_ADJUNCT_WORDS: usize = 8;

/// Reads sentences of one paragraph.
pub(super) struct Paragraph<'a> {
    pub(super) text: &'a str,
    pub(super) words: Span<'a>,
    pub(super) aliases: &'a [bool],
}

impl Paragraph<'_> {
    /// Index of the first word of the sentence holding byte `at` (sentence stops after a
    /// word that is not an abbreviation such as `Sen.` or `U.S.`).
    pub(super) fn sentence_start(&self, lang: &Language, from: usize, at: usize) -> usize {
        let w = self.words.words;
        let mut k = w.partition_point(|x| x.range.start < at);
        let floor = w.partition_point(|x| x.range.start < from);
        while k > floor {
            let stop = w.get(k).map_or(at, |x| x.range.start).min(at).max(w[k - 1].range.end);
            let gap = &self.text[w[k - 1].range.end..stop];
            let next = w.get(k).filter(|x| x.range.start <= at).map_or("", |_| self.words.word(k));
            if ends_sentence(gap) && !is_abbreviation(self.words.word(k - 1), lang) && may_open_sentence(next) {
                break;
            }
            k -= 1;
        }
        k
    }

    /// Index just past the last word of the sentence that starts at word `k`, within the
    /// words before byte `to`.
    pub(super) fn sentence_end(&self, lang: &Language, k: usize, to: usize) -> usize {
        let w = self.words.words;
        let last = w.partition_point(|x| x.range.end <= to);
        let mut e = k;
        while e < last {
            e += 1;
            let stop = w.get(e).map_or(to, |x| x.range.start).min(to);
            let next = if e < last { self.words.word(e) } else { "" };
            if w[e - 1].range.end <= stop
                && ends_sentence(&self.text[w[e - 1].range.end..stop])
                && !is_abbreviation(self.words.word(e - 1), lang)
                && may_open_sentence(next)
            {
                break;
            }
        }
        e
    }

    pub(super) fn grammar<'g>(&'g self, range: Range<usize>, people: &'g People, lang: &'g Language) -> Grammar<'g> {
        let r = self.words.slice(range.clone());
        Grammar { r, people, lang, aliases: &self.aliases[range], descriptions: true }
    }
}

/// True unless `word` starts with a lower-case letter or a digit: after a stop, such a word
/// goes on the sentence (`the letter, dated Nov. 12, said`; `dated Sept. 3 and signed`), as
/// news never opens a sentence with either. An empty word (none follows) may open one.
fn may_open_sentence(word: &str) -> bool {
    !word.starts_with(|c: char| c.is_lowercase() || c.is_ascii_digit())
}

/// The text between two words holds a sentence stop followed by space.
fn ends_sentence(gap: &str) -> bool {
    // the next sentence may open with a quote mark (`… review. “Everything …`)
    let gap = gap.strip_suffix('“').unwrap_or(gap);
    let t = gap.trim_end();
    t.len() < gap.len() && t.trim_end_matches(['”', '"', '’', '\'']).ends_with(['.', '!', '?'])
}

impl Resolver<'_> {
    /// The quote's own cue: after it, before it in its sentence, or in the sentence that
    /// introduces it with a colon.
    pub(super) fn own_cue(&self, q: &FoundQuote, prev_end: usize, next_start: usize) -> Option<Decision> {
        let p = &self.paragraphs[q.paragraph];
        if let Some(d) = self.transcript(q) {
            return Some(d);
        }
        // a quote that ends its own sentence ("… was “grim.” The envoy …", "… was “grim”.
        // The envoy …") has no cue after it, unless a short sentence of its own follows it
        // ("“We are ready.” Roe said.")
        let ends_sentence = q.close_mark.as_ref().is_some_and(|m| {
            let rest = &self.text[m.end..];
            let rest = if self.text[q.range.clone()].ends_with('.') {
                Some(rest)
            } else {
                rest.strip_prefix('.').filter(|r| r.starts_with(char::is_whitespace))
            };
            rest.is_some_and(|r| is_capitalized(r.trim_start()))
        });
        // the words after the quote, to its sentence's end: (first, end, the close's end)
        let window = q.close_mark.as_ref().map(|close| {
            let first = p.words.words.partition_point(|w| w.range.start < close.end);
            let end = p.sentence_end(self.lang, first, next_start).min(first + APPOSITION_WORDS);
            (first, end, close.end)
        });
        let window = window.filter(|&(first, end, _)| first < end);
        let after = window.filter(|_| !ends_sentence);
        // the words of the quote's sentence before it
        let before_quote = p.sentence_start(self.lang, prev_end, q.open_mark)
            ..p.words.words.partition_point(|w| w.range.end <= q.open_mark);
        if let Some((first, end, close_end)) = after
            && let Some(d) = self.after(q, p, first..end, close_end)
        {
            // "Roe told a crowd that Kessel “…,” according to a video": a document cited as
            // the words' source stands aside for a cue before the quote in its sentence
            let cited = p.words.lower_is(first, "according") && self.names_document(&d);
            let cue_before = || self.before(q, p, before_quote.clone());
            return Some(if cited { cue_before().unwrap_or(d) } else { d });
        }
        // the short sentence after a quote that ends its own, read only when no cue before
        // the quote in its sentence speaks for it ("Japan branded it an “outlaw state.”
        // Russia said nothing." is Japan's)
        let short_after = window.filter(|&(first, end, _)| ends_sentence && end - first <= SHORT_CUE_SENTENCE);
        // "“…” since the vote was close, said Roe.": a cue clause after a later comma, when no
        // cue before the quote in its sentence has spoken for it ("Roe said that it “…”, as
        // talks went on, state TV reported" is Roe's)
        let later_comma = || {
            let (first, end, _) = after?;
            let comma = |k: &usize| p.words.gap(*k) == ",";
            (first + 1..end).filter(comma).find_map(|k| self.after(q, p, k..end, p.words.words[k - 1].range.end))
        };
        let Range { start, end } = before_quote;
        // "Roe said that by refusing to say “…,” rivals are “…”": after an earlier quote of its
        // sentence, a quote with no cue in the words between is still in the clause a cue
        // reports ("said that") before that quote, and the cue's, unless a clause of its own
        // opens there (", and the ministry called it “…”")
        let whole_sentence = || {
            let sentence = p.sentence_start(self.lang, self.article.text_start(q.paragraph), q.open_mark);
            let w = &p.words.words;
            let reported =
                (sentence..start).any(|k| p.words.kind(k).lower.cue && k + 1 < end && p.words.lower_is(k + 1, "that"));
            let clause = (start.max(1)..end).any(|k| {
                self.text[w[k - 1].range.end..w[k].range.start].contains(',') && p.words.kind(k).lower.coordinator
            });
            (sentence < start && reported && !clause).then(|| self.before(q, p, sentence..end)).flatten()
        };
        if let Some(d) = self
            .before(q, p, start..end)
            .or_else(later_comma)
            .or_else(whole_sentence)
            .or_else(|| self.sentence_subject(q, p, start..end))
            .or_else(|| self.named_before_colon(q, p, start..end))
            .or_else(|| short_after.and_then(|(first, end, close_end)| self.after(q, p, first..end, close_end)))
        {
            return Some(d);
        }
        // a quote opening its paragraph, after a paragraph that ends with a colon
        let para = &self.article.paragraphs[q.paragraph];
        let opens_paragraph = self.text[para.start..q.open_mark].trim().is_empty();
        if opens_paragraph && q.paragraph > 0 {
            let prev = &self.paragraphs[q.paragraph - 1];
            let prev_range = &self.article.paragraphs[q.paragraph - 1];
            if self.text[prev_range.clone()].trim_end().ends_with(':') {
                let start = prev.sentence_start(self.lang, prev_range.start, prev_range.end);
                let fake = FoundQuote { paragraph: q.paragraph - 1, ..q.clone() };
                return self.before(&fake, prev, start..prev.words.words.len());
            }
        }
        if let Some(d) = self.signed_below(q) {
            return Some(d);
        }
        None
    }

    /// A transcript's turn, `“ROE: …”`: the capitalised name before the colon that opens
    /// the quote — the person of that surname when the article names them.
    fn transcript(&self, q: &FoundQuote) -> Option<Decision> {
        let inner = &self.text[q.range.clone()];
        let (name, _) = inner.split_once(": ")?;
        let caps = |w: &str| w.len() >= 2 && w.chars().all(|c| c.is_uppercase() || c == '.' || c == '-' || c == '\'');
        if name.is_empty() || name.split(' ').count() > 3 || !name.split(' ').all(caps) {
            return None;
        }
        let span = q.range.start..q.range.start + name.len();
        let surname = name.rsplit(' ').next()?;
        let person = self.people.persons.iter().position(|p| p.surname.to_uppercase() == surname);
        let who = person.map_or(Who::Named(SpeakerKind::Person), Who::Person);
        Some(Decision { who, basis: SpeakerBasis::Cue, span })
    }

    /// True when decision `d` names a document by its description (`a company statement`,
    /// `a video`): its last word is one of the language's `document_nouns`.
    fn names_document(&self, d: &Decision) -> bool {
        let described = d.who == Who::Named(SpeakerKind::Description);
        described && self.text[d.span.clone()].rsplit(' ').next().is_some_and(|w| self.lang.lower_word(w).document)
    }

    /// A cue before the quote in its sentence (words `range` of the paragraph).
    fn before(&self, q: &FoundQuote, p: &Paragraph, range: Range<usize>) -> Option<Decision> {
        let g = p.grammar(range.clone(), self.people, self.lang);
        let n = g.r.words.len();
        for c in (0..n).rev() {
            let Some(len) = g.cue_at(c) else { continue };
            let subject = if g.r.lower_is(c, "according") {
                g.subject_starting_at(c + len)
            } else if let Some(quoted) = g.quoted_as_saying(c) {
                // "The agency quoted Roe as saying …": the one quoted speaks
                Some(quoted)
            } else if g.r.lower(c).ends_with("ing") {
                // "Roe spoke on Tuesday, arguing that …": the clause's subject, never what
                // follows the participle; with the participle first in the words read ("…,
                // saying its vessel had …" after an earlier quote) it lies before them: none
                // ("Roe's campaign manager Ivo Marek, arguing": not the possessor)
                // ("In La Paz, Defence Minister Jane Roe said …, adding": nor a phrase a
                // preposition opens, read as a name from the capital that opens the sentence;
                // "footage of Jane Roe asking" is hers)
                let governed = |s: &Subject| g.first_word(s).is_some_and(|f| g.r.kind(f).lower.governs());
                // ("…, with one northern minister accusing", "– Roe saying", "footage of Jane
                // Roe asking": a person, or a phrase that `with` or a dash opens, right before
                // the participle is its subject, but not another object there, "emailed
                // supporters saying")
                let direct = c
                    .checked_sub(1)
                    .filter(|&e| g.gap(c).is_empty() && !g.possessor(e))
                    .and_then(|e| g.subject_ending_at(e))
                    .filter(|s| {
                        matches!(s, Subject::Person { .. })
                            || g.first_word(s).is_some_and(|f| {
                                f > 0
                                    && (g.r.kind(f - 1).lower.absolute_opener
                                        || matches!(g.gap(f), "–" | "—" | "-" | "--"))
                            })
                    });
                // ("The former envoy mocked Roe, calling": the clause's opening subject, a person
                // or not, before any person named in it)
                let opening = || self.opening_subject(p, range.clone());
                let named = || {
                    (0..c).filter(|&k| !g.possessor(k)).find_map(|k| match g.subject_ending_at(k) {
                        Some(s @ (Subject::Person { .. } | Subject::Pronoun { .. } | Subject::It { .. }))
                            if !governed(&s) =>
                        {
                            Some(s)
                        }
                        _ => None,
                    })
                };
                // ("…, saying Roe had “…” in Kessel, calling it “…”": read after an earlier quote
                // of the sentence, a person named is more often an object than the subject, and
                // the quote shares the earlier one's speaker)
                let from = self.article.text_start(q.paragraph);
                let at = p.words.words.get(range.start).map_or(from, |w| w.range.start);
                let whole = p.sentence_start(self.lang, from, at) == range.start;
                // ("Peru will not withdraw, Foreign Minister Jane Roe said, adding that “…”": a
                // finite cue before the participle has the subject it shares, read when the loop
                // reaches that cue)
                let finite_before = (0..c).any(|k| g.cue_at(k).is_some() && !g.r.lower(k).ends_with("ing"));
                if !whole || finite_before { direct } else { direct.or_else(opening).or_else(named) }
            } else {
                // "“…,” said Roe" reads on after the cue, but not "Roe's remarks about …": a
                // cue word after a possessive is a noun
                let inverted = c == 0 || !(g.gap(c).is_empty() || g.possessor(c - 1));
                g.subject_before(c)
                    .or_else(|| {
                        let takes_object = g.r.kind(c).lower.object_cue;
                        // "…, said in a statement": what follows a cue ending in a preposition is
                        // its object
                        let governs = g.r.kind(c + len - 1).lower.governs();
                        (inverted && !takes_object && !governs)
                            .then(|| g.subject_starting_at(c + len))
                            .flatten()
                            // "…, said the vote was “…”": a phrase a verb follows is the subject of
                            // the clause the cue reports, not the speaker
                            .filter(|s| !g.last_word(s).is_some_and(|e| g.verb_follows(e)))
                    })
                    // "The ministry summoned the envoy, and condemned …": a verb after `and` shares
                    // the subject that opens its sentence
                    .or_else(|| {
                        let coordinated = c > 0 && g.r.lower_is(c - 1, "and") && g.gap(c).is_empty();
                        coordinated.then(|| self.opening_subject(p, range.clone())).flatten()
                    })
            };
            // "Roe said the government had asked …, and that Kessel “…”": a cue inside the
            // clause an earlier cue reports is the outer speaker's account; read on to that cue
            // (or "Roe said in a statement on Monday that a review had found …": its `that`
            // after the outer cue's adjuncts)
            let finite_cue = |k: usize| g.r.kind(k).lower.cue && !g.r.lower(k).ends_with("ing");
            let reported = subject.as_ref().and_then(|s| g.first_word(s)).filter(|&f| f < c).is_some_and(|f| {
                let that = f > 1 && g.r.lower_is(f - 1, "that");
                let k = if that { f - 1 } else { f };
                let adjuncts = || {
                    let linked =
                        (k.saturating_sub(MAX_CUE_ADJUNCT_WORDS)..k).rev().take_while(|&j| g.gap(j + 1).is_empty());
                    linked
                        .take_while(|&j| !g.r.lower_is(j, "that"))
                        .any(|j| finite_cue(j) && g.r.kind(j + 1).lower.governs())
                };
                k > 0 && g.gap(k).is_empty() && (finite_cue(k - 1) || that && adjuncts())
            });
            if reported {
                continue;
            }
            if let Some(s) = subject
                && let Some(d) = self.decide(s, q.open_mark, q.paragraph)
            {
                return Some(d);
            }
        }
        None
    }

    /// A quote that a name introduces with a colon and no cue verb (`… was pollster Jane
    /// Roe: “…”`, `More from Roe: “…”`): the person whose name ends right before the colon.
    /// A name after a cue or a preposition other than `from` is an object (`told Roe: “…”`,
    /// `compared it with Roe: “…”`); an organisation there is more often what the quote
    /// is asked of than who speaks (`expects answers from the alliance: “…”`).
    fn named_before_colon(&self, q: &FoundQuote, p: &Paragraph, range: Range<usize>) -> Option<Decision> {
        let last = range.end.checked_sub(1).filter(|&l| l >= range.start)?;
        if self.text[p.words.words[last].range.end..q.open_mark].trim() != ":" {
            return None;
        }
        let g = Grammar { descriptions: false, ..p.grammar(range.clone(), self.people, self.lang) };
        let subject = g.subject_ending_at(last - range.start)?;
        // the object of a cue or a preposition ("told Roe:", "with Roe:"), but the source of
        // what follows ("More from Roe:")
        let first = g.r.words.partition_point(|w| w.range.start < subject.span().start);
        let governed = first.checked_sub(1).is_some_and(|k| {
            let kind = g.r.kind(k).lower;
            kind.cue || kind.cue_first || kind.governs() && !g.r.lower_is(k, "from")
        });
        match subject {
            s @ Subject::Person { .. } if !governed => self.decide(s, q.open_mark, q.paragraph),
            _ => None,
        }
    }
}
