//! Keeps every article's digest in step with its text: each new version is handed to the
//! engine (in a Web Worker on the real page, in place when no worker is configured, as in the
//! browser tests) and the answer comes back as an action.
//!
//! An edit is handed to the worker straight from the input event, before the page re-renders
//! the edit box for it: the worker reads while the page renders, and a paste's digest is ready
//! that much sooner. The version the edit becomes is only known once the state has taken it, so
//! that request carries a ticket of its own, claimed by the version whose text it read.

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;
use std::time::Duration;

use yew::{
    AttrValue, Callback, UseReducerHandle, hook, use_effect_with, use_memo, use_mut_ref,
    use_state_eq,
};

use crate::engine::{Digest, Options, blank};

use super::engine_worker::{Delivery, EngineWorker};
use crate::model::state::{Action, AppState, Article};

/// When each version still being read was handed over, to report how long reading took.
type Started = Rc<RefCell<BTreeMap<u64, f64>>>;

/// Tickets of requests sent ahead of their version start here, far above any version (ids
/// travel to the worker as JavaScript numbers: exact below 2^53).
const FIRST_TICKET: u64 = 1 << 50;

/// The request sent ahead of its version, until a version claims it or the next edit replaces it.
struct Ahead {
    ticket: u64,
    article: u64,
    text: Rc<str>,
    options: Options,
    at: f64,
    /// The digest, if it came back before any version claimed it, with when it came.
    answer: Option<(Rc<Digest>, f64)>,
}

#[derive(Default)]
struct Early {
    next: u64,
    /// The latest request sent ahead, until a version claims it or the next edit replaces it.
    ahead: Option<Ahead>,
    /// Tickets claimed by a version and still being read, with that version. Kept apart from
    /// `ahead`: an edit of another article replaces `ahead`, and the answer to a claimed ticket
    /// must still reach its version (else that article would wait for it for ever).
    claimed: BTreeMap<u64, u64>,
}

type Shared = Rc<RefCell<Early>>;

/// What the page gets from [`use_reading`].
pub struct Reading {
    /// Stops all reading.
    pub cancel: Callback<()>,
    /// Hands an edit (article key, its new text) to the worker at once, ahead of its version.
    pub ahead: Callback<(u64, Rc<str>, Options)>,
    /// The reader is about to give the page something to read: the engine's module, which the
    /// first load leaves out, starts loading now rather than on the paste itself.
    pub warm: Callback<()>,
}

/// Starts reading each new version.
#[hook]
pub fn use_reading(state: &UseReducerHandle<AppState>, worker_url: Option<AttrValue>) -> Reading {
    let started: Started = use_mut_ref(BTreeMap::new);
    let early: Shared = use_mut_ref(Early::default);
    let dispatcher = state.dispatcher();
    let worker = {
        let (started, early) = (started.clone(), early.clone());
        use_memo(worker_url, move |url| {
            url.as_ref().map(|url| EngineWorker::new(url, deliver(dispatcher, started, early)))
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
        let (worker, state, early) = (worker.clone(), state.clone(), early.clone());
        use_effect_with(pending, move |pending| {
            for &(key, version) in pending {
                if started.borrow().contains_key(&version) {
                    continue; // already handed over
                }
                let Some(article) = state.articles.iter().find(|a| a.version == version) else {
                    continue;
                };
                if claim(&early, &started, &state, version, article) {
                    continue;
                }
                if blank::is_blank(&article.text) {
                    // Nothing to read: answered here, so an empty page never loads the engine.
                    let digest = Rc::new(blank::blank_digest(&article.text, &article.options));
                    state.dispatch(Action::Digested { version, digest, millis: None });
                    continue;
                }
                started.borrow_mut().insert(version, now());
                match worker.as_ref() {
                    Some(worker) => worker.request(key, version, &article.text, &article.options),
                    None => read_in_place(&state, &started, version, article),
                }
            }
        });
    }

    let ahead = {
        let (worker, early) = (worker.clone(), early.clone());
        Callback::from(move |(article, text, options): (u64, Rc<str>, Options)| {
            let Some(worker) = worker.as_ref() else { return };
            if blank::is_blank(&text) {
                early.borrow_mut().ahead = None; // its version is answered without the worker
                return;
            }
            let ticket = {
                let mut early = early.borrow_mut();
                let ticket = FIRST_TICKET + early.next;
                early.next += 1;
                let at = now();
                let (text, options) = (text.clone(), options.clone());
                early.ahead = Some(Ahead { ticket, article, text, options, at, answer: None });
                ticket
            };
            worker.request(article, ticket, &text, &options);
        })
    };
    let warm = {
        let worker = worker.clone();
        Callback::from(move |()| {
            if let Some(worker) = worker.as_ref() {
                worker.warm();
            }
        })
    };
    let dispatcher = state.dispatcher();
    let cancel = Callback::from(move |()| {
        if let Some(worker) = worker.as_ref() {
            worker.cancel();
        }
        {
            let mut early = early.borrow_mut();
            early.ahead = None;
            early.claimed.clear();
        }
        let message = "Stopped reading: the view shows the last version that was read in full.";
        dispatcher
            .dispatch(Action::StopReading { version: None, message: Some(message.to_owned()) });
    });
    Reading { cancel, ahead, warm }
}

/// Lets `version` take over the request sent ahead for the same article, text and options;
/// false when there is none (it is then requested as usual).
fn claim(
    early: &Shared,
    started: &Started,
    state: &UseReducerHandle<AppState>,
    version: u64,
    article: &Article,
) -> bool {
    let mut early = early.borrow_mut();
    let Some(ahead) = early.ahead.as_mut() else { return false };
    let same = ahead.article == article.key
        && ahead.options == article.options
        && *ahead.text == *article.text;
    if !same {
        return false;
    }
    let (ticket, at, answer) = (ahead.ticket, ahead.at, ahead.answer.take());
    early.ahead = None;
    match answer {
        Some((digest, done)) => {
            drop(early);
            state.dispatch(Action::Digested { version, digest, millis: Some(done - at) });
        }
        None => {
            early.claimed.insert(ticket, version);
            started.borrow_mut().insert(version, at);
        }
    }
    true
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
    early: Shared,
) -> Callback<Delivery> {
    Callback::from(move |delivery| match delivery {
        Delivery::Digest { id, digest } => {
            let digest = Rc::from(digest);
            let Some(version) = version_of(&early, id, Some(&digest)) else { return };
            let millis = started.borrow_mut().remove(&version).map(|at| now() - at);
            dispatcher.dispatch(Action::Digested { version, digest, millis });
        }
        Delivery::Progress { id, done } => {
            if let Some(version) = reading_version(&early, id) {
                dispatcher.dispatch(Action::ReadingProgress { version, done });
            }
        }
        Delivery::Failed { id, message } => {
            // A request sent ahead that failed before any version claimed it: that version,
            // when it comes, is requested as usual and fails or succeeds on its own.
            let Some(version) = version_of(&early, id, None) else { return };
            started.borrow_mut().remove(&version);
            let version = (version != 0).then_some(version);
            dispatcher.dispatch(Action::StopReading { version, message: Some(message) });
        }
    })
}

/// The version a progress report on request `id` is for, if a version waits for it; unlike
/// [`version_of`], it leaves a request sent ahead as it is, since its answer is still to come.
fn reading_version(early: &Shared, id: u64) -> Option<u64> {
    if id < FIRST_TICKET {
        return Some(id);
    }
    early.borrow().claimed.get(&id).copied()
}

/// The version an answer to request `id` is for: the id itself, or for a ticket the version
/// that claimed it. None when nothing waits for it yet: a digest is then kept for the version
/// to come.
fn version_of(early: &Shared, id: u64, digest: Option<&Rc<Digest>>) -> Option<u64> {
    if id < FIRST_TICKET {
        return Some(id);
    }
    let mut early = early.borrow_mut();
    if let Some(version) = early.claimed.remove(&id) {
        return Some(version);
    }
    let ahead = early.ahead.as_mut().filter(|ahead| ahead.ticket == id)?;
    match digest {
        Some(digest) => {
            ahead.answer = Some((digest.clone(), now()));
            None
        }
        None => {
            early.ahead = None;
            None
        }
    }
}

/// How long reading goes on before the page says so. A news story reads in a few milliseconds:
/// a status for it would never be seen, yet putting it in, starting its animations and taking
/// it out again would cost the very frames that show the paste and then its digest.
const SAY_AFTER: Duration = Duration::from_millis(150);

/// Whether reading (`busy`) has gone on for [`SAY_AFTER`], so the page shows that it is reading.
#[hook]
pub fn use_said(busy: bool) -> bool {
    let said = use_state_eq(|| false);
    // Each change of `busy` outdates the timer started before it.
    let turn = use_mut_ref(|| 0_u64);
    {
        let said = said.clone();
        use_effect_with(busy, move |&busy| {
            *turn.borrow_mut() += 1;
            if !busy {
                said.set(false);
                return;
            }
            let mine = *turn.borrow();
            yew::platform::spawn_local(async move {
                yew::platform::time::sleep(SAY_AFTER).await;
                if *turn.borrow() == mine {
                    said.set(true);
                }
            });
        });
    }
    busy && *said
}

fn now() -> f64 {
    web_sys::window().and_then(|w| w.performance()).map_or(0.0, |p| p.now())
}
