//! Dates and the timeline: every expression that names a point or span on the calendar, its
//! TIMEX3 value resolved against the article's own date, and the events it dates.
//!
//! Read like a careful reader: the reference is the publication date (the reader's, else the
//! page's); a bare weekday or month takes the tense of its clause; without a reference a year
//! is inferred only where the text fixes it, otherwise left unknown (`XXXX-07-23`) or, for a
//! purely relative expression ("this month"), left without a value.

mod events;
mod expr;
mod parts;
mod recognise;
mod relative;
mod resolve;
mod tense;
mod timex;
mod tokens;

use std::collections::BTreeMap;
use std::ops::Range;

use serde::{Deserialize, Serialize};

use crate::engine::layout::article::Article;
use crate::engine::layout::document::Role;
use crate::engine::layout::published;
use crate::engine::order;
use crate::engine::text::calendar::CalendarDate;
use crate::engine::text::span::Span;
use crate::engine::text::window;

pub use expr::TimeRef;
pub(crate) use recognise::{four_digits_count, is_plural_noun};
pub use timex::{Precision, Season, Timex};

use expr::Expr;
use recognise::Found;
use resolve::{Context, resolve};

/// Where a date mention stands relative to the publication date ("now" on the timeline).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Relation {
    Before,
    /// The value's span holds the publication day ("this month", "today").
    Current,
    After,
}

/// A mention of the present, past or future as a whole.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct TimeRefMention {
    pub span: Span,
    /// Index into [`crate::engine::Digest::sentences`].
    pub sentence: usize,
    pub time: TimeRef,
}

/// One date expression as written.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DateMention {
    pub span: Span,
    /// Index into [`crate::engine::Digest::sentences`]; `None` for a timestamp line, which is
    /// not a sentence.
    pub sentence: Option<usize>,
    /// `None` when the expression is relative ("this month", "Monday") and the article gives
    /// nothing to count from.
    pub value: Option<Timex>,
    pub precision: Precision,
    /// The year was worked out (from the publication date or the text), not written.
    pub year_inferred: bool,
    /// `None` when there is no publication date or the value's year is unknown.
    pub relation: Option<Relation>,
    /// The mention only states when the article was published (timestamp line, dateline).
    pub publication: bool,
    /// A relative expression ("Friday", "last month") the article gives nothing to place: no
    /// publication date, and the text does not fix its own present either. The reader view
    /// lists it unplaced; it names no point a reader could put on a calendar.
    #[serde(default)]
    pub unplaceable: bool,
}

/// One point of the timeline: a distinct value with every mention of it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TimelineEntry {
    pub value: Timex,
    pub precision: Precision,
    pub relation: Option<Relation>,
    /// Some mention's year was inferred and none wrote it: show an uncertainty mark.
    pub year_inferred: bool,
    /// What happened, from the clause around the first mention that says ("Usenov flew to
    /// Moscow to discuss the vote"); `None` when only the timestamp names the day.
    pub event: Option<String>,
    /// The sentence the event phrase comes from.
    pub event_sentence: Option<usize>,
    /// Indices into [`Dates::mentions`].
    pub mentions: Vec<usize>,
    /// Every sentence that mentions the value, in order, each once.
    pub sentences: Vec<usize>,
    /// Every mention only states the publication date.
    pub publication: bool,
}

/// The dates of one article: mentions in text order, timeline entries in calendar order.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Dates {
    pub mentions: Vec<DateMention>,
    pub timeline: Vec<TimelineEntry>,
    /// "now", "recently", "the future": times that are no date, in text order.
    #[serde(default)]
    pub references: Vec<TimeRefMention>,
}

/// What the dates reader takes from the article: its sentences (without their paragraphs)
/// and the few layout facts that place a date.
#[derive(Debug, Clone, Copy)]
struct Input<'a> {
    pub text: &'a str,
    /// `text` with its ASCII letters lowered ([`str::to_ascii_lowercase`]), made once per
    /// digest so tokens slice their lower case from it.
    pub lower: Option<&'a str>,
    /// The article's own sentences (headline, highlights, body), with their indices.
    pub sentences: &'a [(usize, Span)],
    /// Lines that state when the article was published.
    pub timestamps: &'a [Span],
    /// The dateline's date ("July 27" in "BISHKEK, July 27 (Reuters) -").
    pub dateline_date: Option<Span>,
    /// What relative dates are counted from.
    pub reference: Option<CalendarDate>,
}

/// Reads every date of an article: its own sentences (headline, highlights, body) and its
/// timestamp lines. Linear in the length of the text.
pub fn read(article: &Article<'_>) -> Dates {
    let sentences: Vec<(usize, Span)> =
        article.sentences.iter().enumerate().map(|(i, s)| (i, s.span)).collect();
    let timestamps: Vec<Span> =
        article.paragraphs.iter().filter(|p| p.role == Role::Timestamp).map(|p| p.span).collect();
    read_input(&Input {
        text: article.text(),
        lower: Some(article.lower()),
        sentences: &sentences,
        timestamps: &timestamps,
        dateline_date: article.dateline.and_then(|d| d.date),
        reference: article.published.map(|p| p.date),
    })
}

fn read_input(article: &Input<'_>) -> Dates {
    let text = article.text;
    // Every sentence's expressions in one list for the whole article (a sentence holds a range
    // of it). Tokens live in one buffer reused sentence by sentence, and a sentence holding a
    // date is cut again when its dates are resolved: a long text never holds all its tokens
    // at once (at 10 MB that was ~100 MB, and page faults a fifth of the time).
    let mut toks: Vec<tokens::Token<'_>> = Vec::new();
    let mut found: Vec<Found> = Vec::new();
    let mut per_sentence: Vec<(usize, Span, Range<usize>)> = Vec::new();
    // A long sentence is read in windows (engine/window.rs), each keeping what starts in the
    // stretch it owns; a window holding a date is cut again, as a sentence is, to resolve it.
    for &(index, sentence) in article.sentences {
        for window in window::windows(text, sentence) {
            let first_found = found.len();
            toks.clear();
            tokens::tokens_into(text, article.lower, window.span, &mut toks);
            recognise::recognise_into(&toks, &mut found);
            window::keep_owned(&mut found, first_found, |f| window.owns(f.span));
            if found.len() > first_found {
                per_sentence.push((index, window.span, first_found..found.len()));
            }
        }
    }
    let latest_year = found.iter().filter_map(|f| written_year(f.expr)).max();
    let day_first = writes_day_first(text, found.iter());

    let mut mentions = Vec::new();
    let mut references = Vec::new();
    let mut phrases: Vec<Option<String>> = Vec::new();
    // The tense around each mention, in step with `mentions`, to find the article's present.
    let mut tenses: Vec<tense::Tense> = Vec::new();
    for &stamp in article.timestamps {
        if let Some(found) = published::full_date(text, stamp) {
            let value = Timex::of_date(found.date);
            mentions.push(mention(
                with_weekday(text, stamp, found.span),
                None,
                Some(value),
                false,
                article.reference,
                true,
            ));
            phrases.push(None);
            tenses.push(tense::Tense::Unmarked);
        }
    }
    let mut known = tense::Marks::default();
    // A dateline on a line of its own ("WASHINGTON, August 8 (Xinhua) --") is no sentence: its
    // day is read here, as the timestamps are.
    if let Some(date) = article.dateline_date
        && !article.sentences.iter().any(|(_, s)| s.contains(date))
    {
        toks.clear();
        tokens::tokens_into(text, article.lower, date, &mut toks);
        let mut on_line = Vec::new();
        recognise::recognise_into(&toks, &mut on_line);
        if let Some(f) = on_line.first().filter(|f| matches!(f.expr, Expr::Date { .. })) {
            let cx = Context {
                reference: article.reference,
                tense: tense::Tense::Unmarked,
                quoted: false,
                anchor: None,
                latest_year,
                day_first,
            };
            let resolved = resolve(f.expr, &cx);
            mentions.push(mention(
                f.span,
                None,
                resolved.value,
                resolved.year_inferred,
                article.reference,
                true,
            ));
            phrases.push(None);
            tenses.push(tense::Tense::Unmarked);
        }
    }
    for (index, span, sentence_found) in per_sentence {
        toks.clear();
        tokens::tokens_into(text, article.lower, span, &mut toks);
        let (toks, found) = (toks.as_slice(), &found[sentence_found]);
        known.reset(toks.len());
        let mut anchor: Option<Timex> = None;
        let quoted = if found.is_empty() { Vec::new() } else { quoted(toks) };
        for f in found {
            if let Expr::Ref(time) = f.expr {
                references.push(TimeRefMention { span: f.span, sentence: index, time });
                continue;
            }
            let clause_tense = tense::tense_in(toks, &mut known, f.start, f.end);
            tenses.push(clause_tense);
            let cx = Context {
                reference: article.reference,
                tense: clause_tense,
                quoted: quoted[f.start.min(toks.len())],
                anchor,
                latest_year,
                day_first,
            };
            let resolved = resolve(f.expr, &cx);
            if let Some(v) = resolved.value
                && !matches!(f.expr, Expr::Current { .. })
                && anchor.is_none_or(|a| v.precision() < a.precision())
            {
                anchor = Some(v);
            }
            let publication =
                article.dateline_date.is_some_and(|d| d.contains(f.span) || f.span.contains(d));
            mentions.push(mention(
                f.span,
                Some(index),
                resolved.value,
                resolved.year_inferred,
                article.reference,
                publication,
            ));
            phrases.push(if publication { None } else { events::event_phrase(text, toks, f) });
        }
    }
    if article.reference.is_none() && !present_is_bracketed(&mentions, &tenses) {
        for m in mentions.iter_mut().filter(|m| m.value.is_none()) {
            m.unplaceable = true;
        }
    }
    let timeline = timeline(&mentions, &phrases);
    Dates { mentions, timeline, references }
}

/// Whether the text fixes its own present without a publication date: a day it tells in the
/// past ("On May 4, he resigned") and a day it announces ("protests are planned for May 6"),
/// a few days apart in the same year, bracket "now". Relative expressions can then be placed
/// around it, up to the unknown year; without such a bracket "Friday" could be any Friday.
fn present_is_bracketed(mentions: &[DateMention], tenses: &[tense::Tense]) -> bool {
    const MAX_GAP_DAYS: i64 = 31;
    let day = |m: &DateMention| match m.value? {
        Timex::Day { year, month, day } => Some((year, i64::from(month) * 31 + i64::from(day))),
        _ => None,
    };
    let mut past: BTreeMap<Option<i32>, i64> = BTreeMap::new();
    let mut future: BTreeMap<Option<i32>, i64> = BTreeMap::new();
    for (m, t) in mentions.iter().zip(tenses) {
        let Some((year, ordinal)) = day(m) else { continue };
        match t {
            tense::Tense::Past => {
                let latest = past.entry(year).or_insert(ordinal);
                *latest = (*latest).max(ordinal);
            }
            tense::Tense::Future => {
                let earliest = future.entry(year).or_insert(ordinal);
                *earliest = (*earliest).min(ordinal);
            }
            tense::Tense::Unmarked | tense::Tense::Nearest => {}
        }
    }
    past.iter().any(|(year, &p)| future.get(year).is_some_and(|&f| f >= p && f - p <= MAX_GAP_DAYS))
}

/// Whether the article writes its dates day first ("23 July 2015") more often than month
/// first ("July 23"): the locale that decides what "2/1/2016" means.
fn writes_day_first<'a>(text: &str, found: impl Iterator<Item = &'a Found>) -> bool {
    let (mut day_led, mut month_led) = (0, 0);
    for f in found {
        if let Expr::Date { .. } = f.expr {
            let written = f.span.of(text).trim_start();
            match written.chars().next() {
                Some(c) if c.is_ascii_digit() && !written.contains(['/', '-']) => day_led += 1,
                Some(c) if c.is_alphabetic() => month_led += 1,
                _ => {}
            }
        }
    }
    day_led > month_led
}

fn written_year(expr: Expr) -> Option<i32> {
    match expr {
        Expr::Date { year, .. } | Expr::Month { year, .. } | Expr::Season { year, .. } => year,
        Expr::Year(year) => Some(year),
        _ => None,
    }
}

/// Whether token `at` lies inside quoted speech, for each `at` from 0 to `toks.len()`: an odd
/// number of straight quotes before it, or an opening curly quote not yet closed.
fn quoted(toks: &[tokens::Token<'_>]) -> Vec<bool> {
    let mut straight = 0;
    let mut curly = 0i32;
    let mut out = Vec::with_capacity(toks.len() + 1);
    out.push(false);
    for t in toks {
        match t.text {
            "\"" => straight += 1,
            "“" => curly += 1,
            "”" => curly = (curly - 1).max(0),
            _ => {}
        }
        out.push(straight % 2 == 1 || curly > 0);
    }
    out
}

/// A timestamp's date with the weekday written just before it ("Wednesday, November 20, 2019").
fn with_weekday(text: &str, line: Span, date: Span) -> Span {
    let before = text.get(line.start..date.start).unwrap_or("");
    let trimmed = before.trim_end().trim_end_matches(',').trim_end();
    let word_start = trimmed
        .char_indices()
        .rev()
        .find(|&(_, c)| !c.is_alphabetic())
        .map_or(0, |(i, c)| i + c.len_utf8());
    let word = &trimmed[word_start..];
    if word.len() >= 6 && crate::engine::text::calendar::Weekday::from_name(word).is_some() {
        Span::new(line.start + word_start, date.end)
    } else {
        date
    }
}

fn mention(
    span: Span,
    sentence: Option<usize>,
    value: Option<Timex>,
    year_inferred: bool,
    reference: Option<CalendarDate>,
    publication: bool,
) -> DateMention {
    let precision = value.map_or(Precision::Day, Timex::precision);
    DateMention {
        span,
        sentence,
        value,
        precision,
        year_inferred,
        relation: value.and_then(|v| relation(v, reference?)),
        publication,
        unplaceable: false,
    }
}

fn relation(value: Timex, reference: CalendarDate) -> Option<Relation> {
    let (first, last) = value.range()?;
    let now = timex::Day::of(reference);
    Some(if last < now {
        Relation::Before
    } else if first > now {
        Relation::After
    } else {
        Relation::Current
    })
}

/// One entry per distinct value, in calendar order.
fn timeline(mentions: &[DateMention], phrases: &[Option<String>]) -> Vec<TimelineEntry> {
    let mut by_value: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for (i, m) in mentions.iter().enumerate() {
        if let Some(v) = m.value {
            by_value.entry(v.to_string()).or_default().push(i);
        }
    }
    let mut entries: Vec<TimelineEntry> = by_value
        .into_values()
        .filter_map(|indices| {
            let first = mentions.get(*indices.first()?)?;
            let value = first.value?;
            let said = indices.iter().find(|&&i| phrases.get(i).is_some_and(Option::is_some));
            let mut sentences: Vec<usize> =
                indices.iter().filter_map(|&i| mentions[i].sentence).collect();
            order::sort_indices(&mut sentences);
            Some(TimelineEntry {
                value,
                precision: value.precision(),
                relation: first.relation,
                year_inferred: indices.iter().all(|&i| mentions[i].year_inferred),
                event: said.and_then(|&i| phrases[i].clone()),
                event_sentence: said.and_then(|&i| mentions[i].sentence),
                publication: indices.iter().all(|&i| mentions[i].publication),
                mentions: indices,
                sentences,
            })
        })
        .collect();
    order::sort_by(&mut entries, |a, b| {
        a.value.calendar_cmp(b.value).then_with(|| a.value.to_string().cmp(&b.value.to_string()))
    });
    entries
}

#[cfg(test)]
mod tests {
    use super::*;

    fn article_dates(text: &str, reference: Option<&str>) -> Dates {
        let sentences: Vec<(usize, Span)> =
            crate::engine::layout::segment::sentences(text, Span::new(0, text.len()))
                .into_iter()
                .enumerate()
                .collect();
        let lower = text.to_ascii_lowercase();
        read_input(&Input {
            text,
            lower: Some(&lower),
            sentences: &sentences,
            timestamps: &[],
            dateline_date: None,
            reference: reference.map(|r| r.parse().expect("a date")),
        })
    }

    #[test]
    fn the_same_day_twice_is_one_entry_with_both_sentences() {
        let text = "On Monday, he flew to Moscow. The vote was on July 23. He returned on July 27. Protests will start on Wednesday. In 2005, protests toppled the president.";
        let dates = article_dates(text, Some("2009-07-27"));
        let shown: Vec<(String, Vec<usize>, Option<Relation>)> = dates
            .timeline
            .iter()
            .map(|e| (e.value.to_string(), e.sentences.clone(), e.relation))
            .collect();
        assert_eq!(
            shown,
            [
                ("2005".to_owned(), vec![4], Some(Relation::Before)),
                ("2009-07-23".to_owned(), vec![1], Some(Relation::Before)),
                ("2009-07-27".to_owned(), vec![0, 2], Some(Relation::Current)),
                ("2009-07-29".to_owned(), vec![3], Some(Relation::After)),
            ]
        );
        assert_eq!(dates.timeline[2].event.as_deref(), Some("he flew to Moscow"));
        assert!(dates.timeline[2].year_inferred);
        assert!(!dates.timeline[0].year_inferred);
    }

    #[test]
    fn no_reference_leaves_years_unknown() {
        let dates = article_dates("The July 23 election was rigged. He agreed this month.", None);
        let values: Vec<Option<String>> =
            dates.mentions.iter().map(|m| m.value.map(|v| v.to_string())).collect();
        assert_eq!(values, [Some("XXXX-07-23".to_owned()), None]);
        assert_eq!(dates.mentions[0].relation, None);
    }

    #[test]
    fn relative_dates_without_any_present_are_unplaceable() {
        // (text, reference, whether the relative mentions are unplaceable)
        let rows: &[(&str, Option<&str>, bool)] = &[
            ("The mayor resigned on Friday. Talks ended last month.", None, true),
            ("The mayor resigned on Friday.", Some("2011-03-14"), false),
            // a told day and an announced day bracket the present
            (
                "On May 4, the mayor resigned. Last week he denied it. Voters will meet from May 6.",
                None,
                false,
            ),
            // told days alone do not
            ("On May 4, the mayor resigned. On May 1 he denied it on Friday.", None, true),
        ];
        for &(text, reference, unplaceable) in rows {
            let dates = article_dates(text, reference);
            let relative: Vec<&DateMention> = dates
                .mentions
                .iter()
                .filter(|m| m.value.is_none() || reference.is_some())
                .collect();
            assert!(!relative.is_empty(), "{text}");
            for m in relative.iter().filter(|m| m.value.is_none()) {
                assert_eq!(m.unplaceable, unplaceable, "{text}");
            }
            assert!(dates.mentions.iter().filter(|m| m.value.is_some()).all(|m| !m.unplaceable));
        }
    }

    #[test]
    fn numeric_dates_follow_the_article_habit() {
        // (text, expected value of the numeric date)
        let rows: &[(&str, &str)] = &[
            ("The deal closed on 2/1/2016.", "2016-02-01"),
            ("On 23 March 2016 talks began. The deal closed on 2/1/2016.", "2016-01-02"),
            ("On March 23, 2016 talks began. The deal closed on 2/1/2016.", "2016-02-01"),
            ("The deal closed on 25/1/2016.", "2016-01-25"),
            ("Security has changed since 9/11.", "2001-09-11"),
        ];
        for &(text, expected) in rows {
            let dates = article_dates(text, None);
            let last = dates.mentions.last().and_then(|m| m.value).map(|v| v.to_string());
            assert_eq!(last.as_deref(), Some(expected), "{text}");
        }
    }

    #[test]
    fn any_input_reads_without_panicking() {
        let long = "May ".repeat(5000);
        for text in [
            "",
            "\0",
            "\r\n\r\n",
            "שלום July 23 مرحبا",
            "😀 2009-07-23 😀",
            long.as_str(),
            "-- , ; 1999's '",
            "Monday,",
        ] {
            let a = article_dates(text, Some("2009-07-27"));
            let b = article_dates(text, None);
            for m in a.mentions.iter().chain(&b.mentions) {
                assert!(text.get(m.span.start..m.span.end).is_some());
            }
        }
    }
}
