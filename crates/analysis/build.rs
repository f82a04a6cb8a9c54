//! Reads three bundled data files once, when the library is built, so that a run does not:
//! the red-line lexicon (`assets/redlines.json`), compiled into `OUT_DIR/redlines.postcard`
//! ([`redline_patterns::stored`]), which `Lexicon::bundled` embeds and reads back, and the
//! given names (`assets/given_names.txt`), their sorted table written as a Rust array into
//! `OUT_DIR/given_names.rs`, which `Language::bundled` includes, and the learned red-line model
//! (`assets/redline_model.tsv`), its classes, sorted features (in one text), their slot table
//! and weights written as Rust arrays into `OUT_DIR/redline_model.rs`, which
//! `RedLineModel::bundled` includes. Each is made by the
//! same code that reads a user's file at run time (redline-patterns' compiler;
//! `src/text/given_names.rs` and `src/redlines/model_file.rs`, modules here too), and a test
//! checks each against a fresh reading of the file.

use std::fmt::Write;
use std::path::{Path, PathBuf};

#[path = "src/text/given_names.rs"]
mod given_names;
#[path = "src/redlines/model_file.rs"]
mod model_file;

fn read(path: &str) -> String {
    println!("cargo::rerun-if-changed={path}");
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn write(path: &Path, contents: impl AsRef<[u8]>) {
    std::fs::write(path, contents).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
}

fn main() {
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    let json = read("../../assets/redlines.json");
    let lexicon = redline_patterns::lexicon::compile_lexicon(&json, "assets/redlines.json")
        .unwrap_or_else(|e| panic!("the bundled lexicon does not compile: {e}"));
    write(&out.join("redlines.postcard"), redline_patterns::stored::to_bytes(&lexicon));
    let names = read("../../assets/given_names.txt");
    let entries = given_names::entries(&names).unwrap_or_else(|(line, e)| panic!("assets/given_names.txt:{line}: {e}"));
    let mut array = String::from("&[");
    for (start, end, gender) in entries {
        write!(array, "({start},{end},{gender}),").expect("a String takes any write");
    }
    array.push(']');
    write(&out.join("given_names.rs"), array);
    let text = read("../../assets/redline_model.tsv");
    let model = model_file::read(&text).unwrap_or_else(|(line, e)| panic!("assets/redline_model.tsv:{line}: {e}"));
    let (features, ends, slots) = model.layout();
    let mut arrays = format!(
        "(&{:?}, {:?}, {:?}, {:?}, &{:?}, {features:?}, &{ends:?}, &{slots:?}, &[",
        model.classes, model.scale, model.threshold, model.reporter_threshold, model.bias
    );
    for weight in &model.weights {
        write!(arrays, "{weight},").expect("a String takes any write");
    }
    arrays.push_str("])");
    write(&out.join("redline_model.rs"), arrays);
}
