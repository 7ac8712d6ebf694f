//! Properties of `digest` and `compare` over arbitrary text ("Never a crash", issue 10): every
//! span in a Digest is in bounds and on char boundaries, sentences sit in reading order inside
//! their paragraph, the Digest is deterministic and survives JSON, and `compare` of any two
//! Digests holds spans of the right text. The invariants live in `support/spans.rs`, shared with
//! the edge-input tests and the fuzz targets.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use lede::engine::{CalendarDate, Digest, Options, compare, digest};
use proptest::prelude::*;
use support::spans::{check_comparison, check_digest, spans_in};

/// Pieces news text is made of, and the awkward characters pasted text brings along.
const PIECES: &[&str] = &[
    "The",
    "said",
    "President",
    "Barack Obama",
    "Moscow",
    "Reuters",
    "U.S.",
    "U.N.",
    "Mr.",
    "Dr.",
    "Inc.",
    "Jan.",
    "July 23",
    "July 23, 2009",
    "on Monday",
    "last year",
    "yesterday",
    "in 2008",
    "2009-07-27",
    "10",
    "3.5",
    "1,200",
    "17.3 million",
    "$",
    "$180 million",
    "%",
    "10 percent",
    "up 5% from a year ago",
    "half",
    "\"",
    "“",
    "”",
    "‘",
    "’",
    "'",
    "«",
    "»",
    "„",
    ".",
    ". ",
    "...",
    "…",
    ",",
    ";",
    ":",
    "?",
    "!",
    "(",
    ")",
    "[",
    "]",
    "—",
    "–",
    "-",
    "\n",
    "\n\n",
    "\r\n",
    "\r\n\r\n",
    "\r",
    "\t",
    "\0",
    "By John Smith",
    "WASHINGTON (Reuters) -",
    "MOSCOW, July 23 (AP) —",
    "Updated 10:45 a.m. ET",
    "Advertisement",
    "Read more:",
    "Share this article",
    "* ",
    "- ",
    "1. ",
    "# ",
    "## ",
    "> ",
    "**",
    "_",
    "`",
    "```",
    "[a link](https://example.org)",
    "![alt](http://x/y.png)",
    "<b>",
    "</b>",
    "&amp;",
    "مرحبا بالعالم",
    "قال الرئيس",
    "שלום עולם",
    "אמר",
    "\u{200f}",
    "\u{200e}",
    "北京",
    "中华人民共和国",
    "東京都",
    "한국어",
    "😀",
    "👩‍👩‍👧",
    "🇺🇸",
    "e\u{301}",
    "a\u{0308}\u{0301}",
    "\u{fe0f}",
    "\u{feff}",
    "ǅ",
    "İstanbul",
    "ß",
    "Ⅻ",
    "½",
    "١٢٣",
    "٪",
    "€5",
    "£",
    "¥",
];

/// Text shaped like a pasted article: known pieces, capitalised words and numbers, joined by
/// spaces, nothing or line breaks.
fn news_like() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        4 => proptest::sample::select(PIECES).prop_map(str::to_owned),
        2 => "[A-Z][a-z]{0,9}",
        2 => "[a-z]{1,8}",
        1 => "[0-9]{1,7}",
        1 => "[0-9]{1,3}(,[0-9]{3}){0,3}(\\.[0-9]{1,2})?",
        1 => any::<char>().prop_map(String::from),
    ];
    let separator = prop_oneof![6 => Just(" "), 2 => Just(""), 1 => Just("\n"), 1 => Just("\n\n")];
    proptest::collection::vec((piece, separator), 0..160)
        .prop_map(|parts| parts.into_iter().flat_map(|(p, s)| [p, s.to_owned()]).collect())
}

/// Any text: arbitrary chars, or news-like text.
fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![1 => any::<String>(), 1 => "[\\x00-\\x7f]{0,300}", 4 => news_like()]
}

fn published() -> Options {
    Options { published: Some(CalendarDate::new(2009, 7, 27).expect("a date")) }
}

fn checked(text: &str, options: &Options) -> Result<Digest, TestCaseError> {
    let d = digest(text, options);
    check_digest(text, &d).map_err(TestCaseError::fail)?;
    Ok(d)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn every_span_is_in_bounds_and_on_char_boundaries(text in any_text()) {
        checked(&text, &Options::default())?;
        checked(&text, &published())?;
    }

    #[test]
    fn digest_is_deterministic_and_survives_json(text in any_text()) {
        let first = digest(&text, &Options::default());
        let json = serde_json::to_string(&first).map_err(|e| TestCaseError::fail(e.to_string()))?;
        let again = serde_json::to_string(&digest(&text, &Options::default()))
            .map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(&json, &again, "two runs differ");
        let back: Digest = serde_json::from_str(&json)
            .map_err(|e| TestCaseError::fail(format!("does not read back: {e}")))?;
        prop_assert_eq!(back, first);
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn compare_of_any_two_digests_holds_spans_of_the_right_text(
        a in any_text(),
        b in any_text(),
        shared in news_like(),
    ) {
        // Half the time the two share a passage, so alignment and differences have work to do.
        let b = if b.len() % 2 == 0 { format!("{shared}\n\n{b}") } else { b };
        let a = format!("{a}\n\n{shared}");
        let (da, db) = (checked(&a, &Options::default())?, checked(&b, &published())?);
        let comparison = compare((&da, &a), (&db, &b));
        check_comparison((&da, &a), (&db, &b), &comparison).map_err(TestCaseError::fail)?;
    }
}

/// The walker must find the spans it is meant to check, or the properties above prove nothing.
#[test]
fn the_span_walker_sees_every_kind_of_fact() {
    let path = format!("{}/tests/corpus/seed-reuters.txt", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(path).expect("corpus article");
    let d = digest(&text, &Options::default());
    check_digest(&text, &d).expect("corpus digest holds");
    let json = serde_json::to_value(&d).expect("serialises");
    let paths: Vec<String> = spans_in(&json).into_iter().map(|f| f.path).collect();
    for kind in [
        "$.paragraphs[",
        "$.sentences[",
        "$.dates.mentions[",
        "$.figures[",
        "$.entities[",
        "$.quotes[",
        "$.summary.gist",
    ] {
        assert!(paths.iter().any(|p| p.starts_with(kind)), "no span under {kind}");
    }
    assert!(!paths.iter().any(|p| p.ends_with(".sentences")), "a sentence range taken for a span");
    let comparison = compare((&d, &text), (&d, &text));
    check_comparison((&d, &text), (&d, &text), &comparison).expect("self-comparison holds");
}
