//! Quotes that are titles, names or terms rather than anybody's words ([`QuoteKind::Title`]):
//! the quote marks name something (`CNN’s “State of the Union”`, a missile it called the
//! “Sky Spear-3”, the “Sovereign Shield” drills, banners reading “Go home”) or set a term off
//! (`what became known as the “mackerel war”`). Such a quote gets no speaker. What marks one
//! is language data: title cues, term cues, term nouns and caption words.

use crate::model::QuoteKind;
use crate::quotes::FoundQuote;
use crate::text::language::Language;
use crate::text::words::is_article;

/// Most words of a quoted term after a term cue (`known as the “shadow fleet”`) or before a
/// term noun (`a “zero tolerance” policy`).
const MAX_TERM_WORDS: usize = 4;

/// Most words of a caption: a headline, a title, the words on a banner.
const MAX_CAPTION_WORDS: usize = 12;

/// Words before a quote read for a caption word.
const CAPTION_REACH: usize = 3;

/// Marks the partial quotes that are titles, names or terms (see the module's documentation):
/// - a short quote in title case (every word of four letters or more capitalised) after a
///   possessive (`CNN’s “State of the Union”`) or a title cue of the language data (`called`,
///   `codenamed`, `show`), right before it or before its article (`it called the “…”`);
/// - a term of a few words, in any case, after a term cue (`the so-called “security
///   surcharge”`) or before a term noun (`the “third neighbour” policy`, `the “Sovereign
///   Shield” drills`);
/// - a caption of up to twelve words, in any case, with a caption word among the three words
///   before it (`carried the headline “…”`, `banners reading “…”`, `under the title “…”`).
pub(crate) fn mark_titles(text: &str, quotes: &mut [FoundQuote], lang: &Language) {
    for q in quotes.iter_mut().filter(|q| q.kind == QuoteKind::Partial) {
        if is_title(text, q, lang) {
            q.kind = QuoteKind::Title;
        }
    }
}

fn is_title(text: &str, q: &FoundQuote, lang: &Language) -> bool {
    let body = text[q.range.clone()].trim_end_matches(['.', ',']);
    let words: Vec<&str> = body.split_whitespace().collect();
    let asks_or_exclaims = body.ends_with(['?', '!']);
    let long = || words.iter().filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 4);
    let title_case = words.len() <= 8 && long().next().is_some() && long().all(|w| w.starts_with(char::is_uppercase));
    let before = text[..q.open_mark].trim_end();
    // the words before the quote, nearest first
    let previous: Vec<&str> = before
        .rsplit(|c: char| !c.is_alphanumeric() && c != '’' && c != '\'' && c != '-')
        .filter(|w| !w.is_empty())
        .take(CAPTION_REACH)
        .collect();
    let last = previous.first().copied().unwrap_or("");
    let possessive = last.ends_with("’s") || last.ends_with("'s");
    let cue_word = if is_article(last) { previous.get(1).copied().unwrap_or("") } else { last };
    let title_cue = lang.lower_word(cue_word).title_cue;
    let short = words.len() <= MAX_TERM_WORDS && !asks_or_exclaims;
    // a name or term before a term noun, not a description of it (`a “local, peaceful and
    // legitimate” initiative`)
    let listed = words.iter().any(|w| matches!(*w, "and" | "or"));
    let term = short && (lang.ends_with_term_cue(before) || !listed && term_noun_after(text, q, lang));
    let caption = words.len() <= MAX_CAPTION_WORDS && previous.iter().any(|w| lang.lower_word(w).caption);
    title_case && (possessive || title_cue) || term || caption
}

/// True when the word right after the quote's closing mark is a term noun (`the “third
/// neighbour” policy`).
fn term_noun_after(text: &str, q: &FoundQuote, lang: &Language) -> bool {
    let Some(close) = &q.close_mark else { return false };
    let Some(rest) = text[close.end..].strip_prefix(' ') else { return false };
    let word = rest.split(|c: char| !c.is_alphanumeric() && c != '-').next().unwrap_or("");
    lang.lower_word(word).term_noun
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quotes::find;

    /// True when `quote` is found in `t` and marked a title.
    fn title(t: &str, quote: &str) -> bool {
        let whole = 0..t.len();
        let mut found = find(t, std::slice::from_ref(&whole));
        mark_titles(t, &mut found, &Language::bundled());
        let q = found.iter().find(|q| &t[q.range.clone()] == quote).unwrap_or_else(|| panic!("no quote {quote:?}"));
        q.kind == QuoteKind::Title
    }

    #[test]
    fn a_name_in_title_case_after_a_title_cue_or_its_article() {
        assert!(title("The agency said it had tested a missile it called the “Sky Lance-2” on Monday.", "Sky Lance-2"));
        assert!(title("The group, which calls itself the “Sons of the Dunes”, released a video.", "Sons of the Dunes"));
        assert!(title("The exercise, codenamed “Iron Gate”, began on Monday.", "Iron Gate"));
        assert!(title("The gas field, known locally as “the Pelican Block”, lies offshore.", "the Pelican Block"));
        // in title case after a word that is no cue, a quote is somebody's words
        assert!(!title(
            "The minister denounced what he called a new “Provocation Without Precedent” at sea.",
            "Provocation Without Precedent"
        ));
    }

    #[test]
    fn a_term_right_before_a_term_noun() {
        assert!(title("About 5,000 troops took part in the “Northern Anvil” drills.", "Northern Anvil"));
        assert!(title(
            "Mongolia has long pursued a “third neighbour” policy of ties with the West.",
            "third neighbour"
        ));
        // a description of the noun is the speaker's words
        let t = "The ministry called the canal a “local, peaceful and legitimate” initiative.";
        assert!(!title(t, "local, peaceful and legitimate"));
        // the noun must follow the closing mark
        assert!(!title("The envoy called it “reckless”, a policy the bloc would resist.", "reckless"));
    }

    #[test]
    fn a_caption_with_a_caption_word_among_the_three_words_before() {
        let t = "A state newspaper carried the headline “Army restores calm in the north” on Friday.";
        assert!(title(t, "Army restores calm in the north"));
        assert!(title("Students marched carrying banners that read “Stop the killings”.", "Stop the killings"));
        // what a statement reads is its issuer's words
        let t = "The statement read “we will not accept this” and was signed by the minister.";
        assert!(!title(t, "we will not accept this"));
    }
}
