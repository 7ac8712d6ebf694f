//! Turning what the reader hands over (clipboard HTML, dropped files) into plain text.
//!
//! HTML never reaches the page as HTML: the browser's own DOMParser builds an inert document
//! (no scripts run, no images load in a parsed document) and `html_text` walks it for its
//! text, keeping headings, paragraphs, list items and block quotes as Markdown-shaped blocks.

use wasm_bindgen::JsCast;
use web_sys::{DomParser, Element, Node, SupportedType};

use crate::html_prepare;
use crate::html_text::{self, HtmlNode, NodeKind};

/// The text of an HTML fragment, blocks separated by blank lines.
///
/// The HTML is first cut down ([`html_prepare`]): the parsed document inherits the page's
/// Content-Security-Policy, which would report each inline style and handler in the console,
/// and the parse and the walk run on the page's own thread, so size and nesting are bounded.
pub fn html_to_text(html: &str) -> Result<String, String> {
    let prepared = html_prepare::prepare(html).map_err(|error| {
        let mut message = error.to_string();
        if let Some(first) = message.get_mut(..1) {
            first.make_ascii_uppercase();
        }
        format!("{message}.")
    })?;
    let parser =
        DomParser::new().map_err(|_| "This browser cannot read pasted HTML.".to_owned())?;
    let document = parser
        .parse_from_string(&prepared.html, SupportedType::TextHtml)
        .map_err(|_| "The pasted HTML could not be read.".to_owned())?;
    // the whole document: its head declares the title, author and date of a dropped page
    Ok(document
        .document_element()
        .map_or_else(String::new, |root| html_text::page_text(&DomNode(root.into()))))
}

/// A node of the parsed document, seen through the walk's eyes.
struct DomNode(Node);

/// The children of a DOM node, followed sibling by sibling.
struct DomChildren(Option<Node>);

impl Iterator for DomChildren {
    type Item = DomNode;

    fn next(&mut self) -> Option<DomNode> {
        let node = self.0.take()?;
        self.0 = node.next_sibling();
        Some(DomNode(node))
    }
}

impl HtmlNode for DomNode {
    type Children = DomChildren;

    fn kind(&self) -> NodeKind {
        match self.0.node_type() {
            Node::TEXT_NODE => NodeKind::Text(self.0.node_value().unwrap_or_default()),
            Node::ELEMENT_NODE => match self.0.dyn_ref::<Element>() {
                Some(element) => NodeKind::Element(element.tag_name()),
                None => NodeKind::Other,
            },
            _ => NodeKind::Other,
        }
    }

    fn attribute(&self, name: &str) -> Option<String> {
        self.0.dyn_ref::<Element>().and_then(|element| element.get_attribute(name))
    }

    fn children(&self) -> DomChildren {
        DomChildren(self.0.first_child())
    }
}

/// Which dropped files Lede reads, and how.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    Text,
    Html,
}

/// Decides from a file's name and type whether it is an article Lede can read.
pub fn file_kind(name: &str, mime: &str) -> Result<FileKind, String> {
    let lower = name.to_ascii_lowercase();
    let extension = lower.rsplit_once('.').map_or("", |(_, ext)| ext);
    match extension {
        "html" | "htm" | "xhtml" => Ok(FileKind::Html),
        "txt" | "md" | "markdown" | "text" => Ok(FileKind::Text),
        _ if mime == "text/html" => Ok(FileKind::Html),
        _ if mime.starts_with("text/") => Ok(FileKind::Text),
        _ => Err(format!(
            "Lede reads .txt, .md and .html files; \u{201c}{name}\u{201d} is not one of them."
        )),
    }
}

/// The article text of a dropped file's bytes, or why it cannot be read.
pub fn file_text(name: &str, kind: FileKind, bytes: Vec<u8>) -> Result<String, String> {
    let text = String::from_utf8(bytes).map_err(|error| {
        format!(
            "\u{201c}{name}\u{201d} is not UTF-8 text (unreadable byte at offset {}), so Lede cannot read it.",
            error.utf8_error().valid_up_to()
        )
    })?;
    match kind {
        FileKind::Text => Ok(text),
        FileKind::Html => html_to_text(&text),
    }
}

/// A UTF-16 offset (what the DOM reports for a selection) as a byte offset into `text`.
pub fn utf16_to_byte(text: &str, utf16: u32) -> usize {
    let mut units = 0u32;
    for (byte, c) in text.char_indices() {
        if units >= utf16 {
            return byte;
        }
        units += c.len_utf16() as u32;
    }
    text.len()
}
