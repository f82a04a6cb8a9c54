//! Speaker-attribution accuracy of redline against the PolNeAR corpus (train or dev split; the
//! test split is refused).
//!
//! `cargo run --release --example accuracy -- PATH [--split dev|train] [--misses N] [--causes]`,
//! where PATH is PolNeAR's `data` directory or one split directory (`text/`, `attributions/`,
//! `corenlp/`). Brat and CoreNLP offsets count Unicode code points; they are turned into UTF-8
//! byte offsets on reading. Of several `.ann` files for an article the first by name is used.
//!
//! **Gold quotes.** Each line of an article is a paragraph. In it, text between `“` and `”`, or
//! between two straight `"` (or two `''`, as archived articles write them), is a quoted segment;
//! a mark not closed by the end of the line runs to it (a quote continued in the next paragraph).
//! A segment, trimmed, is a gold quote when at least half of its bytes lie inside the Content
//! spans (all parts) of one attribution; of several, the smallest content wins (the innermost).
//!
//! **Gold speaker**: that attribution's Source. Its head is the head of CoreNLP's longest mention
//! starting the span if that is a proper noun (and PERSON, when the span holds a PERSON), else
//! the end of the first PERSON run ("a critic, Jane Roe", "Acme director Jane Roe"), else, for a
//! pronoun or role noun, the mention's chain gives the name (its representative mention, or its
//! first with a proper-noun head), else the last word before a comma or preposition. A
//! proper-noun head gives the name, the proper nouns around it; it is a person when CoreNLP tags
//! it, its chain or the same word elsewhere PERSON, or it holds a title ("Mr.", "Sen."), else an
//! organisation. A head that is only a title ("the President", tagged a proper noun) names
//! nobody: its chain gives the name. Anything else is a description, kept as the source text
//! ("a source"); a lone pronoun that stays unresolved gives no gold speaker and is left out. A
//! Source span holding only a speech verb (`said`) while the Cue span holds the name is an
//! annotation slip, read the other way round.
//!
//! **Metrics.** A predicted quote matches a gold quote when they overlap by at least half of the
//! longer of the two (both exclude the marks, so the same marks give the same range).
//! *Recall*: gold quotes matched. *Precision*: predicted quotes of 4+ words with at least half
//! their bytes inside some Content span, over all predicted quotes of 4+ words. *Speaker
//! accuracy*, over matched gold quotes with a gold speaker: names are lowercased, possessives and
//! punctuation stripped, titles and articles dropped (`TITLES`); they match when the last word
//! of either is among the words of the other. A description only matches a prediction holding
//! the last word of its first chunk (before a comma, preposition or relative pronoun: "one
//! source on the panel" → "source"), so a description is nearly always counted wrong, even when
//! redline abstains.
//!
//! **Causes** of a wrong speaker, the first that holds. Where the source is: `colon-lead-in`
//! (another paragraph, ending with a colon), `no-cue-carried` (another paragraph),
//! `continuation` (`“…,” Roe said. “this quote”`, or `said Roe`), `cue-other-sentence` (another sentence
//! end lies between source and quote), `dash-signature`
//! (`“…” ― Name`), `far-from-quote` (more than 8 words between). What the source is: `pronoun`,
//! `role-noun` ("the senator", or resolved through a chain), `organisation`, `description`,
//! `possessive-source` ("Roe's claim that"), `title-surname` ("Mr. Roe", "Sen. Roe"), `surname-only`
//! ("Roe"), `abbrev-title` ("Sen. Jane Roe"), `middle-initial` ("Jane Q. Roe"). Otherwise
//! `predicted-none` or `other`. `--causes` also splits them by redline's speaker basis and by
//! the side of the quote the source is on, and lists the gold cues with the most wrong speakers.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use std::time::Instant;

use roxmltree::Node;
use serde_json::Value;

/// A byte range `start..end` of an article.
type Range = (usize, usize);

/// redline's analysis of one text, as JSON: the only place that knows the library's API.
fn analyze(name: &str, text: &str) -> Value {
    static ANALYZER: OnceLock<redline_analysis::Analyzer> = OnceLock::new();
    let analyzer = ANALYZER.get_or_init(redline_analysis::Analyzer::bundled);
    let source = redline_analysis::Source::from_text(name, text);
    serde_json::to_value(analyzer.analyze(&source)).expect("an analysis serialises")
}

/// One attribution relation of a `.ann` file, in byte ranges.
#[derive(Default)]
struct Attribution {
    source: Vec<Range>,
    cue: Vec<Range>,
    content: Vec<Range>,
}

#[derive(Default)]
struct Nlp {
    tokens: Vec<Token>,
    mentions: Vec<Mention>,
    /// Mention indices of each chain in text order, and which one is representative.
    chains: Vec<(Vec<usize>, usize)>,
}

struct Token {
    start: usize,
    end: usize,
    proper: bool,
    person: bool,
}

/// Token indices, `last` inclusive.
struct Mention {
    first: usize,
    last: usize,
    head: usize,
    chain: usize,
}

struct Speaker {
    /// The name, or the source text for a description.
    name: String,
    source: String,
    source_range: Vec<Range>,
    class: Class,
    pronoun: bool,
    /// Named through a coreference chain.
    resolved: bool,
}

#[derive(Clone, Copy, PartialEq)]
enum Class {
    Person,
    Organisation,
    Description,
}

#[derive(Default)]
struct Counts {
    articles: usize,
    with_nlp: usize,
    /// Articles with quotes where redline names no speaker at all.
    silent: usize,
    gold: usize,
    gold4: usize,
    matched: usize,
    matched4: usize,
    /// Gold quotes not found by redline that are marked with `''`.
    unmatched_archive: usize,
    predicted4: usize,
    predicted4_in_content: usize,
    /// Matched gold quotes without a source, or whose source is an unresolved pronoun.
    no_speaker: usize,
    /// (right, total) for person-like speakers, organisations, descriptions.
    speaker: [(usize, usize); 3],
    speaker4: (usize, usize),
    /// (right, total) per redline speaker basis (`none` when it names nobody).
    bases: BTreeMap<String, (usize, usize)>,
    /// (right, total) per gold cue, lowercased.
    cues: BTreeMap<String, (usize, usize)>,
    causes: BTreeMap<&'static str, BTreeMap<String, usize>>,
}

/// Sources that name nobody by themselves.
const PRONOUNS: &str = "he she they i we you it him her them me us his their its our my who which that this";
/// Verbs of speech: a Source span holding only one of these is a slip (see [`article`]).
const SPEECH_VERBS: &str =
    "said says say added adds told tells wrote writes asked asks replied continued explained noted";
/// Words dropped from names before comparing them.
const TITLES: &str = "mr mrs ms miss dr sen senator rep gov governor president secretary gen rev vice speaker judge \
                      mayor jr sr ii iii the a an";
const ABBREVIATED_TITLES: &str =
    "Mr. Mrs. Ms. Dr. Sen. Rep. Gov. Del. Lt. Gen. Col. Sgt. Adm. Capt. Maj. Cmdr. Rev. Atty. Amb.";

fn is_in(list: &str, word: &str) -> bool {
    list.split_whitespace().any(|w| w == word)
}

fn main() {
    let mut args = std::env::args().skip(1);
    let (mut path, mut split, mut misses, mut causes) = (None, "dev".to_string(), 0, false);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--split" => split = args.next().expect("--split dev|train"),
            "--misses" => misses = args.next().and_then(|n| n.parse().ok()).expect("--misses N"),
            "--causes" => causes = true,
            _ => path = Some(PathBuf::from(arg)),
        }
    }
    let path = path.expect("usage: accuracy PATH [--split dev|train] [--misses N] [--causes]");
    let dir = if path.join("text").is_dir() { path } else { path.join(&split) };
    assert!(!dir.ends_with("test"), "the test split is not to be used");
    let started = Instant::now();
    let (mut counts, mut missed) = (Counts::default(), Vec::new());
    let mut stems: Vec<String> = std::fs::read_dir(dir.join("text"))
        .expect("a text/ directory")
        .filter_map(|e| e.ok()?.file_name().to_str()?.strip_suffix(".txt").map(String::from))
        .collect();
    stems.sort();
    for stem in &stems {
        article(&dir, stem, &mut counts, &mut missed);
    }
    report(&dir, &counts, started.elapsed().as_secs_f64());
    if causes {
        print_causes(&counts);
    }
    missed.iter().take(misses).for_each(|m| println!("\n{m}"));
}

fn article(dir: &Path, stem: &str, counts: &mut Counts, missed: &mut Vec<String>) {
    let Ok(text) = std::fs::read_to_string(dir.join("text").join(format!("{stem}.txt"))) else { return };
    let mut bytes: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
    bytes.push(text.len());
    let Some(attributions) = first_ann(dir, stem).and_then(|p| read_ann(&p, &bytes)) else { return };
    let nlp = read_nlp(&dir.join("corenlp").join(format!("{stem}.txt.xml")), &bytes);
    counts.articles += 1;
    counts.with_nlp += usize::from(nlp.is_some());
    let analysis = analyze(stem, &text);
    let predicted: Vec<&Value> = analysis["quotes"].as_array().map(|q| q.iter().collect()).unwrap_or_default();
    counts.silent += usize::from(!predicted.is_empty() && predicted.iter().all(|q| q["speaker"].is_null()));
    let range = |q: &Value| (q["start"].as_u64().unwrap_or(0) as usize, q["end"].as_u64().unwrap_or(0) as usize);
    let contents: Vec<Range> = attributions.iter().flat_map(|a| a.content.iter().copied()).collect();
    for q in &predicted {
        let r = range(q);
        if text[r.0..r.1].split_whitespace().count() >= 4 {
            counts.predicted4 += 1;
            counts.predicted4_in_content += usize::from(2 * covered(r, &contents) >= r.1 - r.0);
        }
    }
    for (para, quote) in quoted_segments(&text) {
        let len = quote.1 - quote.0;
        let Some(a) = attributions
            .iter()
            .filter(|a| 2 * covered(quote, &a.content) >= len)
            .min_by_key(|a| a.content.iter().map(|c| c.1 - c.0).sum::<usize>())
        else {
            continue;
        };
        let long = text[quote.0..quote.1].split_whitespace().count() >= 4;
        counts.gold += 1;
        counts.gold4 += usize::from(long);
        let best = predicted.iter().max_by_key(|q| overlap(quote, range(q)));
        let Some(q) = best.filter(|q| 2 * overlap(quote, range(q)) >= len.max(range(q).1 - range(q).0)) else {
            counts.unmatched_archive += usize::from(text[..quote.0].trim_end().ends_with("''"));
            continue;
        };
        counts.matched += 1;
        counts.matched4 += usize::from(long);
        // An annotation slip: the Source span holds the speech verb and the Cue span the name.
        let swapped = a.source.len() == 1
            && is_in(SPEECH_VERBS, text[a.source[0].0..a.source[0].1].trim().to_lowercase().as_str())
            && !a.cue.is_empty();
        let source = if swapped { &a.cue } else { &a.source };
        let Some(gold) =
            gold_speaker(&text, source, nlp.as_ref()).filter(|g| g.class != Class::Description || !g.pronoun)
        else {
            counts.no_speaker += 1;
            continue;
        };
        let predicted = q["speaker"].as_str();
        let right = predicted.is_some_and(|p| same_speaker(p, &gold));
        let basis = q["speaker_basis"].as_str().unwrap_or("none").to_string();
        let cue = a.cue.iter().map(|&(s, e)| text[s..e].to_lowercase()).collect::<Vec<_>>().join(" ");
        let cue_tally = counts.cues.entry(cue.clone()).or_default();
        for tally in
            [&mut counts.speaker[gold.class as usize], cue_tally, counts.bases.entry(basis.clone()).or_default()]
                .into_iter()
                .chain(long.then_some(&mut counts.speaker4))
        {
            tally.0 += usize::from(right);
            tally.1 += 1;
        }
        if right {
            continue;
        }
        let cause = cause(&text, para, quote, &gold, predicted.is_none());
        let src = gold.source_range[0];
        let position = if src.1 <= quote.0 { "before" } else { "after" };
        for key in [basis.as_str(), position] {
            *counts.causes.entry(cause).or_default().entry(key.to_string()).or_default() += 1;
        }
        missed.push(format!(
            "{stem} [{}..{}] {cause}\n  gold: {:?} (source {:?} {position} the quote, cue {cue:?})\n  \
             predicted: {:?} ({basis})\n  quote: {}\n  source in: {}",
            quote.0,
            quote.1,
            gold.name,
            gold.source,
            predicted.unwrap_or("-"),
            snippet(&text, quote),
            snippet(&text, (src.0.saturating_sub(40), src.1 + 40)),
        ));
    }
}

/// The lexicographically first `.ann` of an article: its name is the stem, `_`, an annotator id.
fn first_ann(dir: &Path, stem: &str) -> Option<PathBuf> {
    let mut names: Vec<String> = std::fs::read_dir(dir.join("attributions"))
        .ok()?
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.strip_suffix(".ann").and_then(|n| n.rsplit_once('_')).is_some_and(|(s, _)| s == stem))
        .collect();
    names.sort();
    Some(dir.join("attributions").join(names.first()?))
}

/// `T<n>\tType START END[;START END]\ttext` spans and `E<n>\tRole:T<n> …` relations.
fn read_ann(path: &Path, bytes: &[usize]) -> Option<Vec<Attribution>> {
    let ann = std::fs::read_to_string(path).ok()?;
    let mut spans: BTreeMap<&str, Vec<Range>> = BTreeMap::new();
    let mut attributions = Vec::new();
    for line in ann.lines() {
        let mut fields = line.split('\t');
        let (Some(id), Some(body)) = (fields.next(), fields.next()) else { continue };
        if id.starts_with('T') {
            let ranges = body.split_once(' ').map_or("", |(_, r)| r).split(';').filter_map(|r| {
                let (s, e) = r.split_once(' ')?;
                Some((*bytes.get(s.trim().parse::<usize>().ok()?)?, *bytes.get(e.trim().parse::<usize>().ok()?)?))
            });
            spans.insert(id, ranges.collect());
        } else if id.starts_with('E') {
            let mut a = Attribution::default();
            for (role, t) in body.split_whitespace().filter_map(|r| r.split_once(':')) {
                let parts = spans.get(t).cloned().unwrap_or_default();
                match role {
                    r if r.starts_with("Content") => a.content.extend(parts),
                    "Source" => a.source = parts,
                    "Cue" => a.cue = parts,
                    _ => {}
                }
            }
            attributions.push(a);
        }
    }
    Some(attributions)
}

fn elements<'a, 'i>(node: Node<'a, 'i>, tag: &'static str) -> impl Iterator<Item = Node<'a, 'i>> {
    node.children().filter(move |c| c.has_tag_name(tag))
}

fn field<'a>(node: Node<'a, '_>, tag: &'static str) -> Option<&'a str> {
    elements(node, tag).next()?.text()
}

/// Tokens and coreference chains of a CoreNLP XML file; `None` when it is missing or unreadable.
fn read_nlp(path: &Path, bytes: &[usize]) -> Option<Nlp> {
    let xml = std::fs::read_to_string(path).ok()?;
    let doc = roxmltree::Document::parse(&xml).ok()?;
    let document = elements(doc.root_element(), "document").next()?;
    let (mut nlp, mut bases) = (Nlp::default(), Vec::new());
    for sentence in elements(document, "sentences").flat_map(|n| elements(n, "sentence")) {
        bases.push(nlp.tokens.len());
        for token in elements(sentence, "tokens").flat_map(|n| elements(n, "token")) {
            let offset = |tag| bytes.get(field(token, tag)?.parse::<usize>().ok()?).copied();
            let proper = field(token, "POS").is_some_and(|p| p.starts_with("NNP"));
            let person = field(token, "NER") == Some("PERSON");
            let (start, end) = (offset("CharacterOffsetBegin")?, offset("CharacterOffsetEnd")?);
            nlp.tokens.push(Token { start, end, proper, person });
        }
    }
    for chain in elements(document, "coreference").flat_map(|n| elements(n, "coreference")) {
        let (mut members, mut representative) = (Vec::new(), 0);
        for mention in elements(chain, "mention") {
            let num = |tag| field(mention, tag)?.parse::<usize>().ok();
            let Some(base) = num("sentence").and_then(|s| bases.get(s.checked_sub(1)?)) else { continue };
            let (Some(start), Some(end), Some(head)) = (num("start"), num("end"), num("head")) else { continue };
            let m = Mention {
                first: base + start - 1,
                last: base + end - 2,
                head: base + head - 1,
                chain: nlp.chains.len(),
            };
            if start == 0 || end <= start || m.last >= nlp.tokens.len() || m.head >= nlp.tokens.len() {
                continue;
            }
            if mention.attribute("representative") == Some("true") {
                representative = members.len();
            }
            members.push(nlp.mentions.len());
            nlp.mentions.push(m);
        }
        nlp.chains.push((members, representative));
    }
    Some(nlp)
}

/// Quoted segments (trimmed, marks excluded) with the paragraph (line) holding each.
fn quoted_segments(text: &str) -> Vec<(Range, Range)> {
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

fn overlap(a: Range, b: Range) -> usize {
    a.1.min(b.1).saturating_sub(a.0.max(b.0))
}

/// Bytes of `r` covered by `spans` (which do not overlap one another within an attribution).
fn covered(r: Range, spans: &[Range]) -> usize {
    spans.iter().map(|&s| overlap(r, s)).sum::<usize>().min(r.1 - r.0)
}

fn gold_speaker(text: &str, source: &[Range], nlp: Option<&Nlp>) -> Option<Speaker> {
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

/// Lowercased words of a name, without possessives, punctuation, titles or articles.
fn name_words(name: &str) -> Vec<String> {
    name.split_whitespace()
        .map(|w| w.trim_end_matches(|c: char| !c.is_alphanumeric()))
        .map(|w| w.strip_suffix("'s").or_else(|| w.strip_suffix("’s")).unwrap_or(w))
        .flat_map(|w| w.split(|c: char| !c.is_alphanumeric() && c != '-'))
        .map(|w| w.trim_matches('-').to_lowercase())
        .filter(|w| !w.is_empty() && !is_in(TITLES, w))
        .collect()
}

fn same_speaker(predicted: &str, gold: &Speaker) -> bool {
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
    let (p, g) = (name_words(predicted), name_words(&gold_name));
    let (Some(p_last), Some(g_last)) = (p.last(), g.last()) else { return false };
    p.contains(g_last) || (gold.class != Class::Description && g.contains(p_last))
}

fn cause(text: &str, para: Range, quote: Range, gold: &Speaker, none: bool) -> &'static str {
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
fn follows_quote(before: &str) -> bool {
    let before = before.trim_end();
    let cue = before.rsplit_once(' ').filter(|(_, w)| w.chars().all(|c| c.is_lowercase())).map(|(b, _)| b);
    [before, cue.unwrap_or_default()].iter().any(|b| b.trim_end().ends_with(['”', '"', '\'']))
}

/// At most 80 characters of `text[r]` (widened to character boundaries), on one line.
fn snippet(text: &str, r: Range) -> String {
    let (mut s, mut e) = (r.0.min(text.len()), r.1.min(text.len()));
    while !text.is_char_boundary(s) {
        s -= 1;
    }
    while !text.is_char_boundary(e) {
        e += 1;
    }
    text[s..e].chars().take(80).map(|c| if c == '\n' { ' ' } else { c }).collect()
}

fn pct(n: usize, d: usize) -> String {
    format!("{:5.1}%  {n:>5}/{d}", 100.0 * n as f64 / d.max(1) as f64)
}

fn report(dir: &Path, c: &Counts, seconds: f64) {
    let [person, organisation, description] = c.speaker;
    let right = person.0 + organisation.0 + description.0;
    println!("{}: {} articles ({} with CoreNLP), {seconds:.1} s", dir.display(), c.articles, c.with_nlp);
    println!("{:<36} {}", "quote recall", pct(c.matched, c.gold));
    println!("{:<36} {}", "quote recall, 4+ words", pct(c.matched4, c.gold4));
    println!("{:<36} {:>13}", "  missed gold quotes in '' marks", c.unmatched_archive);
    println!("{:<36} {}", "precision, 4+ words, in Content", pct(c.predicted4_in_content, c.predicted4));
    println!("{:<36} {}", "speaker accuracy", pct(right, person.1 + organisation.1 + description.1));
    println!("{:<36} {}", "  person-like gold speaker", pct(person.0, person.1));
    println!("{:<36} {}", "  organisation gold speaker", pct(organisation.0, organisation.1));
    println!("{:<36} {}", "  description (\"a source\")", pct(description.0, description.1));
    println!("{:<36} {}", "  gold quote of 4+ words", pct(c.speaker4.0, c.speaker4.1));
    for (basis, &(right, total)) in &c.bases {
        println!("{:<36} {}", format!("  redline's basis {basis}"), pct(right, total));
    }
    println!("{:<36} {:>13}", "matched, no source / lone pronoun", c.no_speaker);
    println!("{:<36} {:>13}", "articles with quotes, none attributed", c.silent);
}

fn print_causes(c: &Counts) {
    let columns = ["cue", "pronoun", "main_speaker", "none", "before", "after"];
    print!("\n{:<20} {:>6}", "cause (basis, source)", "total");
    columns.iter().for_each(|k| print!(" {k:>12}"));
    let mut causes: Vec<_> = c.causes.iter().collect();
    let n = |by_key: &BTreeMap<String, usize>, k: &str| by_key.get(k).copied().unwrap_or(0);
    causes.sort_by_key(|(cause, by_key)| (std::cmp::Reverse(n(by_key, "before") + n(by_key, "after")), *cause));
    for (cause, by_key) in causes {
        print!("\n{cause:<20} {:>6}", n(by_key, "before") + n(by_key, "after"));
        columns.iter().for_each(|k| print!(" {:>12}", n(by_key, k)));
    }
    println!();
    let mut cues: Vec<_> = c.cues.iter().collect();
    cues.sort_by_key(|(cue, (right, total))| (std::cmp::Reverse(total - right), *cue));
    println!("\n{:<20} speaker accuracy (most wrong first)", "gold cue");
    for &(cue, &(right, total)) in cues.iter().take(25) {
        println!("{cue:<20} {}", pct(right, total));
    }
}
