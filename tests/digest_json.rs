//! Other pages get the Digest as JSON from the engine module's `digest()`: for every corpus
//! article that JSON must read back exactly as the Digest it was written from.
#![cfg(not(target_arch = "wasm32"))]

use lede::engine::{CalendarDate, Digest, Options, digest};

#[test]
fn every_corpus_digest_survives_a_json_round_trip() {
    let dir = format!("{}/tests/corpus", env!("CARGO_MANIFEST_DIR"));
    let mut names: Vec<_> = std::fs::read_dir(&dir)
        .expect("corpus folder")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    names.sort();
    assert!(names.len() >= 7);
    let published = Some(CalendarDate::new(2009, 7, 27).expect("a date"));
    for path in names {
        let text = std::fs::read_to_string(&path).expect("article");
        for options in [Options::default(), Options { published }] {
            let original = digest(&text, &options);
            let json = serde_json::to_string(&original).expect("serialises");
            let back: Digest =
                serde_json::from_str(&json).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            assert_eq!(back, original, "{}", path.display());
        }
    }
}
