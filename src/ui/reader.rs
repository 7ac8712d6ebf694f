//! The reader view: the article's blocks as a clean page.

use std::rc::Rc;

use yew::{Html, Properties, component, html};

use crate::engine::{BlockKind, Digest, Paragraph};

use super::markdown;

#[derive(Properties, PartialEq)]
pub struct ReaderProps {
    pub text: Rc<str>,
    pub digest: Rc<Digest>,
}

#[component(Reader)]
pub fn reader(props: &ReaderProps) -> Html {
    let digest = &props.digest;
    let text = &props.text;
    if digest.paragraphs.is_empty() {
        return html! {
            <article class="reader reader-empty" aria-label="Reader view">
                <p class="hint">{"Paste an article on the left, drop a .txt, .md or .html file there, or try an example."}</p>
            </article>
        };
    }
    let sentences = digest.sentences.len();
    let paragraphs = digest.paragraphs.len();
    html! {
        <article class="reader" aria-label="Reader view">
            { for group_lists(&digest.paragraphs).into_iter().map(|group| render_group(text, group)) }
            <footer class="reader-stats">
                {format!("{paragraphs} blocks · {sentences} sentences")}
            </footer>
        </article>
    }
}

/// Consecutive list items of one kind, or a single other block, with their indices.
enum Group<'a> {
    List { ordered: bool, items: Vec<(usize, &'a Paragraph)> },
    Block(usize, &'a Paragraph),
}

fn group_lists(paragraphs: &[Paragraph]) -> Vec<Group<'_>> {
    let mut groups: Vec<Group<'_>> = Vec::new();
    for (index, paragraph) in paragraphs.iter().enumerate() {
        if let BlockKind::ListItem { ordered } = paragraph.kind {
            if let Some(Group::List { ordered: open, items }) = groups.last_mut()
                && *open == ordered
            {
                items.push((index, paragraph));
                continue;
            }
            groups.push(Group::List { ordered, items: vec![(index, paragraph)] });
        } else {
            groups.push(Group::Block(index, paragraph));
        }
    }
    groups
}

fn render_group(text: &str, group: Group<'_>) -> Html {
    match group {
        Group::List { ordered, items } => {
            let items = items.into_iter().map(|(index, paragraph)| {
                html! { <li id={anchor(index)}>{ markdown::inline(paragraph.span.of(text)) }</li> }
            });
            if ordered {
                html! { <ol>{ for items }</ol> }
            } else {
                html! { <ul>{ for items }</ul> }
            }
        }
        Group::Block(index, paragraph) => render_block(text, index, paragraph),
    }
}

fn render_block(text: &str, index: usize, paragraph: &Paragraph) -> Html {
    let content = paragraph.span.of(text);
    let id = anchor(index);
    match paragraph.kind {
        BlockKind::Heading { level } => {
            let inner = markdown::inline(content);
            match level {
                1 => html! { <h2 {id} class="heading">{inner}</h2> },
                2 => html! { <h3 {id} class="heading">{inner}</h3> },
                _ => html! { <h4 {id} class="heading">{inner}</h4> },
            }
        }
        BlockKind::Quote => {
            html! { <blockquote {id}><p>{ markdown::inline(content) }</p></blockquote> }
        }
        BlockKind::Code => html! { <pre {id}><code>{ content.to_owned() }</code></pre> },
        BlockKind::Text | BlockKind::ListItem { .. } => {
            html! { <p {id}>{ markdown::inline(content) }</p> }
        }
    }
}

fn anchor(index: usize) -> String {
    format!("p-{index}")
}
