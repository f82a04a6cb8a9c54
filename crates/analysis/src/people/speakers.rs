//! Who said each quote, decided in sieves ordered by precision (as Stanford CoreNLP's quote
//! attribution does):
//!
//! 1. **Own cue** — a cue in the quote's sentence with a subject ([`grammar`]): after the
//!    quote (`“…,” Roe said`, `“…,” said the minister`, `“…” — Jane Roe`), before it in the
//!    same sentence (`Roe urged not to “…”`, `according to Roe, “…”`, `Roe, arguing that
//!    “…”`), or in the sentence that introduces a quoted paragraph with a colon.
//! 2. **Pronouns and roles** — `he`/`she` is the last person in subject position in this or
//!    the previous paragraphs agreeing in gender; `the minister` the last person introduced
//!    as a minister.
//! 3. **The paragraph and the quote continued** — quotes of one paragraph share the
//!    attribution of the next decided one, else the previous; a quote running over a
//!    paragraph break keeps its speaker.
//! 4. **Carried** — a quote without a cue takes the speaker of the quotes before it, over
//!    paragraphs, while no other person is named in between; before any quote, the person
//!    last seen as a subject.
//! 5. **Main speaker** — the headline's or lead's person, only when that person speaks
//!    elsewhere in the article.
//!
//! Nested quotes and quoted titles get no speaker. A subject that names a place, or nobody,
//! decides nothing, so a later sieve may still apply.

use std::ops::Range;

use crate::article::Article;
use crate::article::sections::Sections;
use crate::model::{QuoteKind, SpeakerBasis, SpeakerKind};
use crate::people::grammar::{Grammar, Subject};
use crate::people::{People, clause};
use crate::quotes::FoundQuote;
use crate::text::language::Language;
use crate::text::words::Span;

/// Most words read after a quote for its cue.
const AFTER_WORDS: usize = 9;
/// Most words read after a quote for a cue that follows a name and its apposition.
const APPOSITION_WORDS: usize = 40;
/// Most words of a fronted phrase before the subject of a sentence ("In recent weeks, …").
const MAX_FRONTED: usize = 6;
/// Paragraphs back a speaker is carried over, or a pronoun's antecedent looked for.
const CARRY_PARAGRAPHS: usize = 2;

/// The speaker decided for a quote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Attribution {
    /// The person's full name, the organisation's name or the description.
    pub name: String,
    /// What kind of speaker it is.
    pub kind: SpeakerKind,
    /// How it was decided.
    pub basis: SpeakerBasis,
    /// The mention it rests on.
    pub span: Range<usize>,
}

/// A decision before it is written out: a person (by index) or a named speaker.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Who {
    Person(usize),
    Named(SpeakerKind),
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct Decision {
    who: Who,
    basis: SpeakerBasis,
    span: Range<usize>,
}

/// Reads sentences of one paragraph.
struct Paragraph<'a> {
    text: &'a str,
    words: Span<'a>,
    aliases: &'a [bool],
}

impl Paragraph<'_> {
    /// Index of the first word of the sentence holding byte `at` (sentence stops after a
    /// word that is not an abbreviation such as `Sen.` or `U.S.`).
    fn sentence_start(&self, lang: &Language, from: usize, at: usize) -> usize {
        let w = self.words.words;
        let mut k = w.partition_point(|x| x.range.start < at);
        let floor = w.partition_point(|x| x.range.start < from);
        while k > floor {
            let stop = w.get(k).map_or(at, |x| x.range.start).min(at).max(w[k - 1].range.end);
            let gap = &self.text[w[k - 1].range.end..stop];
            if ends_sentence(gap) && !is_abbreviation(self.words.word(k - 1), lang) {
                break;
            }
            k -= 1;
        }
        k
    }

    /// Index just past the last word of the sentence that starts at word `k`, within the
    /// words before byte `to`.
    fn sentence_end(&self, lang: &Language, k: usize, to: usize) -> usize {
        let w = self.words.words;
        let last = w.partition_point(|x| x.range.end <= to);
        let mut e = k;
        while e < last {
            e += 1;
            let stop = w.get(e).map_or(to, |x| x.range.start).min(to);
            if w[e - 1].range.end <= stop
                && ends_sentence(&self.text[w[e - 1].range.end..stop])
                && !is_abbreviation(self.words.word(e - 1), lang)
            {
                break;
            }
        }
        e
    }

    fn grammar<'g>(&'g self, range: Range<usize>, people: &'g People, lang: &'g Language) -> Grammar<'g> {
        let r = Span { text: self.text, words: &self.words.words[range.clone()] };
        Grammar { r, people, lang, aliases: &self.aliases[range] }
    }
}

/// The text between two words holds a sentence stop followed by space.
fn ends_sentence(gap: &str) -> bool {
    let t = gap.trim_end();
    t.len() < gap.len() && t.trim_end_matches(['”', '"', '’', '\'']).ends_with(['.', '!', '?'])
}

/// A word whose dot is not a sentence stop: a title (`Sen.`), an initial, or a dotted
/// abbreviation (`U.S.`).
fn is_abbreviation(word: &str, lang: &Language) -> bool {
    let kind = lang.cased_word(word);
    kind.title_with_dot || (word.len() == 1 && word.bytes().all(|b| b.is_ascii_uppercase())) || word.contains('.')
}

/// Decides the speaker of every quote (index-aligned with `quotes`).
pub(crate) fn attribute(
    text: &str,
    article: &Article,
    sections: &Sections,
    quotes: &[FoundQuote],
    people: &People,
    lang: &Language,
) -> Vec<Option<Attribution>> {
    let paragraphs: Vec<Paragraph> = sections
        .paragraph_words()
        .iter()
        .zip(sections.paragraph_aliases())
        .map(|(region, aliases)| Paragraph { text, words: region.span(), aliases })
        .collect();
    let top: Vec<usize> =
        (0..quotes.len()).filter(|&i| !matches!(quotes[i].kind, QuoteKind::Nested | QuoteKind::Title)).collect();
    let quoted: Vec<Range<usize>> = top.iter().map(|&i| quotes[i].range.clone()).collect();
    let resolver = Resolver { text, article, people, lang, paragraphs: &paragraphs, quoted: &quoted };
    let mut decided: Vec<Option<Decision>> = vec![None; quotes.len()];
    for (k, &i) in top.iter().enumerate() {
        let q = &quotes[i];
        let para = &article.paragraphs[q.paragraph];
        let same_para = |j: Option<&usize>| j.map(|&j| &quotes[j]).filter(|o| o.paragraph == q.paragraph);
        let prev_end = same_para(k.checked_sub(1).and_then(|k| top.get(k)))
            .map_or(para.start, |o| o.close_mark.as_ref().map_or(o.range.end, |m| m.end));
        let next_start = same_para(top.get(k + 1)).map_or(para.end, |o| o.open_mark);
        decided[i] = resolver.own_cue(q, prev_end, next_start);
    }
    // Quotes of one paragraph share an attribution: the next one decided, else the last.
    for group in top.chunk_by(|a, b| quotes[*a].paragraph == quotes[*b].paragraph) {
        let own: Vec<Option<Decision>> = group.iter().map(|&i| decided[i].clone()).collect();
        let mut following = vec![None; group.len()];
        let mut next = None;
        for k in (0..group.len()).rev() {
            following[k] = next.clone();
            next = own[k].clone().or(next);
        }
        let mut previous = None;
        for (k, &i) in group.iter().enumerate() {
            decided[i] = own[k].clone().or_else(|| following[k].clone()).or_else(|| previous.clone());
            previous = own[k].clone().or(previous);
        }
    }
    // A quote running over paragraphs has one speaker: forwards, then backwards.
    for &i in &top {
        if let Some(prev) = quotes[i].continues
            && decided[i].is_none()
        {
            decided[i] = decided[prev].clone();
        }
    }
    for &i in top.iter().rev() {
        if let Some(prev) = quotes[i].continues
            && decided[prev].is_none()
        {
            decided[prev] = decided[i].clone();
        }
    }
    // Carried: from the last decided quote while nobody else is named in between.
    let mut last: Option<(usize, Decision)> = None;
    for &i in &top {
        let q = &quotes[i];
        match &decided[i] {
            Some(d) => last = Some((i, d.clone())),
            None => decided[i] = resolver.carried(q, last.as_ref().map(|(j, d)| (&quotes[*j], d))),
        }
    }
    // The main speaker, when they speak elsewhere.
    let speaks =
        |p: usize| decided.iter().flatten().any(|d| d.who == Who::Person(p) && d.basis != SpeakerBasis::Carried);
    if let Some(main) = people.main.filter(|&p| speaks(p)) {
        let span = people.mentions.iter().find(|m| m.person == main).map(|m| m.range.clone()).unwrap_or(0..0);
        for &i in &top {
            if decided[i].is_none() {
                decided[i] =
                    Some(Decision { who: Who::Person(main), basis: SpeakerBasis::MainSpeaker, span: span.clone() });
            }
        }
    }
    decided
        .into_iter()
        .enumerate()
        .map(|(i, d)| {
            let d = d.filter(|_| !matches!(quotes[i].kind, QuoteKind::Nested | QuoteKind::Title))?;
            let (name, kind) = match d.who {
                Who::Person(p) => (people.persons[p].name.clone(), SpeakerKind::Person),
                Who::Named(kind) => (text[d.span.clone()].to_string(), kind),
            };
            Some(Attribution { name, kind, basis: d.basis, span: d.span })
        })
        .collect()
}

/// The sieves, with what they read.
struct Resolver<'a> {
    text: &'a str,
    article: &'a Article,
    people: &'a People,
    lang: &'a Language,
    paragraphs: &'a [Paragraph<'a>],
    /// The ranges of the quotes that have speakers, sorted: names inside them are somebody's
    /// words, never an antecedent.
    quoted: &'a [Range<usize>],
}

impl Resolver<'_> {
    /// True when byte `at` lies inside a quote.
    fn is_quoted(&self, at: usize) -> bool {
        let i = self.quoted.partition_point(|r| r.start <= at);
        i > 0 && at < self.quoted[i - 1].end
    }

    /// A subject made a decision: a pronoun or role resolved to a person before `at`.
    fn decide(&self, subject: Subject, at: usize, paragraph: usize) -> Option<Decision> {
        match subject {
            Subject::Person { person, span } => {
                Some(Decision { who: Who::Person(person), basis: SpeakerBasis::Cue, span })
            }
            Subject::Named { kind, span } => Some(Decision { who: Who::Named(kind), basis: SpeakerBasis::Cue, span }),
            Subject::Pronoun { gender, .. } => {
                let from = self.article.paragraphs[paragraph.saturating_sub(CARRY_PARAGRAPHS)].start;
                let mention =
                    self.antecedent(from, at, |p| self.people.persons[p].gender.is_none_or(|g| g == gender))?;
                Some(Decision { who: Who::Person(mention.0), basis: SpeakerBasis::Pronoun, span: mention.1 })
            }
            Subject::Role { role, span } => match self.people.last_with_role(&role, at) {
                Some(p) => {
                    let span = self.last_mention(p, at).unwrap_or(span);
                    Some(Decision { who: Who::Person(p), basis: SpeakerBasis::Pronoun, span })
                }
                None => Some(Decision { who: Who::Named(SpeakerKind::Description), basis: SpeakerBasis::Cue, span }),
            },
        }
    }

    fn last_mention(&self, person: usize, at: usize) -> Option<Range<usize>> {
        let i = self.people.mentions.partition_point(|m| m.range.start < at);
        self.people.mentions[..i].iter().rev().find(|m| m.person == person).map(|m| m.range.clone())
    }

    /// The last person mentioned in `from..at` that `fits`, preferring one in subject
    /// position (opening a sentence, or followed by a verb rather than a preposition).
    fn antecedent(&self, from: usize, at: usize, fits: impl Fn(usize) -> bool) -> Option<(usize, Range<usize>)> {
        let i = self.people.mentions.partition_point(|m| m.range.start < at);
        let j = self.people.mentions.partition_point(|m| m.range.start < from);
        let candidates =
            || self.people.mentions[j..i].iter().rev().filter(|m| fits(m.person) && !self.is_quoted(m.range.start));
        let subject = candidates().find(|m| clause::in_subject_position(self.text, &m.range, self.lang));
        subject.or_else(|| candidates().next()).map(|m| (m.person, m.range.clone()))
    }

    /// The quote's own cue: after it, before it in its sentence, or in the sentence that
    /// introduces it with a colon.
    fn own_cue(&self, q: &FoundQuote, prev_end: usize, next_start: usize) -> Option<Decision> {
        let p = &self.paragraphs[q.paragraph];
        if let Some(d) = self.transcript(q) {
            return Some(d);
        }
        // a quote that ends its own sentence ("… was “grim.” The envoy …") has no cue after it
        let ends_sentence = self.text[q.range.clone()].ends_with('.')
            && q.close_mark.as_ref().is_some_and(|m| self.text[m.end..].trim_start().starts_with(char::is_uppercase));
        if let Some(close) = q.close_mark.as_ref().filter(|_| !ends_sentence) {
            let first = p.words.words.partition_point(|w| w.range.start < close.end);
            let end = p.sentence_end(self.lang, first, next_start).min(first + APPOSITION_WORDS);
            if first < end
                && let Some(d) = self.after(q, p, first..end, close.end)
            {
                return Some(d);
            }
        }
        let start = p.sentence_start(self.lang, prev_end, q.open_mark);
        let end = p.words.words.partition_point(|w| w.range.end <= q.open_mark);
        if let Some(d) = self.before(q, p, start..end).or_else(|| self.sentence_subject(q, p, start..end)) {
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

    /// `, said Roe` / `Roe added` / `— Jane Roe` right after the quote (words `range`), and
    /// `Roe, a strategist at the bank, said` with an apposition of any length.
    fn after(&self, q: &FoundQuote, p: &Paragraph, range: Range<usize>, close_end: usize) -> Option<Decision> {
        let g = p.grammar(range.clone(), self.people, self.lang);
        let n = g.r.words.len();
        let lead = self.text[close_end..g.r.words[0].range.start].trim();
        if matches!(lead, "—" | "―" | "–" | "-" | "--") {
            // a signature: "“…” — Jane Roe"
            return match g.subject_starting_at(0)? {
                s @ Subject::Person { .. } => self.decide(s, q.open_mark, q.paragraph),
                _ => None,
            };
        }
        if !matches!(lead, "" | "," | "." | "?" | "!") {
            return None;
        }
        if let Some(len) = g.cue_at(0) {
            let s = g.subject_starting_at(len)?;
            return self.decide(s, q.open_mark, q.paragraph);
        }
        let Some(c) = (1..n.min(AFTER_WORDS)).find(|&c| g.cue_at(c).is_some()) else {
            // "“…,” Jane Roe, a strategist at the bank who …, said": a person opening the
            // words, then an apposition closed by a comma before the cue. The long window is
            // only read when a person and an apposition open it.
            let s @ Subject::Person { .. } = g.subject_starting_at(0)? else { return None };
            let end = s.span().end;
            let next = g.r.words.iter().position(|w| w.range.start >= end)?;
            if !matches!(g.gap(next), "," | "(") {
                return None;
            }
            let c = (AFTER_WORDS..n).find(|&c| g.cue_at(c).is_some())?;
            return (g.gap(c) == ",").then(|| self.decide(s, q.open_mark, q.paragraph)).flatten();
        };
        let s = g.subject_before(c)?;
        // the subject opens the words after the quote, with only its descriptors before it
        // ("“…,” White House press secretary Jane Roe said"), not another clause ("“…,” and
        // the vote, Roe said")
        let k = g.r.words.iter().position(|w| w.range.start == s.span().start)?;
        let descriptor = |j: usize| (j == 0 || g.linked(j)) && !self.lang.lower_word(g.r.word(j)).function;
        if !(0..k).all(descriptor) {
            return None;
        }
        self.decide(s, q.open_mark, q.paragraph)
    }

    /// A cue before the quote in its sentence (words `range` of the paragraph).
    fn before(&self, q: &FoundQuote, p: &Paragraph, range: Range<usize>) -> Option<Decision> {
        let g = p.grammar(range, self.people, self.lang);
        let n = g.r.words.len();
        for c in (0..n).rev() {
            let Some(len) = g.cue_at(c) else { continue };
            let subject = if g.r.lower_is(c, "according") {
                g.subject_starting_at(c + len)
            } else if g.r.lower(c).ends_with("ing") && c > 0 {
                // "Roe spoke on Tuesday, arguing that …": the clause's subject
                (0..c).find_map(|k| match g.subject_ending_at(k) {
                    Some(s @ (Subject::Person { .. } | Subject::Pronoun { .. })) => Some(s),
                    _ => None,
                })
            } else {
                let inverted =
                    c == 0 || !matches!(g.r.text[g.r.words[c - 1].range.end..g.r.words[c].range.start].trim(), "");
                g.subject_before(c).or_else(|| {
                    let takes_object =
                        matches!(g.r.lower(c).as_ref(), "told" | "tells" | "asked" | "asks" | "urged" | "urges");
                    (inverted && !takes_object).then(|| g.subject_starting_at(c + len)).flatten()
                })
            };
            if let Some(s) = subject
                && let Some(d) = self.decide(s, q.open_mark, q.paragraph)
            {
                return Some(d);
            }
        }
        None
    }

    /// A quote inside a sentence with no cue verb (`Reid has gone after Trump as a “…”`):
    /// the subject that opens the sentence (or its main clause, after a fronted phrase and a
    /// comma), when a verb follows it.
    fn sentence_subject(&self, q: &FoundQuote, p: &Paragraph, range: Range<usize>) -> Option<Decision> {
        // a quote a colon introduces is the sentence's object only with a cue verb
        if range.is_empty() || self.text[..q.open_mark].trim_end().ends_with(':') {
            return None;
        }
        let g = p.grammar(range, self.people, self.lang);
        let n = g.r.words.len();
        let clause_starts = std::iter::once(0).chain((1..n.min(MAX_FRONTED)).filter(|&k| g.gap(k) == ","));
        for k in clause_starts {
            let Some(subject) = g.subject_starting_at(k) else { continue };
            let end = subject.span().end;
            let mut next = g.r.words.iter().position(|w| w.range.start >= end).filter(|&j| j < n)?;
            if next + 1 < n && g.r.word(next).ends_with("ly") && g.gap(next + 1).is_empty() {
                next += 1; // "Trump openly admires"
            }
            if !g.gap(next).is_empty() || !self.lang.verb_like(g.r.word(next)) {
                return None;
            }
            let d = self.decide(subject, q.open_mark, q.paragraph)?;
            return Some(Decision {
                basis: match d.basis {
                    SpeakerBasis::Cue => SpeakerBasis::Subject,
                    b => b,
                },
                ..d
            });
        }
        None
    }

    /// A quote with no cue: the speaker of `last` (the last decided quote before it) when
    /// it is near and nobody else is named in between, else the last person seen as a
    /// subject in this or the previous paragraph.
    fn carried(&self, q: &FoundQuote, last: Option<(&FoundQuote, &Decision)>) -> Option<Decision> {
        let from = self.article.paragraphs[q.paragraph.saturating_sub(CARRY_PARAGRAPHS)].start;
        if let Some((prev, d)) = last
            && prev.paragraph + CARRY_PARAGRAPHS >= q.paragraph
        {
            let between = prev.close_mark.as_ref().map_or(prev.range.end, |m| m.end)..q.open_mark;
            let other = self.people.mentions.iter().any(|m| {
                between.start <= m.range.start
                    && m.range.end <= between.end
                    && d.who != Who::Person(m.person)
                    && !self.is_quoted(m.range.start)
            });
            if !other {
                return Some(Decision { basis: SpeakerBasis::Carried, ..d.clone() });
            }
        }
        let para_start = self.article.paragraphs[q.paragraph.saturating_sub(1)].start;
        let from = from.max(last.map_or(0, |(prev, _)| prev.range.end)).max(para_start);
        let (person, span) = self.antecedent(from, q.open_mark, |_| true)?;
        clause::in_subject_position(self.text, &span, self.lang).then_some(Decision {
            who: Who::Person(person),
            basis: SpeakerBasis::Carried,
            span,
        })
    }
}

#[cfg(test)]
#[path = "speakers_tests.rs"]
mod tests;
