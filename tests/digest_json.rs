//! Other pages get the Digest as JSON from the engine module's `digest()`: for every corpus
//! article that JSON must read back exactly as the Digest it was written from.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use lede::engine::{CalendarDate, Digest, Options, digest};
use support::corpus;

#[test]
fn every_corpus_digest_survives_a_json_round_trip() {
    let names = corpus::names();
    assert!(names.len() >= 7);
    let published = Some(CalendarDate::new(2009, 7, 27).expect("a date"));
    for name in names {
        let text = corpus::article(&name);
        for options in [Options::default(), Options { published }] {
            let original = digest(&text, &options);
            let json = serde_json::to_string(&original).expect("serialises");
            let back: Digest =
                serde_json::from_str(&json).unwrap_or_else(|e| panic!("{name}: {e}"));
            assert_eq!(back, original, "{name}");
        }
    }
}
