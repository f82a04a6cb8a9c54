//! Reading PolNeAR: brat standoff attributions (`.ann`) and CoreNLP annotations (`.xml`),
//! their code-point offsets turned into UTF-8 byte ranges.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use roxmltree::Node;

use crate::Range;

/// One attribution relation of a `.ann` file, in byte ranges.
#[derive(Default)]
pub(crate) struct Attribution {
    pub(crate) source: Vec<Range>,
    pub(crate) cue: Vec<Range>,
    pub(crate) content: Vec<Range>,
}

#[derive(Default)]
pub(crate) struct Nlp {
    pub(crate) tokens: Vec<Token>,
    pub(crate) mentions: Vec<Mention>,
    /// Mention indices of each chain in text order, and which one is representative.
    pub(crate) chains: Vec<(Vec<usize>, usize)>,
}

pub(crate) struct Token {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) proper: bool,
    pub(crate) person: bool,
}

/// Token indices, `last` inclusive.
pub(crate) struct Mention {
    pub(crate) first: usize,
    pub(crate) last: usize,
    pub(crate) head: usize,
    pub(crate) chain: usize,
}

/// The lexicographically first `.ann` of an article: its name is the stem, `_`, an annotator id.
pub(crate) fn first_ann(dir: &Path, stem: &str) -> Option<PathBuf> {
    let mut names: Vec<String> = std::fs::read_dir(dir.join("attributions"))
        .ok()?
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.strip_suffix(".ann").and_then(|n| n.rsplit_once('_')).is_some_and(|(s, _)| s == stem))
        .collect();
    names.sort();
    Some(dir.join("attributions").join(names.first()?))
}

/// `T<n>\tType START END[;START END]\ttext` spans and `E<n>\tRole:T<n> …` relations.
pub(crate) fn read_ann(path: &Path, bytes: &[usize]) -> Option<Vec<Attribution>> {
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

pub(crate) fn elements<'a, 'i>(node: Node<'a, 'i>, tag: &'static str) -> impl Iterator<Item = Node<'a, 'i>> {
    node.children().filter(move |c| c.has_tag_name(tag))
}

pub(crate) fn field<'a>(node: Node<'a, '_>, tag: &'static str) -> Option<&'a str> {
    elements(node, tag).next()?.text()
}

/// Tokens and coreference chains of a CoreNLP XML file; `None` when it is missing or unreadable.
pub(crate) fn read_nlp(path: &Path, bytes: &[usize]) -> Option<Nlp> {
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
