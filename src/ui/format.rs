//! How facts read on the page: dates in words, chrome kinds as labels.

use crate::engine::{CalendarDate, ChromeKind, Weekday};

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

pub fn month_name(month: u32) -> &'static str {
    MONTHS.get(month.wrapping_sub(1) as usize).copied().unwrap_or("")
}

/// "Monday 27 July 2009": unambiguous for readers on either side of the Atlantic.
pub fn long_date(date: CalendarDate) -> String {
    format!(
        "{} {} {} {}",
        weekday_name(date.weekday()),
        date.day(),
        month_name(date.month()),
        date.year()
    )
}

pub fn weekday_name(day: Weekday) -> &'static str {
    match day {
        Weekday::Monday => "Monday",
        Weekday::Tuesday => "Tuesday",
        Weekday::Wednesday => "Wednesday",
        Weekday::Thursday => "Thursday",
        Weekday::Friday => "Friday",
        Weekday::Saturday => "Saturday",
        Weekday::Sunday => "Sunday",
    }
}

/// What kind of page furniture a removed line was, in the reader's words.
pub fn chrome_label(kind: ChromeKind) -> &'static str {
    match kind {
        ChromeKind::Navigation => "navigation",
        ChromeKind::Sharing => "sharing",
        ChromeKind::Caption => "caption",
        ChromeKind::PhotoCredit => "photo credit",
        ChromeKind::Gallery => "gallery",
        ChromeKind::Newsletter => "newsletter",
        ChromeKind::Cookie => "cookie notice",
        ChromeKind::UpdateNote => "update note",
        ChromeKind::EditorCredit => "editor credit",
        ChromeKind::Related => "related links",
        ChromeKind::Advert => "advert",
        ChromeKind::Comments => "comments",
        ChromeKind::Contact => "contact",
        ChromeKind::Legal => "legal",
        ChromeKind::Other => "page furniture",
    }
}

/// "A", "A and B", "A, B and C".
pub fn join_names(names: &[&str]) -> String {
    match names {
        [] => String::new(),
        [one] => (*one).to_owned(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

/// "3 ms", "0.4 ms", "1.2 s".
pub fn duration(millis: f64) -> String {
    if millis < 1.0 {
        format!("{millis:.1} ms")
    } else if millis < 1000.0 {
        format!("{millis:.0} ms")
    } else {
        format!("{:.1} s", millis / 1000.0)
    }
}

/// "840 bytes", "12 KB", "1.2 MB".
pub fn bytes(count: usize) -> String {
    let count = count as f64;
    if count < 1024.0 {
        format!("{count} bytes")
    } else if count < 1024.0 * 1024.0 {
        format!("{:.0} KB", count / 1024.0)
    } else {
        format!("{:.1} MB", count / (1024.0 * 1024.0))
    }
}
