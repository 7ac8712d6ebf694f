//! Relative expressions: "last week", "this month", "next year", "last Friday", "last fall",
//! "yesterday", "a year ago", "two days earlier", "the previous year", "the year". Counted
//! units with nothing after them ("three years", "the last two years") are durations, not
//! dates, and are left alone.

use crate::engine::calendar::Weekday;

use super::expr::{Expr, Shift, Unit};
use super::timex::Season;
use super::tokens::{Token, month_name, previous_lower};

const NUMBER_WORDS: &[&str] = &[
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve",
];

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
        return Some((end, Expr::Month { year: None, month, shift: Some(shift) }));
    }
    let season = Season::from_name(next.text)?;
    Some((i + 2, Expr::Season { year: None, season, shift: Some(shift) }))
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
    let amount = if lower == "a" || lower == "an" || lower == "one" {
        Some(1)
    } else if let Some(n) = NUMBER_WORDS.iter().position(|w| *w == lower) {
        Some(n as i32 + 1)
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
