//! A paragraph's text with each sentence wrapped in its own element, so every card can point
//! back at the sentence it came from (`#s-INDEX`) and the reader view can mark spans in it.

use yew::{Html, classes, html};

use crate::engine::{Digest, Paragraph, Span};

use super::markdown;
use crate::engine::order;
use crate::model::state::Focus;

/// What the text is rendered with: the article, its digest and what to mark in it.
#[derive(Clone, Copy)]
pub struct TextView<'a> {
    pub text: &'a str,
    pub digest: &'a Digest,
    pub focus: Option<&'a Focus>,
}

pub fn sentence_id(index: usize) -> String {
    format!("s-{index}")
}

impl TextView<'_> {
    /// The paragraph's content, sentence by sentence.
    pub fn paragraph(&self, paragraph: &Paragraph) -> Html {
        let range = paragraph.sentences.clone();
        if range.is_empty() {
            return self.marked(paragraph.span);
        }
        let mut nodes = Vec::new();
        let mut at = paragraph.span.start;
        for index in range.clone() {
            let Some(sentence) = self.digest.sentences.get(index) else { continue };
            let next = self.digest.sentences.get(index + 1).filter(|_| index + 1 < range.end);
            let limit = next.map_or(paragraph.span.end, |n| n.span.start);
            let shown = with_delimiters(self.text, sentence.span, at, limit);
            if shown.start > at {
                nodes.push(gap(Span::new(at, shown.start).of(self.text)));
            }
            let focused = self.focus.is_some_and(|f| f.sentences.contains(&index));
            nodes.push(html! {
                <span id={sentence_id(index)} class={classes!("sentence", focused.then_some("focused"))}>
                    { self.marked(shown) }
                </span>
            });
            at = shown.end;
        }
        if paragraph.span.end > at {
            nodes.push(gap(Span::new(at, paragraph.span.end).of(self.text)));
        }
        html! { <>{ for nodes }</> }
    }

    /// The text of `span`: Markdown when nothing in it is marked, plain text with `<mark>`s
    /// around the focused spans and the dateline otherwise.
    fn marked(&self, span: Span) -> Html {
        let mut marks: Vec<(Span, &'static str)> = self
            .focus
            .into_iter()
            .flat_map(|f| f.marks.iter())
            .filter(|m| span.contains(**m) && !m.is_empty())
            .map(|m| (*m, "mention"))
            .collect();
        if let Some(dateline) = self.digest.dateline.map(|d| d.span)
            && span.contains(dateline)
        {
            marks.push((dateline, "dateline"));
        }
        if marks.is_empty() {
            return inline(span.of(self.text));
        }
        order::sort_by_key(&mut marks, |(m, _)| (m.start, m.end));
        let mut nodes = Vec::new();
        let mut at = span.start;
        for (mark, class) in marks {
            if mark.start < at {
                continue; // overlapping marks: the first one wins
            }
            nodes.push(html! { {Span::new(at, mark.start).of(self.text).to_owned()} });
            let inner = mark.of(self.text).to_owned();
            nodes.push(match class {
                "dateline" => html! { <span class="dateline">{inner}</span> },
                _ => html! { <mark class={class}>{inner}</mark> },
            });
            at = mark.end;
        }
        nodes.push(html! { {Span::new(at, span.end).of(self.text).to_owned()} });
        html! { <>{ for nodes }</> }
    }
}

/// A sentence as Markdown. Most sentences hold nothing Markdown would read (no emphasis,
/// link, code, entity, escape or line break): those are one text node as written, without a
/// parse, which matters when a paste renders a few hundred of them at once.
fn inline(text: &str) -> Html {
    let plain = !text.contains(MARKDOWN_SIGNS)
        && !text.starts_with(char::is_whitespace)
        && !text.ends_with(char::is_whitespace);
    if plain {
        html! { {text.to_owned()} }
    } else {
        markdown::inline(text)
    }
}

/// Every character that can start something Markdown renders differently from its text, in
/// the inline content the reader view shows (block markers only count at the start of a block,
/// and `markdown::inline` escapes those to show them as written).
const MARKDOWN_SIGNS: &[char] =
    &['*', '_', '[', ']', '!', '<', '>', '`', '~', '&', '\\', '\n', '\r'];

/// `span` widened over the emphasis signs written against it, no further than `from`..`to`:
/// the engine's sentences start at the first word, so in "**Update:** Roads are shut." the
/// opening `**` lies outside the sentence, and rendering the sentence alone would show the
/// signs instead of the emphasis.
pub fn with_delimiters(text: &str, span: Span, from: usize, to: usize) -> Span {
    const SIGNS: &[u8] = b"*_~`";
    let bytes = text.as_bytes();
    let mut start = span.start;
    while start > from && bytes.get(start - 1).is_some_and(|b| SIGNS.contains(b)) {
        start -= 1;
    }
    let mut end = span.end;
    while end < to && bytes.get(end).is_some_and(|b| SIGNS.contains(b)) {
        end += 1;
    }
    Span::new(start, end)
}

/// What lies between two sentences: usually a space; a line break reads as one too. Anything
/// else is Markdown the engine set between sentences (an image, `![A street]()`, is no part of
/// either), rendered as a sentence is, with the spaces around it kept.
fn gap(between: &str) -> Html {
    let inner = between.trim();
    if inner.is_empty() {
        return html! { {" "} };
    }
    let before = if between.starts_with(char::is_whitespace) { " " } else { "" };
    let after = if between.ends_with(char::is_whitespace) { " " } else { "" };
    html! { <>{before}{inline(inner)}{after}</> }
}
