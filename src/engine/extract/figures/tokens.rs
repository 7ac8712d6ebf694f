//! Tokens of one sentence, as the figure reader needs them: words, digit runs and single
//! symbols, each with its span and whether it touches the token before it ("$" + "120",
//! "1.2" + "bn", "52" + "-" + "year-old" are glued; "Boeing 747" is not).

use crate::engine::text::ascii::char_at;
use crate::engine::text::lowered::Lowered;
use crate::engine::text::span::Span;
use crate::engine::text::tokens;

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
    tokens_into(text, None, span, &mut Vec::new(), &mut out);
    out
}

/// Appends the [`tokens`] of `span` to `out`, each word's lower case sliced from `lower`
/// (`text` through [`str::to_ascii_lowercase`]: the same offsets) instead of lowered again at
/// every look. The reader keeps every sentence's tokens in one list: an article costs one
/// growing buffer rather than a list per sentence.
///
/// The figure reader's units are groupings of the shared tokens (`text/tokens.rs`): a number
/// runs from a token's first digit as far as [`digit_run_end`] reads it (through "," and "."
/// and thousands spaces, so across tokens, or only part of one: "12" of "12bn"); a word is a
/// run starting with a letter, joined to the next run across an inner hyphen or apostrophe;
/// any other character is a symbol. `shared` is the caller's buffer for the shared tokens,
/// reused sentence by sentence as `out` is.
pub(crate) fn tokens_into<'a>(
    text: &'a str,
    lower: Option<&'a str>,
    span: Span,
    shared: &mut Vec<tokens::Token<'a>>,
    out: &mut Vec<Token<'a>>,
) {
    shared.clear();
    tokens::tokens_into(text, lower, span, shared);
    let body = span.of(text);
    out.reserve(shared.len());
    // Bytes of the text before `taken` belong to tokens already made.
    let mut taken = span.start;
    let mut k = 0;
    while let Some(t) = shared.get(k) {
        if t.span.end <= taken {
            k += 1;
            continue;
        }
        let start = taken.max(t.span.start);
        let (c, len) = char_at(text, start);
        let (end, kind) = if digit_value(c).is_some() {
            let end = digit_run_end(body, start - span.start + len);
            (span.start + end, TokenKind::Number)
        } else if c.is_alphabetic() {
            // To the end of this run, then on across "-", "'" or "’" into a run glued after.
            let mut end = t.span.end;
            let mut next = k + 1;
            let glued = |i: usize| shared.get(i).filter(|s| s.glued);
            while let (Some(joiner), Some(word)) = (glued(next), glued(next + 1)) {
                if !(matches!(joiner.text, "-" | "'" | "’") && word.is_word()) {
                    break;
                }
                end = word.span.end;
                next += 2;
            }
            (end, TokenKind::Word)
        } else {
            (start + len, TokenKind::Symbol)
        };
        let at = Span::new(start, end);
        out.push(Token {
            text: at.of(text),
            span: at,
            kind,
            glued: start > t.span.start || t.glued,
            lower: lower.and_then(|l| l.get(start..end)),
        });
        taken = end;
    }
}

/// The value of a decimal digit as news text writes it: ASCII, full-width (East Asian text
/// and input methods) and the Arabic-Indic and Devanagari digits.
pub(crate) fn digit_value(c: char) -> Option<u8> {
    let (zero, c) = match c {
        '0'..='9' => ('0', c),
        '\u{ff10}'..='\u{ff19}' => ('\u{ff10}', c),
        '\u{0660}'..='\u{0669}' => ('\u{0660}', c),
        '\u{06f0}'..='\u{06f9}' => ('\u{06f0}', c),
        '\u{0966}'..='\u{096f}' => ('\u{0966}', c),
        _ => return None,
    };
    u8::try_from(u32::from(c) - u32::from(zero)).ok()
}

/// Characters that show nothing and may sit inside a number copied from a page ("4.\u{200b}2").
pub(crate) fn zero_width(c: char) -> bool {
    matches!(c, '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{2060}' | '\u{feff}' | '\u{ad}')
}

/// Spaces that group thousands in many styles: no-break, thin and narrow no-break spaces
/// (and an ordinary space, more cautiously: see [`digit_run_end`]).
pub(crate) fn group_space(c: char) -> bool {
    matches!(c, ' ' | '\u{a0}' | '\u{2009}' | '\u{202f}' | '\u{2007}')
}

/// Whether a digit starts at byte `at` of `body`, past any zero-width characters.
fn digit_at(body: &str, at: usize) -> bool {
    body.get(at..)
        .and_then(|rest| rest.chars().find(|&c| !zero_width(c)))
        .is_some_and(|c| digit_value(c).is_some())
}

/// Where the number whose first digit ends at `i` ends: digits; "," or "." with a digit after
/// ("30,154", "17.3"); a zero-width character with a digit or mark after; and a thousands
/// space ("1 000 000", "1\u{a0}234,56") with exactly three digits after it and a head of at
/// most three digits. An ordinary space groups only where the number plainly goes on in the
/// same style ("1 000 000", "1 234,56", "12 345.67"), since "on May 5 100 people" has one too.
fn digit_run_end(body: &str, mut i: usize) -> usize {
    let bytes = body.as_bytes();
    let start = i - char_at_len_before(body, i);
    let mut spaced = false;
    while let Some(&b) = bytes.get(i) {
        if b.is_ascii_digit() {
            i += 1;
            continue;
        }
        let (c, len) = char_at(body, i);
        if matches!(c, ',' | '.') && digit_at(body, i + 1) || digit_value(c).is_some() {
            i += len;
            continue;
        }
        if zero_width(c) && (digit_at(body, i + len) || body[i + len..].starts_with(['.', ','])) {
            i += len;
            continue;
        }
        if group_space(c) && group_follows(body, start, i, len, c, spaced) {
            spaced = true;
            i += len;
            continue;
        }
        break;
    }
    i
}

/// Byte length of the character that ends just before `at` (a char boundary past a digit).
fn char_at_len_before(body: &str, at: usize) -> usize {
    body[..at].chars().next_back().map_or(0, char::len_utf8)
}

/// Whether the space `c` (`len` bytes at `at`) groups the digits of the number that starts at
/// `start`: see [`digit_run_end`].
fn group_follows(body: &str, start: usize, at: usize, len: usize, c: char, spaced: bool) -> bool {
    let after = &body[at + len..];
    // Most spaces after a number start a word: turned away at the first character.
    if after.chars().next().is_none_or(|d| digit_value(d).is_none()) {
        return false;
    }
    let head = &body[start..at];
    if !spaced
        && (head.chars().filter(|&c| digit_value(c).is_some()).count() > 3
            || head.contains([',', '.']))
    {
        return false;
    }
    let mut chars = after.char_indices();
    for _ in 0..3 {
        match chars.next() {
            Some((_, d)) if digit_value(d).is_some() => {}
            _ => return false,
        }
    }
    let rest = chars.as_str();
    if rest.chars().next().is_some_and(|d| digit_value(d).is_some()) {
        return false;
    }
    if c != ' ' || spaced {
        return true;
    }
    // An ordinary space: another group or a decimal mark must follow.
    let mut rest_chars = rest.chars();
    match rest_chars.next() {
        Some(' ') => {
            let group: String = rest_chars.by_ref().take(4).collect();
            let mut g = group.chars();
            (0..3).all(|_| g.next().is_some_and(|d| digit_value(d).is_some()))
                && g.next().is_none_or(|d| digit_value(d).is_none())
        }
        Some(',' | '.') => rest_chars.next().is_some_and(|d| digit_value(d).is_some()),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    #[cfg(not(target_arch = "wasm32"))]
    use crate::engine::text::ascii::ASCII_WORD;

    /// The version of [`tokens_into`] before the shared tokeniser: its own byte scanner, which
    /// appends the [`tokens`] of `span` to `out`, each word's lower case sliced from `lower`
    /// (`text` through [`str::to_ascii_lowercase`]: the same offsets) instead of lowered again at
    /// every look. The reader keeps every sentence's tokens in one list: an article costs one
    /// growing buffer rather than a list per sentence.
    #[cfg(not(target_arch = "wasm32"))] // only the property tests, which run natively, use it
    fn plain_tokens_into<'a>(
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
            let kind = if digit_value(c).is_some() {
                i = digit_run_end(body, i);
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

    #[cfg(not(target_arch = "wasm32"))]
    mod properties {
        use super::*;
        use crate::engine::text::tokens::tests::properties::text;
        use proptest::prelude::*;

        proptest! {
            #![proptest_config(ProptestConfig { cases: 1024, ..ProptestConfig::default() })]

            #[test]
            fn figure_tokens_are_the_scanner_they_replaced(text in text()) {
                let lower = text.to_ascii_lowercase();
                let span = Span::new(0, text.len());
                let (mut got, mut plain) = (Vec::new(), Vec::new());
                tokens_into(&text, Some(&lower), span, &mut Vec::new(), &mut got);
                plain_tokens_into(&text, Some(&lower), span, &mut plain);
                prop_assert_eq!(got, plain);
            }
        }
    }
}
