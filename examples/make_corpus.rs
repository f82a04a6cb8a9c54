//! Writes a deterministic corpus for benchmarks: N articles recombined from the paragraphs
//! of the bundled article (about 6 KB each, so 10,000 articles are about 60 MB).
//!
//! `cargo run --release --example make_corpus -- 10000 target/corpus`

use std::path::PathBuf;

use redline_analysis::{Analyzer, Source};

fn main() -> std::io::Result<()> {
    let mut args = std::env::args().skip(1);
    let count: usize = args.next().and_then(|n| n.parse().ok()).unwrap_or(10_000);
    let dir = PathBuf::from(args.next().unwrap_or_else(|| "target/corpus".into()));
    let bundled = Analyzer::bundled().analyze(&Source::bundled());
    let paragraphs: Vec<&str> = bundled.paragraphs.iter().map(|p| &bundled.text[p.start..p.end]).collect();
    let title = bundled.title.as_deref().unwrap_or("Untitled");
    let mut rng = fastrand::Rng::with_seed(2022);
    for i in 0..count {
        // 100 articles a folder, as an archive would hold them
        let folder = dir.join(format!("{:03}", i / 100));
        std::fs::create_dir_all(&folder)?;
        let mut body = String::new();
        let mut n = 0;
        while body.len() < 6_000 {
            body.push_str(paragraphs[rng.usize(..paragraphs.len())]);
            body.push('\n');
            n += 1;
        }
        let out = format!("{title}, part {i}\n\nWritten by Desk {}\n\n{body}", n % 7);
        std::fs::write(folder.join(format!("article-{i:05}.txt")), out)?;
    }
    eprintln!("wrote {count} articles under {}", dir.display());
    Ok(())
}
