//! Sentence boundaries inside one block of text.
//!
//! News text is full of full stops that end nothing: "U.S.", "Mr.", "Jan. 5", "No. 10", "3.5",
//! "e.g.", initials. A boundary is a run of terminators (`.`, `!`, `?`, `…`), then any closing
//! quotes or brackets, then whitespace, then something that can start a sentence; a full stop
//! after an abbreviation only counts when the next word is one that typically opens a sentence.
//!
//! Two more rules come from the shape of pasted news:
//! - **a quotation is never cut**: a boundary inside a quotation that closes within the
//!   paragraph ("'We will act. We will prevent it,' he said.") is no boundary, so a quote
//!   stays whole with its speaker (see [`quotations`]);
//! - **a seam is a boundary**: a photo caption has no full stop, and a paste that lost its line
//!   breaks runs it into the sentence after it ("... in Turin on Tuesday night The former
//!   Arsenal man was ..."). A word that opens sentences, capitalised right after a word that
//!   ends without punctuation and followed by a lower-case word, starts a sentence there; the
//!   caption before it is left a sentence of its own, without closing punctuation, which is
//!   how the summary knows it for one.

use crate::engine::lexicon::{
    NUMBER_ABBREVIATIONS, SEAM_OPENERS, SENTENCE_OPENERS, TITLES, WEAK_ABBREVIATIONS,
};
use crate::engine::text::ascii::char_at;
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

/// Byte offsets in `body` where one sentence ends and the next may begin: after a run of
/// terminators, or at a seam; none inside a quotation.
fn boundaries(body: &str) -> Vec<usize> {
    let mut found = punctuated(body);
    found.extend(seams(body));
    found.sort_unstable();
    found.dedup();
    let quoted = quotations(body);
    let mut open = quoted.iter().peekable();
    found.retain(|&at| {
        // `found` and the quotations are both in text order: walk them together.
        while open.next_if(|q| q.end <= at).is_some() {}
        !open.peek().is_some_and(|q| q.start < at && at < q.end)
    });
    found
}

/// Where a run of terminators ends a sentence.
fn punctuated(body: &str) -> Vec<usize> {
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

/// Where a sentence the text never closed starts: a word of [`SEAM_OPENERS`] as written
/// (capitalised) after a word that ends in a lower-case letter or a digit, before a word that
/// starts with one ("... on Tuesday night The former Arsenal man ..."). A name or a title of a
/// work is followed by a capital ("at The Hague", "Gone With The Wind"), and is no seam.
fn seams(body: &str) -> Vec<usize> {
    // Only the words that open with an ASCII capital are read, with the words either side:
    // such a byte never falls inside another character, and most words open otherwise.
    let open = |c: char| c.is_lowercase() || c.is_ascii_digit();
    let mut found = Vec::new();
    for (at, _) in body.bytes().enumerate().filter(|(_, b)| b.is_ascii_uppercase()) {
        let (before, rest) = body.split_at(at);
        // A word's first letter, after a word that ends in a small letter or a digit.
        if !before.chars().next_back().is_some_and(char::is_whitespace)
            || !before.trim_end().chars().next_back().is_some_and(open)
        {
            continue;
        }
        // A word after it that starts with one.
        let Some(end) = rest.find(char::is_whitespace) else { continue };
        let (opener, after) = rest.split_at(end);
        if after.trim_start().chars().next().is_some_and(open)
            && SEAM_OPENERS.has_as_written(opener)
        {
            found.push(at);
        }
    }
    found
}

/// A quotation longer than this (bytes) is more likely two marks wrongly paired than one quote:
/// about a hundred words, a paragraph's worth of quoted speech.
const MAX_QUOTATION: usize = 600;

/// Characters that may stand right before an opening quote mark, besides whitespace.
const BEFORE_OPENING: &[char] = &['(', '[', '{', '—', '–', '-', '"', '“', '‘', '«'];
/// Characters that may stand right after a closing quote mark, besides whitespace.
const AFTER_CLOSING: &[char] =
    &[',', '.', ';', ':', '!', '?', '…', ')', ']', '—', '–', '-', '"', '\'', '”', '’', '»'];

/// The quotations of `body` that close within it, as spans from the opening mark to past the
/// closing one, merged where they overlap, in text order.
///
/// A straight mark, and the right single mark that is also the apostrophe, take the side their
/// neighbours give them: a mark opens when nothing, a space or an opening bracket or dash stands
/// before it and a character after it, and closes when a character stands before it and
/// nothing, a space or punctuation after it. A single mark after a letter closes only a single
/// quotation that is open ("the dogs' owners" holds an apostrophe). An opening mark while one of
/// its kind is open starts the quotation again: a quote running over several paragraphs opens
/// each with a mark and closes only the last, so a paragraph without its closing mark has no
/// quotation to keep whole.
fn quotations(body: &str) -> Vec<Span> {
    let mut quotes = Quotes::default();
    // Only the marks and their neighbours are read: every quote mark is ASCII or led by 0xE2
    // (curly) or 0xC2 (guillemets), bytes that only ever start a character, so the bytes
    // between marks are passed over without being decoded.
    let bytes = body.as_bytes();
    let mut from = 0;
    while let Some(offset) =
        bytes[from..].iter().position(|&b| matches!(b, b'"' | b'\'' | 0xE2 | 0xC2))
    {
        let at = from + offset;
        let (c, len) = char_at(body, at);
        from = at + len;
        quotes.mark(at, c, body[..at].chars().next_back(), body[from..].chars().next());
    }
    quotes.merged()
}

/// The quotations found so far, one quote mark at a time, in text order ([`quotations`]).
#[derive(Default)]
struct Quotes {
    /// Where the open double and single quotations started.
    open: [Option<usize>; 2],
    found: Vec<Span>,
}

impl Quotes {
    /// The character `c` at byte `at`, between `previous` and `after`: a quotation opens or
    /// closes there when `c` is a quote mark its neighbours let open or close.
    fn mark(&mut self, at: usize, c: char, previous: Option<char>, after: Option<char>) {
        let Some((kind, side)) = quote_mark(c) else { return };
        let opens = side != Side::Closing
            && previous.is_none_or(|p| p.is_whitespace() || BEFORE_OPENING.contains(&p))
            && after.is_some_and(|a| !a.is_whitespace());
        let apostrophe = kind == Kind::Single
            && previous.is_some_and(char::is_alphabetic)
            && self.open[1].is_none();
        let closes = side != Side::Opening
            && !apostrophe
            && previous.is_some_and(|p| !p.is_whitespace())
            && after.is_none_or(|a| a.is_whitespace() || AFTER_CLOSING.contains(&a));
        let slot = &mut self.open[kind as usize];
        if opens {
            *slot = Some(at);
        } else if closes && let Some(start) = slot.take() {
            let end = at + c.len_utf8();
            if end - start <= MAX_QUOTATION {
                self.found.push(Span::new(start, end));
            }
        }
    }

    /// The quotations, merged where they overlap, in text order.
    fn merged(self) -> Vec<Span> {
        let mut found = self.found;
        found.sort_unstable_by_key(|q| q.start);
        let mut merged: Vec<Span> = Vec::with_capacity(found.len());
        for q in found {
            match merged.last_mut() {
                Some(last) if q.start < last.end => last.end = last.end.max(q.end),
                _ => merged.push(q),
            }
        }
        merged
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Double = 0,
    Single = 1,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Side {
    Opening,
    Closing,
    /// Straight marks and the right single mark: either side, by their neighbours.
    Either,
}

fn quote_mark(c: char) -> Option<(Kind, Side)> {
    Some(match c {
        '"' => (Kind::Double, Side::Either),
        '“' | '«' => (Kind::Double, Side::Opening),
        '”' | '»' => (Kind::Double, Side::Closing),
        '\'' | '’' => (Kind::Single, Side::Either),
        '‘' => (Kind::Single, Side::Opening),
        _ => return None,
    })
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
            (
                "a quotation with two sentences stays whole",
                "'We will act. We will prevent it,' he said. Then he left.",
                &["'We will act. We will prevent it,' he said.", "Then he left."],
            ),
            (
                "a curly double quotation stays whole",
                "“It is over. We lost,” she said. Crowds left.",
                &["“It is over. We lost,” she said.", "Crowds left."],
            ),
            (
                "a quoted question and answer stay whole",
                "He asked: \"Why? Nobody knows.\" The board met.",
                &["He asked: \"Why? Nobody knows.\"", "The board met."],
            ),
            (
                "a quotation running on into the next paragraph is cut as usual",
                "She said: \"We will act. We will win.",
                &["She said: \"We will act.", "We will win."],
            ),
            (
                "apostrophes open and close nothing",
                "The dogs' owners met. It's over. They left.",
                &["The dogs' owners met.", "It's over.", "They left."],
            ),
            (
                "a caption run into the body sentence after it",
                "Council members vote at city hall on Monday The vote ended a long debate.",
                &["Council members vote at city hall on Monday", "The vote ended a long debate."],
            ),
            (
                "a caption ending in a number, then a pronoun",
                "The striker scores his third goal of 2019 He has since left the club.",
                &["The striker scores his third goal of 2019", "He has since left the club."],
            ),
            (
                "a title of a work or a place name is no seam",
                "She starred in Gone With The Wind at The Hague theatre.",
                &["She starred in Gone With The Wind at The Hague theatre."],
            ),
            (
                "no seam inside a quotation",
                "\"We met on Monday The rest came later,\" he said.",
                &["\"We met on Monday The rest came later,\" he said."],
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
    fn a_mark_paired_too_far_away_keeps_no_quotation() {
        // An opening mark whose partner is a paragraph away: more likely a lost mark than a
        // quote, so the sentences between are cut as usual.
        let middle = "The council met again. ".repeat(40);
        let text = format!("He said: 'It is done. {middle}Nothing changed,' she said.");
        assert!(split(&text).len() > 40, "{:?}", split(&text));
    }

    #[test]
    fn quotations_are_found_by_their_marks_sides() {
        let rows: &[(&str, &str, &[&str])] = &[
            ("straight double", "He said \"yes.\" Then", &["\"yes.\""]),
            (
                "single inside double",
                "\"He said 'no,' then left.\"",
                &["\"He said 'no,' then left.\""],
            ),
            ("an apostrophe closes nothing", "Jones' car, it's red", &[]),
            (
                "a plural possessive inside a quotation closes it",
                "'The dogs' bowls",
                &["'The dogs'"],
            ),
            ("an unclosed quotation", "\"It went on and on", &[]),
            ("guillemets", "Il a dit «non. Jamais» hier", &["«non. Jamais»"]),
        ];
        for (name, text, want) in rows {
            let got: Vec<&str> = quotations(text).iter().map(|q| q.of(text)).collect();
            assert_eq!(&got, want, "{name}");
        }
    }

    /// [`quotations`] before it passed over the bytes between marks: every character read,
    /// its neighbours carried along (what a mark does is [`Quotes::mark`] in both).
    // (read only by the properties below, which wasm32 does not build)
    #[cfg(not(target_arch = "wasm32"))]
    fn plain_quotations(body: &str) -> Vec<Span> {
        let mut quotes = Quotes::default();
        let mut before: Option<char> = None;
        let mut chars = body.char_indices().peekable();
        while let Some((at, c)) = chars.next() {
            let after = chars.peek().map(|&(_, c)| c);
            let previous = before.replace(c);
            quotes.mark(at, c, previous, after);
        }
        quotes.merged()
    }

    /// [`seams`] before it read only the words opening with a capital: every word of the
    /// paragraph, with the two before it.
    // (read only by the properties below, which wasm32 does not build)
    #[cfg(not(target_arch = "wasm32"))]
    fn plain_seams(body: &str) -> Vec<usize> {
        let mut found = Vec::new();
        let mut last: [Option<(usize, &str)>; 2] = [None, None];
        for word in body.split_whitespace() {
            let at = word.as_ptr() as usize - body.as_ptr() as usize;
            if let [Some((_, before)), Some((opener_at, opener))] = last {
                let ends_open = before
                    .chars()
                    .next_back()
                    .is_some_and(|c| c.is_lowercase() || c.is_ascii_digit());
                let goes_on =
                    word.chars().next().is_some_and(|c| c.is_lowercase() || c.is_ascii_digit());
                let capital = opener.as_bytes().first().is_some_and(u8::is_ascii_uppercase);
                if ends_open && goes_on && capital && SEAM_OPENERS.has_as_written(opener) {
                    found.push(opener_at);
                }
            }
            last = [last[1], Some((at, word))];
        }
        found
    }

    #[cfg(not(target_arch = "wasm32"))]
    mod properties {
        use super::*;
        use proptest::prelude::*;

        /// Words, spaces, brackets and every quote mark, curly and straight, with letters
        /// beyond ASCII led by the same bytes as the curly marks ("—", "…", "é").
        fn quoted_text() -> impl Strategy<Value = String> {
            proptest::collection::vec(
                prop_oneof![
                    "[a-zA-Z]{1,5}",
                    Just(" ".to_owned()),
                    "[\"'“”‘’«»]",
                    "[(),.;:!?—…é\n]",
                ],
                0..40,
            )
            .prop_map(|parts| parts.concat())
        }

        proptest! {
            #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

            #[test]
            fn quotations_are_their_plain_version(text in quoted_text()) {
                prop_assert_eq!(quotations(&text), plain_quotations(&text));
            }

            #[test]
            fn seams_are_their_plain_version(
                words in proptest::collection::vec(
                    prop_oneof![
                        Just("The"), Just("He"), Just("Their"), Just("the"), Just("THE"),
                        Just("night"), Just("Arsenal"), Just("é"), Just("É"), Just("1996"),
                        Just("x."), Just("(He"),
                    ],
                    0..12,
                ),
                spaces in proptest::collection::vec(
                    prop_oneof![Just(" "), Just("  "), Just("\n"), Just("\u{a0}"), Just(""), Just("\u{2009}")],
                    12,
                ),
            ) {
                let text: String =
                    words.iter().zip(&spaces).flat_map(|(w, s)| [*w, *s]).collect();
                prop_assert_eq!(seams(&text), plain_seams(&text));
            }

            #[test]
            fn seams_of_any_text_are_their_plain_version(
                text in crate::engine::text::tokens::tests::properties::text()
            ) {
                prop_assert_eq!(seams(&text), plain_seams(&text));
            }

            #[test]
            fn quotations_of_any_text_are_their_plain_version(
                text in crate::engine::text::tokens::tests::properties::text()
            ) {
                prop_assert_eq!(quotations(&text), plain_quotations(&text));
            }
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
