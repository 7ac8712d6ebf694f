//! Lede: paste a news article, get a reader view with summary cards.
//!
//! The crate has two halves with a one-way dependency between them:
//! - [`engine`] is pure Rust (no browser API): text in, a serialisable [`engine::Digest`] out.
//!   The native `lede` command line and the native tests drive it directly.
//! - `js_api` (wasm32, feature `engine-api`) exposes the engine to JavaScript: what the page's
//!   Web Worker and other pages call.
//! - [`model`] is the page's state and its one reducer (`AppState::apply`), with what it
//!   derives for display: plain Rust, tested natively.
//! - `ui` (wasm32, feature `ui`) holds the Yew components that render a `Digest` in the browser.
//! - [`protocol`] is what the page and its worker say to each other, and [`wire`] the compact
//!   bytes the Digest crosses between them in.
//!
//! The browser gets two WebAssembly modules from this crate (index.html): the page's (`ui` only,
//! `src/bin/app.rs`), which is all the first load fetches, and the engine's (`engine-api` only,
//! `src/bin/engine.rs`), which the page's worker fetches when the first article is read. Feature
//! `inline-engine` lets the page read in place without a worker, which the browser tests use; it
//! links the extractors into the page's module, so the site leaves it out.

/// The engine, built as a crate of its own (crates/lede-engine, for its opt-level).
pub mod engine {
    pub use lede_engine::engine::*;
}
pub mod html_prepare;
pub mod html_text;
/// The page's state and reducer: built wherever the page is (and natively, for its tests).
#[cfg(feature = "ui")]
pub mod model;

pub mod protocol;
pub mod wire;

#[cfg(all(target_arch = "wasm32", feature = "engine-api"))]
pub mod js_api;
#[cfg(all(target_arch = "wasm32", feature = "ui"))]
pub mod ui;
