//! Several versions of one story, compared: whether articles tell the same story
//! ([`same_story`], [`group_stories`]), which sentence of one is which of the other and what
//! changed in it word by word ([`compare`]), the facts they disagree on, and the panels merged
//! across them ([`merge_entities`], [`merge_timeline`], [`merge_figures`]).
//!
//! Works on finished Digests and the texts they were made from; it never digests text again.

mod align;
mod merge;
mod story;
mod view;
mod words;

use std::collections::{HashMap, HashSet};

use serde::{Deserialize, Serialize};

use crate::engine::digest::Digest;
use crate::engine::extract::entities::EntityKind;
use crate::engine::order;
use crate::engine::text::span::Span;
use align::Prepared;

pub use merge::{
    EntityForm, FigureSource, MergedEntity, MergedFigure, MergedTimelineEntry, TimelineSource,
    merge_entities, merge_figures, merge_timeline,
};
pub use story::{Shared, StoryMatch, group_stories, same_story};
pub use view::{AlignedText, CompareView, DifferenceText, compare_view};
pub use words::{ChangeKind, WordChange};

/// One sentence of A and its counterpart in B.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AlignedPair {
    /// Index into A's `Digest::sentences`.
    pub a: usize,
    /// Index into B's `Digest::sentences`.
    pub b: usize,
    /// 0 to 1: the share of content words the two have in common.
    pub similarity: f32,
    /// The pair is out of reading order: one version moved the sentence.
    pub moved: bool,
    /// The word-level diff, in reading order of both.
    pub changes: Vec<WordChange>,
}

/// A value one article states, where it states it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Stated {
    /// As written.
    pub text: String,
    pub span: Span,
    /// Index into that article's `Digest::sentences`.
    pub sentence: usize,
}

/// A fact the two versions disagree on.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Difference {
    /// The same measured thing with another value.
    Figure { about: String, unit: String, a_value: f64, b_value: f64, a: Stated, b: Stated },
    /// Counterpart sentences date what they say to different days.
    Date { a_value: String, b_value: String, a: Stated, b: Stated },
    /// One entity whose name the two spell differently.
    Spelling { entity_kind: EntityKind, a: String, b: String },
}

/// Two versions of a story compared.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Comparison {
    pub story: StoryMatch,
    /// Counterpart sentences, in A's reading order.
    pub aligned: Vec<AlignedPair>,
    /// Body sentences only A has (indices into A's `Digest::sentences`).
    pub only_a: Vec<usize>,
    /// Body sentences only B has.
    pub only_b: Vec<usize>,
    pub differences: Vec<Difference>,
    /// "A adds: ..." when A has sentences B lacks.
    pub a_adds: Option<String>,
    /// "B adds: ..." when B has sentences A lacks.
    pub b_adds: Option<String>,
}

/// Compares two versions of a story: A and B are each a Digest with the text it was made from.
pub fn compare(a: (&Digest, &str), b: (&Digest, &str)) -> Comparison {
    let (pa, pb) = (Prepared::new(a.0, a.1), Prepared::new(b.0, b.1));
    let pairs = align::align(&pa, &pb);
    let both = [a, b];
    let entities = merge_entities(&both);
    let timeline = merge_timeline(&both);
    let figures = merge_figures(&both);
    let story = story::judge(&story::Evidence {
        a: a.0,
        b: b.0,
        prepared: (&pa, &pb),
        pairs: &pairs,
        entities: &entities,
        timeline: &timeline,
        figures: &figures,
    });
    let aligned: Vec<AlignedPair> = pairs
        .iter()
        .map(|p| AlignedPair {
            a: pa.index[p.a],
            b: pb.index[p.b],
            similarity: (p.similarity * 1000.0).round() / 1000.0,
            moved: p.moved,
            changes: words::diff(&pa.words[p.a], &pb.words[p.b]),
        })
        .collect();
    let only = |prepared: &Prepared, taken: Vec<usize>| -> Vec<usize> {
        let mut paired = vec![false; prepared.len()];
        for k in taken {
            if let Some(p) = paired.get_mut(k) {
                *p = true;
            }
        }
        (0..prepared.len()).filter(|&k| !paired[k]).map(|k| prepared.index[k]).collect()
    };
    let only_a = only(&pa, pairs.iter().map(|p| p.a).collect());
    let only_b = only(&pb, pairs.iter().map(|p| p.b).collect());
    let mut differences = spelling_differences(&entities, a.0, b.0);
    differences.extend(figure_differences(&figures, a, b));
    differences.extend(date_differences(&aligned, a, b));
    Comparison {
        story,
        a_adds: adds("A", &only_a, a, 0, &entities),
        b_adds: adds("B", &only_b, b, 1, &entities),
        aligned,
        only_a,
        only_b,
        differences,
    }
}

/// Entities both name, spelled differently: each article's fullest form, when no form is shared.
fn spelling_differences(entities: &[MergedEntity], a: &Digest, b: &Digest) -> Vec<Difference> {
    entities
        .iter()
        .filter_map(|m| {
            let name_in = |article: usize, d: &Digest| {
                m.members
                    .iter()
                    .filter(|(x, _)| *x == article)
                    .filter_map(|&(_, i)| d.entities.get(i))
                    .max_by_key(|e| e.prominence)
                    .map(|e| e.name.clone())
            };
            let (name_a, name_b) = (name_in(0, a)?, name_in(1, b)?);
            // Case alone ("River Valley" / "River valley") is style, not spelling.
            let shared =
                m.forms_in(0).any(|f| m.forms_in(1).any(|g| g.to_lowercase() == f.to_lowercase()));
            (!shared).then_some(Difference::Spelling { entity_kind: m.kind, a: name_a, b: name_b })
        })
        .collect()
}

/// Merged figure cards both articles feed with different values.
fn figure_differences(
    figures: &[MergedFigure],
    a: (&Digest, &str),
    b: (&Digest, &str),
) -> Vec<Difference> {
    let stated = |(d, text): (&Digest, &str), s: &FigureSource| {
        d.figures.get(s.figure).map(|f| Stated {
            text: f.span.of(text).to_owned(),
            span: f.span,
            sentence: f.sentence,
        })
    };
    figures
        .iter()
        .filter(|f| f.conflict)
        .filter_map(|f| {
            let sa = f.sources.iter().find(|s| s.article == 0)?;
            let sb = f.sources.iter().find(|s| s.article == 1)?;
            Some(Difference::Figure {
                about: f.about.clone(),
                unit: f.unit.clone(),
                a_value: sa.value,
                b_value: sb.value,
                a: stated(a, sa)?,
                b: stated(b, sb)?,
            })
        })
        .collect()
}

/// Counterpart sentences that each date one day, and not the same one. A year one article
/// leaves unknown agrees with any year.
fn date_differences(
    aligned: &[AlignedPair],
    a: (&Digest, &str),
    b: (&Digest, &str),
) -> Vec<Difference> {
    // Each sentence's dated mentions, found once.
    let by_sentence = |d: &Digest| {
        let mut map: HashMap<usize, Vec<usize>> = HashMap::new();
        for (i, m) in d.dates.mentions.iter().enumerate() {
            if let Some(s) = m.sentence.filter(|_| !m.publication && m.value.is_some()) {
                map.entry(s).or_default().push(i);
            }
        }
        map
    };
    let (dated_a, dated_b) = (by_sentence(a.0), by_sentence(b.0));
    let only_date =
        |(d, text): (&Digest, &str), dated: &HashMap<usize, Vec<usize>>, sentence: usize| {
            let mut dated = dated
                .get(&sentence)
                .into_iter()
                .flatten()
                .filter_map(|&i| d.dates.mentions.get(i))
                .filter_map(|m| Some((m.value?.to_string(), m)));
            let (value, m) = dated.next()?;
            dated.next().is_none().then(|| {
                (value, Stated { text: m.span.of(text).to_owned(), span: m.span, sentence })
            })
        };
    aligned
        .iter()
        .filter_map(|p| {
            let (va, sa) = only_date(a, &dated_a, p.a)?;
            let (vb, sb) = only_date(b, &dated_b, p.b)?;
            (!same_day(&va, &vb)).then_some(Difference::Date {
                a_value: va,
                b_value: vb,
                a: sa,
                b: sb,
            })
        })
        .collect()
}

/// Two TIMEX values naming one time, an unknown year (`XXXX`) matching any.
fn same_day(x: &str, y: &str) -> bool {
    let strip = |v: &'_ str| v.strip_prefix("XXXX").map(str::to_owned);
    match (strip(x), strip(y)) {
        (Some(x), Some(y)) => x == y,
        (Some(rest), None) => y.len() > 4 && y.get(4..) == Some(rest.as_str()),
        (None, Some(rest)) => x.len() > 4 && x.get(4..) == Some(rest.as_str()),
        (None, None) => x == y,
    }
}

/// The most a summary lists.
const ADDS_ITEMS: usize = 4;

/// "B adds: ...": for each run of sentences only this article has, its opening words and the
/// entities only it names there, then who it quotes there.
fn adds(
    side: &str,
    only: &[usize],
    (d, text): (&Digest, &str),
    article: usize,
    entities: &[MergedEntity],
) -> Option<String> {
    let mut runs: Vec<Vec<usize>> = Vec::new();
    for &s in only {
        match runs.last_mut() {
            Some(run) if run.last().is_some_and(|&l| consecutive(d, l, s)) => run.push(s),
            _ => runs.push(vec![s]),
        }
    }
    // The longest runs say most; listed in reading order.
    let mut longest: Vec<usize> = (0..runs.len()).collect();
    order::sort_by_key(&mut longest, |&k| (usize::MAX - runs[k].len(), 0));
    longest.truncate(ADDS_ITEMS);
    order::sort_indices(&mut longest);
    let mut items: Vec<String> = Vec::new();
    let mut speakers: Vec<String> = Vec::new();
    // The speakers listed so far, to list each once without rescanning the list.
    let mut seen: HashSet<String> = HashSet::new();
    for &k in &longest {
        let run = &runs[k];
        let Some(first) = run.first().and_then(|&s| d.sentences.get(s)) else { continue };
        let mut item = opening(first.span.of(text));
        let new: Vec<&str> = entities
            .iter()
            .filter(|m| m.members.iter().all(|(x, _)| *x == article))
            .filter(|m| {
                m.members.iter().any(|&(_, i)| {
                    d.entities.get(i).is_some_and(|e| {
                        e.mentions
                            .iter()
                            .any(|x| x.sentence.is_some_and(|s| run.binary_search(&s).is_ok()))
                    })
                })
            })
            .map(|m| m.name.as_str())
            .take(3)
            .collect();
        if !new.is_empty() {
            item.push_str(&format!(" ({})", new.join(", ")));
        }
        items.push(item);
        for q in &d.quotes {
            if q.sentences.clone().any(|s| run.binary_search(&s).is_ok())
                && let Some(speaker) = &q.speaker
            {
                let who = speaker.label(text).split_whitespace().collect::<Vec<_>>().join(" ");
                if !who.is_empty() && !seen.contains(&who) {
                    seen.insert(who.clone());
                    speakers.push(who);
                }
            }
        }
    }
    if !speakers.is_empty() {
        items.push(format!("quotes from {}", speakers.join(", ")));
    }
    (!items.is_empty()).then(|| format!("{side} adds: {}", items.join("; ")))
}

/// Whether sentence `next` follows `last` in the body with nothing aligned between them.
fn consecutive(d: &Digest, last: usize, next: usize) -> bool {
    next == last + 1
        || d.sentences.get(last + 1..next).is_some_and(|between| {
            between.iter().all(|s| {
                !d.paragraphs
                    .get(s.paragraph)
                    .is_some_and(|p| p.role == crate::engine::layout::document::Role::Body)
            })
        })
}

/// The opening words of a sentence: up to its first comma or eight words, marked when cut.
fn opening(sentence: &str) -> String {
    let clause = sentence.split([',', ';', ':']).next().unwrap_or(sentence);
    let words: Vec<&str> = clause.split_whitespace().collect();
    let cut = words.len() > 8 || clause.len() < sentence.trim_end_matches('.').len();
    let mut out = words.iter().take(8).copied().collect::<Vec<_>>().join(" ");
    out = out.trim_end_matches(['.', '"', '“', '”']).to_owned();
    if cut {
        out.push('…');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::{Options, digest};

    #[test]
    fn a_changed_figure_and_spelling_are_differences() {
        let a = "Vote count\n\nOfficial results gave Nurlan Aliev 76 percent of the vote.";
        let b = "Vote count\n\nOfficial results gave Nurlan Aliyev 74 percent of the vote.";
        let (da, db) = (digest(a, &Options::default()), digest(b, &Options::default()));
        let c = compare((&da, a), (&db, b));
        assert_eq!(c.aligned.len(), 1);
        let shown: Vec<String> = c
            .differences
            .iter()
            .map(|d| match d {
                Difference::Figure { a_value, b_value, .. } => {
                    format!("figure {a_value}/{b_value}")
                }
                Difference::Spelling { a, b, .. } => format!("spelling {a}/{b}"),
                Difference::Date { a_value, b_value, .. } => format!("date {a_value}/{b_value}"),
            })
            .collect();
        assert_eq!(shown, ["spelling Nurlan Aliev/Nurlan Aliyev", "figure 76/74"]);
    }

    #[test]
    fn long_articles_compare_without_comparing_every_pair() {
        // 4,000 sentences each, every one sharing common words with every other.
        let article = |offset: usize| {
            (0..4000)
                .map(|i| {
                    format!(
                        "The council said report {} covers district w{} and river r{}.",
                        i + offset,
                        i % 97,
                        i % 89
                    )
                })
                .collect::<Vec<_>>()
                .join(" ")
        };
        let (a, b) = (article(0), article(2000));
        let (da, db) = (digest(&a, &Options::default()), digest(&b, &Options::default()));
        let started = std::time::Instant::now();
        let c = compare((&da, &a), (&db, &b));
        assert!(started.elapsed().as_secs() < 20, "took {:?}", started.elapsed());
        assert_eq!(c.aligned.len() + c.only_a.len(), da.body_sentences().count());
    }

    #[test]
    fn unknown_years_match_any_year() {
        let rows = [
            ("XXXX-07-23", "2009-07-23", true),
            ("2009-07-23", "XXXX-07-23", true),
            ("2009-07-23", "2009-07-27", false),
            ("XXXX-07-23", "XXXX-07-24", false),
            ("2005", "2005", true),
        ];
        for (x, y, same) in rows {
            assert_eq!(same_day(x, y), same, "{x} / {y}");
        }
    }

    #[test]
    fn the_opening_of_a_sentence_is_its_first_clause() {
        let rows = [
            ("Farmers blocked roads near the border.", "Farmers blocked roads near the border"),
            ("The ministry said, without evidence, that it won.", "The ministry said…"),
            (
                "One two three four five six seven eight nine ten.",
                "One two three four five six seven eight…",
            ),
        ];
        for (sentence, expected) in rows {
            assert_eq!(opening(sentence), expected);
        }
    }
}
