//! `redline timeline` as a user runs it: invented dated articles in a temporary folder, the
//! series in date order as CSV and JSON, selected by speaker and topic.

use serde_json::Value;

mod common;
use common::{redline, stderr, stdout};

const ARTICLES: [(&str, &str); 4] = [
    (
        "a.txt",
        "Minister warns of consequences\n\nPublished March 3, 2022\n\n\u{201C}If the troops stay, there will be grave \
         consequences, and we demand an answer within 10 days,\u{201D} Jaan Vell, the foreign minister, said about NATO.\n",
    ),
    (
        "b.txt",
        "Minister open to talks\n\nFebruary 27, 2022\n\n\u{201C}We remain open to dialogue with NATO,\u{201D} Jaan \
         Vell, the foreign minister, said on Sunday after meeting his counterpart.\n",
    ),
    (
        "c.txt",
        "Opposition speaks\n\n2022-03-01T10:00:00+02:00\n\n\u{201C}We are not threatening anyone, but this is a red line \
         for us,\u{201D} Kadri Saar, the opposition leader, said on Tuesday in the capital.\n",
    ),
    (
        "d.txt",
        "Undated note\n\n\u{201C}We will not wait forever,\u{201D} Jaan Vell, the foreign minister, said on Monday in \
         the capital.\n",
    ),
];

fn folder() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for (name, text) in ARTICLES {
        std::fs::write(dir.path().join(name), text).unwrap();
    }
    dir
}

fn rows(out: &std::process::Output) -> Vec<Vec<String>> {
    assert!(out.status.success(), "{}", stderr(out));
    stdout(out).lines().map(|l| l.split(',').map(str::to_string).collect()).collect()
}

#[test]
fn csv_rows_in_date_order_with_a_column_per_category() {
    let dir = folder();
    let out = redline(&["timeline", dir.path().to_str().unwrap()]);
    let rows = rows(&out);
    assert_eq!(rows[0][..7], ["date", "source", "title", "quotes", "severity", "escalation", "de_escalation"]);
    let dates: Vec<&str> = rows[1..].iter().map(|r| r[0].as_str()).collect();
    assert_eq!(dates, ["2022-02-27", "2022-03-01T10:00:00+02:00", "2022-03-03"]);
    // the talks: de-escalation only; the warning: the strongest severity and escalation
    assert_eq!(rows[1][4..7], ["0", "0", "1"]);
    assert_eq!(rows[3][4], "5");
    assert!(rows[3][5].parse::<usize>().unwrap() >= 3);
    assert!(stderr(&out).contains("1 of 4 articles state no publication date"), "{}", stderr(&out));
}

#[test]
fn json_by_speaker_and_topic() {
    let dir = folder();
    let path = dir.path().to_str().unwrap();
    let out = redline(&["timeline", path, "--speaker", "vell", "--format", "json"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let points: Value = serde_json::from_str(&stdout(&out)).unwrap();
    let dates: Vec<&str> = points.as_array().unwrap().iter().map(|p| p["date"].as_str().unwrap()).collect();
    assert_eq!(dates, ["2022-02-27", "2022-03-03"]);
    assert_eq!(points[1]["severity"], 5);
    assert!(points[1]["categories"]["THREAT"].as_u64().unwrap() >= 1, "{points}");
    let out = redline(&["timeline", path, "--topic", "nato", "--speaker", "Kadri Saar"]);
    assert_eq!(rows(&out).len(), 1, "header only: {}", stdout(&out));
    assert!(stderr(&out).contains("no quotes match"), "{}", stderr(&out));
}

#[test]
fn one_file_and_errors() {
    let dir = folder();
    let out = redline(&["timeline", dir.path().join("a.txt").to_str().unwrap(), "--format", "json"]);
    let points: Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(points.as_array().unwrap().len(), 1);
    let out = redline(&["timeline", dir.path().join("missing.txt").to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(stderr(&out).lines().count(), 1);
    let out = redline(&["timeline", "--format", "xml"]);
    assert_eq!(out.status.code(), Some(2));
}
