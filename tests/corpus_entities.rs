//! Entities of the corpus articles against their gold annotations, matched as the evaluation
//! scorer matches them: same type and one shared surface form (case-folded, whitespace
//! collapsed, no leading "the"), each entity used once; "merged" counts gold entities with
//! several forms that one predicted entity covers with at least two of them.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;

use lede::engine::{Options, digest, gold};
use serde_json::Value;

/// What the engine achieves on the corpus today; a change that loses ground fails here.
const MIN_F1: f64 = 0.99;
const MIN_MERGED: usize = 25;

struct Named {
    kind: String,
    name: String,
    forms: BTreeSet<String>,
}

fn norm(name: &str) -> String {
    let folded = name.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase();
    folded.strip_prefix("the ").map(str::to_owned).unwrap_or(folded)
}

fn named(kind: &str, name: &str, aliases: &[String]) -> Named {
    let forms = std::iter::once(name).chain(aliases.iter().map(String::as_str)).map(norm).collect();
    Named { kind: kind.to_owned(), name: norm(name), forms }
}

/// Gold and predicted entities with the same type and name are one, as the scorer reads them.
fn dedup(list: Vec<Named>) -> Vec<Named> {
    let mut out: Vec<Named> = Vec::new();
    for item in list {
        match out.iter_mut().find(|o| o.kind == item.kind && o.name == item.name) {
            Some(same) => same.forms.extend(item.forms),
            None => out.push(item),
        }
    }
    out
}

fn corpus() -> Vec<(String, String, Value)> {
    let dir = format!("{}/tests/corpus", env!("CARGO_MANIFEST_DIR"));
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .expect("corpus folder")
        .filter_map(|e| e.ok()?.file_name().to_str()?.strip_suffix(".gold.json").map(str::to_owned))
        .collect();
    names.sort();
    names
        .into_iter()
        .map(|name| {
            let text = std::fs::read_to_string(format!("{dir}/{name}.txt")).expect("article");
            let gold = std::fs::read_to_string(format!("{dir}/{name}.gold.json")).expect("gold");
            (name, text, serde_json::from_str(&gold).expect("gold is JSON"))
        })
        .collect()
}

/// Maximum one-to-one matching (augmenting paths; the lists are small).
fn matching(pred: &[Named], gold: &[Named]) -> usize {
    let fits = |p: &Named, g: &Named| p.kind == g.kind && !p.forms.is_disjoint(&g.forms);
    let mut owner: Vec<Option<usize>> = vec![None; gold.len()];
    fn augment(
        i: usize,
        pred: &[Named],
        gold: &[Named],
        owner: &mut [Option<usize>],
        seen: &mut [bool],
        fits: &dyn Fn(&Named, &Named) -> bool,
    ) -> bool {
        for j in 0..gold.len() {
            if !seen[j] && fits(&pred[i], &gold[j]) {
                seen[j] = true;
                if owner[j].is_none_or(|k| augment(k, pred, gold, owner, seen, fits)) {
                    owner[j] = Some(i);
                    return true;
                }
            }
        }
        false
    }
    (0..pred.len())
        .filter(|&i| augment(i, pred, gold, &mut owner, &mut vec![false; gold.len()], &fits))
        .count()
}

#[test]
fn entities_match_the_gold_and_aliases_are_merged() {
    let (mut found, mut predicted, mut expected) = (0, 0, 0);
    let (mut merged, mut several) = (0, 0);
    let mut report = Vec::new();
    for (name, text, gold_doc) in corpus() {
        let view = gold::gold_view(&name, &digest(&text, &Options::default()), &text);
        let pred =
            dedup(view.entities.iter().map(|e| named(&e.kind, &e.name, &e.aliases)).collect());
        let gold: Vec<Named> = dedup(
            gold_doc["entities"]
                .as_array()
                .into_iter()
                .flatten()
                .map(|e| {
                    let aliases: Vec<String> = e["aliases"]
                        .as_array()
                        .into_iter()
                        .flatten()
                        .filter_map(|a| a.as_str().map(str::to_owned))
                        .collect();
                    named(
                        e["type"].as_str().unwrap_or(""),
                        e["name"].as_str().unwrap_or(""),
                        &aliases,
                    )
                })
                .collect(),
        );
        let tp = matching(&pred, &gold);
        for g in gold.iter().filter(|g| g.forms.len() >= 2) {
            several += 1;
            if pred.iter().any(|p| p.kind == g.kind && p.forms.intersection(&g.forms).count() >= 2)
            {
                merged += 1;
            } else {
                report.push(format!("{name}: not merged {:?}", g.forms));
            }
        }
        report.push(format!("{name}: {tp} found of {} gold, {} predicted", gold.len(), pred.len()));
        found += tp;
        predicted += pred.len();
        expected += gold.len();
    }
    let f1 = 2.0 * found as f64 / (predicted + expected) as f64;
    let report = report.join("\n");
    assert!(f1 >= MIN_F1, "entity F1 {f1:.3} < {MIN_F1}\n{report}");
    assert!(merged >= MIN_MERGED, "{merged} of {several} merged < {MIN_MERGED}\n{report}");
}

#[test]
fn every_mention_is_a_span_of_its_name_in_the_text() {
    for (name, text, _) in corpus() {
        let d = digest(&text, &Options::default());
        for entity in &d.entities {
            assert!(!entity.mentions.is_empty(), "{name}: {} has no mention", entity.name);
            for mention in &entity.mentions {
                let written = mention.span.of(&text);
                assert!(!written.is_empty(), "{name}: {} mention out of bounds", entity.name);
                if let Some(i) = mention.sentence {
                    assert!(d.sentences[i].span.contains(mention.span), "{name}: {written}");
                }
            }
        }
        let index = d.entity_mentions();
        assert!(index.windows(2).all(|w| w[0].0.start <= w[1].0.start), "{name}: index in order");
    }
}
