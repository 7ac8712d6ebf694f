//! The shape of one line of text: how many words, whether it ends like a sentence, whether its
//! words look like a name. Page chrome, headlines, bylines and body text differ first in shape,
//! so the rules in `document`, `chrome` and `byline` all ask these same questions.

use crate::engine::lexicon::{NAME_PARTICLES, TITLE_CASE_MINOR};
use crate::engine::text::ascii;
use crate::engine::text::span::Span;
use crate::engine::text::tokens::{Tokens, runs_of};

/// Whitespace-separated words of `line`.
pub fn words(line: &str) -> std::str::SplitWhitespace<'_> {
    line.split_whitespace()
}

/// The [`words`] of a line with the byte offset of each: how page furniture (bylines, date
/// lines) is read, each word with the punctuation it carries ("Nov.", "2019,", "|"), since a
/// line's shape says more there than its sentence does. They are the whitespace-separated runs
/// of the shared tokens (`text/tokens.rs`), cut only as far as the caller reads.
pub fn words_at(line: &str) -> impl Iterator<Item = (usize, &str)> {
    runs_of(Tokens::new(line, None, Span::new(0, line.len()))).map(|run| (run.start, run.of(line)))
}

/// How many [`words`] `line` has: asked of whole paragraphs, several times each, so counted
/// over bytes ([`ascii::count_words`]).
pub fn word_count(line: &str) -> usize {
    ascii::count_words(line)
}

const CLOSERS: &[char] = &['"', '\'', '”', '’', ')', ']', '»', '›', '*', '_'];

/// Whether `line` ends the way a sentence of running text does: a full stop, question or
/// exclamation mark, or ellipsis, possibly inside closing quotes or brackets.
pub fn ends_sentence(line: &str) -> bool {
    matches!(last_before_closers(line), Some('.' | '!' | '?' | '…' | '。'))
}

/// Whether `line` ends with a full stop (not a question or exclamation mark), so it reads as a
/// statement: headlines may end in "?" or "!", body paragraphs almost always end in ".".
pub fn ends_statement(line: &str) -> bool {
    matches!(last_before_closers(line), Some('.' | '…' | '。'))
}

/// The last character of `line` before its trailing whitespace and the closing quotes and
/// brackets after that (asked of every paragraph several times: read from the end, one
/// character at a time, where a trim by a list of characters cost several times more).
fn last_before_closers(line: &str) -> Option<char> {
    line.trim_end().chars().rev().find(|c| !CLOSERS.contains(c))
}

/// A word that can stand in a personal name: capitalised ("Olga", "O'Brien", "Al-Amin",
/// "DZYUBENKO") or a lower-case particle names carry ("de", "van", "bin").
pub fn is_name_word(word: &str) -> bool {
    let word = word.trim_end_matches(['.', ',']);
    let Some(first) = word.chars().next() else { return false };
    // (every particle is in lower case: a capitalised word, most, is not looked up)
    if !first.is_uppercase() && NAME_PARTICLES.has_as_written(word) {
        return true;
    }
    first.is_uppercase()
        && word.chars().all(|c| c.is_alphabetic() || matches!(c, '\'' | '’' | '-' | '.'))
}

/// Whether every word is capitalised (apart from short function words): menus, section
/// names and many headlines are written this way, running text is not.
pub fn is_title_case(line: &str) -> bool {
    let mut any = false;
    for word in words(line) {
        let first = word.chars().next().unwrap_or(' ');
        if !(first.is_uppercase()
            || first.is_ascii_digit()
            || TITLE_CASE_MINOR.has_as_written(word))
        {
            return false;
        }
        any = true;
    }
    any
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_counted_as_split_whitespace_counts_them() {
        let lines = [
            "",
            " ",
            "one",
            "  two words ",
            "tab\tand\nnew\x0bline\x0cfeed\rreturn",
            "\x1fnot\x1c spaces",
            "non\u{a0}breaking and\u{2003}em space",
            "Grüße aus Köln",
            "\u{85}next\u{1680}ogham\u{200a}hair\u{2028}line\u{2029}para\u{202f}narrow",
            "\u{205f}math\u{3000}ideographic \u{200b}zero-width\u{180e}mongolian",
            "“Curly,” she said — ‘quoted’ … 日本語のテキスト",
            &"a b".repeat(300),
            &"word ".repeat(200),
        ];
        for line in lines {
            assert_eq!(word_count(line), line.split_whitespace().count(), "{line:?}");
        }
    }

    #[test]
    fn line_shapes() {
        let cases: &[(&str, &str, bool, bool)] = &[
            // name, line, ends_sentence, ends_statement
            ("full stop", "It rained.", true, true),
            ("quote after stop", "\"We will act.\"", true, true),
            ("curly quote after stop", "“Over.”", true, true),
            ("question headline", "Is it over?", true, false),
            ("no punctuation", "Breaking News", false, false),
            ("parenthesis after stop", "(It rained.)", true, true),
            ("markdown emphasis after stop", "*It rained.*", true, true),
            ("markdown bold after stop", "**It rained.**", true, true),
            ("emphasis without stop", "*A caption*", false, false),
            ("empty", "", false, false),
            ("space before the closing quote", "It rained. ”", false, false),
            ("closers only", "”)*", false, false),
            ("ellipsis in brackets", "And then…]  ", true, true),
        ];
        for (name, line, sentence, statement) in cases {
            assert_eq!(ends_sentence(line), *sentence, "{name}");
            assert_eq!(ends_statement(line), *statement, "{name}");
        }
    }

    #[test]
    fn name_words() {
        let cases = [
            ("Olga", true),
            ("O'Brien", true),
            ("Al-Amin", true),
            ("van", true),
            ("DZYUBENKO", true),
            ("said", false),
            ("2019", false),
            ("Jr.", true),
            ("", false),
            ("@handle", false),
        ];
        for (word, expected) in cases {
            assert_eq!(is_name_word(word), expected, "{word:?}");
        }
    }

    #[test]
    fn title_case() {
        let cases = [
            ("Kyrgyz Opposition In Russia After Disputed Vote", true),
            ("Tech & Science", true),
            ("Work at The Telegraph", true),
            ("Kyrgyz opposition in Russia after disputed vote", false),
            ("", false),
        ];
        for (line, expected) in cases {
            assert_eq!(is_title_case(line), expected, "{line:?}");
        }
    }
}
