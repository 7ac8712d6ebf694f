//! Hooks for `benches/digest.rs` only: run one stage of [`digest`](super::digest) on its own,
//! fed by a Digest already made, so the benchmark can time each extractor. Not a stable API.
#![doc(hidden)]

use super::digest::{Digest, Options, digest};
use super::document::Role;
use super::span::Span;
use super::{blocks, dates, document, entities, figures, markup, quotes, segment, summary};

/// How many bytes of a long sentence an extractor reads at once (engine/window.rs): the
/// property tests put a date, figure or name on a window's edge with it.
pub use super::window::WINDOW;

/// The stages of a digest, in the order `digest` runs them.
pub const STAGES: &[&str] =
    &["layout", "markup", "segment", "figures", "dates", "entities", "summary", "quotes"];

/// An article read once: the masked text extractors see, and its Digest.
pub struct Prepared {
    pub text: String,
    pub masked: String,
    /// `masked` with its ASCII letters lowered, as `digest` makes it once for its extractors.
    pub lower: String,
    pub digest: Digest,
}

pub fn prepare(text: &str) -> Prepared {
    Prepared {
        text: text.to_owned(),
        masked: markup::mask(text).into_owned(),
        lower: markup::mask(text).to_ascii_lowercase(),
        digest: digest(text, &Options::default()),
    }
}

/// Runs one stage of [`STAGES`] again; returns how many things it found (to keep it alive).
pub fn run(stage: &str, p: &Prepared) -> usize {
    let (text, d) = (p.masked.as_str(), &p.digest);
    match stage {
        "layout" => document::read(&p.text, &p.masked, &blocks::blocks(&p.text)).parts.len(),
        "markup" => markup::mask(&p.text).len(),
        "segment" => {
            d.paragraphs.iter().map(|para| segment::sentences(text, para.span).len()).sum()
        }
        "figures" => figures::find(
            text,
            &p.lower,
            d.sentences
                .iter()
                .enumerate()
                .map(|(i, s)| (i, s.span, d.paragraphs[s.paragraph].role)),
        )
        .len(),
        "dates" => {
            let own: Vec<(usize, Span)> =
                d.sentences.iter().enumerate().map(|(i, s)| (i, s.span)).collect();
            let timestamps: Vec<Span> =
                d.paragraphs.iter().filter(|p| p.role == Role::Timestamp).map(|p| p.span).collect();
            dates::read(&dates::Article {
                text,
                lower: Some(&p.lower),
                sentences: &own,
                timestamps: &timestamps,
                dateline_date: d.dateline.and_then(|l| l.date),
                reference: d.published.map(|p| p.date),
            })
            .mentions
            .len()
        }
        "entities" => entities::extract(text, d).len(),
        "summary" => summary::summarize(d, text, &p.lower).sentences.len(),
        "quotes" => quotes::find(d, text, &p.lower).len(),
        _ => panic!("unknown stage {stage}"),
    }
}
