//! Who said each quote: a cue verb next to the quote with a named subject (`“…,” Roe said`,
//! `Roe urged not to “…”`, `according to Roe`), a pronoun or role noun resolved to the last
//! person named (`he stressed`, `the minister noted`), a neighbouring quote of the same
//! paragraph or the paragraph the quote continues, and otherwise the main speaker.

use std::ops::Range;

use crate::article::Article;
use crate::article::sections::Sections;
use crate::model::{QuoteKind, SpeakerBasis};
use crate::people::People;
use crate::quotes::FoundQuote;
use crate::text::language::Language;
use crate::text::words::Span;

/// Most words read after a quote for its attribution.
const AFTER_WORDS: usize = 8;
/// Most words read before a quote for its attribution.
const BEFORE_WORDS: usize = 14;

/// Who a cue points at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Who {
    /// A person ([`People::persons`] index) and how they were found.
    Person(usize, SpeakerBasis),
    /// Someone the article does not name ("a European diplomat", "officials"): the quote has
    /// no speaker, and no fallback may give it one.
    Unnamed,
}

/// A speaker decided for a quote, if any.
type Decision = Option<Who>;

/// True when `word`, lower-cased, is a role noun or its plural ("officials").
fn is_role(word: &str, lang: &Language) -> bool {
    let kind = lang.lower_word(word);
    kind.role || kind.role_plural
}

/// The subject at word `i` of a region: a named person, a pronoun or a role noun phrase
/// ("the minister", "the Russian foreign minister"). Returns the decision and its length.
fn subject_at(r: &Span, i: usize, people: &People, lang: &Language, before: usize) -> Option<(Decision, usize)> {
    if i >= r.words.len() {
        return None;
    }
    let the = r.lower_is(i, "the");
    if lang.lower_word(r.word(i)).pronoun {
        let who = people.last_before(before).map_or(Who::Unnamed, |p| Who::Person(p, SpeakerBasis::Pronoun));
        return Some((Some(who), 1));
    }
    // "the minister": the last person named with that role; "a European diplomat",
    // "officials", "the spokesman" of nobody named: someone unnamed.
    for n in 0..=3 {
        let k = i + n;
        if k >= r.words.len() || people.named_at(r.words[k].range.start).is_some() || (n > 0 && !r.adjacent(k - 1)) {
            break;
        }
        if is_role(r.word(k), lang) {
            let person = if the { people.last_with_role(&r.lower(k), before) } else { None };
            let who = person.map_or(Who::Unnamed, |p| Who::Person(p, SpeakerBasis::Pronoun));
            return Some((Some(who), n + 1));
        }
    }
    if the {
        return None;
    }
    // A name: possibly a title and first names before the surname that is a mention.
    for n in 0..4 {
        if let Some(p) = r.words.get(i + n).and_then(|w| people.named_at(w.range.start)) {
            return Some((Some(Who::Person(p, SpeakerBasis::Cue)), n + 1));
        }
        if i + n + 1 >= r.words.len() || !r.adjacent(i + n) {
            break;
        }
    }
    None
}

/// The attribution right after a quote: `, he said` / `Roe added` / `said the minister`.
fn after(r: &Span, people: &People, lang: &Language, quote_start: usize) -> Decision {
    let n = r.words.len().min(AFTER_WORDS);
    if n == 0 {
        return None;
    }
    if let Some(len) = lang.cue_at(r, 0) {
        return subject_at(r, len, people, lang, quote_start).and_then(|s| s.0);
    }
    let (decision, len) = subject_at(r, 0, people, lang, quote_start)?;
    let cue = lang.cue_at(r, len).is_some()
        || (len + 1 < n && r.lower(len).ends_with("ly") && lang.cue_at(r, len + 1).is_some());
    if cue { decision } else { None }
}

/// The attribution in the same sentence before a quote: `Roe urged not to “…”`,
/// `according to Roe, “…”`.
fn before(r: &Span, people: &People, lang: &Language, quote_start: usize) -> Decision {
    let n = r.words.len();
    for c in (0..n).rev() {
        let Some(len) = lang.cue_at(r, c) else {
            continue;
        };
        if r.lower_is(c, "according") {
            return subject_at(r, c + len, people, lang, quote_start).and_then(|s| s.0);
        }
        // the subject stands just before the cue, perhaps with an adverb between
        for back in 1..=2 {
            let Some(s) = c.checked_sub(back) else { break };
            if back == 2
                && !r.lower(c - 1).ends_with("ly")
                && !["also", "then", "later"].iter().any(|w| r.lower_is(c - 1, w))
            {
                break;
            }
            for start in s.saturating_sub(3)..=s {
                if let Some((decision, len)) = subject_at(r, start, people, lang, quote_start)
                    && start + len == s + 1
                {
                    return decision;
                }
            }
        }
        if let Some(d) = subject_at(r, c + len, people, lang, quote_start).and_then(|s| s.0) {
            return Some(d); // "said Roe: “…”"
        }
    }
    None
}

/// Start of the sentence holding byte `at` within `from..at` (sentence ends outside quotes).
/// The stops are ASCII, so bytes are scanned: no byte of a multi-byte character matches.
fn sentence_start(text: &str, from: usize, at: usize) -> usize {
    let s = &text.as_bytes()[from..at];
    s.windows(2).rposition(|pair| matches!(pair, [b'.' | b'!' | b'?', b' '])).map_or(from, |i| from + i + 2)
}

/// End of the sentence starting at `from`, within `from..to`.
fn sentence_end(text: &str, from: usize, to: usize) -> usize {
    let s = &text.as_bytes()[from..to];
    s.iter().position(|b| matches!(b, b'.' | b'!' | b'?' | b';' | b':')).map_or(to, |i| from + i)
}

/// Decides the speaker of every quote (index-aligned with `quotes`), as a full name and
/// the basis it was decided on. Nested quotes get none: they quote someone else.
pub(crate) fn attribute(
    text: &str,
    article: &Article,
    sections: &Sections,
    quotes: &[FoundQuote],
    people: &People,
    lang: &Language,
) -> Vec<Option<(String, SpeakerBasis)>> {
    let top: Vec<usize> = (0..quotes.len()).filter(|&i| quotes[i].kind != QuoteKind::Nested).collect();
    let mut decided: Vec<Decision> = vec![None; quotes.len()];
    for (k, &i) in top.iter().enumerate() {
        let q = &quotes[i];
        let para: &Range<usize> = &article.paragraphs[q.paragraph];
        let words = &sections.paragraph_words()[q.paragraph];
        let same_para = |j: Option<&usize>| j.map(|&j| &quotes[j]).filter(|o| o.paragraph == q.paragraph);
        let prev_end = same_para(k.checked_sub(1).and_then(|k| top.get(k)))
            .map_or(para.start, |o| o.close_mark.as_ref().map_or(o.range.end, |m| m.end));
        let next_start = same_para(top.get(k + 1)).map_or(para.end, |o| o.open_mark);
        if let Some(close) = &q.close_mark {
            let stop = sentence_end(text, close.end, next_start).max(close.end);
            let window = words.window(close.end..(stop + 1).min(next_start).max(close.end));
            decided[i] = after(&window, people, lang, q.open_mark);
        }
        if decided[i].is_none() {
            let from = sentence_start(text, prev_end, q.open_mark);
            let mut window = words.window(from..q.open_mark);
            window.words = &window.words[window.words.len().saturating_sub(BEFORE_WORDS)..];
            decided[i] = before(&window, people, lang, q.open_mark);
        }
    }
    // Quotes of one paragraph share an attribution: the next one decided, else the last.
    for group in top.chunk_by(|a, b| quotes[*a].paragraph == quotes[*b].paragraph) {
        let own: Vec<Decision> = group.iter().map(|&i| decided[i]).collect();
        let mut following = vec![None; group.len()];
        let mut next = None;
        for k in (0..group.len()).rev() {
            following[k] = next;
            next = own[k].or(next);
        }
        let mut previous = None;
        for (k, &i) in group.iter().enumerate() {
            decided[i] = own[k].or(following[k]).or(previous);
            previous = own[k].or(previous);
        }
    }
    // A quote running over paragraphs has one speaker: forwards, then backwards.
    for &i in &top {
        if let Some(prev) = quotes[i].continues
            && decided[i].is_none()
        {
            decided[i] = decided[prev];
        }
    }
    for &i in top.iter().rev() {
        if let Some(prev) = quotes[i].continues
            && decided[prev].is_none()
        {
            decided[prev] = decided[i];
        }
    }
    let main = people.main.map(|p| Who::Person(p, SpeakerBasis::MainSpeaker));
    (0..quotes.len())
        .map(|i| match decided[i].or(main) {
            _ if quotes[i].kind == QuoteKind::Nested => None,
            Some(Who::Person(p, basis)) => Some((people.persons[p].name.clone(), basis)),
            Some(Who::Unnamed) | None => None,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::topics::gazetteer::Gazetteer;

    fn speakers(t: &str) -> Vec<(String, Option<(String, SpeakerBasis)>)> {
        let lang = Language::bundled();
        let article = Article::parse(t, &lang);
        let found = crate::quotes::find(t, &article.paragraphs);
        let gaz = Gazetteer::bundled();
        let sections = crate::article::sections::Sections::new(t, &article, |w| gaz.is_alias(w));
        let people = People::find(t, &article, &sections, &lang);
        let who = attribute(t, &article, &sections, &found, &people, &lang);
        found.iter().map(|q| t[q.range.clone()].to_string()).zip(who).collect()
    }

    fn who(s: &Option<(String, SpeakerBasis)>) -> (&str, SpeakerBasis) {
        let (n, b) = s.as_ref().expect("a speaker");
        (n.as_str(), *b)
    }

    #[test]
    fn cues_pronouns_roles_and_main_speaker() {
        let t = "Tarvo: no more waiting\n\n\
                 OSLO (NTB): Defence Minister Anna Tarvo spoke on Monday about the border dispute with the neighbours.\n\
                 “We have waited long enough,” she said. Tarvo urged not to “read too much” into it.\n\
                 Envoy Piet van Dam disagreed. “There is time,” van Dam told reporters.\n\
                 “Patience is over,” the minister noted.\n\
                 The talks resume next week in the capital: “This is the last round.”\n";
        let s = speakers(t);
        assert_eq!(who(&s[0].1), ("Anna Tarvo", SpeakerBasis::Pronoun));
        assert_eq!(who(&s[1].1), ("Anna Tarvo", SpeakerBasis::Cue));
        assert_eq!(who(&s[2].1), ("Piet van Dam", SpeakerBasis::Cue));
        // "the minister" is the last person named as a minister, not the envoy named since
        assert_eq!(who(&s[3].1), ("Anna Tarvo", SpeakerBasis::Pronoun));
        assert_eq!(who(&s[4].1), ("Anna Tarvo", SpeakerBasis::MainSpeaker));
    }

    #[test]
    fn according_to_and_cue_before_name() {
        let t = "According to Lena Holm, “the deal is dead.” “It is,” said Holm.";
        let s = speakers(t);
        assert_eq!(who(&s[0].1), ("Lena Holm", SpeakerBasis::Cue));
        assert_eq!(who(&s[1].1), ("Lena Holm", SpeakerBasis::Cue));
    }

    #[test]
    fn places_are_not_speakers_and_nested_quotes_have_none() {
        let t = "Oslo said it would wait: “They told us “stop” and we did.”";
        let s = speakers(t);
        assert_eq!(s.len(), 2);
        assert!(s.iter().all(|(_, w)| w.is_none()), "{s:?}");
    }
}
