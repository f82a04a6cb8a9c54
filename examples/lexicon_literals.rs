//! Prints the literals the bundled lexicon's automaton searches for, one per line: the cue
//! list `benches/compare.sh` gives ripgrep (`rg -F -f`), so both search for the same words.
//! `cargo run --release --example lexicon_literals > target/cues.txt`
fn main() {
    for literal in redline_analysis::Lexicon::bundled().literals().iter() {
        println!("{literal}");
    }
}
