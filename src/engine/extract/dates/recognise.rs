//! Recognition: which runs of words in a sentence name a point or span on the calendar, and
//! what they say before any reference date is applied ("July 23" is a day of July in some
//! year; "last week" is one week before the reference).
//!
//! Month names double as words ("May" the verb or the name, "March" the noun), abbreviations
//! double as names ("Jan"), four-digit numbers may be counts ("8000 migrants"). Each is taken
//! only with the company a date keeps: a day or year beside it, or a word that introduces a
//! time ("in May", "since March"). Durations ("three years", "the past months") and clock
//! times ("10:30") are not dates and are never matched.

use crate::engine::text::calendar::{Weekday, days_in_month, names_month_or_weekday};
use crate::engine::text::lowered::Lowered;
use crate::engine::text::span::Span;

use super::expr::Expr;
use super::parts;
use super::relative;
use super::timex::Season;
use super::tokens::{Token, month_name, previous_lower, year_number};

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

/// Whether a lower-case word may open an expression: a shift ("last week", "next fall"), a
/// season ("fall 2015") or a relative expression's first word ("yesterday", "a year ago",
/// "two days later", "the previous year"); digits and capitals open the other shapes.
fn opens_lowercase(word: &str) -> bool {
    matches!(
        word,
        "last"
            | "this"
            | "next"
            | "spring"
            | "summer"
            | "fall"
            | "autumn"
            | "winter"
            | "today"
            | "tonight"
            | "yesterday"
            | "tomorrow"
            | "the"
            | "a"
            | "an"
            | "one"
            | "two"
            | "three"
            | "four"
            | "five"
            | "six"
            | "seven"
            | "eight"
            | "nine"
            | "ten"
            | "eleven"
            | "twelve"
            | "first"
            | "second"
            | "third"
            | "fourth"
            | "fiscal"
            | "now"
            | "currently"
            | "recently"
            | "soon"
            | "nineteen"
    )
}

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

/// Words before a four-digit number that make it a year whatever follows ("in 1990 workers
/// struck", "since 2005 prices rose").
const YEAR_CUES: &[&str] = &[
    "in",
    "since",
    "until",
    "till",
    "by",
    "during",
    "through",
    "throughout",
    "before",
    "after",
    "from",
    "between",
];

/// Whether a bare four-digit number is a count rather than a year, from the word before it
/// (`prev`, lower case) and the word after it as written (`next`): a count word before it
/// ("nearly 1500") or a plural noun after it ("1900 trucks", "of 1200 schoolchildren") makes
/// it a count; a word that introduces a time ("in 1990", "since 2005 prices") or a noun years
/// qualify ("2018 elections") keeps it a year. Dates and figures share this rule.
pub(crate) fn four_digits_count(prev: Option<&str>, next: Option<&str>) -> bool {
    // "in 1990 workers", and "a 2009 analysis": an article before it is no count's
    if prev.is_some_and(|p| YEAR_CUES.contains(&p) || p == "a" || p == "an") {
        return false;
    }
    if prev.is_some_and(|p| COUNT_WORDS.contains(&p) && p != "to" && p != "of") {
        return true;
    }
    next.is_some_and(|n| {
        n.chars().next().is_some_and(char::is_lowercase)
            && !YEAR_NOUNS.contains(&n)
            && is_plural_noun(n)
    })
}

/// A lower-case word that reads as a plural noun: "-s" endings ("migrants", not "bus" or
/// "its") and the irregular plurals, compounds included ("schoolchildren", "townspeople").
pub(crate) fn is_plural_noun(word: &str) -> bool {
    const IRREGULAR: &[&str] = &["children", "people", "women", "men", "folk", "staff", "police"];
    const NOT_PLURAL: &[&str] = &[
        "is", "was", "has", "this", "its", "his", "as", "us", "yes", "thus", "plus", "less",
        "unless", "across", "always", "perhaps", "whereas", "news", "series", "specimen",
        "abdomen", "regimen", "omen", "amen",
    ];
    let word = word.trim_end_matches(['\'', '’']);
    if NOT_PLURAL.contains(&word) || !word.chars().all(|c| c.is_alphabetic() || c == '-') {
        return false;
    }
    if IRREGULAR.iter().any(|p| word.ends_with(p)) {
        return true;
    }
    // "analysis", "crisis", "basis" end in "-is" and are singular
    word.len() >= 3
        && word.ends_with('s')
        && !word.ends_with("ss")
        && !word.ends_with("us")
        && !word.ends_with("is")
}

/// Every date expression in one sentence's tokens, left to right, not overlapping.
#[cfg(test)]
pub fn recognise(toks: &[Token<'_>]) -> Vec<Found> {
    let mut found = Vec::new();
    recognise_into(toks, &mut found);
    found
}

/// [`recognise`], appending to `found`: token indices count from the start of `toks`.
pub fn recognise_into(toks: &[Token<'_>], found: &mut Vec<Found>) {
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
///
/// Each shape needs a particular first token, so only the recognisers that can match it
/// run: a digit opens the numeric shapes and counted relatives ("3 days ago"); a word opens
/// a shift, a season, a relative word, or (capitalised) a weekday or month name. Most tokens
/// are words that open nothing, capitalised names included, and are turned away by one
/// `match` and a name lookup instead of running ten recognisers.
fn at(toks: &[Token<'_>], i: usize) -> Option<(usize, Expr)> {
    let t = toks.get(i)?;
    let first = t.text.chars().next()?;
    if first.is_ascii_digit() {
        return year_range_end(toks, i)
            .or_else(|| iso(toks, i))
            .or_else(|| numeric(toks, i))
            .or_else(|| day_led(toks, i, None))
            .or_else(|| decade_or_century(toks, i))
            .or_else(|| year(toks, i))
            .or_else(|| relative::relative(toks, i));
    }
    let named = first.is_uppercase() && names_month_or_weekday(t.text);
    if !named && !opens_lowercase(&t.lower()) {
        // "Q3", "H1": the only capitalised openers that are neither names nor words
        let code = t.text.len() == 2 && matches!(first, 'Q' | 'H');
        return if code { parts::numbered(toks, i) } else { None };
    }
    year_part(toks, i)
        .or_else(|| parts::quarter_ref(toks, i))
        .or_else(|| parts::fiscal(toks, i))
        .or_else(|| relative::shifted_name(toks, i))
        .or_else(|| weekday_led(toks, i))
        .or_else(|| month_led(toks, i, None))
        .or_else(|| season_year(toks, i))
        .or_else(|| relative::relative(toks, i))
}

/// Every recogniser in turn, the reading [`at`] shortens by the first token.
#[cfg(test)]
fn plain_at(toks: &[Token<'_>], i: usize) -> Option<(usize, Expr)> {
    year_range_end(toks, i)
        .or_else(|| iso(toks, i))
        .or_else(|| numeric(toks, i))
        .or_else(|| year_part(toks, i))
        .or_else(|| parts::quarter_ref(toks, i))
        .or_else(|| parts::fiscal(toks, i))
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

/// `text` without the ASCII letters it ends in ("23rd" → "23"), trimmed byte by byte: asked
/// of every capitalised word and number, where a character pattern costs more than the word.
fn without_letter_suffix(text: &str) -> &str {
    let len = text.bytes().rposition(|b| !b.is_ascii_alphabetic()).map_or(0, |last| last + 1);
    text.get(..len).unwrap_or(text)
}

/// A day of the month: "23", "23rd", "1st", not a clock time or a percentage.
fn day_number(toks: &[Token<'_>], i: usize) -> Option<u32> {
    let t = toks.get(i)?;
    let digits = without_letter_suffix(t.text);
    if digits.is_empty() || digits.len() > 2 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let suffix = Lowered::ascii(&t.text[digits.len()..]);
    if !["", "st", "nd", "rd", "th"].contains(&suffix.as_str()) {
        return None;
    }
    let clock = toks.get(i + 1).is_some_and(|n| n.glued && (n.text == ":" || n.text == "."))
        && toks.get(i + 2).is_some_and(|n| n.glued && n.is_number());
    let amount = toks.get(i + 1).is_some_and(|n| n.text == "%" || n.is_any(&["percent", "per"]));
    let day: u32 = digits.parse().ok()?;
    ((1..=31).contains(&day) && !clock && !amount).then_some(day)
}

/// A quarter or half by its number, with "the" and "fiscal" before it in its text: "the
/// third quarter", "the fiscal first quarter of 1990", "fiscal third-quarter", "Q3".
fn year_part(toks: &[Token<'_>], i: usize) -> Option<(usize, Expr)> {
    let mut at = i;
    if toks.get(at).is_some_and(|t| t.is("the")) {
        at += 1;
    }
    if toks.get(at).is_some_and(|t| t.is("fiscal")) {
        at += 1;
    }
    parts::numbered(toks, at)
}

fn valid_day(month: u32, day: u32) -> bool {
    day <= days_in_month(2000, month) // 2000 is a leap year: February 29 is a day
}

/// Days known by their numbers alone, as events: "9/11" is 11 September 2001 wherever the
/// article is from. (Month, day, year) under the written numbers.
const NAMED_DAYS: &[(&str, (u32, u32, i32))] = &[("9/11", (9, 11, 2001)), ("7/7", (7, 7, 2005))];

/// "2/1/2016", "23/07/09", and the days named by their numbers ("9/11").
fn numeric(toks: &[Token<'_>], i: usize) -> Option<(usize, Expr)> {
    let number = |k: usize| {
        toks.get(k)
            .filter(|t| t.is_number() && t.text.len() <= 4)
            .and_then(|t| t.text.parse::<u32>().ok())
    };
    let slash = |k: usize| toks.get(k).is_some_and(|t| t.glued && t.text == "/");
    let glued = |k: usize| toks.get(k).is_some_and(|t| t.glued);
    if i > 0 && (slash(i) && toks[i].glued || toks[i - 1].text == "/" && glued(i)) {
        return None; // the middle of a longer run: "1/2/3/4"
    }
    let first = number(i)?;
    if !slash(i + 1) || !glued(i + 2) {
        return None;
    }
    let second = number(i + 2)?;
    let has_year = slash(i + 3) && glued(i + 4);
    if !has_year {
        if slash(i + 3) || toks.get(i + 3).is_some_and(|t| t.glued && t.is_word()) {
            return None;
        }
        let written = format!("{first}/{second}");
        let (_, (month, day, year)) = NAMED_DAYS.iter().find(|(name, _)| *name == written)?;
        let expr = Expr::Date { year: Some(*year), month: *month, day: *day, weekday: None };
        return Some((i + 3, expr));
    }
    let y_token = toks.get(i + 4)?;
    let year = match y_token.text.len() {
        4 => y_token.text.parse::<i32>().ok()?,
        2 => 2000 + y_token.text.parse::<i32>().ok()?,
        _ => return None,
    };
    if slash(i + 5) || !(1..=31).contains(&first) || !(1..=31).contains(&second) {
        return None;
    }
    if first > 12 && second > 12 {
        return None;
    }
    let (month, day) = if first > 12 { (second, first) } else { (first, second) };
    if !valid_day(month, day) {
        return None;
    }
    Some((i + 5, Expr::Numeric { first, second, year }))
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
    let digits = without_letter_suffix(t.text);
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let suffix = Lowered::ascii(&t.text[digits.len()..]);
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

/// The second year of a range written short: the "58" of "1957-58", the year after the first
/// in the same century.
fn year_range_end(toks: &[Token<'_>], i: usize) -> Option<(usize, Expr)> {
    let t = toks.get(i)?;
    if t.text.len() != 2 || !t.is_number() || !t.glued || i < 2 {
        return None;
    }
    let dash = &toks[i - 1];
    if !matches!(dash.text, "-" | "–" | "/") || !dash.glued {
        return None;
    }
    let first = year_number(toks, i - 2)?;
    let year = first / 100 * 100 + t.text.parse::<i32>().ok()?;
    // "1957-58" but not "2009-07" (a month) or "1998-03-12" (a day)
    let next_glued = toks.get(i + 1).is_some_and(|n| n.glued && matches!(n.text, "-" | "/"));
    (year > first && year - first <= 10 && !next_glued).then_some((i + 1, Expr::Year(year)))
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
        if four_digits_count(prev.as_deref(), next.map(|n| n.text)) {
            return None; // "8000 migrants", "nearly 1500", "a survey of 1200 schoolchildren"
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
    use crate::engine::extract::dates::tokens::tokens;

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
            ("numeric date", "Filed on 2/1/2016 at noon.", &["2/1/2016"]),
            ("numeric date, two-digit year", "Filed on 23/07/09.", &["23/07/09"]),
            ("day known by its numbers", "Ever since 9/11, flights changed.", &["9/11"]),
            ("fraction", "He scored 3/4 of the goals and 1/2/3/4.", &[]),
            ("count of a compound plural", "A survey of 1300 schoolchildren.", &[]),
            ("count of an irregular plural", "Some 1950 women and 1870 men came.", &[]),
            ("year before a plural noun", "In 1990 workers struck.", &["1990"]),
            ("year qualifying a noun", "The 2018 elections were close.", &["2018"]),
            ("percent", "Up 1990 percent.", &[]),
            ("ages", "The 93 year-old and a 52-year-old.", &[]),
            ("year-to-date", "From the year-to-date period.", &[]),
            ("abbreviation as a name", "Jan Smit and Sun Yat-sen met.", &[]),
            ("ordinal minute", "In the 20th minute Berg missed.", &[]),
            ("the year before", "It was the year before.", &[]),
            ("spelled year", "It began in nineteen ninety-six.", &["nineteen ninety-six"]),
            ("the year spelled", "By the year two thousand it grew.", &["the year two thousand"]),
            ("a count in words is no year", "Nineteen people and two thousand troops.", &[]),
            ("quarter", "Profit rose in the third quarter.", &["the third quarter"]),
            ("quarter adjective", "Third-quarter profit rose.", &["Third-quarter"]),
            (
                "fiscal quarter",
                "In the fiscal first quarter of 1990.",
                &["the fiscal first quarter of 1990"],
            ),
            ("fiscal year", "Sales in fiscal 1989 rose.", &["fiscal 1989"]),
            ("this fiscal year", "Profit this fiscal year.", &["this fiscal year"]),
            ("the reported quarter", "Net rose 5% in the quarter.", &["the quarter"]),
            ("a game's half", "The first half ended 0-0.", &[]),
            ("the last week", "Six died in the last week.", &["the last week"]),
            ("the last two weeks is a duration", "Six died in the last two weeks.", &[]),
            ("the end of the year", "It peaked by the end of the year.", &["the end of the year"]),
            ("a year before a singular noun", "It cited a 2009 analysis.", &["2009"]),
            ("a short range of years", "The expedition of 1957-58.", &["1957", "58"]),
            ("now", "It is now closed, recently reopened.", &["now", "recently"]),
            (
                "the past and the future",
                "In the past, and in the future.",
                &["the past", "the future"],
            ),
            ("a stretch of the past", "In the past two years.", &[]),
            ("now that", "Now that it is over, the now-defunct firm.", &[]),
        ];
        for (name, sentence, expected) in cases {
            assert_eq!(texts(sentence), *expected, "{name}");
        }
    }

    #[test]
    fn first_token_shortcut_matches_every_recogniser() {
        let mut texts = vec![
            "Last Friday, The previous year, Today, A year ago, 3 days ago, Summer 2015.",
            "MAY 5, Mon, Sept. 9, Wednesday 21 November, Éte 1990s 21st century 2/1/2016.",
        ];
        texts.extend([
            include_str!("../../../../tests/corpus/seed-reuters.txt"),
            include_str!("../../../../tests/corpus/seed-rferl.txt"),
            include_str!("../../../../tests/corpus/chron-houston-car-sales.txt"),
            include_str!("../../../../tests/corpus/wikinews-worldcup-day5.txt"),
        ]);
        let mut opened = 0;
        for text in texts {
            let toks = tokens(text, Span::new(0, text.len()));
            for i in 0..toks.len() {
                let found = at(&toks, i);
                opened += usize::from(found.is_some());
                assert_eq!(found, plain_at(&toks, i), "{:?}", toks[i].text);
            }
        }
        assert!(opened > 40, "{opened}");
    }

    #[test]
    fn four_digits_count_or_year() {
        let cases: &[(Option<&str>, Option<&str>, bool)] = &[
            (Some("of"), Some("schoolchildren"), true),
            (None, Some("trucks"), true),
            (Some("nearly"), Some("."), true),
            (Some("in"), Some("trucks"), false),
            (Some("since"), Some("prices"), false),
            (Some("the"), Some("elections"), false),
            (Some("of"), Some("."), false),
            (None, Some("Trucks"), false),
            (None, Some("is"), false),
            (None, None, false),
        ];
        for &(prev, next, count) in cases {
            assert_eq!(four_digits_count(prev, next), count, "{prev:?} {next:?}");
        }
    }
}
