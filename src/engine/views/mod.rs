//! Views of a finished [`Digest`](crate::engine::Digest): the links between its facts, the
//! gold-format view the scorer reads, the brief, the dates view, the orders cards are sorted
//! in, and the Digest of a blank text.

/// Public because the page answers a blank text itself, without the engine's module.
pub mod blank;
pub mod brief;
pub(crate) mod date_spans;
pub mod gold;
pub mod links;
/// Public because the page (the `lede` crate) sorts its cards with the same orders.
pub mod order;
