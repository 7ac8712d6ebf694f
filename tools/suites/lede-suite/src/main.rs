//! `lede-suite [--html] FILE...`: each file through one of Lede's two paste paths, one JSON
//! line per file with what the reader view shows: headline, byline, publication date and the
//! body text (highlights, body and subheading paragraphs: what the reader view shows as the article).
//!
//! Without `--html` a file is the text a browser copy gives (`document.body.innerText`); with it
//! a file is a page's HTML, parsed by html5ever (the HTML standard's algorithm, which the
//! browser's DOMParser follows) and walked by `lede::html_text`, as a paste of copied HTML is.
//! `--show-text` adds the text read and each paragraph's role (for looking into one page).
//! Part of `scripts/suites`, a benchmark: nothing here is a test.

use std::io::{self, Write};
use std::process::ExitCode;

use html5ever::tendril::TendrilSink;
use html5ever::{ParseOpts, parse_document};
use lede::engine::{Digest, Options, Role, digest};
use lede::html_prepare::prepare;
use lede::html_text::page_text;
use markup5ever_rcdom::RcDom;
use serde_json::json;

#[path = "../../../../fuzz/html5ever_dom.rs"]
mod html5ever_dom;
use html5ever_dom::{Dom, child_named};

/// The text a paste of `html` hands the engine, as the page's paste path (`ui/paste.rs`) takes
/// it: cut down by `html_prepare` first (what the page never parses is never read here either;
/// HTML past its size limit, which the page refuses, is read whole), then parsed and walked.
fn html_to_text(html: &str) -> String {
    let prepared = prepare(html).map_or_else(|_| html.to_owned(), |p| p.html);
    let dom: RcDom = parse_document(RcDom::default(), ParseOpts::default()).one(prepared);
    let root = child_named(&dom.document, &["html"]);
    root.map_or_else(String::new, |root| page_text(&Dom(root)))
}

/// What the reader view shows of `digest`, as JSON.
fn view(text: &str, digest: &Digest) -> serde_json::Value {
    let words = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    let body: Vec<String> = digest
        .paragraphs
        .iter()
        .filter(|p| matches!(p.role, Role::Highlight | Role::Body | Role::Subheading))
        .map(|p| p.span.of(text).to_owned())
        .collect();
    json!({
        "headline": digest.headline.map(|s| words(s.of(text))),
        "byline": digest.byline.iter().map(|s| words(s.of(text))).collect::<Vec<_>>(),
        "published": digest.published.map(|p| p.date.to_string()),
        "body": body.join("\n\n"),
        "chars": text.len(),
    })
}

fn main() -> ExitCode {
    let (mut html, mut show_text) = (false, false);
    let mut files = Vec::new();
    for arg in std::env::args().skip(1) {
        match arg.as_str() {
            "--html" => html = true,
            // the text the engine read, and each paragraph's role: for looking into one page
            "--show-text" => show_text = true,
            _ => files.push(arg),
        }
    }
    let mut out = io::stdout().lock();
    for file in files {
        let line = match std::fs::read(&file) {
            Ok(bytes) => {
                let raw = String::from_utf8_lossy(&bytes);
                let text = if html { html_to_text(&raw) } else { raw.into_owned() };
                let digest = digest(&text, &Options::default());
                let mut v = view(&text, &digest);
                v["file"] = json!(file);
                if show_text {
                    v["text"] = json!(text);
                    v["roles"] = json!(
                        digest
                            .paragraphs
                            .iter()
                            .map(|p| format!("{:?}\t{}", p.role, p.span.of(&text)))
                            .collect::<Vec<_>>()
                    );
                }
                v
            }
            Err(e) => json!({ "file": file, "error": e.to_string() }),
        };
        if writeln!(out, "{line}").is_err() {
            return ExitCode::FAILURE;
        }
    }
    ExitCode::SUCCESS
}
