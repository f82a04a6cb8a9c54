//! The `redline` binary: CLI and terminal reader (being built).
fn main() {
    let a = redline::Analyzer::bundled().analyze(&redline::Source::bundled());
    println!("{}", serde_json::to_string_pretty(&a).unwrap());
}
