//! Recognition: which runs of words in a sentence name a point or span on the calendar, and
//! what they say before any reference date is applied ("July 23" is a day of July in some
//! year; "last week" is one week before the reference).
//!
//! Month names double as words ("May" the verb or the name, "March" the noun), abbreviations
//! double as names ("Jan"), four-digit numbers may be counts ("8000 migrants"). Each is taken
//! only with the company a date keeps: a day or year beside it, or a word that introduces a
//! time ("in May", "since March"). Durations ("three years", "the past months") and clock
//! times ("10:30") are not dates and are never matched.

use crate::engine::calendar::{Weekday, days_in_month, month_from_name};
use crate::engine::span::Span;

use super::relative;
use super::timex::Season;
use super::tokens::Token;

/// Which way a "last"/"this"/"next" points.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shift {
    Last,
    This,
    Next,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    Day,
    Week,
    Month,
    Year,
}

/// What an expression says, before resolution.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Expr {
    /// A day of a month: "July 23", "23 July 2009", "Monday, May 18, 2015", "2009-07-23".
    Date {
        year: Option<i32>,
        month: u32,
        day: u32,
        weekday: Option<Weekday>,
    },
    /// "October", "October 2015", "last October".
    Month {
        year: Option<i32>,
        month: u32,
        shift: Option<Shift>,
    },
    /// "summer 2015", "last fall".
    Season {
        year: Option<i32>,
        season: Season,
        shift: Option<Shift>,
    },
    Year(i32),
    Decade(i32),
    Century(i32),
    /// "Monday", "last Friday".
    Weekday {
        weekday: Weekday,
        shift: Option<Shift>,
    },
    /// "today" (Day, 0), "yesterday" (Day, -1), "last week" (Week, -1), "this year" (Year, 0).
    Deictic {
        unit: Unit,
        offset: i32,
    },
    /// "the year": the year the sentence is about.
    Current {
        unit: Unit,
    },
    /// "a year ago", "two days earlier" (`keep_anchor` true: the time the sentence compares
    /// with, moved back), "the previous year" (`keep_anchor` false: a whole unit).
    Shifted {
        unit: Unit,
        amount: i32,
        keep_anchor: bool,
    },
}

/// One recognised expression: tokens `start..end` of the sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Found {
    pub start: usize,
    pub end: usize,
    pub span: Span,
    pub expr: Expr,
}

/// Words after which a bare month or an old year reads as a time.
const TIME_CUES: &[&str] = &[
    "in",
    "since",
    "until",
    "till",
    "by",
    "from",
    "through",
    "during",
    "of",
    "early",
    "mid",
    "late",
    "last",
    "next",
    "this",
    "between",
    "before",
    "after",
    "to",
    "and",
    "or",
    "on",
    "throughout",
    "end",
    "start",
    "beginning",
    "around",
];

/// Month names that are also common words or given names.
const AMBIGUOUS_MONTHS: &[&str] = &["may", "march", "april", "june", "august"];

/// Words before a number that make it a count, not a year ("over 2000", "nearly 1500").
const COUNT_WORDS: &[&str] = &[
    "about",
    "around",
    "nearly",
    "almost",
    "some",
    "over",
    "than",
    "approximately",
    "roughly",
    "least",
    "only",
    "just",
    "exactly",
    "estimated",
    "additional",
    "another",
    "extra",
    "to",
    "up",
    "under",
    "below",
    "above",
    "of",
];

/// Plural nouns a year may stand before ("2018 elections", "2000 levels").
const YEAR_NOUNS: &[&str] = &[
    "levels",
    "elections",
    "figures",
    "games",
    "prices",
    "rates",
    "results",
    "standards",
    "values",
    "olympics",
    "polls",
    "talks",
    "protests",
    "floods",
    "accords",
];

/// Every date expression in one sentence's tokens, left to right, not overlapping.
pub fn recognise(toks: &[Token<'_>]) -> Vec<Found> {
    let mut found = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        match at(toks, i) {
            Some((end, expr)) => {
                let start = modifier_start(toks, i, expr);
                let span = Span::new(toks[start].span.start, toks[end - 1].span.end);
                found.push(Found { start, end, span, expr });
                i = end;
            }
            None => i += 1,
        }
    }
    found
}

/// "early", "mid-", "late", "earlier", "later" before an expression belong to its text
/// ("early 1990s", "mid-December", "late last year"); they do not change its value.
fn modifier_start(toks: &[Token<'_>], i: usize, expr: Expr) -> usize {
    if matches!(expr, Expr::Shifted { .. } | Expr::Current { .. }) {
        return i;
    }
    const MODIFIERS: &[&str] = &["early", "mid", "late", "earlier", "later"];
    let is_mod = |k: usize| toks.get(k).is_some_and(|t| t.is_any(MODIFIERS));
    if i >= 2 && toks[i - 1].text == "-" && toks[i - 1].glued && toks[i].glued && is_mod(i - 2) {
        return i - 2;
    }
    if i >= 1 && is_mod(i - 1) {
        return i - 1;
    }
    i
}

/// The longest expression starting at token `i`: its end and meaning.
fn at(toks: &[Token<'_>], i: usize) -> Option<(usize, Expr)> {
    iso(toks, i)
        .or_else(|| relative::shifted_name(toks, i))
        .or_else(|| weekday_led(toks, i))
        .or_else(|| month_led(toks, i, None))
        .or_else(|| day_led(toks, i, None))
        .or_else(|| decade_or_century(toks, i))
        .or_else(|| season_year(toks, i))
        .or_else(|| year(toks, i))
        .or_else(|| relative::relative(toks, i))
}

fn is_mark(toks: &[Token<'_>], i: usize, mark: &str) -> bool {
    toks.get(i).is_some_and(|t| t.text == mark)
}

pub(super) fn previous_lower(toks: &[Token<'_>], i: usize) -> Option<String> {
    i.checked_sub(1).and_then(|k| toks.get(k)).map(Token::lower)
}

/// A day of the month: "23", "23rd", "1st", not a clock time or a percentage.
fn day_number(toks: &[Token<'_>], i: usize) -> Option<u32> {
    let t = toks.get(i)?;
    let digits = t.text.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = &t.text[digits.len()..];
    let ordinal = ["", "st", "nd", "rd", "th"].contains(&suffix.to_ascii_lowercase().as_str());
    if !ordinal
        || digits.is_empty()
        || digits.len() > 2
        || !digits.bytes().all(|b| b.is_ascii_digit())
    {
        return None;
    }
    let clock = toks.get(i + 1).is_some_and(|n| n.glued && (n.text == ":" || n.text == "."))
        && toks.get(i + 2).is_some_and(|n| n.glued && n.is_number());
    let amount = toks.get(i + 1).is_some_and(|n| n.text == "%" || n.is_any(&["percent", "per"]));
    let day: u32 = digits.parse().ok()?;
    ((1..=31).contains(&day) && !clock && !amount).then_some(day)
}

/// A written year beside a month or day: four digits, 1000–2999.
fn year_number(toks: &[Token<'_>], i: usize) -> Option<i32> {
    let t = toks.get(i)?;
    if t.text.len() != 4 || !t.is_number() {
        return None;
    }
    let year: i32 = t.text.parse().ok()?;
    (1000..=2999).contains(&year).then_some(year)
}

fn valid_day(month: u32, day: u32) -> bool {
    day <= days_in_month(2000, month) // 2000 is a leap year: February 29 is a day
}

/// A month name the way dates write it: capitalised, abbreviations with their full stop or
/// a number after them. Returns the month and the index after the name (and its stop).
pub(super) fn month_name(toks: &[Token<'_>], i: usize) -> Option<(u32, usize)> {
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

/// "2009-07-23".
fn iso(toks: &[Token<'_>], i: usize) -> Option<(usize, Expr)> {
    let year = year_number(toks, i)?;
    let glued_mark = |k: usize| is_mark(toks, k, "-") && toks[k].glued;
    let glued_num =
        |k: usize| toks.get(k).filter(|t| t.glued && t.is_number() && t.text.len() == 2);
    if !(glued_mark(i + 1) && glued_mark(i + 3)) {
        return None;
    }
    let month: u32 = glued_num(i + 2)?.text.parse().ok()?;
    let day: u32 = glued_num(i + 4)?.text.parse().ok()?;
    ((1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month))
        .then_some((i + 5, Expr::Date { year: Some(year), month, day, weekday: None }))
}

/// "Monday", "Monday, May 18, 2015", "Tuesday 21 November".
fn weekday_led(toks: &[Token<'_>], i: usize) -> Option<(usize, Expr)> {
    let t = toks.get(i)?;
    // whole names only: "Sat", "Wed" and "Sun" are words too
    if !t.capitalised() || t.text.len() < 6 {
        return None;
    }
    let weekday = Weekday::from_name(t.text)?;
    let next = if is_mark(toks, i + 1, ",") { i + 2 } else { i + 1 };
    if let Some(found) =
        month_led(toks, next, Some(weekday)).or_else(|| day_led(toks, next, Some(weekday)))
        && matches!(found.1, Expr::Date { .. })
    {
        return Some(found);
    }
    Some((i + 1, Expr::Weekday { weekday, shift: None }))
}

/// "July 23", "Nov. 10, 2019", "October 2015", "October".
fn month_led(toks: &[Token<'_>], i: usize, weekday: Option<Weekday>) -> Option<(usize, Expr)> {
    let (month, next) = month_name(toks, i)?;
    if let Some(day) = day_number(toks, next).filter(|&d| valid_day(month, d)) {
        let y_at = if is_mark(toks, next + 1, ",") { next + 2 } else { next + 1 };
        return Some(match year_number(toks, y_at) {
            Some(year) => (y_at + 1, Expr::Date { year: Some(year), month, day, weekday }),
            None => (next + 1, Expr::Date { year: None, month, day, weekday }),
        });
    }
    if weekday.is_some() {
        return None;
    }
    if let Some(year) = year_number(toks, next) {
        return Some((next + 1, Expr::Month { year: Some(year), month, shift: None }));
    }
    let of_year =
        toks.get(next).is_some_and(|t| t.is("of")) && year_number(toks, next + 1).is_some();
    if of_year {
        let year = year_number(toks, next + 1);
        return Some((next + 2, Expr::Month { year, month, shift: None }));
    }
    bare_month_reads_as_date(toks, i, next)
        .then_some((next, Expr::Month { year: None, month, shift: None }))
}

/// Whether a month name with no day or year beside it is a date, not a word or a name.
fn bare_month_reads_as_date(toks: &[Token<'_>], i: usize, next: usize) -> bool {
    let t = &toks[i];
    if next != i + 1 && !t.is_any(&["sept"]) && t.text.len() <= 4 && !t.is_any(&["june", "july"]) {
        return false; // "Jan." alone is more often a name cut short than a month
    }
    let prev = previous_lower(toks, i);
    let cue = prev.as_deref().is_some_and(|p| TIME_CUES.contains(&p));
    let possessive = toks.get(next).is_some_and(|n| n.glued && (n.text == "'" || n.text == "’"));
    // a capitalised word before it, other than a cue, makes it part of a name
    let named = i > 0
        && !cue
        && toks[i - 1].capitalised()
        && Weekday::from_name(toks[i - 1].text).is_none();
    if named {
        return false;
    }
    if !AMBIGUOUS_MONTHS.contains(&t.lower().as_str()) {
        return true;
    }
    if possessive {
        return false;
    }
    if cue {
        return true;
    }
    // "the March high", not "the march on the capital"
    let after = toks.get(next).map(Token::lower);
    prev.as_deref() == Some("the")
        && !t.is("may")
        && !after
            .as_deref()
            .is_some_and(|a| ["on", "to", "of", "for", "against", "past", "through"].contains(&a))
}

/// "23 July 2009", "16 November 2017", "23 July", "the 23rd of July".
fn day_led(toks: &[Token<'_>], i: usize, weekday: Option<Weekday>) -> Option<(usize, Expr)> {
    let day = day_number(toks, i)?;
    if i > 0 && toks[i - 1].glued && matches!(toks[i - 1].text, "$" | "£" | "€" | "¥" | "." | ",")
    {
        return None;
    }
    let name_at = if toks.get(i + 1).is_some_and(|t| t.is("of")) { i + 2 } else { i + 1 };
    let (month, next) = month_name(toks, name_at)?;
    if !valid_day(month, day) {
        return None;
    }
    let y_at = if is_mark(toks, next, ",") { next + 1 } else { next };
    Some(match year_number(toks, y_at) {
        Some(year) => (y_at + 1, Expr::Date { year: Some(year), month, day, weekday }),
        None => (next, Expr::Date { year: None, month, day, weekday }),
    })
}

/// "1990s", "1990's", "1800s", "the 21st century".
fn decade_or_century(toks: &[Token<'_>], i: usize) -> Option<(usize, Expr)> {
    let t = toks.get(i)?;
    let digits = t.text.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = t.text[digits.len()..].to_ascii_lowercase();
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let century_word = |k: usize| toks.get(k).is_some_and(|n| n.is("century"));
    if ["st", "nd", "rd", "th"].contains(&suffix.as_str())
        && digits.len() <= 2
        && century_word(i + 1)
    {
        let n: i32 = digits.parse().ok()?;
        return (1..=30).contains(&n).then_some((i + 2, Expr::Century(n - 1)));
    }
    let apostrophe_s = suffix.is_empty()
        && toks.get(i + 1).is_some_and(|n| n.glued && (n.text == "'" || n.text == "’"))
        && toks.get(i + 2).is_some_and(|n| n.glued && n.text == "s");
    if digits.len() != 4 || !(suffix == "s" || apostrophe_s) || !digits.ends_with('0') {
        return None;
    }
    let end = if apostrophe_s { i + 3 } else { i + 1 };
    let n: i32 = digits.parse().ok()?;
    if !(1000..=2090).contains(&n) {
        return None;
    }
    Some((
        end,
        if n % 100 == 0 && n != 2000 { Expr::Century(n / 100) } else { Expr::Decade(n / 10) },
    ))
}

/// "summer 2015", "the summer of 2015".
fn season_year(toks: &[Token<'_>], i: usize) -> Option<(usize, Expr)> {
    let season = Season::from_name(toks.get(i)?.text)?;
    let y_at = if toks.get(i + 1).is_some_and(|t| t.is("of")) { i + 2 } else { i + 1 };
    let year = year_number(toks, y_at)?;
    Some((y_at + 1, Expr::Season { year: Some(year), season, shift: None }))
}

/// A year standing alone: "in 2005", "2019 is not as strong as 2018", "2000 - 2050".
fn year(toks: &[Token<'_>], i: usize) -> Option<(usize, Expr)> {
    let year = year_number(toks, i)?;
    let t = &toks[i];
    let before = i.checked_sub(1).map(|k| &toks[k]);
    if before.is_some_and(|b| matches!(b.text, "$" | "£" | "€" | "¥" | "#" | "," | ".") && t.glued)
    {
        return None; // money, "No.2000", "1,2000"
    }
    if !(1000..=2100).contains(&year) {
        return None;
    }
    let next = toks.get(i + 1);
    if next.is_some_and(|n| n.text == "%" || n.is_any(&["percent", "per"]))
        || next.is_some_and(|n| n.glued && (n.text == ":" || n.text == ","))
            && toks.get(i + 2).is_some_and(|n| n.glued && n.is_number())
    {
        return None;
    }
    // part of a range of years ("2000 - 2050", "1980 to 2012") is a year whatever precedes
    let ranged = |k: usize| toks.get(k).is_some_and(|n| n.is_any(&["-", "–", "—", "to"]));
    let in_range = (ranged(i + 1) && year_number(toks, i + 2).is_some())
        || (i >= 2 && ranged(i - 1) && year_number(toks, i - 2).is_some());
    if !in_range {
        let prev = previous_lower(toks, i);
        if prev.as_deref().is_some_and(|p| COUNT_WORDS.contains(&p) && p != "to" && p != "of") {
            return None;
        }
        if let Some(n) = next
            && n.text.chars().next().is_some_and(char::is_lowercase)
            && n.text.ends_with('s')
            && !YEAR_NOUNS.contains(&n.text)
        {
            return None; // "8000 migrants", "1500 troops"
        }
        if next.is_some_and(|n| n.glued && n.text == "-")
            && toks.get(i + 2).is_some_and(|n| n.glued && !n.is_number())
        {
            return None; // "2000-strong"
        }
        let cue = prev.as_deref().is_some_and(|p| TIME_CUES.contains(&p) || p == "the");
        if year < 1900 && !cue {
            return None; // old years need a word that introduces a time
        }
    }
    Some((i + 1, Expr::Year(year)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::dates::tokens::tokens;

    fn texts(sentence: &str) -> Vec<String> {
        let toks = tokens(sentence, Span::new(0, sentence.len()));
        recognise(&toks).iter().map(|f| f.span.of(sentence).to_owned()).collect()
    }

    #[test]
    fn what_is_and_is_not_a_date() {
        let cases: &[(&str, &str, &[&str])] = &[
            ("month and day", "It happened on July 23 in the capital.", &["July 23"]),
            ("day first with year", "Filed 23 July 2009 from Bishkek.", &["23 July 2009"]),
            (
                "abbreviation with stop",
                "On Jul. 23 and Nov. 10, 2019 it rained.",
                &["Jul. 23", "Nov. 10, 2019"],
            ),
            ("ISO", "The file is dated 2009-07-23.", &["2009-07-23"]),
            ("weekday with date", "Monday, May 18, 2015", &["Monday, May 18, 2015"]),
            ("month and year", "Prices in October 2015 were lower.", &["October 2015"]),
            ("in a year", "In 2005, protests toppled him.", &["2005"]),
            ("decade with modifier", "An affair in the early 1990s.", &["early 1990s"]),
            ("mid-month", "Talks resume in mid-December.", &["mid-December"]),
            ("early year", "The plant opens in early 2015.", &["early 2015"]),
            ("century", "A relic of the 20th century.", &["20th century"]),
            (
                "relative words",
                "He left yesterday and returns next month.",
                &["yesterday", "next month"],
            ),
            ("late last year", "It began late last year.", &["late last year"]),
            ("earlier this month", "He was ousted earlier this month.", &["earlier this month"]),
            (
                "ago",
                "Prices fell from a year ago and two days ago.",
                &["a year ago", "two days ago"],
            ),
            ("previous year", "Up 4 percent from the previous year.", &["the previous year"]),
            ("the year", "The best month of the year thus far.", &["the year"]),
            ("possessive week", "Following last week's vote.", &["last week"]),
            ("weekday with its night", "In Tuesday night's coup.", &["Tuesday"]),
            ("season", "Last fall and summer 2015.", &["Last fall", "summer 2015"]),
            (
                "range of years",
                "Over 2000 - 2050 and from 1980 to 2012.",
                &["2000", "2050", "1980", "2012"],
            ),
            ("the March high", "Down from the March high.", &["March"]),
            ("in May", "Elections are due in May.", &["May"]),
            // failure cases
            ("duration", "He ruled for three years and the past months.", &[]),
            ("duration with last", "Her rise in the last two years.", &[]),
            ("clock time", "The meeting starts at 10:30 am.", &[]),
            ("may as a verb", "Some crops may have higher yields.", &[]),
            ("May as a name", "Theresa May spoke. May's budget.", &[]),
            ("march as a noun", "The march on the capital began.", &[]),
            ("count", "Over 2000 people and 8000 migrants, $2000.", &[]),
            ("percent", "Up 1990 percent.", &[]),
            ("ages", "The 93 year-old and a 52-year-old.", &[]),
            ("year-to-date", "From the year-to-date period.", &[]),
            ("abbreviation as a name", "Jan Smit and Sun Yat-sen met.", &[]),
            ("ordinal minute", "In the 20th minute Berg missed.", &[]),
            ("the year before", "It was the year before.", &[]),
        ];
        for (name, sentence, expected) in cases {
            assert_eq!(texts(sentence), *expected, "{name}");
        }
    }
}
