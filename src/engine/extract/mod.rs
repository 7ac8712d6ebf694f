//! Stages 3 to 7: the extractors. Each is `read(&Article)` (plus what an earlier stage found,
//! passed in), and none of them sees the `Digest` it is assembled into.
//!
//! In the order `digest()` runs them: `figures`, `dates`, `entities`, `summary`, `quotes`
//! (with `attribution`, the speaker reading that quotes and entities share).

pub(crate) mod attribution;
pub(crate) mod dates;
pub(crate) mod entities;
pub(crate) mod figures;
pub(crate) mod quotes;
pub(crate) mod summary;
