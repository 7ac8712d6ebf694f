//! The Digest in a compact binary form, for the trip from the engine's Web Worker to the page.
//!
//! The two ends are separate WebAssembly modules built from this crate. JSON made the page link
//! serde_json's reader and a Deserialize impl for every Digest type, and cost both threads
//! a text pass per article; these bytes are written and read field by field, and cross
//! `postMessage` as a transferred buffer, without a copy. The encoding has no schema of its
//! own: both ends are built from the same types (`digest.rs` keeps them in step at compile
//! time), and [`FORMAT`] tells a page and a worker from different builds apart (a stale cache).
//! The JavaScript API `digest()` still answers JSON; that is a contract with other pages.
//!
//! Layout: numbers are unsigned LEB128 (signed ones zigzagged), `f64` is 8 little-endian
//! bytes, text and lists are a length then their items, `Option` and enum variants a tag byte.

mod bytes;
mod digest;

pub use bytes::WireError;

use bytes::{Reader, Wire, Writer};

use crate::engine::Digest;
use crate::protocol::WorkerAnswer;

/// The first byte of every message; change it with the layout.
pub const FORMAT: u8 = 1;

/// The bytes of a Digest.
pub fn encode(digest: &Digest) -> Vec<u8> {
    write(digest, digest.source_len)
}

/// Reads back what [`encode`] wrote; malformed bytes are an error, never a panic.
pub fn decode(bytes: &[u8]) -> Result<Digest, WireError> {
    read(bytes)
}

/// The bytes of a worker's answer: a Digest, or in words why there is none.
pub fn encode_answer(answer: &WorkerAnswer) -> Vec<u8> {
    write(answer, answer.as_ref().map_or(0, |digest| digest.source_len))
}

/// Reads back what [`encode_answer`] wrote.
pub fn decode_answer(bytes: &[u8]) -> Result<WorkerAnswer, WireError> {
    read(bytes)
}

/// `source_len` sizes the buffer: a Digest's bytes came to 0.5–1.05 times its article's length
/// on the corpus (its JSON to 5–6 times), so one reservation usually suffices.
fn write<T: Wire>(value: &T, source_len: usize) -> Vec<u8> {
    let mut out = Writer::with_capacity(64 + source_len + source_len / 8);
    out.byte(FORMAT);
    value.put(&mut out);
    out.into_bytes()
}

fn read<T: Wire>(bytes: &[u8]) -> Result<T, WireError> {
    let mut input = Reader::new(bytes);
    match input.byte()? {
        FORMAT => {}
        found => return Err(WireError::Version { found, expected: FORMAT }),
    }
    let value = T::take(&mut input)?;
    input.finish()?;
    Ok(value)
}
