//! Long content rendered a part at a time. A pasted report can run to thousands of paragraphs
//! and quotes; building all of them would cost the page most of a second on every render (a
//! click on a card re-renders the reader). The first part shows at once, the next parts follow
//! as the reader scrolls near the end (or asks for them), and whatever a card points at is
//! always rendered.

use std::cell::RefCell;
use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};
use std::rc::Rc;

use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use web_sys::{IntersectionObserver, IntersectionObserverEntry, IntersectionObserverInit};
use yew::{
    Callback, Html, NodeRef, Properties, TargetCast, component, hook, html, use_effect_with,
    use_node_ref, use_state_eq,
};

use crate::model::format;

/// Blocks of the article rendered at first: more than a long news story has, so whole articles
/// render in one go and only reports are windowed.
pub const FIRST_BLOCKS: usize = 300;
/// Blocks added each time the reader nears the end.
const MORE_BLOCKS: usize = 600;
/// How far below the view the next part starts rendering, so scrolling rarely meets the end.
const AHEAD: &str = "0px 0px 1500px 0px";

/// How much of the article is rendered, kept per article: edits deep in a long report keep
/// the reader where they were, a different article starts again from the top.
#[derive(Clone)]
pub struct Window {
    /// The article's key (see [`article_key`]) and how many blocks of it are rendered.
    state: yew::UseStateHandle<(u64, usize)>,
}

impl Window {
    /// How many of `total` blocks to render: the window, widened to include block `needed`.
    pub fn shown(&self, text: &str, total: usize, needed: Option<usize>) -> usize {
        let (key, shown) = *self.state;
        let shown = if key == article_key(text) { shown } else { FIRST_BLOCKS };
        let shown = needed.map_or(shown, |needed| shown.max(needed + 1));
        shown.min(total)
    }

    /// Widens the window of the article `text` to a new number of blocks.
    pub fn on_more(&self, text: &str) -> Callback<usize> {
        let state = self.state.clone();
        let key = article_key(text);
        Callback::from(move |shown: usize| state.set((key, shown)))
    }
}

#[hook]
pub fn use_window() -> Window {
    Window { state: use_state_eq(|| (0, FIRST_BLOCKS)) }
}

/// Keys the window on the opening of the text: the same article keeps its window through
/// edits further down, a new paste starts from the top.
pub fn article_key(text: &str) -> u64 {
    let mut end = text.len().min(256);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let mut hasher = DefaultHasher::new();
    text[..end].hash(&mut hasher);
    hasher.finish()
}

#[derive(Properties, PartialEq)]
pub struct ShowMoreProps {
    pub shown: usize,
    pub total: usize,
    /// The new number of blocks to render.
    pub on_more: Callback<usize>,
    /// How many more each step renders.
    #[prop_or(MORE_BLOCKS)]
    pub step: usize,
    /// What is counted ("paragraphs").
    #[prop_or("paragraphs")]
    pub noun: &'static str,
    /// Whether to offer a button that renders everything at once (the reader's paragraphs);
    /// a card's list grows a page at a time instead.
    #[prop_or(true)]
    pub offer_all: bool,
}

/// The end of the rendered part: renders the next part when it scrolls near the view, with
/// buttons for readers who would rather ask (and for keyboards).
#[component(ShowMore)]
pub fn show_more(props: &ShowMoreProps) -> Html {
    let sentinel = use_node_ref();
    let ShowMoreProps { shown, total, step, noun, offer_all, .. } = *props;
    let next = (shown + step).min(total);
    use_near_view(sentinel.clone(), props.on_more.reform(move |()| next));
    let more = props.on_more.reform(move |_| next);
    let all = props.on_more.reform(move |_| total);
    html! {
        <div class="show-more" ref={sentinel}>
            <span>{format!("Showing {} of {} {noun}. ", count(shown), count(total))}</span>
            <button type="button" class="link-button" onclick={more}>
                {format!("Show {} more", count(next - shown))}
            </button>
            if offer_all && next < total {
                {" · "}
                <button type="button" class="link-button" onclick={all}>{"Show all"}</button>
            }
        </div>
    }
}

/// Calls `near` whenever the element comes within [`AHEAD`] of the view. Browsers without
/// IntersectionObserver keep the buttons.
#[hook]
fn use_near_view(target: NodeRef, near: Callback<()>) {
    // The latest callback, read by the observer set up once per element.
    let latest = yew::use_mut_ref(|| near.clone());
    *latest.borrow_mut() = near;
    use_effect_with(target, move |target| {
        let observer = observe(target, latest);
        move || {
            if let Some((observer, _closure)) = observer {
                observer.disconnect();
            }
        }
    });
}

type Observed = (IntersectionObserver, Closure<dyn FnMut(js_sys::Array)>);

fn observe(target: &NodeRef, near: Rc<RefCell<Callback<()>>>) -> Option<Observed> {
    let element = target.cast::<web_sys::Element>()?;
    let closure = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
        let visible = entries.iter().any(|entry| {
            entry.dyn_into::<IntersectionObserverEntry>().is_ok_and(|e| e.is_intersecting())
        });
        if visible {
            near.borrow().emit(());
        }
    });
    let options = IntersectionObserverInit::new();
    options.set_root_margin(AHEAD);
    let observer =
        IntersectionObserver::new_with_options(closure.as_ref().unchecked_ref(), &options).ok()?;
    observer.observe(&element);
    Some((observer, closure))
}

/// "10,234": thousands grouped, as the rest of the page writes counts.
fn count(n: usize) -> String {
    format::thousands(n as f64)
}

/// Items an open list renders at a time: the next page follows as the reader scrolls near its
/// end (or asks for it). "Show all" on tens of thousands of entries must not build them all in
/// one frame: 20,000 timeline entries made 140,000 nodes and stalled the page for seconds.
pub const PAGE: usize = 200;

#[derive(Properties, PartialEq)]
pub struct CappedListProps {
    pub class: &'static str,
    pub count: usize,
    /// Items shown before "Show all".
    pub limit: usize,
    /// Renders item `i`; only the items on show are rendered.
    pub item: Callback<usize, Html>,
    /// An `<ol>` rather than a `<ul>`.
    #[prop_or_default]
    pub ordered: bool,
}

/// A list that shows its first `limit` items and, on "Show all", the rest a [`PAGE`] at a time.
#[component(CappedList)]
pub fn capped_list(props: &CappedListProps) -> Html {
    // How many items are rendered once the list is open; `None` while it is closed.
    let open = use_state_eq(|| None::<usize>);
    let shown = open.map_or(props.limit, |shown| shown).min(props.count);
    let toggle = {
        let (open, limit) = (open.clone(), props.limit);
        Callback::from(move |_| open.set(if open.is_some() { None } else { Some(limit.max(PAGE)) }))
    };
    let on_more = {
        let open = open.clone();
        Callback::from(move |shown: usize| open.set(Some(shown)))
    };
    let items = (0..shown).map(|i| props.item.emit(i));
    html! {
        <>
            if props.ordered {
                <ol class={props.class}>{ for items }</ol>
            } else {
                <ul class={props.class}>{ for items }</ul>
            }
            if open.is_some() && shown < props.count {
                <ShowMore {shown} total={props.count} {on_more} step={PAGE} noun="entries" offer_all={false} />
            }
            if props.count > props.limit {
                <button type="button" class="link-button show-all" onclick={toggle}>
                    { if open.is_some() { "Show fewer".to_owned() } else { format!("Show all {}", count(props.count)) } }
                </button>
            }
        </>
    }
}

#[derive(Properties, PartialEq)]
pub struct FoldedProps {
    pub class: &'static str,
    pub summary: String,
    /// Renders what the fold holds; called only while it is open.
    pub contents: Callback<(), Html>,
}

/// A `<details>` whose contents are built only once the reader opens it. A page's chrome can
/// run to hundreds of lines, each with its own button: built on every paste, they cost the
/// page more than the article itself, for a list most readers never open.
#[component(Folded)]
pub fn folded(props: &FoldedProps) -> Html {
    let open = use_state_eq(|| false);
    let ontoggle = {
        let open = open.clone();
        Callback::from(move |event: yew::Event| {
            open.set(event.target_unchecked_into::<web_sys::Element>().has_attribute("open"))
        })
    };
    html! {
        <details class={props.class} {ontoggle}>
            <summary>{props.summary.clone()}</summary>
            if *open {
                { props.contents.emit(()) }
            }
        </details>
    }
}
