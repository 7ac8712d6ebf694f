//! The reader view: the article as a careful human would show it. The header gathers what the
//! engine picked out (headline, byline, dateline, date), the article's own highlights sit in a
//! box, page chrome is left out of the body but listed below it, where any line can be kept.

use std::collections::BTreeSet;
use std::rc::Rc;

use web_sys::{HtmlInputElement, ScrollBehavior, ScrollIntoViewOptions, ScrollLogicalPosition};
use yew::{Callback, Html, Properties, TargetCast, component, html, use_effect_with};

use crate::engine::language::Language;
use crate::engine::{
    BlockKind, CalendarDate, Digest, Paragraph, PublishedSource, Role, table_cells,
};

use super::sentences::{TextView, sentence_id};
use super::window::{Folded, ShowMore, use_window};
use crate::model::format;
use crate::model::same::Same;
use crate::model::state::Focus;

#[derive(Properties, PartialEq)]
pub struct ReaderProps {
    pub text: Rc<str>,
    pub digest: Same<Digest>,
    /// Chrome lines the reader chose to keep in the body.
    pub kept: Rc<BTreeSet<String>>,
    pub focus: Option<Rc<Focus>>,
    pub on_keep: Callback<String>,
    pub on_published: Callback<Option<CalendarDate>>,
    /// How long the digest on show took to read.
    pub millis: Option<f64>,
    /// A newer version of the text is being read.
    pub pending: bool,
    /// Reading has gone on long enough to say so (see `reading::use_said`).
    pub said: bool,
    pub pending_bytes: usize,
    /// How much of that read is done, 0 to 1, as the engine's worker reported it.
    #[prop_or_default]
    pub pending_progress: f32,
    pub on_cancel: Callback<()>,
}

#[component(Reader)]
pub fn reader(props: &ReaderProps) -> Html {
    let window = use_window();
    use_scroll_to_focus(props.focus.clone());
    let digest = &props.digest;
    let status = reading_status(props);
    if digest.paragraphs.is_empty() {
        return html! {
            <article class="reader reader-empty" aria-label="Reader view" aria-busy={busy(props)}>
                {status}
                if !props.pending {
                    <p class="hint">{"Paste an article on the left, drop a .txt, .md or .html file there, or try an example."}</p>
                }
            </article>
        };
    }
    let view = TextView { text: &props.text, digest, focus: props.focus.as_deref() };
    let kept = |p: &Paragraph| props.kept.contains(p.span.of(&props.text));
    let body = body_blocks(digest, &kept);
    let groups = group_lists(&body);
    let total = groups.len();
    let shown =
        window.shown(&props.text, total, focus_group(&groups, digest, props.focus.as_deref()));
    html! {
        <article class="reader" aria-label="Reader view" aria-busy={busy(props)}>
            {status}
            { language_note(digest) }
            { header(view, props) }
            { highlights(view) }
            <ArticleBody text={props.text.clone()} digest={props.digest.clone()} kept={props.kept.clone()}
                focus={props.focus.clone()} {shown} />
            if shown < total {
                <ShowMore {shown} {total} on_more={window.on_more(&props.text)} />
            }
            { removed(view, props) }
            <footer class="reader-stats">
                {format!(
                    "{} · {}",
                    format::counted(body.len(), "paragraph", "paragraphs"),
                    format::counted(digest.sentences.len(), "sentence", "sentences"),
                )}
                if let Some(millis) = props.millis {
                    <span class="read-time">{format!(" · read in {}", format::duration(millis))}</span>
                }
            </footer>
        </article>
    }
}

/// Compared by identity (see `Same`): the body is rendered again only for a new digest,
/// focus, kept line or window, not while the next version of the text is being read.
#[derive(Properties, PartialEq)]
struct BodyProps {
    text: Rc<str>,
    digest: Same<Digest>,
    kept: Rc<BTreeSet<String>>,
    focus: Option<Rc<Focus>>,
    /// How many blocks (lists count as one) to render.
    shown: usize,
}

/// The article's body: its paragraphs, headings, quotes and lists, sentence by sentence.
#[component(ArticleBody)]
fn article_body(props: &BodyProps) -> Html {
    let view = TextView { text: &props.text, digest: &props.digest, focus: props.focus.as_deref() };
    let kept = |p: &Paragraph| props.kept.contains(p.span.of(&props.text));
    let groups = group_lists(&body_blocks(&props.digest, &kept));
    html! {
        <div class="article-body">
            { for groups.into_iter().take(props.shown).map(|group| render_group(view, group, &kept)) }
        </div>
    }
}

/// The blocks of the body: the article's own text and any chrome line the reader kept.
fn body_blocks<'a>(
    digest: &'a Digest,
    kept: &dyn Fn(&Paragraph) -> bool,
) -> Vec<(usize, &'a Paragraph)> {
    digest
        .paragraphs
        .iter()
        .enumerate()
        .filter(|(_, p)| match p.role {
            Role::Body | Role::Subheading => true,
            Role::Chrome(_) => kept(p),
            _ => false,
        })
        .collect()
}

/// Says to assistive technology that the view is about to change, from the first moment.
fn busy(props: &ReaderProps) -> Option<&'static str> {
    props.pending.then_some("true")
}

/// "Reading 1.2 MB…" with a way to stop, once a newer version of the text has been read for a
/// moment: a quick read shows nothing.
fn reading_status(props: &ReaderProps) -> Html {
    if !(props.pending && props.said) {
        return Html::default();
    }
    let onclick = props.on_cancel.reform(|_| ());
    html! {
        <div class="reading-status" role="status">
            <span class="spinner" aria-hidden="true"></span>
            {format!("Reading {}\u{2026}", format::bytes(props.pending_bytes))}
            {percent_done(props.pending_progress)}
            <button type="button" class="stop" {onclick}>{"Stop"}</button>
        </div>
    }
}

/// " 40%" once the worker has reported some of the read done; nothing before.
fn percent_done(done: f32) -> String {
    let percent = (done.clamp(0.0, 1.0) * 100.0).floor() as u32;
    if percent == 0 { String::new() } else { format!(" {percent}%") }
}

/// Lede's rules read English; an article in another language is read anyway, with a warning.
fn language_note(digest: &Digest) -> Html {
    match digest.language {
        Some(language) if language != Language::English => html! {
            <p class="language-note" role="note">
                {format!("Lede reads English articles; found: {}. ", language.name())}
                {"What it picks out below may be missing or wrong."}
            </p>
        },
        _ => Html::default(),
    }
}

/// Brings the first focused sentence into view whenever the focus changes.
#[yew::hook]
fn use_scroll_to_focus(focus: Option<Rc<Focus>>) {
    use_effect_with(focus, |focus| {
        let first = focus.as_ref().and_then(|f| f.sentences.iter().min().copied());
        if let Some(element) =
            first.and_then(|i| gloo::utils::document().get_element_by_id(&sentence_id(i)))
        {
            let options = ScrollIntoViewOptions::new();
            options.set_behavior(ScrollBehavior::Smooth);
            options.set_block(ScrollLogicalPosition::Center);
            element.scroll_into_view_with_scroll_into_view_options(&options);
        }
    });
}

fn header(view: TextView<'_>, props: &ReaderProps) -> Html {
    let digest = view.digest;
    let headline = digest.paragraphs.iter().find(|p| p.role == Role::Headline);
    let names: Vec<&str> = digest.byline.iter().map(|s| s.of(view.text)).collect();
    let dateline = digest.dateline.map(|d| {
        let place = d.place.of(view.text).to_owned();
        match d.agency {
            Some(agency) => format!("{place} ({})", agency.of(view.text)),
            None => place,
        }
    });
    html! {
        <header class="article-header">
            if let Some(headline) = headline {
                <h2 class="headline" id="p-headline">{ view.paragraph(headline) }</h2>
            }
            <p class="article-meta">
                if !names.is_empty() {
                    <span class="byline">{"By "}{format::join_names(&names)}</span>
                }
                if let Some(place) = dateline {
                    <span class="dateline-place">{place}</span>
                }
                { published(digest, props.on_published.clone()) }
            </p>
        </header>
    }
}

/// The publication date, with a field to set or correct it (every relative date hangs on it).
fn published(digest: &Digest, on_published: Callback<Option<CalendarDate>>) -> Html {
    let onchange = on_published.reform(|event: yew::Event| {
        event.target_unchecked_into::<HtmlInputElement>().value().parse::<CalendarDate>().ok()
    });
    let (shown, source, value) = match digest.published {
        Some(p) => {
            let source = match p.source {
                PublishedSource::User => "as you set it",
                PublishedSource::Text { .. } => "from the text",
            };
            (format::long_date(p.date), source, p.date.to_string())
        }
        None => ("Date unknown".to_owned(), "set it to resolve relative dates", String::new()),
    };
    let user_set = matches!(digest.published, Some(p) if p.source == PublishedSource::User);
    let reset = on_published.reform(|_| None);
    html! {
        <span class="published">
            <time datetime={value.clone()}>{shown}</time>
            <span class="published-source">{format!(" ({source})")}</span>
            <label class="published-edit">
                <span class="visually-hidden">{"Publication date"}</span>
                <input type="date" class="published-input" {value} {onchange} aria-label="Publication date" />
            </label>
            if user_set {
                <button type="button" class="link-button" onclick={reset}>{"use the article's date"}</button>
            }
        </span>
    }
}

fn highlights(view: TextView<'_>) -> Html {
    if view.digest.highlights.is_empty() {
        return Html::default();
    }
    let items = view.digest.highlights.iter().filter_map(|&i| view.digest.paragraphs.get(i));
    html! {
        <aside class="highlights" aria-label="Highlights">
            <h3>{"Highlights"}</h3>
            <ul>{ for items.map(|p| html! { <li>{ view.paragraph(p) }</li> }) }</ul>
        </aside>
    }
}

/// The page chrome left out of the body, listed once the reader opens the list (see `Folded`).
fn removed(view: TextView<'_>, props: &ReaderProps) -> Html {
    let chrome = &view.digest.chrome;
    if chrome.is_empty() {
        return Html::default();
    }
    let lines = if chrome.len() == 1 { "line" } else { "lines" };
    let summary = format!("Removed from the page ({} {lines})", chrome.len());
    let (text, digest) = (props.text.clone(), props.digest.clone());
    let (kept, on_keep) = (props.kept.clone(), props.on_keep.clone());
    let contents = Callback::from(move |()| {
        html! {
            <ul>
                { for digest.chrome.iter().map(|piece| {
                    let line = piece.span.of(&text).to_owned();
                    let is_kept = kept.contains(&line);
                    let onclick = on_keep.reform({ let line = line.clone(); move |_| line.clone() });
                    html! {
                        <li class={if is_kept { "kept" } else { "" }}>
                            <span class="chrome-kind">{format::chrome_label(piece.kind)}</span>
                            <span class="chrome-text">{line}</span>
                            <button type="button" class="keep" {onclick}>
                                { if is_kept { "Remove again" } else { "Keep in article" } }
                            </button>
                        </li>
                    }
                }) }
            </ul>
        }
    });
    html! { <Folded class="removed" {summary} {contents} /> }
}

/// Consecutive list items of one kind, consecutive table rows, or a single other block.
enum Group<'a> {
    List { ordered: bool, items: Vec<(usize, &'a Paragraph)> },
    Table(Vec<(usize, &'a Paragraph)>),
    Block(usize, &'a Paragraph),
}

fn group_lists<'a>(paragraphs: &[(usize, &'a Paragraph)]) -> Vec<Group<'a>> {
    let mut groups: Vec<Group<'a>> = Vec::new();
    for &(index, paragraph) in paragraphs {
        if let BlockKind::ListItem { ordered } = paragraph.kind {
            if let Some(Group::List { ordered: open, items }) = groups.last_mut()
                && *open == ordered
            {
                items.push((index, paragraph));
                continue;
            }
            groups.push(Group::List { ordered, items: vec![(index, paragraph)] });
        } else if paragraph.kind == BlockKind::TableRow {
            if let Some(Group::Table(rows)) = groups.last_mut() {
                rows.push((index, paragraph));
                continue;
            }
            groups.push(Group::Table(vec![(index, paragraph)]));
        } else {
            groups.push(Group::Block(index, paragraph));
        }
    }
    groups
}

fn render_group(view: TextView<'_>, group: Group<'_>, kept: &dyn Fn(&Paragraph) -> bool) -> Html {
    match group {
        Group::List { ordered, items } => {
            let items = items.into_iter().map(|(index, paragraph)| {
                html! { <li id={anchor(index)}>{ view.paragraph(paragraph) }</li> }
            });
            if ordered {
                html! { <ol>{ for items }</ol> }
            } else {
                html! { <ul>{ for items }</ul> }
            }
        }
        Group::Table(rows) => {
            // Each row is one paragraph of the digest, its cells plain text: a card pointing
            // into a table scrolls to its row.
            let rows = rows.into_iter().map(|(index, paragraph)| {
                let cells = table_cells(paragraph.span.of(view.text));
                html! {
                    <tr id={anchor(index)}>
                        { for cells.into_iter().map(|cell| html! { <td>{ cell.to_owned() }</td> }) }
                    </tr>
                }
            });
            html! { <div class="table-wrap"><table><tbody>{ for rows }</tbody></table></div> }
        }
        Group::Block(index, paragraph) => {
            let restored = matches!(paragraph.role, Role::Chrome(_)) && kept(paragraph);
            render_block(view, index, paragraph, restored)
        }
    }
}

fn render_block(view: TextView<'_>, index: usize, paragraph: &Paragraph, restored: bool) -> Html {
    let id = anchor(index);
    let class = if restored { "restored" } else { "" };
    let content = view.paragraph(paragraph);
    match (paragraph.kind, paragraph.role) {
        (BlockKind::Code, _) => {
            html! { <pre {id}><code>{ paragraph.span.of(view.text).to_owned() }</code></pre> }
        }
        (BlockKind::Heading { .. }, _) | (_, Role::Subheading) => {
            html! { <h3 {id} class="heading">{content}</h3> }
        }
        (BlockKind::Quote, _) => html! { <blockquote {id} {class}><p>{content}</p></blockquote> },
        _ => html! { <p {id} {class}>{content}</p> },
    }
}

/// The group holding the last sentence in focus: a card's source is always on the page, however
/// far down a long report it sits.
fn focus_group(groups: &[Group<'_>], digest: &Digest, focus: Option<&Focus>) -> Option<usize> {
    let last = focus?.sentences.iter().max()?;
    let paragraph = digest.sentences.get(*last)?.paragraph;
    groups.iter().position(|group| match group {
        Group::List { items, .. } | Group::Table(items) => {
            items.iter().any(|&(index, _)| index == paragraph)
        }
        Group::Block(index, _) => *index == paragraph,
    })
}

fn anchor(index: usize) -> String {
    format!("p-{index}")
}
