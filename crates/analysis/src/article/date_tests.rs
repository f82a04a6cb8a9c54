//! Every date format the parser reads, each on an invented line.

use super::*;
use crate::text::language::Language;

fn dates(line: &str) -> Vec<(String, Label)> {
    let lang = Language::bundled();
    read_line(line, &lang.page).stamps.into_iter().map(|(s, l)| (s.iso(), l)).collect()
}

fn first(line: &str) -> Option<String> {
    dates(line).into_iter().next().map(|d| d.0)
}

#[test]
fn formats_with_and_without_time_and_zone() {
    for (line, iso) in [
        ("2022-02-27", "2022-02-27"),
        ("2022-02-27T20:14:00-05:00", "2022-02-27T20:14:00-05:00"),
        ("2022-02-27T20:14:00.000Z", "2022-02-27T20:14:00+00:00"),
        ("2022-02-28 10:15:23", "2022-02-28"),
        ("Date 27.02.2022", "2022-02-27"),
        ("27/02/2022 - 20:14", "2022-02-27"),
        ("02/27/2022 08:14 PM EST", "2022-02-27T20:14:00-05:00"),
        ("03/04/2022 10:00 AM EST", "2022-03-04T10:00:00-05:00"),
        ("03/04/2022", "2022-04-03"),
        ("February 27, 2022", "2022-02-27"),
        ("Feb. 27, 2022 at 8:14 p.m. EST", "2022-02-27T20:14:00-05:00"),
        ("Published February 27, 2022 8:14pm EST", "2022-02-27T20:14:00-05:00"),
        ("PUBLISHED THU, MAR 3 2022 11:34 AM EST", "2022-03-03T11:34:00-05:00"),
        ("Mon 28 Feb 2022 14.30 GMT", "2022-02-28T14:30:00+00:00"),
        ("23 December 2022 - 22:34", "2022-12-23"),
        ("Publish Date : 23 December 2022 - 22:34", "2022-12-23"),
        ("03 December 2022, 00:51", "2022-12-03"),
        ("28 Feb, 2022 14:25", "2022-02-28"),
        ("the 24th of February, 2022", "2022-02-24"),
        ("Sept. 1, 2022", "2022-09-01"),
        ("DECEMBER 23, 2022", "2022-12-23"),
        ("Updated 5:12 PM EST, Sun February 27, 2022", "2022-02-27T17:12:00-05:00"),
        ("Updated 3:55 PM GMT+1, February 24, 2022", "2022-02-24T15:55:00+01:00"),
        ("12:30 GMT 23.12.2022", "2022-12-23T12:30:00+00:00"),
        ("Feb 27, 2022, 20:14 IST", "2022-02-27T20:14:00+05:30"),
        ("March 1, 20226:12 AM GMT", "2022-03-01T06:12:00+00:00"),
        ("July 4, 2022 9:00 a.m. ET", "2022-07-04T09:00:00-04:00"),
        ("January 4, 2022 9:00 a.m. ET", "2022-01-04T09:00:00-05:00"),
        ("2022-02-27 10:15 +0300", "2022-02-27"),
        ("2022-02-27T10:15+0300", "2022-02-27T10:15:00+03:00"),
    ] {
        assert_eq!(first(line).as_deref(), Some(iso), "{line}");
    }
}

#[test]
fn no_date_without_a_year_or_a_real_day() {
    for line in [
        "Feb. 27",
        "on Sunday",
        "3 hours ago",
        "NEW YORK, Dec. 22 (UPI)",
        "February 30, 2022",
        "13/13/2022",
        "News ID: 110486",
        "Version 1.2.3",
        "14.30",
        "",
    ] {
        assert_eq!(first(line), None, "{line}");
    }
}

#[test]
fn labels_are_read_per_date() {
    assert_eq!(
        dates("Issued on: 27/02/2022 - 20:14 Modified: 28/02/2022 - 10:14"),
        [("2022-02-27".into(), Label::Published), ("2022-02-28".into(), Label::Updated)]
    );
    assert_eq!(
        dates("12:30 GMT 23.12.2022 (Updated: 14:00 GMT 24.12.2022)"),
        [("2022-12-23T12:30:00+00:00".into(), Label::None), ("2022-12-24T14:00:00+00:00".into(), Label::Updated)]
    );
    assert_eq!(dates("Last modified on Mon 28 Feb 2022")[0].1, Label::Updated);
    assert_eq!(dates("First published on Mon 28 Feb 2022")[0].1, Label::Published);
}

#[test]
fn other_words_clocks_and_relative_times() {
    let lang = Language::bundled();
    let read = |l: &str| read_line(l, &lang.page);
    assert_eq!(read("Updated on: February 27, 2022 / 8:26 PM / CBS News").other_words, 2);
    assert_eq!(read("On February 27, 2022, the envoy met his counterpart in Geneva").other_words, 5);
    assert!(read("22:35").clock && read("08:18").clock && read("1:02:33").clock);
    assert!(read("This article is more than 1 year old").relative);
    assert!(read("Updated 2 years ago").relative && read("Updated 2 years ago").labelled);
    assert!(!read("He waited 3 hours for the talks").relative);
    assert_eq!(read("News ID: 110486").other_words, 3);
}
