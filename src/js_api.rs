//! The engine as JavaScript sees it, built as its own small module (`engine.js` +
//! `engine_bg.wasm`, from `src/bin/engine.rs`) so the page's module carries no extractor: the
//! page's Web Worker calls [`digest_request`], and any other page (or a benchmark against
//! JavaScript peers in the same browser) can call [`digest`]. Other pages get JSON, whose
//! Digest serde shape is their contract; the page gets the [`crate::wire`] bytes, which it
//! reads without a JSON parser.

use wasm_bindgen::prelude::*;

use crate::engine::{self, CalendarDate, Options};
use crate::protocol::WorkerAnswer;
use crate::wire;

/// The worker's side of [`crate::protocol`]: the wire bytes of the answer for one article. A
/// malformed `published` is answered in words, not ignored; only a trap escapes, as an
/// exception worker.js reports. `on_progress`, when given, is called after each stage of the
/// read with how much of it is done (0 to 1), for the page to show.
#[wasm_bindgen(js_name = digestRequest)]
pub fn digest_request(
    text: &str,
    published: Option<String>,
    on_progress: Option<js_sys::Function>,
) -> Vec<u8> {
    let mut progress = |done: f32| {
        if let Some(report) = &on_progress {
            // A report that cannot be made (the page is gone) must not stop the read.
            let _ = report.call1(&JsValue::NULL, &JsValue::from_f64(f64::from(done)));
        }
    };
    let answer: WorkerAnswer = match published.map(|date| date.parse::<CalendarDate>()).transpose()
    {
        Ok(published) => {
            Ok(engine::digest_with_progress(text, &Options { published }, &mut progress))
        }
        Err(error) => Err(format!("unreadable request: {error}")),
    };
    wire::encode_answer(&answer)
}

/// `digest(text, published?)`: the Digest of `text` as a JSON string. `published` is an optional
/// `YYYY-MM-DD` date; a malformed one is an error, not ignored.
#[wasm_bindgen(js_name = digest)]
pub fn digest_js(text: &str, published: Option<String>) -> Result<String, JsError> {
    let published = published.map(|date| date.parse::<CalendarDate>()).transpose()?;
    let digest = engine::digest(text, &Options { published });
    Ok(serde_json::to_string(&digest)?)
}
