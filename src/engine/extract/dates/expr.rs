//! What a date expression says before any reference date is applied: the vocabulary the
//! recognisers (`recognise`, `relative`) write and `resolve` reads.

use serde::{Deserialize, Serialize};

use crate::engine::text::calendar::Weekday;

use super::timex::Season;

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

/// Which quarter a quarter named without its number is, counted from the reference.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuarterRef {
    /// "this quarter", "the current quarter".
    Current,
    /// "next quarter".
    Next,
    /// "the quarter", "the latest quarter", "last quarter": the quarter the sentence already
    /// names, else the last one completed (the one a company is reporting), `years_back`
    /// years before ("the year-ago quarter").
    Reported { years_back: i32 },
}

/// The present, the past or the future as a whole ("now", "recently", "the future"): a time
/// a sentence points at without naming a point of the calendar. Listed apart from the date
/// mentions, never on the timeline.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TimeRef {
    Past,
    Present,
    Future,
}

impl TimeRef {
    /// The TIMEX3 value: `PAST_REF`, `PRESENT_REF`, `FUTURE_REF`.
    pub fn timex(self) -> &'static str {
        match self {
            TimeRef::Past => "PAST_REF",
            TimeRef::Present => "PRESENT_REF",
            TimeRef::Future => "FUTURE_REF",
        }
    }
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
    /// "the third quarter", "Q3 2013", "third-quarter".
    Quarter {
        year: Option<i32>,
        quarter: u32,
    },
    /// "the first half", "the second half of 1990".
    Half {
        year: Option<i32>,
        half: u32,
    },
    /// "the first half of the year" (`offset` None: the year the sentence is about), "the second
    /// half of next year" (`offset` 1 from the reference).
    HalfOfYear {
        half: u32,
        offset: Option<i32>,
    },
    /// "the quarter", "the latest quarter", "this quarter", "the year-ago quarter".
    QuarterRef(QuarterRef),
    /// "now", "currently", "recently", "the past", "the future": the present, past or future
    /// as a whole, no point of the calendar.
    Ref(TimeRef),
    Year(i32),
    /// "2/1/2016": two numbers whose order (month first or day first) the article's habits
    /// decide, unless one of them is above 12.
    Numeric {
        first: u32,
        second: u32,
        year: i32,
    },
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
