//! What a date expression says before any reference date is applied: the vocabulary the
//! recognisers (`recognise`, `relative`) write and `resolve` reads.

use crate::engine::calendar::Weekday;

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
