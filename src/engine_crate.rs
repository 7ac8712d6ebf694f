//! The root of the `lede-engine` crate (crates/lede-engine): the engine alone, so the site's one
//! WebAssembly module can build it at a faster opt-level than the page (Cargo.toml). The `lede`
//! crate re-exports it as `lede::engine`; the engine's own paths (`crate::engine::...`) read
//! the same in both.

#![forbid(unsafe_code)]

#[path = "engine/mod.rs"]
pub mod engine;
