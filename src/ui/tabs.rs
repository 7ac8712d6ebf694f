//! The articles on the page, as tabs: add, rename, reorder, remove, and pick one to compare.

use web_sys::{HtmlInputElement, HtmlSelectElement, KeyboardEvent};
use yew::{Callback, Html, Properties, TargetCast, component, html, use_state};

/// What a tab shows of its article.
#[derive(Debug, Clone, PartialEq)]
pub struct TabInfo {
    pub key: u64,
    pub title: String,
    pub pending: bool,
}

#[derive(Properties, PartialEq)]
pub struct TabsProps {
    pub tabs: Vec<TabInfo>,
    pub current: usize,
    pub compare_with: Option<u64>,
    pub on_select: Callback<usize>,
    pub on_add: Callback<()>,
    pub on_remove: Callback<usize>,
    pub on_move: Callback<(usize, isize)>,
    pub on_rename: Callback<(usize, String)>,
    pub on_compare: Callback<Option<u64>>,
}

#[component(Tabs)]
pub fn tabs(props: &TabsProps) -> Html {
    let renaming = use_state(|| false);
    let current = props.current;
    let count = props.tabs.len();
    let tab = |(index, info): (usize, &TabInfo)| {
        let selected = index == current;
        let onclick = props.on_select.reform(move |_| index);
        let class = if selected { "tab current" } else { "tab" };
        html! {
            <li class={class} role="presentation">
                <button type="button" role="tab" aria-selected={selected.to_string()} {onclick} title={info.title.clone()}>
                    <span class="tab-title">{info.title.clone()}</span>
                    if info.pending {
                        <span class="spinner small" aria-label="being read"></span>
                    }
                </button>
            </li>
        }
    };
    let rename_field = {
        let on_rename = props.on_rename.clone();
        let done = renaming.clone();
        let cancel_state = renaming.clone();
        let commit = move |input: HtmlInputElement| {
            on_rename.emit((current, input.value()));
            done.set(false);
        };
        let cancel = cancel_state;
        let on_key = {
            let commit = commit.clone();
            let renaming = cancel;
            Callback::from(move |event: KeyboardEvent| match event.key().as_str() {
                "Enter" => commit(event.target_unchecked_into()),
                "Escape" => renaming.set(false),
                _ => {}
            })
        };
        let on_blur =
            Callback::from(move |event: yew::FocusEvent| commit(event.target_unchecked_into()));
        let value = props.tabs.get(current).map(|t| t.title.clone()).unwrap_or_default();
        html! {
            <input class="rename" aria-label="Article name" {value} onkeydown={on_key} onblur={on_blur} autofocus=true />
        }
    };
    let start_rename = {
        let renaming = renaming.clone();
        Callback::from(move |_| renaming.set(true))
    };
    let others: Vec<&TabInfo> =
        props.tabs.iter().enumerate().filter(|(i, _)| *i != current).map(|(_, t)| t).collect();
    let on_compare = props.on_compare.reform(|event: yew::Event| {
        event.target_unchecked_into::<HtmlSelectElement>().value().parse::<u64>().ok()
    });
    html! {
        <nav class="tabs" aria-label="Articles">
            <div class="tab-strip">
                <ul role="tablist" aria-label="Articles">
                    { for props.tabs.iter().enumerate().map(tab) }
                </ul>
                <button type="button" class="add-article" onclick={props.on_add.reform(|_| ())} title="New article">
                    {"+ New"}
                </button>
            </div>
            <div class="tab-actions">
                if *renaming {
                    { rename_field }
                } else {
                    <button type="button" class="link-button" onclick={start_rename}>{"Rename"}</button>
                }
                <button type="button" class="link-button move-left" disabled={current == 0}
                    onclick={props.on_move.reform(move |_| (current, -1))} aria-label="Move left">{"\u{2190}"}</button>
                <button type="button" class="link-button move-right" disabled={current + 1 >= count}
                    onclick={props.on_move.reform(move |_| (current, 1))} aria-label="Move right">{"\u{2192}"}</button>
                <button type="button" class="link-button remove" onclick={props.on_remove.reform(move |_| current)}>
                    {"Remove"}
                </button>
                if !others.is_empty() {
                    <label class="compare-pick">
                        {"Compare with "}
                        <select class="compare-with" onchange={on_compare}>
                            <option value="" selected={props.compare_with.is_none()}>{"\u{2014}"}</option>
                            { for others.iter().map(|t| html! {
                                <option value={t.key.to_string()} selected={props.compare_with == Some(t.key)}>{t.title.clone()}</option>
                            }) }
                        </select>
                    </label>
                }
            </div>
        </nav>
    }
}
