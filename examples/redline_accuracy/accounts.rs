//! Each cue's hits counted by what they were, for `--cues N`: a cue whose hits are more often
//! wrong than right — on the marked batches, on ordinary news, judged on PolNeAR — is the first
//! to narrow, to move to the category its readers give it, or to remove.

use std::collections::BTreeMap;

/// What one cue's hits were.
#[derive(Default, Clone, Copy)]
pub struct Account {
    /// On a marked phrase of the cue's category (or a `[[?:…]]` one).
    pub right: usize,
    /// On a marked phrase of another category.
    pub other_category: usize,
    /// On no marked phrase of a marked batch.
    pub unmarked: usize,
    /// On invented ordinary news.
    pub ordinary: usize,
    /// Judged right on PolNeAR.
    pub judged_right: usize,
    /// Judged wrong on PolNeAR.
    pub judged_wrong: usize,
}

impl Account {
    /// Hits counted for the cue.
    fn good(&self) -> usize {
        self.right + self.judged_right
    }

    /// Hits counted against it.
    fn bad(&self) -> usize {
        self.other_category + self.unmarked + self.ordinary + self.judged_wrong
    }
}

/// The accounts of every cue that hit, by its pattern.
#[derive(Default)]
pub struct Accounts(BTreeMap<String, Account>);

impl Accounts {
    /// The account of `cue`, opened at its first hit.
    pub fn of(&mut self, cue: &str) -> &mut Account {
        self.0.entry(cue.to_string()).or_default()
    }

    /// Prints, as a table, the `n` cues with the most hits against them beyond those for them
    /// (then the most against), leaving out cues with none against them.
    pub fn print_worst(&self, n: usize) {
        let mut rows: Vec<(&String, &Account)> = self.0.iter().filter(|(_, a)| a.bad() > 0).collect();
        rows.sort_by_key(|(cue, a)| {
            (std::cmp::Reverse(a.bad() as i64 - a.good() as i64), std::cmp::Reverse(a.bad()), *cue)
        });
        println!("\nthe {n} cues with the most hits against them beyond those for them:");
        println!("\n| right | other category | unmarked | ordinary | PolNeAR right | PolNeAR wrong | cue |");
        println!("|---:|---:|---:|---:|---:|---:|---|");
        for (cue, a) in rows.into_iter().take(n) {
            // a pattern's choices hold `|`, which would end a table cell
            let cue = cue.replace('|', "\\|");
            println!(
                "| {} | {} | {} | {} | {} | {} | `{cue}` |",
                a.right, a.other_category, a.unmarked, a.ordinary, a.judged_right, a.judged_wrong
            );
        }
    }
}
