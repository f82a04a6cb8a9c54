//! The plain-text export: each quote in curly quotes with its red lines marked inline as
//! `[TAG:severity phrase]`, then its attribution line.

use super::marks::marked;
use crate::model::Quote;

/// The heading, then each quote with its attribution line. Ends with a line break.
pub(super) fn brief<'a>(heading: &str, quotes: impl Iterator<Item = (&'a Quote, String)>) -> String {
    let mut out = format!("{heading}\n");
    for (q, attribution) in quotes {
        out.push_str(&format!("\n“{}”\n{attribution}\n", marked(q)));
    }
    out
}
