//! The `redline` binary as a user runs it: exit codes, one-line errors, JSON offsets,
//! decoding, exports and data files. Generated inputs live in temporary folders.

use std::path::{Path, PathBuf};
use std::process::Output;

use serde_json::Value;

mod common;
use common::{redline, run, stderr, stdout};

/// Exit status 2, nothing on stdout, one line on stderr starting `redline: <name>`.
fn assert_error(out: &Output, name: &str) -> String {
    let err = stderr(out);
    assert_eq!(out.status.code(), Some(2), "stderr: {err}");
    assert!(out.stdout.is_empty(), "stdout: {}", stdout(out));
    assert_eq!(err.lines().count(), 1, "not one line: {err:?}");
    assert!(err.starts_with(&format!("redline: {name}")), "{err:?} does not name {name}");
    assert!(!err.contains("panicked") && !err.contains("RUST_BACKTRACE"), "{err}");
    err
}

fn json(out: &Output) -> Value {
    assert!(out.status.success(), "stderr: {}", stderr(out));
    serde_json::from_str(&stdout(out)).expect("stdout is JSON")
}

/// Every quote and red line in the JSON is the exact byte slice of `input` it claims.
fn assert_offsets(analysis: &Value, input: &str) {
    let items = analysis["quotes"].as_array().unwrap().iter().chain(analysis["red_lines"].as_array().unwrap());
    for item in items {
        let (start, end) = (item["start"].as_u64().unwrap() as usize, item["end"].as_u64().unwrap() as usize);
        assert_eq!(input.get(start..end), item["text"].as_str(), "{item}");
    }
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

fn s(path: &Path) -> &str {
    path.to_str().unwrap()
}

const SHORT: &str = "Talks\n\n“We issued an ultimatum,” the Russian minister said. “Fine.”\n";

#[test]
fn analyze_json_on_the_bundled_article_has_exact_offsets() {
    let input = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/assets/article.txt")).unwrap();
    let analysis = json(&redline(&["analyze", "--json"]));
    assert_eq!(analysis["source"], "bundled:article.txt");
    assert!(analysis["quotes"].as_array().unwrap().len() >= 10, "{analysis}");
    assert_offsets(&analysis, &input);
    for p in analysis["paragraphs"].as_array().unwrap() {
        assert!(input.get(p["start"].as_u64().unwrap() as usize..p["end"].as_u64().unwrap() as usize).is_some());
    }
}

#[test]
fn summary_names_the_article_and_lists_every_quote() {
    let out = redline(&["analyze"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    let quotes = json(&redline(&["analyze", "--json"]))["quotes"].as_array().unwrap().len();
    let title = json(&redline(&["analyze", "--json"]))["title"].as_str().unwrap().to_string();
    assert!(text.starts_with(&format!("Title:    {title}\n")), "{text}");
    assert!(text.contains("Dateline: "), "{text}");
    assert!(text.contains(&format!("\nQuotes ({quotes})\n  #1 ¶")), "{text}");
    assert!(text.contains(&format!("\n  #{quotes} ¶")), "{text}");
}

#[test]
fn unusable_inputs_are_one_line_errors_for_every_command() {
    let dir = tempfile::tempdir().unwrap();
    let cases = [
        (write(dir.path(), "empty.txt", b""), "file is empty"),
        (write(dir.path(), "blank.txt", b" \n\r\n\t\n"), "only whitespace"),
        (write(dir.path(), "bin.dat", b"PK\x03\x04\0\0text"), "binary"),
        (dir.path().join("missing.txt"), "no such file"),
    ];
    for (path, reason) in &cases {
        for args in [
            vec![s(path)],
            vec!["analyze", s(path)],
            vec!["analyze", "--json", s(path)],
            vec!["export", "--format", "md", s(path)],
        ] {
            let err = assert_error(&redline(&args), &format!("{}: ", path.display()));
            assert!(err.contains(reason), "{args:?}: {err}");
        }
    }
}

#[test]
fn unusable_stdin_is_named_stdin() {
    assert_error(&run(&["analyze", "-"], b""), "stdin: file is empty");
    assert_error(&run(&["export", "--format", "txt", "-"], b"\n\n  "), "stdin: file holds only whitespace");
}

#[test]
fn stdin_is_read_when_the_file_is_dash() {
    let analysis = json(&run(&["analyze", "--json", "-"], SHORT.as_bytes()));
    assert_eq!(analysis["source"], "-");
    assert_eq!(analysis["quotes"].as_array().unwrap().len(), 2);
    assert_offsets(&analysis, SHORT);
}

#[test]
fn windows_1252_input_is_decoded_with_a_warning() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "cp.txt", b"Talks\n\n\x93We will not wait for caf\xe9,\x94 the minister said.\n");
    let out = redline(&["analyze", "--json", s(&path)]);
    assert!(stderr(&out).contains("warning") && stderr(&out).contains("windows-1252"), "{}", stderr(&out));
    let analysis = json(&out);
    assert_eq!(analysis["decoded_from"], "windows-1252");
    assert_eq!(analysis["quotes"][0]["text"], "We will not wait for café,");
    assert_offsets(&analysis, "Talks\n\n“We will not wait for café,” the minister said.\n");
}

#[test]
fn utf16_input_with_a_byte_order_mark_is_decoded_with_a_warning() {
    let dir = tempfile::tempdir().unwrap();
    let le: Vec<u8> = [0xFF, 0xFE].into_iter().chain(SHORT.encode_utf16().flat_map(u16::to_le_bytes)).collect();
    let be: Vec<u8> = [0xFE, 0xFF].into_iter().chain(SHORT.encode_utf16().flat_map(u16::to_be_bytes)).collect();
    for (bytes, label) in [(le, "utf-16le"), (be, "utf-16be")] {
        let path = write(dir.path(), &format!("{label}.txt"), &bytes);
        let out = redline(&["analyze", "--json", s(&path)]);
        assert!(stderr(&out).contains(label), "{}", stderr(&out));
        let analysis = json(&out);
        assert_eq!(analysis["decoded_from"], label);
        assert_eq!(analysis["quotes"].as_array().unwrap().len(), 2);
        assert_offsets(&analysis, SHORT);
    }
}

#[test]
fn crlf_input_keeps_its_offsets() {
    let dir = tempfile::tempdir().unwrap();
    let text = SHORT.replace('\n', "\r\n");
    let path = write(dir.path(), "crlf.txt", text.as_bytes());
    let out = redline(&["analyze", "--json", s(&path)]);
    assert!(out.stderr.is_empty(), "{}", stderr(&out));
    let analysis = json(&out);
    assert_eq!(analysis["quotes"][0]["text"], "We issued an ultimatum,");
    assert_offsets(&analysis, &text);
}

#[test]
fn export_writes_refuses_to_overwrite_and_obeys_force() {
    let dir = tempfile::tempdir().unwrap();
    let input = write(dir.path(), "in.txt", SHORT.as_bytes());
    let target = dir.path().join("brief.md");
    let to_stdout = redline(&["export", s(&input), "--format", "md"]);
    assert!(to_stdout.status.success(), "{}", stderr(&to_stdout));
    // The brief opens with the title and the first quote, its red line written as everywhere.
    assert!(
        stdout(&to_stdout).starts_with("# Talks\n\n> We \\[UL:5 **issued an ultimatum**\\],\n"),
        "{}",
        stdout(&to_stdout)
    );

    let first = redline(&["export", s(&input), "-o", s(&target)]);
    assert!(first.status.success() && first.stdout.is_empty(), "{}", stderr(&first));
    assert_eq!(std::fs::read(&target).unwrap(), to_stdout.stdout);

    std::fs::write(&target, "mine").unwrap();
    let err = assert_error(&redline(&["export", s(&input), "--format", "md", "-o", s(&target)]), s(&target));
    assert!(err.contains("already exists"), "{err}");
    assert_eq!(std::fs::read_to_string(&target).unwrap(), "mine");

    let forced = redline(&["export", s(&input), "--format", "md", "-o", s(&target), "--force"]);
    assert!(forced.status.success(), "{}", stderr(&forced));
    assert_eq!(std::fs::read(&target).unwrap(), to_stdout.stdout);
    let mut names: Vec<_> = std::fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
    names.sort();
    assert_eq!(names, ["brief.md", "in.txt"]);
}

#[test]
fn export_to_dash_writes_stdout_and_no_file_named_dash() {
    let dir = tempfile::tempdir().unwrap();
    let in_dir = |args: &[&str]| {
        std::process::Command::new(env!("CARGO_BIN_EXE_redline"))
            .args(args)
            .current_dir(dir.path())
            .env("XDG_CONFIG_HOME", "/nonexistent/redline-tests")
            .env("XDG_DATA_HOME", "/nonexistent/redline-tests")
            .output()
            .expect("redline runs")
    };
    assert_eq!(json(&in_dir(&["export", "--format", "json", "-o", "-"]))["source"], "bundled:article.txt");
    // without --format, `-o -` is Markdown, as stdout is
    let md = in_dir(&["export", "-o", "-"]);
    assert!(md.status.success(), "{}", stderr(&md));
    assert_eq!(md.stdout, redline(&["export"]).stdout);
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0, "a file was written");
}

#[test]
fn export_into_a_missing_folder_fails_leaving_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("nope").join("brief.json");
    let err = assert_error(&redline(&["export", "--format", "json", "-o", s(&target)]), s(&target));
    assert!(err.contains("does not exist"), "{err}");
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
}

#[test]
fn export_json_holds_the_quotes_of_analyze() {
    let analysis = json(&redline(&["analyze", "--json"]));
    let export = json(&redline(&["export", "--format", "json"]));
    assert_eq!(export["title"], analysis["title"]);
    assert_eq!(export["source"], "bundled:article.txt");
    assert_eq!(export["quotes"], analysis["quotes"]);
}

#[test]
fn export_selection_errors_and_usage_errors_are_one_line() {
    assert_error(&redline(&["export", "--format", "md", "--topic", "No Such Topic"]), "--topic: ");
    assert_error(&redline(&["export", "--format", "md", "--min-severity", "6"]), "");
    assert_error(&redline(&["analyze", "--no-such-flag"]), "");
    let dir = tempfile::tempdir().unwrap();
    assert_error(&redline(&["export", "-o", s(&dir.path().join("brief.pdf"))]), "--format: ");
}

#[test]
fn malformed_data_files_are_reported_as_file_line_column() {
    let dir = tempfile::tempdir().unwrap();
    let broken = write(dir.path(), "broken.json", b"{\n  \"about\": \"x\"\n  \"topics\": []\n}");
    for flag in ["--lexicon", "--topics"] {
        let err = assert_error(&redline(&["analyze", flag, s(&broken)]), &format!("{}:3:3: ", broken.display()));
        assert!(err.contains("expected `,` or `}`"), "{err}");
        let located = format!("{}:3:3: ", broken.display());
        assert_error(&redline(&["export", "--format", "md", flag, s(&broken)]), &located);
    }
    let pattern = concat!(
        "{\"categories\": [\n",
        " {\"name\": \"T\", \"tag\": \"T\", \"severity\": 3,\n",
        "  \"cues\": [\"fine\", \"bad (x|y\"]}]}"
    );
    let lexicon = write(dir.path(), "lex.json", pattern.as_bytes());
    let err = assert_error(&redline(&["analyze", "--lexicon", s(&lexicon)]), &format!("{}:3:25: ", lexicon.display()));
    assert!(err.contains("invalid pattern"), "{err}");
    let missing = dir.path().join("absent.json");
    assert_error(&redline(&["analyze", "--topics", s(&missing)]), &format!("{}: no such file", missing.display()));
}

#[test]
fn valid_replacement_data_files_are_accepted() {
    let dir = tempfile::tempdir().unwrap();
    let topics = write(dir.path(), "t.json", br#"{"topics": [{"label": "Talks", "aliases": ["talks"]}]}"#);
    let lexicon =
        write(dir.path(), "l.json", br#"{"categories": [{"name": "W", "tag": "W", "severity": 2, "cues": ["wait"]}]}"#);
    let out = run(&["analyze", "--json", "--topics", s(&topics), "--lexicon", s(&lexicon), "-"], SHORT.as_bytes());
    assert_offsets(&json(&out), SHORT);
}

#[test]
fn max_bytes_limits_every_input() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "in.txt", SHORT.as_bytes());
    let err = assert_error(&redline(&["--max-bytes", "10", "analyze", s(&path)]), &format!("{}: ", path.display()));
    assert!(err.contains("larger than the limit of 10 bytes"), "{err}");
    assert_error(&run(&["analyze", "-", "--max-bytes", "10"], SHORT.as_bytes()), "stdin: larger than");
    assert!(redline(&["analyze", s(&path), "--max-bytes", &SHORT.len().to_string()]).status.success());
}

#[test]
fn a_folder_without_articles_is_an_error_for_every_command() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "notes.pdf", b"%PDF-1.4");
    for args in [vec![s(dir.path())], vec!["analyze", s(dir.path())], vec!["export", "--format", "md", s(dir.path())]] {
        let err = assert_error(&redline(&args), s(dir.path()));
        assert!(err.contains("no article files"), "{args:?}: {err}");
    }
}

#[test]
fn the_reader_needs_a_terminal_and_says_where_to_go() {
    let err = assert_error(&redline(&[]), "");
    assert!(err.contains("not a terminal") && err.contains("redline analyze"), "{err}");
}

#[test]
fn export_without_format_or_output_writes_markdown() {
    let out = redline(&["export"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(out.stdout, redline(&["export", "--format", "md"]).stdout);
    let title = json(&redline(&["analyze", "--json"]))["title"].as_str().unwrap().to_string();
    assert!(stdout(&out).starts_with(&format!("# {title}\n")), "{}", stdout(&out));
}

#[test]
fn mistakes_get_suggestions_on_one_line() {
    // The British spelling is an alias.
    assert_eq!(redline(&["analyse", "--json"]).stdout, redline(&["analyze", "--json"]).stdout);
    let err = assert_error(&redline(&["exprot"]), "exprot: ");
    assert!(err.contains("did you mean `redline export`?"), "{err}");
    let err = assert_error(&redline(&["analyze", "--jsn"]), "unexpected argument '--jsn'");
    assert!(err.contains("a similar argument exists: '--json'"), "{err}");
    let err = assert_error(&redline(&["export", "--format", "pdf"]), "invalid value 'pdf'");
    assert!(err.contains("[possible values: md, json, txt]"), "{err}");
}

#[test]
fn red_lines_are_written_tag_colon_severity_phrase_in_summaries_and_text_briefs() {
    let out = run(&["analyze", "-"], SHORT.as_bytes());
    assert!(stdout(&out).contains("“We [UL:5 issued an ultimatum],”"), "{}", stdout(&out));
    let out = run(&["export", "--format", "txt", "-"], SHORT.as_bytes());
    assert!(stdout(&out).contains("“We [UL:5 issued an ultimatum],”"), "{}", stdout(&out));
}

#[test]
fn completions_for_every_shell_and_a_man_page() {
    for (shell, marker) in [
        ("bash", "complete -F _redline"),
        ("zsh", "#compdef redline"),
        ("fish", "complete -c redline"),
        ("elvish", "edit:completion:arg-completer[redline]"),
        ("powershell", "Register-ArgumentCompleter"),
    ] {
        let out = redline(&["completions", shell]);
        assert!(out.status.success(), "{shell}: {}", stderr(&out));
        let script = stdout(&out);
        assert!(script.contains(marker), "{shell}: {marker:?} missing");
        for word in ["analyze", "export", "min-severity", "lexicon", "completions"] {
            assert!(script.contains(word), "{shell}: {word} missing");
        }
    }
    let err = assert_error(&redline(&["completions", "tcsh"]), "invalid value 'tcsh'");
    assert!(err.contains("bash, elvish, fish, powershell, zsh"), "{err}");
    let out = redline(&["man"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let page = stdout(&out);
    assert!(page.contains(".TH redline 1") && page.contains(".SH NAME") && page.contains(".SH SYNOPSIS"), "{page}");
    assert!(page.contains("analyze") && page.contains("\\-\\-max\\-bytes"), "{page}");
}

#[test]
fn the_learned_model_is_replaced_or_turned_off_and_a_bad_one_is_reported() {
    let dir = tempfile::tempdir().unwrap();
    let bad = write(
        dir.path(),
        "model.tsv",
        b"@classes\tNONE\tTH\n@scale\t1\n@threshold\t0.5\n@bias\t0\t0\nb\t1,1\na\t1,1\n",
    );
    let err = assert_error(&redline(&["analyze", "--model", s(&bad)]), &format!("{}:6:1: ", bad.display()));
    assert!(err.contains("out of order"), "{err}");
    let missing = dir.path().join("absent.tsv");
    assert_error(&redline(&["analyze", "--model", s(&missing)]), &format!("{}: no such file", missing.display()));
    // a model that finds "fine" a threat, then none
    let model =
        write(dir.path(), "fine.tsv", b"@classes\tNONE\tTH\n@scale\t1\n@threshold\t0.5\n@bias\t0\t0\nfine\t0,9\n");
    let text = "Border talks\n\nThe ministers of both governments met at the border for talks on the treaty, \
                their envoys and embassy staff said. Sanctions, troops and security were on the agenda.\n\n\
                “Fine,” the foreign minister said.\n";
    let learned = |args: &[&str]| {
        let out = run(&[&["analyze", "--json"], args, &["-"]].concat(), text.as_bytes());
        json(&out)["red_lines"].as_array().unwrap().iter().filter(|h| h["cue"] == "(learned model)").count()
    };
    assert_eq!(learned(&["--model", s(&model)]), 1);
    assert_eq!(learned(&["--model", "none"]), 0);
    // the configuration's [data] model, which --model overrides
    let config = write(dir.path(), "config.toml", b"[data]\nmodel = \"fine.tsv\"\n");
    assert_eq!(learned(&["--config", s(&config)]), 1);
    assert_eq!(learned(&["--config", s(&config), "--model", "none"]), 0);
    let config = write(dir.path(), "none.toml", b"[data]\nmodel = \"none\"\n");
    assert_eq!(learned(&["--config", s(&config), "--model", s(&model)]), 1);
    assert_eq!(learned(&["--config", s(&config)]), 0);
}
