//! TIMEX3 values: the calendar point or span a date expression names, printed the way the
//! gold format and every TimeML tool print them (`2009-07-23`, `2009-W30`, `2009-07`,
//! `2009-SU`, `1989-Q3`, `1990-H1`, `2009`, `199`, `20`, and `XXXX-07-23` when the year is
//! unknown).

use std::cmp::Ordering;
use std::fmt;

use serde::{Deserialize, Serialize};

use crate::engine::text::calendar::{CalendarDate, days_in_month};

/// How fine a value is, so the timeline can group entries and a reader can tell "on July 23"
/// from "in July".
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Precision {
    Day,
    Week,
    Month,
    /// A part of a year longer than a month: a season, a quarter or a half.
    Season,
    Year,
    Decade,
    Century,
}

/// The four seasons of the northern calendar, as TIMEX3 abbreviates them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Season {
    Spring,
    Summer,
    Fall,
    Winter,
}

impl Season {
    pub fn from_name(word: &str) -> Option<Season> {
        // Asked of every word of every sentence: only four or six letters can name a season.
        if !matches!(word.len(), 4 | 6) {
            return None;
        }
        let is = |name: &str| word.eq_ignore_ascii_case(name);
        if is("spring") {
            Some(Season::Spring)
        } else if is("summer") {
            Some(Season::Summer)
        } else if is("fall") || is("autumn") {
            Some(Season::Fall)
        } else if is("winter") {
            Some(Season::Winter)
        } else {
            None
        }
    }

    fn code(self) -> &'static str {
        match self {
            Season::Spring => "SP",
            Season::Summer => "SU",
            Season::Fall => "FA",
            Season::Winter => "WI",
        }
    }

    /// The first month of the season (winter starts in December of its year).
    pub fn first_month(self) -> u32 {
        match self {
            Season::Spring => 3,
            Season::Summer => 6,
            Season::Fall => 9,
            Season::Winter => 12,
        }
    }

    /// The season a month falls in; January and February belong to the winter that began in
    /// the December before, which the caller accounts for.
    pub fn of_month(month: u32) -> Season {
        match month {
            3..=5 => Season::Spring,
            6..=8 => Season::Summer,
            9..=11 => Season::Fall,
            _ => Season::Winter,
        }
    }
}

/// A TIMEX3 date value. `year: None` is a year the text does not give and the reader could
/// not work out: it prints as `XXXX`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(into = "String", try_from = "String")]
pub enum Timex {
    Day {
        year: Option<i32>,
        month: u32,
        day: u32,
    },
    /// An ISO-8601 week.
    Week {
        year: i32,
        week: u32,
    },
    Month {
        year: Option<i32>,
        month: u32,
    },
    Season {
        year: Option<i32>,
        season: Season,
    },
    /// A calendar quarter, 1 to 4 ("the third quarter", `1989-Q3`). Fiscal quarters are
    /// written the same way, as TimeML writes them.
    Quarter {
        year: Option<i32>,
        quarter: u32,
    },
    /// A half year, 1 or 2 ("the first half", `1990-H1`).
    Half {
        year: Option<i32>,
        half: u32,
    },
    Year(i32),
    /// The decade by its first three digits: 199 is the 1990s.
    Decade(i32),
    /// The century by its first two digits: 20 is 2000–2099, the 21st century.
    Century(i32),
}

impl Timex {
    pub fn precision(self) -> Precision {
        match self {
            Timex::Day { .. } => Precision::Day,
            Timex::Week { .. } => Precision::Week,
            Timex::Month { .. } => Precision::Month,
            Timex::Season { .. } | Timex::Quarter { .. } | Timex::Half { .. } => Precision::Season,
            Timex::Year(_) => Precision::Year,
            Timex::Decade(_) => Precision::Decade,
            Timex::Century(_) => Precision::Century,
        }
    }

    pub fn of_date(date: CalendarDate) -> Timex {
        Timex::Day { year: Some(date.year()), month: date.month(), day: date.day() }
    }

    /// The first and last day the value covers, when its year is known.
    pub fn range(self) -> Option<(Day, Day)> {
        let day = |y: i32, m: u32, d: u32| Day::from_ymd(y, m, d);
        let months = |y: i32, first: u32, count: u32| {
            let last = first + count - 1;
            (day(y, first, 1), day(y, last, days_in_month(y, last)))
        };
        Some(match self {
            Timex::Day { year, month, day: d } => {
                let at = day(year?, month, d);
                (at, at)
            }
            Timex::Week { year, week } => {
                let first = Day::iso_week_start(year, week);
                (first, first.add(6))
            }
            Timex::Month { year, month } => {
                let y = year?;
                (day(y, month, 1), day(y, month, days_in_month(y, month)))
            }
            Timex::Season { year, season } => {
                let y = year?;
                let first = day(y, season.first_month(), 1);
                let (ly, lm) = if season == Season::Winter {
                    (y + 1, 2)
                } else {
                    (y, season.first_month() + 2)
                };
                (first, day(ly, lm, days_in_month(ly, lm)))
            }
            Timex::Quarter { year, quarter } => months(year?, (quarter - 1) * 3 + 1, 3),
            Timex::Half { year, half } => months(year?, (half - 1) * 6 + 1, 6),
            Timex::Year(y) => (day(y, 1, 1), day(y, 12, 31)),
            Timex::Decade(d) => (day(d * 10, 1, 1), day(d * 10 + 9, 12, 31)),
            Timex::Century(c) => (day(c * 100, 1, 1), day(c * 100 + 99, 12, 31)),
        })
    }

    /// Calendar order for the timeline: by first day, the wider span first when two start
    /// together; values without a year after all the others, by month and day.
    pub fn calendar_cmp(self, other: Timex) -> Ordering {
        let key = |t: Timex| match t.range() {
            Some((first, _)) => (0, first.0, std::cmp::Reverse(t.precision())),
            None => {
                let (month, day) = match t {
                    Timex::Day { month, day, .. } => (month, day),
                    Timex::Month { month, .. } => (month, 0),
                    Timex::Season { season, .. } => (season.first_month(), 0),
                    Timex::Quarter { quarter, .. } => ((quarter - 1) * 3 + 1, 0),
                    Timex::Half { half, .. } => ((half - 1) * 6 + 1, 0),
                    _ => (0, 0),
                };
                (1, i64::from(month * 32 + day), std::cmp::Reverse(t.precision()))
            }
        };
        key(self).cmp(&key(other))
    }
}

impl fmt::Display for Timex {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let year = |y: Option<i32>| y.map_or_else(|| "XXXX".to_owned(), |y| format!("{y:04}"));
        match *self {
            Timex::Day { year: y, month, day } => write!(f, "{}-{month:02}-{day:02}", year(y)),
            Timex::Week { year: y, week } => write!(f, "{y:04}-W{week:02}"),
            Timex::Month { year: y, month } => write!(f, "{}-{month:02}", year(y)),
            Timex::Season { year: y, season } => write!(f, "{}-{}", year(y), season.code()),
            Timex::Quarter { year: y, quarter } => write!(f, "{}-Q{quarter}", year(y)),
            Timex::Half { year: y, half } => write!(f, "{}-H{half}", year(y)),
            Timex::Year(y) => write!(f, "{y:04}"),
            Timex::Decade(d) => write!(f, "{d:03}"),
            Timex::Century(c) => write!(f, "{c:02}"),
        }
    }
}

impl From<Timex> for String {
    fn from(value: Timex) -> Self {
        value.to_string()
    }
}

/// A string that is not a TIMEX value Lede writes.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("'{0}' is not a TIMEX value")]
pub struct TimexError(String);

/// Reads back what [`fmt::Display`] writes, so a Digest survives its JSON round trip (the
/// engine module's `digest()` answers other pages in JSON).
impl std::str::FromStr for Timex {
    type Err = TimexError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let error = || TimexError(text.chars().take(20).collect());
        let number = |part: &str| -> Result<u32, TimexError> {
            if part.is_empty() || !part.bytes().all(|b| b.is_ascii_digit()) {
                return Err(error());
            }
            part.parse().map_err(|_| error())
        };
        let year = |part: &str| -> Result<Option<i32>, TimexError> {
            match part {
                "XXXX" => Ok(None),
                _ if part.len() == 4 => Ok(Some(number(part)? as i32)),
                _ => Err(error()),
            }
        };
        let parts: Vec<&str> = text.split('-').collect();
        let season = |code: &str| {
            [Season::Spring, Season::Summer, Season::Fall, Season::Winter]
                .into_iter()
                .find(|s| s.code() == code)
        };
        match parts.as_slice() {
            [y] if y.len() == 4 => Ok(Timex::Year(number(y)? as i32)),
            [d] if d.len() == 3 => Ok(Timex::Decade(number(d)? as i32)),
            [c] if c.len() == 2 => Ok(Timex::Century(number(c)? as i32)),
            [y, code] if season(code).is_some() => {
                Ok(Timex::Season { year: year(y)?, season: season(code).ok_or_else(error)? })
            }
            [y, q] if q.len() == 2 && q.starts_with('Q') => {
                let quarter = number(&q[1..])?;
                (1..=4)
                    .contains(&quarter)
                    .then_some(Timex::Quarter { year: year(y)?, quarter })
                    .ok_or_else(error)
            }
            [y, h] if h.len() == 2 && h.starts_with('H') => {
                let half = number(&h[1..])?;
                (1..=2)
                    .contains(&half)
                    .then_some(Timex::Half { year: year(y)?, half })
                    .ok_or_else(error)
            }
            [y, w] if w.starts_with('W') => {
                Ok(Timex::Week { year: number(y)? as i32, week: number(&w[1..])? })
            }
            [y, m] => Ok(Timex::Month { year: year(y)?, month: number(m)? }),
            [y, m, d] => Ok(Timex::Day { year: year(y)?, month: number(m)?, day: number(d)? }),
            _ => Err(error()),
        }
    }
}

impl TryFrom<String> for Timex {
    type Error = TimexError;

    fn try_from(text: String) -> Result<Self, Self::Error> {
        text.parse()
    }
}

/// A day as a count from 1970-01-01, for day arithmetic ("two days ago", "last week").
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Day(pub i64);

impl Day {
    /// Days from the civil date (Howard Hinnant's algorithm); any month/day is accepted and
    /// counted on, so callers pass valid dates.
    pub fn from_ymd(year: i32, month: u32, day: u32) -> Day {
        let y = i64::from(year) - i64::from(month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        Day(era * 146_097 + doe - 719_468)
    }

    pub fn of(date: CalendarDate) -> Day {
        Day::from_ymd(date.year(), date.month(), date.day())
    }

    /// The civil date of this day.
    pub fn ymd(self) -> (i32, u32, u32) {
        let z = self.0 + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        (year, month, day)
    }

    pub fn add(self, days: i64) -> Day {
        Day(self.0 + days)
    }

    /// 0 = Monday … 6 = Sunday.
    pub fn weekday_index(self) -> i64 {
        (self.0 + 3).rem_euclid(7)
    }

    /// The Monday that starts ISO week `week` of ISO year `year`.
    pub fn iso_week_start(year: i32, week: u32) -> Day {
        let jan4 = Day::from_ymd(year, 1, 4);
        jan4.add(-jan4.weekday_index() + 7 * (i64::from(week) - 1))
    }

    /// The ISO week this day belongs to (its year may differ from the civil year).
    pub fn iso_week(self) -> (i32, u32) {
        let thursday = self.add(3 - self.weekday_index());
        let year = thursday.ymd().0;
        let week = (thursday.0 - Day::from_ymd(year, 1, 1).0) / 7 + 1;
        (year, week as u32)
    }

    pub fn timex(self) -> Timex {
        let (year, month, day) = self.ymd();
        Timex::Day { year: Some(year), month, day }
    }
}

/// Moves a (year, month) pair by `months`.
pub fn add_months(year: i32, month: u32, months: i32) -> (i32, u32) {
    let index = year * 12 + month as i32 - 1 + months;
    (index.div_euclid(12), index.rem_euclid(12) as u32 + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_print_as_timex3() {
        let cases: &[(&str, Timex, &str)] = &[
            ("a day", Timex::Day { year: Some(2009), month: 7, day: 23 }, "2009-07-23"),
            (
                "a day of an unknown year",
                Timex::Day { year: None, month: 7, day: 23 },
                "XXXX-07-23",
            ),
            ("an ISO week", Timex::Week { year: 2009, week: 30 }, "2009-W30"),
            ("a month", Timex::Month { year: Some(2019), month: 10 }, "2019-10"),
            ("a season", Timex::Season { year: Some(2015), season: Season::Summer }, "2015-SU"),
            ("a quarter", Timex::Quarter { year: Some(1989), quarter: 3 }, "1989-Q3"),
            ("a half", Timex::Half { year: Some(1990), half: 1 }, "1990-H1"),
            ("a year", Timex::Year(2005), "2005"),
            ("the 1990s", Timex::Decade(199), "199"),
            ("the 21st century", Timex::Century(20), "20"),
        ];
        for (name, value, expected) in cases {
            assert_eq!(value.to_string(), *expected, "{name}");
        }
    }

    #[test]
    fn day_arithmetic_round_trips() {
        for (y, m, d) in [(1970, 1, 1), (2000, 2, 29), (2009, 7, 27), (1899, 12, 31), (2100, 3, 1)]
        {
            assert_eq!(Day::from_ymd(y, m, d).ymd(), (y, m, d));
        }
        assert_eq!(Day::from_ymd(2009, 7, 27).weekday_index(), 0); // a Monday
    }

    #[test]
    fn iso_weeks() {
        let cases = [
            ((2009, 7, 27), (2009, 31)),
            ((2009, 7, 20), (2009, 30)),
            ((2017, 11, 9), (2017, 45)),
            ((2021, 1, 3), (2020, 53)), // a Sunday in the last week of the year before
            ((2018, 12, 31), (2019, 1)),
        ];
        for ((y, m, d), expected) in cases {
            assert_eq!(Day::from_ymd(y, m, d).iso_week(), expected, "{y}-{m}-{d}");
        }
        assert_eq!(Day::iso_week_start(2009, 31), Day::from_ymd(2009, 7, 27));
    }

    #[test]
    fn calendar_order() {
        let mut values = [
            Timex::Day { year: Some(2009), month: 7, day: 29 },
            Timex::Day { year: None, month: 7, day: 1 },
            Timex::Year(2009),
            Timex::Month { year: Some(2009), month: 7 },
            Timex::Year(2005),
        ];
        values.sort_by(|a, b| a.calendar_cmp(*b));
        let shown: Vec<String> = values.iter().map(ToString::to_string).collect();
        assert_eq!(shown, ["2005", "2009", "2009-07", "2009-07-29", "XXXX-07-01"]);
    }

    #[test]
    fn values_read_back_as_written() {
        let cases = [
            "2009-07-23",
            "XXXX-07-23",
            "2009-W30",
            "2009-07",
            "XXXX-07",
            "2015-SU",
            "XXXX-WI",
            "1989-Q3",
            "XXXX-Q4",
            "1990-H2",
            "2005",
            "199",
            "20",
        ];
        for written in cases {
            let value: Timex = written.parse().unwrap_or_else(|e| panic!("{written}: {e}"));
            assert_eq!(value.to_string(), written);
        }
        for bad in [
            "",
            "July",
            "2009-13-xx",
            "20-09",
            "2009-W",
            "12345",
            "2009-07-23-01",
            "1989-Q5",
            "1989-H3",
        ] {
            assert!(bad.parse::<Timex>().is_err(), "{bad} is not a value");
        }
    }
}
