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

/// Whether lowering `text`'s ASCII letters lowers all of it: no character outside ASCII
/// changes in lower case (true of nearly every page, whose only such characters are quotes,
/// dashes and lower-case accented letters). Then `text.to_ascii_lowercase()` is its lower case
/// at the same offsets, and one copy serves every line of it. The ASCII between those
/// characters is skipped a block at a time, where decoding every character cost more than
/// the lowering this spares.
pub fn lowers_as_ascii(text: &str) -> bool {
    const BLOCK: usize = 64;
    let bytes = text.as_bytes();
    let mut at = 0;
    loop {
        let rest = bytes.get(at..).unwrap_or_default();
        let Some(block) = rest.chunks(BLOCK).position(|b| !b.is_ascii()) else { return true };
        at += block * BLOCK;
        // the byte before `at` is ASCII (or the start), so `at` opens a character
        at += bytes[at..].iter().position(|b| !b.is_ascii()).unwrap_or(0);
        let Some(c) = text.get(at..).and_then(|rest| rest.chars().next()) else { return true };
        let mut lower = c.to_lowercase();
        if lower.next() != Some(c) || lower.next().is_some() {
            return false;
        }
        at += c.len_utf8();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lowers_as_ascii_exactly_when_ascii_lowering_is_the_whole_lowering() {
        let long = "x".repeat(70);
        let texts = [
            String::new(),
            "Plain ASCII text.".to_string(),
            "“Quoted” — café, naïve".to_string(),
            "Café in Zürich".to_string(),
            "ÉCOLE".to_string(),
            "ΣΟΦΟΣ".to_string(),
            "İstanbul".to_string(),
            format!("{long}é{long}“{long}"),
            format!("{long}É{long}"),
            format!("{long}—{long}Ü"),
        ];
        for text in &texts {
            let plain = text.to_lowercase() == text.to_ascii_lowercase();
            assert_eq!(lowers_as_ascii(text), plain, "{text:?}");
        }
    }

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
