//! When the article was published, as its own text says: a timestamp line under the headline
//! ("Published 4:00 am CST, Wednesday, November 20, 2019", "16 November 2017 • 2:15pm",
//! "Monday, May 18, 2015"), or a wire dateline's day ("BISHKEK, July 27 (Reuters)") with the
//! year the rest of the text allows. Only the page's own statements count: a date inside the
//! story ("On July 27, he flew...") tells what happened, not when it was written.

use crate::engine::layout::line;
use crate::engine::lexicon::{PUBLISHED_LABELS, TIME_WORDS, UPDATED_LABELS};
use crate::engine::text::calendar::{CalendarDate, Weekday, month_from_name};
use crate::engine::text::lowered::Lowered;
use crate::engine::text::span::Span;

/// Which moment a timestamp line states; the first publication is what dates resolve against.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Stamp {
    /// "Published ...", "Posted ...", "First published ...".
    Published,
    /// A date with no word saying which.
    Plain,
    /// "Updated ...", "Last modified ...": later than publication, used only when alone.
    Updated,
}

/// A date written in full somewhere in a line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WrittenDate {
    pub date: CalendarDate,
    pub span: Span,
}

/// The words of `span` of `text` ([`line::words_at`]), each with its span in the text.
fn tokens(text: &str, span: Span) -> impl Iterator<Item = (Span, &str)> {
    line::words_at(span.of(text)).map(move |(at, w)| {
        let start = span.start + at;
        (Span::new(start, start + w.len()), w)
    })
}

fn number(word: &str, max_len: usize) -> Option<u32> {
    let core = word.trim_end_matches([',', '.', ';']);
    let core = ["st", "nd", "rd", "th"].iter().find_map(|s| core.strip_suffix(s)).unwrap_or(core);
    (!core.is_empty() && core.len() <= max_len && core.bytes().all(|b| b.is_ascii_digit()))
        .then(|| core.parse().ok())
        .flatten()
}

fn year(word: &str) -> Option<i32> {
    let core = word.trim_matches(|c: char| matches!(c, ',' | '.' | ';' | ':' | '(' | ')'));
    (core.len() == 4).then(|| number(core, 4)).flatten().map(|y| y as i32)
}

/// The first date in `span` of `text` written with day, month and year: "November 20, 2019",
/// "20 November 2017", "Nov. 20, 2019", "16 Nov 2017", "2019-11-20".
pub fn full_date(text: &str, span: Span) -> Option<WrittenDate> {
    // Every form holds a day and a year in digits: a line without a digit (most headlines,
    // captions and labels it is asked of) is answered before any word is read.
    if !span.of(text).bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    let toks: Vec<(Span, &str)> = tokens(text, span).take(64).collect();
    for (i, &(at, word)) in toks.iter().enumerate() {
        let iso = word.trim_matches(|c: char| !c.is_ascii_digit());
        if iso.len() >= 10
            && let Some(head) = iso.get(..10)
            && let Ok(date) = head.parse::<CalendarDate>()
        {
            let start = at.start + word.find(head).unwrap_or(0);
            return Some(WrittenDate { date, span: Span::new(start, start + 10) });
        }
        if let Some(date) = numeric_date(word) {
            let start = at.start + word.find(|c: char| c.is_ascii_digit()).unwrap_or(0);
            let digits = word.trim_matches(|c: char| !c.is_ascii_digit()).len();
            return Some(WrittenDate { date, span: Span::new(start, start + digits) });
        }
        // month names are capitalised; "may" in lower case is a verb
        let capitalised = word.chars().next().is_some_and(char::is_uppercase);
        if !capitalised {
            continue;
        }
        let Some(month) = month_from_name(word.trim_end_matches(',')) else { continue };
        let day_after = toks.get(i + 1).and_then(|t| number(t.1, 2));
        let year_after = |k: usize| toks.get(k).and_then(|t| year(t.1).map(|y| (y, t.0)));
        // "November 20, 2019"
        if let (Some(day), Some((y, y_at))) = (day_after, year_after(i + 2))
            && let Ok(date) = CalendarDate::new(y, month, day)
        {
            return Some(WrittenDate { date, span: Span::new(at.start, y_at.start + 4) });
        }
        // "20 November 2017"
        if let Some(&(d_at, d_word)) = i.checked_sub(1).and_then(|k| toks.get(k))
            && let Some(day) = number(d_word, 2)
            && let Some((y, y_at)) = year_after(i + 1)
            && let Ok(date) = CalendarDate::new(y, month, day)
        {
            return Some(WrittenDate { date, span: Span::new(d_at.start, y_at.start + 4) });
        }
    }
    None
}

/// "02/13/1998", "13/02/1998": a day written in numbers with a four-digit year, month first as
/// wire headers write it unless the first number cannot be a month.
fn numeric_date(word: &str) -> Option<CalendarDate> {
    let core = word.trim_matches(|c: char| !c.is_ascii_digit());
    let mut parts = core.split('/');
    let (a, b, y) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() || a.len() > 2 || b.len() > 2 || y.len() != 4 {
        return None;
    }
    let (a, b) = (number(a, 2)?, number(b, 2)?);
    let year = year(y)?;
    let (month, day) = if a > 12 { (b, a) } else { (a, b) };
    CalendarDate::new(year, month, day).ok()
}

/// Whether the line at `span` is a timestamp and of which kind: a full date with nothing
/// around it but weekdays, times, time zones, separators and a label like "Published",
/// "Updated" or "Date created :". The label may follow a short credit of the site or the
/// place it was filed from ("Example News (Springfield) First published ..."), and the
/// line may sit anywhere on the page.
pub fn timestamp(text: &str, span: Span) -> Option<(Stamp, WrittenDate)> {
    // The line's shape is cheaper to read than its date, so it is read first.
    let line = span.of(text);
    // (a line without a digit, most, holds no full date: that is told before its words are
    // counted)
    if crate::engine::layout::line::ends_statement(line)
        || !line.bytes().any(|b| b.is_ascii_digit())
        || crate::engine::layout::line::word_count(line) > 20
    {
        return None;
    }
    let found = full_date(text, span)?;
    let toks: Vec<(Span, &str)> = tokens(text, span).take(24).collect();
    let (stamp, credit) =
        label(&toks, found.span).unwrap_or_else(|| (Stamp::Plain, slug_words(&toks, found.span)));
    let clean = toks
        .iter()
        .skip(credit)
        .filter(|(at, _)| !found.span.contains(*at))
        .all(|(_, word)| is_time_word(word));
    clean.then_some((stamp, found))
}

/// The label of a timestamp line and how many words of credit stand before it: at most five,
/// each capitalised, in brackets or a separator, all before the date.
fn label(toks: &[(Span, &str)], date: Span) -> Option<(Stamp, usize)> {
    // (lowered on the stack: a string per word cost more than reading the line)
    let lower: Vec<Lowered> = toks
        .iter()
        .map(|(_, w)| Lowered::unicode(w.trim_matches(|c: char| matches!(c, ',' | ':' | ';'))))
        .collect();
    for (k, &(at, word)) in toks.iter().enumerate().take(6) {
        if at.start >= date.start {
            return None;
        }
        let matches = |label: &&str| {
            let mut got = lower.iter().skip(k);
            label.split(' ').all(|word| got.next().is_some_and(|got| *got == word))
        };
        let stamp = if PUBLISHED_LABELS.words().iter().any(matches) {
            Stamp::Published
        } else if UPDATED_LABELS.words().iter().any(matches) {
            Stamp::Updated
        } else {
            let credit_word = word.starts_with(|c: char| c.is_uppercase() || c == '(')
                || matches!(word, "|" | "-" | "—" | "–" | "•" | "·");
            if !credit_word {
                return None;
            }
            continue;
        };
        return Some((stamp, k));
    }
    None
}

/// A timestamp standing on one of the first four lines of a block of several lines: a wire
/// header's dated line among its slug lines.
pub fn line_timestamp(text: &str, span: Span) -> Option<(Stamp, WrittenDate)> {
    let block = span.of(text);
    let mut at = span.start;
    for line in block.split('\n').take(4) {
        let line_span = Span::new(at, at + line.len());
        at += line.len() + 1;
        if let Some(found) = timestamp(text, line_span) {
            return Some(found);
        }
    }
    None
}

/// How many words before a date are a wire header's slug: a story code and its kind in capitals
/// ("APW19980213.1320 NEWS STORY 02/13/1998 14:35:00"), at most five, none in lower case.
fn slug_words(toks: &[(Span, &str)], date: Span) -> usize {
    let before = toks.iter().take_while(|(at, _)| at.end <= date.start).count();
    let slug =
        |w: &str| w.chars().any(|c| c.is_ascii_uppercase()) && !w.chars().any(char::is_lowercase);
    if before <= 5 && toks[..before].iter().all(|(_, w)| slug(w)) { before } else { 0 }
}

/// Words a timestamp line carries beside its date.
fn is_time_word(word: &str) -> bool {
    // (a separator may cling to a word: "8:54 PM UTC|")
    let core = word.trim_matches(|c: char| matches!(c, ',' | '.' | ':' | ';' | '(' | ')' | '|'));
    if core.is_empty() || TIME_WORDS.has(core) {
        return true;
    }
    if Weekday::from_name(core).is_some() {
        return true;
    }
    // a second date on the line: "Published March 3, 2016 | Updated March 4, 2016"
    let capitalised = core.starts_with(char::is_uppercase);
    if (capitalised && month_from_name(core).is_some()) || number(core, 4).is_some() {
        return true;
    }
    let lower = core.to_lowercase();
    let clock = lower
        .trim_end_matches("am")
        .trim_end_matches("pm")
        .trim_end_matches("a.m")
        .trim_end_matches("p.m");
    if !clock.is_empty()
        && clock.chars().all(|c| c.is_ascii_digit() || c == ':' || c == '.')
        && clock.contains(|c: char| c.is_ascii_digit())
    {
        return true; // "2:15pm", "4:00", "11.30"
    }
    // time zones: "CST", "GMT", "UTC+1", "BST"
    let letters: String = core.chars().take_while(char::is_ascii_alphabetic).collect();
    (2..=4).contains(&letters.len())
        && letters.chars().all(|c| c.is_ascii_uppercase())
        && core[letters.len()..].chars().all(|c| c.is_ascii_digit() || matches!(c, '+' | '-' | ':'))
}

/// The publication date a set of timestamp lines states: a "Published" line over a plain
/// date, a plain date over an "Updated" one; the first of equals.
pub fn from_timestamps(stamps: &[(Stamp, WrittenDate)]) -> Option<WrittenDate> {
    stamps.iter().min_by_key(|(stamp, _)| *stamp).map(|(_, found)| *found)
}

/// The day a dateline gives ("July 27"), with the year a careful reader would give it: the
/// article is no older than the latest year it mentions, and when its opening paragraph names
/// the weekday ("flew to Moscow on Monday") the year is the first from then on in which that
/// day falls on that weekday. `None` when the text mentions no year at all.
pub fn from_dateline(text: &str, date: Span, paragraph: Span) -> Option<WrittenDate> {
    let mut toks = tokens(text, date);
    let month = month_from_name(toks.next()?.1)?;
    let day = number(toks.next()?.1, 2)?;
    let latest = latest_year(text)?;
    let weekday = tokens(text, paragraph)
        .take(120)
        .map(|(_, w)| w.trim_matches(|c: char| !c.is_alphabetic()))
        // whole names only: "sat" and "wed" are also verbs
        .find_map(|w| if w.len() >= 6 { Weekday::from_name(w) } else { None });
    let year = match weekday {
        Some(weekday) => (latest..latest + 28)
            .find(|&y| CalendarDate::new(y, month, day).is_ok_and(|d| d.weekday() == weekday))?,
        None => latest,
    };
    let date_value = CalendarDate::new(year, month, day).ok()?;
    Some(WrittenDate { date: date_value, span: date })
}

/// The latest plausible year (1900–2100) written as a number anywhere in `text`; amounts
/// ("$2000", "2000%") are not years.
fn latest_year(text: &str) -> Option<i32> {
    let bytes = text.as_bytes();
    let mut latest = None;
    let mut i = 0;
    while i < bytes.len() {
        if !bytes[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let start = i;
        while i < bytes.len() && bytes[i].is_ascii_digit() {
            i += 1;
        }
        let money =
            start > 0 && matches!(text[..start].chars().next_back(), Some('$' | '£' | '€' | '¥'));
        let percent = bytes.get(i) == Some(&b'%');
        if i - start == 4
            && !money
            && !percent
            && let Ok(year) = text[start..i].parse::<i32>()
            && (1900..=2100).contains(&year)
        {
            latest = latest.max(Some(year));
        }
    }
    latest
}

#[cfg(test)]
mod tests {
    use super::*;

    fn whole(text: &str) -> Span {
        Span::new(0, text.len())
    }

    #[test]
    fn full_dates_in_a_line() {
        let cases: &[(&str, &str, Option<(&str, &str)>)] = &[
            (
                "US order with weekday",
                "Published  4:00 am CST, Wednesday, November 20, 2019",
                Some(("2019-11-20", "November 20, 2019")),
            ),
            ("day first", "16 November 2017 • 2:15pm", Some(("2017-11-16", "16 November 2017"))),
            ("abbreviated month", "Updated 16 Nov 2017", Some(("2017-11-16", "16 Nov 2017"))),
            ("abbreviation with stop", "Nov. 20, 2019", Some(("2019-11-20", "Nov. 20, 2019"))),
            ("ISO", "2019-11-20T04:00:00Z", Some(("2019-11-20", "2019-11-20"))),
            ("ordinal day", "20th November 2019", Some(("2019-11-20", "20th November 2019"))),
            ("no year", "BISHKEK, July 27 (Reuters)", None),
            ("numbers, month first", "02/13/1998 14:35:00", Some(("1998-02-13", "02/13/1998"))),
            ("numbers, day first", "13/02/1998", Some(("1998-02-13", "13/02/1998"))),
            ("numbers, no such day", "13/13/1998", None),
            ("no such day", "February 30, 2019", None),
            ("may as a verb", "It may 20 2019", None),
            ("empty", "", None),
        ];
        for (name, line, expected) in cases {
            let got = full_date(line, whole(line))
                .map(|d| (d.date.to_string(), d.span.of(line).to_owned()));
            let expected = expected.map(|(d, s)| (d.to_owned(), s.to_owned()));
            assert_eq!(got, expected, "{name}");
        }
    }

    #[test]
    fn timestamp_lines() {
        let cases: &[(&str, &str, Option<Stamp>)] = &[
            (
                "published line",
                "Published  4:00 am CST, Wednesday, November 20, 2019",
                Some(Stamp::Published),
            ),
            ("plain date and time", "16 November 2017 • 2:15pm", Some(Stamp::Plain)),
            ("weekday and date", "Monday, May 18, 2015", Some(Stamp::Plain)),
            ("date and reading time", "Oct 18, 2019 · 8 min read", Some(Stamp::Plain)),
            ("a separator clinging to the zone", "Jun 7, 2023, 8:54 PM UTC|", Some(Stamp::Plain)),
            ("a date in a line about reading", "Oct 18, 2019 read this story", None),
            ("updated line", "Updated 16 Nov 2017", Some(Stamp::Updated)),
            ("time zone with offset", "November 20, 2019 at 4:00 UTC+1", Some(Stamp::Plain)),
            (
                "relative update after the date",
                "November 21, 2017 / 3:07 PM / Updated 6 years ago",
                Some(Stamp::Plain),
            ),
            (
                "US weekday before the month",
                "Updated 1:07 PM ET, Tue November 21, 2017",
                Some(Stamp::Updated),
            ),
            (
                "label after a site and place credit",
                "Example News (Springfield) First published March 3, 2016: 9:05 AM ET",
                Some(Stamp::Published),
            ),
            ("labelled ISO date", "Date created : 2016-03-03", Some(Stamp::Published)),
            ("posted with a colon", "Posted: Thu 3 Mar 2016 09:05 GMT", Some(Stamp::Published)),
            (
                "updated, weekday abbreviated",
                "Updated 9:05 AM ET, Thu March 3, 2016",
                Some(Stamp::Updated),
            ),
            (
                "last modified",
                "Last modified on Thursday 3 March 2016 09.05 GMT",
                Some(Stamp::Updated),
            ),
            (
                "lower-case words before a label are a sentence",
                "the story first published March 3, 2016",
                None,
            ),
            ("too long a credit", "A B C D E F Published March 3, 2016", None),
            (
                "published and updated on one line",
                "Published: March 3, 2016 | Updated: March 4, 2016",
                Some(Stamp::Published),
            ),
            ("a sentence with a date is not a timestamp", "On November 20, 2019 sales fell.", None),
            (
                "a wire header: story code and kind in capitals",
                "APW19980213.1320 NEWS STORY 02/13/1998 14:35:00",
                Some(Stamp::Plain),
            ),
            (
                "a wire header with an ISO date",
                "NYT19981121.0173 NEWS STORY 1998-11-21 17:17",
                Some(Stamp::Plain),
            ),
            ("words in lower case are no slug", "APW NEWS story 1998-11-21", None),
            (
                "a caption with a date is not a timestamp",
                "In this Sunday, Nov. 10, 2019, photograph, a row of cars",
                None,
            ),
        ];
        for (name, line, expected) in cases {
            assert_eq!(timestamp(line, whole(line)).map(|t| t.0), *expected, "{name}");
        }
    }

    #[test]
    fn a_timestamp_on_a_line_of_a_block() {
        let cases: &[(&str, &str, Option<&str>)] = &[
            (
                "wire header among slug lines",
                "APW19980811.0474\nNEWS STORY\n08/11/1998 09:24:00\nw1286 wstm-",
                Some("1998-08-11"),
            ),
            (
                "code line then ISO stamp",
                "APW19990122.0193\n1999-01-22 13:06:18\nusa",
                Some("1999-01-22"),
            ),
            ("a date inside a sentence", "Town fair\nOn March 3, 2016 the fair opened.", None),
            ("past the fourth line", "a\nb\nc\nd\n1999-01-22 13:06:18", None),
        ];
        for (name, block, expected) in cases {
            let got = line_timestamp(block, whole(block)).map(|(_, d)| d.date.to_string());
            assert_eq!(got.as_deref(), *expected, "{name}");
        }
    }

    #[test]
    fn published_beats_plain_beats_updated() {
        let at = |s: &str| WrittenDate { date: s.parse().unwrap(), span: Span::new(0, 0) };
        let stamps = [
            (Stamp::Updated, at("2019-11-21")),
            (Stamp::Plain, at("2019-11-20")),
            (Stamp::Published, at("2019-11-19")),
        ];
        assert_eq!(
            from_timestamps(&stamps).map(|d| d.date.to_string()).as_deref(),
            Some("2019-11-19")
        );
        assert_eq!(
            from_timestamps(&stamps[..1]).map(|d| d.date.to_string()).as_deref(),
            Some("2019-11-21")
        );
        assert_eq!(from_timestamps(&[]), None);
    }

    #[test]
    fn a_datelines_year_from_the_text() {
        let cases: &[(&str, &str, Option<&str>)] = &[
            (
                "weekday picks the first matching year after the latest mentioned",
                "BISHKEK, July 27 (Reuters) - He flew to Moscow on Monday. In 2005, protests.",
                Some("2009-07-27"),
            ),
            (
                "no weekday: the latest year mentioned",
                "PARIS, March 3 (AFP) - Prices rose in 2018 and 2019.",
                Some("2019-03-03"),
            ),
            ("no year anywhere", "PARIS, March 3 (AFP) - Prices rose on Monday.", None),
            ("1,400 is not a year", "PARIS, March 3 (AFP) - 1,400 cups and 12345 bytes.", None),
        ];
        for (name, text, expected) in cases {
            let date_at = text.find(", ").map(|i| i + 2).unwrap_or(0);
            let date_end = text.find(" (").unwrap_or(0);
            let got = from_dateline(text, Span::new(date_at, date_end), whole(text));
            assert_eq!(got.map(|d| d.date.to_string()).as_deref(), *expected, "{name}");
        }
    }
}
