//! The tagger's cue flags: what the engine's own word lists say of a word, as features.
//!
//! A word is a cue when the gazetteer or an entity word list holds it: a place named by this
//! one word, the last word of a longer place name, the same two for organisations, a
//! demonym, a role, a company suffix, an honorific. The tagger learns how much each set of
//! flags counts (a place word in prose, a place word in a shouted headline, a word after an
//! honorific), so the lists help it on names its training text never held.
//!
//! The map is built at first use from the same files and by the same steps as
//! `tools/ner/features.py`'s `read_cues` (the parity test holds the two together): each name
//! is split at white space, each word lowercased with its full stops dropped and hashed with
//! the tagger's FNV-1a, so a lookup reuses the hash the tagger already made of the word.

use std::sync::OnceLock;

use super::{FNV_OFFSET, fnv, fnv_on};
use crate::engine::extract::entities::words::{COMPANY_SUFFIXES, HONORIFICS};
use crate::engine::gazetteer::{DEMONYMS, ORGS, PLACES, REGIONS, ROLES, records};
use crate::engine::text::fasthash::FastMap;

/// A place or region named by this one word ("Lisbon").
pub const PLACE_ONE: u8 = 1;
/// The capitalised last word of a longer place or region name ("Orleans").
pub const PLACE_LAST: u8 = 2;
/// An organisation named by this one word ("UNESCO").
pub const ORG_ONE: u8 = 4;
/// The capitalised last word of a longer organisation name ("Organization").
pub const ORG_LAST: u8 = 8;
/// A demonym or a people ("Kenyan").
pub const DEMONYM: u8 = 16;
/// A company suffix ("Inc").
pub const COMPANY: u8 = 32;
/// A title before a person's name ("Dr").
pub const HONORIFIC: u8 = 64;
/// A one-word role ("minister").
pub const ROLE: u8 = 128;

/// The cue map: the FNV-1a hash of a word's lowered, full-stop-free form → its flags.
pub type Cues = FastMap<u64, u8>;

/// The map of the embedded lists, built once per process.
pub fn cues() -> &'static Cues {
    static CUES: OnceLock<Cues> = OnceLock::new();
    CUES.get_or_init(build)
}

/// The hash a word is looked up by, from its lowercased form (`lower`).
#[inline]
pub fn key(lower: &str) -> u64 {
    fnv(lower.bytes().filter(|&b| b != b'.'))
}

/// Flags `word` (any case): its key is hashed as it is lowered, with no string made (the lists
/// hold some twenty thousand names, read once per process).
fn add(cues: &mut Cues, word: &str, flag: u8) {
    let mut hash = FNV_OFFSET;
    let mut empty = true;
    if word.is_ascii() {
        for b in word.bytes().filter(|&b| b != b'.') {
            empty = false;
            hash = fnv_on(hash, [b.to_ascii_lowercase()]);
        }
    } else {
        let mut utf8 = [0u8; 4];
        for c in word.chars().flat_map(char::to_lowercase).filter(|&c| c != '.') {
            empty = false;
            hash = fnv_on(hash, c.encode_utf8(&mut utf8).bytes());
        }
    }
    if !empty {
        *cues.entry(hash).or_default() |= flag;
    }
}

/// Every name of a gazetteer list: one word gets `one`, the last word of a longer name gets
/// `last` when capitalised. Only the head: the first words of a longer name are often given
/// names ("San Jose", "Port Elizabeth") or everyday words ("New", "The").
fn add_names(cues: &mut Cues, list: &str, one: u8, last: u8) {
    for record in records(list) {
        for name in record {
            let mut words = name.split_whitespace();
            match (words.next(), words.next_back()) {
                (Some(word), None) => add(cues, word, one),
                (Some(_), Some(head)) if head.chars().next().is_some_and(char::is_uppercase) => {
                    add(cues, head, last)
                }
                _ => {}
            }
        }
    }
}

fn build() -> Cues {
    // About nine thousand words: room for them all at once.
    let mut cues = Cues::with_capacity_and_hasher(1 << 14, Default::default());
    add_names(&mut cues, PLACES, PLACE_ONE, PLACE_LAST);
    add_names(&mut cues, REGIONS, PLACE_ONE, PLACE_LAST);
    add_names(&mut cues, ORGS, ORG_ONE, ORG_LAST);
    for mut record in records(DEMONYMS) {
        for word in record.next().unwrap_or_default().split_whitespace() {
            add(&mut cues, word, DEMONYM);
        }
    }
    for record in records(ROLES) {
        for name in record {
            if name.split_whitespace().count() == 1 {
                add(&mut cues, name, ROLE);
            }
        }
    }
    for (list, flag) in [(&COMPANY_SUFFIXES, COMPANY), (&HONORIFICS, HONORIFIC)] {
        for entry in list.words() {
            if entry.split_whitespace().count() == 1 {
                add(&mut cues, entry, flag);
            }
        }
    }
    cues
}

#[cfg(test)]
mod tests {
    use super::*;

    fn flags(word: &str) -> u8 {
        let lower: String = word.chars().flat_map(char::to_lowercase).collect();
        cues().get(&key(&lower)).copied().unwrap_or(0)
    }

    #[test]
    fn words_get_the_flags_of_their_lists() {
        let rows: &[(&str, &str, u8)] = &[
            ("a capital city", "Lisbon", PLACE_ONE),
            ("a country in capitals", "KENYA", PLACE_ONE),
            ("the last word of a longer place name", "Orleans", PLACE_LAST),
            ("the last word of a longer organisation name", "Organization", ORG_LAST),
            ("an acronym", "UNESCO", ORG_ONE),
            ("a demonym", "Kenyan", DEMONYM),
            ("a company suffix with a full stop", "Inc.", COMPANY),
            ("an honorific", "Dr.", HONORIFIC),
            ("a role", "minister", ROLE),
            ("a common word", "yesterday", 0),
            ("a full stop alone", ".", 0),
        ];
        for (name, word, flag) in rows {
            let got = flags(word);
            if *flag == 0 {
                assert_eq!(got, 0, "{name}: {word}");
            } else {
                assert_ne!(got & flag, 0, "{name}: {word} has {got:#b}");
            }
        }
    }
}
