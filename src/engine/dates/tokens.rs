//! The words of one sentence with their byte spans, as date recognition reads them: runs of
//! letters and digits are words, every other visible character is a mark of its own, so
//! "Nov." is `Nov` `.`, "mid-December" is `mid` `-` `December` and "2009-07-23" keeps its
//! hyphens (`glued` says no space came before a token).

use crate::engine::lowered::Lowered;
use crate::engine::span::Span;

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
#[cfg(test)]
pub fn tokens(text: &str, span: Span) -> Vec<Token<'_>> {
    tokens_lowered(text, None, span)
}

/// [`tokens`], each ASCII word's lower case sliced from `lower` (`text` with ASCII letters
/// lowered, as [`str::to_ascii_lowercase`] makes it) instead of lowered again at every look.
pub fn tokens_lowered<'a>(text: &'a str, lower: Option<&'a str>, span: Span) -> Vec<Token<'a>> {
    let part = span.of(text);
    let lower_part = lower.and_then(|l| l.get(span.start..span.end));
    // About one token per four bytes (words and marks): room for all of them up front.
    let mut out = Vec::with_capacity(part.len() / 4 + 4);
    let mut word_start: Option<usize> = None;
    let mut glued_word = false;
    let mut last_end: Option<usize> = None;
    let push = |out: &mut Vec<Token<'a>>, start: usize, end: usize, glued: bool| {
        let text = &part[start..end];
        out.push(Token {
            span: Span::new(span.start + start, span.start + end),
            text,
            glued,
            lower: lower_part.filter(|_| text.is_ascii()).and_then(|l| l.get(start..end)),
        });
    };
    for (i, c) in part.char_indices() {
        if c.is_alphanumeric() {
            if word_start.is_none() {
                word_start = Some(i);
                glued_word = last_end == Some(i);
            }
            continue;
        }
        if let Some(start) = word_start.take() {
            push(&mut out, start, i, glued_word);
            last_end = Some(i);
        }
        if !c.is_whitespace() {
            let end = i + c.len_utf8();
            push(&mut out, i, end, last_end == Some(i));
            last_end = Some(end);
        }
    }
    if let Some(start) = word_start {
        push(&mut out, start, part.len(), glued_word);
    }
    out
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
