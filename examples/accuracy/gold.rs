//! The gold side of the harness: quoted segments of a paragraph, the gold speaker of an
//! attribution, whether a predicted name is that speaker, and the cause of a wrong one.

use crate::Range;
use crate::acronym::abbreviates;
use crate::polnear::{Mention, Nlp};

pub(crate) struct Speaker {
    /// The name, or the source text for a description.
    pub(crate) name: String,
    pub(crate) source: String,
    pub(crate) source_range: Vec<Range>,
    pub(crate) class: Class,
    pub(crate) pronoun: bool,
    /// Named through a coreference chain.
    pub(crate) resolved: bool,
}

#[derive(Clone, Copy, PartialEq)]
pub(crate) enum Class {
    Person,
    Organisation,
    Description,
}

/// Sources that name nobody by themselves.
pub(crate) const PRONOUNS: &str = "he she they i we you it him her them me us his their its our my who which that this";
/// Verbs of speech: a Source span holding only one of these is a slip (see `article` in `main.rs`).
pub(crate) const SPEECH_VERBS: &str =
    "said says say added adds told tells wrote writes asked asks replied continued explained noted";
/// Words dropped from names before comparing them.
pub(crate) const TITLES: &str = "mr mrs ms miss dr sen senator rep gov governor president secretary gen rev vice speaker judge \
                      mayor jr sr ii iii the a an";
pub(crate) const ABBREVIATED_TITLES: &str =
    "Mr. Mrs. Ms. Dr. Sen. Rep. Gov. Del. Lt. Gen. Col. Sgt. Adm. Capt. Maj. Cmdr. Rev. Atty. Amb.";

pub(crate) fn is_in(list: &str, word: &str) -> bool {
    list.split_whitespace().any(|w| w == word)
}

/// Quoted segments (trimmed, marks excluded) with the paragraph (line) holding each.
pub(crate) fn quoted_segments(text: &str) -> Vec<(Range, Range)> {
    let mut out = Vec::new();
    let mut line_start = 0;
    for line in text.split_inclusive('\n') {
        let para = (line_start, line_start + line.trim_end().len());
        let (mut open, mut chars) = (None, line.char_indices().peekable());
        while let Some((i, c)) = chars.next() {
            // Two apostrophes stand for a straight double mark (the archive style of some articles).
            let c = if c == '\'' && chars.next_if(|&(_, n)| n == '\'').is_some() { '"' } else { c };
            let (i, next) = (line_start + i, line_start + chars.peek().map_or(line.len(), |&(n, _)| n));
            match (c, open) {
                ('“', _) | ('"', None) => open = Some(next),
                ('”' | '"', Some(o)) => {
                    out.push((para, (o, i)));
                    open = None;
                }
                _ => {}
            }
        }
        if let Some(o) = open {
            out.push((para, (o, para.1)));
        }
        line_start += line.len();
    }
    out.into_iter()
        .filter_map(|(para, (s, e))| {
            let inner = &text[s..e];
            let s = s + (inner.len() - inner.trim_start().len());
            let e = s + inner.trim().len();
            text[s..e].chars().any(char::is_alphanumeric).then_some((para, (s, e)))
        })
        .collect()
}

pub(crate) fn overlap(a: Range, b: Range) -> usize {
    a.1.min(b.1).saturating_sub(a.0.max(b.0))
}

/// Bytes of `r` covered by `spans` (which do not overlap one another within an attribution).
pub(crate) fn covered(r: Range, spans: &[Range]) -> usize {
    spans.iter().map(|&s| overlap(r, s)).sum::<usize>().min(r.1 - r.0)
}

pub(crate) fn gold_speaker(text: &str, source: &[Range], nlp: Option<&Nlp>) -> Option<Speaker> {
    let src = source.iter().map(|&(s, e)| &text[s..e]).collect::<Vec<_>>().join(" ");
    if src.trim().is_empty() {
        return None;
    }
    let pronoun = is_in(PRONOUNS, &src.trim().to_lowercase());
    let mut speaker = Speaker {
        name: src.clone(),
        source: src,
        source_range: source.to_vec(),
        class: Class::Description,
        pronoun,
        resolved: false,
    };
    let Some(nlp) = nlp else {
        // No CoreNLP: the source up to a comma or bracket, a person when capitalised.
        speaker.name = speaker.source.split([',', '(']).next().unwrap_or_default().trim().to_string();
        if !pronoun && speaker.name.split_whitespace().all(|w| w.starts_with(char::is_uppercase)) {
            speaker.class = Class::Person;
        }
        return Some(speaker);
    };
    let tokens = &nlp.tokens;
    let inside = |t: usize| source.iter().any(|&(s, e)| tokens[t].start >= s && tokens[t].end <= e);
    let in_source: Vec<usize> = (0..tokens.len()).filter(|&t| inside(t)).collect();
    let (Some(&first), Some(&last)) = (in_source.first(), in_source.last()) else { return Some(speaker) };
    let word = |t: usize| tokens.get(t).map_or("", |k| &text[k.start..k.end]);
    let possessive = |t: usize| matches!(word(t), "’s" | "'s" | "’" | "'");
    // CoreNLP's longest mention starting the source, if any.
    let mention =
        nlp.mentions.iter().filter(|m| m.first == first && inside(m.last) && inside(m.head)).max_by_key(|m| m.last);
    // The end of the first PERSON run not followed by a possessive ("Another critic, Jane Roe,").
    let person = in_source
        .iter()
        .copied()
        .find(|&t| tokens[t].person && !tokens.get(t + 1).is_some_and(|n| n.person) && !possessive(t + 1));
    // Without either: the last word before a comma, preposition or relative pronoun.
    let chunk_head = || {
        let stops = [",", "of", "who", "for", "at", "from", "with", "in", "and", "("];
        let stop = in_source.iter().position(|&t| stops.contains(&word(t))).unwrap_or(in_source.len()).max(1);
        let chunk = &in_source[..stop];
        *chunk.iter().rev().find(|&&t| word(t).chars().any(char::is_alphanumeric) && !possessive(t)).unwrap_or(&first)
    };
    // A head that is only a title ("the President", tagged proper) names nobody by itself.
    let title_only = |h: usize| name_words(word(h)).is_empty();
    let names = |m: &Mention| tokens[m.head].proper && !title_only(m.head);
    let chain_name = |m: &Mention| {
        let (members, representative) = &nlp.chains[m.chain];
        let rep = &nlp.mentions[members[*representative]];
        let first_proper = members.iter().map(|&i| &nlp.mentions[i]).find(|m| names(m));
        Some(rep).filter(|r| names(r)).or(first_proper).map(|r| (r.head, r.first, r.last))
    };
    let named = match (mention, person) {
        (Some(m), None) if tokens[m.head].proper && title_only(m.head) => {
            chain_name(m).inspect(|_| speaker.resolved = true)
        }
        (Some(m), p) if tokens[m.head].proper && (tokens[m.head].person || p.is_none()) => Some((m.head, first, last)),
        (_, Some(p)) => Some((p, first, last)),
        (Some(m), None) => chain_name(m).inspect(|_| speaker.resolved = true),
        (None, None) => Some((chunk_head(), first, last)).filter(|&(h, ..)| tokens[h].proper),
    };
    if named.is_none()
        && let Some(name) = titled_person(text, nlp, &speaker.source)
    {
        speaker.name = name;
        speaker.class = Class::Person;
        speaker.resolved = true;
        return Some(speaker);
    }
    if let Some((h, first, last)) = named {
        let (mut a, mut b) = (h, h);
        while a > first && tokens[a - 1].proper {
            a -= 1;
        }
        while b < last && tokens[b + 1].proper {
            b += 1;
        }
        speaker.name = text[tokens[a].start..tokens[b].end].to_string();
        // CoreNLP's NER often misses a lone or upper-case surname: any PERSON in the chain, or
        // the same word tagged PERSON elsewhere in the article, also makes a person.
        let chain = mention.map_or(&[][..], |m| &nlp.chains[m.chain].0[..]);
        let surname = word(b).to_lowercase();
        let person = tokens[h].person
            || speaker.name.split_whitespace().any(|w| is_in(ABBREVIATED_TITLES, w))
            || chain.iter().any(|&i| tokens[nlp.mentions[i].head].person)
            || tokens.iter().any(|t| t.person && text[t.start..t.end].to_lowercase() == surname);
        speaker.class = if person { Class::Person } else { Class::Organisation };
    }
    Some(speaker)
}

/// For a role-noun source its chain left unnamed (`the mayor`), the one person CoreNLP tags
/// right after that word written as a title (`Mayor Jane Roe`) in the article; `None` when no
/// one or more than one person (by last word) is.
fn titled_person(text: &str, nlp: &Nlp, source: &str) -> Option<String> {
    let role = source.trim().strip_prefix("the ")?;
    if role.contains(' ') || !role.chars().all(|c| c.is_ascii_lowercase()) {
        return None;
    }
    let tokens = &nlp.tokens;
    let mut found: Option<String> = None;
    for (t, token) in tokens.iter().enumerate() {
        let word = &text[token.start..token.end];
        if !(word.eq_ignore_ascii_case(role) && word.starts_with(char::is_uppercase)) {
            continue;
        }
        let run = tokens[t + 1..].iter().take_while(|k| k.person).count();
        if run == 0 {
            continue;
        }
        let name = &text[tokens[t + 1].start..tokens[t + run].end];
        match &found {
            Some(f) if name_words(f).last() != name_words(name).last() => return None,
            Some(_) => {}
            None => found = Some(name.to_string()),
        }
    }
    found
}

/// Lowercased words of a name, without possessives, punctuation, titles or articles.
pub(crate) fn name_words(name: &str) -> Vec<String> {
    name.split_whitespace()
        .map(|w| w.trim_end_matches(|c: char| !c.is_alphanumeric()))
        .map(|w| w.strip_suffix("'s").or_else(|| w.strip_suffix("’s")).unwrap_or(w))
        .flat_map(|w| w.split(|c: char| !c.is_alphanumeric() && c != '-'))
        .map(|w| w.trim_matches('-').to_lowercase())
        .filter(|w| !w.is_empty() && !is_in(TITLES, w))
        .collect()
}

pub(crate) fn same_speaker(predicted: &str, gold: &Speaker) -> bool {
    // a description's head ends its first chunk: "one source on the panel", "a writer for X"
    let head = |name: &str| {
        let stops = [",", " of ", " on ", " for ", " at ", " from ", " with ", " in ", " who ", " which ", " ("];
        let cut = stops.iter().filter_map(|s| name.find(s)).min().unwrap_or(name.len());
        name[..cut].to_string()
    };
    let gold_name = if gold.class == Class::Description { head(&gold.name) } else { gold.name.clone() };
    // the same words, titles and all ("the president" for "the president")
    let plain =
        |s: &str| s.to_lowercase().split_whitespace().filter(|w| !is_in("the a an", w)).collect::<Vec<_>>().join(" ");
    if plain(predicted) == plain(&gold_name) {
        return true;
    }
    // an organisation's acronym and its name written out ("DNC", "Democratic National
    // Committee")
    if abbreviates(predicted, &gold_name) || abbreviates(&gold_name, predicted) {
        return true;
    }
    let (p, g) = (name_words(predicted), name_words(&gold_name));
    let (Some(p_last), Some(g_last)) = (p.last(), g.last()) else { return false };
    p.contains(g_last) || (gold.class != Class::Description && g.contains(p_last))
}

pub(crate) fn cause(text: &str, para: Range, quote: Range, gold: &Speaker, none: bool) -> &'static str {
    let src = gold.source_range[0];
    let words: Vec<&str> = gold.source.split_whitespace().collect();
    let line_end = text[src.1..].find('\n').map_or(text.len(), |e| src.1 + e);
    // Between the quote and its source, outside the marks: a full stop, question or exclamation
    // mark followed by a blank or a quotation mark ends a sentence.
    let gap = if src.1 <= quote.0 { &text[src.1..quote.0] } else { &text[quote.1..src.0.max(quote.1)] };
    let sentence_ends = gap.char_indices().any(|(i, c)| {
        matches!(c, '.' | '?' | '!') && gap[i + 1..].starts_with(|n: char| n.is_whitespace() || "“\"".contains(n))
    });
    if gold.source_range.iter().all(|&s| overlap(s, para) == 0) {
        if src.1 < quote.0 && text[..line_end].trim_end().ends_with(':') { "colon-lead-in" } else { "no-cue-carried" }
    } else if sentence_ends && src.1 <= quote.0 && follows_quote(&text[para.0..src.0]) {
        "continuation"
    } else if sentence_ends {
        "cue-other-sentence"
    } else if src.0 >= quote.1 && gap.chars().any(|c| "―—–".contains(c)) && !gap.contains(char::is_alphanumeric) {
        "dash-signature"
    } else if gap.split_whitespace().count() > 8 {
        "far-from-quote"
    } else if gold.pronoun {
        "pronoun"
    } else if gold.resolved || (gold.class == Class::Description && gold.source.to_lowercase().starts_with("the ")) {
        "role-noun"
    } else if gold.class == Class::Organisation {
        "organisation"
    } else if gold.class == Class::Description {
        "description"
    } else if gold.source.ends_with("’s") || gold.source.ends_with("'s") {
        "possessive-source"
    } else if words.len() == 2 && is_in(ABBREVIATED_TITLES, words[0]) {
        "title-surname"
    } else if words.len() == 1 {
        "surname-only"
    } else if words.iter().any(|w| is_in(ABBREVIATED_TITLES, w)) {
        "abbrev-title"
    } else if words.iter().any(|w| w.len() == 2 && w.ends_with('.') && w.starts_with(char::is_uppercase)) {
        "middle-initial"
    } else if none {
        "predicted-none"
    } else {
        "other"
    }
}

/// True when `before` ends with a closing mark, maybe then a cue verb: `“…,” Roe`, `“…,” said Roe`.
pub(crate) fn follows_quote(before: &str) -> bool {
    let before = before.trim_end();
    let cue = before.rsplit_once(' ').filter(|(_, w)| w.chars().all(|c| c.is_lowercase())).map(|(b, _)| b);
    [before, cue.unwrap_or_default()].iter().any(|b| b.trim_end().ends_with(['”', '"', '\'']))
}
