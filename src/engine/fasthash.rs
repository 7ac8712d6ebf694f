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

/// A fixed list of lower-case words, asked about in any case. The list stays readable as a
/// slice; the set behind it is built on first use.
pub struct WordList {
    words: &'static [&'static str],
    /// The words as bytes: a word lowered into a buffer is looked up without checking that
    /// the buffer is UTF-8 again.
    set: OnceLock<FastSet<&'static [u8]>>,
}

/// Words longer than this are lowered into a new string instead of a stack buffer.
const SHORT: usize = 32;

impl WordList {
    pub const fn new(words: &'static [&'static str]) -> Self {
        Self { words, set: OnceLock::new() }
    }

    /// The words, in list order.
    pub fn words(&self) -> &'static [&'static str] {
        self.words
    }

    fn set(&self) -> &FastSet<&'static [u8]> {
        self.set.get_or_init(|| self.words.iter().map(|w| w.as_bytes()).collect())
    }

    /// Whether `word`, lowered, is in the list (as `list.contains(&word.to_lowercase())`).
    // Called for every word from other modules: `#[inline]` keeps it inlined there whatever
    // the split of the crate into codegen units (one such split cost 2% of a corpus pass).
    #[inline]
    pub fn has(&self, word: &str) -> bool {
        let set = self.set();
        if word.is_ascii() && word.len() <= SHORT {
            // ASCII lowers byte by byte, into a buffer on the stack.
            let mut buffer = [0u8; SHORT];
            let lower = &mut buffer[..word.len()];
            lower.copy_from_slice(word.as_bytes());
            lower.make_ascii_lowercase();
            return set.contains(&*lower);
        }
        set.contains(word.to_lowercase().as_bytes())
    }

    /// Whether `lower`, already in lower case, is in the list.
    pub fn has_lower(&self, lower: &str) -> bool {
        self.set().contains(lower.as_bytes())
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
    fn a_word_is_found_in_any_case() {
        for word in ["ministry", "Ministry", "MINISTRY", "CO", "Straße", "STRAßE"] {
            assert!(LIST.has(word), "{word:?}");
        }
        for word in ["minister", "c", "cos", "ministryministryministryministryx", ""] {
            assert!(!LIST.has(word), "{word:?}");
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
