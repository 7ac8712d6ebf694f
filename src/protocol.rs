//! What the page and its engine worker say to each other. Both sides are separate WebAssembly
//! modules built from this crate, so the messages are plain serde types shared by the two:
//! JSON of a [`WorkerRequest`] goes in, JSON of a [`WorkerResponse`] comes back.

use serde::{Deserialize, Serialize};

use crate::engine::{CalendarDate, Digest};

/// What the page asks of its worker: one article to read, numbered so a late answer to an
/// older version of the text can be recognised and dropped.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct WorkerRequest {
    pub id: u64,
    pub text: String,
    pub published: Option<CalendarDate>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct WorkerResponse {
    pub id: u64,
    pub result: Result<Digest, String>,
}
