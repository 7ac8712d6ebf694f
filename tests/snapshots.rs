//! Golden digests: the engine's whole output for every corpus article and bundled example is
//! checked in under `tests/snapshots/`, so any change to what Lede says about an article shows up
//! in review as a diff of those files, and "outputs byte-identical" is a check, not a claim.
//!
//! After a reviewed change, re-bless them with one command:
//!
//! ```sh
//! LEDE_BLESS=1 cargo test --test snapshots
//! ```
//!
//! Each article has two files: `NAME.digest.json`, the complete [`Digest`] (spans as byte
//! offsets: the contract the page reads), and `NAME.gold.json`, the evaluation's gold view of it
//! (texts instead of spans: what a reviewer reads). The seed pair's comparison is kept too.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use std::path::{Path, PathBuf};

use lede::engine::{Digest, Options, compare, digest, gold};
use support::corpus;

/// Where the golden files live.
fn snapshot_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots")
}

/// Every text the engine is checked on: the corpus, and each bundled example unless it is a
/// byte-identical copy of a corpus article (then that article's snapshot covers it).
fn inputs() -> Vec<(String, String)> {
    let mut inputs: Vec<(String, String)> =
        corpus::names().into_iter().map(|name| (corpus::article(&name), name)).collect();
    let examples = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&examples)
        .expect("examples folder")
        .filter_map(|e| Some(e.ok()?.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    for path in files {
        let text = std::fs::read_to_string(&path).expect("example text");
        if !inputs.iter().any(|(known, _)| *known == text) {
            let stem = path.file_stem().and_then(|s| s.to_str()).expect("file name");
            inputs.push((text, format!("example-{stem}")));
        }
    }
    inputs.into_iter().map(|(text, name)| (name, text)).collect()
}

fn pretty<T: serde::Serialize>(value: &T) -> String {
    let mut json = serde_json::to_string_pretty(value).expect("serialises");
    json.push('\n');
    json
}

/// Compares `actual` with the golden file `name`, or writes it when blessing. Returns a line
/// describing the difference, if any.
fn check(name: &str, actual: &str) -> Option<String> {
    let path = snapshot_dir().join(name);
    if std::env::var_os("LEDE_BLESS").is_some() {
        std::fs::create_dir_all(snapshot_dir()).expect("snapshot folder");
        std::fs::write(&path, actual).expect("writes the snapshot");
        return None;
    }
    let expected = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(e) => return Some(format!("{name}: no golden file ({e})")),
    };
    if expected == actual {
        return None;
    }
    let line = expected.lines().zip(actual.lines()).position(|(a, b)| a != b);
    let at = line.unwrap_or_else(|| expected.lines().count().min(actual.lines().count()));
    let show = |text: &str| text.lines().nth(at).unwrap_or("<end of file>").trim().to_owned();
    Some(format!(
        "{name}: differs at line {}\n    golden: {}\n    now:    {}",
        at + 1,
        show(&expected),
        show(actual)
    ))
}

fn fail_on(differences: Vec<String>) {
    assert!(
        differences.is_empty(),
        "the engine's output changed; review the difference, then re-bless with \
         `LEDE_BLESS=1 cargo test --test snapshots`:\n{}",
        differences.join("\n")
    );
}

#[test]
fn every_article_digests_as_its_golden_file() {
    let inputs = inputs();
    assert!(inputs.len() >= 7, "the corpus is missing");
    let mut differences = Vec::new();
    for (name, text) in &inputs {
        let d: Digest = digest(text, &Options::default());
        let gold = gold::gold_view(name, &d, text);
        differences.extend(check(&format!("{name}.digest.json"), &pretty(&d)));
        differences.extend(check(&format!("{name}.gold.json"), &pretty(&gold)));
    }
    fail_on(differences);
}

#[test]
fn the_seed_pair_compares_as_its_golden_file() {
    let read = |name: &str| {
        let text = corpus::article(name);
        (digest(&text, &Options::default()), text)
    };
    let (a, b) = (read("seed-rferl"), read("seed-reuters"));
    let comparison = compare((&a.0, &a.1), (&b.0, &b.1));
    fail_on(check("seed-pair.compare.json", &pretty(&comparison)).into_iter().collect());
}

#[test]
fn no_golden_file_is_left_without_its_article() {
    if std::env::var_os("LEDE_BLESS").is_some() {
        return; // the other tests are writing the files now
    }
    let mut expected: Vec<String> = inputs()
        .iter()
        .flat_map(|(name, _)| [format!("{name}.digest.json"), format!("{name}.gold.json")])
        .collect();
    expected.push("seed-pair.compare.json".to_owned());
    expected.sort();
    let mut present: Vec<String> = std::fs::read_dir(snapshot_dir())
        .expect("tests/snapshots exists")
        .filter_map(|e| e.ok()?.file_name().to_str().map(str::to_owned))
        .filter(|n| n.ends_with(".json"))
        .collect();
    present.sort();
    assert_eq!(present, expected, "stale or missing golden files in tests/snapshots/");
}
