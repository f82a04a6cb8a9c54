use super::*;
use crate::model::{ByteSpan, Paragraph, QuoteKind, RedLine, SpeakerBasis, SpeakerKind};

const TEXT: &str = "Talks\nBRAVIA. “We will not wait, and the red line is clear,” Roe said.\n“Fine.”";

fn hit(text: &str, tag: &str, severity: u8) -> RedLine {
    let start = TEXT.find(text).unwrap();
    RedLine {
        text: text.into(),
        start,
        end: start + text.len(),
        category: tag.into(),
        tag: tag.into(),
        severity,
        cue: text.into(),
        why: Vec::new(),
        quote: Some(1),
    }
}

fn quote(id: usize, inner: &str, red_lines: Vec<RedLine>, speaker: Option<&str>) -> Quote {
    let start = TEXT.find(inner).unwrap();
    Quote {
        id,
        text: inner.into(),
        start,
        end: start + inner.len(),
        paragraph: id,
        kind: QuoteKind::Full,
        speaker: speaker.map(str::to_string),
        speaker_basis: speaker.map(|_| SpeakerBasis::Cue),
        speaker_kind: speaker.map(|_| SpeakerKind::Person),
        speaker_span: speaker
            .and_then(|s| TEXT.find(s))
            .map(|at| ByteSpan { start: at, end: at + speaker.map_or(0, str::len) }),
        corrected: false,
        topics: vec![],
        red_lines,
    }
}

/// Two quotes: the first has overlapping hits ("will not wait" and "not wait, and") and a
/// separate one ("red line"); the second has no speaker and no hits.
fn analysis() -> Analysis {
    let q1 = "We will not wait, and the red line is clear,";
    let hits = vec![hit("red line", "RL", 4), hit("will not wait", "UL", 3), hit("not wait, and", "TH", 4)];
    Analysis {
        source: "talks.txt".into(),
        decoded_from: None,
        title: Some("Talks".into()),
        byline: None,
        dateline: Some("BRAVIA".into()),
        date: None,
        paragraphs: vec![Paragraph { index: 1, start: 6, end: 71 }, Paragraph { index: 2, start: 72, end: 81 }],
        quotes: vec![quote(1, q1, hits.clone(), Some("Jane Roe")), quote(2, "Fine.", vec![], None)],
        topics: vec![],
        red_lines: hits,
        extracted_text: None,
        text: TEXT.into(),
    }
}

#[test]
fn markdown_bolds_red_lines_by_range_merging_overlaps() {
    let md = Format::Markdown.render(&analysis(), &[1, 2]);
    let expected = "# Talks\n\
        \n> We \\[UL:3+TH:4 **will not wait, and**\\] the \\[RL:4 **red line**\\] is clear,\n\
        \n— Jane Roe, “Talks”, BRAVIA, ¶1\n\
        \n> Fine.\n\
        \n— “Talks”, BRAVIA, ¶2\n";
    assert_eq!(md, expected);
}

#[test]
fn markdown_uses_ranges_not_string_search() {
    // A hit whose text also occurs earlier in the quote: only the hit's own range is bold.
    let mut a = analysis();
    let q = &mut a.quotes[0];
    q.text = "line and red line".into();
    q.start = 100;
    q.end = 117;
    q.red_lines = vec![RedLine { start: 113, end: 117, ..q.red_lines[0].clone() }];
    let md = Format::Markdown.render(&a, &[1]);
    assert!(md.contains("> line and red \\[RL:4 **line**\\]\n"), "{md}");
}

#[test]
fn markdown_escapes_markup_and_list_starts() {
    let mut a = analysis();
    a.quotes[1].text = "1990. *Never* [again]".into();
    let md = Format::Markdown.render(&a, &[2]);
    assert!(md.contains("> 1990\\. \\*Never\\* \\[again\\]\n"), "{md}");
}

#[test]
fn text_marks_red_lines_inline_with_tags() {
    let txt = Format::Text.render(&analysis(), &[2, 1]);
    let expected = "Talks\n\
        \n“Fine.”\n— “Talks”, BRAVIA, ¶2\n\
        \n“We [UL:3+TH:4 will not wait, and] the [RL:4 red line] is clear,”\n\
        — Jane Roe, “Talks”, BRAVIA, ¶1\n";
    assert_eq!(txt, expected);
}

#[test]
fn a_guess_of_the_learned_model_is_marked_with_a_tilde_in_every_format() {
    let mut a = analysis();
    let q = &mut a.quotes[0];
    q.red_lines = vec![RedLine { cue: crate::LEARNED_CUE.into(), ..q.red_lines[0].clone() }];
    let text = Format::Text.render(&a, &[1]);
    assert!(text.contains("the [RL~4 red line] is clear"), "{text}");
    // escaped in Markdown, where two tildes in a paragraph would strike out what lies between
    let md = Format::Markdown.render(&a, &[1]);
    assert!(md.contains("the \\[RL\\~4 **red line**\\] is clear"), "{md}");
}

#[test]
fn json_holds_title_source_and_quotes_as_in_analyze() {
    let a = analysis();
    let json: serde_json::Value = serde_json::from_str(&Format::Json.render(&a, &[2, 9])).unwrap();
    assert_eq!(json["title"], "Talks");
    assert_eq!(json["source"], "talks.txt");
    assert_eq!(json["quotes"], serde_json::to_value(vec![&a.quotes[1]]).unwrap());
}

#[test]
fn hits_off_character_boundaries_or_outside_are_ignored() {
    let mut a = analysis();
    let q = &mut a.quotes[1];
    q.text = "é ok".into();
    q.red_lines = vec![
        RedLine { start: q.start + 1, end: q.start + 2, ..a.red_lines[0].clone() },
        RedLine { start: q.start + 3, end: q.start + 50, ..a.red_lines[0].clone() },
    ];
    let md = Format::Markdown.render(&a, &[2]);
    assert!(md.contains("> é \\[RL:4 **ok**\\]\n"), "{md}");
}

#[test]
fn format_from_extension() {
    assert_eq!(Format::from_path(Path::new("a/b.MD")), Some(Format::Markdown));
    assert_eq!(Format::from_path(Path::new("b.json")), Some(Format::Json));
    assert_eq!(Format::from_path(Path::new("b")), None);
}

fn entries(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> =
        std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    names.sort();
    names
}

#[test]
fn write_atomic_writes_and_refuses_to_overwrite() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("brief.md");
    write_atomic(&path, b"first", false).unwrap();
    let e = write_atomic(&path, b"second", false).unwrap_err();
    assert!(matches!(e, ExportError::Exists(_)));
    assert!(e.to_string().ends_with("brief.md: already exists (use --force to overwrite)"), "{e}");
    assert_eq!(std::fs::read(&path).unwrap(), b"first");
    write_atomic(&path, b"second", true).unwrap();
    assert_eq!(std::fs::read(&path).unwrap(), b"second");
    assert_eq!(entries(dir.path()), ["brief.md"]);
}

#[test]
fn write_atomic_missing_folder_is_an_error_naming_the_path() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("nope").join("brief.md");
    let e = write_atomic(&path, b"x", false).unwrap_err();
    assert!(matches!(e, ExportError::NoFolder { .. }), "{e}");
    assert!(e.to_string().starts_with(&path.display().to_string()));
    assert!(entries(dir.path()).is_empty());
}

#[test]
fn write_atomic_failure_leaves_nothing_behind() {
    // The target is a non-empty directory: the final rename fails after the temporary file
    // was written; it must be gone and the directory untouched.
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("taken");
    std::fs::create_dir(&target).unwrap();
    std::fs::write(target.join("keep"), b"k").unwrap();
    let e = write_atomic(&target, b"x", true).unwrap_err();
    assert!(matches!(e, ExportError::Io { .. }), "{e}");
    assert!(e.to_string().starts_with(&target.display().to_string()));
    assert_eq!(entries(dir.path()), ["taken"]);
    assert_eq!(entries(&target), ["keep"]);
}

#[test]
fn render_many_names_the_article_of_every_quote() {
    let first = analysis();
    let mut second = analysis();
    second.source = "b_notes.txt".into();
    second.title = None;
    let articles = [(&first, vec![2]), (&second, vec![2, 7])];
    let md = Format::Markdown.render_many(&articles);
    let expected = "# Quotes from 2 articles\n\
        \n> Fine.\n\n— “Talks”, BRAVIA, ¶2, talks.txt\n\
        \n> Fine.\n\n— BRAVIA, ¶2, b\\_notes.txt\n";
    assert_eq!(md, expected);
    let txt = Format::Text.render_many(&articles[1..]);
    assert_eq!(txt, "Quotes from 1 article\n\n“Fine.”\n— BRAVIA, ¶2, b_notes.txt\n");
}

#[test]
fn render_many_json_adds_source_and_title_to_the_quote_objects() {
    let first = analysis();
    let mut second = analysis();
    second.source = "b.txt".into();
    second.title = None;
    let json: serde_json::Value =
        serde_json::from_str(&Format::Json.render_many(&[(&first, vec![1]), (&second, vec![2])])).unwrap();
    assert_eq!(json["sources"], serde_json::json!(["talks.txt", "b.txt"]));
    let mut expected = serde_json::to_value(&first.quotes[0]).unwrap();
    expected["source"] = "talks.txt".into();
    expected["title"] = "Talks".into();
    assert_eq!(json["quotes"][0], expected);
    assert_eq!(
        (&json["quotes"][1]["source"], &json["quotes"][1]["title"]),
        (&"b.txt".into(), &serde_json::Value::Null)
    );
    assert_eq!(json["quotes"].as_array().unwrap().len(), 2);
}

/// A title, speaker and quote holding OSC 2, OSC 52, CSI, a C1 CSI, CRLF and bidi controls.
fn hostile() -> Analysis {
    let mut a = analysis();
    a.title = Some("Talks\x1b]2;PWNED\x07 \u{202E}gninraw".into());
    a.source = "ev\x1b[2Jil.txt".into();
    a.quotes[1].text = "Fine\x1b]52;c;cHduZWQ=\x07 \x1b[31mRED\x1b[0m\r\nnext\u{9B}6n\ttab \u{2066}x\u{2069}".into();
    a.quotes[1].speaker = Some("Roe\x1b[8m".into());
    a
}

#[test]
fn markdown_and_text_show_control_characters_as_symbols_and_keep_bidi() {
    let a = hostile();
    for format in [Format::Markdown, Format::Text] {
        for out in [format.render(&a, &[2]), format.render_many(&[(&a, vec![2])])] {
            let controls: Vec<char> = out.chars().filter(|c| c.is_control() && !matches!(c, '\n' | '\t')).collect();
            assert!(controls.is_empty(), "{format:?}: {controls:?} in {out}");
            // Markdown escapes the brackets; the symbols are the same in both.
            let out = out.replace("\\[", "[").replace("\\]", "]");
            assert!(out.contains("␛]52;c;cHduZWQ=␇ ␛[31mRED␛[0m"), "{format:?}: {out}");
            assert!(out.contains("⟨CSI⟩6n") && out.contains("Roe␛"), "{out}");
            assert!(out.contains("Talks␛]2;PWNED␇ \u{202E}gninraw"), "{format:?}: {out}");
            assert!(out.contains("\u{2066}x\u{2069}"), "bidi controls stay in files: {out}");
        }
    }
    let txt = Format::Text.render(&a, &[2]);
    assert!(txt.contains("RED␛[0m\nnext⟨CSI⟩6n\ttab"), "CRLF becomes a line feed, tabs stay: {txt}");
    assert!(Format::Text.render_many(&[(&a, vec![2])]).contains(", ev␛[2Jil.txt\n"));
}

#[test]
fn json_keeps_the_text_with_every_control_escaped() {
    let a = hostile();
    for out in [Format::Json.render(&a, &[2]), Format::Json.render_many(&[(&a, vec![2])])] {
        assert!(!out.chars().any(|c| crate::is_unsafe(c) && c != '\n'), "{out}");
        assert!(out.contains(r"\u009b6n\ttab \u2066x\u2069"), "{out}");
        let json: serde_json::Value = serde_json::from_str(&out).unwrap();
        assert_eq!(json["quotes"][0]["text"], a.quotes[1].text.as_str());
        assert_eq!(json["quotes"][0]["speaker"], "Roe\x1b[8m");
    }
}
