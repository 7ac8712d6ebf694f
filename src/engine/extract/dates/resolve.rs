//! Resolution: an expression plus what the article fixes (its publication date, the tense of
//! the clause, the time the sentence already talks about) gives a TIMEX value. Where the
//! article does not fix the year, the value says so (`XXXX`) or, for a purely relative
//! expression, there is no value at all: never silently "this year", never today's clock.

use crate::engine::text::calendar::{CalendarDate, Weekday};

use super::expr::{Expr, QuarterRef, Shift, Unit};
use super::tense::Tense;
use super::timex::{Day, Season, Timex, add_months};

/// What the rest of the article tells about one expression.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Context {
    /// The publication date: what "today" and "last week" are counted from.
    pub reference: Option<CalendarDate>,
    pub tense: Tense,
    /// Inside quoted speech, where "today" is the day the speaker spoke.
    pub quoted: bool,
    /// The most precise time the sentence named before this expression ("in October, ...
    /// down from a year ago" compares with October).
    pub anchor: Option<Timex>,
    /// The latest year the article mentions, for a weekday tied to a day with no year.
    pub latest_year: Option<i32>,
    /// The article writes the day before the month ("23 July"): "2/1/2016" is 2 January.
    pub day_first: bool,
}

/// A value and whether its year was worked out rather than written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Resolved {
    pub value: Option<Timex>,
    pub year_inferred: bool,
}

fn written(value: Timex) -> Resolved {
    Resolved { value: Some(value), year_inferred: false }
}

/// A worked-out value; none when the working leaves the calendar's years 1 to 9999 ("ten
/// years ago" from the year 5), which no date can be written in.
fn inferred(value: Option<Timex>) -> Resolved {
    let value = value.filter(|v| year_of(*v).is_none_or(|y| (1..=9999).contains(&y)));
    Resolved { value, year_inferred: value.is_some() }
}

pub fn resolve(expr: Expr, cx: &Context) -> Resolved {
    let reference = cx.reference;
    match expr {
        Expr::Date { year: Some(year), month, day, .. } => {
            written(Timex::Day { year: Some(year), month, day })
        }
        Expr::Date { year: None, month, day, weekday } => match (reference, weekday) {
            (Some(r), _) => inferred(day_near(r, month, day, weekday, cx.tense)),
            (None, Some(weekday)) => {
                inferred(year_from_weekday(cx.latest_year, month, day, weekday))
            }
            (None, None) => Resolved {
                value: Some(Timex::Day { year: None, month, day }),
                year_inferred: false,
            },
        },
        Expr::Month { year: Some(year), month, .. } => {
            written(Timex::Month { year: Some(year), month })
        }
        Expr::Month { year: None, month, shift } => match reference {
            Some(r) => inferred(Some(month_near(r, month, shift, cx.tense))),
            None => {
                Resolved { value: Some(Timex::Month { year: None, month }), year_inferred: false }
            }
        },
        Expr::Season { year: Some(year), season, .. } => {
            written(Timex::Season { year: Some(year), season })
        }
        Expr::Season { year: None, season, shift } => match reference {
            Some(r) => inferred(Some(season_near(r, season, shift))),
            None => Resolved { value: None, year_inferred: false },
        },
        Expr::Year(year) => written(Timex::Year(year)),
        Expr::Quarter { year: Some(year), quarter } => {
            written(Timex::Quarter { year: Some(year), quarter })
        }
        Expr::Half { year: Some(year), half } => written(Timex::Half { year: Some(year), half }),
        Expr::Quarter { year: None, quarter } => {
            let year =
                cx.anchor.and_then(year_of).filter(|_| cx.anchor.is_some_and(is_part_or_year));
            match (year, reference) {
                (Some(y), _) => inferred(Some(Timex::Quarter { year: Some(y), quarter })),
                (None, Some(r)) => inferred(Some(part_near(r, quarter, 3, cx.tense))),
                (None, None) => Resolved {
                    value: Some(Timex::Quarter { year: None, quarter }),
                    year_inferred: false,
                },
            }
        }
        Expr::Half { year: None, half } => {
            let year =
                cx.anchor.and_then(year_of).filter(|_| cx.anchor.is_some_and(is_part_or_year));
            match (year, reference) {
                (Some(y), _) => inferred(Some(Timex::Half { year: Some(y), half })),
                (None, Some(r)) => inferred(Some(part_near(r, half, 6, cx.tense))),
                (None, None) => {
                    Resolved { value: Some(Timex::Half { year: None, half }), year_inferred: false }
                }
            }
        }
        Expr::HalfOfYear { half, offset } => {
            let year = match offset {
                None => cx.anchor.and_then(year_of).or(reference.map(|r| r.year())),
                Some(offset) => reference.map(|r| r.year() + offset),
            };
            inferred(year.map(|y| Timex::Half { year: Some(y), half }))
        }
        Expr::QuarterRef(which) => inferred(quarter_ref(which, cx)),
        // listed apart by the reader; a reference time has no calendar value
        Expr::Ref(_) => Resolved { value: None, year_inferred: false },
        Expr::Numeric { first, second, year } => {
            let (month, day) = if first > 12 || (cx.day_first && second <= 12) {
                (second, first)
            } else {
                (first, second)
            };
            written(Timex::Day { year: Some(year), month, day })
        }
        Expr::Decade(decade) => written(Timex::Decade(decade)),
        Expr::Century(century) => written(Timex::Century(century)),
        Expr::Weekday { weekday, shift } => {
            inferred(reference.map(|r| weekday_near(r, weekday, shift, cx.tense)))
        }
        Expr::Deictic { unit: Unit::Day, .. } if cx.quoted => {
            Resolved { value: None, year_inferred: false }
        }
        Expr::Deictic { unit, offset } => {
            inferred(reference.map(|r| shift_unit(Timex::of_date(r), unit, offset, unit)))
        }
        Expr::Current { .. } => {
            let year = cx.anchor.and_then(year_of).or(reference.map(|r| r.year()));
            inferred(year.map(Timex::Year))
        }
        Expr::Shifted { unit, amount, keep_anchor } => {
            let anchor = cx.anchor.filter(|a| year_of(*a).is_some());
            let value = match (anchor, reference) {
                // "the third quarter ... a year earlier": the same quarter, a year before
                (Some(a), _) if keep_anchor && unit == Unit::Year && is_part(a) => {
                    Some(part_years_back(a, -amount))
                }
                (Some(a), _) if keep_anchor && finer_or_equal(a, unit) => {
                    Some(shift_unit(a, unit, amount, unit_of_value(a)))
                }
                (Some(a), _) if !keep_anchor => Some(shift_unit(a, unit, amount, unit)),
                (_, Some(r)) => Some(shift_unit(Timex::of_date(r), unit, amount, unit)),
                _ => None,
            };
            inferred(value)
        }
    }
}

fn year_of(value: Timex) -> Option<i32> {
    match value {
        Timex::Day { year, .. }
        | Timex::Month { year, .. }
        | Timex::Season { year, .. }
        | Timex::Quarter { year, .. }
        | Timex::Half { year, .. } => year,
        Timex::Week { year, .. } | Timex::Year(year) => Some(year),
        Timex::Decade(_) | Timex::Century(_) => None,
    }
}

/// A quarter or a half: the parts of a year "a year earlier" moves by whole years.
fn is_part(value: Timex) -> bool {
    matches!(value, Timex::Quarter { .. } | Timex::Half { .. })
}

/// A value that fixes the year of a quarter or half named after it ("in 1989, ... the third
/// quarter"); a day or a month only dates the sentence's event, not the report's period.
fn is_part_or_year(value: Timex) -> bool {
    is_part(value) || matches!(value, Timex::Year(_))
}

/// A quarter or half `years` years earlier.
fn part_years_back(value: Timex, years: i32) -> Timex {
    match value {
        Timex::Quarter { year, quarter } => {
            Timex::Quarter { year: year.map(|y| y - years), quarter }
        }
        Timex::Half { year, half } => Timex::Half { year: year.map(|y| y - years), half },
        other => other,
    }
}

/// The year of quarter or half `n` (of `months` months each), by the tense, as for a month:
/// the one under way or past by default, the next one for the future.
fn part_near(r: CalendarDate, n: u32, months: u32, tense: Tense) -> Timex {
    let current = (r.month() - 1) / months + 1;
    // a quarter is reported in the quarter after it: "will report third-quarter results",
    // written in October, is about the quarter just ended
    let lag = u32::from(months == 3);
    let year = match tense {
        Tense::Future if n + lag < current => r.year() + 1,
        Tense::Future => r.year(),
        _ if n <= current => r.year(),
        _ => r.year() - 1,
    };
    if months == 3 {
        Timex::Quarter { year: Some(year), quarter: n }
    } else {
        Timex::Half { year: Some(year), half: n }
    }
}

/// The quarter "the quarter", "this quarter" or "the year-ago quarter" names: the quarter the
/// sentence already named, else the one under way ("this quarter"), the next, or the last one
/// completed before the reference, the quarter a company reports on.
fn quarter_ref(which: QuarterRef, cx: &Context) -> Option<Timex> {
    let anchored = cx.anchor.filter(|a| matches!(a, Timex::Quarter { year: Some(_), .. }));
    let (year, quarter) = match (which, anchored, cx.reference) {
        (QuarterRef::Reported { .. }, Some(Timex::Quarter { year: Some(y), quarter }), _) => {
            (y, quarter)
        }
        (_, _, Some(r)) => {
            let current = (r.year(), (r.month() - 1) / 3 + 1);
            match which {
                QuarterRef::Current => current,
                QuarterRef::Next if current.1 == 4 => (current.0 + 1, 1),
                QuarterRef::Next => (current.0, current.1 + 1),
                QuarterRef::Reported { .. } if current.1 == 1 => (current.0 - 1, 4),
                QuarterRef::Reported { .. } => (current.0, current.1 - 1),
            }
        }
        _ => return None,
    };
    let back = match which {
        QuarterRef::Reported { years_back } => years_back,
        _ => 0,
    };
    Some(Timex::Quarter { year: Some(year - back), quarter })
}

fn unit_of_value(value: Timex) -> Unit {
    match value {
        Timex::Day { .. } => Unit::Day,
        Timex::Week { .. } => Unit::Week,
        Timex::Month { .. } | Timex::Season { .. } | Timex::Quarter { .. } | Timex::Half { .. } => {
            Unit::Month
        }
        _ => Unit::Year,
    }
}

fn rank(unit: Unit) -> u8 {
    match unit {
        Unit::Day => 0,
        Unit::Week => 1,
        Unit::Month => 2,
        Unit::Year => 3,
    }
}

/// Whether `anchor` is at least as fine as `unit`: "a year ago" can move October back a year,
/// "two days ago" cannot move "this year" back two days.
fn finer_or_equal(anchor: Timex, unit: Unit) -> bool {
    rank(unit_of_value(anchor)) <= rank(unit)
}

/// `base` moved by `amount` units, expressed at precision `to`.
fn shift_unit(base: Timex, unit: Unit, amount: i32, to: Unit) -> Timex {
    let Some((first, _)) = base.range() else { return base };
    let (y, m, d) = first.ymd();
    let moved = match unit {
        Unit::Day => first.add(i64::from(amount)),
        Unit::Week => first.add(7 * i64::from(amount)),
        Unit::Month => {
            let (y2, m2) = add_months(y, m, amount);
            Day::from_ymd(y2, m2, d.min(crate::engine::text::calendar::days_in_month(y2, m2)))
        }
        Unit::Year => {
            let y2 = y + amount;
            Day::from_ymd(y2, m, d.min(crate::engine::text::calendar::days_in_month(y2, m)))
        }
    };
    let (y, m, _) = moved.ymd();
    match to {
        Unit::Day => moved.timex(),
        Unit::Week => {
            let (year, week) = moved.iso_week();
            Timex::Week { year, week }
        }
        Unit::Month => Timex::Month { year: Some(y), month: m },
        Unit::Year => Timex::Year(y),
    }
}

/// The year for a day of a month, by the tense: the last such day up to the reference for the
/// past, the next from it for the future, the nearest when nothing says. A weekday written
/// beside the day picks among the years around the reference.
fn day_near(
    r: CalendarDate,
    month: u32,
    day: u32,
    weekday: Option<Weekday>,
    tense: Tense,
) -> Option<Timex> {
    let now = Day::of(r);
    let candidates: Vec<(Day, Timex)> = (r.year() - 1..=r.year() + 1)
        .filter_map(|y| CalendarDate::new(y, month, day).ok())
        .filter(|d| weekday.is_none_or(|w| d.weekday() == w))
        .map(|d| (Day::of(d), Timex::of_date(d)))
        .collect();
    let pick = match tense {
        Tense::Past => candidates.iter().filter(|(d, _)| *d <= now).max_by_key(|(d, _)| *d),
        Tense::Future => candidates.iter().filter(|(d, _)| *d >= now).min_by_key(|(d, _)| *d),
        Tense::Unmarked | Tense::Nearest => None,
    };
    pick.or_else(|| candidates.iter().min_by_key(|(d, _)| ((d.0 - now.0).abs(), d.0)))
        .map(|(_, t)| *t)
}

/// With no publication date, a weekday tied to a day leaves a few candidate years: the first
/// from the latest year the text mentions is the one a careful reader takes.
fn year_from_weekday(latest: Option<i32>, month: u32, day: u32, weekday: Weekday) -> Option<Timex> {
    let latest = latest?;
    (latest..latest + 28)
        .filter_map(|y| CalendarDate::new(y, month, day).ok())
        .find(|d| d.weekday() == weekday)
        .map(Timex::of_date)
}

fn month_near(r: CalendarDate, month: u32, shift: Option<Shift>, tense: Tense) -> Timex {
    let now = (r.year(), r.month());
    let this_year = (r.year(), month);
    let year = match shift {
        Some(Shift::This) => r.year(),
        Some(Shift::Last) => {
            if this_year < now {
                r.year()
            } else {
                r.year() - 1
            }
        }
        Some(Shift::Next) => {
            if this_year > now {
                r.year()
            } else {
                r.year() + 1
            }
        }
        // a month named alone in a news report is most often one already past
        None => match tense {
            Tense::Nearest => {
                let months = |y: i32, m: u32| i64::from(y) * 12 + i64::from(m);
                let distance = |y: i32| (months(y, month) - months(now.0, now.1)).abs();
                (r.year() - 1..=r.year() + 1).min_by_key(|&y| (distance(y), y)).unwrap_or(r.year())
            }
            Tense::Future if this_year < now => r.year() + 1,
            Tense::Future => r.year(),
            _ if this_year <= now => r.year(),
            _ => r.year() - 1,
        },
    };
    Timex::Month { year: Some(year), month }
}

/// The season a shifted season name points to: "this summer" is the one of the reference's
/// year, "last fall" the latest that began before the current season, "next spring" the
/// first after it.
fn season_near(r: CalendarDate, season: Season, shift: Option<Shift>) -> Timex {
    let start = |y: i32, s: Season| (y, s.first_month());
    // the season the reference is in, by the year and month it began
    let current_year = if r.month() <= 2 { r.year() - 1 } else { r.year() };
    let current = start(current_year, Season::of_month(r.month()));
    let year = match shift {
        Some(Shift::Last) => {
            if start(current_year, season) < current {
                current_year
            } else {
                current_year - 1
            }
        }
        Some(Shift::Next) => {
            if start(current_year, season) > current {
                current_year
            } else {
                current_year + 1
            }
        }
        _ => r.year(),
    };
    Timex::Season { year: Some(year), season }
}

/// The weekday's date: "last Monday" the one before the reference, "next Monday" the one
/// after; otherwise the clause's tense, the past (and the reference day itself) by default.
fn weekday_near(r: CalendarDate, weekday: Weekday, shift: Option<Shift>, tense: Tense) -> Timex {
    let now = Day::of(r);
    let target = (0..7).find(|&k| Day(k).weekday_index() == weekday_index(weekday)).unwrap_or(0);
    let back = (now.weekday_index() - Day(target).weekday_index()).rem_euclid(7);
    let ahead = (Day(target).weekday_index() - now.weekday_index()).rem_euclid(7);
    let day = match (shift, tense) {
        (Some(Shift::Last), _) => now.add(-(if back == 0 { 7 } else { back })),
        (Some(Shift::Next), _) => now.add(if ahead == 0 { 7 } else { ahead }),
        (_, Tense::Future) => now.add(ahead),
        (_, Tense::Nearest) if ahead < back => now.add(ahead),
        _ => now.add(-back),
    };
    day.timex()
}

fn weekday_index(weekday: Weekday) -> i64 {
    match weekday {
        Weekday::Monday => 0,
        Weekday::Tuesday => 1,
        Weekday::Wednesday => 2,
        Weekday::Thursday => 3,
        Weekday::Friday => 4,
        Weekday::Saturday => 5,
        Weekday::Sunday => 6,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::extract::dates::recognise::recognise;
    use crate::engine::extract::dates::tense::tense_at;
    use crate::engine::extract::dates::tokens::tokens;
    use crate::engine::text::span::Span;

    /// The value of the first expression in `sentence`, read on `reference`.
    fn value(sentence: &str, reference: Option<&str>) -> Option<String> {
        let toks = tokens(sentence, Span::new(0, sentence.len()));
        let found = recognise(&toks);
        let mut anchor: Option<Timex> = None;
        let mut last = None;
        for f in &found {
            let cx = Context {
                reference: reference.map(|r| r.parse().expect("a reference date")),
                tense: tense_at(&toks, f.start, f.end),
                quoted: sentence[..f.span.start].contains('"'),
                anchor,
                latest_year: Some(2005),
                day_first: false,
            };
            let v = resolve(f.expr, &cx).value;
            if let Some(v) = v
                && anchor.is_none_or(|a| v.precision() < a.precision())
            {
                anchor = Some(v);
            }
            last = v;
        }
        last.map(|v| v.to_string())
    }

    #[test]
    fn a_working_that_leaves_the_calendar_has_no_value() {
        let rows: &[(&str, &str, &str, Option<&str>)] = &[
            ("ten years before the year 1", "Ten years ago it flooded.", "0001-03-01", None),
            ("a year before the year 1", "Last year it flooded.", "0001-03-01", None),
            ("a year after 9999", "Next year it will flood.", "9999-03-01", None),
            ("still inside", "Ten years ago it flooded.", "0011-03-01", Some("0001")),
        ];
        for &(row, sentence, reference, expected) in rows {
            assert_eq!(value(sentence, Some(reference)).as_deref(), expected, "{row}");
        }
    }

    #[test]
    fn expressions_against_a_reference_date() {
        let mon = Some("2009-07-27"); // a Monday
        let cases: &[(&str, &str, Option<&str>, Option<&str>)] = &[
            ("\"July 23\" in the past", "The vote on July 23 was rigged.", mon, Some("2009-07-23")),
            ("\"23 July 2009\" as written", "It was 23 July 2009.", None, Some("2009-07-23")),
            ("\"Nov. 10, 2019\" as written", "On Nov. 10, 2019 it sold.", mon, Some("2019-11-10")),
            ("\"2009-07-23\"", "Dated 2009-07-23.", None, Some("2009-07-23")),
            ("\"July 2009\"", "In July 2009 it rained.", None, Some("2009-07")),
            ("\"in 2005\"", "In 2005, protests toppled him.", mon, Some("2005")),
            ("\"the 1990s\"", "In the 1990s it grew.", None, Some("199")),
            ("\"the 21st century\"", "The 21st century began.", None, Some("20")),
            (
                "\"mid-December\" before the reference month",
                "Talks ended in mid-December.",
                mon,
                Some("2008-12"),
            ),
            ("\"early 2015\"", "It opens in early 2015.", mon, Some("2015")),
            (
                "\"Monday\" in past tense on a Monday",
                "He flew to Moscow on Monday.",
                mon,
                Some("2009-07-27"),
            ),
            (
                "\"Wednesday\" in future tense",
                "Protests will start on Wednesday.",
                mon,
                Some("2009-07-29"),
            ),
            (
                "\"from Wednesday\" looks ahead",
                "Protests are held from Wednesday.",
                mon,
                Some("2009-07-29"),
            ),
            (
                "\"Friday\" in past tense",
                "On Friday, fishermen rescued 700 people.",
                Some("2015-05-18"),
                Some("2015-05-15"),
            ),
            (
                "\"Wednesday\" in past tense",
                "He returned late on Wednesday.",
                Some("2017-11-16"),
                Some("2017-11-15"),
            ),
            ("\"last Monday\" on a Monday", "He left last Monday.", mon, Some("2009-07-20")),
            ("\"next Monday\" on a Monday", "He leaves next Monday.", mon, Some("2009-08-03")),
            ("\"last week\"", "Following last week's vote.", mon, Some("2009-W30")),
            ("\"this month\"", "He agreed this month to talk.", mon, Some("2009-07")),
            ("\"this year\"", "It pays $180 million this year.", mon, Some("2009")),
            ("\"last year\"", "Dealers sold more last year.", Some("2019-11-20"), Some("2018")),
            (
                "\"the previous year\" after \"last year\"",
                "Dealers last year sold more, up from the previous year.",
                Some("2019-11-20"),
                Some("2017"),
            ),
            (
                "\"the previous year\" alone",
                "Up from the previous year.",
                Some("2019-11-20"),
                Some("2018"),
            ),
            (
                "\"a year ago\" alone",
                "Prices rose from a year ago.",
                Some("2019-11-20"),
                Some("2018"),
            ),
            (
                "\"a year ago\" after a month",
                "Sales in October fell from a year ago.",
                Some("2019-11-20"),
                Some("2018-10"),
            ),
            ("\"a week ago\"", "He was removed a week ago.", Some("2017-11-16"), Some("2017-W45")),
            ("\"next month\"", "It opens next month.", mon, Some("2009-08")),
            (
                "\"yesterday\"",
                "The study was published yesterday.",
                Some("2014-07-28"),
                Some("2014-07-27"),
            ),
            ("\"two days ago\"", "He left two days ago.", mon, Some("2009-07-25")),
            ("\"earlier this month\"", "He was ousted earlier this month.", mon, Some("2009-07")),
            ("\"late last year\"", "It began late last year.", mon, Some("2008")),
            ("\"last fall\" in summer", "It began last fall.", mon, Some("2008-FA")),
            (
                "\"October\" in the past",
                "Dealers sold cars in October.",
                Some("2019-11-20"),
                Some("2019-10"),
            ),
            (
                "\"March\" after the reference month",
                "Down from the March high.",
                Some("2019-11-20"),
                Some("2019-03"),
            ),
            (
                "\"December\" in past tense, before the reference month",
                "Sales rose in December.",
                Some("2019-11-20"),
                Some("2018-12"),
            ),
            (
                "\"January\" in future tense",
                "The law will apply in January.",
                Some("2019-11-20"),
                Some("2020-01"),
            ),
            (
                "\"the year\"",
                "The best month of the year thus far.",
                Some("2019-11-20"),
                Some("2019"),
            ),
            ("\"today\" in the narrative", "The court rules today.", mon, Some("2009-07-27")),
            (
                "\"today\" in a quote: the day of speaking is not given",
                "He said, \"today's game was hard.\"",
                mon,
                None,
            ),
            (
                "\"the third quarter\" past",
                "Profit rose in the third quarter.",
                Some("1989-11-02"),
                Some("1989-Q3"),
            ),
            (
                "a quarter just ended is still to be reported",
                "It will report third-quarter results.",
                Some("1989-10-20"),
                Some("1989-Q3"),
            ),
            (
                "\"the first quarter\" ahead",
                "It expects a gain in the first quarter.",
                Some("1989-11-02"),
                Some("1990-Q1"),
            ),
            (
                "\"the quarter\": the last one completed",
                "Net rose in the quarter.",
                Some("1989-11-02"),
                Some("1989-Q3"),
            ),
            (
                "\"the year-ago quarter\"",
                "Up from the year-ago quarter.",
                Some("1989-11-02"),
                Some("1988-Q3"),
            ),
            (
                "\"a year earlier\" after a quarter",
                "Net rose in the third quarter from a year earlier.",
                Some("1989-11-02"),
                Some("1988-Q3"),
            ),
            ("\"this fiscal year\"", "Profit this fiscal year.", Some("2013-03-22"), Some("2013")),
            (
                "\"the second half of next year\"",
                "Sales recover in the second half of next year.",
                Some("2013-03-22"),
                Some("2014-H2"),
            ),
            (
                "\"the last week\"",
                "Six died in the last week.",
                Some("2013-03-22"),
                Some("2013-W11"),
            ),
            (
                "\"the end of the year\" after a month",
                "It started in early December and peaked by the end of the year.",
                Some("2013-03-22"),
                Some("2012"),
            ),
            (
                "\"by Jan. 14\" ahead",
                "He must be returned by Jan. 14, they announced.",
                Some("2000-01-06"),
                Some("2000-01-14"),
            ),
            (
                "\"through Sept. 29\" a month back",
                "It had purchased 481,000 shares through Sept. 29.",
                Some("1989-10-30"),
                Some("1989-09-29"),
            ),
            (
                "\"through January\" ahead",
                "Lenders extended loans through January.",
                Some("1989-10-27"),
                Some("1990-01"),
            ),
            (
                "\"through June\" runs ahead",
                "Microsoft said it identified three companies for the program to run through June.",
                Some("2013-03-18"),
                Some("2013-06"),
            ),
            (
                "\"due to be published in May\"",
                "A book of memoirs is due to be published in May.",
                Some("2013-03-22"),
                Some("2013-05"),
            ),
            (
                "\"last Oct. 23\" is a day",
                "He was shot to death last Oct. 23 at his home.",
                Some("1999-04-19"),
                Some("1998-10-23"),
            ),
            (
                "\"since\" looks back",
                "They have searched since shortly after the Oct. 23 slaying.",
                Some("1999-05-06"),
                Some("1998-10-23"),
            ),
            ("\"nineteen ninety-six\"", "It began in nineteen ninety-six.", None, Some("1996")),
            (
                "\"the year two thousand\"",
                "Ready by the year two thousand.",
                Some("1998-02-01"),
                Some("2000"),
            ),
            ("the \"58\" of \"1957-58\"", "The expedition of 1957-58.", None, Some("1958")),
            // no publication date
            ("\"July 23\" with no reference", "The July 23 election.", None, Some("XXXX-07-23")),
            ("\"this month\" with no reference", "He agreed this month.", None, None),
            ("\"Monday\" with no reference", "He flew on Monday.", None, None),
            (
                "weekday tied to a day fixes the year",
                "On Monday, July 27, he flew.",
                None,
                Some("2009-07-27"),
            ),
            // not dates at all
            ("\"three years\" is a duration", "He ruled for three years.", mon, None),
            ("\"10:30 am\" is a clock time", "It starts at 10:30 am.", mon, None),
            ("\"May\" as a verb", "Crops may fail.", mon, None),
            ("\"March\" as a noun", "The march on the capital began.", mon, None),
        ];
        for (name, sentence, reference, expected) in cases {
            assert_eq!(value(sentence, *reference).as_deref(), *expected, "{name}");
        }
    }
}
