//! The comparison as text: the JSON `lede compare` prints. A projection of [`Comparison`] with
//! sentences and values written out instead of indices and spans.

use serde::{Deserialize, Serialize};

use super::{Comparison, Difference, compare, merge_entities};
use crate::engine::digest::Digest;
use crate::engine::gold::GoldEntity;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CompareView {
    pub a: String,
    pub b: String,
    pub same_story: bool,
    pub score: f32,
    pub aligned: Vec<AlignedText>,
    pub only_a: Vec<String>,
    pub only_b: Vec<String>,
    pub differences: Vec<DifferenceText>,
    pub a_adds: Option<String>,
    pub b_adds: Option<String>,
    /// The merged entities in the gold format: aliases are every other form in either article.
    pub entities: Vec<GoldEntity>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AlignedText {
    pub a: String,
    pub b: String,
    pub similarity: f32,
    pub moved: bool,
}

/// A difference as a reader would say it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DifferenceText {
    /// `figure`, `date` or `spelling`.
    pub kind: String,
    /// What the two disagree about: the figure's label, the entity's type, the sentence's date.
    pub about: String,
    pub a: String,
    pub b: String,
    /// "A says 76 percent, B says 74 percent".
    pub summary: String,
}

/// The comparison of A (`a_id`) and B (`b_id`) as text.
pub fn compare_view(a_id: &str, a: (&Digest, &str), b_id: &str, b: (&Digest, &str)) -> CompareView {
    let c: Comparison = compare(a, b);
    let sentence = |(d, text): (&Digest, &str), i: usize| {
        d.sentences
            .get(i)
            .map_or("", |s| s.span.of(text))
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    };
    let entities = merge_entities(&[a, b])
        .into_iter()
        .map(|m| GoldEntity {
            aliases: m.forms.iter().map(|f| f.text.clone()).filter(|f| *f != m.name).collect(),
            kind: m.kind.as_str().to_owned(),
            name: m.name,
        })
        .collect();
    CompareView {
        a: a_id.to_owned(),
        b: b_id.to_owned(),
        same_story: c.story.same,
        score: c.story.score,
        aligned: c
            .aligned
            .iter()
            .map(|p| AlignedText {
                a: sentence(a, p.a),
                b: sentence(b, p.b),
                similarity: p.similarity,
                moved: p.moved,
            })
            .collect(),
        only_a: c.only_a.iter().map(|&i| sentence(a, i)).collect(),
        only_b: c.only_b.iter().map(|&i| sentence(b, i)).collect(),
        differences: c.differences.iter().map(difference_text).collect(),
        a_adds: c.a_adds,
        b_adds: c.b_adds,
        entities,
    }
}

fn difference_text(d: &Difference) -> DifferenceText {
    let (kind, about, a, b) = match d {
        Difference::Figure { about, a, b, .. } => {
            ("figure", about.clone(), a.text.clone(), b.text.clone())
        }
        Difference::Date { a_value, b_value, a, b } => {
            ("date", format!("{} / {}", a_value, b_value), a.text.clone(), b.text.clone())
        }
        Difference::Spelling { entity_kind, a, b } => {
            ("spelling", entity_kind.as_str().to_owned(), a.clone(), b.clone())
        }
    };
    let summary = match d {
        Difference::Spelling { .. } => format!("A spells {a}, B spells {b}"),
        _ if about.is_empty() => format!("A says {a}, B says {b}"),
        _ => format!("{about}: A says {a}, B says {b}"),
    };
    DifferenceText { kind: kind.to_owned(), about, a, b, summary }
}
