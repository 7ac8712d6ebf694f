//! The document reading (headline, byline, dateline, publication date, page chrome) measured
//! against the hand-made gold of every article in `tests/corpus`, the way the evaluation
//! scorer compares them. Thresholds sit at what the engine achieves now, so a change that
//! makes the reading worse fails here first.
#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::path::{Path, PathBuf};

use lede::engine::{Options, Role, digest, gold};
use serde_json::Value;

/// All four fields right in every article.
const MIN_FIELDS_RIGHT: usize = 28;
/// Page chrome over the corpus: one line of drift either way is allowed, no more.
const MIN_CHROME_PRECISION: f64 = 0.99;
const MIN_CHROME_RECALL: f64 = 0.99;

fn corpus() -> Vec<(String, PathBuf, Value)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus");
    let mut articles: Vec<_> = fs::read_dir(&dir)
        .expect("tests/corpus exists")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .map(|txt| {
            let name = txt.file_stem().and_then(|s| s.to_str()).unwrap_or_default().to_owned();
            let gold_path = txt.with_file_name(format!("{name}.gold.json"));
            let gold: Value =
                serde_json::from_str(&fs::read_to_string(&gold_path).expect("gold file"))
                    .expect("gold is JSON");
            (name, txt, gold)
        })
        .collect();
    articles.sort_by(|a, b| a.0.cmp(&b.0));
    assert!(articles.len() >= 7, "the corpus has gone missing");
    articles
}

/// The scorer's comparison form of a line: case-folded, spaces collapsed, edge punctuation off.
fn norm(text: &str) -> String {
    let collapsed = text.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase();
    collapsed
        .trim_matches(|c: char| " .,:;-\u{2013}\u{2014}\"'\u{201c}\u{201d}".contains(c))
        .to_owned()
}

fn same(gold: &Value, predicted: &Value, field: &str) -> bool {
    let (g, p) = (&gold[field], &predicted[field]);
    if field == "byline" {
        let set = |v: &Value| {
            let mut names: Vec<String> =
                v.as_array().into_iter().flatten().filter_map(Value::as_str).map(norm).collect();
            names.sort();
            names.dedup();
            names
        };
        return set(g) == set(p);
    }
    match (g.as_str(), p.as_str()) {
        (None | Some(""), p) => p.is_none_or(str::is_empty),
        (Some(g), Some(p)) => norm(g) == norm(p),
        (Some(_), None) => false,
    }
}

/// Maximum one-to-one matching of predicted to gold chrome lines, one containing the other.
fn chrome_matches(predicted: &[String], gold: &[String]) -> usize {
    fn assign(
        i: usize,
        predicted: &[String],
        gold: &[String],
        owner: &mut [Option<usize>],
        seen: &mut [bool],
    ) -> bool {
        for j in 0..gold.len() {
            let fits = !predicted[i].is_empty()
                && (gold[j].contains(&predicted[i]) || predicted[i].contains(&gold[j]));
            if seen[j] || !fits {
                continue;
            }
            seen[j] = true;
            if owner[j].is_none_or(|k| assign(k, predicted, gold, owner, seen)) {
                owner[j] = Some(i);
                return true;
            }
        }
        false
    }
    let mut owner = vec![None; gold.len()];
    (0..predicted.len())
        .filter(|&i| assign(i, predicted, gold, &mut owner, &mut vec![false; gold.len()]))
        .count()
}

fn lines(v: &Value) -> Vec<String> {
    v.as_array()
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .map(norm)
        .filter(|l| !l.is_empty())
        .collect()
}

#[test]
fn document_fields_and_page_chrome_match_the_gold() {
    let (mut right, mut fields) = (0, 0);
    let (mut matched, mut predicted_total, mut gold_total) = (0, 0, 0);
    let mut report = Vec::new();
    for (name, txt, gold_doc) in corpus() {
        let text = fs::read_to_string(&txt).expect("article text");
        let d = digest(&text, &Options::default());
        let view =
            serde_json::to_value(gold::gold_view(&name, &d, &text)).expect("view serialises");
        for field in ["headline", "byline", "dateline", "published"] {
            fields += 1;
            if same(&gold_doc, &view, field) {
                right += 1;
            } else {
                report.push(format!(
                    "{name}: {field} is {} but gold says {}",
                    view[field], gold_doc[field]
                ));
            }
        }
        let (p, g) = (lines(&view["boilerplate"]), lines(&gold_doc["boilerplate"]));
        let m = chrome_matches(&p, &g);
        if m < p.len() || m < g.len() {
            report.push(format!(
                "{name}: chrome {m} matched of {} predicted, {} gold",
                p.len(),
                g.len()
            ));
        }
        (matched, predicted_total, gold_total) =
            (matched + m, predicted_total + p.len(), gold_total + g.len());

        // chrome is never read as the article's text
        for paragraph in &d.paragraphs {
            if matches!(paragraph.role, Role::Chrome(_)) {
                assert!(paragraph.sentences.is_empty(), "{name}: chrome with sentences");
            }
        }
    }
    let precision = matched as f64 / predicted_total.max(1) as f64;
    let recall = matched as f64 / gold_total.max(1) as f64;
    let summary = format!(
        "fields {right}/{fields}; chrome P {precision:.3} R {recall:.3}\n{}",
        report.join("\n")
    );
    assert!(right >= MIN_FIELDS_RIGHT, "{summary}");
    assert!(precision >= MIN_CHROME_PRECISION, "{summary}");
    assert!(recall >= MIN_CHROME_RECALL, "{summary}");
}

#[test]
fn body_paragraphs_are_the_articles_own_text() {
    // every gold chrome line is outside the body, and the body has text in every article
    for (name, txt, gold_doc) in corpus() {
        let text = fs::read_to_string(&txt).expect("article text");
        let d = digest(&text, &Options::default());
        let chrome = lines(&gold_doc["boilerplate"]);
        let body: Vec<String> = d
            .paragraphs
            .iter()
            .filter(|p| p.role == Role::Body)
            .map(|p| norm(p.span.of(&text)))
            .collect();
        assert!(body.len() >= 3, "{name}: only {} body paragraphs", body.len());
        for line in &chrome {
            assert!(!body.contains(line), "{name}: chrome in the body: {line}");
        }
        assert!(d.body_sentences().count() >= body.len(), "{name}: body without sentences");
    }
}
