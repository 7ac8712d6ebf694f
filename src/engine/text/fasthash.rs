//! Hash maps and sets with a fast, unkeyed hasher, and case-insensitive sets of fixed words.
//!
//! The engine looks words up tens of times per sentence; std's SipHash is built to resist
//! flooding by a remote attacker, which costs more than the lookup itself. Here the only input
//! is the text the reader pasted into their own page, so the multiply-rotate hash rustc itself
//! uses for its tables is enough. No caller depends on iteration order (std's is random too).

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

/// The multiply-rotate hash of rustc's `FxHasher`: one multiply per eight bytes.
#[derive(Debug, Default, Clone, Copy)]
pub struct FastHasher {
    hash: u64,
}

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl FastHasher {
    fn add(&mut self, word: u64) {
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for FastHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            self.add(u64::from_le_bytes(word));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut word = [0u8; 8];
            word[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(word));
        }
    }

    fn write_u8(&mut self, n: u8) {
        self.add(u64::from(n));
    }

    fn write_u32(&mut self, n: u32) {
        self.add(u64::from(n));
    }

    fn write_u64(&mut self, n: u64) {
        self.add(n);
    }

    fn write_usize(&mut self, n: usize) {
        self.add(n as u64);
    }

    fn finish(&self) -> u64 {
        self.hash
    }
}

pub type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<FastHasher>>;
pub type FastSet<K> = HashSet<K, BuildHasherDefault<FastHasher>>;

/// A fixed list of lower-case words, asked about in lower case: for a few lists still written
/// in code (the word lists proper are data: `lexicon/`). The set is built on first use.
pub struct WordList {
    words: &'static [&'static str],
    set: OnceLock<FastSet<&'static str>>,
}

impl WordList {
    pub const fn new(words: &'static [&'static str]) -> Self {
        Self { words, set: OnceLock::new() }
    }

    /// Whether `lower`, already in lower case, is in the list.
    pub fn has_lower(&self, lower: &str) -> bool {
        self.set.get_or_init(|| self.words.iter().copied().collect()).contains(lower)
    }
}

impl std::fmt::Debug for WordList {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list().entries(self.words).finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    static LIST: WordList = WordList::new(&["ministry", "co", "straße"]);

    #[test]
    fn a_lower_case_word_is_found() {
        for word in ["ministry", "co", "straße"] {
            assert!(LIST.has_lower(word), "{word:?}");
        }
        for word in ["Ministry", "minister", "c", "cos", ""] {
            assert!(!LIST.has_lower(word), "{word:?}");
        }
    }

    #[test]
    fn maps_find_what_was_put_in() {
        let mut map: FastMap<String, usize> = FastMap::default();
        let words: Vec<String> = (0..1000).map(|i| format!("word{i}")).collect();
        for (i, w) in words.iter().enumerate() {
            map.insert(w.clone(), i);
        }
        for (i, w) in words.iter().enumerate() {
            assert_eq!(map.get(w.as_str()), Some(&i));
        }
        assert_eq!(map.get("word1000"), None);
    }
}
