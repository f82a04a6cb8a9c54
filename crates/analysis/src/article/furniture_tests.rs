//! Page furniture on invented lines: every kind, and text that only looks like it.

use super::*;

fn kind(line: &str) -> Line {
    classify(line, &(0..line.len()), &Language::bundled())
}

fn dates(line: &str) -> Vec<String> {
    match kind(line) {
        Line::Furniture(d) | Line::Byline(_, d) => d.iter().map(|d| d.0.iso()).collect(),
        _ => Vec::new(),
    }
}

fn byline(line: &str) -> Option<String> {
    match kind(line) {
        Line::Byline(r, _) => Some(line[r].to_string()),
        _ => None,
    }
}

fn credit(s: &str) -> Option<&str> {
    credit_start(s, &Language::bundled().page).map(|k| s[..k].trim_end())
}

#[test]
fn metadata_date_and_time_lines() {
    for line in [
        "News ID: 110486",
        "Category: World",
        "3 min read",
        "Reading time: 5 minutes",
        "08:18",
        "22:35",
        "Published",
        "3 hours ago",
        "This article is more than 1 year old",
        "Updated 2 years ago",
    ] {
        assert!(matches!(kind(line), Line::Furniture(_)), "{line}");
    }
    assert_eq!(dates("Publish Date : 23 December 2022 - 22:34"), ["2022-12-23"]);
    assert_eq!(dates("Updated on: February 27, 2022 / 8:26 PM EST / CBS News"), ["2022-02-27T20:26:00-05:00"]);
    assert_eq!(dates("Source: Xinhua| 2022-02-28 10:15:23|Editor: huaxia"), ["2022-02-28"]);
    assert_eq!(dates("TOI World Desk / Updated: Feb 27, 2022, 20:14 IST"), ["2022-02-27T20:14:00+05:30"]);
}

#[test]
fn labels_fields_and_bylines() {
    for line in [
        "U.S. Politics",
        "Watch CBS News",
        "Share",
        "News|Russia-Ukraine war",
        "Home / World / Europe",
        "Related: Embassy staff told to leave within a week",
        "We use cookies to give you the best experience on our site.",
    ] {
        assert!(matches!(kind(line), Line::Furniture(_)), "{line}");
    }
    assert_eq!(kind("Image caption,"), Line::CaptionMarker);
    assert_eq!(byline("By Jane Roe | Fox News").as_deref(), Some("Jane Roe"));
    assert_eq!(byline("By Euronews with AP • Updated: 27/02/2022 - 20:14").as_deref(), Some("Euronews with AP"));
    assert_eq!(dates("By Euronews with AP • Updated: 27/02/2022 - 20:14"), ["2022-02-27"]);
    assert_eq!(byline("By Global Times Published: Dec 23, 2022 10:34 PM").as_deref(), Some("Global Times"));
    assert_eq!(byline("By Jane Roe March 9, 2022").as_deref(), Some("Jane Roe"));
    assert_eq!(byline("Written by Desk 9").as_deref(), Some("Desk 9"));
}

#[test]
fn credits_alone_and_closing_captions() {
    for line in [
        "Alex Brandon | Reuters",
        "Getty Images",
        "AFP via Getty Images",
        "REUTERS/Kevin Lamarque",
        "Photo: Kremlin press service",
        "Image source, Getty Images",
    ] {
        assert_eq!(kind(line), Line::Credit, "{line}");
    }
    assert_eq!(
        credit("Envoy: a war \u{2018}must never be fought\u{2019} (Picture: AP)"),
        Some("Envoy: a war \u{2018}must never be fought\u{2019}")
    );
    assert_eq!(credit("The envoy arrives for talks. (AP Photo/Omar Said)"), Some("The envoy arrives for talks."));
    assert_eq!(
        credit("The minister in Brussels, March 4, 2022. REUTERS/Johanna Gerlach"),
        Some("The minister in Brussels, March 4, 2022.")
    );
    assert_eq!(
        credit("The leader on Monday.Credit...Mikhail Sorin/Sputnik, via Reuters"),
        Some("The leader on Monday.")
    );
    assert_eq!(credit("The president speaks. Photograph: Jane Roe/AP"), Some("The president speaks."));
    assert_eq!(credit("Delegates at the summit [Jane Roe/Reuters]"), Some("Delegates at the summit"));
    let page = Language::bundled().page;
    assert!(is_caption("Image caption, The minister spoke to reporters after the meeting", &page));
    assert!(is_caption("The envoy arrives for talks. (AP Photo/Omar Said)", &page));
}

#[test]
fn text_that_only_looks_like_furniture() {
    for line in [
        "Putin warns the West over missiles",
        "Vell: Bravia understands the response to security threats",
        "Biden/Putin Summit Ends With No Deal",
        "Senate Passes Bill to File Suit",
        "AP: Trump chair routed money to lobbyists",
        "Clinton: I support statehood.",
        "Photos, videos and posts spread quickly online after the attack.",
        "On February 27, 2022, the envoy met his counterpart in Geneva to discuss the talks",
    ] {
        assert_eq!(kind(line), Line::Text, "{line}");
    }
    for s in [
        "He said the alliance would respond (NATO).",
        "The talks ended. The Kremlin",
        "(Subscribe to the podcast on iTunes.)",
        "(Reporting by Jane Roe; Editing by John Doe.)",
    ] {
        assert_eq!(credit(s), None, "{s}");
    }
}
