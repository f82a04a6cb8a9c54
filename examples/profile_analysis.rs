//! Runs the analysis of the bundled article many times, for a profiler to look at.
//! `cargo build --release --example profile_analysis && perf record target/release/examples/profile_analysis`
fn main() {
    let n: usize = std::env::args().nth(1).and_then(|n| n.parse().ok()).unwrap_or(2000);
    let analyzer = redline_analysis::Analyzer::bundled();
    let source = redline_analysis::Source::bundled();
    let quotes: usize = (0..n).map(|_| analyzer.analyze(&source).quotes.len()).sum();
    println!("{quotes}");
}
