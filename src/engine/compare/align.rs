//! Sentence alignment of two versions of one story: which body sentence of A is which of B,
//! reworded or not. Candidates come from shared rare words (an inverted index over B), never
//! from all pairs; pairs are taken best first, one partner each. Wire rewrites move paragraphs
//! around, so the alignment is not forced monotone: a pair that breaks reading order is kept
//! and marked `moved`.

use std::collections::HashMap;

use super::words::{self, Word};
use crate::engine::digest::Digest;
use crate::engine::order;
use crate::engine::text::span::Span;

/// The body sentences of one article, ready to compare.
pub struct Prepared {
    /// Indices into [`Digest::sentences`].
    pub index: Vec<usize>,
    pub words: Vec<Vec<Word>>,
    /// Sorted, distinct comparison keys of each sentence: content words' normal forms, with a
    /// resolved date as one key (so "Monday" and "July 27" of one day agree).
    pub keys: Vec<Vec<String>>,
}

impl Prepared {
    pub fn new(digest: &Digest, text: &str) -> Prepared {
        let dated: HashMap<usize, Vec<(Span, String)>> = {
            let mut map: HashMap<usize, Vec<(Span, String)>> = HashMap::new();
            for m in &digest.dates.mentions {
                if let (Some(sentence), Some(value)) = (m.sentence, m.value) {
                    map.entry(sentence).or_default().push((m.span, date_key(&value.to_string())));
                }
            }
            map
        };
        let mut prepared = Prepared { index: Vec::new(), words: Vec::new(), keys: Vec::new() };
        for (i, sentence) in digest.body_sentences() {
            let words = words::words(text, sentence.span);
            let dates = dated.get(&i).map_or(&[][..], Vec::as_slice);
            let mut keys: Vec<String> = words
                .iter()
                .filter(|w| w.content && !dates.iter().any(|(d, _)| d.contains(w.span)))
                .map(|w| w.normal.clone())
                .chain(dates.iter().map(|(_, k)| k.clone()))
                .collect();
            order::sort_dedup(&mut keys);
            prepared.index.push(i);
            prepared.words.push(words);
            prepared.keys.push(keys);
        }
        prepared
    }

    pub fn len(&self) -> usize {
        self.index.len()
    }
}

/// A date's key without its year, so an unknown year (`XXXX-07-23`) meets a resolved one.
fn date_key(value: &str) -> String {
    let day = match value.split_once('-') {
        Some((year, rest)) if year.len() == 4 => rest,
        _ => value,
    };
    format!("@{day}")
}

/// Dice similarity of two sorted key lists: 1 for the same content words, 0 for none shared.
pub fn similarity(a: &[String], b: &[String]) -> f32 {
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    let (mut i, mut j, mut shared) = (0, 0, 0usize);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                shared += 1;
                i += 1;
                j += 1;
            }
        }
    }
    (2 * shared) as f32 / (a.len() + b.len()) as f32
}

/// Below this similarity two sentences are different sentences.
pub const SAME_SENTENCE: f32 = 0.34;
/// A word in more sentences of B than this is too common to find candidates by.
const RARE: usize = 48;
/// The candidates kept per sentence of A.
const PER_SENTENCE: usize = 6;

/// One aligned pair, as positions into the two [`Prepared`] lists.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Pair {
    pub a: usize,
    pub b: usize,
    pub similarity: f32,
    pub moved: bool,
}

/// Aligns the sentences of A to those of B. Work is bounded by the rare-word postings, not by
/// the product of the two lengths.
pub fn align(a: &Prepared, b: &Prepared) -> Vec<Pair> {
    let mut postings: HashMap<&str, Vec<usize>> = HashMap::new();
    for (j, keys) in b.keys.iter().enumerate() {
        for k in keys {
            postings.entry(k.as_str()).or_default().push(j);
        }
    }
    let (na, nb) = (a.len().max(1) as f32, b.len().max(1) as f32);
    let mut candidates: Vec<(f32, f32, usize, usize)> = Vec::new();
    for (i, keys) in a.keys.iter().enumerate() {
        let mut shared: HashMap<usize, u32> = HashMap::new();
        for k in keys {
            if let Some(list) = postings.get(k.as_str()).filter(|l| l.len() <= RARE) {
                for &j in list {
                    *shared.entry(j).or_default() += 1;
                }
            }
        }
        let mut mine: Vec<(f32, f32, usize, usize)> = shared
            .into_iter()
            .filter(|&(_, n)| n >= 2)
            .map(|(j, _)| {
                let distance = (i as f32 / na - j as f32 / nb).abs();
                (similarity(keys, &b.keys[j]), distance, i, j)
            })
            .filter(|c| c.0 >= SAME_SENTENCE)
            .collect();
        order::sort_by(&mut mine, by_best);
        mine.truncate(PER_SENTENCE);
        candidates.extend(mine);
    }
    order::sort_by(&mut candidates, by_best);
    let mut used_a = vec![false; a.len()];
    let mut used_b = vec![false; b.len()];
    let mut pairs = Vec::new();
    for (similarity, _, i, j) in candidates {
        if !used_a[i] && !used_b[j] {
            used_a[i] = true;
            used_b[j] = true;
            pairs.push(Pair { a: i, b: j, similarity, moved: false });
        }
    }
    order::sort_by_key(&mut pairs, |p| (p.a, p.b));
    mark_moved(&mut pairs);
    pairs
}

/// Best first: higher similarity, then nearer the same place in both articles, then order.
fn by_best(x: &(f32, f32, usize, usize), y: &(f32, f32, usize, usize)) -> std::cmp::Ordering {
    y.0.total_cmp(&x.0).then(x.1.total_cmp(&y.1)).then(x.2.cmp(&y.2)).then(x.3.cmp(&y.3))
}

/// Marks the pairs outside the longest run that keeps reading order in both (patience LIS on
/// B's positions, pairs sorted by A's): those are the sentences one version moved.
fn mark_moved(pairs: &mut [Pair]) {
    let mut tails: Vec<usize> = Vec::new(); // index into pairs of the smallest tail per length
    let mut before: Vec<Option<usize>> = vec![None; pairs.len()];
    for k in 0..pairs.len() {
        let b = pairs[k].b;
        let at = tails.partition_point(|&t| pairs[t].b < b);
        before[k] = at.checked_sub(1).map(|p| tails[p]);
        if at == tails.len() {
            tails.push(k);
        } else {
            tails[at] = k;
        }
    }
    let mut in_order = vec![false; pairs.len()];
    let mut cursor = tails.last().copied();
    while let Some(k) = cursor {
        in_order[k] = true;
        cursor = before[k];
    }
    for (pair, keep) in pairs.iter_mut().zip(in_order) {
        pair.moved = !keep;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::{Options, digest};

    fn aligned(a: &str, b: &str) -> Vec<(String, String)> {
        let (da, db) = (digest(a, &Options::default()), digest(b, &Options::default()));
        let (pa, pb) = (Prepared::new(&da, a), Prepared::new(&db, b));
        align(&pa, &pb)
            .iter()
            .map(|p| {
                (
                    da.sentences[pa.index[p.a]].span.of(a).to_owned(),
                    db.sentences[pb.index[p.b]].span.of(b).to_owned(),
                )
            })
            .collect()
    }

    #[test]
    fn reworded_sentences_align_and_new_ones_do_not() {
        let rows: &[(&str, &str, &str, &[(&str, &str)])] = &[
            (
                "respelled names and British spelling",
                "Official results gave Aliyev 76 percent of the vote. He is in favour of reform.",
                "Officials results gave Aliev 76 percent of the vote. He is in favor of reform.",
                &[
                    (
                        "Official results gave Aliyev 76 percent of the vote.",
                        "Officials results gave Aliev 76 percent of the vote.",
                    ),
                    ("He is in favour of reform.", "He is in favor of reform."),
                ],
            ),
            (
                "a clause added and a sentence only in B",
                "The opposition leader flew to Paris to win support for his campaign.",
                "The opposition leader flew to Paris on Monday to win support for his campaign, aides said. Farmers blocked roads near the border.",
                &[(
                    "The opposition leader flew to Paris to win support for his campaign.",
                    "The opposition leader flew to Paris on Monday to win support for his campaign, aides said.",
                )],
            ),
            (
                "unrelated sentences stay apart",
                "The harvest of wheat fell sharply this autumn.",
                "The striker scored twice in the second half.",
                &[],
            ),
        ];
        for (name, a, b, expected) in rows {
            let shown = aligned(a, b);
            let expected: Vec<(String, String)> =
                expected.iter().map(|(x, y)| ((*x).to_owned(), (*y).to_owned())).collect();
            assert_eq!(shown, expected, "{name}");
        }
    }

    #[test]
    fn a_moved_sentence_is_marked() {
        let mut pairs: Vec<Pair> = [(0, 0), (1, 3), (2, 1), (3, 2)]
            .iter()
            .map(|&(a, b)| Pair { a, b, similarity: 1.0, moved: false })
            .collect();
        mark_moved(&mut pairs);
        let moved: Vec<bool> = pairs.iter().map(|p| p.moved).collect();
        assert_eq!(moved, [false, true, false, false]);
    }
}
