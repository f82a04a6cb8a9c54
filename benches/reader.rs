//! Benchmarks of the reader: one frame of the bundled article at 200×60, and a key (update,
//! which settles the geometry, + render) on the bundled article and on a corpus of 10,000
//! articles joined into one view, with the 99th percentile of the key latency printed; and a
//! keystroke of the article list's filter (sorted by strongest red line) over 10,000
//! articles received as the loader sends them, its median and 99th percentile printed.

use std::hint::black_box;
use std::sync::Arc;
use std::time::{Duration, Instant};

use criterion::{Criterion, criterion_group, criterion_main};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::layout::Size;
use redline::tui;
use redline::tui::action::Action;
use redline::tui::document::Document;
use redline::tui::state::App;
use redline_analysis::{Analysis, Analyzer, Joined, Source};

fn app(analysis: Analysis) -> App {
    let categories = redline_analysis::Lexicon::bundled().categories().to_vec();
    let theme = tui::theme::Theme::from_env(&categories, &tui::theme::Choice::default());
    App::new(Document::article(analysis), categories, theme)
}

/// A test terminal of this size, the size sent to the reader as the event loop does.
fn terminal(app: &mut App, w: u16, h: u16) -> Terminal<TestBackend> {
    tui::update::update(app, Action::Resize(Size::new(w, h)));
    Terminal::new(TestBackend::new(w, h)).expect("a test terminal")
}

/// 10,000 articles joined, as the corpus reader shows them.
fn corpus() -> Analysis {
    let one = Analyzer::bundled().analyze(&Source::bundled());
    let mut c = Joined::new();
    for i in 0..10_000 {
        let mut a = one.clone();
        a.source = format!("article-{i:05}.txt");
        c.push(a);
    }
    c.sort_topics();
    c.analysis
}

/// Presses `j` (and `k` on the way back) `n` times; returns each update + render time.
fn key_latencies(app: &mut App, term: &mut Terminal<TestBackend>, n: usize) -> Vec<Duration> {
    (0..n)
        .map(|i| {
            let action = if (i / 50) % 2 == 0 { Action::MoveDown } else { Action::MoveUp };
            let start = Instant::now();
            tui::update::update(app, action);
            term.draw(|f| tui::view::draw(f, app)).expect("draw");
            start.elapsed()
        })
        .collect()
}

/// A corpus reader of 10,000 articles (received in batches of 64, as the loader sends
/// them) with its article list open, by strongest red line, and `/article-0` typed; then
/// `n` keystrokes, a letter typed or deleted in turn, each update + render timed.
fn filter_latencies(n: usize) -> Vec<Duration> {
    let one = Analyzer::bundled().analyze(&Source::bundled());
    let categories = redline_analysis::Lexicon::bundled().categories().to_vec();
    let theme = tui::theme::Theme::from_env(&categories, &tui::theme::Choice::default());
    let mut s = App::new(Document::corpus(Arc::new(Analyzer::bundled())), categories, theme);
    for batch in 0..(10_000 / 64 + 1) {
        let analyses = (batch * 64..(batch * 64 + 64).min(10_000))
            .map(|i| Analysis { source: format!("article-{i:05}.txt"), ..one.clone() })
            .collect();
        s.receive(tui::loader::Batch { total: Some(10_000), analyses, handled: 64, ..Default::default() });
    }
    let mut term = terminal(&mut s, 120, 40);
    let setup = [Action::OpenArticles, Action::CycleOrder, Action::CycleOrder, Action::StartSearch];
    for action in setup.into_iter().chain("article-0".chars().map(Action::Type)) {
        tui::update::update(&mut s, action);
    }
    (0..n)
        .map(|i| {
            let action = if i % 2 == 0 { Action::Type('1') } else { Action::Backspace };
            let start = Instant::now();
            tui::update::update(&mut s, action);
            term.draw(|f| tui::view::draw(f, &s)).expect("draw");
            start.elapsed()
        })
        .collect()
}

fn percentile(mut v: Vec<Duration>, p: f64) -> Duration {
    v.sort();
    v[((v.len() as f64 * p) as usize).min(v.len() - 1)]
}

fn reader(c: &mut Criterion) {
    let bundled = Analyzer::bundled().analyze(&Source::bundled());
    let mut s = app(bundled.clone());
    tui::update::update(&mut s, Action::FocusQuotes);
    let mut term = terminal(&mut s, 200, 60);
    c.bench_function("frame: bundled article at 200x60", |b| {
        b.iter(|| term.draw(|f| tui::view::draw(f, black_box(&s))).map(|_| ()))
    });
    let mut term = terminal(&mut s, 120, 40);
    c.bench_function("key: bundled article (update + render, 120x40)", |b| {
        b.iter(|| {
            tui::update::update(&mut s, Action::MoveDown);
            term.draw(|f| tui::view::draw(f, &s)).map(|_| ())
        })
    });
    let big = corpus();
    let mut s = app(big);
    tui::update::update(&mut s, Action::FocusQuotes);
    let mut term = terminal(&mut s, 120, 40);
    let lat = key_latencies(&mut s, &mut term, 2_000);
    eprintln!(
        "key on a 10,000-article corpus (update + render, 120x40): p50 {:?}, p99 {:?}",
        percentile(lat.clone(), 0.50),
        percentile(lat, 0.99)
    );
    c.bench_function("key: 10,000-article corpus (update + render, 120x40)", |b| {
        b.iter(|| {
            tui::update::update(&mut s, Action::MoveDown);
            term.draw(|f| tui::view::draw(f, &s)).map(|_| ())
        })
    });
    let lat = filter_latencies(200);
    eprintln!(
        "article filter keystroke on 10,000 articles (filter, sort, render, 120x40): p50 {:?}, p99 {:?}",
        percentile(lat.clone(), 0.50),
        percentile(lat, 0.99)
    );
}

criterion_group!(benches, reader);
criterion_main!(benches);
