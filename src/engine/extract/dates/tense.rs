//! The tense of the clause around a date, which decides which way a bare weekday or month
//! points: "flew to Moscow on Monday" looks back, "is gearing up for protests on Wednesday"
//! looks ahead. The nearest word that marks a tense wins; crossing a comma, a semicolon or a
//! quotation mark counts as distance, so the clause the date sits in speaks first.

use super::tokens::Token;
use crate::engine::text::calendar::names_month_or_weekday;
use crate::engine::text::fasthash::WordList;

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
    "must",
    "should",
    "would",
    "slated",
    "payable",
    "deadline",
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
    "since",
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

/// Words after which a past participle is passive, not a past tense: "is due to be published",
/// "will be held", "are expected".
const PASSIVE: &[&str] = &["be", "is", "are", "am", "being"];

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
        && toks[k - 1].is_any(PASSIVE)
        && !NOT_PARTICIPLES.contains(&t.lower().as_str());
    (!passive).then_some(tense)
}

/// Past marks that are no participle: a form of "be" before them leaves them past ("it is
/// last year's figure", "is since gone").
const NOT_PARTICIPLES: &[&str] =
    &["was", "were", "had", "did", "ago", "last", "yesterday", "since", "earlier"];

/// Words just before a date that point it forward whatever the clause's verb: a payment date
/// or a deadline ("payable Dec. 15").
const FORWARD_CUES: &[&str] = &["payable", "deadline"];

/// Words just before a date that make it the end of a stretch ("through June", "until March
/// 6"): the nearest such date, whatever the clause's verb.
const STRETCH_CUES: &[&str] = &["until", "till", "through", "thru"];

/// What the words just before a date say of its direction, whatever the clause's verb: "from
/// Wednesday" and "payable Dec. 15" look ahead, "through June" ends at the nearest June.
fn cue_tense(toks: &[Token<'_>], start: usize) -> Option<Tense> {
    let before = |k: usize| start.checked_sub(k).and_then(|k| toks.get(k));
    let cue = |words: &[&str]| {
        before(1).is_some_and(|t| t.is_any(words))
            || before(1).is_some_and(|t| t.is_any(&["on", "in"]))
                && before(2).is_some_and(|t| t.is_any(words))
    };
    if before(1).is_some_and(|t| t.is("from")) || cue(FORWARD_CUES) {
        return Some(Tense::Future);
    }
    cue(STRETCH_CUES).then_some(Tense::Nearest)
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
