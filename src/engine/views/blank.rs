//! The Digest of a text without a word, known without reading it: the page gives it itself, so
//! an empty edit box (a first visit, a cleared article) never makes it load the engine's module.

use crate::engine::digest::{Digest, Options, Published, PublishedSource};

/// Whether `text` holds nothing to read: only white space, or nothing at all.
pub fn is_blank(text: &str) -> bool {
    text.chars().all(char::is_whitespace)
}

/// What [`crate::engine::digest`] gives for a blank `text`: nothing found, only the date the reader set.
pub fn blank_digest(text: &str, options: &Options) -> Digest {
    let published = options.published.map(|date| Published { date, source: PublishedSource::User });
    Digest { source_len: text.len(), published, ..Digest::default() }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::{CalendarDate, digest};

    #[test]
    fn the_blank_digest_is_the_engines_own() {
        let dated = Options { published: CalendarDate::new(2024, 5, 6).ok() };
        for text in ["", " ", "\n\n", " \t\r\n ", "\u{a0}\u{2003}\u{3000}\n", "\u{2028}\u{85}"] {
            assert!(is_blank(text), "{text:?}");
            for options in [Options::default(), dated.clone()] {
                assert_eq!(blank_digest(text, &options), digest(text, &options), "{text:?}");
            }
        }
    }

    #[test]
    fn a_word_or_a_sign_is_not_blank() {
        for text in ["a", " . ", "\n\n1\n", "\u{200b}", "—"] {
            assert!(!is_blank(text), "{text:?}");
        }
    }
}
