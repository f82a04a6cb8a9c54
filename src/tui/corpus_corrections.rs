//! Corrections in a corpus. Each belongs to its quote's own article: it is kept in that
//! article's sidecar (keyed by the SHA-256 of the article's text, as for an article opened
//! alone), with the quote named by its range in the article's text. The loader reads each
//! article's sidecar and corrects its speakers before it is joined; the corpus keeps the
//! stored corrections per article ([`crate::tui::document::Corpus::corrections`]), so the
//! reader shows "not a quote" struck through, and an article opened alone starts from them.

use redline_analysis::{Analysis, Correction, Corrections};

use super::document::Document;
use crate::store::Stored;

/// The article of a corpus quote (its position) and the quote's range in the article's
/// text; `None` outside a corpus.
pub fn locate(doc: &Document, quote: usize) -> Option<(usize, usize, usize)> {
    let position = doc.article_index(quote)?;
    let offset = doc.articles()[position].text.start;
    let q = doc.analysis().quotes.get(quote)?;
    Some((position, q.start - offset, q.end - offset))
}

/// The stored corrections of the article holding this corpus quote, with the quote's range
/// in the article's text.
pub fn stored_for(doc: &Document, quote: usize) -> Option<(&Stored, usize, usize)> {
    let (position, start, end) = locate(doc, quote)?;
    Some((doc.as_corpus()?.corrections.get(position)?, start, end))
}

/// The correction of this corpus quote, if any.
pub fn of(doc: &Document, quote: usize) -> Option<&Correction> {
    let (stored, start, end) = stored_for(doc, quote)?;
    stored.corrections.get(start, end)
}

/// True when this corpus quote is marked "not a quote"; false outside a corpus.
pub fn is_dismissed(doc: &Document, quote: usize) -> bool {
    of(doc, quote) == Some(&Correction::NotAQuote)
}

/// Replaces the corrections of the corpus's article at `position` and, for each quote whose
/// correction changed, puts its speaker on the joined quote: `article` is that article's own
/// analysis with these corrections' speakers set (quotes matched by where they start); the
/// other quotes keep the speakers the corpus gave them. Nothing happens outside a corpus.
pub fn set(doc: &mut Document, position: usize, corrections: Corrections, article: &Analysis) {
    let Some(corpus) = doc.as_corpus_mut() else {
        return;
    };
    let Some(info) = corpus.combined.articles.get(position) else {
        return;
    };
    let (offset, ids) = (info.text.start, info.quotes.clone());
    let Some(stored) = corpus.corrections.get_mut(position) else {
        return;
    };
    let old = std::mem::replace(&mut stored.corrections, corrections);
    let new = &stored.corrections;
    let quotes = &mut corpus.combined.analysis.quotes;
    for joined in quotes.iter_mut().take(ids.end - 1).skip(ids.start - 1) {
        let (start, end) = (joined.start - offset, joined.end - offset);
        if old.get(start, end) == new.get(start, end) {
            continue;
        }
        let own = article.quotes.binary_search_by_key(&start, |q| q.start);
        if let Ok(i) = own {
            let q = &article.quotes[i];
            joined.speaker.clone_from(&q.speaker);
            (joined.speaker_kind, joined.speaker_basis, joined.corrected) =
                (q.speaker_kind, q.speaker_basis, q.corrected);
        }
    }
}

/// Sets (or with `None` removes) the correction of this corpus quote in its article's
/// corrections and puts them on the corpus (the article analysed again, alone, for the
/// speakers it gives before correction); the article's sidecar and its corrections now, to
/// save; `None` outside a corpus.
pub fn change(doc: &mut Document, quote: usize, correction: Option<Correction>) -> Option<(Stored, usize)> {
    let (position, start, end) = locate(doc, quote)?;
    let mut stored = doc.as_corpus()?.corrections.get(position)?.clone();
    match correction {
        Some(c) => stored.corrections.set(start, end, c),
        None => {
            stored.corrections.remove(start, end);
        }
    }
    let mut article = doc.open_article(position)?.analysis().clone();
    stored.corrections.apply_speakers(&mut article);
    set(doc, position, stored.corrections.clone(), &article);
    Some((stored, position))
}
