//! The corpus loader: a background thread expands the FILE arguments, then reads and analyses
//! the articles in parallel (in path order) and sends them to the reader in batches, so the
//! reader draws at once and stays answerable while a large folder is analysed. Each
//! article's stored corrections are read with it and its speakers corrected.

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::mpsc::{Receiver, Sender, channel};
use std::time::{Duration, Instant};

use redline_analysis::{Analysis, Analyzer, Corpus, Loaded, map_ordered};

use crate::store::Stored;

/// A batch is sent once this much time has passed since the last one…
const BATCH_EVERY: Duration = Duration::from_millis(100);
/// …or once it holds this many articles: few enough that the reader takes one in within a
/// few milliseconds and reads a waiting key soon after.
const BATCH_MAX: usize = 64;

/// What the loader sends: articles analysed since the last batch, in path order.
#[derive(Debug, Default)]
pub struct Batch {
    /// The number of articles in the corpus, once the arguments are expanded.
    pub total: Option<usize>,
    /// Articles analysed, in order, the speakers their sidecars correct already set.
    pub analyses: Vec<Analysis>,
    /// The corrections stored for each of `analyses` (see [`crate::store`]), in the same
    /// order; an article without its entry has none and cannot have any saved.
    pub stored: Vec<Stored>,
    /// Files skipped and other problems, one line each.
    pub warnings: Vec<String>,
    /// Articles handled (analysed or skipped) in this batch.
    pub handled: usize,
    /// Why nothing can be loaded at all (e.g. a folder without article files).
    pub fatal: Option<String>,
}

/// Starts the loader; the channel closes when every article has been handled.
pub fn spawn(args: Vec<PathBuf>, analyzer: Arc<Analyzer>, max_bytes: u64) -> Receiver<Batch> {
    let (tx, rx) = channel();
    // the automata for the corpus are built in the loader, off the first frame's path
    std::thread::spawn(move || load(&args, &analyzer, max_bytes, &tx));
    rx
}

fn load(args: &[PathBuf], analyzer: &Analyzer, max_bytes: u64, tx: &Sender<Batch>) {
    let corpus = match Corpus::expand(args) {
        Ok(corpus) => corpus,
        Err(e) => {
            let _ = tx.send(Batch { fatal: Some(e.to_string()), ..Batch::default() });
            return;
        }
    };
    // the automaton built for the number of articles, as `redline analyze` does
    let analyzer = analyzer.for_articles(corpus.entries.len());
    let analyzer = analyzer.as_ref();
    let first = Batch { total: Some(corpus.entries.len()), warnings: corpus.warnings, ..Batch::default() };
    if tx.send(first).is_err() {
        return;
    }
    let mut batch = Batch::default();
    let mut last = Instant::now();
    let sent = map_ordered(
        &corpus.entries,
        |entry| {
            let loaded = Loaded::read(entry, max_bytes)?;
            let mut analysis = loaded.analyze(analyzer);
            // Each article's corrections, as `redline FILE` applies them.
            let stored = crate::store::load(&analysis.text);
            stored.corrections.apply_speakers(&mut analysis);
            Ok::<_, redline_analysis::SourceError>((analysis, loaded.source.warnings, stored))
        },
        |result| {
            batch.handled += 1;
            match result {
                Ok((analysis, warnings, stored)) => {
                    batch.analyses.push(analysis);
                    batch.warnings.extend(warnings);
                    batch.warnings.extend(stored.broken.as_ref().map(ToString::to_string));
                    batch.stored.push(stored);
                }
                Err(e) => batch.warnings.push(e.to_string()),
            }
            if last.elapsed() >= BATCH_EVERY || batch.analyses.len() >= BATCH_MAX {
                last = Instant::now();
                // A closed channel means the reader has quit: stop.
                tx.send(std::mem::take(&mut batch)).map_err(drop)?;
            }
            Ok::<(), ()>(())
        },
    );
    if sent.is_ok() && batch.handled > 0 {
        let _ = tx.send(batch);
    }
}
