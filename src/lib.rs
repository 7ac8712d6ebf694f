//! Lede: paste a news article, get a reader view with summary cards.
//!
//! The crate has two halves with a one-way dependency between them:
//! - [`engine`] is pure Rust (no browser API): text in, a serialisable [`engine::Digest`] out.
//!   The native `lede` command line and the native tests drive it directly.
//! - `js_api` (wasm32, feature `engine-api`) exposes the engine to JavaScript; it is the whole
//!   of the engine module the page's Web Worker runs.
//! - `ui` (wasm32, feature `ui`) holds the Yew components that render a `Digest` in the browser.
//! - [`protocol`] is what those two modules say to each other, and [`wire`] the compact bytes
//!   the Digest crosses between them in.
//!
//! The browser gets two WebAssembly modules from this one crate (index.html builds both): the
//! page's (`ui` only) and the worker's (`engine-api` only), so neither downloads code it never
//! runs. Feature `inline-engine` lets the page read in place without a worker, which the
//! browser tests use; it links the extractors into the page's module, so the site leaves it out.

pub mod engine;
pub mod html_text;

pub mod protocol;
pub mod wire;

#[cfg(all(target_arch = "wasm32", feature = "engine-api"))]
pub mod js_api;
#[cfg(all(target_arch = "wasm32", feature = "ui"))]
pub mod ui;
