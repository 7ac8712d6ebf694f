//! What the page and its engine worker (worker.js) say to each other. Both sides are separate
//! WebAssembly modules built from this crate (`src/bin/app.rs`, `src/bin/engine.rs`).
//!
//! The page posts `{ id, text, published }` (`published`: `YYYY-MM-DD` or absent) and the
//! worker answers `{ id, response }`, `response` being the [`crate::wire`] bytes of a
//! [`WorkerAnswer`] in a transferred `Uint8Array`; or, when the engine itself broke down,
//! `{ id, failure }` with the error's message, after which the worker closes.

use crate::engine::{CalendarDate, Digest};

/// What the page asks of its worker: one article to read, numbered so a late answer to an
/// older version of the text can be recognised and dropped.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WorkerRequest {
    pub id: u64,
    pub text: String,
    pub published: Option<CalendarDate>,
}

/// The worker's answer to one request: the Digest, or in words why there is none (a request it
/// could not read).
pub type WorkerAnswer = Result<Digest, String>;
