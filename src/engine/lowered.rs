//! A word in lower case without a new string for it: extractors lower every word they compare
//! with their word tables, and a heap string per word cost more than the comparison.

use std::fmt;
use std::ops::Deref;

/// Longest word kept on the stack; longer ones (rare in prose) get a string.
const SHORT: usize = 23;

/// A lower-cased word: the word itself when it has no capital (most words of prose), on the
/// stack when it is short, else in a string.
#[derive(Clone)]
pub enum Lowered<'a> {
    Same(&'a str),
    Short { bytes: [u8; SHORT], len: u8 },
    Long(String),
}

impl<'a> Lowered<'a> {
    /// `word.to_lowercase()`.
    pub fn unicode(word: &'a str) -> Self {
        if word.is_ascii() { Self::ascii(word) } else { Lowered::Long(word.to_lowercase()) }
    }

    /// `word.to_ascii_lowercase()`: only ASCII letters change.
    pub fn ascii(word: &'a str) -> Self {
        if !word.bytes().any(|b| b.is_ascii_uppercase()) {
            return Lowered::Same(word);
        }
        let Some(len) = u8::try_from(word.len()).ok().filter(|&n| usize::from(n) <= SHORT) else {
            return Lowered::Long(word.to_ascii_lowercase());
        };
        let mut bytes = [0u8; SHORT];
        let lower = &mut bytes[..word.len()];
        lower.copy_from_slice(word.as_bytes());
        // Lowering ASCII bytes of a whole `str` keeps it valid UTF-8, so `as_str` always reads
        // the word back.
        lower.make_ascii_lowercase();
        Lowered::Short { bytes, len }
    }

    pub fn as_str(&self) -> &str {
        match self {
            Lowered::Same(s) => s,
            Lowered::Short { bytes, len } => {
                std::str::from_utf8(&bytes[..usize::from(*len)]).unwrap_or_default()
            }
            Lowered::Long(s) => s,
        }
    }
}

impl Default for Lowered<'_> {
    fn default() -> Self {
        Lowered::Same("")
    }
}

impl Deref for Lowered<'_> {
    type Target = str;

    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl fmt::Debug for Lowered<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

impl fmt::Display for Lowered<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self.as_str(), f)
    }
}

impl PartialEq for Lowered<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.as_str() == other.as_str()
    }
}

impl PartialEq<str> for Lowered<'_> {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for Lowered<'_> {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl PartialEq<Lowered<'_>> for &str {
    fn eq(&self, other: &Lowered<'_>) -> bool {
        *self == other.as_str()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lowers_like_the_standard_library() {
        let words = [
            "",
            "May",
            "SEPT.",
            "Grüße",
            "ΣΟΦΟΣ",
            "İstanbul",
            "a-very-long-hyphenated-WORD-indeed",
            "O’Neil",
        ];
        for w in words {
            assert_eq!(Lowered::unicode(w).as_str(), w.to_lowercase(), "{w}");
            assert_eq!(Lowered::ascii(w).as_str(), w.to_ascii_lowercase(), "{w}");
        }
        assert!(Lowered::ascii("Today") == "today");
        assert!(matches!(Lowered::ascii("Today"), Lowered::Short { .. }));
        assert!(matches!(Lowered::ascii("today"), Lowered::Same("today")));
    }
}
