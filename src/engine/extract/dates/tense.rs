//! The tense of the clause around a date, which decides which way a bare weekday or month
//! points: "flew to Moscow on Monday" looks back, "is gearing up for protests on Wednesday"
//! looks ahead. The nearest word that marks a tense wins; crossing a comma, a semicolon or a
//! quotation mark counts as distance, so the clause the date sits in speaks first.

use super::tokens::Token;
use crate::engine::lexicon::{
    FORWARD_CUES, FUTURE_WORDS, Lexicon, NOT_PARTICIPLES, NOT_PAST_ED, PASSIVE_AUXILIARIES,
    PAST_WORDS, STRETCH_CUES, holding,
};
use crate::engine::text::calendar::names_month_or_weekday;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tense {
    Past,
    Future,
    /// The end of a stretch ("through June", "until March 6"): the nearest such date, before
    /// or after the reference ("shares bought through Sept. 29" looks back a month, "loans
    /// through January" ahead three).
    Nearest,
    /// Nothing in the sentence says.
    Unmarked,
}

fn marks(t: &Token<'_>) -> Option<Tense> {
    // Asked of every word around every date: one lookup answers the three lists.
    let held = holding(t.text);
    if held.has(&FUTURE_WORDS) {
        return Some(Tense::Future);
    }
    if held.has(&PAST_WORDS) {
        return Some(Tense::Past);
    }
    let lower = t.lower();
    let word = lower.as_str();
    let ed = word.len() > 4 && word.ends_with("ed") && word.chars().all(|c| c.is_alphabetic());
    (ed && !held.has(&NOT_PAST_ED)).then_some(Tense::Past)
}

/// Words a time follows when "next" means the coming one ("next week", "next Friday"); "next to
/// the station" and "the next step" say nothing of tense.
fn next_names_a_time(after: Option<&Token<'_>>) -> bool {
    after.is_some_and(|a| {
        a.is_any(&["week", "month", "year", "quarter", "season", "spring", "summer", "fall"])
            || a.is_any(&["autumn", "winter", "weekend", "day", "time"])
            || (a.capitalised() && names_month_or_weekday(a.text))
    })
}

/// The tense word `k` marks, read with its neighbours: a participle after a form of "be" is
/// passive ("to be published"), and "next" marks the future only before a time.
fn marks_at(toks: &[Token<'_>], k: usize) -> Option<Tense> {
    let t = &toks[k];
    if t.is("next") {
        return next_names_a_time(toks.get(k + 1)).then_some(Tense::Future);
    }
    let tense = marks(t)?;
    let passive = tense == Tense::Past
        && k > 0
        && PASSIVE_AUXILIARIES.has(toks[k - 1].text)
        && !NOT_PARTICIPLES.has(t.text);
    (!passive).then_some(tense)
}

/// What the words just before a date say of its direction, whatever the clause's verb: "from
/// Wednesday" and "payable Dec. 15" look ahead, "through June" ends at the nearest June.
fn cue_tense(toks: &[Token<'_>], start: usize) -> Option<Tense> {
    let before = |k: usize| start.checked_sub(k).and_then(|k| toks.get(k));
    let cue = |words: &Lexicon| {
        before(1).is_some_and(|t| words.has(t.text))
            || before(1).is_some_and(|t| t.is_any(&["on", "in"]))
                && before(2).is_some_and(|t| words.has(t.text))
    };
    if before(1).is_some_and(|t| t.is("from")) || cue(&FORWARD_CUES) {
        return Some(Tense::Future);
    }
    cue(&STRETCH_CUES).then_some(Tense::Nearest)
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
            Some(known) => *known.get_or_insert_with(|| marks_at(toks, k)),
            None => (k < toks.len()).then(|| marks_at(toks, k)).flatten(),
        }
    }
}

/// The first word of `side` (indices of `toks` read outward from a date) that marks a
/// tense, with its distance (a barrier counts as six words), if nearer than `within`.
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
    // "from Wednesday": the start of something still to come; "through June", "payable
    // Dec. 15": a stretch or a deadline ahead
    if let Some(tense) = cue_tense(toks, start) {
        return tense;
    }
    // look right (words after the date), then left only as far as a mark could still be
    // nearer than the right's: the distance only grows, and every word is looked up in sets
    let start = start.min(toks.len());
    let right = nearest(toks, known, end.min(toks.len())..toks.len(), usize::MAX);
    let within = right.map_or(usize::MAX, |(distance, _)| distance);
    let left = nearest(toks, known, (0..start).rev(), within);
    left.or(right).map_or(Tense::Unmarked, |(_, tense)| tense)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::extract::dates::tokens::tokens;
    use crate::engine::text::span::Span;

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
            (
                "a passive participle is no past",
                "The book is due to be published on Monday.",
                Tense::Future,
            ),
            ("a deadline", "He must be returned to his father by Monday.", Tense::Future),
            (
                "the end of a stretch",
                "It said the program is to run through Monday.",
                Tense::Nearest,
            ),
            ("a payment date", "It declared a dividend, payable Monday.", Tense::Future),
            ("\"next to\" is no time", "She is next to him on Monday.", Tense::Unmarked),
            ("\"next\" before a time", "He said next week on Monday.", Tense::Future),
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
        if let Some(tense) = cue_tense(toks, start) {
            return tense;
        }
        // A fresh lookup per side: the cache of marks must not change what is read.
        let right =
            nearest(toks, &mut Marks::default(), end.min(toks.len())..toks.len(), usize::MAX);
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
            include_str!("../../../../tests/corpus/seed-reuters.txt"),
            include_str!("../../../../tests/corpus/seed-rferl.txt"),
            include_str!("../../../../tests/corpus/wikinews-worldcup-day5.txt"),
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
