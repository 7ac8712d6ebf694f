//! The gold-format view of a Digest: the JSON the evaluation scorer reads (`lede digest`).
//!
//! It is a projection, not the Digest itself: strings instead of spans, no sentence indices.
//! Every key is always present, with `null` or `[]` where nothing was found, so a consumer can
//! tell "found nothing" from "does not know the field".

use std::collections::HashSet;

use serde::{Deserialize, Serialize};

use crate::engine::digest::Digest;
use crate::engine::text::span::Span;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GoldArticle {
    pub id: String,
    pub published: Option<String>,
    pub headline: Option<String>,
    pub byline: Vec<String>,
    pub dateline: Option<String>,
    pub boilerplate: Vec<String>,
    pub entities: Vec<GoldEntity>,
    pub dates: Vec<GoldDate>,
    pub figures: Vec<GoldFigure>,
    /// The summary's sentences, in reading order (not scored; for readers of the JSON).
    pub summary: Vec<String>,
    /// Direct and partial quotes with their speakers (not scored).
    pub quotes: Vec<GoldQuote>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GoldQuote {
    pub text: String,
    /// The speaker's name, else their role, as the article resolves it.
    pub speaker: Option<String>,
    /// The canonical name of the speaker's entity, when the entity panel knows them.
    pub entity: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GoldEntity {
    pub name: String,
    #[serde(rename = "type")]
    pub kind: String,
    pub aliases: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GoldDate {
    pub text: String,
    pub value: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GoldFigure {
    pub text: String,
    pub value: f64,
    pub unit: String,
    pub about: String,
}

/// The gold view of `digest`, read against the `text` it was made from; `id` names the article.
pub fn gold_view(id: &str, digest: &Digest, text: &str) -> GoldArticle {
    let words = |span: Span| span.of(text).split_whitespace().collect::<Vec<_>>().join(" ");
    GoldArticle {
        id: id.to_owned(),
        published: digest.published.map(|p| p.date.to_string()),
        headline: digest.headline.map(words),
        byline: digest.byline.iter().map(|&s| words(s)).collect(),
        dateline: digest.dateline.map(|d| words(d.place)),
        boilerplate: boilerplate(digest, text),
        entities: entities(digest),
        dates: dates(digest, text),
        figures: figures(digest, text),
        summary: digest
            .summary
            .sentences
            .iter()
            .filter_map(|&i| digest.sentences.get(i))
            .map(|s| words(s.span))
            .collect(),
        quotes: quotes(digest, text),
    }
}

/// The quotes a reader would put on the card: direct and partial, not reported speech.
fn quotes(digest: &Digest, text: &str) -> Vec<GoldQuote> {
    let one_line = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    digest
        .quotes
        .iter()
        .filter(|q| q.kind != crate::engine::extract::quotes::QuoteKind::Paraphrase)
        .map(|q| GoldQuote {
            text: one_line(&q.text(text)),
            speaker: q.speaker.as_ref().map(|s| one_line(s.label(text))),
            entity: crate::engine::links::speaker_entity(digest, q)
                .map(|i| digest.entities[i].name.clone()),
        })
        .collect()
}

/// The entities, each under its fullest name with every other form as an alias.
fn entities(digest: &Digest) -> Vec<GoldEntity> {
    digest
        .entities
        .iter()
        .map(|e| GoldEntity {
            name: e.name.clone(),
            kind: e.kind.as_str().to_owned(),
            aliases: e.aliases.clone(),
        })
        .collect()
}

/// The figures in reading order, each with the text of its first mention and its card label.
fn figures(digest: &Digest, text: &str) -> Vec<GoldFigure> {
    let words = |span: Span| span.of(text).split_whitespace().collect::<Vec<_>>().join(" ");
    digest
        .figures
        .iter()
        .map(|f| GoldFigure {
            text: words(f.span),
            value: f.value,
            unit: f.unit.clone(),
            about: f.label(),
        })
        .collect()
}

/// Each distinct date mention (same text, same value) once, in reading order; a relative date
/// the article gives nothing to count from has no value, and one it gives nothing to place at
/// all (no publication date, no present fixed by the text) is left out.
fn dates(digest: &Digest, text: &str) -> Vec<GoldDate> {
    let mut seen = HashSet::new();
    digest
        .dates
        .mentions
        .iter()
        .filter(|m| !m.unplaceable)
        .map(|m| GoldDate {
            text: m.span.of(text).split_whitespace().collect::<Vec<_>>().join(" "),
            value: m.value.map(|v| v.to_string()),
        })
        .filter(|d| seen.insert((d.text.to_lowercase(), d.value.clone())))
        .collect()
}

/// The chrome lines as text, each distinct line once: a menu repeated in the header and the
/// footer is one piece of chrome to a reader.
fn boilerplate(digest: &Digest, text: &str) -> Vec<String> {
    let mut seen = HashSet::new();
    digest
        .chrome
        .iter()
        .map(|c| c.span.of(text).split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|line| !line.is_empty() && seen.insert(line.to_lowercase()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::{Options, digest};

    #[test]
    fn the_view_shows_the_page_facts_as_text() {
        let text = "Search\n\nSport\n\nNews\n\nKyrgyz  opposition in Russia after vote\n\nBy Olga Dzyubenko\n\nBISHKEK, July 27 (Reuters) - The leader flew to Moscow on Monday.\n\nSearch\n\nSport";
        let view = gold_view("x", &digest(text, &Options::default()), text);
        assert_eq!(view.headline.as_deref(), Some("Kyrgyz opposition in Russia after vote"));
        assert_eq!(view.byline, ["Olga Dzyubenko"]);
        assert_eq!(view.dateline.as_deref(), Some("BISHKEK"));
        assert_eq!(view.published, None); // no year anywhere
        assert_eq!(view.boilerplate, ["Search", "Sport", "News"]);
    }
}
