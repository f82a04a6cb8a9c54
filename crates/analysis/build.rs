//! Compiles the bundled red-line lexicon (`assets/redlines.json`) once, when the library is
//! built, into `OUT_DIR/redlines.postcard` ([`redline_patterns::stored`]), which
//! `Lexicon::bundled` embeds and reads back: a run then compiles none of its patterns. The
//! compiling is redline-patterns', the same code that compiles a user's `--lexicon` at run
//! time; a test checks that the embedded lexicon equals a fresh compile of the file.

use std::path::PathBuf;

fn main() {
    let source = "../../assets/redlines.json";
    println!("cargo::rerun-if-changed={source}");
    let json = std::fs::read_to_string(source).unwrap_or_else(|e| panic!("{source}: {e}"));
    let lexicon = redline_patterns::lexicon::compile_lexicon(&json, "assets/redlines.json")
        .unwrap_or_else(|e| panic!("the bundled lexicon does not compile: {e}"));
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    let path = out.join("redlines.postcard");
    std::fs::write(&path, redline_patterns::stored::to_bytes(&lexicon))
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
}
