//! Fuzzes `digest` over arbitrary bytes, read as UTF-8 the way a dropped file with bad bytes
//! is shown (lossily), and checks every span invariant of the Digest.
#![no_main]

use lede::engine::{CalendarDate, Digest, Options, digest};
use libfuzzer_sys::fuzz_target;

#[path = "../../tests/support/spans.rs"]
#[allow(dead_code)]
mod spans;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    // The first byte picks whether the reader set a publication date.
    let options = match data.first() {
        Some(b) if b % 2 == 1 => Options { published: CalendarDate::new(2009, 7, 27).ok() },
        _ => Options::default(),
    };
    let d = digest(&text, &options);
    if let Err(broken) = spans::check_digest(&text, &d) {
        panic!("{broken}");
    }
    let json = serde_json::to_string(&d).expect("a Digest serialises");
    let back: Digest = serde_json::from_str(&json).expect("a Digest reads back");
    assert!(back == d, "JSON round trip changed the Digest");
    assert_eq!(json, serde_json::to_string(&digest(&text, &options)).unwrap(), "not deterministic");
});
