//! Phrases a reader marked in some PolNeAR articles (`polnear_marks.tsv` beside this file):
//! one line per phrase, `split article start end tag`, tab-separated — the article's file stem,
//! the phrase's byte range in its text as read, and its tag as the invented batches mark it
//! (`?` for a phrase any category may hit, not counted). The readers had not seen the lexicon;
//! the articles were chosen for their foreign-policy words. No text of the corpus is kept.
//! Recall here is that of the invented batches: a phrase is hit when a hit of its own category
//! overlaps it.

use std::collections::{BTreeMap, HashMap};

use crate::{Hit, category_of, data};

/// The marked phrases of one split, by article: byte range and category name.
pub struct RealMarks(HashMap<String, Vec<(usize, usize, &'static str)>>);

/// Per category: phrases marked, phrases hit by their own category.
pub type Recall = BTreeMap<&'static str, (usize, usize)>;

impl RealMarks {
    /// The marks of `split`'s articles.
    pub fn of_split(split: &str) -> RealMarks {
        let mut by_stem: HashMap<String, Vec<(usize, usize, &'static str)>> = HashMap::new();
        for line in data("polnear_marks.tsv").lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
            let f: Vec<&str> = line.split('\t').collect();
            assert!(f.len() == 5, "polnear_marks.tsv: a line needs split, article, start, end, tag: {line:?}");
            let n = |s: &str| s.parse::<usize>().expect("polnear_marks.tsv: a byte offset");
            let Some(category) = category_of(f[4]) else { continue };
            if f[0] == split {
                by_stem.entry(f[1].to_string()).or_default().push((n(f[2]), n(f[3]), category));
            }
        }
        RealMarks(by_stem)
    }

    /// How many articles have marks.
    pub fn articles(&self) -> usize {
        self.0.len()
    }

    /// Adds the marks of `stem` to `recall`, each hit or not by `hits`.
    pub fn count(&self, stem: &str, hits: &[Hit], recall: &mut Recall) {
        for &(start, end, category) in self.0.get(stem).into_iter().flatten() {
            let hit = hits.iter().any(|h| h.category == category && h.start < end && start < h.end);
            let tally = recall.entry(category).or_default();
            tally.0 += 1;
            tally.1 += usize::from(hit);
        }
    }
}
