//! Lede: paste a news article, get a reader view with summary cards.
//!
//! The crate has two halves with a one-way dependency between them:
//! - [`engine`] is pure Rust (no browser API): text in, a serialisable [`engine::Digest`] out.
//!   The native `lede` command line and the native tests drive it directly.
//! - `js_api` (wasm32 only) exposes the engine to JavaScript: the page's Web Worker runs it.
//! - `ui` (wasm32 only) holds the Yew components that render a `Digest` in the browser.

pub mod engine;

#[cfg(target_arch = "wasm32")]
pub mod js_api;
#[cfg(target_arch = "wasm32")]
pub mod ui;
