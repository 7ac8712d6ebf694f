//! The page's model: its state, the actions that change it, and what it derives for display
//! (formatted values, find-in-article matches). Plain Rust with no browser API, so all of it is
//! tested natively with `cargo test`; `ui/` is the thin Yew layer that renders it and turns
//! events into [`state::Action`]s.

pub mod examples;
pub mod find;
pub mod format;
pub mod same;
pub mod saved;
pub mod state;
