//! Find in the article: the matcher behind the find field above the reader view, and what one
//! query finds in what the view shows. Matching is on characters, never bytes, so a match
//! always starts and ends on a character boundary, in time linear in the text
//! (Knuth–Morris–Pratt), whatever the query.

use std::collections::BTreeSet;

use crate::engine::{BlockKind, Digest, Role, Span};

use super::state::Focus;

/// At most this many matches are marked: past it, a one-letter query in a long paste would only
/// slow the page down; the count still says how many there are.
pub const MAX_MARKS: usize = 1_000;

/// A query folded for matching: lower case, any run of white space as one space. Matching is on
/// characters, never bytes, so a match always starts and ends on a character boundary, and runs
/// in time linear in the text (Knuth–Morris–Pratt), whatever the query.
pub struct Matcher {
    needle: Vec<char>,
    /// For each prefix of the needle, the length of its longest proper border.
    border: Vec<usize>,
}

/// How a character compares: `to_lowercase`, with the final sigma read as a sigma (Greek words
/// end in ς where a capital Σ lowers to σ).
fn fold(c: char) -> impl Iterator<Item = char> {
    c.to_lowercase().map(|l| if l == 'ς' { 'σ' } else { l })
}

impl Matcher {
    /// None when the query has nothing to look for (empty, or only white space).
    pub fn new(query: &str) -> Option<Self> {
        let mut needle = Vec::new();
        for c in query.chars() {
            if c.is_whitespace() {
                if needle.last() != Some(&' ') {
                    needle.push(' ');
                }
            } else {
                needle.extend(fold(c));
            }
        }
        if needle.iter().all(|&c| c == ' ') {
            return None;
        }
        let mut border = vec![0; needle.len()];
        let mut k = 0;
        for i in 1..needle.len() {
            while k > 0 && needle[i] != needle[k] {
                k = border[k - 1];
            }
            if needle[i] == needle[k] {
                k += 1;
            }
            border[i] = k;
        }
        Some(Self { needle, border })
    }

    /// Calls `found` with the byte range of each match in `text`, left to right, never
    /// overlapping. A character that folds to several (İ) is matched whole or not at all.
    pub fn find(&self, text: &str, mut found: impl FnMut(usize, usize)) {
        let m = self.needle.len();
        // Where each of the last `m` folded characters came from: (byte start, first of its char).
        let mut origin = vec![(0, false); m];
        let (mut matched, mut seen, mut in_space) = (0, 0, false);
        let mut push = |c: char, start: usize, end: usize, first: bool, last: bool| {
            while matched > 0 && self.needle[matched] != c {
                matched = self.border[matched - 1];
            }
            if self.needle[matched] == c {
                matched += 1;
            }
            origin[seen % m] = (start, first);
            seen += 1;
            if matched == m {
                let (from, whole) = origin[seen % m];
                if whole && last {
                    found(from, end);
                    matched = 0;
                } else {
                    matched = self.border[m - 1];
                }
            }
        };
        for (at, c) in text.char_indices() {
            let end = at + c.len_utf8();
            if c.is_whitespace() {
                if !in_space {
                    push(' ', at, end, true, true);
                }
                in_space = true;
                continue;
            }
            in_space = false;
            let mut folded = fold(c).peekable();
            let mut first = true;
            while let Some(f) = folded.next() {
                push(f, at, end, first, folded.peek().is_none());
                first = false;
            }
        }
    }
}

/// Every match of `query` in `text`, as byte ranges (what the browser tests check).
pub fn find_all(text: &str, query: &str) -> Vec<(usize, usize)> {
    let mut all = Vec::new();
    if let Some(matcher) = Matcher::new(query) {
        matcher.find(text, |start, end| all.push((start, end)));
    }
    all
}

/// The element of the reader view that shows a match: a sentence, or a paragraph the engine did
/// not split into sentences (a chrome line the reader kept).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    Sentence(usize),
    Paragraph(usize),
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Hit {
    pub span: Span,
    pub place: Place,
}

/// The matches of one query in one text.
#[derive(Debug, Default, PartialEq)]
pub struct Found {
    pub query: String,
    /// The first [`MAX_MARKS`] matches, in reading order.
    pub hits: Vec<Hit>,
    total: usize,
    /// How many sentences hold a match.
    places: usize,
}

impl Found {
    /// Looks in what the reader view shows, unit by unit as it renders them (a match never
    /// spans two sentences: the view marks inside one sentence at a time).
    pub fn new(text: &str, digest: &Digest, kept: &BTreeSet<String>, query: &str) -> Self {
        let mut found = Found { query: query.to_owned(), ..Found::default() };
        let Some(matcher) = Matcher::new(query) else { return found };
        let headline = digest.paragraphs.iter().position(|p| p.role == Role::Headline);
        for (index, paragraph) in digest.paragraphs.iter().enumerate() {
            let shown = match paragraph.role {
                Role::Headline => headline == Some(index),
                Role::Highlight => digest.highlights.contains(&index),
                Role::Body | Role::Subheading => true,
                Role::Chrome(_) => kept.contains(paragraph.span.of(text)),
                Role::Byline | Role::Timestamp | Role::Dateline => false,
            };
            // Code is shown as written, with nothing marked in it.
            if !shown || paragraph.kind == BlockKind::Code {
                continue;
            }
            if paragraph.sentences.is_empty() {
                found.look(&matcher, text, paragraph.span, Place::Paragraph(index));
            }
            for sentence in paragraph.sentences.clone() {
                if let Some(s) = digest.sentences.get(sentence) {
                    found.look(&matcher, text, s.span, Place::Sentence(sentence));
                }
            }
        }
        found
    }

    fn look(&mut self, matcher: &Matcher, text: &str, unit: Span, place: Place) {
        let before = self.total;
        matcher.find(unit.of(text), |start, end| {
            self.total += 1;
            if self.hits.len() < MAX_MARKS {
                let span = Span::new(unit.start + start, unit.start + end);
                self.hits.push(Hit { span, place });
            }
        });
        if self.total > before {
            self.places += 1;
        }
    }

    /// The focus that marks every match and, if `current` is given, brings that one into view.
    pub fn focus(&self, current: Option<usize>) -> Focus {
        let sentences = match current.and_then(|i| self.hits.get(i)).map(|h| h.place) {
            Some(Place::Sentence(index)) => vec![index],
            _ => Vec::new(),
        };
        Focus { sentences, marks: self.hits.iter().map(|h| h.span).collect() }
    }

    /// "4 matches in 3 sentences · 2 of 4".
    pub fn status(&self, current: Option<usize>) -> String {
        if self.query.trim().is_empty() {
            return String::new();
        }
        if self.total == 0 {
            return "No match".to_owned();
        }
        let plural = |n: usize, one: &str, many: &str| {
            format!("{} {}", thousands(n), if n == 1 { one } else { many })
        };
        let mut status = format!(
            "{} in {}",
            plural(self.total, "match", "matches"),
            plural(self.places, "sentence", "sentences")
        );
        if self.total > self.hits.len() {
            status.push_str(&format!(" (the first {} marked)", thousands(self.hits.len())));
        }
        if let Some(i) = current {
            status.push_str(&format!(" \u{b7} {} of {}", i + 1, thousands(self.hits.len())));
        }
        status
    }
}

fn thousands(n: usize) -> String {
    super::format::thousands(n as f64)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::{Options, digest};

    fn spans(text: &str, query: &str) -> Vec<String> {
        find_all(text, query).into_iter().map(|(s, e)| text[s..e].to_owned()).collect()
    }

    #[test]
    fn matching_ignores_case_and_respects_characters() {
        // (what the row shows, text, query, the matches)
        let rows: &[(&str, &str, &str, &[&str])] = &[
            ("any case of a non-ASCII word", "Über ÜBER über", "über", &["Über", "ÜBER", "über"]),
            ("a final sigma is a sigma", "ΟΔΟΣ και οδος", "οδοσ", &["ΟΔΟΣ", "οδος"]),
            ("İ lowers to two characters: matched whole", "İstanbul", "İSTANBUL", &["İstanbul"]),
            ("never half of a character", "İ", "i", &[]),
            (
                "any run of white space is a space",
                "New\n  York and new york",
                "new york",
                &["New\n  York", "new york"],
            ),
            ("an empty query finds nothing", "anything", "", &[]),
            ("a blank query finds nothing", "any thing", "  ", &[]),
        ];
        for (what, text, query, expected) in rows {
            assert_eq!(spans(text, query), *expected, "{what}");
        }
    }

    #[test]
    fn matches_are_byte_ranges_left_to_right_never_overlapping() {
        assert_eq!(find_all("東京で東京", "東京"), [(0, 6), (9, 15)]);
        assert_eq!(find_all("a😀b😀", "😀"), [(1, 5), (6, 10)]);
        assert_eq!(find_all("aaaa", "aa"), [(0, 2), (2, 4)]);
        assert_eq!(find_all("abababc", "ababc"), [(2, 7)], "a border is followed, not restarted");
    }

    #[test]
    fn ascii_matches_agree_with_the_standard_library() {
        // On ASCII, lower-casing keeps every offset, so `match_indices` is the plain version.
        let mut seed = 7u32;
        let mut next = || {
            seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
            (seed >> 16) as usize
        };
        for _ in 0..2_000 {
            let pick = |n: usize, next: &mut dyn FnMut() -> usize| -> String {
                (0..n).map(|_| ['a', 'A', 'b', 'B'][next() % 4]).collect()
            };
            let (len, qlen) = (next() % 40, 1 + next() % 4);
            let text = pick(len, &mut next);
            let query = pick(qlen, &mut next);
            let expected: Vec<(usize, usize)> = text
                .to_ascii_lowercase()
                .match_indices(&query.to_ascii_lowercase())
                .map(|(at, m)| (at, at + m.len()))
                .collect();
            assert_eq!(find_all(&text, &query), expected, "{query:?} in {text:?}");
        }
    }

    #[test]
    fn a_query_is_looked_for_in_what_the_view_shows() {
        let text = "Council meets on budget\n\nShare this\n\nThe council met. The council voted.";
        let d = digest(text, &Options::default());
        let none = BTreeSet::new();
        let found = Found::new(text, &d, &none, "council");
        assert_eq!(found.status(None), "3 matches in 3 sentences");
        assert_eq!(found.status(Some(1)), "3 matches in 3 sentences \u{b7} 2 of 3");
        let focus = found.focus(Some(1));
        assert_eq!(focus.marks.len(), 3);
        assert_eq!(focus.sentences.len(), 1, "the current match's sentence is brought into view");
        assert_eq!(
            Found::new(text, &d, &none, "share").status(None),
            "No match",
            "chrome is not shown"
        );
        let kept: BTreeSet<String> = ["Share this".to_owned()].into();
        assert_eq!(Found::new(text, &d, &kept, "share").status(None), "1 match in 1 sentence");
        assert_eq!(Found::new(text, &d, &none, " ").status(None), "");
    }
}
