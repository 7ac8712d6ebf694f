//! The words of one sentence with their byte spans, as date recognition reads them: runs of
//! letters and digits are words, every other visible character is a mark of its own, so
//! "Nov." is `Nov` `.`, "mid-December" is `mid` `-` `December` and "2009-07-23" keeps its
//! hyphens (`glued` says no space came before a token).

use crate::engine::text::ascii::{ASCII_WORD, char_at};
use crate::engine::text::calendar::month_from_name;
use crate::engine::text::lowered::Lowered;
use crate::engine::text::span::Span;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token<'a> {
    pub span: Span,
    pub text: &'a str,
    /// No whitespace between this token and the one before it.
    pub glued: bool,
    /// The word in lower case, sliced from the article lowered once, when the word is ASCII
    /// (a non-ASCII word is lowered with Unicode's rules on demand).
    pub lower: Option<&'a str>,
}

impl<'a> Token<'a> {
    pub fn is_word(&self) -> bool {
        self.text.chars().next().is_some_and(char::is_alphanumeric)
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
/// A written year beside a month or day: four digits, 1000–2999.
pub fn year_number(toks: &[Token<'_>], i: usize) -> Option<i32> {
    let t = toks.get(i)?;
    if t.text.len() != 4 || !t.is_number() {
        return None;
    }
    let year: i32 = t.text.parse().ok()?;
    (1000..=2999).contains(&year).then_some(year)
}

#[cfg(test)]
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
    let part = span.of(text);
    let bytes = part.as_bytes();
    let lower_part = lower.and_then(|l| l.get(span.start..span.end));
    // About one token per four bytes (words and marks): room for all of them up front.
    out.reserve(part.len() / 4 + 4);
    let mut last_end: Option<usize> = None;
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        // A space between words: the commonest byte after letters, settled without decoding.
        if matches!(b, b' ' | b'\t'..=b'\r') {
            i += 1;
            continue;
        }
        let (c, len) = char_at(part, i);
        if c.is_alphanumeric() {
            let start = i;
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
            out.push(token(part, lower_part, span.start, start, i, ascii, last_end == Some(start)));
            last_end = Some(i);
        } else if c.is_whitespace() {
            i += len;
        } else {
            out.push(token(
                part,
                lower_part,
                span.start,
                i,
                i + len,
                len == 1,
                last_end == Some(i),
            ));
            i += len;
            last_end = Some(i);
        }
    }
}

/// The token `start..end` of `part`, which starts at byte `offset` of the article.
fn token<'a>(
    part: &'a str,
    lower_part: Option<&'a str>,
    offset: usize,
    start: usize,
    end: usize,
    ascii: bool,
    glued: bool,
) -> Token<'a> {
    Token {
        span: Span::new(offset + start, offset + end),
        text: &part[start..end],
        glued,
        lower: lower_part.filter(|_| ascii).and_then(|l| l.get(start..end)),
    }
}

/// The lower case of the token before `i`, if any.
pub fn previous_lower<'a>(toks: &[Token<'a>], i: usize) -> Option<Lowered<'a>> {
    i.checked_sub(1).and_then(|k| toks.get(k)).map(Token::lower)
}

/// A month name the way dates write it: capitalised, abbreviations with their full stop or
/// a number after them. Returns the month and the index after the name (and its stop).
pub fn month_name(toks: &[Token<'_>], i: usize) -> Option<(u32, usize)> {
    let t = toks.get(i)?;
    if !t.capitalised() {
        return None;
    }
    let month = month_from_name(t.text)?;
    let full = t.text.len() > 4 || t.is_any(&["may", "june", "july"]);
    if full {
        return Some((month, i + 1));
    }
    let stop = toks.get(i + 1).is_some_and(|n| n.text == "." && n.glued);
    if stop {
        return Some((month, i + 2));
    }
    let number_after = toks.get(i + 1).is_some_and(Token::is_number);
    number_after.then_some((month, i + 1))
}

#[cfg(test)]
mod tests {
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
}
