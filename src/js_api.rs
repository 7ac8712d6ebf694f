//! The engine as JavaScript sees it, built as its own small module (`engine.js` +
//! `engine_bg.wasm`, from `src/bin/engine.rs`) so the page's module carries no extractor: the
//! page's Web Worker calls [`digest_request`], and any other page (or a benchmark against
//! JavaScript peers in the same browser) can call [`digest`]. Only JSON strings cross the
//! boundary, so the Digest's serde shape is the one contract.

use wasm_bindgen::prelude::*;

use crate::engine::{self, CalendarDate, Options};
use crate::protocol::{WorkerRequest, WorkerResponse};

/// Reads one request (JSON of [`WorkerRequest`]) and answers with JSON of [`WorkerResponse`].
#[wasm_bindgen(js_name = digestRequest)]
pub fn digest_request(request: &str) -> String {
    let response = match serde_json::from_str::<WorkerRequest>(request) {
        Ok(request) => {
            let options = Options { published: request.published };
            WorkerResponse { id: request.id, result: Ok(engine::digest(&request.text, &options)) }
        }
        Err(error) => WorkerResponse { id: 0, result: Err(format!("unreadable request: {error}")) },
    };
    serde_json::to_string(&response).unwrap_or_else(|error| {
        format!(r#"{{"id":{},"result":{{"Err":"cannot write the digest: {error}"}}}}"#, response.id)
    })
}

/// `digest(text, published?)`: the Digest of `text` as a JSON string. `published` is an optional
/// `YYYY-MM-DD` date; a malformed one is an error, not ignored.
#[wasm_bindgen(js_name = digest)]
pub fn digest_js(text: &str, published: Option<String>) -> Result<String, JsError> {
    let published = published.map(|date| date.parse::<CalendarDate>()).transpose()?;
    let digest = engine::digest(text, &Options { published });
    Ok(serde_json::to_string(&digest)?)
}
