//! Parts of a year that business and government news reports by: quarters ("the third
//! quarter", "third-quarter profit", "Q3 2013", "the fiscal first quarter of 1990"), halves
//! ("the first half", "first-half sales"), the quarter a report is about ("the quarter", "the
//! latest quarter", "the year-ago quarter") and fiscal years ("fiscal 1989", "this fiscal
//! year"). A game's quarters and halves ("scored in the first quarter") are not dates: a
//! sentence that talks of play keeps them out.

use super::expr::{Expr, QuarterRef, Shift, Unit};
use super::tokens::{Token, previous_lower, year_number};
use crate::engine::lexicon::{HALF_NOUNS, PLAY_WORDS};

fn ordinal(t: &Token<'_>) -> Option<u32> {
    match t.lower().as_str() {
        "first" | "1st" => Some(1),
        "second" | "2nd" => Some(2),
        "third" | "3rd" => Some(3),
        "fourth" | "4th" => Some(4),
        _ => None,
    }
}

fn is_word(toks: &[Token<'_>], k: usize, word: &str) -> bool {
    toks.get(k).is_some_and(|t| t.is(word))
}

/// "quarter" or "half" at `k`, alone or joined to the ordinal by a hyphen ("third-quarter"):
/// the index after it.
fn part_word(toks: &[Token<'_>], k: usize, word: &str) -> Option<usize> {
    let hyphen = toks.get(k).is_some_and(|t| t.text == "-" && t.glued);
    let at = if hyphen { k + 1 } else { k };
    let t = toks.get(at)?;
    (t.is(word) && (!hyphen || t.glued)).then_some(at + 1)
}

fn about_play(toks: &[Token<'_>]) -> bool {
    toks.iter().any(|t| PLAY_WORDS.has(t.text))
}

/// A year written after a part: "of 1989", "of fiscal 1989", "1989".
fn year_after(toks: &[Token<'_>], k: usize) -> Option<(usize, i32)> {
    let mut at = k;
    if is_word(toks, at, "of") {
        at += 1;
    }
    if is_word(toks, at, "fiscal") {
        at += 1;
    }
    let year = year_number(toks, at)?;
    // "the third quarter 1,000 units" is not a year: a year ends the phrase or is followed by
    // a word
    let next = toks.get(at + 1);
    if next.is_some_and(|n| n.glued && (n.text == "," || n.text == ".") && n.is_number()) {
        return None;
    }
    Some((at + 1, year))
}

/// A quarter or a half by its number, at token `i`: "third quarter", "third-quarter", "the
/// fiscal first quarter of 1990", "first half 2009", "Q3", "Q3 2013". The article ("the") and
/// "fiscal" are left to the caller, which includes them in the span.
pub fn numbered(toks: &[Token<'_>], i: usize) -> Option<(usize, Expr)> {
    let t = toks.get(i)?;
    // "Q3", "Q3 2013", "H1"
    let bytes = t.text.as_bytes();
    if bytes.len() == 2 && matches!(bytes[0], b'Q' | b'H') && bytes[1].is_ascii_digit() {
        let n = u32::from(bytes[1] - b'0');
        let year = year_after(toks, i + 1);
        let end = year.map_or(i + 1, |(end, _)| end);
        let year = year.map(|(_, y)| y);
        return match bytes[0] {
            b'Q' if (1..=4).contains(&n) => Some((end, Expr::Quarter { year, quarter: n })),
            b'H' if (1..=2).contains(&n) && year.is_some() => {
                Some((end, Expr::Half { year, half: n }))
            }
            _ => None,
        };
    }
    let n = ordinal(t)?;
    if about_play(toks) {
        return None;
    }
    if let Some(after) = part_word(toks, i + 1, "quarter") {
        let year = year_after(toks, after);
        let end = year.map_or(after, |(end, _)| end);
        return Some((end, Expr::Quarter { year: year.map(|(_, y)| y), quarter: n }));
    }
    let after = part_word(toks, i + 1, "half").filter(|_| n <= 2)?;
    // "first half of 1990", "the second half of next year", "first-half profit"; not "the
    // first half of the century" nor a game's "second half"
    if let Some((end, year)) = year_after(toks, after) {
        return Some((end, Expr::Half { year: Some(year), half: n }));
    }
    if is_word(toks, after, "of") {
        let (end, offset) = year_of_reference(toks, after + 1)?;
        return Some((end, Expr::HalfOfYear { half: n, offset }));
    }
    toks.get(after)
        .is_some_and(|t| HALF_NOUNS.has(t.text))
        .then_some((after, Expr::Half { year: None, half: n }))
}

/// "the year", "this year", "next year", "last year" after a half's "of": the index after it and
/// the years from the reference (`None` for "the year": the year the sentence is about).
fn year_of_reference(toks: &[Token<'_>], k: usize) -> Option<(usize, Option<i32>)> {
    let offset = match toks.get(k)?.lower().as_str() {
        "the" => None,
        "this" => Some(0),
        "next" => Some(1),
        "last" => Some(-1),
        _ => return None,
    };
    let year = toks.get(k + 1)?;
    (year.is("year") && !toks.get(k + 2).is_some_and(|n| n.glued && n.text == "-"))
        .then_some((k + 2, offset))
}

/// The quarter a report is about, at token `i` ("the"): "the quarter", "the latest quarter",
/// "the current quarter", "the year-ago quarter", "the year-earlier quarter"; and "this
/// quarter", "last quarter", "next quarter" at a shift word.
pub fn quarter_ref(toks: &[Token<'_>], i: usize) -> Option<(usize, Expr)> {
    let t = toks.get(i)?;
    match t.lower().as_str() {
        "this" if quarter_at(toks, i + 1) => {
            return Some((i + 2, Expr::QuarterRef(QuarterRef::Current)));
        }
        "next" if quarter_at(toks, i + 1) => {
            return Some((i + 2, Expr::QuarterRef(QuarterRef::Next)));
        }
        "last" if quarter_at(toks, i + 1) && previous_lower(toks, i).as_deref() != Some("the") => {
            return reported_at(i + 1);
        }
        "the" => {}
        _ => return None,
    }
    // The sentence is searched for words of a game only once a quarter is named after "the":
    // searched at every "the", a sentence was read once per "the" it holds.
    quarter_after_the(toks, i).filter(|_| !about_play(toks))
}

/// "the quarter", "the latest quarter", "the current quarter", "the year-ago quarter" at
/// token `i` ("the"), whatever the sentence is about.
fn quarter_after_the(toks: &[Token<'_>], i: usize) -> Option<(usize, Expr)> {
    let next = toks.get(i + 1)?;
    if quarter_at(toks, i + 1) {
        // "the quarter ended Sept. 30" and "the quarter" alike: the reported quarter
        return reported_at(i + 1);
    }
    let at = i + 2;
    if next.is_any(&["latest", "recent", "previous", "prior", "past", "last"])
        && quarter_at(toks, at)
    {
        return reported_at(at);
    }
    if next.is("most") && is_word(toks, i + 2, "recent") && quarter_at(toks, i + 3) {
        return reported_at(i + 3);
    }
    if next.is("current") && quarter_at(toks, at) {
        return Some((at + 1, Expr::QuarterRef(QuarterRef::Current)));
    }
    // "the year-ago quarter", "the year-earlier quarter"
    if next.is("year")
        && toks.get(i + 2).is_some_and(|h| h.text == "-" && h.glued)
        && toks.get(i + 3).is_some_and(|w| w.glued && w.is_any(&["ago", "earlier"]))
        && quarter_at(toks, i + 4)
    {
        return Some((i + 5, Expr::QuarterRef(QuarterRef::Reported { years_back: 1 })));
    }
    None
}

/// Whether token `k` is "quarter" and not the start of a compound ("quarter-point").
fn quarter_at(toks: &[Token<'_>], k: usize) -> bool {
    toks.get(k).is_some_and(|q| q.is("quarter"))
        && !toks.get(k + 1).is_some_and(|n| n.glued && n.text == "-")
}

/// The reported quarter, named by the word at `k`.
fn reported_at(k: usize) -> Option<(usize, Expr)> {
    Some((k + 1, Expr::QuarterRef(QuarterRef::Reported { years_back: 0 })))
}

/// "fiscal 1989", "fiscal year 1989", "fiscal-year 1990": the year, as TimeML writes a fiscal
/// year; "this fiscal year", "next fiscal year", "last fiscal year": a year from the
/// reference.
pub fn fiscal(toks: &[Token<'_>], i: usize) -> Option<(usize, Expr)> {
    let t = toks.get(i)?;
    if let Some(shift) = match t.lower().as_str() {
        "this" => Some(Shift::This),
        "last" => Some(Shift::Last),
        "next" => Some(Shift::Next),
        _ => None,
    } {
        if !(is_word(toks, i + 1, "fiscal") && is_word(toks, i + 2, "year")) {
            return None;
        }
        let offset = match shift {
            Shift::Last => -1,
            Shift::This => 0,
            Shift::Next => 1,
        };
        return Some((i + 3, Expr::Deictic { unit: Unit::Year, offset }));
    }
    if !t.is("fiscal") {
        return None;
    }
    let mut at = i + 1;
    if toks.get(at).is_some_and(|h| h.text == "-" && h.glued) {
        at += 1;
    }
    if is_word(toks, at, "year") {
        at += 1;
    }
    let year = year_number(toks, at)?;
    Some((at + 1, Expr::Year(year)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::extract::dates::tokens::tokens;
    use crate::engine::text::span::Span;

    fn read(
        text: &str,
        at: usize,
        f: fn(&[Token<'_>], usize) -> Option<(usize, Expr)>,
    ) -> Option<(String, Expr)> {
        let toks = tokens(text, Span::new(0, text.len()));
        let (end, expr) = f(&toks, at)?;
        Some((text[toks[at].span.start..toks[end - 1].span.end].to_owned(), expr))
    }

    #[test]
    fn numbered_parts() {
        let q = |year, quarter| Some(Expr::Quarter { year, quarter });
        let h = |year, half| Some(Expr::Half { year, half });
        let cases: &[(&str, &str, Option<&str>, Option<Expr>)] = &[
            ("ordinal", "third quarter profit rose", Some("third quarter"), q(None, 3)),
            ("hyphenated", "third-quarter profit rose", Some("third-quarter"), q(None, 3)),
            (
                "with its year",
                "fourth quarter of 1989 sales",
                Some("fourth quarter of 1989"),
                q(Some(1989), 4),
            ),
            (
                "of a fiscal year",
                "first quarter of fiscal 1990",
                Some("first quarter of fiscal 1990"),
                q(Some(1990), 1),
            ),
            ("abbreviated", "Q3 2013 results", Some("Q3 2013"), q(Some(2013), 3)),
            ("abbreviated alone", "Q4 results", Some("Q4"), q(None, 4)),
            ("half before a business noun", "first-half sales", Some("first-half"), h(None, 1)),
            ("a game's half", "the first half ended 0-0", None, None),
            (
                "half of this year",
                "second half of next year",
                Some("second half of next year"),
                Some(Expr::HalfOfYear { half: 2, offset: Some(1) }),
            ),
            (
                "half of a year",
                "second half of 1990",
                Some("second half of 1990"),
                h(Some(1990), 2),
            ),
            ("half of something else", "first half of the century", None, None),
            ("a game's quarter", "first quarter, when he scored 12 points", None, None),
            ("no third half", "third half", None, None),
            ("not an ordinal", "quarter of the votes", None, None),
        ];
        for (name, text, span, expr) in cases {
            let got = read(text, 0, numbered);
            assert_eq!(got.as_ref().map(|g| g.0.as_str()), *span, "{name}");
            assert_eq!(got.map(|g| g.1), *expr, "{name}");
        }
    }

    #[test]
    fn quarters_by_reference_and_fiscal_years() {
        let reported = |years_back| Some(Expr::QuarterRef(QuarterRef::Reported { years_back }));
        let cases: &[(
            &str,
            &str,
            fn(&[Token<'_>], usize) -> Option<(usize, Expr)>,
            Option<&str>,
            Option<Expr>,
        )] = &[
            ("the quarter", "the quarter ended", quarter_ref, Some("the quarter"), reported(0)),
            (
                "the latest quarter",
                "the latest quarter",
                quarter_ref,
                Some("the latest quarter"),
                reported(0),
            ),
            (
                "year-ago",
                "the year-ago quarter",
                quarter_ref,
                Some("the year-ago quarter"),
                reported(1),
            ),
            (
                "this quarter",
                "this quarter",
                quarter_ref,
                Some("this quarter"),
                Some(Expr::QuarterRef(QuarterRef::Current)),
            ),
            (
                "the current quarter",
                "the current quarter",
                quarter_ref,
                Some("the current quarter"),
                Some(Expr::QuarterRef(QuarterRef::Current)),
            ),
            ("a quarter of", "the quarter-point cut", quarter_ref, None, None),
            ("a game's quarter", "the quarter in which he scored", quarter_ref, None, None),
            ("fiscal year", "fiscal 1989", fiscal, Some("fiscal 1989"), Some(Expr::Year(1989))),
            (
                "fiscal year, spelled",
                "fiscal year 1990",
                fiscal,
                Some("fiscal year 1990"),
                Some(Expr::Year(1990)),
            ),
            (
                "this fiscal year",
                "this fiscal year",
                fiscal,
                Some("this fiscal year"),
                Some(Expr::Deictic { unit: Unit::Year, offset: 0 }),
            ),
            ("fiscal alone", "fiscal policy", fiscal, None, None),
        ];
        for (name, text, f, span, expr) in cases {
            let got = read(text, 0, *f);
            assert_eq!(got.as_ref().map(|g| g.0.as_str()), *span, "{name}");
            assert_eq!(got.map(|g| g.1), *expr, "{name}");
        }
    }
}
