//! The page: state in one reducer, components fed slices of it, actions sent back up.

use std::rc::Rc;

use yew::{
    AttrValue, Callback, Html, Properties, Reducible, UseReducerHandle, component, hook, html,
    use_callback, use_effect_with, use_mut_ref, use_reducer, use_state,
};

use super::compare_view::{CompareView, Side};
use super::download;
use super::editor::Editor;
use super::keys::{self, KeysOverlay, Shortcut, use_shortcuts};
use super::panels::Panels;
use super::reader::Reader;
use super::reading::{use_reading, use_said};
use super::search::{self, Search};
use super::storage;
use super::tabs::{TabInfo, Tabs};
use super::theme::ThemeToggle;
use super::toolbar::Toolbar;
use crate::model::examples;
use crate::model::state::{Action, AppState};

/// How the page is set up: the real page reads in a Web Worker; tests read in place.
#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// Address of the engine worker script (`worker.js`); none reads on the page's own thread.
    #[prop_or_default]
    pub worker: Option<AttrValue>,
}

#[component(App)]
pub fn app(props: &AppProps) -> Html {
    let state = use_reducer(initial_state);
    use_persist(&state);
    let reading = use_reading(&state, props.worker.clone());
    let on_cancel = reading.cancel.clone();
    // The worker starts on an edit before the page renders it (see `reading`).
    let on_edit = {
        let (state, ahead) = (state.clone(), reading.ahead);
        Callback::from(move |value: String| {
            let article = state.article();
            if *value != *article.text {
                ahead.emit((article.key, Rc::from(value.as_str()), article.options.clone()));
            }
            state.dispatch(Action::Edit(value));
        })
    };
    // Each of these only sends its action up. They stay the same callbacks from render to
    // render, so typing (which re-renders the page while the new text is read) leaves the
    // cards of the last digest alone.
    let on_keep = use_action(&state, Action::ToggleKept);
    let on_notice = use_action(&state, Action::Notice);
    let on_focus = use_action(&state, Action::Focus);
    let on_example = use_action(&state, Action::LoadExamples);
    let on_published = use_action(&state, Action::SetPublished);
    let dismiss = use_action(&state, |_: web_sys::MouseEvent| Action::DismissNotice);
    let on_select = use_action(&state, Action::Select);
    let on_add = use_action(&state, |()| Action::AddArticle);
    let on_remove = use_action(&state, Action::Remove);
    let on_move = use_action(&state, |(index, step)| Action::Move(index, step));
    let on_rename = use_action(&state, |(index, name)| Action::Rename(index, name));
    let on_compare = use_action(&state, Action::Compare);
    let on_delete_all = use_action(&state, |()| Action::DeleteAll);
    let on_close_compare = use_action(&state, |()| Action::Compare(None));
    let on_export = {
        let state = state.clone();
        Callback::from(move |()| {
            let written = serde_json::to_string_pretty(&state.saved()).map_err(|e| e.to_string());
            let saved = written.and_then(|json| {
                download::download("lede-articles.json", "application/json", &json)
            });
            if let Err(message) = saved {
                state.dispatch(Action::Notice(message));
            }
        })
    };
    let d = state.dispatcher();
    // A backup is read as forgivingly as the browser's own copy: what can be read comes in.
    let on_import = Callback::from(move |json: String| {
        let decoded = crate::model::saved::decode(&json);
        if decoded.saved.articles.is_empty() {
            let why = match decoded.unreadable.first() {
                Some(crate::model::saved::Unreadable::Whole(why)) => why.clone(),
                Some(first) => first.to_string(),
                None => "there are no articles in it".to_owned(),
            };
            d.dispatch(Action::Notice(format!("That file is not a Lede backup ({why}).")));
            return;
        }
        let count = decoded.saved.articles.len();
        let left_out = decoded.unreadable.first().map(ToString::to_string);
        d.dispatch(Action::Import(decoded.saved));
        if let Some(first) = left_out {
            let n = decoded.unreadable.len();
            d.dispatch(Action::Notice(format!(
                "Imported {count} article{}; {n} thing{} in the file could not be read \
                 (first: {first}).",
                if count == 1 { "" } else { "s" },
                if n == 1 { "" } else { "s" },
            )));
        }
    });

    let show_keys = use_state(|| false);
    {
        let (state, show_keys) = (state.clone(), show_keys.clone());
        use_shortcuts(Callback::from(move |shortcut| match shortcut {
            Shortcut::Help => show_keys.set(!*show_keys),
            Shortcut::Escape => {
                show_keys.set(false);
                state.dispatch(Action::Focus(None));
            }
            Shortcut::Paste => keys::focus_paste_area(),
            Shortcut::Search => search::focus_field(),
            Shortcut::NextCard => keys::step_card(true),
            Shortcut::PreviousCard => keys::step_card(false),
            Shortcut::NewArticle => state.dispatch(Action::AddArticle),
            Shortcut::NextArticle => state.dispatch(Action::Select(state.current + 1)),
            Shortcut::PreviousArticle => {
                state.dispatch(Action::Select(state.current.saturating_sub(1)))
            }
        }));
    }
    let close_keys = {
        let show_keys = show_keys.clone();
        Callback::from(move |()| show_keys.set(false))
    };
    let article = state.article();
    let said = use_said(state.articles.iter().any(|a| a.pending));
    let tabs: Vec<TabInfo> = state
        .articles
        .iter()
        .map(|a| TabInfo { key: a.key, title: a.title(), pending: a.pending && said })
        .collect();
    let open: Vec<String> = state.articles.iter().filter_map(|a| a.example.clone()).collect();
    html! {
        <div class="app">
            <header class="masthead">
                <h1 class="brand">{"Lede"}</h1>
                <p class="tagline">{"Paste a news article. Read it clean, with its facts on cards. Nothing leaves your browser."}</p>
                <span class="masthead-tools">
                    <button type="button" class="link-button keys-button" onclick={let s = show_keys.clone(); move |_| s.set(true)}>
                        {"Shortcuts (?)"}
                    </button>
                    <ThemeToggle />
                </span>
            </header>
            if *show_keys {
                <KeysOverlay on_close={close_keys} />
            }
            if let Some(notice) = &state.notice {
                <div class="notice" role="alert">
                    <p>{notice.clone()}</p>
                    <button type="button" class="dismiss" onclick={dismiss}>{"Dismiss"}</button>
                </div>
            }
            <Tabs {tabs} current={state.current} compare_with={state.compare_with}
                {on_select} {on_add} {on_remove} {on_move} {on_rename} {on_compare} />
            <Toolbar
                title={article.title()}
                text={article.reading.text.clone()}
                digest={article.reading.digest.clone()}
                articles={state.articles.len()}
                on_notice={on_notice.clone()}
                {on_export}
                {on_import}
                {on_delete_all}
            />
            <div class={if article.text.trim().is_empty() { "workspace" } else { "workspace has-article" }}>
                <Editor
                    text={article.text.clone()}
                    example={article.example.clone()}
                    {open}
                    {on_edit}
                    {on_example}
                    on_notice={on_notice.clone()}
                    on_warm={reading.warm}
                />
                if let Some(other) = state.compared() {
                    <CompareView
                        a={Side { title: article.title(), text: article.reading.text.clone(), digest: article.reading.digest.clone() }}
                        b={Side { title: other.title(), text: other.reading.text.clone(), digest: other.reading.digest.clone() }}
                        on_close={on_close_compare}
                    />
                } else {
                <div class="reading-column">
                <Search
                    text={article.reading.text.clone()}
                    digest={article.reading.digest.clone()}
                    kept={article.kept.clone()}
                    focus={state.focus.clone()}
                    on_focus={on_focus.clone()}
                />
                <Reader
                    text={article.reading.text.clone()}
                    digest={article.reading.digest.clone()}
                    millis={article.reading.millis}
                    pending={article.pending}
                    said={said}
                    pending_bytes={article.text.len()}
                    pending_progress={article.progress}
                    {on_cancel}
                    kept={article.kept.clone()}
                    focus={state.focus.clone()}
                    {on_keep}
                    {on_published}
                />
                </div>
                <Panels
                    text={article.reading.text.clone()}
                    digest={article.reading.digest.clone()}
                    focus={state.focus.clone()}
                    {on_focus}
                    on_notice={on_notice.clone()}
                />
                }
            </div>
        </div>
    }
}

/// Yew's reducer is the model's one pure reducer.
impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        self.apply(action)
    }
}

/// A callback that sends `make(value)` up to the reducer: the same callback on every render.
#[hook]
fn use_action<T: 'static>(
    state: &UseReducerHandle<AppState>,
    make: fn(T) -> Action,
) -> Callback<T> {
    let dispatcher = state.dispatcher();
    use_callback((), move |value: T, ()| dispatcher.dispatch(make(value)))
}

/// What the page opens with: the articles this browser saved, plus any examples the address
/// names (`?example=seed-reuters`, `?example=seed-pair`).
fn initial_state() -> AppState {
    let state = AppState::restored(storage::load());
    let Some(ids) = url_example() else { return state };
    match examples::select(&ids) {
        Some(set) => Rc::new(state).apply(Action::LoadExamples(set)).as_ref().clone(),
        None => state.with_notice(format!("There is no example called \u{201c}{ids}\u{201d}.")),
    }
}

fn url_example() -> Option<String> {
    let search = gloo::utils::window().location().search().ok()?;
    web_sys::UrlSearchParams::new_with_str(&search).ok()?.get("example")
}

/// Saves the articles whenever one changes. The first render is skipped: it shows what was
/// just loaded, and writing then could overwrite saved articles that failed to load.
#[hook]
fn use_persist(state: &UseReducerHandle<AppState>) {
    let first = use_mut_ref(|| true);
    let handle = state.clone();
    // What a save depends on, cheap to compare: versions stand for texts and dates.
    let signature: (Vec<(u64, Option<String>, Rc<std::collections::BTreeSet<String>>)>, usize) = (
        state.articles.iter().map(|a| (a.version, a.name.clone(), a.kept.clone())).collect(),
        state.current,
    );
    use_effect_with(signature, move |_| {
        if std::mem::replace(&mut *first.borrow_mut(), false) {
            return;
        }
        if let Err(message) = storage::save(&handle.saved()) {
            handle.dispatch(Action::Notice(message));
        }
    });
}
