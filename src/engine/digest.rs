//! The Digest: everything the page shows about one article, each fact tied to its span.

use serde::{Deserialize, Serialize};

use crate::engine::extract::dates::{self, Dates};
use crate::engine::extract::entities::{self, Entity};
use crate::engine::extract::figures::{self, Figure};
use crate::engine::extract::quotes::{self, Quote};
use crate::engine::extract::summary::{self, Summary};
use crate::engine::language::{self, Language};
use crate::engine::layout::article::{self, Article};
pub use crate::engine::layout::article::{
    Chrome, Options, Paragraph, Published, PublishedSource, Sentence,
};
use crate::engine::layout::byline::Dateline;
use crate::engine::order;
use crate::engine::text::span::Span;

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

    /// Every entity mention as (span, index into [`Digest::entities`]), in text order: what the
    /// reader view walks to highlight names.
    pub fn entity_mentions(&self) -> Vec<(Span, usize)> {
        let mut all: Vec<(Span, usize)> = self
            .entities
            .iter()
            .enumerate()
            .flat_map(|(i, e)| e.mentions.iter().map(move |m| (m.span, i)))
            .collect();
        order::sort_by(&mut all, |a, b| a.cmp(b));
        all
    }

    /// The sentences of the article's body, in order, with their indices.
    pub fn body_sentences(&self) -> impl Iterator<Item = (usize, &Sentence)> {
        article::body_sentences(&self.paragraphs, &self.sentences)
    }
}

/// Reads one article. Never fails: any text, even empty, has a Digest.
///
/// The stages, in order: the article is laid out and cut into sentences once ([`Article`]);
/// each extractor reads it (quotes also get the entities, to name their speakers); the facts
/// are assembled into the Digest.
pub fn digest(text: &str, options: &Options) -> Digest {
    digest_with_progress(text, options, &mut |_| {})
}

/// The share of a digest's time done after each stage: layout and sentences, figures, dates,
/// entities, summary, quotes (measured on ordinary prose with `lede-scale --stages`; other
/// shapes of input weigh the stages differently, so this is an estimate that only grows).
const DONE_AFTER: [f32; 6] = [0.11, 0.26, 0.36, 0.89, 0.90, 1.0];

/// [`digest`], telling `progress` after each stage how much of the read is done, from 0 to 1:
/// the page's worker passes it on, so a long read shows how far it has got.
pub fn digest_with_progress(
    text: &str,
    options: &Options,
    progress: &mut dyn FnMut(f32),
) -> Digest {
    let article = Article::read(text, options);
    progress(DONE_AFTER[0]);
    let figures = figures::read(&article);
    progress(DONE_AFTER[1]);
    let dates = dates::read(&article);
    progress(DONE_AFTER[2]);
    let entities = entities::read(&article);
    progress(DONE_AFTER[3]);
    let summary = summary::read(&article);
    progress(DONE_AFTER[4]);
    let quotes = quotes::read(&article);
    // Lowering ASCII letters changes no word's bounds nor its Unicode lower case.
    let language = language::detect(article.lower());
    progress(DONE_AFTER[5]);
    assemble(article, Facts { figures, dates, entities, summary, quotes, language })
}

/// What the extractors found in one article.
struct Facts {
    figures: Vec<Figure>,
    dates: Dates,
    entities: Vec<Entity>,
    summary: Summary,
    quotes: Vec<Quote>,
    language: Option<Language>,
}

/// The Digest of an article and what was found in it: the article's layout moves in whole.
fn assemble(article: Article<'_>, facts: Facts) -> Digest {
    let source_len = article.text().len();
    let Article {
        paragraphs,
        sentences,
        headline,
        byline,
        dateline,
        highlights,
        chrome,
        published,
        ..
    } = article;
    Digest {
        source_len,
        published,
        headline,
        byline,
        dateline,
        highlights,
        chrome,
        paragraphs,
        sentences,
        dates: facts.dates,
        figures: facts.figures,
        summary: facts.summary,
        quotes: facts.quotes,
        entities: facts.entities,
        language: facts.language,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::CalendarDate;

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
    fn progress_grows_to_one_and_the_digest_is_the_same() {
        let text =
            "A headline\n\nThe board met on July 4, 2009. It spent $5 million, Arlen Voskuna said.";
        let mut told = Vec::new();
        let d = digest_with_progress(text, &Options::default(), &mut |done| told.push(done));
        assert_eq!(d, digest(text, &Options::default()));
        assert_eq!(told.len(), DONE_AFTER.len());
        assert!(told.windows(2).all(|w| w[0] < w[1]), "{told:?}");
        assert!(told[0] > 0.0 && told.last() == Some(&1.0), "{told:?}");
    }

    #[test]
    fn the_same_input_gives_the_same_digest() {
        let text = "A. B.\n\nC.";
        let a = serde_json::to_string(&digest(text, &Options::default())).unwrap();
        let b = serde_json::to_string(&digest(text, &Options::default())).unwrap();
        assert_eq!(a, b);
    }
}
