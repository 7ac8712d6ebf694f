//! The page: state in one reducer, components fed slices of it, actions sent back up.

use std::rc::Rc;

use yew::{
    AttrValue, Callback, Html, Properties, UseReducerHandle, component, hook, html,
    use_effect_with, use_mut_ref, use_reducer,
};

use super::editor::Editor;
use super::examples::{self, Example};
use super::panels::Panels;
use super::reader::Reader;
use super::reading::use_reading;
use super::state::{Action, AppState};
use super::storage;

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
    let on_cancel = use_reading(&state, props.worker.clone());

    let on_edit = {
        let state = state.clone();
        Callback::from(move |text: String| state.dispatch(Action::Edit(text)))
    };
    let on_example = {
        let state = state.clone();
        Callback::from(move |example: &'static Example| {
            state.dispatch(Action::LoadExample(example))
        })
    };
    let on_notice = {
        let state = state.clone();
        Callback::from(move |message: String| state.dispatch(Action::Notice(message)))
    };
    let on_keep = {
        let state = state.clone();
        Callback::from(move |line: String| state.dispatch(Action::ToggleKept(line)))
    };
    let on_published = {
        let state = state.clone();
        Callback::from(move |date| state.dispatch(Action::SetPublished(date)))
    };
    let on_focus = {
        let state = state.clone();
        Callback::from(move |focus| state.dispatch(Action::Focus(focus)))
    };
    let dismiss = {
        let state = state.clone();
        Callback::from(move |_| state.dispatch(Action::DismissNotice))
    };

    html! {
        <div class="app">
            <header class="masthead">
                <h1 class="brand">{"Lede"}</h1>
                <p class="tagline">{"Paste a news article. Read it clean, with its facts on cards. Nothing leaves your browser."}</p>
            </header>
            if let Some(notice) = &state.notice {
                <div class="notice" role="alert">
                    <p>{notice.clone()}</p>
                    <button type="button" class="dismiss" onclick={dismiss}>{"Dismiss"}</button>
                </div>
            }
            <div class="workspace">
                <Editor text={state.text.clone()} example={state.example.clone()} {on_edit} {on_example} {on_notice} />
                <Reader
                    text={state.reading.text.clone()}
                    digest={state.reading.digest.clone()}
                    millis={state.reading.millis}
                    pending={state.pending}
                    pending_bytes={state.text.len()}
                    {on_cancel}
                    kept={Rc::new(state.kept_here())}
                    focus={state.focus.clone()}
                    {on_keep}
                    {on_published}
                />
                <Panels
                    text={state.reading.text.clone()}
                    digest={state.reading.digest.clone()}
                    focus={state.focus.clone()}
                    {on_focus}
                />
            </div>
        </div>
    }
}

/// The article to open with: `?example=ID` in the address, else what this browser saved.
fn initial_state() -> AppState {
    if let Some(id) = url_example() {
        return match examples::find(&id) {
            Some(example) => AppState::from_example(example),
            None => AppState::restored(storage::load())
                .with_notice(format!("There is no example called \u{201c}{id}\u{201d}.")),
        };
    }
    AppState::restored(storage::load())
}

fn url_example() -> Option<String> {
    let search = gloo::utils::window().location().search().ok()?;
    web_sys::UrlSearchParams::new_with_str(&search).ok()?.get("example")
}

/// Saves the article whenever it changes. The first render is skipped: it shows what was just
/// loaded, and writing then could overwrite a saved article that failed to load.
#[hook]
fn use_persist(state: &UseReducerHandle<AppState>) {
    let first = use_mut_ref(|| true);
    let handle = state.clone();
    let saved_parts =
        (state.text.clone(), state.example.clone(), state.options.clone(), state.kept.clone());
    use_effect_with(saved_parts, move |_| {
        if std::mem::replace(&mut *first.borrow_mut(), false) {
            return;
        }
        if let Err(message) = storage::save(&handle.saved()) {
            handle.dispatch(Action::Notice(message));
        }
    });
}
