//! A quote's red lines placed in its text by their byte ranges, and the attribution line
//! every text format shares.

use std::ops::Range;

use crate::model::{Analysis, Quote, RedLine};

/// The quote's text with each red line (overlapping hits merged) written inline as
/// `[TAG:severity phrase]`, e.g. `[UL:3 will not wait]`; hits that overlap show every
/// distinct tag, `[UL:3+TH:4 …]`; a guess of the learned model is `[DE~2 …]`.
pub fn marked(quote: &Quote) -> String {
    marked_with(
        quote,
        |out, text, hits| out.push_str(&format!("[{} {text}]", tags(hits.iter().copied()))),
        str::to_string,
    )
}

/// The tags of overlapping hits as written in `[TAG:severity phrase]`: `UL:3`, or every
/// distinct one joined with `+`, `UL:3+TH:4`, in the order given. A guess of the learned
/// model, which no cue spells out, has `~` for `:` (`DE~2`), so that a brief tells a guess
/// from a cue's hit as the reader does.
pub fn tags<'a>(hits: impl IntoIterator<Item = &'a RedLine>) -> String {
    let mut tags: Vec<String> = Vec::new();
    for h in hits {
        let tag = format!("{}{}{}", h.tag, if h.is_learned() { '~' } else { ':' }, h.severity);
        if !tags.contains(&tag) {
            tags.push(tag);
        }
    }
    tags.join("+")
}

/// `— Speaker, “Title”, Byline, Dateline, ¶N`, leaving out the parts the analysis lacks.
pub fn attribution(analysis: &Analysis, quote: &Quote) -> String {
    let title = analysis.title.as_ref().map(|t| format!("“{t}”"));
    let parts: Vec<String> = [quote.speaker.clone(), title, analysis.byline.clone(), analysis.dateline.clone()]
        .into_iter()
        .flatten()
        .chain([format!("¶{}", quote.paragraph)])
        .collect();
    format!("— {}", parts.join(", "))
}

/// Writes the quote's text, plain stretches through `plain` and each marked stretch (one
/// maximal run of overlapping or touching red lines) through `mark`.
pub(super) fn marked_with(
    quote: &Quote,
    mut mark: impl FnMut(&mut String, &str, &[&RedLine]),
    plain: impl Fn(&str) -> String,
) -> String {
    let text = quote.text.as_str();
    let mut out = String::new();
    let mut at = 0;
    for (range, hits) in spans(quote) {
        out.push_str(&plain(&text[at..range.start]));
        mark(&mut out, &text[range.clone()], &hits);
        at = range.end;
    }
    out.push_str(&plain(&text[at..]));
    out
}

/// The quote's red lines as ranges into `quote.text`, clipped to it, merged where they
/// overlap or touch, in order. Ranges off character boundaries are dropped, never sliced.
fn spans(quote: &Quote) -> Vec<(Range<usize>, Vec<&RedLine>)> {
    let text = quote.text.as_str();
    let mut hits: Vec<(Range<usize>, &RedLine)> = quote
        .red_lines
        .iter()
        .map(|h| {
            let clip = |at: usize| at.saturating_sub(quote.start).min(text.len());
            (clip(h.start)..clip(h.end), h)
        })
        .filter(|(r, _)| r.start < r.end && text.is_char_boundary(r.start) && text.is_char_boundary(r.end))
        .collect();
    hits.sort_by_key(|(r, _)| (r.start, r.end));
    let mut out: Vec<(Range<usize>, Vec<&RedLine>)> = Vec::new();
    for (r, h) in hits {
        match out.last_mut() {
            Some((last, group)) if r.start <= last.end => {
                last.end = last.end.max(r.end);
                group.push(h);
            }
            _ => out.push((r, vec![h])),
        }
    }
    out
}
