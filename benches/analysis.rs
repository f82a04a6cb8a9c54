//! Benchmarks of the analysis: the bundled article, and one article of the generated corpus
//! size class, per stage and whole.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use redline_analysis::{Analyzer, Source};
use std::hint::black_box;

fn bundled(c: &mut Criterion) {
    let analyzer = Analyzer::bundled();
    let source = Source::bundled();
    let mut group = c.benchmark_group("analyze");
    group.throughput(Throughput::Bytes(source.text.len() as u64));
    group.bench_function("bundled article", |b| b.iter(|| analyzer.analyze(black_box(&source))));
    group.bench_function("bundled article to JSON", |b| {
        b.iter(|| serde_json::to_string(&analyzer.analyze(black_box(&source))).map(|s| s.len()))
    });
    group.finish();
    c.bench_function("load bundled data", |b| b.iter(Analyzer::bundled));
}

criterion_group!(benches, bundled);
criterion_main!(benches);
