//! Fuzzes the HTML-to-text walk the page runs on pasted HTML and dropped .html files: arbitrary
//! bytes are parsed by html5ever (the HTML standard's parsing algorithm, the one the browser's
//! DOMParser follows), walked by `lede::html_text`, and the text is digested. Checks: no panic;
//! the text starts and ends inside a block (never with a line break); every span invariant of
//! the Digest of that text.
#![no_main]

use html5ever::tendril::TendrilSink;
use html5ever::{ParseOpts, parse_document};
use lede::engine::{Options, digest};
use lede::html_text::{HtmlNode, NodeKind, page_text};
use libfuzzer_sys::fuzz_target;
use markup5ever_rcdom::{Handle, NodeData, RcDom};

#[path = "../../tests/support/spans.rs"]
#[allow(dead_code)]
mod spans;

/// A node of html5ever's reference DOM, as the walk sees it.
struct Dom(Handle);

impl HtmlNode for Dom {
    type Children = std::vec::IntoIter<Dom>;

    fn kind(&self) -> NodeKind {
        match &self.0.data {
            NodeData::Text { contents } => NodeKind::Text(contents.borrow().to_string()),
            NodeData::Element { name, .. } => NodeKind::Element(name.local.to_string()),
            _ => NodeKind::Other,
        }
    }

    fn attribute(&self, name: &str) -> Option<String> {
        match &self.0.data {
            NodeData::Element { attrs, .. } => attrs
                .borrow()
                .iter()
                .find(|attr| attr.name.ns.is_empty() && &*attr.name.local == name)
                .map(|attr| attr.value.to_string()),
            _ => None,
        }
    }

    fn children(&self) -> Self::Children {
        self.0.children.borrow().iter().cloned().map(Dom).collect::<Vec<_>>().into_iter()
    }
}

/// The first child of `node` that is an element named one of `names` (as `document.body` is
/// found: the `<body>` or `<frameset>` child of the `<html>` element).
fn child_named(node: &Handle, names: &[&str]) -> Option<Handle> {
    node.children
        .borrow()
        .iter()
        .find(|child| {
            matches!(&child.data, NodeData::Element { name, .. } if names.contains(&&*name.local))
        })
        .cloned()
}

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
