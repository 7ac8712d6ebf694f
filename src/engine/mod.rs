//! The engine: pasted text in, a [`Digest`] out. Pure Rust, no browser API, deterministic.
//!
//! The stages of [`digest`], in order (each reads the [`Article`] the first two build):
//! 1. `article` + `document` + `blocks`: the text laid out in blocks with their roles (headline,
//!    byline, dateline, timestamp, highlight, body, chrome) and its publication date;
//! 2. `segment`: the article's own paragraphs cut into sentences;
//! 3. `figures::read`: quantities with what they measure;
//! 4. `dates::read`: date mentions, resolved against the publication date, and the timeline;
//! 5. `entities::read`: people, places and organisations, aliases merged;
//! 6. `summary::read`: the gist and the sentences that carry the story;
//! 7. `quotes::read`: quotes and reported speech with their speakers;
//! 8. `digest::assemble`: the Digest. Views of a finished Digest: `gold`, `brief`, `compare`.
//!
//! ```
//! use lede::engine::{digest, Options};
//! let d = digest("Headline\n\nThe U.S. agreed. Russia did not.", &Options::default());
//! assert_eq!(d.paragraphs.len(), 2);
//! assert_eq!(d.sentences.len(), 3);
//! ```

mod article;
mod ascii;
mod attribution;
pub mod bench_support;
/// Public because the page answers a blank text itself, without the engine's module.
pub mod blank;
mod blocks;
pub mod brief;
mod byline;
mod calendar;
mod chrome;
mod compare;
mod date_spans;
mod dates;
mod digest;
mod document;
mod entities;
mod fasthash;
mod figures;
mod gazetteer;
pub mod gold;
pub mod language;
mod lexicon;
mod line;
pub mod links;
mod lowered;
mod markup;
mod number_words;
/// Public because the page (the `lede` crate) sorts its cards with the same orders.
pub mod order;
mod published;
mod quotes;
mod segment;
mod span;
mod summary;
mod window;

pub use article::{Article, Chrome, Options, Paragraph, Published, PublishedSource, Sentence};
pub use blocks::BlockKind;
pub use byline::Dateline;
pub use calendar::{CalendarDate, DateError, Weekday};
pub use chrome::ChromeKind;
pub use compare::{
    AlignedPair, AlignedText, ChangeKind, CompareView, Comparison, Difference, DifferenceText,
    EntityForm, FigureSource, MergedEntity, MergedFigure, MergedTimelineEntry, Shared, Stated,
    StoryMatch, TimelineSource, WordChange, compare, compare_view, group_stories, merge_entities,
    merge_figures, merge_timeline, same_story,
};
pub use date_spans::{DateSpan, DateSpans, dates_view};
pub use dates::{
    DateMention, Dates, Precision, Relation, Season, TimeRef, TimeRefMention, TimelineEntry, Timex,
};
pub use digest::{Digest, digest, digest_with_progress};
pub use document::{ELSEWHERE_HEADING, Role};
pub use entities::{Entity, EntityKind, Mention};
pub use figures::{Change, ChangeDirection, Figure, FigureKind, FigureMention, Qualifier};
pub use quotes::{Quote, QuoteKind, Speaker, SpeakerVia};
pub use span::Span;
pub use summary::{Gist, GistSource, Summary};
