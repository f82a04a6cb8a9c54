//! The learned red-line model: a linear classifier over the words of a clause, for the red
//! lines the lexicon has no cue for. A lexicon grown from marked phrases hits about half of the
//! phrases a new writer marks (the next writer words the same act differently); a model of the
//! words around such phrases generalises to wordings no cue spells out.
//!
//! A clause (text between sentence ends, commas, semicolons, colons, dashes, brackets and
//! quote marks, [`clauses`]) is described by its lowercased words and pairs of words in a row
//! ([`features`]); each feature has a weight per class (`NONE` and the lexicon's category
//! tags), and the clause's class probabilities are the softmax of the summed weights. A clause
//! whose most likely category (other than `NONE`) reaches the model's threshold is a hit, its
//! range the clause's words; a clause in the reporter's own words must reach the model's
//! `reporter_threshold`, and is not read when the model has none. The model is the file
//! `assets/redline_model.tsv` (its format: [`model_file`]), written by `cargo run --release
//! --example train_redline_model` from the marked articles of `examples/redline_accuracy`,
//! the ordinary ones beside them and the neutral ones of `examples/train_redline_model/neutral`
//! (multinomial logistic regression); [`RedLineModel::from_tsv`] reads a user's. The build
//! script reads the bundled file into arrays, so a run reads no model: a feature is found
//! through a hash table of slots made with them, its weights read in place.

use std::borrow::Cow;
use std::ops::Range;
use std::sync::OnceLock;

use redline_patterns::DataError;

use crate::redlines::model_file;

/// The bundled model's text.
pub const BUNDLED_MODEL: &str = include_str!("../../../../assets/redline_model.tsv");

/// The bundled model as the build script read it: classes, scale, threshold, reporter
/// threshold, bias, the sorted features in one text (a line each), the end of each in it, their
/// slot table ([`model_file::ModelFile::layout`]) and their weights.
type Arrays = (
    &'static [&'static str],
    f32,
    f32,
    Option<f32>,
    &'static [f32],
    &'static str,
    &'static [u32],
    &'static [u32],
    &'static [i8],
);
const BUNDLED_ARRAYS: Arrays = include!(concat!(env!("OUT_DIR"), "/redline_model.rs"));

/// A learned red-line model (see the module's documentation).
#[derive(Debug, Clone)]
pub struct RedLineModel {
    /// `NONE` first, then category tags.
    classes: Vec<String>,
    scale: f32,
    /// The bar for a clause in a quote.
    threshold: f32,
    /// The bar for a clause in the reporter's words: none, such clauses are not read.
    reporter_threshold: Option<f32>,
    bias: Vec<f32>,
    /// The sorted features, a line each (no pointers to relocate when the binary loads).
    features: Cow<'static, str>,
    /// The end of each feature in `features`.
    ends: Cow<'static, [u32]>,
    /// Each feature's index plus one at its hash, or after it ([`model_file::ModelFile::layout`]).
    slots: Cow<'static, [u32]>,
    /// The weights of each feature in turn, one per class, times `scale`.
    weights: Cow<'static, [i8]>,
}

/// A clause the model gives a category: its byte range, the category's tag and probability.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Guess<'m> {
    pub range: Range<usize>,
    pub tag: &'m str,
    pub probability: f32,
}

impl RedLineModel {
    /// The model bundled in the binary.
    pub fn bundled() -> &'static RedLineModel {
        static MODEL: OnceLock<RedLineModel> = OnceLock::new();
        MODEL.get_or_init(|| {
            let (classes, scale, threshold, reporter_threshold, bias, features, ends, slots, weights) = BUNDLED_ARRAYS;
            RedLineModel {
                classes: classes.iter().map(|c| c.to_string()).collect(),
                scale,
                threshold,
                reporter_threshold,
                bias: bias.to_vec(),
                features: Cow::Borrowed(features),
                ends: Cow::Borrowed(ends),
                slots: Cow::Borrowed(slots),
                weights: Cow::Borrowed(weights),
            }
        })
    }

    /// Reads a model file (`name` names it in errors): every line is checked, and the feature
    /// lines must be sorted.
    pub fn from_tsv(text: &str, name: &str) -> Result<RedLineModel, DataError> {
        let file = model_file::read(text).map_err(|(line, message)| DataError {
            file: name.to_string(),
            line,
            column: 1,
            message,
        })?;
        let (features, ends, slots) = file.layout();
        Ok(RedLineModel {
            classes: file.classes.iter().map(|c| c.to_string()).collect(),
            scale: file.scale,
            threshold: file.threshold,
            reporter_threshold: file.reporter_threshold,
            bias: file.bias,
            features: Cow::Owned(features),
            ends: Cow::Owned(ends),
            slots: Cow::Owned(slots),
            weights: Cow::Owned(file.weights),
        })
    }

    /// The model's classes: `NONE` first, then category tags.
    pub fn classes(&self) -> &[String] {
        &self.classes
    }

    /// The weights of `feature` (one per class, times the scale), if the model has it: its
    /// slot is at its hash or after it, before the next empty one.
    fn weights(&self, feature: &str) -> Option<&[i8]> {
        let mask = self.slots.len() - 1;
        let mut at = model_file::hash(feature) as usize & mask;
        loop {
            let i = (self.slots[at] as usize).checked_sub(1)?;
            let start = i.checked_sub(1).map_or(0, |p| self.ends[p] as usize + 1);
            if &self.features[start..self.ends[i] as usize] == feature {
                let k = self.classes.len();
                return self.weights.get(i * k..(i + 1) * k);
            }
            at = (at + 1) & mask;
        }
    }

    /// Each class's probability for a clause with these features.
    pub fn probabilities<'f>(&self, features: impl IntoIterator<Item = &'f str>) -> Vec<f32> {
        let mut scores = self.scores();
        features.into_iter().for_each(|feature| scores.add(feature));
        scores.probabilities()
    }

    /// A clause's scores before any feature: the bias alone (no weight summed).
    fn scores(&self) -> Scores<'_> {
        Scores { model: self, sums: vec![0; self.classes.len()] }
    }

    /// True when the model reads the reporter's own words (it has a `reporter_threshold`).
    pub(crate) fn reads_reporter(&self) -> bool {
        self.reporter_threshold.is_some()
    }

    /// The clauses of `text[region]` the model gives a category at or above its bar: its
    /// threshold for a clause `quoted` says is in a quote, its reporter threshold for another
    /// (none: not scored); less those `taken` (a cue hit there): they are not scored.
    pub(crate) fn guesses(
        &self,
        text: &str,
        region: Range<usize>,
        taken: impl Fn(&Range<usize>) -> bool,
        quoted: impl Fn(&Range<usize>) -> bool,
    ) -> Vec<Guess<'_>> {
        // the features of [`features`]: the clause's words lowercased into one buffer
        let (mut lower, mut words) = (String::new(), Vec::new());
        clauses(text, region)
            .into_iter()
            .filter(|range| !taken(range))
            .filter_map(|range| {
                let bar = if quoted(&range) { self.threshold } else { self.reporter_threshold? };
                lowercased_words(&text[range.clone()], &mut lower, &mut words);
                let mut scores = self.scores();
                words.iter().for_each(|w| scores.add(&lower[w.clone()]));
                // two words in a row are one slice of `lower`, where a space parts them
                words.windows(2).for_each(|two| scores.add(&lower[two[0].start..two[1].end]));
                let (k, probability) = scores.best()?;
                (probability >= bar).then(|| Guess { range, tag: &self.classes[k], probability })
            })
            .collect()
    }
}

/// A clause's score for each class as its features are added, the one way both
/// [`RedLineModel::probabilities`] and [`RedLineModel::guesses`] score a clause.
struct Scores<'m> {
    model: &'m RedLineModel,
    /// The sum of each class's weights so far, as stored (times the scale).
    sums: Vec<i32>,
}

impl Scores<'_> {
    /// Adds the weights of `feature`, if the model has it.
    fn add(&mut self, feature: &str) {
        if let Some(weights) = self.model.weights(feature) {
            for (sum, &w) in self.sums.iter_mut().zip(weights) {
                *sum += i32::from(w);
            }
        }
    }

    /// Each class's score: its bias plus its sum over the scale.
    fn score(&self, class: usize) -> f32 {
        self.model.bias[class] + self.sums[class] as f32 / self.model.scale
    }

    /// The most likely class other than `NONE` (the first) and its probability, as
    /// [`Self::probabilities`] gives it, with nothing allocated: the per-clause path of
    /// [`RedLineModel::guesses`].
    fn best(&self) -> Option<(usize, f32)> {
        let k = (1..self.sums.len()).max_by(|&a, &b| self.score(a).total_cmp(&self.score(b)))?;
        let (max, sum) = self.softmax_parts();
        Some((k, (self.score(k) - max).exp() / sum))
    }

    /// The probabilities of the scores (bias plus the sums over the scale): their softmax.
    fn probabilities(self) -> Vec<f32> {
        let (max, sum) = self.softmax_parts();
        (0..self.sums.len()).map(|c| (self.score(c) - max).exp() / sum).collect()
    }

    /// The softmax's two parts, shared by [`Self::best`] and [`Self::probabilities`]: the
    /// largest score, and the sum of each score's exponential less it.
    fn softmax_parts(&self) -> (f32, f32) {
        let max = (0..self.sums.len()).map(|c| self.score(c)).fold(f32::MIN, f32::max);
        (max, (0..self.sums.len()).map(|c| (self.score(c) - max).exp()).sum())
    }
}

/// True for a character that ends a clause.
fn breaks(c: char) -> bool {
    matches!(c, ',' | ';' | ':' | '—' | '–' | '(' | ')' | '“' | '”' | '"' | '\n' | '«' | '»')
}

/// The clauses of `text[region]`, each the byte range from its first word character to its
/// last: text between sentence ends (`.`, `!`, `?` before a space or a quote mark), commas,
/// semicolons, colons, dashes, brackets, quote marks and line ends. Clauses without a word
/// character are left out.
pub fn clauses(text: &str, region: Range<usize>) -> Vec<Range<usize>> {
    let slice = &text[region.clone()];
    let bytes = slice.as_bytes();
    let mut out = Vec::new();
    // each piece between two breaks, less the characters before its first word character
    // and after its last
    let mut push = |from: usize, to: usize| {
        let piece = &slice[from..to];
        let Some((first, _)) = piece.char_indices().find(|(_, c)| c.is_alphanumeric()) else {
            return;
        };
        let last = piece.char_indices().rev().find(|(_, c)| c.is_alphanumeric()).map(|(k, c)| k + c.len_utf8());
        out.push(region.start + from + first..region.start + from + last.unwrap_or(first));
    };
    let next_char = |at: usize| slice[at..].chars().next();
    let (mut from, mut i) = (0, 0);
    while i < bytes.len() {
        // only these bytes can start a break: the ASCII marks and the lead bytes of the
        // dashes, curly quote marks and guillemets; every other byte is skipped unread
        if !matches!(bytes[i], b',' | b';' | b':' | b'(' | b')' | b'"' | b'\n' | b'.' | b'!' | b'?' | 0xC2 | 0xE2) {
            i += 1;
            continue;
        }
        let Some(c) = next_char(i) else { break };
        let after = i + c.len_utf8();
        let next = next_char(after);
        let ends = match c {
            '.' | '!' | '?' => next.is_none_or(|n| n.is_whitespace() || breaks(n) || n == '’'),
            // a comma between digits groups a number (`100,000 troops`): no clause ends there
            ',' => !(i > 0 && bytes[i - 1].is_ascii_digit() && next.is_some_and(|n| n.is_ascii_digit())),
            _ => breaks(c),
        };
        if ends {
            push(from, i);
            from = after;
        }
        i = after;
    }
    push(from, bytes.len());
    out
}

/// The words of a clause (runs of letters and digits) lowercased into `lower`, one space
/// between two, and the range of each in it into `words`; both are cleared first.
fn lowercased_words(clause: &str, lower: &mut String, words: &mut Vec<Range<usize>>) {
    lower.clear();
    words.clear();
    if clause.is_ascii() {
        // the common case, byte by byte: an ASCII word character is an ASCII letter or digit
        let bytes = clause.as_bytes();
        let mut at = 0;
        while at < bytes.len() {
            if !bytes[at].is_ascii_alphanumeric() {
                at += 1;
                continue;
            }
            let end = bytes[at..].iter().position(|b| !b.is_ascii_alphanumeric()).map_or(bytes.len(), |n| at + n);
            if !lower.is_empty() {
                lower.push(' ');
            }
            let start = lower.len();
            lower.push_str(&clause[at..end]);
            lower[start..].make_ascii_lowercase();
            words.push(start..lower.len());
            at = end;
        }
        return;
    }
    for word in clause.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()) {
        if !lower.is_empty() {
            lower.push(' ');
        }
        let start = lower.len();
        if word.is_ascii() {
            lower.push_str(word);
            lower[start..].make_ascii_lowercase();
        } else {
            lower.push_str(&word.to_lowercase());
        }
        words.push(start..lower.len());
    }
}

/// The features of a clause, into `out` (cleared first): its words (runs of letters and
/// digits, lowercased) and each two words in a row joined by a space.
pub fn features(clause: &str, out: &mut Vec<String>) {
    let (mut lower, mut words) = (String::new(), Vec::new());
    lowercased_words(clause, &mut lower, &mut words);
    out.clear();
    out.extend(words.iter().map(|w| lower[w.clone()].to_string()));
    out.extend(words.windows(2).map(|w| lower[w[0].start..w[1].end].to_string()));
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A model of two features and two categories, weights chosen by hand.
    const SMALL: &str = "# a hand-made model\n@classes\tNONE\tTH\tDM\n@scale\t2\n@threshold\t0.5\n@bias\t1\t-1\t-1\n\
                         must\t0,0,6\nwe will\t0,4,0\nwill\t0,2,0\n";

    fn small() -> RedLineModel {
        RedLineModel::from_tsv(SMALL, "small.tsv").unwrap()
    }

    fn texts<'t>(text: &'t str, ranges: &[Range<usize>]) -> Vec<&'t str> {
        ranges.iter().map(|r| &text[r.clone()]).collect()
    }

    #[test]
    fn clauses_end_at_punctuation_quote_marks_and_sentence_ends() {
        let t = "He said: “We will act, and soon.” Then (briefly) nothing — U.N. staff left.";
        assert_eq!(
            texts(t, &clauses(t, 0..t.len())),
            ["He said", "We will act", "and soon", "Then", "briefly", "nothing", "U.N", "staff left"]
        );
        // a dot inside a word ends nothing; a region's clauses are ranges of the whole text
        let start = t.find("Then").unwrap();
        assert_eq!(clauses(t, start..t.len())[0], start..start + 4);
        // a comma inside a number ends no clause; one after it does
        let n = "About 100,000 troops, 2, 3 tanks.";
        assert_eq!(texts(n, &clauses(n, 0..n.len())), ["About 100,000 troops", "2", "3 tanks"]);
    }

    #[test]
    fn features_are_lowercased_words_and_pairs_of_words() {
        let mut f = Vec::new();
        features("We WILL act!", &mut f);
        assert_eq!(f, ["we", "will", "act", "we will", "will act"]);
    }

    #[test]
    fn a_feature_is_found_by_its_line_and_an_unknown_one_is_not() {
        let m = small();
        assert_eq!(m.weights("must"), Some(&[0, 0, 6][..]));
        assert_eq!(m.weights("we will"), Some(&[0, 4, 0][..]));
        assert_eq!(m.weights("will"), Some(&[0, 2, 0][..]));
        assert_eq!(m.weights("we"), None);
        assert_eq!(m.weights("zzz"), None);
        assert_eq!(m.weights(""), None);
    }

    #[test]
    fn probabilities_are_the_softmax_of_bias_and_weights_over_scale() {
        let m = small();
        // must: scores NONE 1, TH -1, DM -1 + 6/2 = 2
        let p = m.probabilities(["must"]);
        let e = [1f32.exp(), (-1f32).exp(), 2f32.exp()];
        let sum: f32 = e.iter().sum();
        for (got, want) in p.iter().zip(e.iter().map(|v| v / sum)) {
            assert!((got - want).abs() < 1e-6, "{p:?}");
        }
    }

    #[test]
    fn a_clause_is_a_guess_when_its_category_reaches_the_threshold() {
        let m = small();
        let t = "They must go, we will see.";
        let guesses = m.guesses(t, 0..t.len(), |_| false, |_| true);
        assert_eq!(guesses.len(), 2, "{guesses:?}");
        assert_eq!((&t[guesses[0].range.clone()], guesses[0].tag), ("They must go", "DM"));
        assert_eq!((&t[guesses[1].range.clone()], guesses[1].tag), ("we will see", "TH"));
        assert!(m.guesses("Nothing here.", 0..13, |_| false, |_| true).is_empty());
        // a clause taken by a cue hit is not scored
        assert_eq!(m.guesses(t, 0..t.len(), |r| r.start == 0, |_| true).len(), 1);
        // the reporter's words are not read by a model without a reporter threshold
        assert!(m.guesses(t, 0..t.len(), |_| false, |_| false).is_empty());
    }

    #[test]
    fn the_reporters_words_must_reach_the_reporter_threshold() {
        // both clauses score 70.5 % (bias and weights as above): over a reporter threshold of
        // 0.7, under one of 0.9
        let with = |bar: &str| {
            RedLineModel::from_tsv(&SMALL.replace("@bias", &format!("@reporter_threshold\t{bar}\n@bias")), "m.tsv")
                .unwrap()
        };
        let t = "They must go, we will see.";
        assert_eq!(with("0.7").guesses(t, 0..t.len(), |_| false, |_| false).len(), 2);
        assert!(with("0.9").guesses(t, 0..t.len(), |_| false, |_| false).is_empty());
        // a quoted clause keeps the threshold
        assert_eq!(with("0.9").guesses(t, 0..t.len(), |_| false, |r| r.start == 0).len(), 1);
    }

    #[test]
    fn a_guess_scores_its_clause_as_its_features_do() {
        // guesses() builds a clause's words and pairs in place, for speed; they must be the
        // features() the trainer and probabilities() read
        let m = small();
        let t = "They Must go, and we will see; WE WILL stay.";
        let guesses = m.guesses(t, 0..t.len(), |_| false, |_| true);
        assert!(!guesses.is_empty());
        let mut features = Vec::new();
        for g in guesses {
            super::features(&t[g.range.clone()], &mut features);
            let p = m.probabilities(features.iter().map(String::as_str));
            let k = m.classes().iter().position(|c| c == g.tag).expect("a class of the model");
            assert!((p[k] - g.probability).abs() < 1e-6, "{:?}: {} against {}", &t[g.range], p[k], g.probability);
        }
    }

    #[test]
    fn a_bad_model_file_is_an_error_naming_its_line() {
        let bad = |text: &str| RedLineModel::from_tsv(text, "m.tsv").unwrap_err();
        let e = bad("@classes\tNONE\tTH\n@scale\t2\n@threshold\t0.5\n@bias\t0\t0\nb\t1,1\na\t1,1\n");
        assert_eq!((e.file.as_str(), e.line), ("m.tsv", 6), "{e}");
        assert!(e.message.contains("out of order"), "{e}");
        let e = bad("@classes\tNONE\tTH\n@scale\t2\n@threshold\t0.5\n@bias\t0\t0\na\t1\n");
        assert_eq!(e.line, 5, "{e}");
        assert!(e.message.contains("one weight per class"), "{e}");
        assert!(bad("@classes\tNONE\tTH\n@scale\t2\n@threshold\t0.5\n").message.contains("@bias"));
        assert!(bad("@classes\tNONE\n@scale\t0\n@threshold\t1\n@bias\t0\n").message.contains("positive"));
        assert!(bad("just words\n").message.contains("a key, a tab"));
    }

    #[test]
    fn the_bundled_model_reads_as_a_users_file_would_and_names_lexicon_tags() {
        let m = RedLineModel::from_tsv(BUNDLED_MODEL, "assets/redline_model.tsv").unwrap();
        assert_eq!(m.classes()[0], "NONE");
        // the build script's arrays are the file as read now: it cannot drift
        let bundled = RedLineModel::bundled();
        assert_eq!((&m.features, &m.ends, &m.slots), (&bundled.features, &bundled.ends, &bundled.slots));
        assert_eq!(m.weights, bundled.weights);
        assert_eq!((m.scale, m.threshold, &m.bias), (bundled.scale, bundled.threshold, &bundled.bias));
        assert_eq!(m.reporter_threshold, bundled.reporter_threshold);
        let lexicon = crate::redlines::Lexicon::bundled();
        for tag in &m.classes()[1..] {
            assert!(lexicon.categories().iter().any(|c| &c.tag == tag), "{tag} is no tag of the lexicon");
        }
        assert_eq!(RedLineModel::bundled().classes(), m.classes());
    }
}
