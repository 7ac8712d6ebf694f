//! The one tokeniser: the words and marks of a sentence with their byte spans. Runs of
//! letters and digits are words, every other visible character is a mark of its own, so
//! "Nov." is `Nov` `.`, "mid-December" is `mid` `-` `December`, "2009-07-23" keeps its
//! hyphens and "don't" is `don` `'` `t` (`glued` says no space came before a token).
//!
//! Every extractor reads a sentence through this cut, made into a buffer it reuses sentence by
//! sentence: dates read the tokens as they are; the summary reads [`words`], the word runs
//! with their inner apostrophes ("don't", "rock'n'roll") that a term is counted by. An
//! extractor that needs bigger units (a figure's "30,154", a speaker's "U.S.") groups glued
//! tokens rather than cutting the text again.

use crate::engine::text::ascii::{ASCII_WORD, char_at};
use crate::engine::text::lowered::Lowered;
use crate::engine::text::span::Span;

/// What a token is: a run of letters and digits, or one other visible character.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    Word,
    Mark,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token<'a> {
    pub span: Span,
    pub text: &'a str,
    pub kind: TokenKind,
    /// No whitespace between this token and the one before it.
    pub glued: bool,
    /// The word in lower case, sliced from the article lowered once, when the word is ASCII
    /// (a non-ASCII word is lowered with Unicode's rules on demand).
    pub lower: Option<&'a str>,
}

impl<'a> Token<'a> {
    pub fn is_word(&self) -> bool {
        self.kind == TokenKind::Word
    }

    pub fn is_number(&self) -> bool {
        !self.text.is_empty() && self.text.bytes().all(|b| b.is_ascii_digit())
    }

    pub fn capitalised(&self) -> bool {
        self.text.chars().next().is_some_and(char::is_uppercase)
    }

    pub fn lower(&self) -> Lowered<'a> {
        match self.lower {
            Some(lower) => Lowered::Same(lower),
            None => Lowered::unicode(self.text),
        }
    }

    pub fn is(&self, word: &str) -> bool {
        self.text.eq_ignore_ascii_case(word)
    }

    pub fn is_any(&self, words: &[&str]) -> bool {
        words.iter().any(|w| self.is(w))
    }
}

/// Splits `span` of `text` into tokens. Linear in the length of the span.
/// The tokens of `span` of `text`, in a list of their own (one-off reads: a headline).
pub fn tokens(text: &str, span: Span) -> Vec<Token<'_>> {
    let mut out = Vec::new();
    tokens_into(text, None, span, &mut out);
    out
}

/// Appends the tokens of `span` to `out`, each ASCII word's lower case sliced from `lower`
/// (`text` with ASCII letters lowered, as [`str::to_ascii_lowercase`] makes it) instead of
/// lowered again at every look. The reader keeps every sentence's tokens in one list, so an
/// article costs one growing buffer rather than a list per sentence.
///
/// Prose is mostly ASCII: bytes below 0x80 are classified as they stand, and only the bytes
/// of other characters are decoded, so a sentence is read once, byte by byte. Inside a word
/// the ASCII letters and digits (most of its bytes) are taken by a tight loop of their own.
pub fn tokens_into<'a>(
    text: &'a str,
    lower: Option<&'a str>,
    span: Span,
    out: &mut Vec<Token<'a>>,
) {
    // About one token per four bytes (words and marks): room for all of them up front.
    out.reserve(span.len() / 4 + 4);
    out.extend(Tokens::new(text, lower, span));
}

/// The tokens of a span one at a time, for readers that stop early (a byline reads a line's
/// first words) or group them as they come ([`runs_of`]). [`tokens_into`] collects them.
pub struct Tokens<'a> {
    part: &'a str,
    lower_part: Option<&'a str>,
    offset: usize,
    at: usize,
    last_end: Option<usize>,
}

impl<'a> Tokens<'a> {
    /// The tokens of `span` of `text`; `lower` as for [`tokens_into`].
    pub fn new(text: &'a str, lower: Option<&'a str>, span: Span) -> Self {
        Tokens {
            part: span.of(text),
            lower_part: lower.and_then(|l| l.get(span.start..span.end)),
            offset: span.start,
            at: 0,
            last_end: None,
        }
    }
}

impl<'a> Iterator for Tokens<'a> {
    type Item = Token<'a>;

    fn next(&mut self) -> Option<Token<'a>> {
        let part = self.part;
        let bytes = part.as_bytes();
        let mut i = self.at;
        while let Some(&b) = bytes.get(i) {
            // A space between words: the commonest byte after letters, settled without decoding.
            if matches!(b, b' ' | b'\t'..=b'\r') {
                i += 1;
                continue;
            }
            // Any other ASCII byte is a character of its own, told by one table load: a letter
            // or a digit opens a word, anything else is a mark.
            let (alphanumeric, len) = if b.is_ascii() {
                (ASCII_WORD[usize::from(b)], 1)
            } else {
                let (c, len) = char_at(part, i);
                if c.is_whitespace() {
                    i += len;
                    continue;
                }
                (c.is_alphanumeric(), len)
            };
            let start = i;
            let (kind, ascii) = if alphanumeric {
                let mut ascii = len == 1;
                i += len;
                loop {
                    while bytes.get(i).is_some_and(|&b| ASCII_WORD[usize::from(b)]) {
                        i += 1;
                    }
                    // Any other ASCII byte ends the word; another character may continue it.
                    match bytes.get(i) {
                        Some(&b) if !b.is_ascii() => {
                            let (next, len) = char_at(part, i);
                            if !next.is_alphanumeric() {
                                break;
                            }
                            ascii = false;
                            i += len;
                        }
                        _ => break,
                    }
                }
                (TokenKind::Word, ascii)
            } else {
                i += len;
                (TokenKind::Mark, len == 1)
            };
            let glued = self.last_end == Some(start);
            self.at = i;
            self.last_end = Some(i);
            return Some(token(part, self.lower_part, self.offset, (start, i), kind, ascii, glued));
        }
        self.at = i;
        None
    }
}

/// The token `start..end` of `part`, which starts at byte `offset` of the article.
fn token<'a>(
    part: &'a str,
    lower_part: Option<&'a str>,
    offset: usize,
    (start, end): (usize, usize),
    kind: TokenKind,
    ascii: bool,
    glued: bool,
) -> Token<'a> {
    Token {
        span: Span::new(offset + start, offset + end),
        text: &part[start..end],
        kind,
        glued,
        lower: lower_part.filter(|_| ascii).and_then(|l| l.get(start..end)),
    }
}

/// The words of `tokens` as a term counter reads them: runs of glued words and apostrophes
/// (`'` or `’`), with the apostrophes at their edges left out ("'Tis" gives "Tis", "Jones'"
/// gives "Jones", "don't" stays whole); a run of nothing but apostrophes gives nothing.
pub fn words<'t>(tokens: &'t [Token<'_>]) -> impl Iterator<Item = Span> + 't {
    let apostrophe = |t: &Token<'_>| t.kind == TokenKind::Mark && matches!(t.text, "'" | "’");
    let mut at = 0;
    std::iter::from_fn(move || {
        loop {
            let first = tokens.get(at)?;
            at += 1;
            if first.kind == TokenKind::Mark && !apostrophe(first) {
                continue;
            }
            // The run: this token and every glued word or apostrophe after it.
            let mut end = at;
            while tokens.get(end).is_some_and(|t| t.glued && (t.is_word() || apostrophe(t))) {
                end += 1;
            }
            let run = &tokens[at - 1..end];
            at = end;
            let from = run.iter().position(|t| t.is_word());
            let to = run.iter().rposition(|t| t.is_word());
            if let (Some(from), Some(to)) = (from, to) {
                return Some(Span::new(run[from].span.start, run[to].span.end));
            }
        }
    })
}

/// The whitespace-separated runs of `tokens` ("Nov.", "2019-07-23", "(OSCE),"): each run of
/// glued tokens, as the span from its first token to its last. Readers that weigh a word with
/// the punctuation it carries (a byline's "Nov.", a name's "U.S." or "(OSCE)", the tagger's
/// words) group the tokens this way instead of splitting the text on whitespace again.
pub fn runs<'t>(tokens: &'t [Token<'_>]) -> impl Iterator<Item = Span> + 't {
    runs_of(tokens.iter().copied())
}

/// [`runs`] of tokens as they come, read no further than the runs taken.
pub fn runs_of<'a>(tokens: impl Iterator<Item = Token<'a>>) -> impl Iterator<Item = Span> {
    let mut tokens = tokens.peekable();
    std::iter::from_fn(move || {
        let first = tokens.next()?;
        let mut span = first.span;
        while let Some(next) = tokens.next_if(|t| t.glued) {
            span.end = next.span.end;
        }
        Some(span)
    })
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    #[test]
    fn words_and_marks() {
        let text = "On Nov. 10, 2019-07-23 mid-December «Grüße» 😀";
        let toks = tokens(text, Span::new(0, text.len()));
        let shown: Vec<(&str, bool)> = toks.iter().map(|t| (t.text, t.glued)).collect();
        assert_eq!(
            shown,
            [
                ("On", false),
                ("Nov", false),
                (".", true),
                ("10", false),
                (",", true),
                ("2019", false),
                ("-", true),
                ("07", true),
                ("-", true),
                ("23", true),
                ("mid", false),
                ("-", true),
                ("December", true),
                ("«", false),
                ("Grüße", true),
                ("»", true),
                ("😀", false),
            ]
        );
        for t in &toks {
            assert_eq!(t.span.of(text), t.text);
        }
    }

    /// The plain version of [`tokens_into`]: every character decoded, no byte table.
    #[cfg(not(target_arch = "wasm32"))] // only the property tests, which run natively, use it
    fn plain(text: &str) -> Vec<(usize, usize, TokenKind, bool)> {
        let mut out: Vec<(usize, usize, TokenKind, bool)> = Vec::new();
        let mut last_end = None;
        for (at, c) in text.char_indices() {
            let end = at + c.len_utf8();
            if c.is_whitespace() {
                continue;
            }
            let glued = last_end == Some(at);
            match out.last_mut() {
                Some(word) if glued && c.is_alphanumeric() && word.2 == TokenKind::Word => {
                    word.1 = end;
                }
                _ => {
                    let kind = if c.is_alphanumeric() { TokenKind::Word } else { TokenKind::Mark };
                    out.push((at, end, kind, glued));
                }
            }
            last_end = Some(end);
        }
        out
    }

    /// The plain version of [`words`]: runs of letters, digits and apostrophes, trimmed of
    /// their edge apostrophes.
    #[cfg(not(target_arch = "wasm32"))] // only the property tests, which run natively, use it
    fn plain_words(text: &str) -> Vec<&str> {
        let apostrophe = |c: char| c == '\'' || c == '’';
        text.split(|c: char| !c.is_alphanumeric() && !apostrophe(c))
            .map(|w| w.trim_matches(apostrophe))
            .filter(|w| !w.is_empty())
            .collect()
    }

    #[test]
    fn words_keep_inner_apostrophes_and_drop_edge_ones() {
        let rows: &[(&str, &str, &[&str])] = &[
            ("inner", "don't rock'n'roll", &["don't", "rock'n'roll"]),
            ("curly", "it’s l’État", &["it’s", "l’État"]),
            ("edges", "'Tis Jones' ''", &["Tis", "Jones"]),
            ("doubled inside", "a''b", &["a''b"]),
            ("marks split", "mid-December, 2019-07-23", &["mid", "December", "2019", "07", "23"]),
        ];
        for (name, text, expected) in rows {
            let all = tokens(text, Span::new(0, text.len()));
            let got: Vec<&str> = words(&all).map(|w| w.of(text)).collect();
            assert_eq!(&got, expected, "{name}");
        }
    }

    #[test]
    fn runs_are_the_words_between_spaces() {
        let rows: &[(&str, &str, &[&str])] = &[
            ("marks stay on", "On Nov. 10, 2019", &["On", "Nov.", "10,", "2019"]),
            ("brackets", "the (OSCE) said", &["the", "(OSCE)", "said"]),
            ("other spaces", "a\u{a0}b\u{2009} c\n\nd", &["a", "b", "c", "d"]),
            ("edges", "  lead and trail  ", &["lead", "and", "trail"]),
            ("nothing", " \t\n", &[]),
        ];
        for (name, text, expected) in rows {
            let all = tokens(text, Span::new(0, text.len()));
            let got: Vec<&str> = runs(&all).map(|r| r.of(text)).collect();
            assert_eq!(&got, expected, "{name}");
        }
    }

    #[cfg(not(target_arch = "wasm32"))]
    pub(crate) mod properties {
        use super::*;
        use proptest::prelude::*;

        /// Text that exercises every path: ASCII words and marks, apostrophes, spaces of
        /// several kinds, accented and CJK letters, combining marks, emoji. Shared by the
        /// property tests of every reading built on the tokens.
        pub(crate) fn text() -> impl Strategy<Value = String> {
            proptest::collection::vec(
                prop_oneof![
                    "[a-zA-Z0-9]{1,6}",
                    Just(" ".to_owned()),
                    Just("'".to_owned()),
                    Just("’".to_owned()),
                    "[-.,;:!?&\"()«»“”—]",
                    "[\\u{a0}\\u{2009}\t\n]",
                    "[éÉßøİı]",
                    // Digits of other scripts, a zero-width space, a superscript.
                    "[０-９٣٤\\u{200b}²]",
                    Just("1 000".to_owned()),
                    Just("12\u{a0}345,6".to_owned()),
                    "[日本語한글]",
                    Just("e\u{301}".to_owned()),
                    Just("😀".to_owned()),
                ],
                0..40,
            )
            .prop_map(|parts| parts.concat())
        }

        proptest! {
            #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

            #[test]
            fn the_tokeniser_is_its_plain_version(text in text()) {
                let lower = text.to_ascii_lowercase();
                let mut out = Vec::new();
                tokens_into(&text, Some(&lower), Span::new(0, text.len()), &mut out);
                let got: Vec<_> =
                    out.iter().map(|t| (t.span.start, t.span.end, t.kind, t.glued)).collect();
                prop_assert_eq!(got, plain(&text));
                for t in &out {
                    prop_assert_eq!(t.text, t.span.of(&text));
                    let (lower, expected) = (t.lower(), t.text.to_lowercase());
                    prop_assert_eq!(&*lower, expected.as_str());
                }
            }

            #[test]
            fn words_are_their_plain_version(text in text()) {
                let all = tokens(&text, Span::new(0, text.len()));
                let got: Vec<&str> = words(&all).map(|w| w.of(&text)).collect();
                prop_assert_eq!(got, plain_words(&text));
            }

            #[test]
            fn runs_are_split_whitespace(text in text()) {
                let all = tokens(&text, Span::new(0, text.len()));
                let got: Vec<&str> = runs(&all).map(|r| r.of(&text)).collect();
                let plain: Vec<&str> = text.split_whitespace().collect();
                prop_assert_eq!(got, plain);
            }
        }
    }
}
