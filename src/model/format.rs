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
        format!("{} ms", fixed(millis, 1))
    } else if millis < 1000.0 {
        format!("{} ms", fixed(millis, 0))
    } else {
        format!("{} s", fixed(millis / 1000.0, 1))
    }
}

/// "840 bytes", "12 KB", "1.2 MB".
pub fn bytes(count: usize) -> String {
    if count < 1024 {
        return format!("{count} bytes");
    }
    let count = count as f64;
    if count < 1024.0 * 1024.0 {
        format!("{} KB", fixed(count / 1024.0, 0))
    } else {
        format!("{} MB", fixed(count / (1024.0 * 1024.0), 1))
    }
}

/// A TIMEX value as a reader says it: "27 July 2009", "week 30 of 2009", "the 1990s".
pub fn timex(value: &crate::engine::Timex) -> String {
    use crate::engine::{Season, Timex};
    let year =
        |year: Option<i32>| year.map_or_else(|| " (year unknown)".to_owned(), |y| format!(" {y}"));
    match *value {
        Timex::Day { year: y, month, day } => format!("{day} {}{}", month_name(month), year(y)),
        Timex::Week { year, week } => format!("week {week} of {year}"),
        Timex::Month { year: y, month } => format!("{}{}", month_name(month), year(y)),
        Timex::Season { year: y, season } => {
            let name = match season {
                Season::Spring => "Spring",
                Season::Summer => "Summer",
                Season::Fall => "Autumn",
                Season::Winter => "Winter",
            };
            format!("{name}{}", year(y))
        }
        Timex::Quarter { year: y, quarter } => format!("Q{quarter}{}", year(y)),
        Timex::Half { year: y, half } => {
            format!("{} half{}", if half == 1 { "First" } else { "Second" }, year(y))
        }
        Timex::Year(y) => y.to_string(),
        Timex::Decade(d) => format!("the {}0s", d),
        Timex::Century(c) => format!("the {} century", ordinal(c + 1)),
    }
}

fn ordinal(n: i32) -> String {
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

/// "1 paragraph", "2,345 paragraphs": a count with its noun in the right number.
pub fn counted(n: usize, one: &str, many: &str) -> String {
    let noun = if n == 1 { one } else { many };
    format!("{} {noun}", thousands(n as f64))
}

/// "30,154".
pub fn thousands(value: f64) -> String {
    let rounded = value.round();
    if (value - rounded).abs() > 1e-9 {
        return trim_decimals(value, 2);
    }
    let digits = fixed(rounded.abs(), 0);
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    if rounded < 0.0 { format!("-{out}") } else { out }
}

fn trim_decimals(value: f64, places: usize) -> String {
    let text = fixed(value, places);
    let text = text.trim_end_matches('0').trim_end_matches('.');
    text.to_owned()
}

/// `value` with `places` decimals (at most 6), halves rounded away from zero. Integer
/// arithmetic rather than `{:.N}` or `{}`: the float formatter is about 7 KB of gzipped
/// WebAssembly in every reader's download, and nothing else in the module needs it. Beyond 2^53
/// the whole number shows without decimals ([`huge`]).
pub fn fixed(value: f64, places: usize) -> String {
    let scale = 10u64.pow(places.min(6) as u32);
    let scaled = (value.abs() * scale as f64).round();
    if !scaled.is_finite() || scaled >= 9_007_199_254_740_992.0 {
        return huge(value);
    }
    let units = scaled as u64;
    let sign = if value < 0.0 && units != 0 { "-" } else { "" };
    let (whole, part) = (units / scale, units % scale);
    if places == 0 {
        format!("{sign}{whole}")
    } else {
        format!("{sign}{whole}.{part:0width$}", width = places.min(6))
    }
}

/// A float too big for [`fixed`]'s integer arithmetic: its exact whole value below 2^128 (a
/// float that big is an integer), beyond that its first 17 digits and then zeros; "inf" and
/// "NaN" as Rust writes them. (Digits past the 15th may differ from the float's shortest form.)
fn huge(value: f64) -> String {
    if value.is_nan() {
        return "NaN".to_owned();
    }
    let sign = if value < 0.0 { "-" } else { "" };
    let magnitude = value.abs();
    if magnitude.is_infinite() {
        return format!("{sign}inf");
    }
    if magnitude < 3.4e38 {
        return format!("{sign}{}", magnitude as u128);
    }
    let zeros = magnitude.log10().floor() as i32 - 16;
    let leading = (magnitude / 10f64.powi(zeros)).round() as u128;
    format!("{sign}{leading}{}", "0".repeat(zeros.max(0) as usize))
}

/// Big numbers in the short form cards use: 180000000 → "180M", 1200000000 → "1.2B".
pub fn compact(value: f64) -> String {
    let magnitude = value.abs();
    if magnitude >= 1e12 {
        format!("{}T", trim_decimals(value / 1e12, 1))
    } else if magnitude >= 1e9 {
        format!("{}B", trim_decimals(value / 1e9, 1))
    } else if magnitude >= 1e6 {
        format!("{}M", trim_decimals(value / 1e6, 1))
    } else {
        thousands(value)
    }
}

/// The figure's number as a card shows it: "76%", "$180M", "3,000".
pub fn figure_value(figure: &crate::engine::Figure) -> String {
    use crate::engine::FigureKind;
    match figure.kind {
        FigureKind::Percent => format!("{}%", trim_decimals(figure.value, 2)),
        FigureKind::Points => format!("{} pts", trim_decimals(figure.value, 2)),
        FigureKind::Money => {
            let symbol = match figure.unit.as_str() {
                "USD" => "$",
                "EUR" => "€",
                "GBP" => "£",
                "JPY" | "CNY" => "¥",
                "INR" => "₹",
                _ => "",
            };
            if symbol.is_empty() {
                format!("{} {}", figure.unit, compact(figure.value))
            } else {
                format!("{symbol}{}", compact(figure.value))
            }
        }
        FigureKind::Count | FigureKind::Measure => compact(figure.value),
        FigureKind::Score => score(figure.value, figure.against),
    }
}

/// A score as a card shows it, "2–1" with an en dash (a typographer's score, however the
/// article wrote it).
pub fn score(value: f64, against: Option<u32>) -> String {
    match against {
        Some(against) => format!("{}–{against}", fixed(value, 0)),
        None => fixed(value, 0),
    }
}

pub fn qualifier(qualifier: crate::engine::Qualifier) -> &'static str {
    use crate::engine::Qualifier;
    match qualifier {
        Qualifier::About => "about",
        Qualifier::MoreThan => "more than",
        Qualifier::LessThan => "less than",
        Qualifier::Nearly => "nearly",
        Qualifier::UpTo => "up to",
        Qualifier::AtLeast => "at least",
        Qualifier::AtMost => "at most",
        Qualifier::Only => "only",
    }
}

pub fn change(direction: crate::engine::ChangeDirection) -> &'static str {
    use crate::engine::ChangeDirection;
    match direction {
        ChangeDirection::Up => "▲ up",
        ChangeDirection::Down => "▼ down",
        ChangeDirection::Doubled => "▲ doubled",
        ChangeDirection::Tripled => "▲ tripled",
        ChangeDirection::Halved => "▼ halved",
    }
}

/// What the summary card says of its own scope, when it covers less than the whole piece: a
/// round-up's card summarises its first story only.
pub fn summary_scope(summary: &crate::engine::Summary) -> Option<&'static str> {
    summary
        .round_up
        .then_some("This piece is a round-up of separate stories: the summary covers the first.")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_summary_says_when_it_covers_only_the_first_story() {
        use crate::engine::Summary;
        let rows = [
            ("one story", Summary::default(), None),
            (
                "a round-up",
                Summary { round_up: true, ..Summary::default() },
                Some("This piece is a round-up of separate stories: the summary covers the first."),
            ),
        ];
        for (name, summary, want) in rows {
            assert_eq!(summary_scope(&summary), want, "{name}");
        }
    }

    #[test]
    fn counts_take_their_noun_in_the_right_number() {
        let rows = [
            (0, "0 sentences"),
            (1, "1 sentence"),
            (2, "2 sentences"),
            (12_345, "12,345 sentences"),
        ];
        for (n, expected) in rows {
            assert_eq!(counted(n, "sentence", "sentences"), expected);
        }
    }

    #[test]
    fn numbers_read_as_on_a_card() {
        let cases = [
            (30154.0, "30,154", "30,154"),
            (180_000_000.0, "180,000,000", "180M"),
            (1_200_000_000.0, "1,200,000,000", "1.2B"),
            (17_300_000.0, "17,300,000", "17.3M"),
            (120.0, "120", "120"),
            (3.5, "3.5", "3.5"),
            (-2500.0, "-2,500", "-2,500"),
        ];
        for (value, long, short) in cases {
            assert_eq!(thousands(value), long, "{value}");
            assert_eq!(compact(value), short, "{value}");
        }
    }

    #[test]
    fn scores_show_both_sides_with_an_en_dash() {
        let rows = [
            ("a win", 2.0, Some(1), "2–1"),
            ("a nil side", 1.0, Some(0), "1–0"),
            ("a goalless draw", 0.0, Some(0), "0–0"),
            ("points", 98.0, Some(91), "98–91"),
            ("no second side", 3.0, None, "3"),
        ];
        for (name, value, against, want) in rows {
            assert_eq!(score(value, against), want, "{name}");
        }
    }

    #[test]
    fn fixed_decimals_round_half_away_from_zero() {
        let cases = [
            (0.0, 1, "0.0"),
            (0.44, 1, "0.4"),
            (2.5, 0, "3"),
            (-2.5, 0, "-3"),
            (-0.04, 1, "0.0"),
            (1234.5678, 2, "1234.57"),
            (7.0, 3, "7.000"),
            (1e20, 0, "100000000000000000000"),
            (-1e20, 2, "-100000000000000000000"),
            (f64::INFINITY, 0, "inf"),
            (f64::NEG_INFINITY, 1, "-inf"),
            (f64::NAN, 0, "NaN"),
        ];
        for (value, places, text) in cases {
            assert_eq!(fixed(value, places), text, "{value} to {places}");
        }
        // Beyond u128: the leading digits, then zeros, as many digits as the float's own.
        let max = fixed(f64::MAX, 0);
        assert_eq!(max.len(), format!("{}", f64::MAX).len());
        assert!(max.starts_with("179769313486231"), "{max}");
        assert_eq!(duration(0.44), "0.4 ms");
        assert_eq!(duration(12.6), "13 ms");
        assert_eq!(duration(1530.0), "1.5 s");
        assert_eq!(bytes(840), "840 bytes");
        assert_eq!(bytes(12 * 1024 + 100), "12 KB");
        assert_eq!(bytes(1_258_291), "1.2 MB");
    }

    #[test]
    fn timex_values_read_as_words() {
        use crate::engine::Timex;
        let cases = [
            (Timex::Day { year: Some(2009), month: 7, day: 23 }, "23 July 2009"),
            (Timex::Day { year: None, month: 7, day: 23 }, "23 July (year unknown)"),
            (Timex::Week { year: 2009, week: 30 }, "week 30 of 2009"),
            (Timex::Month { year: Some(2009), month: 7 }, "July 2009"),
            (Timex::Year(2005), "2005"),
            (Timex::Decade(199), "the 1990s"),
            (Timex::Century(20), "the 21st century"),
        ];
        for (value, words) in cases {
            assert_eq!(timex(&value), words);
        }
    }
}
