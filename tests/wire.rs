//! The Digest crosses from the engine's Web Worker to the page as `lede::wire` bytes: for every
//! corpus article it must come back exactly as it left, and no damaged message may panic the
//! page.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use lede::engine::{CalendarDate, Digest, Options, digest};
use lede::wire::{self, WireError};
use support::corpus;

/// Every corpus article's Digest, without and with a publication date set by the reader.
fn corpus_digests() -> Vec<(String, Digest)> {
    let names = corpus::names();
    assert!(names.len() >= 7);
    let published = Some(CalendarDate::new(2009, 7, 27).expect("a date"));
    let mut digests = Vec::new();
    for name in names {
        let text = corpus::article(&name);
        for options in [Options::default(), Options { published }] {
            digests.push((format!("{name} {options:?}"), digest(&text, &options)));
        }
    }
    digests
}

#[test]
fn every_corpus_digest_survives_the_trip() {
    for (name, original) in corpus_digests() {
        let bytes = wire::encode(&original);
        assert_eq!(wire::decode(&bytes).as_ref(), Ok(&original), "{name}");
        // Every part of the Digest is there to compare.
        assert!(!original.paragraphs.is_empty() && !original.sentences.is_empty(), "{name}");
        let answer = wire::encode_answer(&Ok(original.clone()));
        assert_eq!(wire::decode_answer(&answer), Ok(Ok(original)), "{name}");
    }
}

#[test]
fn the_corpus_exercises_every_part_of_the_digest() {
    // A round trip only proves what the corpus fills in: a field left empty everywhere would
    // pass whatever its encoding.
    let all = corpus_digests();
    let any = |check: &dyn Fn(&Digest) -> bool| all.iter().any(|(_, d)| check(d));
    assert!(any(&|d| d.published.is_some() && d.headline.is_some() && !d.byline.is_empty()));
    assert!(any(&|d| d.dateline.is_some() && !d.highlights.is_empty() && !d.chrome.is_empty()));
    assert!(any(&|d| !d.dates.mentions.is_empty() && !d.dates.timeline.is_empty()));
    assert!(any(&|d| d.figures.iter().any(|f| f.change.is_some() && f.qualifier.is_some())));
    assert!(any(&|d| d.summary.gist.is_some() && !d.summary.scores.is_empty()));
    assert!(any(&|d| d.quotes.iter().any(|q| q.speaker.is_some())));
    assert!(any(&|d| d.entities.iter().any(|e| !e.aliases.is_empty() && !e.roles.is_empty())));
    assert!(any(&|d| d.language.is_some()));
}

#[test]
fn every_kind_of_block_survives_the_trip() {
    // The corpus has no table: a digest of one carries the block kinds the corpus lacks.
    let text = "# Title\n\n* one\n\n> quoted\n\n```\ncode\n```\n\nTeam\tWon\nHarbour\t10\n\nProse.";
    let original = lede::engine::digest(text, &lede::engine::Options::default());
    let kinds: Vec<_> = original.paragraphs.iter().map(|p| p.kind).collect();
    assert!(kinds.contains(&lede::engine::BlockKind::TableRow), "{kinds:?}");
    assert_eq!(wire::decode(&wire::encode(&original)).as_ref(), Ok(&original));
}

#[test]
fn an_error_answer_survives_the_trip() {
    let answer = Err("unreadable request: 'March' is not a date".to_owned());
    assert_eq!(wire::decode_answer(&wire::encode_answer(&answer)), Ok(answer));
}

#[test]
fn every_cut_short_message_is_an_error() {
    for (name, original) in corpus_digests().into_iter().take(4) {
        let bytes = wire::encode_answer(&Ok(original));
        for len in 0..bytes.len() {
            assert!(wire::decode_answer(&bytes[..len]).is_err(), "{name}: first {len} bytes");
        }
    }
}

#[test]
fn flipped_bytes_never_panic() {
    let (_, original) = corpus_digests().swap_remove(0);
    let bytes = wire::encode(&original);
    let mut refused = 0;
    // Every byte of the message, each flipped several ways (a fixed pattern: tests do not rely
    // on chance). A flip may still read as some other Digest; it must never panic.
    for at in 0..bytes.len() {
        for mask in [0x01, 0x80, 0xff, 0x55] {
            let mut damaged = bytes.clone();
            damaged[at] ^= mask;
            match wire::decode(&damaged) {
                Ok(other) => assert_ne!(other, original, "byte {at} ^ {mask:#x}"),
                Err(_) => refused += 1,
            }
        }
    }
    assert!(refused > 0);
}

#[test]
fn garbage_is_refused_in_words() {
    assert_eq!(wire::decode(&[]), Err(WireError::Truncated { at: 0 }));
    assert_eq!(
        wire::decode(b"{\"source_len\":0}"),
        Err(WireError::Version { found: b'{', expected: wire::FORMAT })
    );
    let mut bytes = wire::encode(&Digest::default());
    assert_eq!(wire::decode(&bytes), Ok(Digest::default()));
    bytes.push(0);
    assert_eq!(wire::decode(&bytes), Err(WireError::Trailing { extra: 1 }));
    // A length far beyond the message, and text that is not UTF-8.
    let huge = [wire::FORMAT, 0, 0, 0, 0xff, 0xff, 0xff, 0xff, 0x0f];
    assert!(matches!(wire::decode(&huge), Err(WireError::Truncated { .. })));
    for garbage in [&[wire::FORMAT, 0xff][..], &[wire::FORMAT; 64], &[0x80; 64]] {
        assert!(wire::decode(garbage).is_err());
        assert!(wire::decode_answer(garbage).is_err());
    }
    let message = WireError::Tag { what: "Role", tag: 9, at: 12 }.to_string();
    assert_eq!(message, "unknown Role (tag 9 at byte 12)");
}
