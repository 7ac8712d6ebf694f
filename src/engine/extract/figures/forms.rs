//! Quantities written as two numbers: a game's score ("beat Buffalo 5-4", "won 45-17"), a
//! part of a whole ("7 of 9 council members", "20-of-24 passing") and a bond price in
//! fractions of a point ("rose 5/32 to 99 12/32"). Each reads as one figure; without these
//! rules the two numbers were dropped as a range or read as two unrelated counts.

use super::FigureKind;
use super::numbers::{self, Number};
use super::quantity::{Quantity, Shape, counts_people, join, lower, qualifier, unit_follows};
use super::tokens::Token;
use crate::engine::lexicon::{BOND_WORDS, RESULT_WORDS, SCORE_UNITS};

/// How far from a score its sentence may name the result: "Nelson's goal ... lifted the
/// Islanders over the Penguins 5-4" names it a dozen words before.
const RESULT_REACH: usize = 14;

/// The largest number a side of a score may be: basketball and cricket reach the hundreds.
const MAX_SCORE: f64 = 250.0;

fn is_dash(token: Option<&Token>) -> bool {
    token.is_some_and(|t| t.is_symbol("-") || t.is_symbol("–"))
}

/// A whole number of at most [`MAX_SCORE`] written in digits, as a side of a score is.
fn score_side(token: Option<&Token>) -> Option<f64> {
    let token = token.filter(|t| t.is_number() && t.text.bytes().all(|b| b.is_ascii_digit()))?;
    let value: f64 = token.text.parse().ok()?;
    (value <= MAX_SCORE).then_some(value)
}

/// A game's score starting at token `i`: two whole numbers joined by a dash with no spaces
/// ("5-4", "45–17"), in a sentence that names a result or a game ("beat", "led", "victory",
/// "goal"). Not a team's record ("(6-5, 3-4)", "14-0-1"), a range with a unit ("10-20
/// percent") or a date ("Nov. 11-12"). The value is the first side as written; the unit what
/// the sentence says the sides count, else points where a side reaches ten (points games)
/// and goals where neither does.
pub(super) fn score(tokens: &[Token], i: usize) -> Option<Quantity> {
    let first = score_side(tokens.get(i))?;
    let dash = tokens.get(i + 1);
    if !is_dash(dash) || !dash.is_some_and(|d| d.glued) {
        return None;
    }
    let second_token = tokens.get(i + 2).filter(|t| t.glued)?;
    let second = score_side(Some(second_token))?;
    // "14-0-1": a record of wins, losses and ties; "(6-5, 3-4)": a record after a team.
    if is_dash(tokens.get(i + 3)) && tokens.get(i + 3).is_some_and(|t| t.glued) {
        return None;
    }
    // "The Eagles (6-5, 3-4)": records in brackets after a team's name.
    let bracketed = (i.saturating_sub(6)..i)
        .rev()
        .take_while(|&k| !tokens[k].is_symbol(")"))
        .any(|k| tokens[k].is_symbol("("));
    if bracketed {
        return None;
    }
    let before = i.checked_sub(1).and_then(|p| tokens.get(p));
    if before.is_some_and(|p| p.is_symbol("(") || (p.is_symbol("-") && p.glued) || p.is_number()) {
        return None;
    }
    let prev_word = i.checked_sub(1).map(|p| lower(tokens, p)).unwrap_or_default();
    let before_dot = i.checked_sub(2).map(|p| lower(tokens, p)).unwrap_or_default();
    let month = |w: &str| crate::engine::text::calendar::month_from_name(w).is_some();
    if month(&prev_word) || (before.is_some_and(|p| p.is_symbol(".")) && month(&before_dot)) {
        return None;
    }
    // "a 10-20 percent rise", "5-10 km": a range of a measure, not a score.
    if tokens.get(i + 3).is_some_and(|t| (t.glued && t.is_word()) || t.is_symbol("%"))
        || unit_follows(tokens, i + 3)
    {
        return None;
    }
    let near = i.saturating_sub(RESULT_REACH)..(i + 3 + RESULT_REACH / 2).min(tokens.len());
    let names_result =
        near.clone().any(|k| tokens[k].is_word() && RESULT_WORDS.has(&tokens[k].lower()));
    if !names_result {
        return None;
    }
    let named_unit = near
        .filter(|&k| tokens[k].is_word())
        .map(|k| tokens[k].lower())
        .find(|w| SCORE_UNITS.has(w));
    let unit = match named_unit {
        Some(unit) => unit.as_str().to_owned(),
        None if first.max(second) >= 10.0 => "points".to_owned(),
        None => "goals".to_owned(),
    };
    Some(Quantity {
        span: join(tokens, i, i + 3),
        value: first,
        unit,
        kind: FigureKind::Score,
        qualifier: None,
        first: i,
        end: i + 3,
        noun_end: None,
        // (a side is a whole number of at most MAX_SCORE: it fits)
        shape: Shape::Score { against: second as u32 },
    })
}

/// A bond price in fractions of a point at token `i`: "5/32", "99 12/32" (a whole number and
/// a fraction), the denominator a power of two. Thirty-seconds and finer are read anywhere;
/// halves to sixteenths only in a sentence about bonds, where "5/16" is not a date.
pub(super) fn price_fraction(tokens: &[Token], i: usize) -> Option<Quantity> {
    let whole_number = |t: Option<&Token>| {
        t.filter(|t| t.is_number() && t.text.bytes().all(|b| b.is_ascii_digit()))
            .and_then(|t| t.text.parse::<u32>().ok())
    };
    let (whole, at) = match whole_number(tokens.get(i)) {
        Some(w) if tokens.get(i + 1).is_some_and(|t| t.is_number() && !t.glued) => (Some(w), i + 1),
        _ => (None, i),
    };
    let numerator = whole_number(tokens.get(at))?;
    tokens.get(at + 1).filter(|t| t.is_symbol("/") && t.glued)?;
    let denominator = whole_number(tokens.get(at + 2).filter(|t| t.glued))?;
    if !denominator.is_power_of_two() || !(2..=128).contains(&denominator) || numerator == 0 {
        return None;
    }
    if numerator >= denominator {
        return None;
    }
    // "5/16/2019" is a date.
    if tokens.get(at + 3).is_some_and(|t| t.glued && (t.is_symbol("/") || t.is_number())) {
        return None;
    }
    let about_bonds = tokens.iter().any(|t| t.is_word() && BOND_WORDS.has(&t.lower()));
    if denominator < 32 && !about_bonds {
        return None;
    }
    let value = f64::from(whole.unwrap_or(0)) + f64::from(numerator) / f64::from(denominator);
    Some(Quantity {
        span: join(tokens, i, at + 3),
        value,
        unit: "points".to_owned(),
        kind: FigureKind::Points,
        qualifier: qualifier(tokens, i),
        first: i,
        end: at + 3,
        noun_end: None,
        shape: Shape::Plain,
    })
}

/// The whole after a part at `number`: "7 of 9", "7 of the 9", "20-of-24" (the second number
/// and the token just past it).
fn whole_after(tokens: &[Token], number: Number) -> Option<Number> {
    let e = number.end;
    if lower(tokens, e) == "of" {
        let at = if matches!(lower(tokens, e + 1).as_str(), "the" | "its" | "their") {
            e + 2
        } else {
            e + 1
        };
        return numbers::read(tokens, at);
    }
    // "20-of-24" is cut "20", "-", "of-24": the whole is the digits of the glued word.
    let word = tokens.get(e + 1).filter(|t| t.glued && is_dash(tokens.get(e)))?;
    let digits = word.text.strip_prefix("of-")?;
    let value: f64 = digits.parse().ok().filter(|_| digits.bytes().all(|b| b.is_ascii_digit()))?;
    Some(Number {
        value,
        start: e + 1,
        end: e + 2,
        spelled: false,
        bare_integer: true,
        negative: false,
    })
}

/// A part of a whole read as one count: "7 of 9 council members" counts 7 members (of 9),
/// "five of six" 5 of 6. The unit is the whole's noun where one follows, else "of 6".
/// `count_after` reads the noun after the whole, as any count's is read.
pub(super) fn part_of_whole(
    tokens: &[Token],
    number: Number,
    count_after: impl Fn(Number) -> Option<(String, FigureKind, usize, Option<usize>)>,
) -> Option<Quantity> {
    let whole = whole_after(tokens, number)?;
    if number.value <= 1.0 || whole.value <= number.value || whole.value.fract() != 0.0 {
        return None;
    }
    if whole.bare_integer && (1800.0..=2100.0).contains(&whole.value) {
        return None; // "3 of 2019" is no whole
    }
    let (unit, end, noun_end) = match count_after(whole) {
        Some((unit, FigureKind::Count, end, noun_end)) => (unit, end, noun_end),
        Some(_) => return None, // "2 of 5 percent", "3 of 10 km": another kind of figure
        None => (format!("of {}", whole_text(whole.value)), whole.end, None),
    };
    // "two of the three rivers": a small spelled count of things is not a key figure.
    if number.spelled && number.value < 10.0 && noun_end.is_some() && !counts_people(&unit) {
        return None;
    }
    Some(Quantity {
        span: join(tokens, number.start, end),
        value: number.value,
        unit,
        kind: FigureKind::Count,
        qualifier: qualifier(tokens, number.start),
        first: number.start,
        end,
        noun_end,
        shape: Shape::PartOf,
    })
}

fn whole_text(value: f64) -> String {
    format!("{}", value as i64)
}
