//! Find in the article: a field above the reader view. Every match is marked in the text (as a
//! card marks its source, through the page's focus), the current one stands out (`aria-current`) and is brought
//! into view; Enter and Shift+Enter step through them, Esc clears, `/` comes here.

use std::collections::BTreeSet;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::{
    Element, HtmlElement, HtmlInputElement, KeyboardEvent, ScrollBehavior, ScrollIntoViewOptions,
    ScrollLogicalPosition,
};
use yew::{
    Callback, Html, Properties, TargetCast, component, html, use_effect_with, use_memo,
    use_mut_ref, use_state,
};

use crate::engine::Digest;
use crate::model::find::{Found, Place};

use super::sentences::sentence_id;
use crate::model::same::Same;
use crate::model::state::Focus;

const FIELD_ID: &str = "find-in-article";

/// The element of the reader view that shows a match.
fn element(place: Place) -> Option<Element> {
    let id = match place {
        Place::Sentence(index) => sentence_id(index),
        Place::Paragraph(index) => format!("p-{index}"),
    };
    gloo::utils::document().get_element_by_id(&id)
}

#[derive(Properties, PartialEq)]
pub struct SearchProps {
    pub text: Rc<str>,
    pub digest: Same<Digest>,
    /// Chrome lines the reader kept: the view shows them, so they are searched too.
    pub kept: Rc<BTreeSet<String>>,
    pub focus: Option<Rc<Focus>>,
    pub on_focus: Callback<Option<Focus>>,
}

#[component(Search)]
pub fn search(props: &SearchProps) -> Html {
    let query = use_state(String::new);
    // The match the reader is at; none until a query is typed (or after the text changed).
    let at = use_state(|| None::<usize>);
    let found = use_memo(
        (
            Same::new(props.text.clone()),
            props.digest.clone(),
            Same::new(props.kept.clone()),
            (*query).clone(),
        ),
        |(text, digest, kept, query)| Found::new(text, digest, kept, query),
    );
    // The focus this field last asked for: a card's focus is never cleared from here.
    let ours = use_mut_ref(|| None::<Focus>);
    let ask = {
        let (ours, on_focus, shown) = (ours.clone(), props.on_focus.clone(), props.focus.clone());
        move |focus: Option<Focus>| {
            let showing_ours = shown.as_deref().is_some_and(|f| Some(f) == ours.borrow().as_ref());
            if focus.is_some() || showing_ours {
                on_focus.emit(focus.clone());
            }
            *ours.borrow_mut() = focus;
        }
    };
    {
        // New matches: a new query goes to its first match; the same query in a changed text
        // only marks, so editing the article does not scroll the reader away.
        let (ask, at, last_query) = (ask.clone(), at.clone(), use_mut_ref(String::new));
        // By identity: a new reading can find the same matches, and still needs them marked.
        use_effect_with(Same::new(found.clone()), move |found| {
            let found: &Found = found;
            let fresh = std::mem::replace(&mut *last_query.borrow_mut(), found.query.clone())
                != found.query;
            let current = (fresh && !found.hits.is_empty()).then_some(0);
            at.set(current);
            ask((!found.hits.is_empty()).then(|| found.focus(current)));
        });
    }
    use_current_mark(&found, *at, props.focus.clone(), ours.borrow().clone());
    let step = {
        let (found, at, ask) = (found.clone(), at.clone(), ask.clone());
        Callback::from(move |forward: bool| {
            let n = found.hits.len();
            if n == 0 {
                return;
            }
            let next = match (*at, forward) {
                (None, true) => 0,
                (None, false) => n - 1,
                (Some(i), true) => (i + 1) % n,
                (Some(i), false) => (i + n - 1) % n,
            };
            at.set(Some(next));
            ask(Some(found.focus(Some(next))));
        })
    };
    let oninput = {
        let query = query.clone();
        Callback::from(move |event: yew::InputEvent| {
            query.set(event.target_unchecked_into::<HtmlInputElement>().value());
        })
    };
    let onkeydown = {
        let (query, step) = (query.clone(), step.clone());
        Callback::from(move |event: KeyboardEvent| match event.key().as_str() {
            "Enter" => {
                event.prevent_default();
                step.emit(!event.shift_key());
            }
            "Escape" => query.set(String::new()),
            _ => {}
        })
    };
    if props.digest.paragraphs.is_empty() {
        return Html::default();
    }
    let none = found.hits.is_empty();
    html! {
        <div class="search" role="search">
            <label class="visually-hidden" for={FIELD_ID}>{"Find in article"}</label>
            <input type="search" id={FIELD_ID} class="search-field" placeholder="Find in article  ( / )"
                autocomplete="off" spellcheck="false" value={(*query).clone()} {oninput} {onkeydown} />
            <button type="button" class="search-step" aria-label="Previous match" title="Previous match (Shift+Enter)"
                disabled={none} onclick={step.reform(|_| false)}>{"\u{2191}"}</button>
            <button type="button" class="search-step" aria-label="Next match" title="Next match (Enter)"
                disabled={none} onclick={step.reform(|_| true)}>{"\u{2193}"}</button>
            <span class="search-status" role="status">{found.status(*at)}</span>
        </div>
    }
}

/// Picks out the current match among the marks (`aria-current`) and brings it into view. The
/// reader view marks every match alike (it only knows the focus), so the current one is singled
/// out here, in the DOM, once the view has rendered the focus.
#[yew::hook]
fn use_current_mark(
    found: &Rc<Found>,
    at: Option<usize>,
    shown: Option<Rc<Focus>>,
    ours: Option<Focus>,
) {
    let tagged = use_mut_ref(|| None::<Element>);
    use_effect_with((found.clone(), at, shown), move |(found, at, shown)| {
        if let Some(old) = tagged.borrow_mut().take() {
            let _ = old.remove_attribute("aria-current");
        }
        let showing_ours = ours.is_some() && shown.as_deref() == ours.as_ref();
        let Some(i) = at.filter(|_| showing_ours) else { return };
        let Some(hit) = found.hits.get(i) else { return };
        // The hit is the k-th mark of its sentence.
        let k = found.hits[..i].iter().rev().take_while(|h| h.place == hit.place).count();
        let mark = element(hit.place)
            .and_then(|e| e.query_selector_all("mark").ok())
            .and_then(|marks| marks.item(k as u32))
            .and_then(|node| node.dyn_into::<Element>().ok());
        if let Some(mark) = mark {
            let _ = mark.set_attribute("aria-current", "true");
            let options = ScrollIntoViewOptions::new();
            options.set_behavior(ScrollBehavior::Smooth);
            options.set_block(ScrollLogicalPosition::Center);
            mark.scroll_into_view_with_scroll_into_view_options(&options);
            *tagged.borrow_mut() = Some(mark);
        }
    });
}

/// Moves keyboard focus to the search field (the `/` shortcut).
pub fn focus_field() {
    if let Some(field) = gloo::utils::document().get_element_by_id(FIELD_ID)
        && let Ok(field) = field.dyn_into::<HtmlElement>()
    {
        let _ = field.focus();
    }
}
