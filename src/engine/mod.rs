//! The engine: pasted text in, a [`Digest`] out. Pure Rust, no browser API, deterministic.
//!
//! The stages of [`digest`], in order, one folder each (a stage imports only earlier ones;
//! `text/` holds what all of them read with, `tokens` the one tokeniser):
//! 1. `layout/` `document`: the text laid out in blocks with their roles (headline, byline,
//!    dateline, timestamp, highlight, body, chrome) and its publication date;
//! 2. `layout/` `segment`: the article's own paragraphs cut into sentences: the [`Article`];
//! 3. `extract/` `figures::read`: quantities with what they measure;
//! 4. `extract/` `dates::read`: date mentions, resolved against the publication date;
//! 5. `extract/` `entities::read`: people, places and organisations, aliases merged;
//! 6. `extract/` `summary::read`: the gist and the sentences that carry the story;
//! 7. `extract/` `quotes::read`: quotes and reported speech with their speakers;
//! 8. `digest.rs` `assemble`: the Digest; `views/` and `compare/` read finished Digests.
//!
//! ```
//! use lede::engine::{digest, Options};
//! let d = digest("Headline\n\nThe U.S. agreed. Russia did not.", &Options::default());
//! assert_eq!(d.paragraphs.len(), 2);
//! assert_eq!(d.sentences.len(), 3);
//! ```

pub mod bench_support;
mod compare;
mod digest;
mod extract;
mod gazetteer;
mod layout;
mod lexicon;
mod text;
mod views;

pub use layout::language;
pub use views::{blank, brief, gold, links, order};

pub use compare::{
    AlignedPair, AlignedText, ChangeKind, CompareView, Comparison, Difference, DifferenceText,
    EntityForm, FigureSource, MergedEntity, MergedFigure, MergedTimelineEntry, Shared, Stated,
    StoryMatch, TimelineSource, WordChange, compare, compare_view, group_stories, merge_entities,
    merge_figures, merge_timeline, same_story,
};
pub use digest::{Digest, digest, digest_with_progress};
pub use extract::dates::{
    DateMention, Dates, Precision, Relation, Season, TimeRef, TimeRefMention, TimelineEntry, Timex,
};
pub use extract::entities::{Entity, EntityKind, Mention};
pub use extract::figures::{Change, ChangeDirection, Figure, FigureKind, FigureMention, Qualifier};
pub use extract::quotes::{Quote, QuoteKind, Speaker, SpeakerVia};
pub use extract::summary::{Gist, GistSource, Summary};
pub use layout::article::{
    Article, Chrome, Options, Paragraph, Published, PublishedSource, Sentence,
};
pub use layout::blocks::{BlockKind, table_cells};
pub use layout::byline::Dateline;
pub use layout::chrome::ChromeKind;
pub use layout::document::{ELSEWHERE_HEADING, Role};
pub use text::calendar::{CalendarDate, DateError, Weekday};
pub use text::span::Span;
pub use views::date_spans::{DateSpan, DateSpans, dates_view};
pub use views::sentence_spans::{SentenceSpan, sentences_view};
