//! The [`Article`]: one pasted text, read once into the shape every extractor shares.
//!
//! Building it is the first two stages of a digest (`digest()`):
//! 1. **layout** — the text becomes blocks (`blocks`), each given its role on the page
//!    (`document`: headline, byline, dateline, timestamp, highlight, subheading, body, chrome),
//!    and the publication date is taken from the reader or the page;
//! 2. **segment** — every paragraph of the article's own text is cut into sentences (`segment`).
//!
//! Extractors then read the finished Article (`figures::read(&article)`, ...): none of them
//! cuts the page again, decides again which roles to read, or lowers the text again, and none
//! of them sees the `Digest` they are assembled into.

use std::borrow::Cow;
use std::ops::Range;

use serde::{Deserialize, Serialize};

use crate::engine::layout::blocks::{self, BlockKind};
use crate::engine::layout::byline::Dateline;
use crate::engine::layout::chrome::ChromeKind;
use crate::engine::layout::document::{self, Role};
use crate::engine::layout::markup;
use crate::engine::layout::segment;
use crate::engine::text::calendar::CalendarDate;
use crate::engine::text::span::Span;

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
    /// What the paragraph is to the article: body text, headline, chrome...
    pub role: Role,
    /// Indices into the article's sentences; empty for code and for paragraphs that are not
    /// the article's own text (chrome, byline, timestamp), so extractors never read them.
    pub sentences: Range<usize>,
}

/// A piece of page chrome: kept out of the body, still listed so the reader can check it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Chrome {
    pub span: Span,
    pub kind: ChromeKind,
    /// Index into the article's paragraphs.
    pub paragraph: usize,
}

/// One sentence: the unit every later fact points back to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sentence {
    pub span: Span,
    pub paragraph: usize,
}

/// One article, laid out and cut into sentences: what every extractor reads.
#[derive(Debug, Clone)]
pub struct Article<'t> {
    /// The text as extractors read it: the paste with Markdown link, image and emphasis syntax
    /// blanked out. The same length, so every span it gives holds for the pasted text too.
    text: Cow<'t, str>,
    /// `text` with its ASCII letters lowered, made once: extractors slice a word's lower case
    /// from it (same length, same offsets) instead of lowering each word at each look.
    lower: String,
    pub paragraphs: Vec<Paragraph>,
    pub sentences: Vec<Sentence>,
    pub headline: Option<Span>,
    pub byline: Vec<Span>,
    pub dateline: Option<Dateline>,
    /// Indices into [`Article::paragraphs`] of the article's own summary bullets.
    pub highlights: Vec<usize>,
    pub chrome: Vec<Chrome>,
    /// The reader's date, or else the one the page states.
    pub published: Option<Published>,
}

impl<'t> Article<'t> {
    /// Lays out `text` and cuts it into sentences (stages 1 and 2 of a digest).
    pub fn read(text: &'t str, options: &Options) -> Article<'t> {
        let masked = markup::mask(text);
        let layout = document::read(text, &masked, &blocks::blocks(text));
        let lower = masked.to_ascii_lowercase();
        let mut paragraphs = Vec::with_capacity(layout.parts.len());
        let mut sentences = Vec::new();
        let mut chrome = Vec::new();
        let mut highlights = Vec::new();
        for part in &layout.parts {
            let index = paragraphs.len();
            let first = sentences.len();
            if part.kind != BlockKind::Code && part.role.is_text() {
                sentences.extend(
                    segment::sentences(&masked, part.span)
                        .into_iter()
                        .map(|span| Sentence { span, paragraph: index }),
                );
            }
            match part.role {
                Role::Chrome(kind) => {
                    chrome.push(Chrome { span: part.span, kind, paragraph: index })
                }
                Role::Highlight => highlights.push(index),
                _ => {}
            }
            paragraphs.push(Paragraph {
                kind: part.kind,
                span: part.span,
                role: part.role,
                sentences: first..sentences.len(),
            });
        }
        // The reader's own date wins over anything the page says.
        let published = match options.published {
            Some(date) => Some(Published { date, source: PublishedSource::User }),
            None => layout.published.map(|found| Published {
                date: found.date,
                source: PublishedSource::Text { span: found.span },
            }),
        };
        Article {
            text: masked,
            lower,
            paragraphs,
            sentences,
            headline: layout.headline,
            byline: layout.byline,
            dateline: layout.dateline,
            highlights,
            chrome,
            published,
        }
    }

    /// An article of the given sentences, each a paragraph of its own with the given role
    /// (no layout is read): for extractors' tests that name each sentence's role.
    #[cfg(test)]
    pub fn of_sentences(text: &'t str, given: &[(Span, Role)]) -> Article<'t> {
        let paragraphs = given
            .iter()
            .enumerate()
            .map(|(i, &(span, role))| Paragraph {
                kind: BlockKind::Text,
                span,
                role,
                sentences: i..i + 1,
            })
            .collect();
        let sentences = given
            .iter()
            .enumerate()
            .map(|(i, &(span, _))| Sentence { span, paragraph: i })
            .collect();
        Article {
            text: Cow::Borrowed(text),
            lower: text.to_ascii_lowercase(),
            paragraphs,
            sentences,
            headline: None,
            byline: Vec::new(),
            dateline: None,
            highlights: Vec::new(),
            chrome: Vec::new(),
            published: None,
        }
    }

    /// The text extractors read (Markdown syntax blanked; the pasted text's offsets).
    pub fn text(&self) -> &str {
        &self.text
    }

    /// [`Article::text`] with its ASCII letters lowered: the same offsets.
    pub fn lower(&self) -> &str {
        &self.lower
    }

    /// The role of the paragraph a sentence belongs to.
    pub fn role_of(&self, sentence: &Sentence) -> Option<Role> {
        self.paragraphs.get(sentence.paragraph).map(|p| p.role)
    }

    /// The sentences of the article's body, in order, with their indices.
    pub fn body_sentences(&self) -> impl Iterator<Item = (usize, &Sentence)> {
        body_sentences(&self.paragraphs, &self.sentences)
    }

    /// Every sentence with its index and its paragraph's role, in reading order.
    pub fn sentences_with_roles(&self) -> impl Iterator<Item = (usize, &Sentence, Role)> {
        self.sentences
            .iter()
            .enumerate()
            .filter_map(|(i, s)| self.role_of(s).map(|role| (i, s, role)))
    }
}

/// The sentences of `paragraphs` whose role is [`Role::Body`], with their indices: what the
/// Article and the `Digest` both answer `body_sentences` with.
pub fn body_sentences<'a>(
    paragraphs: &'a [Paragraph],
    sentences: &'a [Sentence],
) -> impl Iterator<Item = (usize, &'a Sentence)> {
    sentences
        .iter()
        .enumerate()
        .filter(|(_, s)| paragraphs.get(s.paragraph).is_some_and(|p| p.role == Role::Body))
}
