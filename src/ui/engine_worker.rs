//! Reading articles off the main thread: a Web Worker running the engine (worker.js).
//!
//! At most one request is in flight. Requests wait behind it in order, one per article: a newer
//! version of an article replaces its older waiting one, so fast typing never queues up stale
//! work. A request that finds the one in flight running for longer than [`SUPERSEDE_AFTER_MS`]
//! does not wait: the worker is terminated (the only way to stop a digest) and a fresh one reads
//! the new text at once, since a newer paste must never wait for a long read it replaced. The
//! read so stopped is dropped if it was of the same article (it is out of date), else it is
//! asked for again after the new one. A worker that fails (the
//! script did not load, the engine trapped) is dropped and a fresh one starts on the next
//! request; cancelling terminates it outright, which is the only way to stop a long digest.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use js_sys::Uint8Array;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{ErrorEvent, Event, MessageEvent, Worker, WorkerOptions, WorkerType};
use yew::Callback;

use crate::engine::{Digest, Options};
use crate::protocol::WorkerRequest;
use crate::wire;

/// What came back for request `id`.
pub enum Delivery {
    Digest {
        id: u64,
        digest: Box<Digest>,
    },
    /// How much of request `id` the engine has read, 0 to 1 (worker.js passes its reports on).
    Progress {
        id: u64,
        done: f32,
    },
    Failed {
        id: u64,
        message: String,
    },
}

pub struct EngineWorker {
    inner: Rc<RefCell<Inner>>,
}

/// How long the request in flight may have run before a newer request stops it rather than
/// waiting for it. A news article reads in a few milliseconds and a fresh worker starts in tens
/// (its module is compiled from the browser's cache): a read that has taken longer than this is
/// a long one, and the rest of it is likely to cost more than a restart.
const SUPERSEDE_AFTER_MS: f64 = 100.0;

struct Inner {
    url: String,
    deliver: Callback<Delivery>,
    running: Option<Running>,
    busy: Option<Busy>,
    /// Requests waiting their turn, with their article, at most one per article.
    waiting: Vec<(u64, WorkerRequest)>,
}

/// The request in flight: its article, the request itself (to ask again if it is stopped for
/// another article's), and when it was posted.
struct Busy {
    article: u64,
    request: WorkerRequest,
    since: f64,
}

/// A live worker with the handlers it calls back into (dropped with it).
struct Running {
    worker: Worker,
    _on_message: Closure<dyn FnMut(MessageEvent)>,
    _on_error: Closure<dyn FnMut(Event)>,
}

impl EngineWorker {
    pub fn new(url: &str, deliver: Callback<Delivery>) -> Self {
        let inner =
            Inner { url: url.to_owned(), deliver, running: None, busy: None, waiting: Vec::new() };
        Self { inner: Rc::new(RefCell::new(inner)) }
    }

    /// Asks for the digest of `text` (of `article`); the answer arrives through the delivery
    /// callback. A request still waiting for the same article is replaced: only the newest
    /// version of an article is worth reading.
    pub fn request(&self, article: u64, id: u64, text: &str, options: &Options) {
        let request = WorkerRequest { id, text: text.to_owned(), published: options.published };
        let mut inner = self.inner.borrow_mut();
        let Some(busy) = inner.busy.as_ref() else {
            drop(inner);
            return post(&self.inner, article, request);
        };
        if now() - busy.since < SUPERSEDE_AFTER_MS {
            inner.waiting.retain(|(waiting, _)| *waiting != article);
            inner.waiting.push((article, request));
            return;
        }
        // Superseded: stop the long read and start this one on a fresh worker.
        inner.waiting.retain(|(waiting, _)| *waiting != article);
        if let Some(busy) = inner.busy.take() {
            let stale = busy.article == article
                || inner.waiting.iter().any(|(waiting, _)| *waiting == busy.article);
            if !stale {
                inner.waiting.insert(0, (busy.article, busy.request));
            }
        }
        if let Some(running) = inner.running.take() {
            running.worker.terminate();
            // This may run inside a handler of that worker's: free them once it returns.
            wasm_bindgen_futures::spawn_local(async move { drop(running) });
        }
        drop(inner);
        post(&self.inner, article, request);
    }

    /// Starts the worker, and with it the download and compiling of the engine's module, before
    /// anything is asked of it: the reader is about to paste (the edit box took the focus, a
    /// file is being dragged in). A worker that cannot start is reported by the first request.
    pub fn warm(&self) {
        if self.inner.borrow().running.is_some() {
            return;
        }
        if let Ok(running) = spawn(&self.inner) {
            self.inner.borrow_mut().running = Some(running);
        }
    }

    /// Stops whatever is being read; the worker is terminated and replaced when next needed.
    pub fn cancel(&self) {
        let mut inner = self.inner.borrow_mut();
        inner.waiting.clear();
        inner.busy = None;
        if let Some(running) = inner.running.take() {
            running.worker.terminate();
        }
    }
}

impl Drop for EngineWorker {
    fn drop(&mut self) {
        self.cancel();
    }
}

fn post(inner: &Rc<RefCell<Inner>>, article: u64, request: WorkerRequest) {
    let WorkerRequest { id, ref text, published } = request;
    if inner.borrow().running.is_none() {
        match spawn(inner) {
            Ok(running) => inner.borrow_mut().running = Some(running),
            Err(message) => {
                let deliver = inner.borrow().deliver.clone();
                deliver.emit(Delivery::Failed { id, message });
                return;
            }
        }
    }
    let message = js_sys::Object::new();
    let set = |key: &str, value: JsValue| js_sys::Reflect::set(&message, &key.into(), &value);
    let published = published.map_or(JsValue::UNDEFINED, |date| date.to_string().into());
    let posted = set("id", (id as f64).into())
        .and_then(|_| set("text", text.into()))
        .and_then(|_| set("published", published))
        .and_then(|_| match &inner.borrow().running {
            Some(running) => running.worker.post_message(&message),
            None => Ok(()),
        });
    match posted {
        Ok(()) => inner.borrow_mut().busy = Some(Busy { article, request, since: now() }),
        Err(error) => {
            let deliver = inner.borrow().deliver.clone();
            deliver.emit(Delivery::Failed {
                id,
                message: format!("The reader could not start: {error:?}"),
            });
        }
    }
}

fn spawn(inner: &Rc<RefCell<Inner>>) -> Result<Running, String> {
    let options = WorkerOptions::new();
    options.set_type(WorkerType::Module);
    let url = inner.borrow().url.clone();
    let worker = Worker::new_with_options(&url, &options)
        .map_err(|error| format!("This browser could not start Lede's reader ({error:?})."))?;

    let weak = Rc::downgrade(inner);
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
        answered(&weak, event.data());
    });
    let weak = Rc::downgrade(inner);
    // An exception the worker did not catch arrives as an ErrorEvent (so does a script that did
    // not load, in Chromium); the standard has a script that did not load fire a plain Event,
    // with no message to read.
    let on_error = Closure::<dyn FnMut(Event)>::new(move |event: Event| {
        event.prevent_default();
        let message = match event.dyn_ref::<ErrorEvent>() {
            Some(error) => lost(&error.message()),
            None => "Lede's reader could not be loaded, so the article cannot be read. \
                     Reloading the page may help."
                .to_owned(),
        };
        failed(&weak, message);
    });
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    Ok(Running { worker, _on_message: on_message, _on_error: on_error })
}

/// A message from the worker: a response, or a failure after which the worker is gone.
fn answered(weak: &Weak<RefCell<Inner>>, data: JsValue) {
    let field = |key: &str| js_sys::Reflect::get(&data, &key.into()).ok();
    if let Some(failure) = field("failure").and_then(|value| value.as_string()) {
        return failed(weak, lost(&failure));
    }
    if let Some(done) = field("progress").and_then(|value| value.as_f64()) {
        let id = field("id").and_then(|value| value.as_f64()).map_or(0, |id| id as u64);
        let deliver = weak.upgrade().map(|inner| inner.borrow().deliver.clone());
        if let Some(deliver) = deliver {
            deliver.emit(Delivery::Progress { id, done: done as f32 });
        }
        return;
    }
    let Some(response) = field("response").filter(|value| !value.is_undefined()) else {
        return;
    };
    let id = field("id").and_then(|value| value.as_f64()).map_or(0, |id| id as u64);
    // Anything but the wire bytes (a worker script from an older build, say, still answering in
    // JSON) is reported, never left waiting.
    let answer = match response.dyn_into::<Uint8Array>() {
        Ok(bytes) => wire::decode_answer(&bytes.to_vec()).map_err(|error| error.to_string()),
        Err(_) => Err("the answer is not bytes".to_owned()),
    };
    let delivery = match answer {
        Ok(Ok(digest)) => Delivery::Digest { id, digest: Box::new(digest) },
        Ok(Err(message)) => Delivery::Failed { id, message },
        Err(detail) => Delivery::Failed {
            id,
            message: format!(
                "Lede's reader answered in a form this page cannot read ({detail}). Reloading \
                 the page may help."
            ),
        },
    };
    finish(weak, delivery, false);
}

/// What the reader is told when the worker broke down (the engine trapped, the worker threw,
/// its script did not load): in words first, the browser's own detail (a trap's
/// "unreachable") last, for a bug report.
fn lost(detail: &str) -> String {
    let detail = detail.trim();
    let detail = if detail.is_empty() { String::new() } else { format!(" (Detail: {detail})") };
    format!(
        "Lede's reader stopped with an error before it finished this version of the article, so \
         it is not shown. Edit the text to try again: a fresh reader takes over.{detail}"
    )
}

fn failed(weak: &Weak<RefCell<Inner>>, message: String) {
    let id = weak
        .upgrade()
        .and_then(|inner| inner.borrow().busy.as_ref().map(|busy| busy.request.id))
        .unwrap_or(0);
    finish(weak, Delivery::Failed { id, message }, true);
}

/// Hands the delivery over, then sends the request that waited (on a fresh worker if needed).
fn finish(weak: &Weak<RefCell<Inner>>, delivery: Delivery, worker_lost: bool) {
    let Some(inner) = weak.upgrade() else { return };
    let (deliver, waiting) = {
        let mut state = inner.borrow_mut();
        state.busy = None;
        if worker_lost && let Some(running) = state.running.take() {
            running.worker.terminate();
            // We may be inside one of this worker's own handlers: free them once it returns.
            wasm_bindgen_futures::spawn_local(async move { drop(running) });
        }
        let waiting = (!state.waiting.is_empty()).then(|| state.waiting.remove(0));
        (state.deliver.clone(), waiting)
    };
    deliver.emit(delivery);
    if let Some((article, request)) = waiting {
        post(&inner, article, request);
    }
}

fn now() -> f64 {
    web_sys::window().and_then(|w| w.performance()).map_or(0.0, |p| p.now())
}
