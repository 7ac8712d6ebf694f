//! Relative expressions: "last week", "this month", "next year", "last Friday", "last fall",
//! "yesterday", "a year ago", "two days earlier", "the previous year", "the year". Counted
//! units with nothing after them ("three years", "the last two years") are durations, not
//! dates, and are left alone.

use crate::engine::text::calendar::Weekday;

use super::expr::{Expr, Shift, TimeRef, Unit};
use super::timex::Season;
use super::tokens::{Token, month_name, previous_lower};
use crate::engine::text::number_words;

fn unit_of(t: &Token<'_>) -> Option<Unit> {
    match t.lower().as_str() {
        "day" | "days" => Some(Unit::Day),
        "week" | "weeks" => Some(Unit::Week),
        "month" | "months" => Some(Unit::Month),
        "year" | "years" => Some(Unit::Year),
        _ => None,
    }
}

fn shift_of(t: &Token<'_>) -> Option<Shift> {
    match t.lower().as_str() {
        "last" => Some(Shift::Last),
        "this" => Some(Shift::This),
        "next" => Some(Shift::Next),
        _ => None,
    }
}

/// A unit word used as a noun of its own, not inside a compound ("year-old", "12-month").
fn standalone(toks: &[Token<'_>], k: usize) -> bool {
    let glued_after = toks.get(k + 1).is_some_and(|n| n.glued && n.text == "-");
    let glued_before = toks.get(k).is_some_and(|t| t.glued) && k > 0 && toks[k - 1].text == "-";
    !glued_after && !glued_before
}

/// "last week", "this month", "next year", "last Friday", "last October", "last fall".
pub fn shifted_name(toks: &[Token<'_>], i: usize) -> Option<(usize, Expr)> {
    let shift = shift_of(toks.get(i)?)?;
    // "the last week" is the seven days before now: a duration
    if previous_lower(toks, i).as_deref() == Some("the") {
        return None;
    }
    let next = toks.get(i + 1)?;
    if let Some(unit) =
        unit_of(next).filter(|_| !next.text.ends_with('s') && standalone(toks, i + 1))
    {
        if unit == Unit::Day {
            return None;
        }
        let offset = match shift {
            Shift::Last => -1,
            Shift::This => 0,
            Shift::Next => 1,
        };
        return Some((i + 2, Expr::Deictic { unit, offset }));
    }
    if next.capitalised()
        && next.text.len() >= 6
        && let Some(weekday) = Weekday::from_name(next.text)
    {
        return Some((i + 2, Expr::Weekday { weekday, shift: Some(shift) }));
    }
    if let Some((month, end)) = month_name(toks, i + 1) {
        // "last Oct. 23" names a day: the month and day are read on their own, "last" only
        // says the clause looks back
        if toks.get(end).is_some_and(|t| t.is_number() && t.text.len() <= 2) {
            return None;
        }
        return Some((end, Expr::Month { year: None, month, shift: Some(shift) }));
    }
    let season = Season::from_name(next.text)?;
    Some((i + 2, Expr::Season { year: None, season, shift: Some(shift) }))
}

/// A number from one to ninety-nine in words at token `k` ("six", "ninety-six", "ninety six",
/// "twelve"): its value and the index after it.
fn spelled_below_hundred(toks: &[Token<'_>], k: usize) -> Option<(usize, i32)> {
    let word = toks.get(k)?.lower();
    let word = word.as_str();
    let n = number_words::value(word).filter(|&n| n > 0)?;
    if n < 20 {
        return Some((k + 1, n as i32));
    }
    let hyphen = toks.get(k + 1).is_some_and(|h| h.text == "-" && h.glued);
    let unit_at = if hyphen { k + 2 } else { k + 1 };
    let unit = toks
        .get(unit_at)
        .map(Token::lower)
        .and_then(|u| number_words::value(u.as_str()))
        .filter(|u| (1..=9).contains(u));
    match unit {
        Some(u) => Some((unit_at + 1, n as i32 + u as i32)),
        None => Some((k + 1, n as i32)),
    }
}

/// A year in words at token `k`: "nineteen ninety-six", "nineteen eighty-four", "two
/// thousand", "two thousand and one", "two thousand nine".
fn spelled_year(toks: &[Token<'_>], k: usize) -> Option<(usize, i32)> {
    let first = toks.get(k)?;
    if first.is("nineteen") || first.is("eighteen") {
        let century = if first.is("nineteen") { 1900 } else { 1800 };
        let (end, n) = spelled_below_hundred(toks, k + 1).filter(|&(_, n)| n >= 10)?;
        return Some((end, century + n));
    }
    if !(first.is("two") && toks.get(k + 1).is_some_and(|t| t.is("thousand"))) {
        return None;
    }
    let mut at = k + 2;
    if toks.get(at).is_some_and(|t| t.is("and")) {
        at += 1;
    }
    match spelled_below_hundred(toks, at) {
        Some((end, n)) => Some((end, 2000 + n)),
        None => Some((k + 2, 2000)),
    }
}

/// Words that may follow "the past" or "the future" when they name the time itself ("in the
/// past, he..."), not a stretch of it ("the past two years") or a thing ("the future king").
const AFTER_REF: &[&str] = &[
    "and", "or", "but", "as", "when", "than", "is", "was", "will", "has", "have", "had", "it",
    "they", "we", "he", "she", "i", "you", "in", "at", "on", "for", "to", "that", "there", "this",
    "the", "a", "if", "because", "so",
];

/// "now", "currently", "recently", "soon", "the past", "the future": the reference times of
/// TimeML (`PRESENT_REF`, `PAST_REF`, `FUTURE_REF`). "now" as part of a word ("now-defunct")
/// or of "now that" and "just now" stays a word.
fn time_ref(toks: &[Token<'_>], i: usize) -> Option<(usize, Expr)> {
    let t = &toks[i];
    let glued_after = toks.get(i + 1).is_some_and(|n| n.glued && n.text == "-");
    let before_glued = t.glued && i > 0 && toks[i - 1].text == "-";
    if glued_after || before_glued {
        return None;
    }
    let next = toks.get(i + 1);
    let found = |r| Some((i + 1, Expr::Ref(r)));
    match t.lower().as_str() {
        "now" if !next.is_some_and(|n| n.is("that")) => found(TimeRef::Present),
        "currently" => found(TimeRef::Present),
        "recently" => found(TimeRef::Past),
        "soon" if !next.is_some_and(|n| n.is_any(&["after", "as", "afterwards"])) => {
            found(TimeRef::Future)
        }
        "the" => {
            let which = match next?.lower().as_str() {
                "past" => TimeRef::Past,
                "future" => TimeRef::Future,
                _ => return None,
            };
            let after = toks.get(i + 2);
            let names_time = after.is_none_or(|a| !a.is_word() || a.is_any(AFTER_REF));
            // "the past 10 days" and "the past year" are stretches of time
            names_time.then_some((i + 2, Expr::Ref(which)))
        }
        _ => None,
    }
}

/// "yesterday", "today", "a year ago", "two days earlier", "the previous year", "the year".
pub fn relative(toks: &[Token<'_>], i: usize) -> Option<(usize, Expr)> {
    let t = toks.get(i)?;
    let lowered = t.lower();
    let lower = lowered.as_str();
    let day = |offset| Some((i + 1, Expr::Deictic { unit: Unit::Day, offset }));
    match lower {
        "today" | "tonight" => return day(0),
        "yesterday" => return day(-1),
        "tomorrow" => return day(1),
        _ => {}
    }
    if let Some(found) = time_ref(toks, i) {
        return Some(found);
    }
    // "nineteen ninety-six": a year spelled the way it is said (a count is spelled otherwise)
    if lower == "nineteen"
        && let Some((end, year)) = spelled_year(toks, i)
    {
        return Some((end, Expr::Year(year)));
    }
    let amount = if lower == "a" || lower == "an" || lower == "one" {
        Some(1)
    } else if let Some(n) = number_words::value(lower).filter(|n| (1..=12).contains(n)) {
        Some(n as i32)
    } else if t.is_number() && t.text.len() <= 2 {
        t.text.parse().ok()
    } else {
        None
    };
    if let Some(amount) = amount
        && let Some(unit) = toks.get(i + 1).and_then(unit_of)
        && standalone(toks, i + 1)
    {
        let sign = match toks.get(i + 2).map(Token::lower).as_deref() {
            Some("ago" | "earlier") => -1,
            Some("later") => 1,
            _ => return None,
        };
        return Some((i + 3, Expr::Shifted { unit, amount: sign * amount, keep_anchor: true }));
    }
    if lower != "the" {
        return None;
    }
    let which = toks.get(i + 1)?.lower();
    // "the last week": the week before this one, as "last week" is
    if which.as_str() == "last"
        && toks.get(i + 2).is_some_and(|w| w.is("week") && !w.text.ends_with('s'))
        && standalone(toks, i + 2)
        && !toks.get(i + 3).is_some_and(|n| n.is_any(&["of", "before", "in"]))
    {
        return Some((i + 3, Expr::Deictic { unit: Unit::Week, offset: -1 }));
    }
    // "the end of the year", "the start of the year": the year the sentence is in
    if matches!(which.as_str(), "end" | "start" | "beginning" | "middle")
        && toks.get(i + 2).is_some_and(|w| w.is("of"))
    {
        let at = if toks.get(i + 3).is_some_and(|w| w.is("the")) { i + 4 } else { i + 3 };
        if toks.get(at).is_some_and(|w| w.text == "year") && standalone(toks, at) {
            return Some((at + 1, Expr::Current { unit: Unit::Year }));
        }
    }
    let which = which.as_str();
    if let Some(sign) = match which {
        "previous" | "prior" | "preceding" => Some(-1),
        "following" => Some(1),
        _ => None,
    } && let Some(unit) = toks.get(i + 2).and_then(unit_of).filter(|u| *u != Unit::Day)
        && !toks[i + 2].text.ends_with('s')
        && standalone(toks, i + 2)
    {
        return Some((i + 3, Expr::Shifted { unit, amount: sign, keep_anchor: false }));
    }
    // "the year two thousand", "the year nineteen ninety-six"
    if which == "year"
        && let Some((end, year)) = spelled_year(toks, i + 2)
    {
        return Some((end, Expr::Year(year)));
    }
    // "the year", "the calendar year": the year the sentence is in
    let at = if which == "calendar" { i + 2 } else { i + 1 };
    let unit_word = toks.get(at)?;
    if unit_of(unit_word) != Some(Unit::Year) || !unit_word.is("year") || !standalone(toks, at) {
        return None;
    }
    const NOT_AFTER: &[&str] = &[
        "before", "after", "earlier", "later", "ahead", "prior", "when", "that", "which", "in",
        "of", "to", "since",
    ];
    let after = toks.get(at + 1);
    if after.is_some_and(|n| n.is_any(NOT_AFTER) || n.is_number()) {
        return None;
    }
    Some((at + 1, Expr::Current { unit: Unit::Year }))
}
