//! Hooks for `benches/digest.rs` only: run one stage of [`digest`](crate::engine::digest) on its own,
//! fed by an [`Article`] already read, so the benchmark can time each stage. Not a stable API.
#![doc(hidden)]

use crate::engine::extract::{dates, entities, figures, quotes, summary};
use crate::engine::layout::article::{Article, Options};
use crate::engine::layout::{blocks, document, markup, segment};

/// How many bytes of a long sentence an extractor reads at once (engine/text/window.rs): the
/// property tests put a date, figure or name on a window's edge with it.
pub use crate::engine::text::window::WINDOW;

/// The stages of a digest, in the order `digest` runs them.
pub const STAGES: &[&str] =
    &["layout", "markup", "segment", "figures", "dates", "entities", "summary", "quotes"];

/// An article read once, with the pasted text it was read from.
pub struct Prepared<'t> {
    pub text: &'t str,
    pub article: Article<'t>,
}

pub fn prepare(text: &str) -> Prepared<'_> {
    Prepared { text, article: Article::read(text, &Options::default()) }
}

/// Runs one stage of [`STAGES`] again; returns how many things it found (to keep it alive).
pub fn run(stage: &str, p: &Prepared<'_>) -> usize {
    let article = &p.article;
    match stage {
        "layout" => document::read(p.text, article.text(), &blocks::blocks(p.text)).parts.len(),
        "markup" => markup::mask(p.text).len(),
        "segment" => article
            .paragraphs
            .iter()
            .map(|para| segment::sentences(article.text(), para.span).len())
            .sum(),
        "figures" => figures::read(article).len(),
        "dates" => dates::read(article).mentions.len(),
        "entities" => entities::read(article).len(),
        "summary" => summary::read(article).sentences.len(),
        "quotes" => quotes::read(article).len(),
        _ => panic!("unknown stage {stage}"),
    }
}
