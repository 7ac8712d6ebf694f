//! The Digest: everything the page shows about one article, each fact tied to its span.

use std::ops::Range;

use serde::{Deserialize, Serialize};

use super::blocks::{self, BlockKind};
use super::calendar::CalendarDate;
use super::segment;
use super::span::Span;

/// What the reader told Lede about the article, beyond its text.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Options {
    /// The publication date chosen by the user; it wins over any date found in the text.
    pub published: Option<CalendarDate>,
}

/// Where the publication date came from, so the page can say "as you set" or point at the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "from", rename_all = "snake_case")]
pub enum PublishedSource {
    User,
    Text { span: Span },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Published {
    pub date: CalendarDate,
    #[serde(flatten)]
    pub source: PublishedSource,
}

/// A block of the article with the sentences it holds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Paragraph {
    #[serde(flatten)]
    pub kind: BlockKind,
    pub span: Span,
    /// Indices into [`Digest::sentences`]; empty for code.
    pub sentences: Range<usize>,
}

/// One sentence: the unit every later fact points back to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sentence {
    pub span: Span,
    pub paragraph: usize,
}

/// Everything Lede knows about one pasted article. Spans are byte offsets into the text that
/// was digested; the Digest does not copy that text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Digest {
    /// Length in bytes of the digested text, so a reader can check spans belong to it.
    pub source_len: usize,
    pub published: Option<Published>,
    pub paragraphs: Vec<Paragraph>,
    pub sentences: Vec<Sentence>,
}

impl Digest {
    /// The sentences of one paragraph.
    pub fn sentences_of(&self, paragraph: &Paragraph) -> &[Sentence] {
        self.sentences.get(paragraph.sentences.clone()).unwrap_or(&[])
    }
}

/// Reads one article. Never fails: any text, even empty, has a Digest.
pub fn digest(text: &str, options: &Options) -> Digest {
    let mut paragraphs = Vec::new();
    let mut sentences = Vec::new();
    for block in blocks::blocks(text) {
        let index = paragraphs.len();
        let first = sentences.len();
        if block.kind != BlockKind::Code {
            sentences.extend(
                segment::sentences(text, block.span)
                    .into_iter()
                    .map(|span| Sentence { span, paragraph: index }),
            );
        }
        paragraphs.push(Paragraph { kind: block.kind, span: block.span, sentences: first..sentences.len() });
    }
    let published = options.published.map(|date| Published { date, source: PublishedSource::User });
    Digest { source_len: text.len(), published, paragraphs, sentences }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences_point_back_to_their_paragraph() {
        let text = "# Title\n\nOne. Two.\n\n```\ncode\n```\n\nThree.";
        let d = digest(text, &Options::default());
        let shown: Vec<(&str, Vec<&str>)> = d
            .paragraphs
            .iter()
            .map(|p| (p.span.of(text), d.sentences_of(p).iter().map(|s| s.span.of(text)).collect()))
            .collect();
        assert_eq!(
            shown,
            vec![
                ("Title", vec!["Title"]),
                ("One. Two.", vec!["One.", "Two."]),
                ("code", vec![]),
                ("Three.", vec!["Three."]),
            ]
        );
        for (i, s) in d.sentences.iter().enumerate() {
            assert!(d.paragraphs[s.paragraph].sentences.contains(&i));
            assert!(d.paragraphs[s.paragraph].span.contains(s.span));
        }
    }

    #[test]
    fn the_users_date_is_the_publication_date() {
        let date: CalendarDate = "2009-07-27".parse().unwrap();
        let d = digest("Text.", &Options { published: Some(date) });
        assert_eq!(d.published, Some(Published { date, source: PublishedSource::User }));
        assert_eq!(digest("Text.", &Options::default()).published, None);
    }

    #[test]
    fn the_same_input_gives_the_same_digest() {
        let text = "A. B.\n\nC.";
        let a = serde_json::to_string(&digest(text, &Options::default())).unwrap();
        let b = serde_json::to_string(&digest(text, &Options::default())).unwrap();
        assert_eq!(a, b);
    }
}
