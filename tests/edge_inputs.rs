//! Inputs of note ("Never a crash", issue 10): empty, blank, huge, binary-ish, every script,
//! and runs of one character by the hundred thousand. Each row must digest without a panic,
//! hold every span invariant, and compare with itself. Times are printed, never asserted:
//! `cargo test --release --test edge_inputs -- --nocapture` shows them (`EDGE_ONLY=quotes` for
//! the rows whose name holds "quotes").
#![cfg(not(target_arch = "wasm32"))]

mod support;

use std::time::Instant;

use lede::engine::{CalendarDate, Options, compare, digest};
use support::spans::{check_comparison, check_digest};

const KB: usize = 1 << 10;
const MB: usize = 1 << 20;

fn corpus(name: &str) -> String {
    let path = format!("{}/tests/corpus/{name}.txt", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(path).expect("corpus article")
}

/// `piece` repeated until the text is at least `len` bytes.
fn fill(piece: &str, len: usize) -> String {
    piece.repeat(len.div_ceil(piece.len()))
}

fn numbered(count: usize, line: impl Fn(usize) -> String) -> String {
    (0..count).map(line).collect()
}

const PROSE: &str = "The U.S. said on July 23 that $1.5 billion, up 10% from a year ago, went to “Moscow,” Mr. Smith said. ";
const CAPITALISED: &str = "Barack Obama Moscow Reuters ";
const DATES: &str = "on July 23, 2009, ";
const NAMES: &str = "John Smith met Jane Doe in Moscow. ";
const FIGURES: &str = "$1.5 billion, up 10%, 3 people. ";

fn bullets(count: usize) -> String {
    numbered(count, |i| format!("- Item {i} said Mr. Smith on July 23.\n"))
}

/// The inputs of note at full size that take seconds in a release build (superlinear time in
/// the engine, reported on issue 10). Ignored by default; run them with
/// `cargo test --release --test edge_inputs -- --ignored --nocapture`.
fn slow_rows() -> Vec<(&'static str, String)> {
    vec![
        ("one 1 MB line of prose", fill(PROSE, MB)),
        ("one 1 MB line of capitalised words", fill(CAPITALISED, MB)),
        ("50,000-item bullet list", bullets(50_000)),
        ("20,000 dates", fill(DATES, 20_000 * DATES.len())),
        ("20,000 names", fill(NAMES, 20_000 * NAMES.len())),
        ("20,000 figures", fill(FIGURES, 20_000 * FIGURES.len())),
    ]
}

/// Every other input of note, at full size, and the slow shapes above at a tenth of it.
fn rows() -> Vec<(&'static str, String)> {
    vec![
        ("empty", String::new()),
        // Found by the property test: a dash before a timestamp's date, a multi-byte char
        // right where the weekday would be.
        ("em dash before a date", "\u{2014} July 23, 2009 ".into()),
        ("a single space", " ".into()),
        ("whitespace only", fill(" \t\n\r\n\u{a0}\u{3000}\u{2028}\u{feff}", 10_000)),
        ("a single newline", "\n".into()),
        ("one 64 KB line of prose", fill(PROSE, 64 * KB)),
        ("one 64 KB line of capitalised words", fill(CAPITALISED, 64 * KB)),
        ("one 1 MB word", "a".repeat(MB)),
        ("NUL bytes only", "\0".repeat(100_000)),
        ("NUL bytes in an article", corpus("seed-reuters").replace(' ', " \0")),
        ("CRLF article", corpus("seed-reuters").replace('\n', "\r\n")),
        ("CR-only article", corpus("seed-rferl").replace('\n', "\r")),
        (
            "Arabic (RTL) article",
            fill(
                "القاهرة (رويترز) - قال الرئيس يوم الاثنين إن ١٢٣ شخصا قتلوا. \"لن نتراجع\" قال.\n\n",
                200_000,
            ),
        ),
        (
            "Hebrew (RTL) with marks",
            fill("\u{200f}ירושלים — אמר ראש הממשלה ביום שני: „לא נוותר”.\u{200e}\n", 100_000),
        ),
        (
            "CJK article",
            fill(
                "北京（路透社）7月23日电 — 中华人民共和国外交部发言人说：“我们反对。”\n\n",
                200_000,
            ),
        ),
        (
            "Japanese and Korean",
            fill("東京都は２３日、１０％増と発表した。서울 — 한국어 문장입니다.\n", 100_000),
        ),
        ("emoji and ZWJ sequences", fill("👩‍👩‍👧 🇺🇸 said 😀 on July 23 ❤️\u{fe0f} 100% 🎉. ", 100_000)),
        (
            "combining marks piled on one letter",
            format!("Mr. E{} said.", "\u{301}\u{308}".repeat(10_000)),
        ),
        ("100,000 straight double quotes", "\"".repeat(100_000)),
        ("100,000 curly opening quotes", "“".repeat(100_000)),
        ("100,000 alternating curly quotes", "“”".repeat(50_000)),
        ("100,000 quoted words", "\"a\" ".repeat(100_000)),
        ("100,000 apostrophes", "'".repeat(100_000)),
        ("100,000 guillemets", "«".repeat(100_000)),
        ("100,000 periods", ".".repeat(100_000)),
        ("100,000 spaced periods", ". ".repeat(100_000)),
        ("100,000 abbreviations", "U.S. ".repeat(100_000)),
        ("100,000 ellipses", "…".repeat(100_000)),
        ("deeply nested parentheses", format!("{}x{}", "(".repeat(50_000), ")".repeat(50_000))),
        (
            "deeply nested brackets of every kind",
            format!("{}x{}", "([{".repeat(20_000), "}])".repeat(20_000)),
        ),
        ("unclosed Markdown links", "[".repeat(100_000)),
        (
            "nested Markdown links",
            format!("{}x{}", "[".repeat(30_000), "](http://a)".repeat(30_000)),
        ),
        ("unclosed Markdown images", "![a](".repeat(30_000)),
        ("100,000 emphasis marks", "*".repeat(100_000)),
        ("alternating emphasis", "**a_ ".repeat(30_000)),
        ("100,000 backticks", "`".repeat(100_000)),
        ("unclosed code fence", format!("```\n{}", fill("let x = 1;\n", 200_000))),
        ("5,000-item bullet list", bullets(5_000)),
        ("2,000 dates", fill(DATES, 2_000 * DATES.len())),
        ("2,000 names", fill(NAMES, 2_000 * NAMES.len())),
        ("2,000 figures", fill(FIGURES, 2_000 * FIGURES.len())),
        ("50,000-item numbered list", numbered(50_000, |i| format!("{}. Point {i}\n", i + 1))),
        ("100,000 one-letter lines", "A\n".repeat(100_000)),
        ("100,000 blank paragraphs", "\n\n \n".repeat(100_000)),
        ("100,000 headings", "# H\n".repeat(100_000)),
        ("a 400-digit number", "1".repeat(400)),
        ("a 400-digit dollar amount", format!("It cost ${} billion.", "9".repeat(400))),
        ("a 400-digit percentage", format!("Up {}% from a year ago.", "9".repeat(400))),
        ("a 400-digit decimal", format!("Rate 0.{} percent.", "3".repeat(400))),
        ("a 400-digit grouped number", format!("{} people", vec!["999"; 134].join(","))),
        ("a 400-digit year", format!("In {} the war ended.", "2".repeat(400))),
        ("400-digit date parts", format!("July {0}, {0}", "1".repeat(400))),
        ("20,000 attributions", fill("“Yes,” he said. ", 20_000 * 18)),
        (
            "bylines and datelines everywhere",
            fill("By John Smith\nMOSCOW, July 23 (Reuters) -\n", 100_000),
        ),
        ("chrome lines", fill("Advertisement\nShare this article\nRead more:\n", 100_000)),
        (
            "HTML soup",
            fill("<div onclick=\"x()\"><script>alert(1)</script>&amp;&#x27;</div>", 100_000),
        ),
        ("the replacement character", "\u{fffd}".repeat(100_000)),
        (
            "every ASCII control character",
            (0u8..32).map(char::from).collect::<String>().repeat(3_000),
        ),
        ("noncharacters and private use", fill("\u{fffe}\u{ffff}\u{e000}\u{10ffff}", 100_000)),
        // The shapes of the hostile-input probe (issue 24).
        ("line-separator article", corpus("seed-rferl").replace('\n', "\u{2028}")),
        ("paragraph-separator article", corpus("seed-rferl").replace("\n\n", "\u{2029}")),
        ("100,000 line separators", "\u{2028}".repeat(100_000)),
        ("100,000 lone carriage returns", "a\r".repeat(100_000)),
        ("carriage-return runs", fill("Text.\r\r\r\r\n", 200_000)),
        (
            "BOM and bidi controls before every line",
            fill("\u{feff}\u{202b}\u{2067}Line of text.\u{202c}\n", 200_000),
        ),
        (
            "space-grouped numbers",
            fill(
                "1 000 000 tonnes, \u{20ac}1 234,56 million, 12\u{a0}345\u{2009}678 cars. ",
                200_000,
            ),
        ),
        ("point-grouped numbers", fill("1.000.000 people and 1.234,5 euros. ", 200_000)),
        ("signed numbers", fill("-5 percent, \u{2212}3.5 points, 2-1, 1990-5. ", 200_000)),
        (
            "full-width and Arabic-Indic digits",
            fill("\u{ff17}\u{ff16} percent and \u{0663}\u{0664}\u{0665} people. ", 200_000),
        ),
        (
            "zero-width characters inside numbers",
            fill("4.\u{200b}2 percent, 1\u{200d}000 people. ", 200_000),
        ),
        ("one 1 MB space-grouped number", format!("1{} tonnes", " 000".repeat(MB / 4))),
        ("one 1 MB no-break-spaced number", format!("1{} tonnes", "\u{a0}000".repeat(MB / 5))),
        ("alternating digits and spaces", "5 100 ".repeat(100_000)),
        ("100,000 minus signs before digits", "-1 ".repeat(100_000)),
        ("100,000 nested quote markers", format!("{}deep", "> ".repeat(100_000))),
        ("100,000 packed quote markers", format!("{} deep", ">".repeat(100_000))),
    ]
}

/// Line endings of every kind, and the invisible characters a file may open with, leave the
/// document's header as it is: a dropped old-Mac text keeps its headline, byline and dateline.
#[test]
fn every_line_ending_and_an_invisible_opening_keep_the_header() {
    let article = corpus("seed-reuters");
    let header = |text: &str| {
        let d = digest(text, &Options::default());
        (
            d.headline.map(|s| s.of(text).to_owned()),
            d.byline.iter().map(|s| s.of(text).to_owned()).collect::<Vec<_>>(),
            d.dateline.map(|s| s.span.of(text).to_owned()),
            d.sentences.len(),
        )
    };
    let expected = header(&article);
    assert!(expected.0.is_some() && expected.2.is_some(), "the article has a header: {expected:?}");
    #[rustfmt::skip]
    let rows: &[(&str, String)] = &[
        ("lone carriage returns (old Mac)", article.replace('\n', "\r")),
        ("CRLF", article.replace('\n', "\r\n")),
        ("line separators", article.replace('\n', "\u{2028}")),
        ("a byte-order mark", format!("\u{feff}{article}")),
        ("bidi controls before the headline", format!("\u{202a}\u{200e}{article}")),
    ];
    for (row, text) in rows {
        assert_eq!(header(text), expected, "{row}");
    }
}

#[test]
fn no_edge_input_panics_or_breaks_a_span() {
    run(rows());
}

#[test]
#[ignore = "seconds each in release, minutes in debug: superlinear paths reported on issue 10"]
fn no_slow_edge_input_panics_or_breaks_a_span() {
    run(slow_rows());
}

fn run(rows: Vec<(&'static str, String)>) {
    let options = [
        Options::default(),
        Options { published: Some(CalendarDate::new(2009, 7, 27).expect("a date")) },
    ];
    // EDGE_ONLY=words runs only the rows whose name holds them (to time or profile one).
    let only = std::env::var("EDGE_ONLY").unwrap_or_default();
    for (name, text) in rows.into_iter().filter(|(name, _)| name.contains(only.as_str())) {
        for options in &options {
            let started = Instant::now();
            let d = digest(&text, options);
            let took = started.elapsed();
            if let Err(broken) = check_digest(&text, &d) {
                panic!("{name}: {broken}");
            }
            let started = Instant::now();
            let comparison = compare((&d, &text), (&d, &text));
            let compared = started.elapsed();
            if let Err(broken) = check_comparison((&d, &text), (&d, &text), &comparison) {
                panic!("{name} compared with itself: {broken}");
            }
            eprintln!(
                "{name:<40} {:>8} bytes  digest {:>8.1?}  compare {:>8.1?}",
                text.len(),
                took,
                compared
            );
        }
    }
}
