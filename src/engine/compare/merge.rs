//! Merged panels across the articles of one story: one entity per real-world thing whatever
//! each article calls it, one timeline entry per day whichever article dates it, one figure
//! card per fact with a flag where the articles disagree on its value.

use std::collections::{BTreeMap, HashMap};

use serde::{Deserialize, Serialize};

use super::words;
use crate::engine::digest::Digest;
use crate::engine::extract::dates::{Precision, Timex};
use crate::engine::extract::entities::{EntityKind, fuzzy};
use crate::engine::extract::figures::FigureKind;
use crate::engine::order;

/// One form of an entity's name and the articles (indices into the list given) that use it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EntityForm {
    pub text: String,
    pub articles: Vec<usize>,
}

/// One entity of the story: an [`crate::engine::Entity`] of each article that names it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MergedEntity {
    /// The name of the most prominent member (ties: the earlier article).
    pub name: String,
    pub kind: EntityKind,
    /// Every form of the name, in order of first use; `name` is among them.
    pub forms: Vec<EntityForm>,
    /// (article, index into that article's `Digest::entities`) of each member.
    pub members: Vec<(usize, usize)>,
    /// The members' prominence, summed: the panel lists entities by it.
    pub prominence: u32,
}

impl MergedEntity {
    /// The forms one article uses.
    pub fn forms_in(&self, article: usize) -> impl Iterator<Item = &str> {
        self.forms.iter().filter(move |f| f.articles.contains(&article)).map(|f| f.text.as_str())
    }
}

/// Union-find over (article, entity) members.
struct Sets(Vec<usize>);

impl Sets {
    fn find(&mut self, mut x: usize) -> usize {
        while self.0[x] != x {
            self.0[x] = self.0[self.0[x]];
            x = self.0[x];
        }
        x
    }
    fn join(&mut self, x: usize, y: usize) {
        let (x, y) = (self.find(x), self.find(y));
        // The smaller root wins so the result does not depend on join order.
        let (keep, drop) = if x < y { (x, y) } else { (y, x) };
        self.0[drop] = keep;
    }
}

/// The entities of several articles, merged: a name written the same way (any form) is one
/// entity; so are two full names of one kind that are spellings of one name ("Aliev"/"Aliyev").
/// Candidates are bucketed by kind and first letter, never compared all against all.
pub fn merge_entities(articles: &[(&Digest, &str)]) -> Vec<MergedEntity> {
    let members: Vec<(usize, usize)> = articles
        .iter()
        .enumerate()
        .flat_map(|(a, (d, _))| (0..d.entities.len()).map(move |e| (a, e)))
        .collect();
    let entity = |m: (usize, usize)| &articles[m.0].0.entities[m.1];
    let mut sets = Sets((0..members.len()).collect());
    // Same written form: one entity (a bare surname must be a person's in both).
    let mut by_form: HashMap<(String, bool), usize> = HashMap::new();
    // Same kind, same first letter: spelling variants checked pairwise inside the bucket.
    let mut buckets: BTreeMap<(EntityKind, char), Vec<usize>> = BTreeMap::new();
    for (k, &m) in members.iter().enumerate() {
        let e = entity(m);
        for form in std::iter::once(&e.name).chain(&e.aliases) {
            let key = (fuzzy::normal(form), e.kind == EntityKind::Person);
            match by_form.get(&key) {
                Some(&other) if members[other].0 != m.0 => sets.join(other, k),
                Some(_) => {}
                None => {
                    by_form.insert(key, k);
                }
            }
        }
        if let Some(first) = fuzzy::normal(&e.name).chars().next() {
            buckets.entry((e.kind, first)).or_default().push(k);
        }
    }
    for bucket in buckets.values() {
        for (x, &i) in bucket.iter().enumerate() {
            for &j in &bucket[x + 1..] {
                if members[i].0 != members[j].0
                    && fuzzy::same_name(&entity(members[i]).name, &entity(members[j]).name)
                {
                    sets.join(i, j);
                }
            }
        }
    }
    let mut groups: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for k in 0..members.len() {
        let root = sets.find(k);
        groups.entry(root).or_default().push(k);
    }
    let mut merged: Vec<MergedEntity> = groups
        .into_values()
        .map(|group| {
            let lead = group
                .iter()
                .copied()
                .max_by(|&x, &y| {
                    entity(members[x])
                        .prominence
                        .cmp(&entity(members[y]).prominence)
                        .then(y.cmp(&x))
                })
                .unwrap_or(group[0]);
            let mut forms: Vec<EntityForm> = Vec::new();
            for &k in &group {
                let (article, _) = members[k];
                let e = entity(members[k]);
                for form in std::iter::once(&e.name).chain(&e.aliases) {
                    match forms.iter_mut().find(|f| &f.text == form) {
                        Some(f) if !f.articles.contains(&article) => f.articles.push(article),
                        Some(_) => {}
                        None => {
                            forms.push(EntityForm { text: form.clone(), articles: vec![article] })
                        }
                    }
                }
            }
            MergedEntity {
                name: entity(members[lead]).name.clone(),
                kind: entity(members[lead]).kind,
                forms,
                members: group.iter().map(|&k| members[k]).collect(),
                prominence: group.iter().map(|&k| entity(members[k]).prominence).sum(),
            }
        })
        .collect();
    order::sort_by(&mut merged, |x, y| {
        y.prominence.cmp(&x.prominence).then_with(|| x.members.cmp(&y.members))
    });
    merged
}

/// One entry of a timeline in one article.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct TimelineSource {
    pub article: usize,
    /// Index into that article's `Digest::dates.timeline`.
    pub entry: usize,
}

/// One point of the story's timeline with every article's entry for it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MergedTimelineEntry {
    /// The most precise value the sources give (a written year beats an unknown one).
    pub value: Timex,
    pub precision: Precision,
    /// The first source's event phrase, if any source has one.
    pub event: Option<String>,
    pub sources: Vec<TimelineSource>,
    /// Every source only states a publication date.
    pub publication: bool,
}

/// The timelines of several articles as one: entries with the same value are one entry, and a
/// day whose year one article leaves unknown joins the one resolved day with that month and
/// day, when the other articles resolve exactly one.
pub fn merge_timeline(articles: &[(&Digest, &str)]) -> Vec<MergedTimelineEntry> {
    let mut by_value: BTreeMap<String, Vec<TimelineSource>> = BTreeMap::new();
    let mut values: HashMap<String, Timex> = HashMap::new();
    for (article, (d, _)) in articles.iter().enumerate() {
        for (entry, e) in d.dates.timeline.iter().enumerate() {
            let key = e.value.to_string();
            values.insert(key.clone(), e.value);
            by_value.entry(key).or_default().push(TimelineSource { article, entry });
        }
    }
    // "XXXX-07-23" → the one "2009-07-23" there is, if exactly one.
    let mut resolved_by_day: HashMap<String, Vec<String>> = HashMap::new();
    for key in by_value.keys() {
        if let Some((year, day)) = key.split_once('-')
            && year.len() == 4
            && year.chars().all(|c| c.is_ascii_digit())
        {
            resolved_by_day.entry(day.to_owned()).or_default().push(key.clone());
        }
    }
    let unknown: Vec<String> =
        by_value.keys().filter(|k| k.starts_with("XXXX-")).cloned().collect();
    for key in unknown {
        if let Some([target]) = resolved_by_day.get(&key["XXXX-".len()..]).map(Vec::as_slice)
            && let Some(sources) = by_value.remove(&key)
        {
            by_value.entry(target.clone()).or_default().extend(sources);
        }
    }
    let mut merged: Vec<MergedTimelineEntry> = by_value
        .into_iter()
        .filter_map(|(key, mut sources)| {
            order::sort_by_key(&mut sources, |s| (s.article, s.entry));
            let value = *values.get(&key)?;
            let entry = |s: &TimelineSource| articles[s.article].0.dates.timeline.get(s.entry);
            Some(MergedTimelineEntry {
                value,
                precision: value.precision(),
                event: sources.iter().find_map(|s| entry(s)?.event.clone()),
                publication: sources.iter().all(|s| entry(s).is_some_and(|e| e.publication)),
                sources,
            })
        })
        .collect();
    order::sort_by(&mut merged, |x, y| {
        x.value.calendar_cmp(y.value).then_with(|| x.value.to_string().cmp(&y.value.to_string()))
    });
    merged
}

/// One article's figure for a merged card.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct FigureSource {
    pub article: usize,
    /// Index into that article's `Digest::figures`.
    pub figure: usize,
    pub value: f64,
    /// A score's second side (see [`Figure::against`](crate::engine::Figure::against)).
    pub against: Option<u32>,
}

/// One fact stated with a number, across articles.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MergedFigure {
    /// The first source's card label.
    pub about: String,
    pub unit: String,
    pub kind: FigureKind,
    /// The first source's value.
    pub value: f64,
    /// The first source's score's second side.
    pub against: Option<u32>,
    pub sources: Vec<FigureSource>,
    /// The sources give different values for the fact: the card flags it.
    pub conflict: bool,
}

/// The key that says two figures measure the same thing: unit and the normal forms of the
/// content words of what they measure. Numbers are left out: a label may quote its own figure
/// ("beat Northgate 2-1") or a whole ("of 9 members"), and a version that says 2-0 or 10
/// states the same fact with another value, which the card flags.
pub(super) fn fact_key(unit: &str, about: &str) -> Option<(String, Vec<String>)> {
    let mut words: Vec<String> =
        words::words(about, crate::engine::text::span::Span::new(0, about.len()))
            .into_iter()
            .filter(|w| w.content && !w.normal.starts_with(|c: char| c.is_ascii_digit()))
            .map(|w| w.normal)
            .collect();
    order::sort_dedup(&mut words);
    (!words.is_empty()).then(|| (unit.to_owned(), words))
}

/// The figures of several articles as cards: figures with the same unit and the same measured
/// thing are one fact (flagged when the values differ); figures with the same unit and value
/// and nothing said about them are one fact too.
pub fn merge_figures(articles: &[(&Digest, &str)]) -> Vec<MergedFigure> {
    let mut by_fact: HashMap<(String, Vec<String>), usize> = HashMap::new();
    let mut by_value: HashMap<(String, u64, Option<u32>), usize> = HashMap::new();
    let mut merged: Vec<MergedFigure> = Vec::new();
    for (article, (d, _)) in articles.iter().enumerate() {
        for (figure, f) in d.figures.iter().enumerate() {
            let source = FigureSource { article, figure, value: f.value, against: f.against };
            let fact = fact_key(&f.unit, &f.about);
            let value_key = (f.unit.clone(), f.value.to_bits(), f.against);
            let found = fact
                .as_ref()
                .and_then(|k| by_fact.get(k))
                .or_else(|| by_value.get(&value_key).filter(|_| fact.is_none()))
                .copied()
                .filter(|&m| merged[m].sources.iter().all(|s| s.article != article));
            let at = match found {
                Some(m) => {
                    let card = &mut merged[m];
                    card.conflict |=
                        card.sources.iter().any(|s| s.value != f.value || s.against != f.against);
                    card.sources.push(source);
                    m
                }
                None => {
                    merged.push(MergedFigure {
                        about: f.label(),
                        unit: f.unit.clone(),
                        kind: f.kind,
                        value: f.value,
                        against: f.against,
                        sources: vec![source],
                        conflict: false,
                    });
                    merged.len() - 1
                }
            };
            if let Some(k) = fact {
                by_fact.entry(k).or_insert(at);
            }
            by_value.entry(value_key).or_insert(at);
        }
    }
    merged
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::{Options, digest};

    #[test]
    fn spellings_of_one_name_are_one_entity_with_both_forms() {
        let a = "President Nurlan Aliev met Daniyar Sadykov in Paris. Aliev smiled.";
        let b = "President Nurlan Aliyev met Daniyar Sadykov in Paris. Aliyev smiled.";
        let (da, db) = (digest(a, &Options::default()), digest(b, &Options::default()));
        let merged = merge_entities(&[(&da, a), (&db, b)]);
        let person = merged
            .iter()
            .find(|e| e.forms.iter().any(|f| f.text == "Aliev"))
            .expect("the president");
        assert_eq!(person.kind, EntityKind::Person);
        let mut forms: Vec<(&str, &[usize])> =
            person.forms.iter().map(|f| (f.text.as_str(), f.articles.as_slice())).collect();
        forms.sort();
        assert_eq!(
            forms,
            [
                ("Aliev", &[0][..]),
                ("Aliyev", &[1]),
                ("Nurlan Aliev", &[0]),
                ("Nurlan Aliyev", &[1])
            ]
        );
        let sadykov: Vec<&MergedEntity> =
            merged.iter().filter(|e| e.name.contains("Sadykov")).collect();
        assert_eq!(sadykov.len(), 1);
        let articles: Vec<usize> = sadykov[0].members.iter().map(|m| m.0).collect();
        assert_eq!(articles, [0, 1]);
    }

    #[test]
    fn figures_agree_or_conflict() {
        let rows: &[(&str, &str, &str, bool, usize)] = &[
            (
                "same share, same value: one card",
                "Official results gave Aliev 76 percent of the vote.",
                "Official results gave Aliyev 76 percent of the vote.",
                false,
                1,
            ),
            (
                "same share, other value: flagged",
                "Official results gave Aliev 76 percent of the vote.",
                "Official results gave Aliev 74 percent of the vote.",
                true,
                1,
            ),
            (
                "same result, other second side: flagged",
                "Harbourside beat Northgate 2-1 on Saturday.",
                "Harbourside beat Northgate 2-0 on Saturday.",
                true,
                1,
            ),
            (
                "same result, same score: one card",
                "Harbourside beat Northgate 2-1 on Saturday.",
                "Harbourside beat Northgate 2-1 at home on Saturday.",
                false,
                1,
            ),
            (
                "different facts: two cards",
                "The average monthly wage is $120.",
                "Exports rose 12 percent.",
                false,
                2,
            ),
        ];
        for (name, a, b, conflict, cards) in rows {
            let (da, db) = (digest(a, &Options::default()), digest(b, &Options::default()));
            let merged = merge_figures(&[(&da, a), (&db, b)]);
            assert_eq!(merged.len(), *cards, "{name}: {merged:?}");
            assert_eq!(merged.iter().any(|m| m.conflict), *conflict, "{name}");
        }
    }

    #[test]
    fn a_day_of_unknown_year_joins_the_resolved_one() {
        let a = "Results\n\nThe July 23 election was disputed.";
        let b = "Results\n\nThe vote on July 23, 2009 was disputed.";
        let (da, db) = (digest(a, &Options::default()), digest(b, &Options::default()));
        let merged = merge_timeline(&[(&da, a), (&db, b)]);
        let shown: Vec<(String, Vec<usize>)> = merged
            .iter()
            .map(|e| (e.value.to_string(), e.sources.iter().map(|s| s.article).collect()))
            .collect();
        assert_eq!(shown, [("2009-07-23".to_owned(), vec![0, 1])]);
    }
}
