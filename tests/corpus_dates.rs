//! Dates measured against the hand-made gold of every article in `tests/corpus`, the way the
//! evaluation scorer compares them (no publication date given: Lede finds it). Thresholds sit
//! at what the engine achieves now, so a change that makes the timeline worse fails here.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

use lede::engine::{Options, digest, gold};
use serde_json::Value;

/// One article (seed-rferl) states no year at all: its seven dates can only be right leniently.
const MIN_STRICT_F1: f64 = 0.86;
const MIN_LENIENT_F1: f64 = 0.99;

/// Leading words the scorer ignores when it compares date texts.
const LEADING: &[&str] = &[
    "on", "in", "from", "since", "by", "until", "till", "to", "at", "of", "the", "during",
    "before", "after", "for", "as", "early", "late",
];

fn norm_text(text: &str) -> String {
    let lower = text.to_lowercase();
    let cleaned: String = lower
        .chars()
        .map(|c| if c.is_alphanumeric() || c == '/' || c == '-' { c } else { ' ' })
        .collect();
    let mut words: Vec<&str> = cleaned.split_whitespace().collect();
    while words.first().is_some_and(|w| LEADING.contains(w)) {
        words.remove(0);
    }
    words.join(" ")
}

fn texts_match(a: &str, b: &str) -> bool {
    !a.is_empty()
        && !b.is_empty()
        && (a == b
            || format!(" {b} ").contains(&format!(" {a} "))
            || format!(" {a} ").contains(&format!(" {b} ")))
}

/// Dates merged by value (or by text when the value is null), as the scorer merges them.
fn merged(items: &[(String, Option<String>)]) -> Vec<(Option<String>, Vec<String>)> {
    let mut by_key: BTreeMap<(bool, String), Vec<String>> = BTreeMap::new();
    for (text, value) in items {
        let key = match value {
            Some(v) => (true, v.to_uppercase()),
            None => (false, norm_text(text)),
        };
        by_key.entry(key).or_default().push(norm_text(text));
    }
    by_key.into_iter().map(|((has, key), texts)| (has.then_some(key), texts)).collect()
}

fn wildcard(pred: &str, gold: &str) -> bool {
    pred.starts_with("XXXX")
        && gold.len() == pred.len()
        && gold[..4].bytes().all(|b| b.is_ascii_digit())
        && gold[4..] == pred[4..]
}

/// (strict matches, lenient matches, predicted, gold) for one article.
fn score(
    gold_items: &[(String, Option<String>)],
    pred_items: &[(String, Option<String>)],
) -> (usize, usize, usize, usize) {
    let gold = merged(gold_items);
    let pred = merged(pred_items);
    let mut gold_free: Vec<bool> = vec![true; gold.len()];
    let mut pred_free: Vec<bool> = vec![true; pred.len()];
    let mut strict = 0;
    for (i, (pv, _)) in pred.iter().enumerate() {
        if let Some(j) = (0..gold.len()).find(|&j| gold_free[j] && pv.is_some() && gold[j].0 == *pv)
        {
            gold_free[j] = false;
            pred_free[i] = false;
            strict += 1;
        }
    }
    let mut lenient = strict;
    let mut repeats = 0;
    for (i, (pv, pt)) in pred.iter().enumerate() {
        if !pred_free[i] {
            continue;
        }
        let fits = |j: usize| match pv {
            Some(v) => gold[j].0.as_deref().is_some_and(|g| wildcard(v, g)),
            None => pt.iter().any(|a| gold[j].1.iter().any(|b| texts_match(a, b))),
        };
        if let Some(j) = (0..gold.len()).find(|&j| gold_free[j] && fits(j)) {
            gold_free[j] = false;
            pred_free[i] = false;
            lenient += 1;
        } else if pv.is_none() && (0..gold.len()).any(|j| !gold_free[j] && fits(j)) {
            repeats += 1; // names a date found anyway
        }
    }
    (strict, lenient, pred.len() - repeats, gold.len())
}

fn items(list: &Value) -> Vec<(String, Option<String>)> {
    list.as_array()
        .map(|a| {
            a.iter()
                .map(|d| {
                    let text = d["text"].as_str().unwrap_or_default().to_owned();
                    (text, d["value"].as_str().map(str::to_owned))
                })
                .collect()
        })
        .unwrap_or_default()
}

fn f1(matched: usize, predicted: usize, gold: usize) -> f64 {
    if predicted + gold == 0 { 1.0 } else { 2.0 * matched as f64 / (predicted + gold) as f64 }
}

#[test]
fn dates_match_the_gold() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus");
    let mut paths: Vec<_> = fs::read_dir(&dir)
        .expect("tests/corpus exists")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    assert!(paths.len() >= 7, "the corpus has gone missing");
    let (mut strict, mut lenient, mut predicted, mut gold_total) = (0, 0, 0, 0);
    let mut report = String::new();
    for txt in &paths {
        let name = txt.file_stem().and_then(|s| s.to_str()).unwrap_or_default();
        let text = fs::read_to_string(txt).expect("article text");
        let gold: Value = serde_json::from_str(
            &fs::read_to_string(txt.with_file_name(format!("{name}.gold.json")))
                .expect("gold file"),
        )
        .expect("gold is JSON");
        let view = gold::gold_view(name, &digest(&text, &Options::default()), &text);
        let pred: Vec<(String, Option<String>)> =
            view.dates.iter().map(|d| (d.text.clone(), d.value.clone())).collect();
        let (s, l, p, g) = score(&items(&gold["dates"]), &pred);
        report.push_str(&format!("{name}: strict {s}, lenient {l}, predicted {p}, gold {g}\n"));
        strict += s;
        lenient += l;
        predicted += p;
        gold_total += g;
    }
    let strict_f1 = f1(strict, predicted, gold_total);
    let lenient_f1 = f1(lenient, predicted, gold_total);
    assert!(strict_f1 >= MIN_STRICT_F1, "strict F1 {strict_f1:.3} < {MIN_STRICT_F1}\n{report}");
    assert!(
        lenient_f1 >= MIN_LENIENT_F1,
        "lenient F1 {lenient_f1:.3} < {MIN_LENIENT_F1}\n{report}"
    );
}

#[test]
fn the_seed_timeline_reads_in_calendar_order() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus/seed-reuters.txt");
    let text = fs::read_to_string(path).expect("the seed article");
    let d = digest(&text, &Options::default());
    let values: Vec<String> = d.dates.timeline.iter().map(|e| e.value.to_string()).collect();
    let order = ["2005", "2009-07-23", "2009-07-27", "2009-07-29"];
    let positions: Vec<usize> =
        order.iter().map(|v| values.iter().position(|x| x == v).unwrap_or(usize::MAX)).collect();
    assert!(positions.windows(2).all(|w| w[0] < w[1] && w[1] != usize::MAX), "timeline {values:?}");
    let monday = &d.dates.timeline[positions[2]];
    assert!(monday.event.as_deref().is_some_and(|e| e.contains("flew to Moscow")), "{monday:?}");
}
