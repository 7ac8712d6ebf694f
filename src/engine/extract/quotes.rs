//! Who said what: direct quotes, partial quotes inside a sentence, and reported speech, each with
//! its speaker.
//!
//! Quote marks are paired per paragraph, not per sentence, because a quote often holds several
//! sentences. A paragraph that opens a quote without closing it continues into the next one when
//! that paragraph opens with a quote mark (the news convention) or closes the quote before
//! opening another (a common slip). Speakers are read from the words around each quote
//! (`attribution`); quotes with no attribution of their own ("They are holding discussions.")
//! carry on the voice of the quote just before them, and pronouns or role nouns point back to the
//! last speaker they fit. Each quote costs constant work: frames are cut to a few hundred bytes.

use std::collections::HashMap;
use std::ops::Range;

use serde::{Deserialize, Serialize};

use crate::engine::extract::attribution::{self, Found, Reference};
use crate::engine::layout::article::Article;
use crate::engine::layout::document::Role;
use crate::engine::order;
use crate::engine::text::ascii;
use crate::engine::text::span::Span;

/// Bytes of context read on each side of a quote for its attribution.
const FRAME_BYTES: usize = 400;
/// Reported speech is looked for only in sentences up to this length.
const REPORTED_BYTES: usize = 700;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QuoteKind {
    /// Whole sentences in quote marks.
    Direct,
    /// A few quoted words inside the writer's sentence: called the vote "a farce".
    Partial,
    /// Reported speech without quote marks: "X said that ...". `parts` holds the reported clause.
    Paraphrase,
}

/// How the speaker was found, so the page can say how sure it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SpeakerVia {
    /// The attribution names the speaker.
    Named,
    /// The attribution only describes the speaker: "an Interior Ministry spokesman".
    Described,
    /// "he said": the name is an earlier mention.
    Pronoun,
    /// "the spokesman said": the name is that of the last speaker with that role.
    RoleNoun,
    /// No attribution of its own: the voice of the quote just before it.
    Continued,
}

/// Who said it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Speaker {
    /// The attribution as written: "he", "a spokesman for the OSCE's ODIHR", "Aigul Osmonova".
    pub written: Span,
    /// The speaker's name where it is written (for a pronoun, the earlier mention it points to):
    /// the span an entity panel looks up. None when the article never names the speaker.
    pub name: Option<Span>,
    /// What the speaker is, as written: "Usenov's campaign chief", "a CEC official".
    pub role: Option<Span>,
    pub via: SpeakerVia,
}

impl Speaker {
    /// The words a card shows for the speaker: the name, else the role, else the attribution.
    pub fn label<'a>(&self, text: &'a str) -> &'a str {
        self.name.or(self.role).unwrap_or(self.written).of(text)
    }
}

/// One quote or piece of reported speech.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Quote {
    pub kind: QuoteKind,
    /// The quoted words without their marks; a quote carried over several paragraphs has one
    /// part per paragraph.
    pub parts: Vec<Span>,
    /// Indices into [`Digest::sentences`](crate::engine::Digest::sentences) of the sentences
    /// the quote runs through.
    pub sentences: Range<usize>,
    pub speaker: Option<Speaker>,
}

impl Quote {
    /// The quoted words, parts joined by a space.
    pub fn text(&self, text: &str) -> String {
        self.parts.iter().map(|p| p.of(text)).collect::<Vec<_>>().join(" ")
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mark {
    Open,
    Close,
    Either,
}

/// A pair of marks found in the text, before its speaker is read.
struct Marked {
    parts: Vec<Span>,
    /// Where the opening mark starts.
    open: usize,
    /// Just after the closing mark (or the end of the paragraph the quote ran to).
    close: usize,
}

/// Which way a double quote mark faces, from its neighbours.
fn mark(prev: Option<char>, c: char, next: Option<char>) -> Option<Mark> {
    match c {
        '“' | '„' | '«' => Some(Mark::Open),
        '”' | '»' => Some(Mark::Close),
        '"' => {
            let open_side = prev.is_none_or(|p| p.is_whitespace() || "([{—–-/".contains(p));
            let close_side = next.is_none_or(|n| n.is_whitespace() || ",.;:!?)]}—–".contains(n));
            Some(match (open_side, close_side) {
                (true, false) => Mark::Open,
                (false, true) => Mark::Close,
                _ => Mark::Either,
            })
        }
        _ => None,
    }
}

/// The quote marks of one paragraph: (byte offset in text, byte length, direction).
///
/// Quote marks are rare in a paragraph: only the bytes that may start one (`"`, and the first
/// bytes of “ „ ” « ») are looked at, and only their characters and neighbours are decoded.
/// Every body paragraph is read, eight bytes at a time: a block with neither `"` nor a
/// non-ASCII byte, most of English prose, is passed over whole.
fn marks(text: &str, paragraph: Span) -> Vec<(usize, usize, Mark)> {
    let body = paragraph.of(text);
    let mut found = Vec::new();
    let mut look = |from: usize, block: &[u8]| {
        for (i, &b) in block.iter().enumerate() {
            // These bytes are ASCII or lead bytes, so each starts a character.
            if matches!(b, b'"' | 0xC2 | 0xE2)
                && let Some((len, m)) = mark_at(body, from + i)
            {
                found.push((paragraph.start + from + i, len, m));
            }
        }
    };
    let mut blocks = body.as_bytes().chunks_exact(8);
    let mut from = 0;
    for block in &mut blocks {
        if <[u8; 8]>::try_from(block).map_or(true, |block| ascii::may_hold(block, b'"')) {
            look(from, block);
        }
        from += block.len();
    }
    look(from, blocks.remainder());
    found
}

/// The quote mark starting at byte `at` of `body`, if there is one: its length and direction.
fn mark_at(body: &str, at: usize) -> Option<(usize, Mark)> {
    let c = body.get(at..)?.chars().next()?;
    let prev = body.get(..at)?.chars().next_back();
    let next = body.get(at + c.len_utf8()..)?.chars().next();
    Some((c.len_utf8(), mark(prev, c, next)?))
}

/// A quote still open at the end of a paragraph.
struct Pending {
    parts: Vec<Span>,
    open: usize,
    run_start: usize,
}

fn push_part(parts: &mut Vec<Span>, text: &str, start: usize, end: usize) {
    let part = Span::new(start, end.max(start)).trim(text);
    if !part.is_empty() {
        parts.push(part);
    }
}

/// Pairs quote marks over the body paragraphs, carrying open quotes across paragraph breaks.
fn pair(article: &Article<'_>, text: &str) -> Vec<Marked> {
    let mut found = Vec::new();
    let mut carried: Option<(Pending, usize)> = None; // with the paragraph it ended
    let finish = |found: &mut Vec<Marked>, pending: Pending, end: usize| {
        // An unclosed quote counts only when it ends like speech does.
        let ends_well =
            pending.parts.last().is_some_and(|p| p.of(text).ends_with(['.', '!', '?', '…']));
        if ends_well {
            found.push(Marked { parts: pending.parts, open: pending.open, close: end });
        }
    };
    for (index, paragraph) in article.paragraphs.iter().enumerate() {
        if paragraph.role != Role::Body {
            continue;
        }
        let mut marks = marks(text, paragraph.span).into_iter().peekable();
        let mut current: Option<Pending> = None;
        if let Some((pending, last)) = carried.take() {
            let first = marks.peek().copied();
            let adjacent = last + 1 == index;
            match first {
                Some((at, len, m))
                    if adjacent && at == paragraph.span.start && m != Mark::Close =>
                {
                    marks.next();
                    current = Some(Pending { run_start: at + len, ..pending });
                }
                Some((_, _, m)) if adjacent && m != Mark::Open => {
                    current = Some(Pending { run_start: paragraph.span.start, ..pending });
                }
                _ => {
                    let end = pending.parts.last().map_or(pending.open, |p| p.end);
                    finish(&mut found, pending, end);
                }
            }
        }
        for (at, len, m) in marks {
            match (current.take(), m) {
                (Some(mut open), Mark::Close | Mark::Either) => {
                    push_part(&mut open.parts, text, open.run_start, at);
                    // "...," said X: the comma belongs to the sentence around the quote.
                    if let Some(last) = open.parts.last_mut() {
                        let words = last.of(text);
                        last.end -= words.len() - words.trim_end_matches([',', ' ']).len();
                    }
                    if open.parts.last().is_some_and(|p| !p.is_empty()) {
                        found.push(Marked { parts: open.parts, open: open.open, close: at + len });
                    }
                }
                (Some(_), Mark::Open) | (None, Mark::Open | Mark::Either) => {
                    current = Some(Pending { parts: Vec::new(), open: at, run_start: at + len });
                }
                (None, Mark::Close) => {}
            }
        }
        if let Some(mut open) = current {
            push_part(&mut open.parts, text, open.run_start, paragraph.span.end);
            carried = Some((open, index));
        }
    }
    if let Some((pending, _)) = carried {
        let end = pending.parts.last().map_or(pending.open, |p| p.end);
        finish(&mut found, pending, end);
    }
    order::sort_by_key(&mut found, |m| (m.open, 0));
    found
}

/// The sentence holding byte `at`.
fn sentence_at(article: &Article<'_>, at: usize) -> Option<usize> {
    let after = article.sentences.partition_point(|s| s.span.start <= at);
    let index = after.checked_sub(1)?;
    (article.sentences[index].span.end >= at).then_some(index)
}

/// The largest char boundary of `text` at or below `at`.
fn floor(text: &str, mut at: usize) -> usize {
    at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

fn ceil(text: &str, mut at: usize) -> usize {
    at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at += 1;
    }
    at
}

/// An event in reading order: a quote with its speaker as written, before resolution.
struct Event {
    quote: Quote,
    found: Option<Found>,
    paragraph: usize,
}

/// Every quote and piece of reported speech in the body of `digest`, in reading order.
///
/// `lower` is `text` through [`str::to_ascii_lowercase`], made once per article.
pub fn read(article: &Article<'_>) -> Vec<Quote> {
    let (text, lower) = (article.text(), article.lower());
    let marked = pair(article, text);
    let mut events = Vec::new();
    for (i, m) in marked.iter().enumerate() {
        let (Some(first), Some(last)) =
            (sentence_at(article, m.open), sentence_at(article, m.close.saturating_sub(1)))
        else {
            continue;
        };
        let opening = article.sentences[first].span;
        let closing = article.sentences[last].span;
        let mut before_start = opening.start;
        if let Some(prev) = i.checked_sub(1).map(|p| &marked[p]) {
            before_start = before_start.max(prev.close);
        }
        let mut after_end = closing.end;
        if let Some(next) = marked.get(i + 1) {
            after_end = after_end.min(next.open);
        }
        let before_start = ceil(text, before_start.max(m.open.saturating_sub(FRAME_BYTES)));
        let after_end = floor(text, after_end.min(m.close + FRAME_BYTES)).max(m.close);
        let before = attribution::tokens(text, lower, Span::new(before_start.min(m.open), m.open));
        let after = attribution::tokens(text, lower, Span::new(m.close, after_end));
        let words = m.parts.iter().map(|p| p.of(text).split_whitespace().count()).sum::<usize>();
        let quoted = m.parts.first().map_or("", |p| p.of(text));
        let at_sentence_start = text.get(opening.start..m.open).is_some_and(|s| {
            s.trim_matches(|c: char| c.is_whitespace() || "([—–-".contains(c)).is_empty()
        });
        let introduced = before.last().is_some_and(|t| t.word == ":" || t.word == ",");
        let capital = quoted.chars().next().is_some_and(|c| !c.is_lowercase());
        let found = attribution::after_quote(&after).or_else(|| attribution::before_quote(&before));
        let kind = if at_sentence_start || (introduced && capital) {
            if words < 3 && found.is_none() {
                continue; // a title or a name in quote marks opening a sentence
            }
            QuoteKind::Direct
        } else {
            // Scare quotes and names ("Green Zone") are not speech.
            let every_word_capitalised = m.parts.iter().all(|p| {
                p.of(text)
                    .split_whitespace()
                    .all(|w| !w.chars().next().is_some_and(char::is_lowercase))
            });
            let cue = attribution::mentions_speech(&before) || attribution::mentions_speech(&after);
            if words < 2 || every_word_capitalised || !cue {
                continue;
            }
            QuoteKind::Partial
        };
        events.push(Event {
            quote: Quote {
                kind,
                parts: m.parts.clone(),
                sentences: first..last + 1,
                speaker: None,
            },
            found,
            paragraph: article.sentences[first].paragraph,
        });
    }
    events.extend(reported(article, text, lower, &events));
    order::sort_by_key(&mut events, |e| {
        (e.quote.sentences.start, e.quote.parts.first().map_or(0, |p| p.start))
    });
    resolve(article, text, lower, events)
}

/// Reported speech in body sentences no quote runs through.
fn reported(article: &Article<'_>, text: &str, lower: &str, quotes: &[Event]) -> Vec<Event> {
    let mut quoted = vec![false; article.sentences.len()];
    for e in quotes {
        for i in e.quote.sentences.clone() {
            if let Some(q) = quoted.get_mut(i) {
                *q = true;
            }
        }
    }
    article
        .body_sentences()
        .filter(|(i, s)| !quoted[*i] && s.span.len() <= REPORTED_BYTES)
        .filter(|(_, s)| attribution::may_report(s.span.of(text)))
        .filter_map(|(i, s)| {
            let tokens = attribution::tokens(text, lower, s.span);
            let (found, clause) = attribution::reported(&tokens)?;
            Some(Event {
                quote: Quote {
                    kind: QuoteKind::Paraphrase,
                    parts: vec![clause.trim(text)],
                    sentences: i..i + 1,
                    speaker: None,
                },
                found: Some(found),
                paragraph: s.paragraph,
            })
        })
        .collect()
}

/// Points pronouns, role nouns and unattributed quotes at the speakers before them.
fn resolve(article: &Article<'_>, text: &str, lower: &str, events: Vec<Event>) -> Vec<Quote> {
    let mut history: Vec<(Speaker, usize)> = Vec::new(); // with the sentence it was heard in
    let mut previous: Option<(Speaker, usize, usize)> = None; // speaker, paragraph, last sentence
    // The latest full name heard for each last word of one ("Okafor" → "Ruth Okafor"), so a
    // short name finds its full one without going back through the whole history.
    let mut full_names: HashMap<&str, Span> = HashMap::new();
    let mut quotes = Vec::with_capacity(events.len());
    for Event { mut quote, found, paragraph } in events {
        let sentence = quote.sentences.start;
        let speaker = match found {
            Some(found) => {
                Some(speaker_of(article, (text, lower), found, sentence, &history, &full_names))
            }
            None => previous
                .filter(|&(_, p, last)| p + 1 >= paragraph && last + 3 >= sentence)
                .map(|(s, _, _)| Speaker { via: SpeakerVia::Continued, ..s }),
        };
        if let Some(s) = speaker {
            if found.is_some() {
                history.push((s, sentence));
                if let Some(name) = s.name
                    && let Some((_, last)) = name.of(text).rsplit_once(' ')
                {
                    full_names.insert(last, name);
                }
            }
            previous = Some((s, paragraph, quote.sentences.end.saturating_sub(1)));
        }
        // Reported speech with nobody to report it is just narration.
        if quote.kind == QuoteKind::Paraphrase && speaker.is_none() {
            continue;
        }
        quote.speaker = speaker;
        quotes.push(quote);
    }
    quotes
}

/// `text` comes with its ASCII-lowered copy (see [`find`]).
fn speaker_of(
    article: &Article<'_>,
    (text, lower): (&str, &str),
    found: Found,
    sentence: usize,
    history: &[(Speaker, usize)],
    full_names: &HashMap<&str, Span>,
) -> Speaker {
    let written = Speaker {
        written: found.written,
        name: found.name,
        role: found.role,
        via: SpeakerVia::Named,
    };
    match found.reference {
        Reference::Named => {
            // "Okafor" after "Ruth Okafor": the full name is the better link (the latest name
            // heard that is longer and ends in this one after a space).
            let name = found.name.map(|n| full_names.get(n.of(text)).copied().unwrap_or(n));
            Speaker { name, ..written }
        }
        Reference::Described => Speaker { via: SpeakerVia::Described, ..written },
        Reference::Pronoun => {
            let word = found.written.of(text).to_lowercase();
            let personal = matches!(word.as_str(), "he" | "she" | "i");
            let last = history.iter().rev().find(|(s, _)| !personal || s.name.is_some());
            // The sentence before may name someone more recently than the last speaker did.
            let opening = sentence.checked_sub(1).and_then(|p| {
                let s = article.sentences.get(p)?;
                let newer = last.is_none_or(|&(_, heard)| heard < p);
                let window =
                    Span::new(s.span.start, floor(text, (s.span.start + 200).min(s.span.end)));
                newer
                    .then(|| attribution::opening_name(&attribution::tokens(text, lower, window)))?
            });
            match (opening, last) {
                (Some(name), _) if personal => {
                    Speaker { name: Some(name), role: None, via: SpeakerVia::Pronoun, ..written }
                }
                (_, Some((s, _))) => {
                    Speaker { name: s.name, role: s.role, via: SpeakerVia::Pronoun, ..written }
                }
                _ => Speaker { via: SpeakerVia::Pronoun, role: None, ..written },
            }
        }
        Reference::RoleNoun => {
            let word = attribution::role_word(text, found.written);
            let earlier = history
                .iter()
                .rev()
                .find(|(s, _)| s.role.is_some_and(|r| r.of(text).to_lowercase().contains(&word)));
            match earlier {
                Some((s, _)) => {
                    Speaker { name: s.name, role: s.role, via: SpeakerVia::RoleNoun, ..written }
                }
                None => Speaker { via: SpeakerVia::Described, ..written },
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::Options;

    /// (quote text, kind, speaker label, role) for every quote of `text`.
    fn quotes_of(text: &str) -> Vec<(String, QuoteKind, String, String)> {
        read(&Article::read(text, &Options::default()))
            .iter()
            .map(|q| {
                let label = q.speaker.map_or("", |s| s.label(text)).to_owned();
                let role = q.speaker.and_then(|s| s.role).map_or("", |r| r.of(text)).to_owned();
                (q.text(text), q.kind, label, role)
            })
            .collect()
    }

    #[test]
    fn speakers_in_the_usual_shapes() {
        use QuoteKind::*;
        let cases: &[(&str, &str, (&str, QuoteKind, &str, &str))] = &[
            (
                "said X after the quote",
                "\"We will act,\" said Maria Lopez, adding nothing more.",
                ("We will act", Direct, "Maria Lopez", ""),
            ),
            (
                "X said after the quote, title before the name",
                "“Prices will fall,” Acme President John Smith said.",
                ("Prices will fall", Direct, "John Smith", "Acme President"),
            ),
            (
                "X, a role, said",
                "\"It is over,\" Jane Doe, a city official, told reporters.",
                ("It is over", Direct, "Jane Doe", "a city official"),
            ),
            (
                "X said: before the quote",
                "The mayor Tom Reed said: \"We are ready for the storm.\"",
                ("We are ready for the storm.", Direct, "Tom Reed", "The mayor"),
            ),
            (
                "according to X",
                "\"Sales are down,\" according to Ann Lee, the firm's treasurer.",
                ("Sales are down", Direct, "Ann Lee", "the firm's treasurer"),
            ),
            (
                "said a described speaker",
                "\"We are not the police,\" said a spokesman for the election monitors.",
                (
                    "We are not the police",
                    Direct,
                    "a spokesman for the election monitors",
                    "a spokesman for the election monitors",
                ),
            ),
            (
                "partial quote inside a sentence",
                "The opposition leader Omar Diallo called the vote \"a complete farce\" on Monday.",
                ("a complete farce", Partial, "Omar Diallo", "The opposition leader"),
            ),
            (
                "reported speech",
                "The ministry says the vote was illegitimate and will appeal.",
                (
                    "the vote was illegitimate and will appeal",
                    Paraphrase,
                    "The ministry",
                    "The ministry",
                ),
            ),
        ];
        for (name, text, (quote, kind, speaker, role)) in cases {
            let found = quotes_of(text);
            let Some(first) = found.first() else { panic!("{name}: no quote in {text:?}") };
            assert_eq!(first.0, *quote, "{name}");
            assert_eq!(first.1, *kind, "{name}");
            assert!(
                first.2.contains(speaker)
                    || speaker.contains(first.2.as_str()) && !first.2.is_empty(),
                "{name}: speaker {:?}",
                first.2
            );
            assert_eq!(first.3, *role, "{name}");
        }
    }

    #[test]
    fn voices_carry_on_across_sentences_and_paragraphs() {
        let cases: &[(&str, &str, &[(&str, &str)])] = &[
            (
                "an unattributed quote continues the last voice",
                "\"We will act,\" said Anna Berg. \"We will prevent it.\"",
                &[("We will act", "Anna Berg"), ("We will prevent it.", "Anna Berg")],
            ),
            (
                "he points back to the named speaker",
                "\"First,\" said Paul Kemp.\n\nLater came more. \"Second,\" he added.",
                &[("First", "Paul Kemp"), ("Second", "Paul Kemp")],
            ),
            (
                "he points to the person the sentence before names",
                "Harry Stone won the award on Sunday.\n\nHe said, \"It felt good out there.\"",
                &[("It felt good out there.", "Harry Stone")],
            ),
            (
                "the spokesman points back to the earlier spokesman",
                "\"No comment,\" said a police spokesman. Nothing followed for hours.\n\nThe crowd left. \"It is calm now,\" the spokesman said.",
                &[("No comment", "a police spokesman"), ("It is calm now", "a police spokesman")],
            ),
            (
                "a quote opened and not closed continues in a paragraph opening with a mark",
                "Ella Ward said: \"The first part ends here.\n\n\"And the second part ends here.\"",
                &[("The first part ends here. And the second part ends here.", "Ella Ward")],
            ),
            (
                "a quote closed in the next paragraph without reopening",
                "Ella Ward said, \"The first part ends here.\n\nAnd the second part ends here.\" Then she left.",
                &[("The first part ends here. And the second part ends here.", "Ella Ward")],
            ),
        ];
        for (name, text, expected) in cases {
            let found: Vec<(String, String)> = quotes_of(text)
                .into_iter()
                .filter(|q| q.1 != QuoteKind::Paraphrase)
                .map(|q| (q.0, q.2))
                .collect();
            let expected: Vec<(String, String)> =
                expected.iter().map(|(q, s)| (q.to_string(), s.to_string())).collect();
            assert_eq!(found, expected, "{name}");
        }
    }

    #[test]
    fn names_and_scare_quotes_are_not_quotes() {
        let text =
            "He lives in the \"Green Zone\" compound, a source said. Fans dubbed her \"DisGrace\".";
        let direct: Vec<_> =
            quotes_of(text).into_iter().filter(|q| q.1 != QuoteKind::Paraphrase).collect();
        assert!(direct.is_empty(), "{direct:?}");
    }

    #[test]
    fn marks_are_found_wherever_they_fall() {
        let text = "He said \"yes\" and «non» — then “maybe”, „ja“ or '\"' at 12345678\"";
        let expected: Vec<(usize, usize, Mark)> = text
            .char_indices()
            .filter_map(|(at, c)| {
                let prev = text[..at].chars().next_back();
                let next = text[at + c.len_utf8()..].chars().next();
                Some((at, c.len_utf8(), mark(prev, c, next)?))
            })
            .collect();
        assert_eq!(expected.len(), 10);
        // Every alignment of the text against the eight-byte blocks.
        for pad in 0..8 {
            let padded = format!("{}{text}", " ".repeat(pad));
            let found = marks(&padded, Span::new(pad, padded.len()));
            let shifted: Vec<_> = expected.iter().map(|&(at, len, m)| (at + pad, len, m)).collect();
            assert_eq!(found, shifted, "{pad}");
        }
    }

    #[test]
    fn no_panic_on_hostile_input() {
        let many = "\"".repeat(100_000);
        let long = format!("He said \"{}", "word ".repeat(50_000));
        let inputs = [
            "",
            "\"",
            "“",
            many.as_str(),
            long.as_str(),
            "\"Unclosed, said X.\r\n\r\n\"Still open",
            "«مرحبا» قال الوزير. \"שלום,\" said Dov 😀 Levi.",
            "\"😀😀\" said 😀.",
        ];
        for text in inputs {
            let article = Article::read(text, &Options::default());
            let quotes = read(&article);
            for q in &quotes {
                for p in &q.parts {
                    assert!(text.get(p.start..p.end).is_some());
                }
                assert!(q.sentences.end <= article.sentences.len());
            }
        }
    }
}
