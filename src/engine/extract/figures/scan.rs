//! Finds the quantities of one sentence: a number with what it counts (a currency before it,
//! a percent sign, a unit or a counted noun after it), and drops the numbers that are not
//! figures: years, dates, clock times, scores, ordinals, labels ("day five", "Group 1") and
//! numbers inside names ("Boeing 747").

use super::lexicon::{LABELS, OPENERS, STOPS};
use super::numbers::{self, Number};
use super::tokens::Token;
use super::units;
use super::{FigureKind, Qualifier};
use crate::engine::text::lowered::Lowered;
use crate::engine::text::span::Span;

/// One quantity as written in a sentence, before mentions are merged.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Quantity {
    /// The text as written, from the currency sign to the unit or counted noun.
    pub span: Span,
    pub value: f64,
    pub unit: String,
    pub kind: FigureKind,
    pub qualifier: Option<Qualifier>,
    /// Token range of the quantity (qualifier excluded), for reading its context.
    pub first: usize,
    pub end: usize,
    /// Token index just past the counted noun, when the figure is a count.
    pub noun_end: Option<usize>,
}

/// What the sentence reader knows about the article beyond the sentence.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Context<'a> {
    /// The currency a bare "$" stands for in this article.
    pub dollar: &'a str,
    /// The sentence is a title-case headline: capitals say nothing about names there.
    pub title_case: bool,
}

/// Every quantity of the sentence `tokens`, in order.
pub(crate) fn quantities(tokens: &[Token], context: Context) -> Vec<Quantity> {
    let mut found: Vec<Quantity> = Vec::new();
    let mut i = 0;
    while let Some(token) = tokens.get(i) {
        if !may_open(token) {
            i += 1;
            continue;
        }
        if let Some(q) = fraction(tokens, i) {
            i = q.end;
            found.push(q);
            continue;
        }
        let Some(number) = numbers::read(tokens, i) else {
            i += 1;
            continue;
        };
        // "two or three goals" is a guess, not a figure: skip the whole range.
        if number.spelled && vague_range(tokens, number.end) {
            i = numbers::read(tokens, number.end + 1).map_or(number.end + 1, |n| n.end);
            continue;
        }
        let previous = found.iter().rev().find(|q| q.noun_end.is_some());
        if let Some(q) = quantity(tokens, number, context, previous) {
            i = q.end.max(i + 1);
            found.push(q);
        } else {
            i = number.end.max(i + 1);
        }
    }
    found
}

/// Whether a quantity may start at `token`: digits, or a word that opens a fraction ("a",
/// "one", "half", "quarter", "third", the hyphenated ones) or a number in words ("a", "two",
/// "twenty-five"). Asked of every token of every sentence, where [`fraction`] and
/// [`numbers::read`] each lower and look up the word: nearly every word is turned away here.
pub(super) fn may_open(token: &Token) -> bool {
    if token.is_number() {
        return true;
    }
    if !token.is_word() {
        return false;
    }
    let word = token.lower();
    matches!(word.as_str(), "a" | "half" | "quarter" | "third")
        || word.bytes().any(|b| b == b'-')
        || numbers::unit_word(&word).is_some()
}

fn lower<'a>(tokens: &[Token<'a>], i: usize) -> Lowered<'a> {
    tokens.get(i).filter(|t| t.is_word()).map(Token::lower).unwrap_or_default()
}

fn is_dash(token: Option<&Token>) -> bool {
    token.is_some_and(|t| t.is_symbol("-") || t.is_symbol("–") || t.is_symbol("—"))
}

fn vague_range(tokens: &[Token], end: usize) -> bool {
    matches!(lower(tokens, end).as_str(), "or" | "to")
        && numbers::read(tokens, end + 1).is_some_and(|n| n.spelled)
}

/// "half of", "two-thirds of" (percent); "a quarter-point", "half a percentage point" (points).
fn fraction(tokens: &[Token], i: usize) -> Option<Quantity> {
    let word = lower(tokens, i);
    let start = i;
    let (word, i) = if matches!(word.as_str(), "a" | "one") {
        (lower(tokens, i + 1), i + 1)
    } else {
        (word, i)
    };
    let share = |w: &str| match w {
        "half" | "one-half" => Some(50.0),
        "quarter" | "one-quarter" => Some(25.0),
        "third" | "one-third" => Some(100.0 / 3.0),
        "two-thirds" => Some(200.0 / 3.0),
        "three-quarters" => Some(75.0),
        _ => None,
    };
    // "a quarter-point", "half-point" (the suffix first: most words hold no hyphen to split at)
    if word.ends_with("-point")
        && let Some((head, "point")) = word.split_once('-')
    {
        let value = share(head)? / 100.0;
        return Some(points(tokens, start, i + 1, value));
    }
    let value = share(&word)?;
    let before = if start == 0 { Lowered::default() } else { lower(tokens, start - 1) };
    let ordinal_before = matches!(before.as_str(), "first" | "second" | "last" | "final" | "other");
    let next = lower(tokens, i + 1);
    let after = lower(tokens, i + 2);
    match (next.as_str(), after.as_str()) {
        ("point", _) => Some(points(tokens, start, i + 2, value / 100.0)),
        ("percentage", "point") => Some(points(tokens, start, i + 3, value / 100.0)),
        ("a", "point") => Some(points(tokens, start, i + 3, value / 100.0)),
        ("a", "percentage") => Some(points(tokens, start, i + 4, value / 100.0)),
        ("of", "a") if matches!(lower(tokens, i + 3).as_str(), "point" | "percentage") => {
            let end = if lower(tokens, i + 3) == "point" { i + 4 } else { i + 5 };
            Some(points(tokens, start, end, value / 100.0))
        }
        ("of", _) if !ordinal_before => Some(Quantity {
            span: join(tokens, start, i + 1),
            value,
            unit: "percent".into(),
            kind: FigureKind::Percent,
            qualifier: qualifier(tokens, start),
            first: start,
            end: i + 1,
            noun_end: None,
        }),
        _ => None,
    }
}

fn points(tokens: &[Token], start: usize, end: usize, value: f64) -> Quantity {
    let end = end.min(tokens.len()).max(start + 1);
    Quantity {
        span: join(tokens, start, end),
        value,
        unit: "percentage points".into(),
        kind: FigureKind::Points,
        qualifier: qualifier(tokens, start),
        first: start,
        end,
        noun_end: None,
    }
}

fn join(tokens: &[Token], start: usize, end: usize) -> Span {
    match (tokens.get(start), end.checked_sub(1).and_then(|e| tokens.get(e))) {
        (Some(a), Some(b)) if b.span.end >= a.span.start => Span::new(a.span.start, b.span.end),
        (Some(a), _) => a.span,
        _ => Span::new(0, 0),
    }
}

/// The unit a number takes from what follows it, and the token just past that unit.
struct After {
    unit: String,
    kind: FigureKind,
    end: usize,
    noun_end: Option<usize>,
}

fn quantity(
    tokens: &[Token],
    number: Number,
    context: Context,
    previous: Option<&Quantity>,
) -> Option<Quantity> {
    if !number_may_be_figure(tokens, number, context) {
        return None;
    }
    let (currency, first) = currency_before(tokens, number.start, context.dollar);
    // A minus sign written against the number belongs to the figure's words.
    let first = if number.negative && first == number.start { first - 1 } else { first };
    let after = match currency {
        Some(code) => {
            let end = skip_currency_word(tokens, number.end);
            After { unit: code, kind: FigureKind::Money, end, noun_end: None }
        }
        None => unit_after(tokens, number, context, previous)?,
    };
    let is_count = matches!(after.kind, FigureKind::Count);
    if is_count && number.value <= 1.0 {
        return None; // a count of one (or none) is not a figure
    }
    if number.spelled && is_count && anaphoric(tokens, number.start) {
        return None; // "the two countries" points back; it adds nothing new
    }
    if number.spelled && is_count && number.value < 10.0 && !counts_people(&after.unit) {
        return None; // "two tectonic plates": a small count of things is not a key figure
    }
    if is_count && number.bare_integer && looks_like_year(number.value) {
        // The rule the dates reader applies: "of 1200 schoolchildren" is a count, "in 1990
        // workers struck" a year. The counted noun may stand after a modifier ("1900 new trucks").
        let prev = number.start.checked_sub(1).map(|p| lower(tokens, p));
        let noun = after.noun_end.and_then(|k| k.checked_sub(1)).map(|k| lower(tokens, k));
        if !crate::engine::extract::dates::four_digits_count(prev.as_deref(), noun.as_deref()) {
            return None;
        }
    }
    Some(Quantity {
        span: join(tokens, first, after.end),
        value: number.value,
        unit: after.unit,
        kind: after.kind,
        qualifier: qualifier(tokens, first),
        first,
        end: after.end,
        noun_end: after.noun_end,
    })
}

/// Whether a count's unit counts people or agents ("people", or a noun for someone who does
/// something: "assailants", "churchgoers", "negotiators") or time ("two years" of a term).
fn counts_people(unit: &str) -> bool {
    const AGENT_ENDINGS: &[&str] = &["goers", "ists", "ants", "ians", "ees"];
    // "-ers"/"-ors" names agents in longer words ("attackers", "negotiators"), things in
    // short ones ("rivers", "towers", "doors")
    let agent_er = unit.len() >= 8 && (unit.ends_with("ers") || unit.ends_with("ors"));
    unit == "people"
        || units::is_time(unit)
        || units::is_people(unit)
        || agent_er
        || AGENT_ENDINGS.iter().any(|end| unit.ends_with(end))
}

fn looks_like_year(value: f64) -> bool {
    (1800.0..=2100.0).contains(&value) && value.fract() == 0.0
}

/// The checks on the number itself and its neighbours, whatever its unit.
fn number_may_be_figure(tokens: &[Token], number: Number, context: Context) -> bool {
    let next = tokens.get(number.end);
    let prev = number.start.checked_sub(1).and_then(|p| tokens.get(p));
    // Ordinals and glued letters: "20th", "5x5", "2pm". Units and scales were read already.
    if let Some(n) = next.filter(|n| n.glued && n.is_word()) {
        let word = n.lower();
        if units::measure(&word).is_none() && !matches!(word.as_str(), "pct") {
            return false;
        }
    }
    // Clock times: "4:00", "2.15pm" handled above, "10 a.m.", "6 pm".
    if next.is_some_and(|n| {
        n.is_symbol(":") && tokens.get(number.end + 1).is_some_and(|t| t.glued && t.is_number())
    }) || prev.is_some_and(|p| p.is_symbol(":") && p.glued)
    {
        return false;
    }
    let next_word = lower(tokens, number.end);
    if matches!(
        next_word.as_str(),
        "am" | "pm" | "gmt" | "utc" | "bst" | "est" | "cst" | "pst" | "hrs"
    ) || (next_word == "a" || next_word == "p")
        && tokens.get(number.end + 1).is_some_and(|t| t.is_symbol("."))
    {
        return false;
    }
    // Dates: "July 23", "Nov. 10", "16 November".
    let prev_word = number.start.checked_sub(1).map(|p| lower(tokens, p)).unwrap_or_default();
    let before_dot = number.start.checked_sub(2).map(|p| lower(tokens, p)).unwrap_or_default();
    if is_month(&next_word)
        || is_month(&prev_word)
        || (prev.is_some_and(|p| p.is_symbol(".")) && is_month(&before_dot))
    {
        return false;
    }
    // Scores and numeric ranges without a unit: "1 – 0", "2-1".
    if !number.spelled
        && (is_dash(next) && tokens.get(number.end + 1).is_some_and(|t| t.is_number()))
        && !unit_follows(tokens, number.end + 2)
    {
        return false;
    }
    if !number.spelled
        && is_dash(prev)
        && number.start >= 2
        && tokens.get(number.start - 2).is_some_and(|t| t.is_number())
        && !unit_follows(tokens, number.end)
    {
        return false;
    }
    // Emergency numbers: "999 calls", "a 911 call", "the 112 line" dial a service, count nothing.
    if !number.spelled
        && tokens.get(number.start).is_some_and(|t| matches!(t.text, "999" | "911" | "112" | "000"))
        && matches!(
            next_word.as_str(),
            "call"
                | "calls"
                | "caller"
                | "callers"
                | "number"
                | "line"
                | "operator"
                | "operators"
                | "dispatcher"
                | "dispatchers"
                | "service"
                | "services"
                | "emergency"
        )
    {
        return false;
    }
    // Labels and names: "day five", "Group 1 Auto", "Boeing 747", "S&P 500".
    if LABELS.contains(&prev_word.as_str()) || prev.is_some_and(|p| p.is_symbol("#")) {
        return false;
    }
    if let Some(p) = prev.filter(|p| p.is_capitalised() && !context.title_case) {
        let opener = OPENERS.contains(&prev_word.as_str());
        let currency = units::code_before(p.text).is_some();
        if !opener && !currency && !percent_or_money_follows(tokens, number.end) {
            return false;
        }
    }
    if prev.is_some_and(|p| p.is_symbol("&")) {
        return false;
    }
    true
}

fn unit_follows(tokens: &[Token], i: usize) -> bool {
    percent_or_money_follows(tokens, i)
        || tokens.get(i).is_some_and(|t| units::measure(t.text).is_some())
}

fn percent_or_money_follows(tokens: &[Token], i: usize) -> bool {
    let word = lower(tokens, i);
    tokens.get(i).is_some_and(|t| t.is_symbol("%"))
        || matches!(word.as_str(), "percent" | "per" | "pct" | "percentage")
        || units::word_currency(&word, None, "USD").is_some()
        || matches!(word.as_str(), "million" | "billion" | "bn" | "m")
            && (tokens.get(i + 1).is_some_and(|t| t.is_symbol("%"))
                || units::word_currency(&lower(tokens, i + 1), None, "USD").is_some())
}

/// "the two countries", "its three bases": a spelled number after a determiner refers back.
fn anaphoric(tokens: &[Token], start: usize) -> bool {
    let Some(prev) = start.checked_sub(1).and_then(|p| tokens.get(p)) else { return false };
    let word = prev.lower();
    matches!(
        word.as_str(),
        "the"
            | "these"
            | "those"
            | "its"
            | "their"
            | "his"
            | "her"
            | "our"
            | "both"
            | "all"
            | "last"
            | "first"
            | "next"
            | "other"
            | "every"
            | "each"
    ) || word.ends_with("'s")
        || word.ends_with("’s")
}

/// A currency written before the number and the token where the amount starts:
/// "$120", "US$1.2bn", "Rs 500", "EUR 40".
fn currency_before(tokens: &[Token], start: usize, dollar: &str) -> (Option<String>, usize) {
    let Some(prev) = start.checked_sub(1).and_then(|p| tokens.get(p)) else { return (None, start) };
    if prev.is_word() {
        if let Some(code) = units::code_before(prev.text) {
            return (Some(code.to_owned()), start - 1);
        }
        return (None, start);
    }
    if prev.is_symbol(".") && start >= 2 && tokens[start - 2].text == "Rs" {
        return (Some("INR".into()), start - 2);
    }
    let glued_prefix =
        (start >= 2 && prev.glued && tokens[start - 2].is_word()).then(|| tokens[start - 2].text);
    let Some(code) = units::symbol_currency(prev.text, glued_prefix, dollar) else {
        return (None, start);
    };
    let known_prefix = glued_prefix
        .is_some_and(|p| units::symbol_currency(prev.text, Some(p), "?").as_deref() != Some("?"));
    (Some(code), if known_prefix { start - 2 } else { start - 1 })
}

/// "$5 million dollars" says the currency twice; the text runs to the end of both.
fn skip_currency_word(tokens: &[Token], end: usize) -> usize {
    if units::word_currency(&lower(tokens, end), None, "USD").is_some() { end + 1 } else { end }
}

fn unit_after(
    tokens: &[Token],
    number: Number,
    context: Context,
    previous: Option<&Quantity>,
) -> Option<After> {
    let e = number.end;
    let word = lower(tokens, e);
    let next = lower(tokens, e + 1);
    let simple = |unit: &str, kind, len: usize| {
        Some(After { unit: unit.into(), kind, end: e + len, noun_end: None })
    };
    if tokens.get(e).is_some_and(|t| t.is_symbol("%")) {
        return simple("percent", FigureKind::Percent, 1);
    }
    match (word.as_str(), next.as_str()) {
        ("percent" | "pct", _) => return simple("percent", FigureKind::Percent, 1),
        ("per", "cent") => return simple("percent", FigureKind::Percent, 2),
        ("percentage", "point" | "points") => {
            return simple("percentage points", FigureKind::Points, 2);
        }
        ("basis", "point" | "points") => return simple("basis points", FigureKind::Points, 2),
        ("bps" | "bp", _) => return simple("basis points", FigureKind::Points, 1),
        ("point" | "points", _) if !number.spelled || number.value > 1.0 => {
            return simple("points", FigureKind::Points, 1);
        }
        ("pounds", "of") => return simple("lb", FigureKind::Measure, 1),
        // Currency subunits keep their own unit: "84 pence per euro", "99 cents a litre".
        ("pence" | "cents", _) => return simple(&word, FigureKind::Money, 1),
        // Points on a named scale are a measure, not percentage points: "15 IQ points".
        (_, "point" | "points") if scale_name(tokens, e) => {
            return simple(&format!("{word} points"), FigureKind::Measure, 2);
        }
        _ => {}
    }
    if let Some(code) = units::word_currency(&word, None, context.dollar) {
        return Some(After { unit: code, kind: FigureKind::Money, end: e + 1, noun_end: None });
    }
    // "120 US dollars", "50 Australian dollars", "10 Hong Kong dollars"
    for gap in 1..=2 {
        let name = lower(tokens, e + gap);
        let adjective = tokens.get(e + gap - 1).filter(|t| t.is_capitalised()).map(|t| t.text);
        if adjective.is_some() && name.starts_with("dollar") {
            let code = units::word_currency(&name, adjective, context.dollar)?;
            return Some(After {
                unit: code,
                kind: FigureKind::Money,
                end: e + gap + 1,
                noun_end: None,
            });
        }
    }
    if let Some(unit) = units::measure(&word) {
        return simple(unit, FigureKind::Measure, 1);
    }
    // Ages: "93 year-old", "52-year-old", "40 years old", "aged 52".
    let prev_word = number.start.checked_sub(1).map(|p| lower(tokens, p)).unwrap_or_default();
    // "a magnitude 6.5 earthquake": the unit written first.
    if prev_word == "magnitude" {
        return Some(After {
            unit: "magnitude".into(),
            kind: FigureKind::Measure,
            end: e,
            noun_end: None,
        });
    }
    if prev_word == "aged" {
        return Some(After {
            unit: "years".into(),
            kind: FigureKind::Measure,
            end: e,
            noun_end: None,
        });
    }
    if word.starts_with("year-old") || (word.starts_with("year") && next == "old") {
        let len = if next == "old" { 2 } else { 1 };
        return simple("years", FigureKind::Measure, len);
    }
    if is_dash(tokens.get(e)) && tokens.get(e).is_some_and(|t| t.glued) {
        return hyphenated(tokens, e);
    }
    counted(tokens, number, context, previous).or_else(|| implied_count(tokens, number, previous))
}

/// Whether token `i` names the scale of the points after it: an acronym ("IQ") or a word
/// that names a scale ("index", "rating"), not a modifier ("more", "key").
fn scale_name(tokens: &[Token], i: usize) -> bool {
    const SCALES: &[&str] = &["index", "rating", "ratings", "ranking", "poll", "credit", "penalty"];
    tokens.get(i).is_some_and(|t| {
        t.is_word()
            && (SCALES.contains(&t.lower().as_str())
                || (t.text.len() >= 2 && t.text.chars().all(|c| c.is_ascii_uppercase())))
    })
}

/// A count whose noun the sentence leaves implied: "a nation of 12 million" (people), "it's
/// less than 40" after "the number of voters" (voters), where nothing countable follows.
fn implied_count(tokens: &[Token], number: Number, previous: Option<&Quantity>) -> Option<After> {
    let e = number.end;
    let after =
        |unit: String| Some(After { unit, kind: FigureKind::Count, end: e, noun_end: None });
    let scaled = number.end > number.start + 1
        && matches!(lower(tokens, number.end - 1).as_str(), "million" | "billion" | "trillion");
    if scaled && population_before(tokens, number.start) {
        return after("people".into());
    }
    // a bare hedged number ends its clause: "is less than 100." but not "less than 100 new"
    if tokens.get(e).is_some_and(|t| t.is_word() && !STOPS.contains(&t.lower().as_str())) {
        return None;
    }
    let hedged = matches!(
        qualifier(tokens, number.start),
        Some(Qualifier::LessThan | Qualifier::MoreThan | Qualifier::AtLeast | Qualifier::AtMost)
    );
    if !hedged || number.spelled {
        return None;
    }
    if let Some(noun) = number_of(tokens, number.start) {
        return after(noun);
    }
    after(previous?.unit.clone())
}

/// "a nation of", "a population of", "home to": what follows counts inhabitants.
fn population_before(tokens: &[Token], start: usize) -> bool {
    const PLACES: &[&str] = &[
        "nation",
        "country",
        "population",
        "city",
        "state",
        "region",
        "province",
        "island",
        "capital",
        "metropolis",
        "town",
    ];
    let back = |k: usize| start.checked_sub(k).map(|p| lower(tokens, p)).unwrap_or_default();
    (back(1) == "of" && PLACES.contains(&back(2).as_str()))
        || (back(1) == "to" && back(2) == "home")
}

/// The noun of "the number of <noun>" earlier in the sentence, as a count unit.
fn number_of(tokens: &[Token], start: usize) -> Option<String> {
    let from = start.saturating_sub(20);
    (from..start.saturating_sub(2)).rev().find_map(|k| {
        if lower(tokens, k) != "number" || lower(tokens, k + 1) != "of" {
            return None;
        }
        let noun = tokens.get(k + 2).filter(|t| t.is_word())?;
        let word = noun.lower();
        if !is_plural(&word) {
            return None;
        }
        // "the number of Americans": a plural name of a people counts people
        Some(if units::is_people(&word) || noun.is_capitalised() {
            "people".into()
        } else {
            word.as_str().to_owned()
        })
    })
}

/// A number joined to a word by a hyphen: "52-year-old", "6.5-magnitude"; other compounds
/// ("12-month average", "3-day visit") describe a noun rather than count one.
fn hyphenated(tokens: &[Token], dash: usize) -> Option<After> {
    let word = tokens.get(dash + 1).filter(|t| t.glued && t.is_word())?.lower();
    let head = word.split('-').next().unwrap_or_default();
    let end = dash + 2;
    let after = |unit: &str, kind| Some(After { unit: unit.into(), kind, end, noun_end: None });
    if word.starts_with("year-old") {
        return after("years", FigureKind::Measure);
    }
    if let Some(unit) = units::measure(head) {
        return after(unit, FigureKind::Measure);
    }
    match head {
        "percent" => after("percent", FigureKind::Percent),
        "point" => after("points", FigureKind::Points),
        _ => None,
    }
}

/// A count: the number and the plural noun it counts, a few modifiers allowed between
/// ("30,154 new cars", "Five Panamanian players"); "200 more" counts what the sentence's
/// previous count counted.
fn counted(
    tokens: &[Token],
    number: Number,
    context: Context,
    previous: Option<&Quantity>,
) -> Option<After> {
    let e = number.end;
    for k in e..(e + 4).min(tokens.len()) {
        let token = tokens[k];
        if !token.is_word() {
            break;
        }
        let word = token.lower();
        if k == e && matches!(word.as_str(), "more" | "others" | "additional" | "further") {
            let noun_follows =
                tokens.get(k + 1).is_some_and(|t| t.is_word() && is_plural(&t.lower()));
            if !noun_follows {
                let previous = previous?;
                return Some(After {
                    unit: previous.unit.clone(),
                    kind: FigureKind::Count,
                    end: k + 1,
                    noun_end: Some(k + 1),
                });
            }
            continue;
        }
        if STOPS.contains(&word.as_str()) || is_month(&word) {
            break;
        }
        if units::is_time(&word) {
            return None; // a duration
        }
        if is_plural(&word) {
            if token.is_capitalised() && !context.title_case && k == e {
                return None; // "300 Spartans" may be a name; "2 Broke Girls" is
            }
            let unit = if units::is_people(&word) { "people".to_owned() } else { word.to_string() };
            return Some(After {
                unit,
                kind: FigureKind::Count,
                end: k + 1,
                noun_end: Some(k + 1),
            });
        }
    }
    None
}

/// Whether a lower-case word looks like a plural noun.
fn is_plural(word: &str) -> bool {
    if units::is_irregular_plural(word) {
        return true;
    }
    let Some(stem) = word.strip_suffix('s') else { return false };
    stem.len() >= 2
        && !stem.ends_with('s')
        && !stem.ends_with('u')
        && !stem.ends_with('i')
        && !stem.ends_with('\'')
        && !stem.ends_with('’')
        && !STOPS.contains(&word)
        && word.chars().all(|c| c.is_alphabetic() || c == '-')
}

/// The hedge before a quantity starting at token `start`: "more than", "nearly", "up to".
/// The three words before it are lowered once and matched together, longest hedge first:
/// asked of every quantity and of every phrase read about one.
pub(crate) fn qualifier(tokens: &[Token], start: usize) -> Option<Qualifier> {
    use Qualifier::*;
    let back = |n: usize| start.checked_sub(n).map(|k| lower(tokens, k)).unwrap_or_default();
    let (third, second, first) = (back(3), back(2), back(1));
    Some(match (third.as_str(), second.as_str(), first.as_str()) {
        ("no", "more", "than") => AtMost,
        ("as", "many" | "much", "as") => UpTo,
        (_, "more", "than") => MoreThan,
        (_, "less" | "fewer", "than") => LessThan,
        (_, "at", "least") => AtLeast,
        (_, "at", "most") => AtMost,
        (_, "up", "to") => UpTo,
        (_, "close", "to") => Nearly,
        (_, "an", "estimated") => About,
        (_, "upwards", "of") => MoreThan,
        (_, _, "over" | "above" | "exceeding") => MoreThan,
        (_, _, "under" | "below") => LessThan,
        (_, _, "nearly" | "almost") => Nearly,
        (_, _, "about" | "around" | "approximately" | "roughly" | "some" | "estimated") => About,
        (_, _, "just" | "only") => Only,
        _ => return None,
    })
}

/// A month's name or abbreviation ("march", "sept"): the calendar's one list, not a copy.
fn is_month(word: &str) -> bool {
    crate::engine::text::calendar::month_from_name(word).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::extract::figures::tokens::tokens;

    #[test]
    fn tokens_turned_away_open_no_fraction_and_no_number() {
        let mut texts = vec![
            "A half of them, a quarter-point, two-thirds, one-half, Twenty-five, a dozen, 3.5m.",
            "HALF of the vote, a third of it, zero, Seventeen, the two, $5, 10%, a million.",
        ];
        texts.extend([
            include_str!("../../../../tests/corpus/seed-reuters.txt"),
            include_str!("../../../../tests/corpus/chron-houston-car-sales.txt"),
            include_str!("../../../../tests/corpus/wikinews-ozone-crops.txt"),
            include_str!("../../../../tests/corpus/wikinews-worldcup-day5.txt"),
        ]);
        let (mut opened, mut turned_away) = (0, 0);
        for text in texts {
            let all = tokens(text, Span::new(0, text.len()));
            for (i, token) in all.iter().enumerate() {
                let opens = fraction(&all, i).is_some() || numbers::read(&all, i).is_some();
                opened += usize::from(opens);
                if !may_open(token) {
                    turned_away += 1;
                    assert!(!opens, "{:?} opens a quantity", token.text);
                }
            }
        }
        assert!(opened > 50 && turned_away > 1000, "{opened} {turned_away}");
    }

    /// The plain reading [`qualifier`] stands for: each hedge, in order, against the words
    /// before the quantity.
    fn plain_qualifier(tokens: &[Token], start: usize) -> Option<Qualifier> {
        const TABLE: &[(&[&str], Qualifier)] = &[
            (&["no", "more", "than"], Qualifier::AtMost),
            (&["as", "many", "as"], Qualifier::UpTo),
            (&["as", "much", "as"], Qualifier::UpTo),
            (&["more", "than"], Qualifier::MoreThan),
            (&["less", "than"], Qualifier::LessThan),
            (&["fewer", "than"], Qualifier::LessThan),
            (&["at", "least"], Qualifier::AtLeast),
            (&["at", "most"], Qualifier::AtMost),
            (&["up", "to"], Qualifier::UpTo),
            (&["close", "to"], Qualifier::Nearly),
            (&["an", "estimated"], Qualifier::About),
            (&["upwards", "of"], Qualifier::MoreThan),
            (&["over"], Qualifier::MoreThan),
            (&["above"], Qualifier::MoreThan),
            (&["exceeding"], Qualifier::MoreThan),
            (&["under"], Qualifier::LessThan),
            (&["below"], Qualifier::LessThan),
            (&["nearly"], Qualifier::Nearly),
            (&["almost"], Qualifier::Nearly),
            (&["about"], Qualifier::About),
            (&["around"], Qualifier::About),
            (&["approximately"], Qualifier::About),
            (&["roughly"], Qualifier::About),
            (&["some"], Qualifier::About),
            (&["estimated"], Qualifier::About),
            (&["just"], Qualifier::Only),
            (&["only"], Qualifier::Only),
        ];
        TABLE.iter().find_map(|(words, qualifier)| {
            let from = start.checked_sub(words.len())?;
            words
                .iter()
                .enumerate()
                .all(|(k, w)| lower(tokens, from + k) == *w)
                .then_some(*qualifier)
        })
    }

    #[test]
    fn qualifier_matches_the_table_read_in_order() {
        let mut texts = vec![
            "no more than 5, as many as 6, as much as 7, More Than 8, fewer than 9, at least 1",
            "at most 2, up to 3, close to 4, an estimated 5, upwards of 6, over 7, just 8, 9",
            "some 10, roughly 11, only 12, below 13, almost 14, nearly no more than 15, than 16",
        ];
        texts.extend([
            include_str!("../../../../tests/corpus/seed-rferl.txt"),
            include_str!("../../../../tests/corpus/chron-houston-car-sales.txt"),
        ]);
        let mut hedged = 0;
        for text in texts {
            let all = tokens(text, Span::new(0, text.len()));
            for start in 0..=all.len() {
                let found = qualifier(&all, start);
                hedged += usize::from(found.is_some());
                assert_eq!(found, plain_qualifier(&all, start), "at {start} of {text:.40}");
            }
        }
        assert!(hedged > 20, "{hedged}");
    }
}
