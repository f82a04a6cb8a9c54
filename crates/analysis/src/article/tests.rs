//! The article's parts on invented texts: header and chrome, paragraphs, datelines, word
//! counts, line endings.

use super::*;

fn parse(t: &str) -> (Article, Vec<String>) {
    let a = Article::parse(t, &Language::bundled());
    let paras = a.paragraphs.iter().map(|r| t[r.clone()].to_string()).collect();
    (a, paras)
}

#[test]
fn finds_header_parts_and_drops_chrome() {
    let t = "World News\n\nMinister warns of consequences over border dispute\n\nBy Jane Roe\n\n\
             OSLO (NTB): The minister spoke for an hour on Monday about the dispute.\n\
             A second paragraph follows here with enough words to count.\n\n\
             About the author\n\nJane Roe writes about things.\n";
    let (a, paras) = parse(t);
    assert_eq!(&t[a.title.clone().unwrap()], "Minister warns of consequences over border dispute");
    assert_eq!(&t[a.byline.clone().unwrap()], "Jane Roe");
    assert_eq!(&t[a.dateline.clone().unwrap()], "OSLO (NTB)");
    assert_eq!(paras.len(), 2);
    assert!(paras[0].starts_with("OSLO"));
}

#[test]
fn hard_wrapped_prose_is_one_paragraph() {
    let t = "The delegation arrived late in the\nevening and went straight into\ntalks with the hosts.\n\nNext one is here, and it is a sentence.\n";
    let (a, paras) = parse(t);
    assert_eq!(a.title, None);
    assert_eq!(paras.len(), 2);
    assert!(paras[0].contains("evening and went"));
}

#[test]
fn datelines_of_several_shapes() {
    for (p, d) in [
        ("WASHINGTON (Reuters) - The talks went on for a while.", Some("WASHINGTON (Reuters)")),
        ("KYIV, Ukraine (AP) — The talks went on for a while.", Some("KYIV, Ukraine (AP)")),
        ("BRUSSELS: The talks went on.", Some("BRUSSELS")),
        ("NATO said the talks went on.", None),
        ("MOGADISHU, June 3 (Xinhua) -- The talks went on.", Some("MOGADISHU, June 3 (Xinhua)")),
        ("Bamako (AFP) – The talks went on.", Some("Bamako (AFP)")),
        ("Tripoli, Libya – The talks went on.", Some("Tripoli, Libya")),
        ("Talks – the long view.", None),
        ("Russia: the talks went on.", None),
        ("I: the talks", None),
    ] {
        let r = 0..p.len();
        assert_eq!(dateline(p, &r).map(|r| &p[r]), d, "{p}");
    }
}

#[test]
fn words_are_counted_as_split_whitespace_counts_them() {
    for s in
        ["", " a  b\tc\r\nd ", "\u{a0}x\u{2003}y\u{3000}", "na\u{ef}ve caf\u{e9} \u{201c}q\u{201d}", "\x0bv\x0cw\x1cz"]
    {
        assert_eq!(words(s), s.split_whitespace().count(), "{s:?}");
        for n in 0..5 {
            assert_eq!(at_most(s, n), s.split_whitespace().nth(n).is_none(), "{s:?} {n}");
        }
    }
}

#[test]
fn crlf_and_text_without_header() {
    let t = "\u{201C}We will not wait,\u{201D} she said on the phone to reporters.\r\nAnother line of text here, long enough to count as body.\r\n";
    let (a, paras) = parse(t);
    assert_eq!(a.title, None);
    assert_eq!(paras.len(), 2);
    assert!(!paras[0].ends_with('\r'));
}
