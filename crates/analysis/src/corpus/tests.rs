use super::*;
use crate::text::source::DEFAULT_MAX_BYTES;

fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(&path, text).unwrap();
    path
}

fn files(corpus: &Corpus) -> Vec<PathBuf> {
    corpus
        .entries
        .iter()
        .map(|e| match e {
            Entry::File(p) => p.clone(),
            other => panic!("not a file: {other:?}"),
        })
        .collect()
}

#[test]
fn no_argument_is_the_bundled_article_and_one_file_is_single() {
    let corpus = Corpus::expand(&[]).unwrap();
    assert_eq!((corpus.entries, corpus.single), (vec![Entry::Bundled], true));
    let dir = tempfile::tempdir().unwrap();
    let a = write(dir.path(), "a.weird", "Text.");
    let corpus = Corpus::expand(std::slice::from_ref(&a)).unwrap();
    assert_eq!((corpus.entries, corpus.single), (vec![Entry::File(a)], true));
    let corpus = Corpus::expand(&[PathBuf::from("-")]).unwrap();
    assert_eq!((corpus.entries, corpus.single), (vec![Entry::Stdin], true));
}

#[test]
fn folders_are_searched_recursively_for_article_files_sorted_by_path() {
    let dir = tempfile::tempdir().unwrap();
    // Created in an order unlike the sorted one.
    for name in ["z.txt", "b/2.md", "b/1.HTML", "a.htm", "notes.pdf", "b/c/deep.txt", "image.png"] {
        write(dir.path(), name, "Text.");
    }
    let corpus = Corpus::expand(&[dir.path().to_path_buf()]).unwrap();
    assert!(!corpus.single && corpus.warnings.is_empty());
    let expected: Vec<PathBuf> =
        ["a.htm", "b/1.HTML", "b/2.md", "b/c/deep.txt", "z.txt"].iter().map(|n| dir.path().join(n)).collect();
    assert_eq!(files(&corpus), expected);
}

#[test]
fn several_arguments_keep_their_order_and_are_not_single() {
    let dir = tempfile::tempdir().unwrap();
    let b = write(dir.path(), "b.txt", "B.");
    let a = write(dir.path(), "a.txt", "A.");
    let corpus = Corpus::expand(&[b.clone(), PathBuf::from("-"), a.clone()]).unwrap();
    assert_eq!(corpus.entries, [Entry::File(b), Entry::Stdin, Entry::File(a)]);
    assert!(!corpus.single);
}

#[test]
fn bad_arguments_are_errors_naming_them() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "only.pdf", "x");
    let e = Corpus::expand(&[dir.path().to_path_buf()]).unwrap_err();
    assert_eq!(
        e.to_string(),
        format!("{}: no article files (.txt, .md, .html, .htm) in this folder", dir.path().display())
    );
    let missing = dir.path().join("missing.txt");
    let e = Corpus::expand(&[dir.path().join("only.pdf"), missing.clone()]).unwrap_err();
    assert_eq!(e.to_string(), format!("{}: no such file", missing.display()));
    let dash = PathBuf::from("-");
    assert!(matches!(Corpus::expand(&[dash.clone(), dash]), Err(CorpusError::StdinTwice)));
}

#[test]
fn load_extracts_html_and_markdown_and_keeps_text_as_is() {
    let dir = tempfile::tempdir().unwrap();
    let md = write(dir.path(), "brief.md", "# Talks *resume*\n\n“We **will** talk,” she said.\n");
    let loaded = Loaded::read(&Entry::File(md.clone()), DEFAULT_MAX_BYTES).unwrap();
    assert!(loaded.extracted);
    assert_eq!(loaded.source.name, md.display().to_string());
    assert_eq!(loaded.source.text, "Talks resume\n\n“We will talk,” she said.\n");
    let analysis = loaded.analyze(&Analyzer::bundled());
    assert_eq!(analysis.extracted_text.as_deref(), Some(loaded.source.text.as_str()));

    let txt = write(dir.path(), "plain.txt", "# Not *Markdown* here\n");
    let loaded = Loaded::read(&Entry::File(txt), DEFAULT_MAX_BYTES).unwrap();
    assert!(!loaded.extracted);
    assert_eq!(loaded.source.text, "# Not *Markdown* here\n");
    assert_eq!(loaded.analyze(&Analyzer::bundled()).extracted_text, None);
}

#[test]
fn load_refuses_pages_without_text() {
    let dir = tempfile::tempdir().unwrap();
    let html = write(dir.path(), "empty.html", "<html><head><title>Only a title</title></head><body></body></html>");
    let e = Loaded::read(&Entry::File(html.clone()), DEFAULT_MAX_BYTES).unwrap_err();
    assert!(matches!(e.reason, Reason::NoArticle(_)), "{e}");
    assert!(e.to_string().starts_with(&format!("{}: ", html.display())), "{e}");
    let md = write(dir.path(), "pic.md", "![](picture.png)\n");
    let e = Loaded::read(&Entry::File(md), DEFAULT_MAX_BYTES).unwrap_err();
    assert!(e.to_string().ends_with(": no text left once the markup is removed"), "{e}");
}

#[test]
fn map_ordered_keeps_the_order_of_the_items() {
    let items: Vec<usize> = (0..1000).collect();
    let mut seen = Vec::new();
    map_ordered(
        &items,
        |&i| i * 2,
        |r| -> Result<(), ()> {
            seen.push(r);
            Ok(())
        },
    )
    .unwrap();
    assert_eq!(seen, items.iter().map(|i| i * 2).collect::<Vec<_>>());
}

#[test]
fn map_ordered_stops_at_the_first_sink_error() {
    let items: Vec<usize> = (0..1000).collect();
    let mut seen = 0;
    let result = map_ordered(
        &items,
        |&i| i,
        |r| {
            seen += 1;
            if r == 5 { Err(r) } else { Ok(()) }
        },
    );
    assert_eq!((result, seen), (Err(5), 6));
}

#[test]
fn map_ordered_resumes_a_panic_of_map_after_the_batches_before_it() {
    let items: Vec<usize> = (0..100).collect();
    let mut seen = Vec::new();
    let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        map_ordered(
            &items,
            |&i| if i == 9 { panic!("item 9") } else { i },
            |r| -> Result<(), ()> {
                seen.push(r);
                Ok(())
            },
        )
    }));
    let payload = outcome.unwrap_err();
    assert_eq!(payload.downcast_ref::<&str>(), Some(&"item 9"));
    assert_eq!(seen, (0..9 / BATCH * BATCH).collect::<Vec<_>>());
}
