//! Key figures of the corpus articles against their gold annotation, matched as the evaluation
//! scorer matches them: value within 0.5% and the same kind of unit (percent, points, the
//! currency, or a count/measure). Thresholds sit at what the engine achieves, so a regression
//! fails.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use support::corpus::{names as corpus_names, read};

use lede::engine::{Options, digest, gold};

/// The scorer's unit kinds: a count's noun is only a label.
fn unit_kind(unit: &str) -> String {
    let unit = unit.trim().to_lowercase();
    match unit.as_str() {
        "percent" | "%" | "per cent" | "pct" | "percentage" => "percent".into(),
        "percentage points" | "percentage point" | "points" | "point" | "pp" | "basis points" => {
            "points".into()
        }
        _ if unit.len() == 3 && unit.chars().all(|c| c.is_ascii_lowercase()) && unit != "km" => {
            unit
        }
        _ => "count".into(),
    }
}

/// Distinct (value, unit kind) pairs, as the scorer merges repeats.
fn distinct(figures: impl Iterator<Item = (f64, String)>) -> Vec<(f64, String)> {
    let mut out: Vec<(f64, String)> = Vec::new();
    for (value, unit) in figures {
        let kind = unit_kind(&unit);
        if !out.iter().any(|(v, k)| *v == value && *k == kind) {
            out.push((value, kind));
        }
    }
    out
}

/// (found, predicted, gold) for one article.
fn score(name: &str) -> (usize, usize, usize) {
    let text = read(name, "txt");
    let gold: serde_json::Value =
        serde_json::from_str(&read(name, "gold.json")).expect("gold json");
    let expected = distinct(gold["figures"].as_array().expect("figures").iter().map(|f| {
        (f["value"].as_f64().expect("value"), f["unit"].as_str().unwrap_or("").to_owned())
    }));
    let view = gold::gold_view(name, &digest(&text, &Options::default()), &text);
    let predicted = distinct(view.figures.iter().map(|f| (f.value, f.unit.clone())));
    let mut used = vec![false; expected.len()];
    let mut found = 0;
    for (value, kind) in &predicted {
        let close =
            |g: f64| if g == 0.0 { *value == 0.0 } else { (value - g).abs() <= 0.005 * g.abs() };
        if let Some(j) = (0..expected.len())
            .find(|&j| !used[j] && expected[j].1 == *kind && close(expected[j].0))
        {
            used[j] = true;
            found += 1;
        } else {
            eprintln!("{name}: spurious {value} {kind}");
        }
    }
    for (j, (value, kind)) in expected.iter().enumerate() {
        if !used[j] {
            eprintln!("{name}: missed {value} {kind}");
        }
    }
    (found, predicted.len(), expected.len())
}

fn f1(found: usize, predicted: usize, gold: usize) -> f64 {
    if predicted == 0 || gold == 0 {
        return if predicted == gold { 1.0 } else { 0.0 };
    }
    let (p, r) = (found as f64 / predicted as f64, found as f64 / gold as f64);
    if p + r == 0.0 { 0.0 } else { 2.0 * p * r / (p + r) }
}

#[test]
fn figures_match_the_gold_annotation() {
    let names = corpus_names();
    assert!(names.len() >= 7, "the corpus is in place");
    let (mut found, mut predicted, mut gold) = (0, 0, 0);
    for name in &names {
        let (f, p, g) = score(name);
        let article = f1(f, p, g);
        eprintln!("{name}: figures F1 {article:.3} ({f} found, {p} predicted, {g} gold)");
        assert!(article >= 0.95, "{name}: figures F1 {article:.3}");
        found += f;
        predicted += p;
        gold += g;
    }
    let micro = f1(found, predicted, gold);
    assert!(micro >= 0.99, "micro-average figures F1 {micro:.3}");
}

#[test]
fn every_figure_points_at_its_text() {
    for name in corpus_names() {
        let text = read(&name, "txt");
        let d = digest(&text, &Options::default());
        for figure in &d.figures {
            assert!(!figure.span.of(&text).is_empty(), "{name}: {figure:?}");
            assert!(figure.mentions.iter().all(|m| d.sentences[m.sentence].span.contains(m.span)));
            assert!(figure.value.is_finite());
        }
        let mut ranks: Vec<usize> = d.figures.iter().map(|f| f.rank).collect();
        ranks.sort_unstable();
        assert_eq!(
            ranks,
            (0..d.figures.len()).collect::<Vec<_>>(),
            "{name}: ranks are a permutation"
        );
    }
}
