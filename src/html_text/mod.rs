//! The text of an HTML document, kept apart from any parser so that the page (which parses
//! with the browser's DOMParser) and the native fuzz target (which parses with an HTML parser
//! crate following the same algorithm) run the very same walk.
//!
//! Headings, paragraphs, list items and block quotes come out as Markdown-shaped blocks
//! separated by blank lines; scripts, media and page furniture are left out; an image becomes
//! a Markdown image with no address, so nothing is ever fetched.
//!
//! A whole page (a dropped file, a Ctrl+A copy) is read for its article: the element that holds
//! it is found as Readability finds it ([`article`]) and the rest of the page (menus, teasers,
//! comment threads) is left out, as `nav` and `aside` always are; the title, author and date the
//! page declares ([`meta`]) head the text, as a reader sees them above an article.

mod article;
mod meta;

pub use meta::{PageFacts, page_facts};

use crate::engine::ELSEWHERE_HEADING;

/// What a node of the parsed document is, as far as its text is concerned.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NodeKind {
    /// A text node and its characters.
    Text(String),
    /// An element and its tag name, in whatever case the parser reports it.
    Element(String),
    /// Comments, processing instructions and the like: never text.
    Other,
}

/// A node of a parsed HTML document, as the walk needs to see it.
pub trait HtmlNode: Sized {
    type Children: Iterator<Item = Self>;

    fn kind(&self) -> NodeKind;
    /// The value of attribute `name` (lower case), if the element has it.
    fn attribute(&self, name: &str) -> Option<String>;
    /// The node's children in document order.
    fn children(&self) -> Self::Children;
}

/// Elements whose content is never article text: code, media and controls.
/// Not `form`: whole pages are built inside one (its controls are left out one by one). Not
/// `math`: a formula's text is the article's as a browser shows it, only the source a formula
/// keeps beside it (its `annotation`, TeX for one) is never shown.
#[rustfmt::skip]
const SKIPPED: &[&str] = &[
    "script", "style", "noscript", "template", "head", "iframe", "object", "embed", "svg",
    "canvas", "video", "audio", "button", "select", "textarea", "input", "picture", "source",
    "annotation", "annotation-xml",
];

/// The page furniture HTML marks as such: its text is set apart from the article (under
/// [`ELSEWHERE_HEADING`]), where the reader still sees it and can take it back.
const FURNITURE: &[&str] = &["nav", "aside", "footer", "dialog"];

/// A figure and its caption: they stay where they stand, written as pictures (which the
/// engine lists as captions, never as the article's prose).
const FIGURES: &[&str] = &["figure", "figcaption"];

/// Elements that start a block of their own.
#[rustfmt::skip]
const BLOCKS: &[&str] = &[
    "p", "div", "section", "article", "header", "main", "ul", "ol", "table", "tr", "dl", "dt", "dd",
    "hr", "address", "details", "summary", "fieldset", "caption", "body", "center", "figure",
];

/// The text of a whole document (`root` is its `<html>` element): the title, byline and
/// publication date it declares, then its body's text ([`text_of`]).
pub fn page_text<N: HtmlNode>(root: &N) -> String {
    let facts = page_facts(root);
    let body = root.children().find(|child| {
        matches!(child.kind(), NodeKind::Element(tag) if matches!(tag.to_ascii_lowercase().as_str(), "body" | "frameset"))
    });
    let text = body.map_or_else(Text::default, |body| read(&body));
    let mut blocks: Vec<&str> = text.article.split("\n\n").collect();
    let mut head = Vec::new();
    if let Some(title) = facts.title.as_deref().map(collapse).filter(|t| !t.is_empty()) {
        // the title once, above everything: its copy as a heading of the body goes
        let same = |block: &&str| block.trim_start_matches('#').trim() == title;
        if let Some(at) = blocks.iter().position(same) {
            blocks.remove(at);
        }
        head.push(format!("# {title}"));
    }
    if let Some(byline) = facts.byline.as_deref().map(collapse).filter(|b| !b.is_empty()) {
        let name = unlabelled(&byline);
        // the byline once, above the body: its copy near the top of the body goes
        let same = |block: &&str| {
            let shown: String = block.chars().filter(|c| !matches!(c, '*' | '_')).collect();
            let shown = collapse(shown.trim_start_matches(['#', '>', ' ']));
            unlabelled(&shown).eq_ignore_ascii_case(name)
        };
        if let Some(at) = blocks.iter().take(BYLINE_BLOCKS).position(same) {
            blocks.remove(at);
        }
        head.push(format!("By {name}"));
    }
    if let Some(day) = facts.published {
        head.push(format!("Published {day}"));
    }
    head.extend(blocks.into_iter().filter(|b| !b.is_empty()).map(str::to_owned));
    let mut out = head.join("\n\n");
    text.append_elsewhere(&mut out);
    out
}

/// How far into the body a copy of the declared byline is looked for (a headline, a
/// standfirst, a picture and its caption may stand above it).
const BYLINE_BLOCKS: usize = 8;

/// A byline without its "By " label (any case, with or without a colon).
fn unlabelled(byline: &str) -> &str {
    let trimmed = byline.trim();
    match trimmed.get(..2) {
        Some(by) if by.eq_ignore_ascii_case("by") => {
            let rest = &trimmed[2..];
            let rest = rest.strip_prefix(':').unwrap_or(rest);
            if rest.starts_with(char::is_whitespace) { rest.trim_start() } else { trimmed }
        }
        _ => trimmed,
    }
}

/// The text under `root` (the document's body), blocks separated by blank lines: of the whole
/// of it, or of its article when one part of a page clearly holds one. What the article leaves
/// out follows it under [`ELSEWHERE_HEADING`], so nothing the page showed is lost.
pub fn text_of<N: HtmlNode>(root: &N) -> String {
    let text = read(root);
    let mut out = text.article;
    let rest = Text { article: String::new(), elsewhere: text.elsewhere };
    rest.append_elsewhere(&mut out);
    out
}

/// A page's text: its article's, and the rest of what it showed.
#[derive(Debug, Default)]
struct Text {
    article: String,
    /// Everything a reader saw outside the article (menus, asides, teasers, comments).
    elsewhere: String,
}

impl Text {
    /// Adds the text outside the article to `out`, under its heading.
    fn append_elsewhere(&self, out: &mut String) {
        if self.elsewhere.is_empty() {
            return;
        }
        if !out.is_empty() {
            out.push_str("\n\n");
        }
        out.push_str("## ");
        out.push_str(ELSEWHERE_HEADING);
        out.push_str("\n\n");
        out.push_str(&self.elsewhere);
    }
}

fn read<N: HtmlNode>(root: &N) -> Text {
    // Furniture by class and role, and hidden elements, are left out first; a page that
    // leaves no article that way (one that hides its all until a script runs) is read again
    // with them.
    for strict in [true, false] {
        if let Some(focus) = article::focus(root, strict) {
            return walk(root, Some(&focus), strict);
        }
    }
    walk(root, None, false)
}

/// The walk keeps its own stack instead of recursing: pasted markup can nest as deep as it
/// likes, and a deep document must not be able to overflow the call stack. With a `focus`,
/// only text inside its elements is the article's, the rest is set apart; so is furniture,
/// which `strict` also tells by class and role.
fn walk<N: HtmlNode>(root: &N, focus: Option<&article::Focus>, strict: bool) -> Text {
    let mut out = TextBuilder::default();
    let mut rest = TextBuilder::default();
    let mut stack = vec![Frame {
        children: root.children(),
        context: Context { inside: focus.is_none(), ..Context::default() },
        item: 0,
        close: None,
    }];
    // elements entered so far, numbered as `article` numbers them (the root is 0)
    let mut entered = 0usize;
    while let Some(frame) = stack.last_mut() {
        let Some(node) = frame.children.next() else {
            let close = frame.close;
            stack.pop();
            match close {
                Some(Close::Block) => {
                    // Text after a nested quote or `pre` is the enclosing block's again.
                    let outer = stack.last().map(|frame| frame.context).unwrap_or_default();
                    for builder in [&mut out, &mut rest] {
                        builder.flush();
                        builder.quoted = outer.quoted;
                        builder.preformatted = outer.preformatted;
                        builder.caption = outer.caption;
                    }
                }
                Some(Close::Cell) => {
                    out.line.push(' ');
                    rest.line.push(' ');
                }
                None => {}
            }
            continue;
        };
        let tag = match node.kind() {
            NodeKind::Text(text) => {
                let builder = if frame.context.inside { &mut out } else { &mut rest };
                if frame.context.preformatted {
                    builder.line.push_str(&text);
                } else {
                    // a line break in the source is a space on the page (only `br` breaks a
                    // line): the cells of a row written one a line stay one row
                    builder.line.extend(text.chars().map(|c| if c == '\n' { ' ' } else { c }));
                }
                continue;
            }
            NodeKind::Element(tag) => tag.to_ascii_lowercase(),
            NodeKind::Other => continue,
        };
        let skip = article::skip(&node, &tag, strict);
        if skip == article::Skip::Drop {
            continue;
        }
        if tag == "li" {
            frame.item += 1;
        }
        let (mut context, item) = (frame.context, frame.item);
        // Elements the article's scoring skips are not numbered (nor is anything under them)
        if skip.skipped() || context.unnumbered {
            context.unnumbered = true;
        } else {
            entered += 1;
            context.inside |= focus.is_some_and(|f| f.kept.binary_search(&entered).is_ok());
            // a box of links inside the article (a menu, a list of teasers) is set apart
            if focus.is_some_and(|f| f.links.binary_search(&entered).is_ok()) {
                context.inside = false;
            }
        }
        match skip {
            article::Skip::Aside => context.inside = false,
            // A figure's pictures, caption and table are the article's where the figure is,
            // anything else in it (a box of teasers, an embed's text) is set apart
            article::Skip::Figure if tag == "figure" => {
                context.in_figure = context.inside;
                context.inside = false;
            }
            _ => {}
        }
        if matches!(tag.as_str(), "figcaption" | "img" | "table") {
            context.inside |= context.in_figure;
            context.caption |= tag == "figcaption";
        }
        let (builder, other) =
            if context.inside { (&mut out, &mut rest) } else { (&mut rest, &mut out) };
        if let Some(entered) = builder.element(&node, &tag, context, item, skip) {
            if entered.close.is_some_and(|close| matches!(close, Close::Block)) {
                // a block of one side ends what the other side was writing too
                other.flush();
            }
            stack.push(Frame {
                children: node.children(),
                context: entered.context,
                item: 0,
                close: entered.close,
            });
        }
    }
    Text { article: out.finish(), elsewhere: rest.finish() }
}

#[derive(Debug, Clone, Copy, Default)]
struct Context {
    /// Inside the article (always, when the page has no focus): text is the article's; the
    /// rest is set apart.
    inside: bool,
    /// Under an element the article's scoring skips: not numbered.
    unnumbered: bool,
    /// A figure's caption: written as a picture, so it is never read as prose.
    caption: bool,
    /// In a figure that stands inside the article.
    in_figure: bool,
    preformatted: bool,
    quoted: bool,
    ordered: bool,
}

/// What ends an element once its children are written.
#[derive(Debug, Clone, Copy)]
enum Close {
    Block,
    Cell,
}

/// An element being walked: its children still to visit, and the list items seen so far.
struct Frame<C> {
    children: C,
    context: Context,
    item: usize,
    close: Option<Close>,
}

/// How to walk the children of an element just entered.
struct Entered {
    context: Context,
    close: Option<Close>,
}

#[derive(Default)]
struct TextBuilder {
    blocks: Vec<String>,
    line: String,
    marker: String,
    quoted: bool,
    preformatted: bool,
    caption: bool,
}

impl TextBuilder {
    /// Writes what an element stands for; `Some` when its children are to be walked.
    fn element<N: HtmlNode>(
        &mut self,
        element: &N,
        tag: &str,
        context: Context,
        item: usize,
        skip: article::Skip,
    ) -> Option<Entered> {
        let inline = Some(Entered { context, close: None });
        if skip == article::Skip::Aside || tag == "figcaption" {
            return self.block(context, String::new());
        }
        match tag {
            "br" => {
                self.line.push('\n');
                None
            }
            // Never fetched: the image becomes Markdown with no address, which the reader shows
            // as a placeholder with its alt text (and the engine reads around).
            "img" => {
                let alt = element.attribute("alt").unwrap_or_default();
                let alt: String = alt.chars().filter(|c| !matches!(c, '[' | ']' | '\n')).collect();
                if !alt.trim().is_empty() {
                    self.line.push_str(&format!(" ![{}]() ", alt.trim()));
                }
                None
            }
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => {
                let level = usize::from(tag.as_bytes()[1] - b'0');
                self.block(context, format!("{} ", "#".repeat(level)))
            }
            "li" => {
                let marker = if context.ordered { format!("{item}. ") } else { "* ".to_owned() };
                self.block(context, marker)
            }
            "ol" | "ul" => self.block(Context { ordered: tag == "ol", ..context }, String::new()),
            "blockquote" => self.block(Context { quoted: true, ..context }, String::new()),
            "pre" => self.block(Context { preformatted: true, ..context }, String::new()),
            "td" | "th" => {
                self.line.push(CELL);
                Some(Entered { context, close: Some(Close::Cell) })
            }
            _ if BLOCKS.contains(&tag) => self.block(context, String::new()),
            _ => inline,
        }
    }

    /// Starts a block; the one before it ends here, and this one ends with its element.
    fn block(&mut self, context: Context, marker: String) -> Option<Entered> {
        self.flush();
        self.marker = marker;
        self.quoted = context.quoted;
        self.preformatted = context.preformatted;
        self.caption = context.caption;
        Some(Entered { context, close: Some(Close::Block) })
    }

    /// Ends the current block: whitespace collapsed as a browser would show it.
    fn flush(&mut self) {
        let line = std::mem::take(&mut self.line);
        let marker = std::mem::take(&mut self.marker);
        let text = if self.preformatted {
            line.trim_matches('\n').replace(CELL, " ")
        } else {
            line.split('\n').map(cells).filter(|l| !l.is_empty()).collect::<Vec<_>>().join("\n")
        };
        if text.trim().is_empty() {
            return;
        }
        if self.caption {
            // as a picture with the caption for its text: the engine lists it as a caption
            let words: String = text.chars().filter(|c| !matches!(c, '[' | ']')).collect();
            self.blocks.push(format!("![{}]()", collapse(&words)));
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

/// Where a table cell starts or ends in the walk's text: a control character no page's text
/// shows, so the cells of a row are told apart from the spaces and tabs of the HTML source.
const CELL: char = '\u{1f}';

/// A line of the walk's text with its table cells: each cell's whitespace collapsed, and the
/// cells of a row joined by tabs, as a browser copies a table (the engine reads such a line as
/// a table row). A line of one cell (a table used for page layout) is plain text.
fn cells(line: &str) -> String {
    let parts: Vec<String> = line.split(CELL).map(collapse).collect();
    let first = parts.iter().position(|p| !p.is_empty());
    let last = parts.iter().rposition(|p| !p.is_empty());
    match (first, last) {
        (Some(first), Some(last)) => parts[first..=last].join("\t"),
        _ => String::new(),
    }
}

fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::{HtmlNode, NodeKind, text_of};

    /// A hand-built document: enough of a DOM to drive the walk without a parser.
    enum Node {
        Text(&'static str),
        Element {
            tag: &'static str,
            attributes: Vec<(&'static str, &'static str)>,
            children: Vec<Node>,
        },
        Comment,
    }

    impl<'a> HtmlNode for &'a Node {
        type Children = std::slice::Iter<'a, Node>;

        fn kind(&self) -> NodeKind {
            match self {
                Node::Text(text) => NodeKind::Text((*text).to_owned()),
                Node::Element { tag, .. } => NodeKind::Element((*tag).to_owned()),
                Node::Comment => NodeKind::Other,
            }
        }

        fn attribute(&self, name: &str) -> Option<String> {
            match self {
                Node::Element { attributes, .. } => attributes
                    .iter()
                    .find(|(key, _)| *key == name)
                    .map(|(_, value)| (*value).to_owned()),
                _ => None,
            }
        }

        fn children(&self) -> Self::Children {
            match self {
                Node::Element { children, .. } => children.iter(),
                _ => [].iter(),
            }
        }
    }

    fn el(tag: &'static str, children: Vec<Node>) -> Node {
        Node::Element { tag, attributes: Vec::new(), children }
    }

    fn with(
        tag: &'static str,
        attributes: Vec<(&'static str, &'static str)>,
        children: Vec<Node>,
    ) -> Node {
        Node::Element { tag, attributes, children }
    }

    fn t(text: &'static str) -> Node {
        Node::Text(text)
    }

    fn body(children: Vec<Node>) -> String {
        text_of(&&el("body", children))
    }

    #[test]
    fn blocks_are_separated_by_blank_lines_and_a_line_break_in_the_source_is_a_space() {
        let text = body(vec![
            el("H1", vec![t("A  heading")]),
            el("p", vec![t("One "), el("b", vec![t("bold")]), t(" word.\n  Next")]),
            Node::Comment,
            t("loose text"),
        ]);
        assert_eq!(text, "# A heading\n\nOne bold word. Next\n\nloose text");
    }

    #[test]
    fn code_media_and_hidden_elements_leave_no_text() {
        let text = body(vec![
            el("script", vec![t("alert(1)")]),
            el("video", vec![t("Your browser cannot play this")]),
            with("p", vec![("hidden", "")], vec![t("secret")]),
            el("p", vec![t("kept")]),
        ]);
        assert_eq!(text, "kept");
    }

    #[test]
    fn a_formula_is_read_as_shown_without_its_source() {
        let formula = el(
            "math",
            vec![el(
                "semantics",
                vec![
                    el(
                        "mrow",
                        vec![
                            el("mi", vec![t("x")]),
                            el("mo", vec![t("=")]),
                            el("mn", vec![t("2")]),
                        ],
                    ),
                    el("annotation", vec![t("x = 2")]),
                ],
            )],
        );
        let text = body(vec![el("p", vec![t("So "), formula, t(" holds.")])]);
        assert_eq!(text, "So x=2 holds.");
    }

    /// Nothing a reader saw is lost: furniture is set apart under its heading, a figure's
    /// caption stays where it stands, written as a picture (which the engine lists as a
    /// caption, never as prose). Rows: name, body, text.
    #[test]
    fn furniture_is_set_apart_and_captions_stay_as_pictures() {
        let rows: Vec<(&str, Vec<Node>, &str)> = vec![
            (
                "a menu, an aside and a footer follow the text, in order",
                vec![
                    el("nav", vec![el("a", vec![t("Home")]), t(" "), el("a", vec![t("News")])]),
                    el("p", vec![t("kept")]),
                    el("aside", vec![el("p", vec![t("Fact box")]), el("p", vec![t("Second")])]),
                    el("footer", vec![t("Legal")]),
                ],
                "kept\n\n## Elsewhere on the page\n\nHome News\n\nFact box\n\nSecond\n\nLegal",
            ),
            (
                "a figure: its picture and caption in place",
                vec![
                    el("p", vec![t("Before.")]),
                    el(
                        "figure",
                        vec![
                            with("img", vec![("alt", "The bridge")], vec![]),
                            el(
                                "figcaption",
                                vec![t("The [old]  bridge"), el("br", vec![]), t("at dawn")],
                            ),
                        ],
                    ),
                    el("p", vec![t("After.")]),
                ],
                "Before.\n\n![The bridge]()\n\n![The old bridge at dawn]()\n\nAfter.",
            ),
            (
                "a figure holding teasers: they are set apart, its caption stays",
                vec![
                    el("p", vec![t("Before.")]),
                    el(
                        "figure",
                        vec![
                            el("h4", vec![t("Trending")]),
                            el("ul", vec![el("li", vec![el("a", vec![t("Another story")])])]),
                            el("figcaption", vec![t("Most read")]),
                            el("table", vec![el("tr", vec![el("td", vec![t("1")])])]),
                        ],
                    ),
                ],
                "Before.\n\n![Most read]()\n\n1\n\n## Elsewhere on the page\n\n#### Trending\n\n* Another story",
            ),
            (
                "text set apart does not run into the article's",
                vec![el("div", vec![t("loose"), el("aside", vec![t("boxed")]), t("more")])],
                "loose\n\nmore\n\n## Elsewhere on the page\n\nboxed",
            ),
        ];
        for (name, children, want) in rows {
            assert_eq!(body(children), want, "{name}");
        }
    }

    #[test]
    fn lists_are_numbered_only_when_ordered_and_count_their_own_items() {
        let text = body(vec![el(
            "ol",
            vec![
                el("li", vec![t("first")]),
                t(" "),
                el("li", vec![t("second"), el("ul", vec![el("li", vec![t("inner")])])]),
                el("li", vec![t("third")]),
            ],
        )]);
        assert_eq!(text, "1. first\n\n2. second\n\n* inner\n\n3. third");
    }

    #[test]
    fn quotes_are_marked_and_preformatted_text_keeps_its_spacing() {
        let text = body(vec![
            el("blockquote", vec![el("p", vec![t("said   this")])]),
            el("pre", vec![t("\nfn  main() {\n    go();\n}\n")]),
        ]);
        assert_eq!(text, "> said this\n\nfn  main() {\n    go();\n}");
    }

    #[test]
    fn text_after_a_nested_quote_or_pre_is_neither_quoted_nor_preformatted() {
        let text = body(vec![
            el("div", vec![el("blockquote", vec![t("quoted")]), t("said  the  mayor.")]),
            el("div", vec![el("pre", vec![t("a  b")]), t("  loose   text  ")]),
            el("blockquote", vec![el("p", vec![t("first")]), t("second")]),
        ]);
        assert_eq!(
            text,
            "> quoted\n\nsaid the mayor.\n\na  b\n\nloose text\n\n> first\n\n> second"
        );
    }

    #[test]
    fn line_breaks_and_table_cells_keep_words_apart() {
        let text = body(vec![
            el("p", vec![t("one"), el("br", vec![]), t("two")]),
            el("table", vec![el("tr", vec![el("td", vec![t("a")]), el("td", vec![t("b")])])]),
        ]);
        assert_eq!(text, "one\ntwo\n\na\tb");
    }

    #[test]
    fn tables_keep_their_cells_and_layout_tables_their_text() {
        let rows: Vec<(&str, Node, &str)> = vec![
            (
                "a row of three, one empty",
                el(
                    "table",
                    vec![el(
                        "tr",
                        vec![
                            el("td", vec![t("  Harbour \t City ")]),
                            el("td", vec![]),
                            el("th", vec![t("10")]),
                        ],
                    )],
                ),
                "Harbour City\t\t10",
            ),
            (
                "a layout table's one cell",
                el("table", vec![el("tr", vec![el("td", vec![t("All the\tprose.")])])]),
                "All the prose.",
            ),
            (
                "rows stay apart",
                el(
                    "table",
                    vec![
                        el("tr", vec![el("td", vec![t("a")]), el("td", vec![t("1")])]),
                        el("tr", vec![el("td", vec![t("b")]), el("td", vec![t("2")])]),
                    ],
                ),
                "a\t1\n\nb\t2",
            ),
            (
                "cells written one a line in the source are one row",
                el(
                    "table",
                    vec![el(
                        "tr",
                        vec![
                            t("\n"),
                            el("td", vec![t("\nTeam\n")]),
                            t("\n"),
                            el("td", vec![t("12")]),
                            t("\n"),
                        ],
                    )],
                ),
                "Team\t12",
            ),
            (
                "a cell's own line break stays",
                el(
                    "table",
                    vec![el(
                        "tr",
                        vec![
                            el("td", vec![t("a"), el("br", vec![]), t("b")]),
                            el("td", vec![t("1")]),
                        ],
                    )],
                ),
                "a\nb\t1",
            ),
        ];
        for (name, table, expected) in rows {
            assert_eq!(body(vec![table]), expected, "{name}");
        }
    }

    #[test]
    fn images_become_addressless_placeholders_with_their_alt_text() {
        let text = body(vec![el(
            "p",
            vec![
                t("Before"),
                with(
                    "img",
                    vec![("src", "https://example.org/x.png"), ("alt", " A [big]\nview ")],
                    vec![],
                ),
                t("after."),
                with("img", vec![("src", "y.png")], vec![]),
            ],
        )]);
        assert_eq!(text, "Before ![A bigview]() after.");
    }

    /// A chain of `depth` nested elements around one text node, made up as it is walked.
    struct Chain(usize);

    impl HtmlNode for Chain {
        type Children = std::option::IntoIter<Chain>;

        fn kind(&self) -> NodeKind {
            match self.0 {
                0 => NodeKind::Text("deep".to_owned()),
                _ => NodeKind::Element("span".to_owned()),
            }
        }

        fn attribute(&self, _: &str) -> Option<String> {
            None
        }

        fn children(&self) -> Self::Children {
            self.0.checked_sub(1).map(Chain).into_iter()
        }
    }

    #[test]
    fn a_very_deep_document_is_walked_without_recursion() {
        assert_eq!(text_of(&Chain(100_000)), "deep");
    }

    const P1: &str = "The council voted on Tuesday to close the old bridge, which has carried traffic across the river since 1921, after engineers found cracks in two piers.";
    const P2: &str = "Drivers will be sent along the ring road while the work goes on, and buses will stop at the market square instead of the station, the council said.";
    const P3: &str = "A new bridge has been planned for a decade, but its cost has grown from 40 million to 95 million pounds, and no date has been set for the works.";
    const P4: &str = "Residents who cross on foot each day said they would miss the view, though many agreed, in the end, that it had become unsafe in recent winters.";

    fn article() -> Node {
        with(
            "div",
            vec![("class", "article-body")],
            [P1, P2, P3, P4].map(|p| el("p", vec![t(p)])).into(),
        )
    }

    fn links(class: &'static str, texts: &[&'static str]) -> Node {
        with("div", vec![("class", class)], texts.iter().map(|x| el("a", vec![t(x)])).collect())
    }

    /// A reader's comment, in a `tag` of class "comments".
    fn comment(tag: &'static str) -> Node {
        let words =
            "I have crossed that bridge every day for thirty years, and never once felt unsafe.";
        with(tag, vec![("class", "comments")], vec![el("p", vec![t(words)])])
    }

    /// A page's text cut at [`super::ELSEWHERE_HEADING`]: the article, and what was set apart.
    fn article_and_elsewhere(page: &str) -> (&str, &str) {
        page.split_once(&format!("\n\n## {}\n\n", super::ELSEWHERE_HEADING)).unwrap_or_default()
    }

    #[test]
    fn a_page_is_read_for_its_article_and_not_its_menus_teasers_or_comments() {
        let page = body(vec![
            links("top-menu", &["Home", "News", "Sport", "Weather"]),
            with(
                "div",
                vec![("id", "main")],
                vec![
                    el(
                        "div",
                        vec![links(
                            "teasers",
                            &["Market hall reopens after repairs", "School choir wins an award"],
                        )],
                    ),
                    article(),
                    comment("div"),
                ],
            ),
        ]);
        let (article, elsewhere) = article_and_elsewhere(&page);
        assert_eq!(article, [P1, P2, P3, P4].join("\n\n"));
        // nothing is lost: the menu, the teasers and the comment follow, set apart
        for line in ["HomeNewsSportWeather", "School choir wins an award", "never once felt unsafe"]
        {
            assert!(elsewhere.contains(line), "{line:?} in {elsewhere:?}");
        }
    }

    /// Inside the article, a box that is mostly links (teasers, tags) is set apart, while the
    /// article's own list of links and a paragraph quoting its sources stay. Rows: name, the
    /// box put between the article's paragraphs, whether it stays in the article.
    #[test]
    fn an_article_cut_into_boxes_is_their_common_container() {
        const P5: &str = "Shops on the old bridge road fear the closure will keep customers away, and some have asked the council for help with their rents until it reopens.";
        const P6: &str = "The council will meet again next month to decide how long the closure lasts, and whether the bridge can reopen to people on foot.";
        const NOTE: &str =
            "This story will be updated as the council publishes its plans for the works";
        let best: &[&str] = &[P1, P2, P5, NOTE];
        // a step of the article: its box of content, in a wrapper
        let step = |paragraphs: &[&'static str]| {
            el(
                "span",
                vec![el(
                    "div",
                    vec![with(
                        "div",
                        vec![("class", "content")],
                        paragraphs.iter().map(|p| el("p", vec![t(p)])).collect(),
                    )],
                )],
            )
        };
        let rows: Vec<(&str, Vec<&[&'static str]>, bool, Vec<&str>)> = vec![
            (
                "three boxes close to the best: their container",
                vec![best, &[P3], &[P4], &[P6]],
                true,
                vec![],
            ),
            ("two close: the best box alone", vec![best, &[P3], &[P4]], false, vec![P3, P4]),
        ];
        for (name, steps, kept, set_apart) in rows {
            let all: Vec<&str> = steps.iter().flat_map(|s| s.iter().copied()).collect();
            let page = body(vec![
                links("top-menu", &["Home", "News", "Sport", "Weather"]),
                el("article", steps.iter().map(|s| step(s)).collect()),
            ]);
            let (article, elsewhere) = article_and_elsewhere(&page);
            let expected = if kept { all.join("\n\n") } else { best.join("\n\n") };
            assert_eq!(article, expected, "{name}");
            for line in set_apart {
                assert!(elsewhere.contains(line), "{name}: {line:?} in {elsewhere:?}");
            }
        }
    }

    #[test]
    fn a_part_of_the_article_in_a_box_like_its_own_elsewhere_in_the_page_is_kept() {
        const P5: &str = "Shops on the old bridge road fear the closure will keep customers away, and some have asked the council for help with their rents until it reopens.";
        const P6: &str = "The council will meet again next month to decide how long the closure lasts, and whether the bridge can reopen to people on foot.";
        const P7: &str = "Engineers will report on the two cracked piers in the spring, when the river is low enough for divers to reach the footings, the council said.";
        const TEASER: &str =
            "A school choir from the town won a national award on Saturday, its first in years.";
        // a part of the page: a section holding a layout box holding the text's box
        let part = |class: &'static str, paragraphs: &[&'static str]| {
            el(
                "section",
                vec![el(
                    "div",
                    vec![with(
                        "div",
                        vec![("class", class)],
                        paragraphs.iter().map(|p| el("p", vec![t(p)])).collect(),
                    )],
                )],
            )
        };
        let second: &[&str] = &[P5, P6, P7, P5];
        let rows: Vec<(&str, Node, bool)> = vec![
            ("the story's second part, past a picture", part("story-text", second), true),
            ("a box of another class", part("promo-text", second), false),
            ("a teaser in a box like the story's", part("story-text", &[TEASER]), false),
        ];
        for (name, other, kept) in rows {
            let page = body(vec![
                part("story-text", &[P1, P2, P3, P4]),
                el("figure", vec![with("img", vec![("alt", "The bridge")], vec![])]),
                other,
            ]);
            let (article, _) = article_and_elsewhere(&page);
            assert!(article.starts_with(&[P1, P2, P3, P4].join("\n\n")), "{name}: {article:?}");
            let has_second = article.contains(P6) || article.contains(TEASER);
            assert_eq!(has_second, kept, "{name}: {article:?}");
        }
    }

    #[test]
    fn boxes_of_links_inside_the_article_are_set_apart() {
        let a = |text: &'static str| el("a", vec![t(text)]);
        let rows: Vec<(&str, Node, bool)> = vec![
            (
                "a box of teaser links",
                el(
                    "div",
                    vec![
                        el("div", vec![a("Market hall reopens after repairs")]),
                        el("div", vec![a("School choir wins a regional award")]),
                        t(" Read more"),
                    ],
                ),
                false,
            ),
            (
                "a list of links, the article's own",
                el(
                    "ul",
                    vec![
                        el("li", vec![a("The engineers' report on the piers")]),
                        el("li", vec![a("The council's minutes of Tuesday")]),
                    ],
                ),
                true,
            ),
            (
                "a paragraph quoting its sources",
                el(
                    "div",
                    vec![
                        t("The "),
                        a("engineers' report"),
                        t(" and the "),
                        a("council's minutes"),
                        t(" agree."),
                    ],
                ),
                true,
            ),
        ];
        for (name, inner, stays) in rows {
            let page = body(vec![
                links("top-menu", &["Home", "News", "Sport", "Weather"]),
                with(
                    "div",
                    vec![("class", "article-body")],
                    vec![
                        el("p", vec![t(P1)]),
                        el("p", vec![t(P2)]),
                        inner,
                        el("p", vec![t(P3)]),
                        el("p", vec![t(P4)]),
                    ],
                ),
            ]);
            let (article, elsewhere) = article_and_elsewhere(&page);
            assert!(article.contains(P4) && elsewhere.contains("Home"), "{name}: {page:?}");
            let word = if stays { article } else { elsewhere };
            assert!(word.contains("engineers") || word.contains("Market hall"), "{name}: {page:?}");
        }
    }

    /// A post written as lists is found as an article (its long items score as paragraphs),
    /// so the comment thread under it is set apart; a menu's short items never score.
    #[test]
    fn a_post_made_of_lists_is_its_article_and_its_comments_are_set_apart() {
        let item = |text: &'static str| el("li", vec![t(text)]);
        let page = body(vec![
            links("top-menu", &["Home", "News", "Sport", "Weather"]),
            with(
                "div",
                vec![("class", "post")],
                vec![
                    el("h2", vec![t("Highlights")]),
                    el("ul", vec![item(P1), item(P2)]),
                    el("h2", vec![t("Works")]),
                    el("ul", vec![item(P3), item(P4)]),
                ],
            ),
            comment("section"),
        ]);
        let (article, elsewhere) = article_and_elsewhere(&page);
        assert!([P1, P2, P3, P4].iter().all(|p| article.contains(p)), "{page:?}");
        assert!(
            elsewhere.contains("never once felt unsafe") && elsewhere.contains("Home"),
            "{page:?}"
        );
    }

    #[test]
    fn a_fragment_keeps_all_its_text_whatever_its_classes() {
        let text = body(vec![
            with("div", vec![("class", "share")], vec![t("Share")]),
            el("p", vec![t(P1)]),
        ]);
        assert_eq!(text, format!("Share\n\n{P1}"));
    }

    /// What the page hid is left out of a page's article, however the hiding reached the walk:
    /// by its style (a native parse) or by html_prepare's mark in the style's place (the page's).
    #[test]
    fn elements_hidden_by_style_or_its_mark_are_left_out() {
        let rows = [
            ("by style", ("style", "display: none")),
            ("by the mark html_prepare leaves", (crate::html_prepare::HIDDEN_BY_STYLE, "")),
        ];
        for (name, attribute) in rows {
            let page = body(vec![
                with(
                    "div",
                    vec![attribute],
                    vec![el(
                        "p",
                        vec![t(
                            "Sign up to our newsletter, it is free and it comes every morning with the news.",
                        )],
                    )],
                ),
                article(),
            ]);
            assert_eq!(page, [P1, P2, P3, P4].join("\n\n"), "{name}");
        }
    }

    #[test]
    fn a_page_hidden_until_a_script_runs_is_read_all_the_same() {
        let text = body(vec![with("div", vec![("style", "display: none")], vec![article()])]);
        assert_eq!(text, [P1, P2, P3, P4].join("\n\n"));
    }

    #[test]
    fn a_whole_page_opens_with_the_title_byline_and_date_it_declares() {
        let meta = |key: &'static str, value: &'static str| {
            with("meta", vec![("property", key), ("content", value)], vec![])
        };
        let page = el(
            "html",
            vec![
                el(
                    "head",
                    vec![
                        el("title", vec![t("Old bridge to close | The Paper")]),
                        meta("og:title", "Old bridge to close"),
                        meta("author", "Jane Doe"),
                        meta("article:published_time", "2021-05-02T08:15:00Z"),
                    ],
                ),
                el("body", vec![el("h1", vec![t("Old bridge to close")]), el("p", vec![t(P1)])]),
            ],
        );
        assert_eq!(
            super::page_text(&&page),
            format!("# Old bridge to close\n\nBy Jane Doe\n\nPublished 2021-05-02\n\n{P1}")
        );
    }

    /// The byline the page declares heads the text once: its copy at the top of the body goes,
    /// however it is labelled or emphasised; a byline naming someone else stays.
    #[test]
    fn the_declared_byline_is_not_repeated_by_the_body() {
        let rows = [
            ("labelled", "By Jane Doe", "By Jane Doe\n\nPublished"),
            ("unlabelled, other case", "JANE DOE", "By Jane Doe\n\nPublished"),
            ("label with a colon, emphasised", "by: *Jane Doe*", "By Jane Doe\n\nPublished"),
            ("someone else", "By John Roe", "By Jane Doe\n\nPublished 2021-05-02\n\nBy John Roe"),
        ];
        for (name, line, want) in rows {
            let page = el(
                "html",
                vec![
                    el(
                        "head",
                        vec![
                            with("meta", vec![("name", "author"), ("content", "Jane Doe")], vec![]),
                            with(
                                "meta",
                                vec![
                                    ("property", "article:published_time"),
                                    ("content", "2021-05-02"),
                                ],
                                vec![],
                            ),
                        ],
                    ),
                    el("body", vec![el("p", vec![t(line)]), el("p", vec![t(P1)])]),
                ],
            );
            let text = super::page_text(&&page);
            assert!(text.starts_with(want), "{name}: {text:?}");
            assert_eq!(text.matches("Jane").count() + text.matches("JANE").count(), 1, "{name}");
        }
    }

    /// The title a page declares, by Readability's order of its tags. Rows: name, head, title.
    #[test]
    fn the_declared_title_follows_the_tags_order() {
        let meta = |key: &'static str, value: &'static str| {
            with("meta", vec![("name", key), ("content", value)], vec![])
        };
        let rows = [
            (
                "Parse.ly's title alone",
                vec![meta("parsely-title", "Bridge to close")],
                "Bridge to close",
            ),
            (
                "Open Graph's before Parse.ly's",
                vec![
                    meta("parsely-title", "Bridge to close"),
                    meta("og:title", "Old bridge shuts"),
                ],
                "Old bridge shuts",
            ),
            (
                "the document's title last",
                vec![el("title", vec![t("Bridge news today")])],
                "Bridge news today",
            ),
        ];
        for (name, head, want) in rows {
            let page = el("html", vec![el("head", head), el("body", vec![el("p", vec![t(P1)])])]);
            assert_eq!(super::page_facts(&&page).title.as_deref(), Some(want), "{name}");
        }
    }

    #[test]
    fn an_empty_body_has_no_text() {
        assert_eq!(body(vec![]), "");
        assert_eq!(body(vec![el("p", vec![t("  \n ")])]), "");
    }
}
