//! Fuzzes `compare` on the Digests of the two halves of the input (split at the first NUL byte
//! when there is one, else in the middle) and checks every span lies in the right text.
#![no_main]

use lede::engine::{Options, compare, digest};
use libfuzzer_sys::fuzz_target;

#[path = "../../tests/support/spans.rs"]
#[allow(dead_code)]
mod spans;

fuzz_target!(|data: &[u8]| {
    let (a, b) = match data.iter().position(|&b| b == 0) {
        Some(at) => (&data[..at], &data[at + 1..]),
        None => data.split_at(data.len() / 2),
    };
    let (a, b) = (String::from_utf8_lossy(a), String::from_utf8_lossy(b));
    let (da, db) = (digest(&a, &Options::default()), digest(&b, &Options::default()));
    let comparison = compare((&da, &a), (&db, &b));
    if let Err(broken) = spans::check_comparison((&da, &a), (&db, &b), &comparison) {
        panic!("{broken}");
    }
});
