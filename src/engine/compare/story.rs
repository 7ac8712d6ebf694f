//! Whether two articles tell the same story: the share of sentences one rewrites from the
//! other, the weight of the people, places and organisations they share, and the days and
//! figures they agree on. Any one can mislead (two sports reports share a league, a rewrite
//! can reword every sentence), so the verdict weighs them together.

use serde::{Deserialize, Serialize};

use super::align::{self, Pair, Prepared};
use super::merge::{self, MergedEntity, MergedFigure, MergedTimelineEntry};
use crate::engine::digest::Digest;
use crate::engine::order;

/// What two articles have in common, for the reader to check the verdict.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Shared {
    /// Entities both name, most prominent first (names as the merged panel gives them).
    pub entities: Vec<String>,
    /// Timeline values both date (publication dates aside).
    pub dates: Vec<String>,
    /// Figures both state with the same value: their labels.
    pub figures: Vec<String>,
    /// Body sentences aligned between the two.
    pub sentences: usize,
}

/// The verdict on two articles.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct StoryMatch {
    pub same: bool,
    /// 0 (nothing shared) to 1 (the same text).
    pub score: f32,
    pub shared: Shared,
}

/// The score from which two articles are one story.
const SAME_STORY: f32 = 0.3;

/// The evidence the verdict weighs, computed once and shared with the comparison.
pub(super) struct Evidence<'a> {
    pub a: &'a Digest,
    pub b: &'a Digest,
    pub prepared: (&'a Prepared, &'a Prepared),
    pub pairs: &'a [Pair],
    pub entities: &'a [MergedEntity],
    pub timeline: &'a [MergedTimelineEntry],
    pub figures: &'a [MergedFigure],
}

pub(super) fn judge(e: &Evidence<'_>) -> StoryMatch {
    let shorter = e.prepared.0.len().min(e.prepared.1.len());
    let sentences = if shorter == 0 { 0.0 } else { e.pairs.len() as f32 / shorter as f32 };

    // Weighted overlap of entities: each shared entity counts by its smaller share of the two
    // articles' prominence, so a passing mention of a country weighs little.
    let total = |d: &Digest| d.entities.iter().map(|x| x.prominence).sum::<u32>().max(1) as f32;
    let (total_a, total_b) = (total(e.a), total(e.b));
    let share = |m: &MergedEntity, article: usize, d: &Digest, total: f32| {
        m.members
            .iter()
            .filter(|(a, _)| *a == article)
            .filter_map(|&(_, i)| d.entities.get(i))
            .map(|x| x.prominence)
            .sum::<u32>() as f32
            / total
    };
    let mut shared_entities: Vec<(f32, &MergedEntity)> = e
        .entities
        .iter()
        .map(|m| (share(m, 0, e.a, total_a).min(share(m, 1, e.b, total_b)), m))
        .filter(|(w, _)| *w > 0.0)
        .collect();
    let entities: f32 = shared_entities.iter().map(|(w, _)| w).sum();
    order::sort_by(&mut shared_entities, |x, y| y.0.total_cmp(&x.0));

    let in_both = |articles: &mut dyn Iterator<Item = usize>| {
        let seen: Vec<usize> = articles.collect();
        seen.contains(&0) && seen.contains(&1)
    };
    let dated: Vec<&MergedTimelineEntry> = e.timeline.iter().filter(|t| !t.publication).collect();
    let shared_dates: Vec<String> = dated
        .iter()
        .filter(|t| in_both(&mut t.sources.iter().map(|s| s.article)))
        .map(|t| t.value.to_string())
        .collect();
    let dates = fraction(
        shared_dates.len(),
        count(&dated, |t: &&MergedTimelineEntry| t.sources.iter().map(|s| s.article).collect()),
    );
    let shared_figures: Vec<String> = e
        .figures
        .iter()
        .filter(|f| !f.conflict && in_both(&mut f.sources.iter().map(|s| s.article)))
        .map(|f| f.about.clone())
        .collect();
    let figures = fraction(
        shared_figures.len(),
        count(&e.figures.iter().collect::<Vec<_>>(), |f: &&MergedFigure| {
            f.sources.iter().map(|s| s.article).collect()
        }),
    );

    let score =
        (0.45 * sentences + 0.35 * entities.min(1.0) + 0.1 * dates + 0.1 * figures).clamp(0.0, 1.0);
    StoryMatch {
        same: score >= SAME_STORY && (entities >= 0.15 || sentences >= 0.3),
        score: (score * 1000.0).round() / 1000.0,
        shared: Shared {
            entities: shared_entities.iter().map(|(_, m)| m.name.clone()).collect(),
            dates: shared_dates,
            figures: shared_figures,
            sentences: e.pairs.len(),
        },
    }
}

/// How many items each article has: (in A, in B).
fn count<T>(items: &[T], articles: impl Fn(&T) -> Vec<usize>) -> (usize, usize) {
    items.iter().fold((0, 0), |(a, b), item| {
        let of = articles(item);
        (a + usize::from(of.contains(&0)), b + usize::from(of.contains(&1)))
    })
}

/// Shared items over the smaller article's count; 0 when either has none.
fn fraction(shared: usize, (a, b): (usize, usize)) -> f32 {
    let smaller = a.min(b);
    if smaller == 0 { 0.0 } else { (shared as f32 / smaller as f32).min(1.0) }
}

/// Whether two digested articles tell the same story.
pub fn same_story(a: (&Digest, &str), b: (&Digest, &str)) -> StoryMatch {
    let (pa, pb) = (Prepared::new(a.0, a.1), Prepared::new(b.0, b.1));
    let pairs = align::align(&pa, &pb);
    let both = [a, b];
    let entities = merge::merge_entities(&both);
    let timeline = merge::merge_timeline(&both);
    let figures = merge::merge_figures(&both);
    judge(&Evidence {
        a: a.0,
        b: b.0,
        prepared: (&pa, &pb),
        pairs: &pairs,
        entities: &entities,
        timeline: &timeline,
        figures: &figures,
    })
}

/// Groups articles into stories: each group lists indices into `articles`, in order; groups
/// come in order of their first article. Two articles judged the same story are in one group,
/// and so, through them, are the articles each matches. Compares every pair, which is meant
/// for the handful of articles a reader pastes, not for a newsroom archive.
pub fn group_stories(articles: &[(&Digest, &str)]) -> Vec<Vec<usize>> {
    let mut group: Vec<usize> = (0..articles.len()).collect();
    for i in 0..articles.len() {
        for j in i + 1..articles.len() {
            if group[i] != group[j] && same_story(articles[i], articles[j]).same {
                let (keep, drop) = (group[i].min(group[j]), group[i].max(group[j]));
                for g in &mut group {
                    if *g == drop {
                        *g = keep;
                    }
                }
            }
        }
    }
    let mut groups: Vec<Vec<usize>> = Vec::new();
    let mut heads: Vec<usize> = Vec::new();
    for (i, &g) in group.iter().enumerate() {
        match heads.iter().position(|&h| h == g) {
            Some(k) => groups[k].push(i),
            None => {
                heads.push(g);
                groups.push(vec![i]);
            }
        }
    }
    groups
}
