//! People, places and organisations an article names, each with every form its name takes.
//!
//! Reads only the article's own text: the headline, highlights, subheadings and body sentences,
//! plus the dateline's place and agency; never bylines or page chrome. Names are found by rules
//! (capitalised runs typed by the gazetteer, head words and context) and merged per real-world
//! thing ([`merge`]).

pub(crate) mod fuzzy;
mod merge;
mod pieces;
mod recognise;
mod rows;
mod tagger;
mod tokens;
mod vote;
mod words;

use serde::{Deserialize, Serialize};

use crate::engine::gazetteer::{Known, gazetteer};
use crate::engine::layout::article::Article;
use crate::engine::layout::byline::{self, Dateline};
use crate::engine::layout::chrome::ChromeKind;
use crate::engine::layout::document::Role;
use crate::engine::order;
use crate::engine::text::span::Span;
use crate::engine::text::window;
use recognise::{Candidate, Context, Evidence};

/// What an entity is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EntityKind {
    Person = 0,
    Place = 1,
    Org = 2,
}

impl EntityKind {
    /// The gold format's word for the kind.
    pub fn as_str(self) -> &'static str {
        match self {
            EntityKind::Person => "person",
            EntityKind::Place => "place",
            EntityKind::Org => "org",
        }
    }
}

/// One place the text names an entity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mention {
    pub span: Span,
    /// Index into the article's sentences; `None` for the dateline when it stands on its own line.
    pub sentence: Option<usize>,
}

/// A person, place or organisation, with every form of its name the text uses.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entity {
    /// The fullest form: "Daniyar Sadykov"; for a name the gazetteer knows, its usual name.
    pub name: String,
    pub kind: EntityKind,
    /// Every other form, as written: "Sadykov", "OSCE".
    pub aliases: Vec<String>,
    /// Titles and roles the text gives a person: "President", "campaign chief".
    pub roles: Vec<String>,
    /// Every mention, in text order.
    pub mentions: Vec<Mention>,
    /// How central the entity is to the article: mentions, weighted by headline and lead.
    /// Entities are listed most prominent first.
    pub prominence: u32,
}

/// The entities of an article.
pub fn read(article: &Article<'_>) -> Vec<Entity> {
    let text = article.text();
    let mut candidates: Vec<Candidate> = Vec::new();
    let lead = article.body_sentences().next().map(|(_, s)| s.paragraph);
    let dateline = article.dateline.or_else(|| wire_date_line(article));
    let masked = dateline.map(|d| d.span);
    let mut buffers = recognise::Buffers::default();
    let mut read_sentences = Vec::new();
    // Sentences and lines read as rows of a table, in text order: the vote keeps a name of
    // two words there as it keeps one in prose.
    let mut row_spans: Vec<Span> = Vec::new();
    for (index, sentence) in article.sentences.iter().enumerate() {
        let Some(paragraph) = article.paragraphs.get(sentence.paragraph) else { continue };
        let heading = matches!(paragraph.role, Role::Headline | Role::Subheading);
        if !(heading || matches!(paragraph.role, Role::Body | Role::Highlight)) {
            continue;
        }
        let weight = match paragraph.role {
            Role::Headline => 4,
            _ if Some(sentence.paragraph) == lead => 2,
            Role::Highlight => 2,
            _ => 1,
        };
        let context = Context {
            sentence: Some(index),
            title_case: (heading && recognise::is_title_case(sentence.span.of(text)))
                || recognise::is_shouted_line(sentence.span.of(text)),
            weight,
            masked: masked.filter(|m| sentence.span.contains(*m) || m.contains(sentence.span)),
            row: rows::is_row(sentence.span.of(text)),
        };
        if context.row {
            row_spans.push(sentence.span);
        }
        read_sentences.push(sentence.span);
        // A long sentence is read in windows (engine/window.rs), each keeping the names that
        // start in the stretch it owns.
        for piece in window::windows(text, sentence.span) {
            let first = candidates.len();
            recognise::recognise(text, piece.span, context, &mut buffers, &mut candidates);
            window::keep_owned(&mut candidates, first, |c| piece.owns(c.span));
        }
    }
    // Rows of a table inside the article: results and standings name clubs and players too.
    // Lists of names beside them ("Norland - Ida Fenn (captain), Tom Hale") are read too, but
    // are no rows: the vote asks the tagger about their names as about any line's.
    for rows::Read { span, row } in rows::table_rows(article) {
        let context = Context { sentence: None, title_case: false, weight: 1, masked: None, row };
        recognise::recognise(text, span, context, &mut buffers, &mut candidates);
        read_sentences.push(span);
        if row {
            row_spans.push(span);
        }
    }
    order::sort_by_key(&mut row_spans, |s| (s.start, s.end));
    if let Some(dateline) = dateline {
        let sentence = article
            .sentences
            .iter()
            .position(|s| s.span.contains(dateline.place))
            .and_then(|s| u32::try_from(s).ok());
        let mut add = |span: Span, kind: EntityKind| {
            let surface = span.of(text).split_whitespace().collect::<Vec<_>>().join(" ");
            let known = gazetteer().find(&surface).filter(|e| e.known != Known::Demonym);
            candidates.push(Candidate {
                span,
                sentence,
                words: recognise::words_in(&surface),
                surface: surface.into(),
                kind: Some(kind),
                evidence: if known.is_some() { Evidence::Known } else { Evidence::Cue },
                known: known.map(|e| e.id),
                role: None,
                aliases: Box::default(),
                needs_evidence: false,
                team: false,
                weight: 1,
            });
        };
        add(dateline.place, EntityKind::Place);
        if let Some(region) = dateline_region(text, &dateline) {
            add(region, EntityKind::Place);
        }
        if let Some(agency) = dateline.agency {
            add(agency, EntityKind::Org);
        }
    }
    order::sort_by_key(&mut candidates, |c| (c.span.start, c.span.end));
    vote::confirm(text, &read_sentences, &mut candidates);
    let mut entities = merge::merge(text, &candidates);
    vote::apply(text, &read_sentences, &row_spans, &candidates, dateline.as_ref(), &mut entities);
    order::sort_by(&mut entities, |a, b| {
        b.prominence
            .cmp(&a.prominence)
            .then_with(|| first_mention(a).cmp(&first_mention(b)))
            .then_with(|| a.name.cmp(&b.name))
    });
    entities
}

/// For the benchmark only: how many names the tagger finds in these sentences of `text`.
#[doc(hidden)]
pub fn tag_for_bench(text: &str, sentences: &[Span]) -> usize {
    vote::tagged_count(text, sentences)
}

/// Paragraphs from the top of the page within which a wire's date line stands.
const DATE_LINE_REACH: usize = 3;

/// A wire's date line standing on its own near the top ("LONDON 1996-08-30", "OSLO, Norland
/// 1996-08-29") when layout read it as the article's timestamp or a label and found no
/// dateline: it still names the place the story is filed from.
fn wire_date_line(article: &Article<'_>) -> Option<Dateline> {
    let text = article.text();
    article.paragraphs.iter().take(DATE_LINE_REACH).find_map(|p| {
        let line = matches!(p.role, Role::Timestamp | Role::Chrome(ChromeKind::Navigation));
        line.then(|| byline::dateline(text, p.span))
            .flatten()
            .filter(|d| d.date.is_some() && d.span.end == p.span.end)
    })
}

/// The region a dateline gives after its place, when the gazetteer knows it as a place:
/// "Zimbabwe" of "HARARE, Zimbabwe (Reuters) -", "Norland" of "OSLO, Norland 1996-08-29". The
/// dateline is masked from the sentence that holds it, so the region would go unread; one the
/// gazetteer does not know ("Colo." of "LITTLETON, Colo.") is left out.
fn dateline_region(text: &str, dateline: &Dateline) -> Option<Span> {
    let end = [dateline.date, dateline.agency]
        .into_iter()
        .flatten()
        .map(|s| s.start)
        .filter(|&s| s > dateline.place.end)
        .min()
        .unwrap_or(dateline.span.end);
    let after = text.get(dateline.place.end..end)?;
    let rest = after.strip_prefix(',')?;
    let start = dateline.place.end + (after.len() - rest.trim_start().len());
    let region = rest.trim_start().trim_end_matches(|c: char| {
        c.is_whitespace() || matches!(c, ',' | '(' | '-' | '—' | '–' | ':')
    });
    if region.is_empty() {
        return None;
    }
    let known = gazetteer().find(region).is_some_and(|e| e.known == Known::Place);
    known.then(|| Span::new(start, start + region.len()))
}

fn first_mention(entity: &Entity) -> usize {
    entity.mentions.first().map_or(usize::MAX, |m| m.span.start)
}

#[cfg(test)]
mod tests;
