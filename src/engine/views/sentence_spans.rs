//! The span view of a Digest's sentences (`lede digest --sentences`): every sentence with its
//! byte span and its paragraph's role, in reading order. What a suite needs to judge the
//! sentence split itself (a caption glued to the sentence after it, a quotation cut in two),
//! which the gold view, holding only the summary's sentences, cannot show.

use serde::{Deserialize, Serialize};

use crate::engine::digest::Digest;
use crate::engine::layout::document::Role;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SentenceSpan {
    /// Byte offsets into the digested text.
    pub start: usize,
    pub end: usize,
    pub text: String,
    /// The role of the paragraph the sentence is in (`body`, `headline`, ...).
    pub role: Option<Role>,
    /// The sentence sits on the summary card.
    pub summary: bool,
}

/// Every sentence of `digest`, read against the `text` it was made from.
pub fn sentences_view(digest: &Digest, text: &str) -> Vec<SentenceSpan> {
    digest
        .sentences
        .iter()
        .enumerate()
        .map(|(i, s)| SentenceSpan {
            start: s.span.start,
            end: s.span.end,
            text: s.span.of(text).to_owned(),
            role: digest.paragraphs.get(s.paragraph).map(|p| p.role),
            summary: digest.summary.sentences.contains(&i),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::{Options, digest};

    #[test]
    fn every_sentence_with_its_role_and_card_seat() {
        let text = "Bridge reopens\n\nThe old bridge reopened on Tuesday after repairs, officials said. Drivers queued from dawn to cross it.";
        let view = sentences_view(&digest(text, &Options::default()), text);
        let rows: Vec<(&str, Option<Role>)> =
            view.iter().map(|s| (s.text.as_str(), s.role)).collect();
        assert_eq!(
            rows,
            vec![
                ("Bridge reopens", Some(Role::Headline)),
                (
                    "The old bridge reopened on Tuesday after repairs, officials said.",
                    Some(Role::Body)
                ),
                ("Drivers queued from dawn to cross it.", Some(Role::Body)),
            ]
        );
        assert!(view.iter().all(|s| text.get(s.start..s.end) == Some(s.text.as_str())));
        assert!(view[1].summary && !view[0].summary);
    }
}
