//! Byte spans into the pasted text: the one currency every fact in a Digest is paid in,
//! so the page can highlight and scroll to where a fact came from.

use serde::{Deserialize, Serialize};

/// A half-open byte range `start..end` into the original input, always on char boundaries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Self {
        debug_assert!(start <= end, "span {start}..{end} runs backwards");
        Self { start, end }
    }

    pub fn len(self) -> usize {
        self.end - self.start
    }

    pub fn is_empty(self) -> bool {
        self.start == self.end
    }

    /// The text this span covers, or "" when the span does not fit `text` (a Digest read
    /// against the wrong text must not panic the page).
    pub fn of(self, text: &str) -> &str {
        text.get(self.start..self.end).unwrap_or("")
    }

    /// The same span with leading and trailing whitespace of `text` removed.
    pub fn trim(self, text: &str) -> Span {
        let inner = self.of(text);
        let start = self.start + (inner.len() - inner.trim_start().len());
        let end = self.end - (inner.len() - inner.trim_end().len());
        Span::new(start, end.max(start))
    }

    pub fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trim_keeps_char_boundaries() {
        let text = "  «Grüße»\n";
        let span = Span::new(0, text.len()).trim(text);
        assert_eq!(span.of(text), "«Grüße»");
    }

    #[test]
    fn out_of_range_span_reads_as_empty() {
        assert_eq!(Span::new(3, 10).of("abc"), "");
        assert_eq!(Span::new(1, 2).of("é"), ""); // not a char boundary
    }
}
