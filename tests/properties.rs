//! Properties of `digest` and `compare` over arbitrary text ("Never a crash", issue 10): every
//! span in a Digest is in bounds and on char boundaries, sentences sit in reading order inside
//! their paragraph, the Digest is deterministic and survives JSON, and `compare` of any two
//! Digests holds spans of the right text. The invariants live in `support/spans.rs`, shared with
//! the edge-input tests and the fuzz targets. A date, figure or name on the edge of a window a
//! long sentence is read in is found once and whole (issue 23).
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

/// Facts of each kind, with how to list what a Digest found of that kind. Names are invented.
const EDGE_FACTS: &[(&str, Kind)] = &[
    ("July 23, 2009", Kind::Date),
    ("23 July 2009", Kind::Date),
    ("2009-07-27", Kind::Date),
    ("last Tuesday", Kind::Date),
    ("$180 million", Kind::Figure),
    ("1,200 tonnes", Kind::Figure),
    ("17.3 percent", Kind::Figure),
    ("Arlen Voskuna", Kind::Name),
    ("Tolli Brandae-Okanu", Kind::Name),
];

/// Plain words that are no date, figure or name.
const FILLER: &[&str] = &["the", "board", "and", "port", "rose", "of", "its", "water", "plan"];

#[derive(Debug, Clone, Copy)]
enum Kind {
    Date,
    Figure,
    Name,
}

/// The spans of every fact of `kind` the Digest found.
fn found(d: &Digest, kind: Kind) -> Vec<lede::engine::Span> {
    match kind {
        Kind::Date => d.dates.mentions.iter().map(|m| m.span).collect(),
        Kind::Figure => d.figures.iter().flat_map(|f| f.mentions.iter().map(|m| m.span)).collect(),
        Kind::Name => d.entities.iter().flat_map(|e| e.mentions.iter().map(|m| m.span)).collect(),
    }
}

/// What the Digest found of `kind` overlapping `at..at + len`, as text.
fn found_at(text: &str, kind: Kind, at: usize, len: usize) -> Vec<String> {
    let d = digest(text, &Options::default());
    found(&d, kind)
        .into_iter()
        .filter(|s| s.start < at + len && at < s.end)
        .map(|s| s.of(text).to_owned())
        .collect()
}

/// One sentence without a full stop for tens of kilobytes (so extractors read it in windows),
/// holding `fact` at about byte `at`: filler words, drawn by `seed`, before and after it.
fn long_sentence_with(fact: &str, at: usize, seed: u64) -> (String, usize) {
    let mut state = seed | 1;
    let mut word = || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        FILLER[(state % FILLER.len() as u64) as usize]
    };
    let mut text = String::from("The");
    while text.len() + 1 < at {
        text.push(' ');
        text.push_str(word());
    }
    text.push(' ');
    let start = text.len();
    text.push_str(fact);
    while text.len() < start + 3 * lede::engine::bench_support::WINDOW {
        text.push(' ');
        text.push_str(word());
    }
    text.push('.');
    (text, start)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 192, failure_persistence: None, ..ProptestConfig::default() })]

    /// A sentence longer than a window is read in windows with margins (engine/text/window.rs): a
    /// date, figure or name that a window's edge cuts is still found once and whole, as it is
    /// found in a sentence of its own neighbourhood alone.
    #[test]
    fn a_fact_on_a_window_edge_is_found_once_and_whole(
        fact in 0..EDGE_FACTS.len(),
        // Half the cases on the first window's edge, where the cut falls inside the fact.
        at in prop_oneof![
            1 => (lede::engine::bench_support::WINDOW - 24)..(lede::engine::bench_support::WINDOW + 4),
            1 => 64..(3 * lede::engine::bench_support::WINDOW),
        ],
        seed in any::<u64>(),
    ) {
        let (fact, kind) = EDGE_FACTS[fact];
        let (text, start) = long_sentence_with(fact, at, seed);
        // The oracle: the fact's neighbourhood (well inside a window's margin) read alone.
        let from = text[..start.saturating_sub(120)].rfind(' ').map_or(0, |i| i + 1);
        let to = text[(start + fact.len() + 120).min(text.len())..]
            .find(' ')
            .map_or(text.len(), |i| i + (start + fact.len() + 120).min(text.len()));
        let alone = format!("{}.", &text[from..to]);
        let expected = found_at(&alone, kind, start - from, fact.len());
        prop_assert_eq!(expected.len(), 1, "{:?} alone: found {:?}", fact, expected);
        let got = found_at(&text, kind, start, fact.len());
        prop_assert_eq!(got, expected, "{:?} at byte {} of {}", fact, start, text.len());
    }
}
