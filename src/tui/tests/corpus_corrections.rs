//! Corrections in a corpus: each quote's correction belongs to its own article's sidecar,
//! keyed by its range in that article's text; the corrections a batch brings are shown
//! (a dismissed quote struck through and left out of exports); `S`, `x`, `U` work in the
//! corpus and in an article opened from it, and go back and forth between the two.

use std::path::PathBuf;

use redline_analysis::{Correction, Corrections};

use super::corpus::{batch, corpus};
use super::fixture::apply;
use crate::store::Stored;
use crate::tui::action::{Action, Effect};
use crate::tui::state::App;
use crate::tui::update::update;

/// The sidecar of the corpus's article `i`, in these tests.
fn sidecar(i: usize) -> PathBuf {
    PathBuf::from(format!("/nonexistent/corrections/article-{i}.json"))
}

/// A corpus of three articles, the second with its first quote marked "not a quote" in
/// its stored corrections; each article with a sidecar of its own.
fn corrected_corpus() -> App {
    let mut b = batch(0..3, 3);
    b.stored = (0..3)
        .map(|i| {
            let mut corrections = Corrections::new();
            if i == 1 {
                // An article's own analysis: its ranges are in the article's text.
                let q = &b.analyses[1].quotes[0];
                corrections.set(q.start, q.end, Correction::NotAQuote);
            }
            Stored { path: Some(sidecar(i)), corrections, broken: None }
        })
        .collect();
    let mut s = corpus(0, 3);
    s.receive(b);
    apply(&mut s, [Action::FocusQuotes]);
    s
}

/// The sidecar and corrections a save effect carries.
fn saved(effect: Option<Effect>) -> (PathBuf, Corrections) {
    match effect {
        Some(Effect::SaveCorrections { path, corrections, .. }) => (path, corrections),
        other => panic!("no save: {other:?}"),
    }
}

/// Highlights the corpus quote at this index.
fn highlight(s: &mut App, quote: usize) {
    let at = s.page().quotes.shown.iter().position(|i| *i == quote).expect("shown");
    update(s, Action::SelectQuote(at));
}

#[test]
fn stored_corrections_of_each_article_show_in_the_corpus_and_leave_its_exports() {
    let s = corrected_corpus();
    // Article 1's quotes are quotes 4 to 7 of the corpus.
    assert!(s.page().is_dismissed(4) && !s.page().is_dismissed(0) && !s.page().is_dismissed(5));
    let (ids, _) = s.page().export_selection();
    assert!(!ids.contains(&5) && ids.contains(&6) && ids.len() == 11, "{ids:?}");
}

#[test]
fn s_x_and_u_in_the_corpus_save_to_the_quote_s_own_article() {
    let mut s = corrected_corpus();
    highlight(&mut s, 9);
    let article = s.page().doc.articles()[2].clone();
    let q = s.page().analysis().quotes[9].clone();
    let local = (q.start - article.text.start, q.end - article.text.start);
    let (path, c) = saved(update(&mut s, Action::ToggleNotAQuote));
    assert_eq!((path, c.get(local.0, local.1)), (sidecar(2), Some(&Correction::NotAQuote)));
    assert!(s.page().is_dismissed(9));
    let (_, c) = saved(update(&mut s, Action::ToggleNotAQuote));
    assert_eq!(c.get(local.0, local.1), None, "x again takes it back");
    // A speaker typed in the picker: the quote's speaker in the corpus, marked corrected.
    let before = q.speaker.clone();
    update(&mut s, Action::OpenPicker);
    apply(&mut s, "Ada Brin".chars().map(Action::Type).collect::<Vec<_>>());
    let (path, c) = saved(update(&mut s, Action::Submit));
    assert_eq!((path, c.get(local.0, local.1)), (sidecar(2), Some(&Correction::Speaker("Ada Brin".into()))));
    let shown = &s.page().analysis().quotes[9];
    assert_eq!((shown.speaker.as_deref(), shown.corrected), (Some("Ada Brin"), true));
    let (_, c) = saved(update(&mut s, Action::UndoCorrection));
    assert!(c.get(local.0, local.1).is_none());
    assert_eq!(
        (s.page().analysis().quotes[9].speaker.clone(), s.page().analysis().quotes[9].corrected),
        (before, false)
    );
    update(&mut s, Action::UndoCorrection);
    assert!(s.message.as_deref().is_some_and(|m| m.contains("no correction to undo")), "{:?}", s.message);
}

#[test]
fn an_article_opened_from_the_corpus_takes_its_corrections_and_brings_its_changes_back() {
    let mut s = corrected_corpus();
    let speakers = |s: &App| s.base.analysis().quotes.iter().map(|q| q.speaker.clone()).collect::<Vec<_>>();
    let before = speakers(&s);
    highlight(&mut s, 5);
    update(&mut s, Action::OpenReading);
    update(&mut s, Action::Close);
    assert!(s.opened.is_some(), "article 1 alone");
    assert!(s.page().is_dismissed(0), "its first quote, dismissed in the corpus, is dismissed here");
    apply(&mut s, [Action::FocusQuotes, Action::GoBottom]);
    let (path, c) = saved(update(&mut s, Action::ToggleNotAQuote));
    assert_eq!((path, c.len()), (sidecar(1), 2));
    update(&mut s, Action::Close);
    assert!(s.opened.is_none());
    assert!(s.page().is_dismissed(4) && s.page().is_dismissed(7), "both dismissed in the corpus now");
    assert_eq!(speakers(&s), before, "the speakers of quotes not corrected stay as the corpus gave them");
}
