//! Fuzzes the HTML-to-text walk the page runs on pasted HTML and dropped .html files: arbitrary
//! bytes are parsed by html5ever (the HTML standard's parsing algorithm, the one the browser's
//! DOMParser follows), walked by `lede::html_text`, and the text is digested. Checks: no panic;
//! the text starts and ends inside a block (never with a line break); every span invariant of
//! the Digest of that text.
#![no_main]

use html5ever::tendril::TendrilSink;
use html5ever::{ParseOpts, parse_document};
use lede::engine::{Options, digest};
use lede::html_text::page_text;
use libfuzzer_sys::fuzz_target;
use markup5ever_rcdom::RcDom;

#[path = "../html5ever_dom.rs"]
mod html5ever_dom;
use html5ever_dom::{Dom, child_named};

#[path = "../../tests/support/spans.rs"]
#[allow(dead_code)]
mod spans;

fuzz_target!(|data: &[u8]| {
    // The page gets a string from the clipboard or from a file it has checked is UTF-8.
    let html = String::from_utf8_lossy(data);
    let dom: RcDom = parse_document(RcDom::default(), ParseOpts::default()).one(&*html);
    let root = child_named(&dom.document, &["html"]);
    let text = root.map_or_else(String::new, |root| page_text(&Dom(root)));
    assert!(
        !text.starts_with('\n') && !text.ends_with('\n'),
        "text begins or ends a line: {text:?}"
    );
    let d = digest(&text, &Options::default());
    if let Err(broken) = spans::check_digest(&text, &d) {
        panic!("{broken}");
    }
});
