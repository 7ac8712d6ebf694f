//! One block's Markdown rendered as Yew nodes by walking pulldown-cmark's events.
//!
//! Nothing is ever parsed as HTML by the browser: raw HTML in the paste comes out as visible
//! text, links render only for http(s) addresses, and images become a placeholder with their
//! alt text (fetching them would leak the reader's visit to a third party).

use pulldown_cmark::{Event, Parser, Tag, TagEnd};
use yew::{Html, html, virtual_dom::VList};

/// The inline content of one block. The engine already decided the block's shape (heading,
/// list item...), so a leading marker in the text must not be read as Markdown structure again.
pub fn inline(text: &str) -> Html {
    let source = escape_block_start(text);
    let mut stack: Vec<(Option<Tag<'_>>, Vec<Html>)> = vec![(None, Vec::new())];
    for event in Parser::new_ext(&source, OPTIONS) {
        match event {
            Event::Start(tag) => stack.push((Some(tag), Vec::new())),
            Event::End(end) => {
                let Some((tag, children)) = stack.pop() else {
                    continue;
                };
                let node = element(tag, end, children);
                if let Some((_, parent)) = stack.last_mut() {
                    parent.push(node);
                }
            }
            Event::Text(text) | Event::Html(text) | Event::InlineHtml(text) => {
                push(&mut stack, html! { {text.to_string()} })
            }
            Event::Code(code) => push(&mut stack, html! { <code>{code.to_string()}</code> }),
            Event::SoftBreak => push(&mut stack, html! { {" "} }),
            Event::HardBreak => push(&mut stack, html! { <br/> }),
            Event::Rule => {}
            // Footnotes, maths and task lists are not enabled, so nothing else arrives.
            _ => {}
        }
    }
    let children = stack.into_iter().flat_map(|(_, children)| children).collect::<Vec<_>>();
    Html::from(VList::with_children(children, None))
}

/// The words of one block's Markdown without its signs, for the cards: they quote a sentence
/// inside a button, where emphasis adds nothing and a link could not be followed.
pub fn plain(text: &str) -> String {
    let source = escape_block_start(text);
    let mut out = String::with_capacity(source.len());
    for event in Parser::new_ext(&source, OPTIONS) {
        match event {
            Event::Text(text) | Event::Code(text) | Event::Html(text) | Event::InlineHtml(text) => {
                out.push_str(&text)
            }
            Event::SoftBreak | Event::HardBreak => out.push(' '),
            _ => {}
        }
    }
    out
}

const OPTIONS: pulldown_cmark::Options = pulldown_cmark::Options::ENABLE_STRIKETHROUGH;

fn push(stack: &mut [(Option<Tag<'_>>, Vec<Html>)], node: Html) {
    if let Some((_, children)) = stack.last_mut() {
        children.push(node);
    }
}

fn element(tag: Option<Tag<'_>>, _end: TagEnd, children: Vec<Html>) -> Html {
    let inner = Html::from(VList::with_children(children, None));
    match tag {
        Some(Tag::Emphasis) => html! { <em>{inner}</em> },
        Some(Tag::Strong) => html! { <strong>{inner}</strong> },
        Some(Tag::Strikethrough) => html! { <del>{inner}</del> },
        Some(Tag::Link { dest_url, title, .. }) if is_web_address(&dest_url) => html! {
            <a href={dest_url.to_string()} title={title.to_string()} rel="noopener noreferrer nofollow" target="_blank">{inner}</a>
        },
        Some(Tag::Image { .. }) => html! {
            <span class="image-placeholder" role="img" aria-label="image not loaded">{"[image: "}{inner}{"]"}</span>
        },
        // Links to anything but the web (javascript:, data:, file:) keep only their text.
        _ => inner,
    }
}

fn is_web_address(url: &str) -> bool {
    let lower = url.trim().to_ascii_lowercase();
    lower.starts_with("https://") || lower.starts_with("http://")
}

/// Escapes a leading character that Markdown would read as a block marker ("1986. A year",
/// "# 1 seed", "> 50 dead"), so the text renders as written.
fn escape_block_start(text: &str) -> String {
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    let at = if digits > 0 && matches!(text.as_bytes().get(digits), Some(b'.' | b')')) {
        Some(digits)
    } else if text.starts_with(['#', '>'])
        || text.starts_with("```")
        || text.starts_with("~~~")
        || (text.starts_with(['-', '+', '*']) && text[1..].starts_with(char::is_whitespace))
    {
        Some(0)
    } else {
        None
    };
    match at {
        Some(at) => format!("{}\\{}", &text[..at], &text[at..]),
        None => text.to_owned(),
    }
}
