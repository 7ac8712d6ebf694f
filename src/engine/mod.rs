//! The engine: pasted text in, a [`Digest`] out. Pure Rust, no browser API, deterministic.
//!
//! ```
//! use lede::engine::{digest, Options};
//! let d = digest("Headline\n\nThe U.S. agreed. Russia did not.", &Options::default());
//! assert_eq!(d.paragraphs.len(), 2);
//! assert_eq!(d.sentences.len(), 3);
//! ```

mod blocks;
mod calendar;
mod digest;
pub mod gold;
mod segment;
mod span;

pub use blocks::BlockKind;
pub use calendar::{CalendarDate, DateError};
pub use digest::{Digest, Options, Paragraph, Published, PublishedSource, Sentence, digest};
pub use span::Span;
