//! Tokens of one sentence, as the figure reader needs them: words, digit runs and single
//! symbols, each with its span and whether it touches the token before it ("$" + "120",
//! "1.2" + "bn", "52" + "-" + "year-old" are glued; "Boeing 747" is not).

use crate::engine::ascii::{ASCII_WORD, char_at};
use crate::engine::lowered::Lowered;
use crate::engine::span::Span;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TokenKind {
    /// Letters first, then letters, digits and inner hyphens or apostrophes: "quarter-point",
    /// "STS-135", "G40", "Sadykov's". A number inside such a word is part of a name.
    Word,
    /// Ascii digits with inner "," or "." before a digit: "30,154", "17.3".
    Number,
    /// Any other single non-space character: "$", "%", "–", ",".
    Symbol,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Token<'a> {
    pub text: &'a str,
    pub span: Span,
    pub kind: TokenKind,
    /// No whitespace between this token and the one before it.
    pub glued: bool,
    /// [`Token::lower`], sliced from the article lowered once, when the reader has it.
    pub lower: Option<&'a str>,
}

impl<'a> Token<'a> {
    pub fn is_word(&self) -> bool {
        self.kind == TokenKind::Word
    }

    pub fn is_number(&self) -> bool {
        self.kind == TokenKind::Number
    }

    pub fn is_symbol(&self, symbol: &str) -> bool {
        self.kind == TokenKind::Symbol && self.text == symbol
    }

    /// The word in lower case (ASCII only, enough for the English tables it is looked up in).
    pub fn lower(&self) -> Lowered<'a> {
        match self.lower {
            Some(lower) => Lowered::Same(lower),
            None => Lowered::ascii(self.text),
        }
    }

    /// Whether the word's first letter is upper case.
    pub fn is_capitalised(&self) -> bool {
        self.is_word() && self.text.chars().next().is_some_and(char::is_uppercase)
    }
}

/// The tokens of `span` (a sentence of `text`), in order. Linear in the sentence's length.
#[cfg(test)]
pub(crate) fn tokens(text: &str, span: Span) -> Vec<Token<'_>> {
    let mut out = Vec::new();
    tokens_into(text, None, span, &mut out);
    out
}

/// Appends the [`tokens`] of `span` to `out`, each word's lower case sliced from `lower`
/// (`text` through [`str::to_ascii_lowercase`]: the same offsets) instead of lowered again at
/// every look. The reader keeps every sentence's tokens in one list: an article costs one
/// growing buffer rather than a list per sentence.
pub(crate) fn tokens_into<'a>(
    text: &'a str,
    lower: Option<&'a str>,
    span: Span,
    out: &mut Vec<Token<'a>>,
) {
    let body = span.of(text);
    let bytes = body.as_bytes();
    let lower_body = lower.and_then(|l| l.get(span.start..span.end));
    // About one token per four bytes (words and marks): room for all of them up front.
    out.reserve(body.len() / 4 + 4);
    let mut after_space = true;
    // Prose is mostly ASCII: bytes below 0x80 are classified as they stand and only other
    // characters are decoded, so the sentence is read once, byte by byte.
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        // A space between words: the commonest byte after letters, settled without decoding.
        if matches!(b, b' ' | b'\t'..=b'\r') {
            after_space = true;
            i += 1;
            continue;
        }
        let (c, len) = char_at(body, i);
        if c.is_whitespace() {
            after_space = true;
            i += len;
            continue;
        }
        let start = i;
        i += len;
        let kind = if c.is_ascii_digit() {
            // Digits, and "," or "." with a digit after them: "30,154", "17.3".
            while let Some(&b) = bytes.get(i) {
                let inner =
                    matches!(b, b',' | b'.') && bytes.get(i + 1).is_some_and(u8::is_ascii_digit);
                if !b.is_ascii_digit() && !inner {
                    break;
                }
                i += 1;
            }
            TokenKind::Number
        } else if c.is_alphabetic() {
            // Letters and digits, and a hyphen or an apostrophe with one of them after it.
            while let Some(&b) = bytes.get(i) {
                if ASCII_WORD[usize::from(b)] {
                    i += 1;
                    continue;
                }
                let (next, len) = char_at(body, i);
                let joins = matches!(next, '-' | '\'' | '’')
                    && i + len < bytes.len()
                    && char_at(body, i + len).0.is_alphanumeric();
                if !next.is_alphanumeric() && !joins {
                    break;
                }
                i += len;
            }
            TokenKind::Word
        } else {
            TokenKind::Symbol
        };
        out.push(Token {
            text: &body[start..i],
            span: Span::new(span.start + start, span.start + i),
            kind,
            glued: !after_space,
            lower: lower_body.and_then(|l| l.get(start..i)),
        });
        after_space = false;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shown(text: &str) -> Vec<(String, TokenKind, bool)> {
        tokens(text, Span::new(0, text.len()))
            .into_iter()
            .map(|t| (t.text.to_owned(), t.kind, t.glued))
            .collect()
    }

    #[test]
    fn money_and_names_split_as_a_reader_sees_them() {
        use TokenKind::*;
        let rows: &[(&str, &[(&str, TokenKind, bool)])] = &[
            (
                "US$1.2bn",
                &[
                    ("US", Word, false),
                    ("$", Symbol, true),
                    ("1.2", Number, true),
                    ("bn", Word, true),
                ],
            ),
            (
                "30,154 cars.",
                &[("30,154", Number, false), ("cars", Word, false), (".", Symbol, true)],
            ),
            ("STS-135 flew", &[("STS-135", Word, false), ("flew", Word, false)]),
            (
                "52-year-old",
                &[("52", Number, false), ("-", Symbol, true), ("year-old", Word, true)],
            ),
            (
                "Bakiyev's 76%",
                &[("Bakiyev's", Word, false), ("76", Number, false), ("%", Symbol, true)],
            ),
        ];
        for (text, expected) in rows {
            let expected: Vec<_> = expected.iter().map(|&(t, k, g)| (t.to_owned(), k, g)).collect();
            assert_eq!(shown(text), expected, "{text}");
        }
    }

    #[test]
    fn odd_input_does_not_panic() {
        for text in ["", "\0", "1,", "1.", "é-", "٣٤ 🎉 x\r\n9", "a'’-"] {
            let all = tokens(text, Span::new(0, text.len()));
            assert!(all.iter().all(|t| !t.text.is_empty()));
        }
    }
}
