//! Keyboard shortcuts for readers who keep their hands on the keys, and the `?` overlay that
//! lists them. Keys typed into the paste area or a field are never taken.

use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, KeyboardEvent};
use yew::{Callback, Html, Properties, component, hook, html, use_effect_with};

/// What a shortcut asks the page to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shortcut {
    Help,
    Paste,
    Search,
    NextCard,
    PreviousCard,
    NewArticle,
    NextArticle,
    PreviousArticle,
    Escape,
}

pub const SHORTCUTS: &[(&str, &str)] = &[
    ("?", "show or hide these shortcuts"),
    ("p", "go to the paste area"),
    ("/", "find in the article (Enter / Shift+Enter: next / previous match)"),
    ("j / k", "next / previous card (shows its source)"),
    ("] / [", "next / previous article"),
    ("n", "new article"),
    ("Esc", "close, clear the highlight"),
];

fn shortcut(event: &KeyboardEvent) -> Option<Shortcut> {
    if event.ctrl_key() || event.meta_key() || event.alt_key() {
        return None;
    }
    let typing = event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|e| matches!(e.tag_name().as_str(), "TEXTAREA" | "INPUT" | "SELECT"));
    match event.key().as_str() {
        "Escape" => Some(Shortcut::Escape),
        _ if typing => None,
        "?" => Some(Shortcut::Help),
        "p" => Some(Shortcut::Paste),
        "/" => Some(Shortcut::Search),
        "j" => Some(Shortcut::NextCard),
        "k" => Some(Shortcut::PreviousCard),
        "n" => Some(Shortcut::NewArticle),
        "]" => Some(Shortcut::NextArticle),
        "[" => Some(Shortcut::PreviousArticle),
        _ => None,
    }
}

/// Listens for shortcuts on the whole page while the app is mounted.
#[hook]
pub fn use_shortcuts(on_shortcut: Callback<Shortcut>) {
    use_effect_with((), move |()| {
        // Not passive: a shortcut's key must not also be typed where it moves the focus (`/`
        // into the search field, `p` into the paste area).
        let options = gloo::events::EventListenerOptions::enable_prevent_default();
        let listener = gloo::events::EventListener::new_with_options(
            &gloo::utils::document(),
            "keydown",
            options,
            move |event| {
                let Some(event) = event.dyn_ref::<KeyboardEvent>() else { return };
                if let Some(shortcut) = shortcut(event) {
                    event.prevent_default();
                    on_shortcut.emit(shortcut);
                }
            },
        );
        move || drop(listener)
    });
}

/// Moves keyboard focus to the next (or previous) card and shows its source.
pub fn step_card(forward: bool) {
    let document = gloo::utils::document();
    let Ok(cards) = document.query_selector_all(".panels button.source") else { return };
    let cards: Vec<HtmlElement> = (0..cards.length())
        .filter_map(|i| cards.item(i))
        .filter_map(|n| n.dyn_into().ok())
        .collect();
    if cards.is_empty() {
        return;
    }
    let active = document.active_element();
    let at = cards
        .iter()
        .position(|c| active.as_ref().is_some_and(|a| a == c.as_ref() as &web_sys::Element));
    let next = match (at, forward) {
        (None, true) => 0,
        (None, false) => cards.len() - 1,
        (Some(i), true) => (i + 1).min(cards.len() - 1),
        (Some(i), false) => i.saturating_sub(1),
    };
    let _ = cards[next].focus();
    cards[next].click();
}

pub fn focus_paste_area() {
    if let Some(area) = gloo::utils::document().get_element_by_id("paste")
        && let Ok(area) = area.dyn_into::<HtmlElement>()
    {
        let _ = area.focus();
    }
}

#[derive(Properties, PartialEq)]
pub struct KeysProps {
    pub on_close: Callback<()>,
}

#[component(KeysOverlay)]
pub fn keys_overlay(props: &KeysProps) -> Html {
    html! {
        <div class="keys-overlay" role="dialog" aria-modal="true" aria-labelledby="keys-heading">
            <div class="keys-card">
                <h2 id="keys-heading">{"Keyboard shortcuts"}</h2>
                <dl>
                    { for SHORTCUTS.iter().map(|(keys, what)| html! {
                        <><dt><kbd>{*keys}</kbd></dt><dd>{*what}</dd></>
                    }) }
                </dl>
                <button type="button" class="tool" onclick={props.on_close.reform(|_| ())}>{"Close"}</button>
            </div>
        </div>
    }
}
