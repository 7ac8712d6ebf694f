//! The engine: pasted text in, a [`Digest`] out. Pure Rust, no browser API, deterministic.
//!
//! ```
//! use lede::engine::{digest, Options};
//! let d = digest("Headline\n\nThe U.S. agreed. Russia did not.", &Options::default());
//! assert_eq!(d.paragraphs.len(), 2);
//! assert_eq!(d.sentences.len(), 3);
//! ```

mod blocks;
mod byline;
mod calendar;
mod chrome;
mod digest;
mod document;
pub mod gold;
mod line;
mod published;
mod segment;
mod span;

pub use blocks::BlockKind;
pub use byline::Dateline;
pub use calendar::{CalendarDate, DateError, Weekday};
pub use chrome::ChromeKind;
pub use digest::{
    Chrome, Digest, Options, Paragraph, Published, PublishedSource, Sentence, digest,
};
pub use document::Role;
pub use span::Span;
