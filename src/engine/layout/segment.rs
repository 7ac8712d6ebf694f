//! Sentence boundaries inside one block of text.
//!
//! News text is full of full stops that end nothing: "U.S.", "Mr.", "Jan. 5", "No. 10", "3.5",
//! "e.g.", initials. A boundary is a run of terminators (`.`, `!`, `?`, `…`), then any closing
//! quotes or brackets, then whitespace, then something that can start a sentence; a full stop
//! after an abbreviation only counts when the next word is one that typically opens a sentence.

use crate::engine::lexicon::{NUMBER_ABBREVIATIONS, SENTENCE_OPENERS, TITLES, WEAK_ABBREVIATIONS};
use crate::engine::text::span::Span;

const TERMINATORS: &[char] = &['.', '!', '?', '…'];
const CLOSERS: &[char] = &['"', '\'', '”', '’', ')', ']', '»', '›'];
const OPENERS: &[char] = &['"', '\'', '“', '‘', '(', '[', '«', '‹', '¿', '¡'];

/// The sentences of `block` (a span of `text`), trimmed, in order, never empty.
pub fn sentences(text: &str, block: Span) -> Vec<Span> {
    let body = block.of(text);
    let mut spans = Vec::new();
    let mut start = 0;
    for end in boundaries(body) {
        push_trimmed(&mut spans, body, block.start, start, end);
        start = end;
    }
    push_trimmed(&mut spans, body, block.start, start, body.len());
    spans
}

fn push_trimmed(spans: &mut Vec<Span>, body: &str, base: usize, start: usize, end: usize) {
    let span = Span::new(base + start, base + end).trim_with_base(body, base);
    if !span.is_empty() {
        spans.push(span);
    }
}

impl Span {
    /// `trim` for a span whose text lives in `body`, which itself starts at byte `base`.
    fn trim_with_base(self, body: &str, base: usize) -> Span {
        let local = Span::new(self.start - base, self.end - base).trim(body);
        Span::new(local.start + base, local.end + base)
    }
}

/// Byte offsets in `body` where one sentence ends and the next may begin.
fn boundaries(body: &str) -> Vec<usize> {
    let mut found = Vec::new();
    let mut from = 0;
    while let Some(at) = next_terminator(body, from) {
        // the run of terminators, then any closing quotes or brackets
        let run_end = end_of_run(body, at, TERMINATORS);
        let end = end_of_run(body, run_end, CLOSERS);
        let closed = end > run_end;
        from = end;
        let rest = &body[end..];
        let after_space = rest.trim_start();
        if after_space.len() == rest.len() || after_space.is_empty() {
            continue; // no whitespace after ("3.5", "U.S.-led") or nothing left to start
        }
        if is_boundary(&body[..at], &body[at..run_end], closed, after_space) {
            found.push(end);
        }
    }
    found
}

/// Where the next terminator at or after byte `from` starts. Paragraphs are read a byte at a
/// time (where a char-by-char walk cost most of the split): the ASCII terminators are single
/// bytes, and "…" is the only one led by 0xE2, a byte that only ever starts a character.
fn next_terminator(body: &str, from: usize) -> Option<usize> {
    let bytes = body.as_bytes();
    let mut from = from;
    loop {
        let at = from
            + bytes.get(from..)?.iter().position(|&b| matches!(b, b'.' | b'!' | b'?' | 0xE2))?;
        if bytes[at] != 0xE2 || body[at..].starts_with('…') {
            return Some(at);
        }
        from = at + 1;
    }
}

/// The end of the run of `chars` starting at byte `at`.
fn end_of_run(body: &str, at: usize, chars: &[char]) -> usize {
    let rest = &body[at..];
    at + rest.find(|c: char| !chars.contains(&c)).unwrap_or(rest.len())
}

fn is_boundary(before: &str, run: &str, closed: bool, next: &str) -> bool {
    let Some(first) = next.chars().next() else {
        return false;
    };
    let can_start = first.is_uppercase()
        || first.is_ascii_digit()
        || OPENERS.contains(&first)
        || (first.is_alphabetic() && !first.is_lowercase()); // scripts without case
    if !can_start {
        return false;
    }
    if run == "..." || run == "…" {
        return opens_sentence(next);
    }
    if run != "." || closed {
        return true;
    }
    let word = last_word(before);
    if word.is_empty() {
        return true;
    }
    if TITLES.has_as_written(word) {
        return false;
    }
    if NUMBER_ABBREVIATIONS.has_as_written(word) {
        return !first.is_ascii_digit() && opens_sentence(next);
    }
    let initial = word.chars().count() == 1 && word.chars().all(char::is_uppercase);
    let dotted = word.contains('.'); // "U.S", "e.g", "a.m"
    if initial || dotted || WEAK_ABBREVIATIONS.has_as_written(word) {
        return opens_sentence(next);
    }
    true
}

/// The word just before a full stop, dots inside it kept ("U.S" in "the U.S.").
fn last_word(before: &str) -> &str {
    let start = before
        .char_indices()
        .rev()
        .find(|&(_, c)| !(c.is_alphanumeric() || c == '.' || c == '\'' || c == '’'))
        .map_or(0, |(i, c)| i + c.len_utf8());
    &before[start..]
}

fn opens_sentence(next: &str) -> bool {
    let first = next.chars().next();
    if first.is_some_and(|c| OPENERS.contains(&c)) {
        return true;
    }
    let word: &str = next.split(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
    SENTENCE_OPENERS.has_as_written(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        sentences(text, Span::new(0, text.len())).into_iter().map(|s| s.of(text)).collect()
    }

    #[test]
    fn splits_where_a_careful_reader_would() {
        let cases: &[(&str, &str, &[&str])] = &[
            ("plain stops", "One. Two! Three? Four", &["One.", "Two!", "Three?", "Four"]),
            (
                "ellipsis and other characters led by the same byte",
                "Wait… The end — “he said.” Then ‘no’… and it’s over?! Yes.",
                &["Wait…", "The end — “he said.”", "Then ‘no’… and it’s over?!", "Yes."],
            ),
            (
                "U.S. inside a sentence",
                "It hosts a U.S. military base. Russia too.",
                &["It hosts a U.S. military base.", "Russia too."],
            ),
            (
                "Russia-U.S. rivalry",
                "It is at the heart of Russia-U.S. rivalry in the region.",
                &["It is at the heart of Russia-U.S. rivalry in the region."],
            ),
            (
                "U.S. at the end, then The",
                "He flew to the U.S. The talks failed.",
                &["He flew to the U.S.", "The talks failed."],
            ),
            (
                "titles",
                "Mr. Smith met Dr. Jones. They spoke.",
                &["Mr. Smith met Dr. Jones.", "They spoke."],
            ),
            (
                "month abbreviation before a day",
                "It opened on Jan. 5 in Paris. Crowds came.",
                &["It opened on Jan. 5 in Paris.", "Crowds came."],
            ),
            (
                "No. 10",
                "He lives at No. 10 Downing Street. So?",
                &["He lives at No. 10 Downing Street.", "So?"],
            ),
            (
                "decimals",
                "Growth was 3.5 percent. Prices rose.",
                &["Growth was 3.5 percent.", "Prices rose."],
            ),
            (
                "e.g. and i.e.",
                "Some, e.g. Paris, agreed, i.e. most. Others did not.",
                &["Some, e.g. Paris, agreed, i.e. most.", "Others did not."],
            ),
            (
                "initials",
                "J. K. Rowling wrote it. George W. Bush read it.",
                &["J. K. Rowling wrote it.", "George W. Bush read it."],
            ),
            (
                "quote ending in .\"",
                "\"We will act,\" he said. \"We will prevent it.\" The end.",
                &["\"We will act,\" he said.", "\"We will prevent it.\"", "The end."],
            ),
            (
                "curly quote ending",
                "“It is over.” Then silence.",
                &["“It is over.”", "Then silence."],
            ),
            (
                "ellipsis mid-sentence",
                "He has gone to Moscow ... to talk about it.",
                &["He has gone to Moscow ... to talk about it."],
            ),
            (
                "lowercase after stop",
                "The rate fell to approx. five percent.",
                &["The rate fell to approx. five percent."],
            ),
            ("question inside quote", "\"Why?\" he asked.", &["\"Why?\" he asked."]),
            (
                "company abbreviation",
                "Acme Inc. The firm grew. Acme Inc. said so.",
                &["Acme Inc.", "The firm grew.", "Acme Inc. said so."],
            ),
            (
                "line break is whitespace",
                "First line.\nSecond line.",
                &["First line.", "Second line."],
            ),
            (
                "digits open sentences",
                "It ended. 2005 was worse.",
                &["It ended.", "2005 was worse."],
            ),
            ("no terminator", "Kyrgyz opposition in Russia", &["Kyrgyz opposition in Russia"]),
            ("only whitespace", "   ", &[]),
            (
                "non-Latin script",
                "这是一个句子。Это предложение. Ещё одно.",
                &["这是一个句子。Это предложение.", "Ещё одно."],
            ),
        ];
        for (name, text, expected) in cases {
            assert_eq!(&split(text), expected, "{name}");
        }
    }

    #[test]
    fn spans_are_offsets_into_the_whole_text() {
        let text = "Header\n\nOne. Two.";
        let block = Span::new(8, text.len());
        let spans = sentences(text, block);
        assert_eq!(spans, vec![Span::new(8, 12), Span::new(13, 17)]);
    }
}
