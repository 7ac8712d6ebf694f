//! The gold-format view of a Digest: the JSON the evaluation scorer reads (`lede digest`).
//!
//! It is a projection, not the Digest itself: strings instead of spans, no sentence indices.
//! Every key is always present, with `null` or `[]` where nothing was found, so a consumer can
//! tell "found nothing" from "does not know the field".

use serde::{Deserialize, Serialize};

use super::digest::Digest;

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
pub fn gold_view(id: &str, digest: &Digest, _text: &str) -> GoldArticle {
    GoldArticle {
        id: id.to_owned(),
        published: digest.published.map(|p| p.date.to_string()),
        headline: None,
        byline: Vec::new(),
        dateline: None,
        boilerplate: Vec::new(),
        entities: Vec::new(),
        dates: Vec::new(),
        figures: Vec::new(),
    }
}
