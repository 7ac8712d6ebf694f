//! Calendar dates without a date library: the engine only needs proleptic Gregorian days,
//! and keeping this small keeps the page small (chrono costs ~19 KB gzipped in wasm).

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};
use thiserror::Error;

/// A day on the Gregorian calendar, always valid once constructed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct CalendarDate {
    year: i32,
    month: u8,
    day: u8,
}

/// Why a piece of text is not a calendar date.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum DateError {
    #[error("'{0}' is not a date in the form YYYY-MM-DD")]
    Format(String),
    #[error("{year:04}-{month:02}-{day:02} is not a day of the calendar")]
    NoSuchDay { year: i32, month: u32, day: u32 },
}

impl CalendarDate {
    /// Builds a date, refusing days the calendar does not have (2009-02-29, month 13).
    pub fn new(year: i32, month: u32, day: u32) -> Result<Self, DateError> {
        let valid = (1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month);
        if !valid || !(1..=9999).contains(&year) {
            return Err(DateError::NoSuchDay { year, month, day });
        }
        Ok(Self { year, month: month as u8, day: day as u8 })
    }

    pub fn year(self) -> i32 {
        self.year
    }

    pub fn month(self) -> u32 {
        u32::from(self.month)
    }

    pub fn day(self) -> u32 {
        u32::from(self.day)
    }
}

/// A day of the week, so a weekday named in the text ("on Monday") can pin down a year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Weekday {
    Monday,
    Tuesday,
    Wednesday,
    Thursday,
    Friday,
    Saturday,
    Sunday,
}

impl Weekday {
    const ALL: [Weekday; 7] = [
        Weekday::Monday,
        Weekday::Tuesday,
        Weekday::Wednesday,
        Weekday::Thursday,
        Weekday::Friday,
        Weekday::Saturday,
        Weekday::Sunday,
    ];

    /// "Monday", "mon", "Tues.", "THURSDAY" → the weekday; anything else → None.
    pub fn from_name(word: &str) -> Option<Weekday> {
        let mut buffer = [0u8; NAME_BYTES];
        weekday_from_key(name_key(word, &mut buffer)?)
    }
}

/// The weekday a [`name_key`] names. One `match` on the lowered bytes: it compares lengths
/// before bytes, so a word that is no weekday costs a few comparisons, not a scan of every
/// name and abbreviation.
fn weekday_from_key(key: &[u8]) -> Option<Weekday> {
    match key {
        b"monday" | b"mon" => Some(Weekday::Monday),
        b"tuesday" | b"tue" | b"tues" => Some(Weekday::Tuesday),
        b"wednesday" | b"wed" => Some(Weekday::Wednesday),
        b"thursday" | b"thu" | b"thur" | b"thurs" => Some(Weekday::Thursday),
        b"friday" | b"fri" => Some(Weekday::Friday),
        b"saturday" | b"sat" => Some(Weekday::Saturday),
        b"sunday" | b"sun" => Some(Weekday::Sunday),
        _ => None,
    }
}

/// The month a name or abbreviation stands for: "July", "jul", "Sept.", "SEP" → 7, 7, 9, 9.
/// "May" and "March" are also ordinary words; callers decide from context whether one is a date.
pub fn month_from_name(word: &str) -> Option<u32> {
    let mut buffer = [0u8; NAME_BYTES];
    month_from_key(name_key(word, &mut buffer)?)
}

/// The month a [`name_key`] names: full names, "sept", and the first three letters of every
/// name, in one `match`.
fn month_from_key(key: &[u8]) -> Option<u32> {
    match key {
        b"january" | b"jan" => Some(1),
        b"february" | b"feb" => Some(2),
        b"march" | b"mar" => Some(3),
        b"april" | b"apr" => Some(4),
        b"may" => Some(5),
        b"june" | b"jun" => Some(6),
        b"july" | b"jul" => Some(7),
        b"august" | b"aug" => Some(8),
        b"september" | b"sept" | b"sep" => Some(9),
        b"october" | b"oct" => Some(10),
        b"november" | b"nov" => Some(11),
        b"december" | b"dec" => Some(12),
        _ => None,
    }
}

/// Whether `word` names a month or a weekday, as [`month_from_name`] or [`Weekday::from_name`]
/// reads it: one lowering for both questions, asked of every capitalised word of an article,
/// where nearly every answer is no.
pub fn names_month_or_weekday(word: &str) -> bool {
    let mut buffer = [0u8; NAME_BYTES];
    let Some(key) = name_key(word, &mut buffer) else {
        return false;
    };
    // The quick no: every name starts with one of these letters.
    matches!(key.first(), Some(b'a' | b'd' | b'f' | b'j' | b'm' | b'n' | b'o' | b's' | b't' | b'w'))
        && (month_from_key(key).is_some() || weekday_from_key(key).is_some())
}

/// The longest month or weekday name ("september", "wednesday").
const NAME_BYTES: usize = 9;

/// `word` as the name tables read it: trailing full stops dropped ("Sept." is "sept"), ASCII
/// letters lowered into `buffer`; `None` unless three to nine bytes are left, the lengths of
/// every name and abbreviation. Both lookups are asked of every capitalised word of an
/// article, so the word is lowered on the stack and never checked as UTF-8 again.
fn name_key<'b>(word: &str, buffer: &'b mut [u8; NAME_BYTES]) -> Option<&'b [u8]> {
    let bytes = word.as_bytes();
    let len = bytes.iter().rposition(|&b| b != b'.').map_or(0, |last| last + 1);
    if !(3..=NAME_BYTES).contains(&len) {
        return None;
    }
    let key = &mut buffer[..len];
    key.copy_from_slice(&bytes[..len]);
    key.make_ascii_lowercase();
    Some(key)
}

impl CalendarDate {
    /// The day of the week (Sakamoto's method), which the text may name beside a date.
    pub fn weekday(self) -> Weekday {
        const OFFSETS: [i32; 12] = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4];
        let month = self.month();
        let year = if month < 3 { self.year - 1 } else { self.year };
        let index = (year + year / 4 - year / 100
            + year / 400
            + OFFSETS[(month - 1) as usize]
            + self.day() as i32)
            % 7;
        // index 0 is Sunday
        Weekday::ALL[((index + 6) % 7) as usize]
    }
}

/// Days in a month of the proleptic Gregorian calendar.
pub fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap_year(year) => 29,
        2 => 28,
        _ => 0,
    }
}

pub fn is_leap_year(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

impl FromStr for CalendarDate {
    type Err = DateError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let format_error = || DateError::Format(text.chars().take(40).collect());
        let mut parts = text.trim().splitn(3, '-');
        let mut field = |width: usize| -> Result<u32, DateError> {
            let part = parts.next().ok_or_else(format_error)?;
            if part.len() != width || !part.bytes().all(|b| b.is_ascii_digit()) {
                return Err(format_error());
            }
            part.parse().map_err(|_| format_error())
        };
        let (year, month, day) = (field(4)?, field(2)?, field(2)?);
        Self::new(year as i32, month, day)
    }
}

impl fmt::Display for CalendarDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl TryFrom<String> for CalendarDate {
    type Error = DateError;

    fn try_from(text: String) -> Result<Self, Self::Error> {
        text.parse()
    }
}

impl From<CalendarDate> for String {
    fn from(date: CalendarDate) -> Self {
        date.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_lowering_names_what_either_lookup_names() {
        let words = [
            "Monday", "TUES.", "Sept.", "sep", "May", "March", "Thurs", "Bishkek", "Zone", "Sun",
            "Wed", "Decade", "Jul", "Octopus", "Friday", "Ab", "Über", "Junes", "dec.", "Saturn",
        ];
        let mut named = 0;
        for word in words {
            let either = month_from_name(word).is_some() || Weekday::from_name(word).is_some();
            named += usize::from(either);
            assert_eq!(names_month_or_weekday(word), either, "{word}");
        }
        assert!(named >= 12, "{named}");
    }

    #[test]
    fn parses_and_prints_iso_dates() {
        let cases = [
            ("2009-07-27", Some("2009-07-27")),
            (" 2019-11-20 ", Some("2019-11-20")),
            ("2000-02-29", Some("2000-02-29")), // divisible by 400: leap
            ("1900-02-29", None),               // divisible by 100 only: not leap
            ("2009-13-01", None),
            ("2009-00-10", None),
            ("2009-04-31", None),
            ("2009-7-27", None),
            ("27/07/2009", None),
            ("2009-07-27x", None),
            ("", None),
            ("yesterday", None),
        ];
        for (input, expected) in cases {
            let got = input.parse::<CalendarDate>().ok().map(|d| d.to_string());
            assert_eq!(got.as_deref(), expected, "input {input:?}");
        }
    }

    #[test]
    fn errors_say_what_was_wrong() {
        let err = "2009-02-30".parse::<CalendarDate>().unwrap_err();
        assert_eq!(err.to_string(), "2009-02-30 is not a day of the calendar");
        let err = "0000-01-01".parse::<CalendarDate>().unwrap_err();
        assert_eq!(err.to_string(), "0000-01-01 is not a day of the calendar", "echoed as written");
        let err = "July 27".parse::<CalendarDate>().unwrap_err();
        assert_eq!(err.to_string(), "'July 27' is not a date in the form YYYY-MM-DD");
    }

    #[test]
    fn serialises_as_an_iso_string() {
        let date = CalendarDate::new(2009, 7, 27).unwrap();
        assert_eq!(serde_json::to_string(&date).unwrap(), "\"2009-07-27\"");
        let back: CalendarDate = serde_json::from_str("\"2009-07-27\"").unwrap();
        assert_eq!(back, date);
        assert!(serde_json::from_str::<CalendarDate>("\"2009-02-30\"").is_err());
    }

    #[test]
    fn names_of_months_and_weekdays() {
        let months = [
            ("July", Some(7)),
            ("jul", Some(7)),
            ("Sept.", Some(9)),
            ("SEP", Some(9)),
            ("Nov.", Some(11)),
            ("May", Some(5)),
            ("Mayday", None),
            ("Ju", None),
            ("", None),
        ];
        for (word, expected) in months {
            assert_eq!(month_from_name(word), expected, "month {word:?}");
        }
        let days = [
            ("Monday", Some(Weekday::Monday)),
            ("tues.", Some(Weekday::Tuesday)),
            ("THURS", Some(Weekday::Thursday)),
            ("Sun", Some(Weekday::Sunday)),
            ("Sunny", None),
        ];
        for (word, expected) in days {
            assert_eq!(Weekday::from_name(word), expected, "weekday {word:?}");
        }
    }

    #[test]
    fn weekday_of_a_date() {
        let cases = [
            ("2009-07-27", Weekday::Monday),
            ("2019-11-20", Weekday::Wednesday),
            ("2000-01-01", Weekday::Saturday), // January uses the year before
            ("2000-02-29", Weekday::Tuesday),  // leap day
            ("2017-11-16", Weekday::Thursday),
            ("1900-03-01", Weekday::Thursday),
        ];
        for (date, expected) in cases {
            assert_eq!(date.parse::<CalendarDate>().unwrap().weekday(), expected, "{date}");
        }
    }
}
