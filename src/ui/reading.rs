//! Keeps the digest in step with the text: every new version of the article is handed to the
//! engine (in a Web Worker on the real page, in place when no worker is configured, as in the
//! browser tests) and the answer comes back as an action.

use std::cell::RefCell;
use std::rc::Rc;

use yew::{AttrValue, Callback, UseReducerHandle, hook, use_effect_with, use_memo, use_mut_ref};

use crate::engine;

use super::engine_worker::{Delivery, EngineWorker};
use super::state::{Action, AppState};

/// When the latest request started, to report how long reading took.
type Started = Rc<RefCell<(u64, f64)>>;

/// Starts reading each new version; returns a callback that stops the current reading.
#[hook]
pub fn use_reading(
    state: &UseReducerHandle<AppState>,
    worker_url: Option<AttrValue>,
) -> Callback<()> {
    let started: Started = use_mut_ref(|| (0, 0.0));
    let dispatcher = state.dispatcher();
    let worker = {
        let started = started.clone();
        use_memo(worker_url, move |url| {
            url.as_ref().map(|url| EngineWorker::new(url, deliver(dispatcher, started)))
        })
    };

    {
        let worker = worker.clone();
        let state = state.clone();
        use_effect_with(state.version, move |&version| {
            *started.borrow_mut() = (version, now());
            match worker.as_ref() {
                Some(worker) => worker.request(version, &state.text, &state.options),
                None => {
                    let digest = Rc::new(engine::digest(&state.text, &state.options));
                    let millis = Some(now() - started.borrow().1);
                    state.dispatch(Action::Digested { version, digest, millis });
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

fn deliver(
    dispatcher: yew::UseReducerDispatcher<AppState>,
    started: Started,
) -> Callback<Delivery> {
    Callback::from(move |delivery| match delivery {
        Delivery::Digest { id, digest } => {
            let (version, at) = *started.borrow();
            let millis = (version == id).then(|| now() - at);
            dispatcher.dispatch(Action::Digested { version: id, digest: Rc::from(digest), millis });
        }
        Delivery::Failed { id, message } => {
            let version = (id != 0).then_some(id);
            dispatcher.dispatch(Action::StopReading { version, message: Some(message) });
        }
    })
}

fn now() -> f64 {
    web_sys::window().and_then(|w| w.performance()).map_or(0.0, |p| p.now())
}
