//! The `redline` binary: CLI and terminal reader (being built).
mod tui;

fn main() -> anyhow::Result<()> {
    let analysis = redline::Analyzer::bundled().analyze(&redline::Source::bundled());
    if std::env::args().nth(1).as_deref() == Some("analyze") {
        println!("{}", serde_json::to_string_pretty(&analysis)?);
        return Ok(());
    }
    tui::run(tui::Launch { analysis, lexicon: redline::lexicon::Lexicon::bundled(), warnings: Vec::new() })
}
