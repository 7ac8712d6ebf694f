//! The Digest: everything the page shows about one article, each fact tied to its span.

use std::ops::Range;

use serde::{Deserialize, Serialize};

use super::blocks::{self, BlockKind};
use super::byline::Dateline;
use super::calendar::CalendarDate;
use super::chrome::ChromeKind;
use super::dates::{self, Dates};
use super::document::{self, Role};
use super::entities::{self, Entity};
use super::figures::{self, Figure};
use super::language::{self, Language};
use super::markup;
use super::quotes::{self, Quote};
use super::segment;
use super::span::Span;
use super::summary::{self, Summary};

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
    /// Indices into [`Digest::sentences`]; empty for code and for paragraphs that are not the
    /// article's own text (chrome, byline, timestamp), so extractors never read them.
    pub sentences: Range<usize>,
}

/// A piece of page chrome: kept out of the body, still listed so the reader can check it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Chrome {
    pub span: Span,
    pub kind: ChromeKind,
    /// Index into [`Digest::paragraphs`].
    pub paragraph: usize,
}

/// One sentence: the unit every later fact points back to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sentence {
    pub span: Span,
    pub paragraph: usize,
}

/// Everything Lede knows about one pasted article. Spans are byte offsets into the text that
/// was digested; the Digest does not copy that text. (Not `Eq`: figures hold `f64` values.)
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Digest {
    /// Length in bytes of the digested text, so a reader can check spans belong to it.
    pub source_len: usize,
    pub published: Option<Published>,
    pub headline: Option<Span>,
    /// Each reporter the byline names (or the desk it credits), as written.
    pub byline: Vec<Span>,
    pub dateline: Option<Dateline>,
    /// Indices into [`Digest::paragraphs`] of the article's own summary bullets.
    pub highlights: Vec<usize>,
    pub chrome: Vec<Chrome>,
    pub paragraphs: Vec<Paragraph>,
    pub sentences: Vec<Sentence>,
    /// Every date mention and the timeline built from them.
    pub dates: Dates,
    /// Key figures, one per fact, in reading order of their first mention.
    pub figures: Vec<Figure>,
    /// The gist and the sentences that carry the story.
    pub summary: Summary,
    /// Quotes and reported speech with their speakers, in reading order.
    pub quotes: Vec<Quote>,
    /// People, places and organisations, aliases merged, most prominent first.
    pub entities: Vec<Entity>,
    /// The language the article is written in, when the text says clearly; Lede reads English.
    pub language: Option<Language>,
}

impl Digest {
    /// The sentences of one paragraph.
    pub fn sentences_of(&self, paragraph: &Paragraph) -> &[Sentence] {
        self.sentences.get(paragraph.sentences.clone()).unwrap_or(&[])
    }

    /// The sentences of the article's body, in order: what extractors read.
    pub fn body_sentences(&self) -> impl Iterator<Item = (usize, &Sentence)> {
        self.sentences
            .iter()
            .enumerate()
            .filter(|(_, s)| self.paragraphs.get(s.paragraph).is_some_and(|p| p.role == Role::Body))
    }
}

/// Reads one article. Never fails: any text, even empty, has a Digest.
pub fn digest(text: &str, options: &Options) -> Digest {
    // Extractors read the text with Markdown link, image and emphasis syntax blanked out: the
    // same length, so every span they give holds for the pasted text too.
    let masked = markup::mask(text);
    let layout = document::read(text, &masked, &blocks::blocks(text));
    let text: &str = &masked;
    // The text with its ASCII letters lowered, once: extractors slice a word's lower case
    // from it (same length, same offsets) instead of lowering each word at each look.
    let lower = text.to_ascii_lowercase();
    let mut paragraphs = Vec::with_capacity(layout.parts.len());
    let mut sentences = Vec::new();
    let mut chrome = Vec::new();
    let mut highlights = Vec::new();
    for part in &layout.parts {
        let index = paragraphs.len();
        let first = sentences.len();
        if part.kind != BlockKind::Code && part.role.is_text() {
            sentences.extend(
                segment::sentences(text, part.span)
                    .into_iter()
                    .map(|span| Sentence { span, paragraph: index }),
            );
        }
        match part.role {
            Role::Chrome(kind) => chrome.push(Chrome { span: part.span, kind, paragraph: index }),
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
    let figures = figures::find(
        text,
        &lower,
        sentences.iter().enumerate().filter_map(|(i, s)| {
            paragraphs.get(s.paragraph).map(|p: &Paragraph| (i, s.span, p.role))
        }),
    );
    let dates = read_dates(text, &lower, &paragraphs, &sentences, &layout, published);
    let mut digest = Digest {
        source_len: text.len(),
        published,
        headline: layout.headline,
        byline: layout.byline,
        dateline: layout.dateline,
        highlights,
        chrome,
        paragraphs,
        sentences,
        figures,
        dates,
        summary: Summary::default(),
        quotes: Vec::new(),
        entities: Vec::new(),
        // Lowering ASCII letters changes no word's bounds nor its Unicode lower case.
        language: language::detect(&lower),
    };
    digest.entities = entities::extract(text, &digest);
    // Summary and quotes read the finished Digest (its body sentences, headline, dateline).
    digest.summary = summary::summarize(&digest, text, &lower);
    digest.quotes = quotes::find(&digest, text, &lower);
    digest
}

/// The dates of the article's own sentences and timestamp lines, resolved against the
/// publication date.
fn read_dates(
    text: &str,
    lower: &str,
    paragraphs: &[Paragraph],
    sentences: &[Sentence],
    layout: &document::Layout,
    published: Option<Published>,
) -> Dates {
    let own: Vec<(usize, Span)> = sentences.iter().enumerate().map(|(i, s)| (i, s.span)).collect();
    let timestamps: Vec<Span> =
        paragraphs.iter().filter(|p| p.role == Role::Timestamp).map(|p| p.span).collect();
    dates::read(&dates::Article {
        text,
        lower: Some(lower),
        sentences: &own,
        timestamps: &timestamps,
        dateline_date: layout.dateline.and_then(|d| d.date),
        reference: published.map(|p| p.date),
    })
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
    fn the_page_states_the_date_when_the_user_does_not() {
        let text = "A headline for the story\n\nMonday, May 18, 2015\n\nFishermen rescued over 700 asylum seekers on Friday.";
        let found = digest(text, &Options::default()).published.unwrap();
        assert_eq!(found.date.to_string(), "2015-05-18");
        let PublishedSource::Text { span } = found.source else { panic!("not from the text") };
        assert_eq!(span.of(text), "May 18, 2015");
        let date: CalendarDate = "2015-05-19".parse().unwrap();
        let chosen = digest(text, &Options { published: Some(date) }).published.unwrap();
        assert_eq!((chosen.date, chosen.source), (date, PublishedSource::User));
    }

    #[test]
    fn chrome_is_listed_and_has_no_sentences() {
        let text = "Share this\n\nA headline for the story\n\n* First point\n\nThe rescue took place off Aceh on Friday morning. (Reporting by Jane Doe; Editing by John Roe)";
        let d = digest(text, &Options::default());
        let chrome: Vec<&str> = d.chrome.iter().map(|c| c.span.of(text)).collect();
        assert_eq!(chrome, ["Share this", "(Reporting by Jane Doe; Editing by John Roe)"]);
        for c in &d.chrome {
            assert!(d.paragraphs[c.paragraph].sentences.is_empty());
        }
        assert_eq!(d.highlights, [2]);
        let body: Vec<&str> = d.body_sentences().map(|(_, s)| s.span.of(text)).collect();
        assert_eq!(body, ["The rescue took place off Aceh on Friday morning."]);
    }

    #[test]
    fn the_same_input_gives_the_same_digest() {
        let text = "A. B.\n\nC.";
        let a = serde_json::to_string(&digest(text, &Options::default())).unwrap();
        let b = serde_json::to_string(&digest(text, &Options::default())).unwrap();
        assert_eq!(a, b);
    }
}
