//! Keeps every article's digest in step with its text: each new version is handed to the
//! engine (in a Web Worker on the real page, in place when no worker is configured, as in the
//! browser tests) and the answer comes back as an action.

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;

use yew::{AttrValue, Callback, UseReducerHandle, hook, use_effect_with, use_memo, use_mut_ref};

use super::engine_worker::{Delivery, EngineWorker};
use super::state::{Action, AppState, Article};

/// When each version still being read was handed over, to report how long reading took.
type Started = Rc<RefCell<BTreeMap<u64, f64>>>;

/// Starts reading each new version; returns a callback that stops all reading.
#[hook]
pub fn use_reading(
    state: &UseReducerHandle<AppState>,
    worker_url: Option<AttrValue>,
) -> Callback<()> {
    let started: Started = use_mut_ref(BTreeMap::new);
    let dispatcher = state.dispatcher();
    let worker = {
        let started = started.clone();
        use_memo(worker_url, move |url| {
            url.as_ref().map(|url| EngineWorker::new(url, deliver(dispatcher, started)))
        })
    };

    // The versions to read, the article on show first.
    let mut pending: Vec<(u64, u64)> =
        state.articles.iter().filter(|a| a.pending).map(|a| (a.key, a.version)).collect();
    let current = state.article().key;
    if let Some(at) = pending.iter().position(|&(key, _)| key == current) {
        pending[..=at].rotate_right(1);
    }
    {
        let worker = worker.clone();
        let state = state.clone();
        use_effect_with(pending, move |pending| {
            for &(key, version) in pending {
                if started.borrow().contains_key(&version) {
                    continue; // already handed over
                }
                let Some(article) = state.articles.iter().find(|a| a.version == version) else {
                    continue;
                };
                started.borrow_mut().insert(version, now());
                match worker.as_ref() {
                    Some(worker) => worker.request(key, version, &article.text, &article.options),
                    None => read_in_place(&state, &started, version, article),
                }
            }
        });
    }

    let dispatcher = state.dispatcher();
    Callback::from(move |()| {
        if let Some(worker) = worker.as_ref() {
            worker.cancel();
        }
        let message = "Stopped reading: the view shows the last version that was read in full.";
        dispatcher
            .dispatch(Action::StopReading { version: None, message: Some(message.to_owned()) });
    })
}

/// Reads on the page's own thread, as the browser tests do (feature `inline-engine`).
#[cfg(feature = "inline-engine")]
fn read_in_place(
    state: &UseReducerHandle<AppState>,
    started: &Started,
    version: u64,
    article: &Article,
) {
    let digest = Rc::new(crate::engine::digest(&article.text, &article.options));
    let millis = started.borrow_mut().remove(&version).map(|at| now() - at);
    state.dispatch(Action::Digested { version, digest, millis });
}

/// The site's page carries no engine (it reads in its worker): without one it can only say so.
#[cfg(not(feature = "inline-engine"))]
fn read_in_place(state: &UseReducerHandle<AppState>, started: &Started, version: u64, _: &Article) {
    started.borrow_mut().remove(&version);
    let message = "This page has no engine worker to read the article with.";
    state.dispatch(Action::StopReading {
        version: Some(version),
        message: Some(message.to_owned()),
    });
}

fn deliver(
    dispatcher: yew::UseReducerDispatcher<AppState>,
    started: Started,
) -> Callback<Delivery> {
    Callback::from(move |delivery| match delivery {
        Delivery::Digest { id, digest } => {
            let millis = started.borrow_mut().remove(&id).map(|at| now() - at);
            dispatcher.dispatch(Action::Digested { version: id, digest: Rc::from(digest), millis });
        }
        Delivery::Failed { id, message } => {
            started.borrow_mut().remove(&id);
            let version = (id != 0).then_some(id);
            dispatcher.dispatch(Action::StopReading { version, message: Some(message) });
        }
    })
}

fn now() -> f64 {
    web_sys::window().and_then(|w| w.performance()).map_or(0.0, |p| p.now())
}
