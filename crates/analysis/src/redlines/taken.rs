//! Which byte ranges hits already take: the test that keeps a split copy's hit or a learned
//! guess off a cue hit.

use std::ops::Range;

use crate::model::RedLine;

/// The byte ranges hits take, for overlap tests in logarithmic time: a paragraph of a huge
/// one-line text holds hundreds of thousands of hits, and each of its clauses is tested.
pub(super) struct Taken {
    /// The hits' starts, sorted.
    starts: Vec<usize>,
    /// For each hit in that order, the furthest end among it and the hits before it.
    furthest: Vec<usize>,
}

impl Taken {
    pub(super) fn new(found: &[RedLine]) -> Taken {
        let mut ranges: Vec<(usize, usize)> = found.iter().map(|f| (f.start, f.end)).collect();
        ranges.sort_unstable();
        let furthest = ranges
            .iter()
            .scan(0, |furthest, &(_, end)| {
                *furthest = end.max(*furthest);
                Some(*furthest)
            })
            .collect();
        Taken { starts: ranges.into_iter().map(|(start, _)| start).collect(), furthest }
    }

    /// True when `range` overlaps a hit: one starts before it ends and ends after it starts.
    pub(super) fn overlaps(&self, range: &Range<usize>) -> bool {
        let before_end = self.starts.partition_point(|&s| s < range.end);
        before_end > 0 && self.furthest[before_end - 1] > range.start
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_range_is_taken_when_it_overlaps_a_hit_however_long_and_not_when_it_only_touches_one() {
        let hit = |start: usize, end: usize| RedLine {
            text: String::new(),
            start,
            end,
            category: "THREAT".into(),
            tag: "TH".into(),
            severity: 3,
            cue: String::new(),
            why: Vec::new(),
            quote: None,
        };
        // unsorted, and a long hit opening before a short one ends after it
        let taken = Taken::new(&[hit(40, 45), hit(10, 30), hit(12, 14)]);
        assert!(taken.overlaps(&(29..31)));
        assert!(taken.overlaps(&(20..22)));
        assert!(taken.overlaps(&(44..60)));
        assert!(!taken.overlaps(&(30..40)));
        assert!(!taken.overlaps(&(0..10)));
        assert!(!taken.overlaps(&(45..50)));
        assert!(!Taken::new(&[]).overlaps(&(0..100)));
    }
}
