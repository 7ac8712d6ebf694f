//! The tense of the clause around a date, which decides which way a bare weekday or month
//! points: "flew to Moscow on Monday" looks back, "is gearing up for protests on Wednesday"
//! looks ahead. The nearest word that marks a tense wins; crossing a comma, a semicolon or a
//! quotation mark counts as distance, so the clause the date sits in speaks first.

use super::tokens::Token;
use crate::engine::fasthash::WordList;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tense {
    Past,
    Future,
    /// Nothing in the sentence says.
    Unmarked,
}

/// Words that put a clause in the future, or announce something to come.
const FUTURE: &[&str] = &[
    "will",
    "shall",
    "ll",
    "gearing",
    "plan",
    "plans",
    "planned",
    "planning",
    "scheduled",
    "expected",
    "expects",
    "due",
    "upcoming",
    "tomorrow",
    "next",
    "ahead",
    "intends",
    "intend",
    "preparing",
    "prepares",
    "going",
    "promise",
    "promised",
    "promises",
    "vowed",
    "threatened",
    "forthcoming",
    "until",
];

/// Past forms that do not end in "-ed", and words that only report the past.
const PAST: &[&str] = &[
    "was",
    "were",
    "had",
    "did",
    "said",
    "told",
    "ago",
    "last",
    "yesterday",
    "flew",
    "went",
    "gone",
    "met",
    "left",
    "came",
    "took",
    "taken",
    "gave",
    "given",
    "made",
    "saw",
    "seen",
    "sold",
    "won",
    "lost",
    "fell",
    "rose",
    "began",
    "begun",
    "held",
    "fled",
    "found",
    "got",
    "ran",
    "spoke",
    "wrote",
    "broke",
    "struck",
    "led",
    "kept",
    "sent",
    "spent",
    "paid",
    "thought",
    "brought",
    "bought",
    "became",
    "chose",
    "drove",
    "earlier",
    "stood",
    "sank",
    "fought",
    "shot",
    "hit",
    "felt",
    "heard",
    "lay",
    "laid",
    "meant",
    "sat",
    "won",
    "wore",
    "withdrew",
    "knew",
    "grew",
    "threw",
    "drew",
    "ate",
    "swam",
    "forgot",
    "slept",
];

/// "-ed" words that are not past forms.
const NOT_PAST: &[&str] = &[
    "need",
    "needed",
    "speed",
    "seed",
    "feed",
    "bed",
    "red",
    "indeed",
    "shed",
    "weed",
    "breed",
    "proceed",
    "succeed",
    "exceed",
    "based",
    "planned",
    "scheduled",
    "expected",
    "promised",
    "united",
    "limited",
    "related",
    "used",
    "concerned",
    "interested",
    "supposed",
    "fixed",
    "advanced",
    "detailed",
    "armed",
    "disputed",
    "rigged",
    "alleged",
    "so-called",
    "red",
];

fn marks(t: &Token<'_>) -> Option<Tense> {
    let lower = t.lower();
    let word = lower.as_str();
    // Asked of every word around every date: sets, not scans of the lists.
    static FUTURE_SET: WordList = WordList::new(FUTURE);
    static PAST_SET: WordList = WordList::new(PAST);
    static NOT_PAST_SET: WordList = WordList::new(NOT_PAST);
    if FUTURE_SET.has_lower(word) {
        return Some(Tense::Future);
    }
    if PAST_SET.has_lower(word) {
        return Some(Tense::Past);
    }
    let ed = word.len() > 4 && word.ends_with("ed") && word.chars().all(|c| c.is_alphabetic());
    (ed && !NOT_PAST_SET.has_lower(word)).then_some(Tense::Past)
}

/// The tense each token of a sentence marks, looked up once per token however many dates look
/// at it: in a list of dates ("on July 23, 2009, on July 24, 2009, ...") each word is in reach
/// of a dozen dates, and looking it up for each was most of the time spent on dates.
#[derive(Debug, Default)]
pub struct Marks(Vec<Option<Option<Tense>>>);

impl Marks {
    /// Ready for a sentence of `len` tokens, nothing looked up yet.
    pub fn reset(&mut self, len: usize) {
        self.0.clear();
        self.0.resize(len, None);
    }

    fn of(&mut self, toks: &[Token<'_>], k: usize) -> Option<Tense> {
        match self.0.get_mut(k) {
            Some(known) => *known.get_or_insert_with(|| marks(&toks[k])),
            None => toks.get(k).and_then(marks),
        }
    }
}

/// The first word at `side` (token indices read outward from a date) that marks a tense, with
/// its distance (a barrier counts as six words), if nearer than `within`.
fn nearest(
    toks: &[Token<'_>],
    known: &mut Marks,
    side: impl Iterator<Item = usize>,
    within: usize,
) -> Option<(usize, Tense)> {
    let barrier =
        |t: &Token<'_>| matches!(t.text, "," | ";" | "\"" | "“" | "”" | "(" | ")" | "—" | "–");
    let mut cost = 0;
    for k in side.take(40) {
        cost += if barrier(&toks[k]) { 6 } else { 1 };
        if cost >= within {
            return None;
        }
        if let Some(tense) = known.of(toks, k) {
            return Some((cost, tense));
        }
    }
    None
}

/// The tense of the clause around tokens `start..end` of a sentence.
#[cfg(test)]
pub fn tense_at(toks: &[Token<'_>], start: usize, end: usize) -> Tense {
    let mut known = Marks::default();
    known.reset(toks.len());
    tense_in(toks, &mut known, start, end)
}

/// [`tense_at`] with the marks of the sentence's words kept in `known` from date to date.
pub fn tense_in(toks: &[Token<'_>], known: &mut Marks, start: usize, end: usize) -> Tense {
    // "from Wednesday": the start of something still to come
    if start > 0 && toks[start - 1].is("from") {
        return Tense::Future;
    }
    // look right (words after the date), then left only as far as a mark could still be
    // nearer than the right's: the distance only grows, and every word is looked up in sets
    let right = nearest(toks, known, end..toks.len(), usize::MAX);
    let within = right.map_or(usize::MAX, |(distance, _)| distance);
    let left = nearest(toks, known, (0..start.min(toks.len())).rev(), within);
    left.or(right).map_or(Tense::Unmarked, |(_, tense)| tense)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::dates::tokens::tokens;
    use crate::engine::span::Span;

    #[test]
    fn the_clause_gives_the_tense() {
        let cases: &[(&str, &str, Tense)] = &[
            (
                "past verb before",
                "The leader flew to Moscow on Monday to win support.",
                Tense::Past,
            ),
            ("irregular past after", "On Monday, Atambayev was in Moscow.", Tense::Past),
            ("-ed verb", "On Friday, fishermen rescued 700 people.", Tense::Past),
            (
                "gearing up",
                "Opposition gearing up for nationwide protests on Wednesday",
                Tense::Future,
            ),
            ("from a weekday", "Protests are held from Wednesday.", Tense::Future),
            ("will", "The court will rule on Thursday.", Tense::Future),
            ("reported future", "He said the court will rule on Thursday.", Tense::Future),
            ("nothing marks it", "Talks on Thursday.", Tense::Unmarked),
            ("adjective in -ed is not a verb", "The disputed vote on Sunday.", Tense::Unmarked),
        ];
        for (name, sentence, expected) in cases {
            let toks = tokens(sentence, Span::new(0, sentence.len()));
            let at = toks
                .iter()
                .position(|t| t.text.ends_with("day") && t.capitalised())
                .expect("a weekday in the row");
            assert_eq!(tense_at(&toks, at, at + 1), *expected, "{name}");
        }
    }

    /// The plain reading [`tense_at`] shortens: both sides read to their first mark.
    fn plain_tense_at(toks: &[Token<'_>], start: usize, end: usize) -> Tense {
        if start > 0 && toks[start - 1].is("from") {
            return Tense::Future;
        }
        // A fresh lookup per side: the cache of marks must not change what is read.
        let right = nearest(toks, &mut Marks::default(), end..toks.len(), usize::MAX);
        let left = nearest(toks, &mut Marks::default(), (0..start).rev(), usize::MAX);
        match (left, right) {
            (Some(l), Some(r)) if r.0 <= l.0 => r.1,
            (Some(l), _) => l.1,
            (None, r) => r.map_or(Tense::Unmarked, |r| r.1),
        }
    }

    #[test]
    fn the_left_is_read_only_while_it_could_be_nearer() {
        let mut marked = 0;
        for text in [
            include_str!("../../../tests/corpus/seed-reuters.txt"),
            include_str!("../../../tests/corpus/seed-rferl.txt"),
            include_str!("../../../tests/corpus/wikinews-worldcup-day5.txt"),
            "He said, on Monday, it will rain; she was there. Talks will open, it ended, on Friday.",
        ] {
            let toks = tokens(text, Span::new(0, text.len()));
            for start in 0..toks.len() {
                let tense = tense_at(&toks, start, start + 1);
                marked += usize::from(tense != Tense::Unmarked);
                assert_eq!(tense, plain_tense_at(&toks, start, start + 1), "at {start}");
            }
        }
        assert!(marked > 500, "{marked}");
    }
}
