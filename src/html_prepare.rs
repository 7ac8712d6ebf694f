//! Clipboard HTML cut down before the browser parses it: what the text walk ([`crate::html_text`])
//! never reads, and what would make parsing slow or noisy, is taken out in one linear pass.
//!
//! - `style` and `on…` attributes, `<base>` and `<link>` go (a style that hides its element
//!   leaves [`HIDDEN_BY_STYLE`] in its place): the page's DOMParser document
//!   inherits the page's Content-Security-Policy and reports every inline style and handler it
//!   sees as a violation in the console, although it would never apply or run them.
//! - `<script>`, `<style>` and the other elements whose content is never markup go with their
//!   content, and so do comments: the walk skips them anyway, and real pages carry megabytes.
//! - What a whole page declares about its article ([`crate::html_text::page_facts`]) stays: its
//!   `<title>`, its `<meta>` names and contents (nothing else of a `meta`: no `http-equiv`, no
//!   `charset`), and its schema.org JSON-LD (`<script type="application/ld+json">`, a data
//!   block no browser ever runs), each up to [`MAX_DECLARED`] bytes.
//! - Nesting is bounded. The HTML parsing algorithm re-opens every unclosed formatting element
//!   (`<b>`, `<i>`, `<a>`...) at each new block and checks open elements by walking the stack of
//!   them, so 50,000 nested inline tags keep a parser busy for many seconds. Beyond
//!   [`MAX_DEPTH`] open elements, or [`MAX_FORMATTING`] open formatting elements, further tags
//!   are dropped (their text stays, as the walk reads inline elements as plain text anyway).
//!
//! It is a tokenizer, not a parser: it tracks nesting as tags say it, approximately where HTML
//! leaves end tags out, which only decides when the (generous) bounds are reached.

use std::collections::HashMap;

/// Open elements beyond which further start tags are dropped.
pub const MAX_DEPTH: usize = 256;

/// Open formatting elements beyond which further ones are dropped.
pub const MAX_FORMATTING: usize = 32;

/// The largest HTML (after preparing) read as HTML: the browser parses and the page walks it on
/// the page's own thread, at roughly half a second per megabyte in Chromium.
pub const MAX_BYTES: usize = 2 * 1024 * 1024;

/// Clipboard HTML too large to read without stalling the page.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "this HTML is {} MB even without its scripts and styles; Lede reads HTML up to {} MB, \
     which the page can take without stalling",
    megabytes(*bytes),
    MAX_BYTES / (1024 * 1024)
)]
pub struct TooLarge {
    pub bytes: usize,
}

fn megabytes(bytes: usize) -> String {
    format!("{:.1}", bytes as f64 / (1024.0 * 1024.0))
}

/// What was taken out, for tests and reports.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Prepared {
    pub html: String,
    /// Start tags dropped because nesting was too deep.
    pub flattened: usize,
}

/// The longest `<title>` or JSON-LD script kept (a JSON-LD script may carry the whole article
/// again, and only its head fields are read).
pub const MAX_DECLARED: usize = 64 * 1024;

/// Attributes of a `<meta>` that are kept: what names a fact, and the fact.
const META_ATTRIBUTES: &[&str] = &["name", "property", "itemprop", "content"];

/// Elements dropped with everything up to their end tag (their content is not markup), unless
/// they declare the article's facts ([`declared`]).
const DROPPED_WITH_CONTENT: &[&str] =
    &["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes"];

/// Elements dropped on their own (they have no content and no text).
const DROPPED_VOID: &[&str] = &["base", "meta", "link"];

/// Elements that never have content, so never stay open.
#[rustfmt::skip]
const VOID: &[&str] = &[
    "area", "br", "col", "embed", "hr", "img", "input", "keygen", "param", "source", "track",
    "wbr", "frame", "image", "basefont", "bgsound",
];

/// The formatting elements of the HTML standard (the ones re-opened at each new block).
#[rustfmt::skip]
const FORMATTING: &[&str] = &[
    "a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong", "tt", "u",
];

/// Elements a start tag of the same name closes when one is open (HTML leaves their end tags
/// out), unless a list, table or other container lies between.
const SELF_CLOSING: &[&str] = &["p", "li", "dt", "dd", "option", "tr", "td", "th"];
const CONTAINERS: &[&str] = &["ul", "ol", "dl", "table", "select", "div", "blockquote", "body"];

/// The attribute an element hidden by its inline style (`display: none`, `visibility:
/// hidden`) gets in place of the style, which is dropped: the text walk leaves out what the
/// page hid ([`crate::html_text`]), and the style itself would be reported by the page's policy.
pub const HIDDEN_BY_STYLE: &str = "data-lede-hidden";

/// Whether an inline style hides its element.
pub fn hides(style: &str) -> bool {
    let style: String =
        style.chars().filter(|c| !c.is_whitespace()).collect::<String>().to_lowercase();
    style.contains("display:none") || style.contains("visibility:hidden")
}

/// Whether an attribute is dropped: inline styles and event handlers.
fn dropped_attribute(name: &str) -> bool {
    name == "style" || name.starts_with("on")
}

/// Prepares clipboard HTML for the browser's parser (see the module's doc).
pub fn prepare(html: &str) -> Result<Prepared, TooLarge> {
    let mut out = Output::default();
    let bytes = html.as_bytes();
    let mut at = 0;
    while at < bytes.len() {
        let Some(lt) = memchr(b'<', &bytes[at..]).map(|i| at + i) else {
            out.html.push_str(&html[at..]);
            break;
        };
        out.html.push_str(&html[at..lt]);
        at = match bytes.get(lt + 1) {
            Some(b'!') if bytes[lt..].starts_with(b"<!--") => skip_past(bytes, lt + 4, b"-->"),
            Some(b'!' | b'?') => skip_past(bytes, lt + 2, b">"),
            Some(b'/') if bytes.get(lt + 2).is_some_and(u8::is_ascii_alphabetic) => {
                let tag = Tag::read(html, lt + 2);
                out.end_tag(&tag.name);
                tag.end
            }
            Some(c) if c.is_ascii_alphabetic() => {
                let tag = Tag::read(html, lt + 1);
                if DROPPED_WITH_CONTENT.contains(&tag.name.as_str()) {
                    let end = skip_element(html, tag.end, &tag.name);
                    if let Some(kept) = declared(html, &tag, end) {
                        out.html.push_str(&kept);
                    }
                    end
                } else if tag.name == "meta" {
                    out.meta(&tag);
                    tag.end
                } else {
                    out.start_tag(&tag);
                    tag.end
                }
            }
            _ => {
                out.html.push('<');
                lt + 1
            }
        };
    }
    if out.html.len() > MAX_BYTES {
        return Err(TooLarge { bytes: out.html.len() });
    }
    Ok(Prepared { html: out.html, flattened: out.flattened })
}

#[derive(Default)]
struct Output {
    html: String,
    /// Open elements by name, innermost last.
    open: Vec<String>,
    /// Open formatting elements, counted until their own end tag.
    formatting: usize,
    formatting_open: HashMap<String, usize>,
    /// Start tags dropped and not yet matched by an end tag, by name.
    dropped: HashMap<String, usize>,
    flattened: usize,
}

impl Output {
    /// A `<meta>` naming a fact and giving it, with those two attributes only.
    fn meta(&mut self, tag: &Tag) {
        let kept: Vec<&(String, Option<String>)> =
            tag.attributes.iter().filter(|(a, _)| META_ATTRIBUTES.contains(&a.as_str())).collect();
        let has = |name: &str| kept.iter().any(|(a, v)| a == name && v.is_some());
        if !has("content") || !["name", "property", "itemprop"].iter().any(|n| has(n)) {
            return;
        }
        self.html.push_str("<meta");
        for (attribute, value) in kept {
            if let Some(value) = value {
                push_attribute(&mut self.html, attribute, value);
            }
        }
        self.html.push('>');
    }

    fn start_tag(&mut self, tag: &Tag) {
        let name = tag.name.as_str();
        if DROPPED_VOID.contains(&name) {
            return;
        }
        if SELF_CLOSING.contains(&name) {
            let open = self.open.iter().rposition(|o| o == name);
            let contained = self.open.iter().rposition(|o| CONTAINERS.contains(&o.as_str()));
            if let Some(open) = open.filter(|&o| contained.is_none_or(|c| c < o)) {
                self.open.truncate(open);
            }
        }
        // `<span/>` opens a span in HTML: only void elements never stay open.
        let void = VOID.contains(&name);
        let formatting = FORMATTING.contains(&name);
        if !void
            && (self.open.len() >= MAX_DEPTH || formatting && self.formatting >= MAX_FORMATTING)
        {
            *self.dropped.entry(tag.name.clone()).or_default() += 1;
            self.flattened += 1;
            return;
        }
        self.html.push('<');
        self.html.push_str(name);
        for (attribute, value) in &tag.attributes {
            match value {
                Some(value) => push_attribute(&mut self.html, attribute, value),
                None => {
                    self.html.push(' ');
                    self.html.push_str(attribute);
                }
            }
        }
        self.html.push('>');
        if !void {
            self.open.push(tag.name.clone());
            if formatting {
                self.formatting += 1;
                *self.formatting_open.entry(tag.name.clone()).or_default() += 1;
            }
        }
    }

    fn end_tag(&mut self, name: &str) {
        if DROPPED_VOID.contains(&name) {
            return;
        }
        if let Some(count) = self.dropped.get_mut(name).filter(|count| **count > 0) {
            *count -= 1;
            return;
        }
        if let Some(open) = self.open.iter().rposition(|o| o == name) {
            self.open.truncate(open);
        }
        if let Some(count) = self.formatting_open.get_mut(name).filter(|count| **count > 0) {
            *count -= 1;
            self.formatting -= 1;
        }
        self.html.push_str("</");
        self.html.push_str(name);
        self.html.push('>');
    }
}

/// A start or end tag as written: its lower-case name, the attributes kept, where it ends.
struct Tag {
    name: String,
    attributes: Vec<(String, Option<String>)>,
    /// Just past its `>` (or the end of the input).
    end: usize,
}

impl Tag {
    /// Reads the tag whose name starts at `start`, as the HTML tokenizer would.
    fn read(html: &str, start: usize) -> Self {
        let bytes = html.as_bytes();
        let ends_name = |b: u8| b.is_ascii_whitespace() || b == b'/' || b == b'>';
        let mut at = start;
        while at < bytes.len() && !ends_name(bytes[at]) {
            at += 1;
        }
        let name = html[start..at].to_ascii_lowercase();
        let mut tag = Self { name, attributes: Vec::new(), end: bytes.len() };
        loop {
            while at < bytes.len() && (bytes[at].is_ascii_whitespace() || bytes[at] == b'/') {
                at += 1;
            }
            match bytes.get(at) {
                None => return tag,
                Some(b'>') => {
                    tag.end = at + 1;
                    return tag;
                }
                Some(_) => {}
            }
            let name_start = at;
            at += 1; // a name may start with '='
            while at < bytes.len() && !ends_name(bytes[at]) && bytes[at] != b'=' {
                at += 1;
            }
            let attribute = html[name_start..at].to_ascii_lowercase();
            while at < bytes.len() && bytes[at].is_ascii_whitespace() {
                at += 1;
            }
            let mut value = None;
            if bytes.get(at) == Some(&b'=') {
                at += 1;
                while at < bytes.len() && bytes[at].is_ascii_whitespace() {
                    at += 1;
                }
                let (text, next) = match bytes.get(at) {
                    Some(&quote @ (b'"' | b'\'')) => {
                        let close =
                            memchr(quote, &bytes[at + 1..]).map_or(bytes.len(), |i| at + 1 + i);
                        (&html[at + 1..close], (close + 1).min(bytes.len()))
                    }
                    _ => {
                        let mut end = at;
                        while end < bytes.len()
                            && !bytes[end].is_ascii_whitespace()
                            && bytes[end] != b'>'
                        {
                            end += 1;
                        }
                        (&html[at..end], end)
                    }
                };
                value = Some(text.to_owned());
                at = next;
            }
            let valid =
                attribute.bytes().all(|b| b.is_ascii_alphanumeric() || b"-_:.".contains(&b));
            if valid && attribute == "style" && value.as_deref().is_some_and(hides) {
                // what the style said that the walk reads, without the style
                tag.attributes.push((HIDDEN_BY_STYLE.to_owned(), None));
            } else if valid && !dropped_attribute(&attribute) {
                tag.attributes.push((attribute, value));
            }
        }
    }
}

/// ` name="value"`, the value quoted as written (its entities are the parser's to decode).
fn push_attribute(html: &mut String, name: &str, value: &str) {
    html.push(' ');
    html.push_str(name);
    html.push_str("=\"");
    html.push_str(&value.replace('"', "&quot;"));
    html.push('"');
}

/// A `<title>` or JSON-LD script `tag` (ending, with its content, at `end`) as kept: the tag
/// with no attribute but a script's type, its content as written. `None` for any other
/// element, or content longer than [`MAX_DECLARED`].
fn declared(html: &str, tag: &Tag, end: usize) -> Option<String> {
    let linked_data = tag.name == "script"
        && tag.attributes.iter().any(|(a, v)| {
            a == "type" && v.as_deref().is_some_and(|v| v.trim() == "application/ld+json")
        });
    if tag.name != "title" && !linked_data {
        return None;
    }
    // the content runs to the end tag's "<", if the element was closed
    let rest = html.get(tag.end..end)?;
    let closes = |close: &usize| {
        rest.as_bytes()[close + 2..]
            .get(..tag.name.len())
            .is_some_and(|name| name.eq_ignore_ascii_case(tag.name.as_bytes()))
    };
    let content = rest.rfind("</").filter(closes).map_or(rest, |close| &rest[..close]);
    if content.len() > MAX_DECLARED {
        return None;
    }
    let open = if linked_data { r#"<script type="application/ld+json">"# } else { "<title>" };
    Some(format!("{open}{content}</{}>", tag.name))
}

/// Just past the end tag of a raw-text element `name` whose content starts at `from`.
fn skip_element(html: &str, from: usize, name: &str) -> usize {
    let bytes = html.as_bytes();
    let mut at = from;
    while let Some(i) = memchr(b'<', &bytes[at..]) {
        let lt = at + i;
        let candidate = bytes.get(lt + 2..lt + 2 + name.len());
        if bytes.get(lt + 1) == Some(&b'/')
            && candidate.is_some_and(|c| c.eq_ignore_ascii_case(name.as_bytes()))
        {
            return skip_past(bytes, lt + 2 + name.len(), b">");
        }
        at = lt + 1;
    }
    bytes.len()
}

/// Just past the first `marker` at or after `from` (or the end of the input).
fn skip_past(bytes: &[u8], from: usize, marker: &[u8]) -> usize {
    let from = from.min(bytes.len());
    bytes[from..]
        .windows(marker.len())
        .position(|w| w == marker)
        .map_or(bytes.len(), |i| from + i + marker.len())
}

fn memchr(needle: u8, haystack: &[u8]) -> Option<usize> {
    haystack.iter().position(|&b| b == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn prepared(html: &str) -> String {
        prepare(html).map(|p| p.html).unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn what_the_page_policy_would_report_is_taken_out() {
        #[rustfmt::skip]
        let rows: &[(&str, &str, &str)] = &[
            ("an inline style", r#"<p style="color:red" class=lead>Rain.</p>"#, r#"<p class="lead">Rain.</p>"#),
            ("a style that hides leaves its mark", r#"<div style="color:red; Display : None">Menu</div><p style='visibility:hidden'>x</p>"#,
             r#"<div data-lede-hidden>Menu</div><p data-lede-hidden>x</p>"#),
            ("handlers in any case and quoting",
             r#"<img src=x onerror=alert(1) ONLOAD='go()' alt="A map">"#, r#"<img src="x" alt="A map">"#),
            ("a base, a meta that names no fact, a link", r#"<base href="https://x.test/"><meta http-equiv="refresh" content="0"><meta charset=utf-8><link rel=stylesheet href=a.css><p>Text</p>"#, "<p>Text</p>"),
            ("scripts and styles with their content", "<script>if (a < b) alert('</p>')</script><style>p{}</style><p>Kept</p>", "<p>Kept</p>"),
            ("comments and doctype", "<!DOCTYPE html><!-- <p>not this</p> --><p>Kept</p>", "<p>Kept</p>"),
            ("a lone angle bracket and entities stay text", "<p>3 < 4 &amp; 5 &lt; 6</p>", "<p>3 < 4 &amp; 5 &lt; 6</p>"),
            ("a quote inside a single-quoted value", r#"<p title='say "hi"'>Hi</p>"#, r#"<p title="say &quot;hi&quot;">Hi</p>"#),
            ("text in any script", "<h1>Über 東京</h1>", "<h1>Über 東京</h1>"),
            ("an unterminated tag ends the input", "<p>Text</p><img alt=\"x", "<p>Text</p><img alt=\"x\">"),
        ];
        for (row, html, expected) in rows {
            assert_eq!(prepared(html), *expected, "{row}");
        }
    }

    /// What a whole page declares about its article stays for `page_facts`, and nothing else
    /// of those elements does.
    #[test]
    fn the_title_meta_facts_and_json_ld_a_page_declares_stay() {
        let big = format!("<title>{}</title><p>Text</p>", "x".repeat(MAX_DECLARED + 1));
        #[rustfmt::skip]
        let rows: &[(&str, &str, &str)] = &[
            ("a title, as written", "<TITLE lang=en>Rain &amp; <b>wind</TITLE><p>Text</p>", "<title>Rain &amp; <b>wind</title><p>Text</p>"),
            ("a meta's name and content, nothing else",
             r#"<meta name=author content="Jane Doe" http-equiv=refresh charset=utf-8 onload=go()>"#,
             r#"<meta name="author" content="Jane Doe">"#),
            ("a property with a quote in its content",
             r#"<meta property='og:title' content='The "new" bridge'>"#,
             r#"<meta property="og:title" content="The &quot;new&quot; bridge">"#),
            ("an itemprop", r#"<meta itemprop=datePublished content=2021-05-02>"#, r#"<meta itemprop="datePublished" content="2021-05-02">"#),
            ("a meta with no content", r#"<meta name=author>"#, ""),
            ("JSON-LD with its type only",
             r#"<script type="application/ld+json" id=ld nonce=n>{"a":"</p>"}</script>"#,
             r#"<script type="application/ld+json">{"a":"</p>"}</script>"#),
            ("any other script goes", r#"<script type="text/javascript">{"a":1}</script><p>Text</p>"#, "<p>Text</p>"),
            ("an unclosed title keeps what it has", "<title>Rain", "<title>Rain</title>"),
            ("an over-long title goes", &big, "<p>Text</p>"),
        ];
        for (row, html, expected) in rows {
            assert_eq!(prepared(html), *expected, "{row}");
        }
    }

    #[test]
    fn deep_nesting_is_flattened_and_its_text_kept() {
        let open: String = ["<b>", "<i>", "<span>", "<u>"].repeat(12_500).concat();
        let html = format!("<p>{open}deep</p><p>after</p>");
        let prepared = prepare(&html).unwrap();
        assert!(prepared.flattened > 49_000, "{}", prepared.flattened);
        assert!(prepared.html.contains("deep</p><p>after</p>"));
        let tags = prepared.html.matches('<').count();
        assert!(tags < MAX_DEPTH + 10, "{tags} tags left");

        let divs = format!("{}text{}", "<div>".repeat(50_000), "</div>".repeat(50_000));
        let prepared = prepare(&divs).unwrap();
        assert_eq!(prepared.html.matches("<div>").count(), MAX_DEPTH);
        assert_eq!(
            prepared.html.matches("</div>").count(),
            MAX_DEPTH,
            "end tags of dropped starts go too"
        );
    }

    #[test]
    fn ordinary_pages_are_never_flattened() {
        let paragraphs = "<p>An unclosed paragraph.".repeat(5_000);
        let items = "<ul><li>one<li>two<li><ol><li>three</ol></ul>".repeat(1_000);
        let inline = "<p><b>Bold</b> and <a href=x><i>linked</i></a> text.</p>".repeat(5_000);
        for html in [paragraphs, items, inline] {
            assert_eq!(prepare(&html).map(|p| p.flattened), Ok(0));
        }
    }

    #[test]
    fn html_too_large_to_read_without_stalling_says_how_large() {
        let page = format!("<script>{}</script><p>Short.</p>", "x".repeat(MAX_BYTES));
        assert!(prepare(&page).is_ok(), "scripts do not count");
        let huge = "<p>Words and words.</p>".repeat(MAX_BYTES / 20);
        let error = prepare(&huge).unwrap_err();
        assert!(error.to_string().starts_with("this HTML is 2.3 MB"), "{error}");
    }
}
