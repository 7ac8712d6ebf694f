//! Stages 1 and 2: the pasted text laid out as a page and cut into sentences, built once into
//! the [`Article`](article::Article) every extractor reads.
//!
//! `markup` blanks Markdown syntax, `blocks` cuts the text into blocks, `document` gives each
//! block its role (with `chrome`, `byline`, `published`, `line` and `language` reading the
//! page's furniture), and `segment` cuts the article's own paragraphs into sentences.

pub(crate) mod article;
pub(crate) mod blocks;
pub(crate) mod byline;
pub(crate) mod chrome;
pub(crate) mod document;
/// Public because the page and the wire format name the language an article is written in.
pub mod language;
pub(crate) mod line;
pub(crate) mod markup;
pub(crate) mod published;
pub(crate) mod segment;
