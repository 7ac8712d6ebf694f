//! Turning what the reader hands over (clipboard HTML, dropped files) into plain text.
//!
//! HTML never reaches the page as HTML: the browser's own DOMParser builds an inert document
//! (no scripts run, no images load in a parsed document) and we walk it for its text, keeping
//! headings, paragraphs, list items and block quotes as Markdown-shaped blocks.

use wasm_bindgen::JsCast;
use web_sys::{DomParser, Element, Node, SupportedType};

/// Elements whose content is never article text: code, media and controls, and the page
/// furniture HTML marks as such (navigation, asides, footers, figures and their captions).
#[rustfmt::skip]
const SKIPPED: &[&str] = &[
    "script", "style", "noscript", "template", "head", "iframe", "object", "embed", "svg", "math",
    "canvas", "video", "audio", "button", "select", "textarea", "input", "picture", "source",
    "nav", "aside", "footer", "figure", "figcaption", "form", "dialog",
];

/// Elements that start a block of their own.
#[rustfmt::skip]
const BLOCKS: &[&str] = &[
    "p", "div", "section", "article", "header", "main", "ul", "ol", "table", "tr", "dl", "dt", "dd",
    "hr", "address", "details", "summary", "fieldset", "caption", "body", "center",
];

/// The text of an HTML fragment, blocks separated by blank lines.
pub fn html_to_text(html: &str) -> Result<String, String> {
    let parser =
        DomParser::new().map_err(|_| "This browser cannot read pasted HTML.".to_owned())?;
    let document = parser
        .parse_from_string(html, SupportedType::TextHtml)
        .map_err(|_| "The pasted HTML could not be read.".to_owned())?;
    let mut out = TextBuilder::default();
    if let Some(body) = document.body() {
        out.walk(&body, Context::default());
    }
    Ok(out.finish())
}

#[derive(Debug, Clone, Copy, Default)]
struct Context {
    preformatted: bool,
    quoted: bool,
    ordered: bool,
}

#[derive(Default)]
struct TextBuilder {
    blocks: Vec<String>,
    line: String,
    marker: String,
    quoted: bool,
    preformatted: bool,
}

impl TextBuilder {
    fn walk(&mut self, node: &Node, context: Context) {
        let mut item = 0;
        let mut child = node.first_child();
        while let Some(current) = child {
            match current.node_type() {
                Node::TEXT_NODE => {
                    if let Some(text) = current.node_value() {
                        self.line.push_str(&text);
                    }
                }
                Node::ELEMENT_NODE => {
                    if let Some(element) = current.dyn_ref::<Element>() {
                        let tag = element.tag_name().to_ascii_lowercase();
                        if tag == "li" {
                            item += 1;
                        }
                        self.element(element, &tag, context, item);
                    }
                }
                _ => {}
            }
            child = current.next_sibling();
        }
    }

    fn element(&mut self, element: &Element, tag: &str, context: Context, item: usize) {
        if SKIPPED.contains(&tag) || element.has_attribute("hidden") {
            return;
        }
        let node: &Node = element.as_ref();
        match tag {
            "br" => self.line.push('\n'),
            // Never fetched: the image becomes Markdown with no address, which the reader shows
            // as a placeholder with its alt text (and the engine reads around).
            "img" => {
                let alt = element.get_attribute("alt").unwrap_or_default();
                let alt: String = alt.chars().filter(|c| !matches!(c, '[' | ']' | '\n')).collect();
                if !alt.trim().is_empty() {
                    self.line.push_str(&format!(" ![{}]() ", alt.trim()));
                }
            }
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => {
                let level = usize::from(tag.as_bytes()[1] - b'0');
                self.block(node, context, format!("{} ", "#".repeat(level)));
            }
            "li" => {
                let marker = if context.ordered { format!("{item}. ") } else { "* ".to_owned() };
                self.block(node, context, marker);
            }
            "ol" | "ul" => {
                self.block(node, Context { ordered: tag == "ol", ..context }, String::new())
            }
            "blockquote" => self.block(node, Context { quoted: true, ..context }, String::new()),
            "pre" => self.block(node, Context { preformatted: true, ..context }, String::new()),
            "td" | "th" => {
                self.line.push(' ');
                self.walk(node, context);
                self.line.push(' ');
            }
            _ if BLOCKS.contains(&tag) => self.block(node, context, String::new()),
            _ => self.walk(node, context),
        }
    }

    fn block(&mut self, node: &Node, context: Context, marker: String) {
        self.flush();
        self.marker = marker;
        self.quoted = context.quoted;
        self.preformatted = context.preformatted;
        self.walk(node, context);
        self.flush();
    }

    /// Ends the current block: whitespace collapsed as a browser would show it.
    fn flush(&mut self) {
        let line = std::mem::take(&mut self.line);
        let marker = std::mem::take(&mut self.marker);
        let text = if self.preformatted {
            line.trim_matches('\n').to_owned()
        } else {
            line.split('\n').map(collapse).filter(|l| !l.is_empty()).collect::<Vec<_>>().join("\n")
        };
        if text.trim().is_empty() {
            return;
        }
        let quote = if self.quoted { "> " } else { "" };
        self.blocks.push(format!("{quote}{marker}{text}"));
    }

    fn finish(mut self) -> String {
        self.flush();
        self.blocks.join("\n\n")
    }
}

fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
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
