//! What a figure measures and how it moved, read from its sentence: "76 percent of the vote"
//! is a share of the vote; "the average monthly wage is just $120" measures the wage; "sales
//! plunged 10 percent" is a drop in sales. Heuristics over words, no parser: each rule looks
//! at the few words around the figure, inside its clause.

use super::scan::Quantity;
use super::tokens::Token;
use super::{Change, ChangeDirection as Direction};
use crate::engine::lexicon::{
    BOUNDARY_WORDS, CHANGE_LINKS, EDGE_WORDS, FALL_WORDS, REPORTING_VERBS, RISE_WORDS, SHARE_VERBS,
};
use crate::engine::text::span::Span;

fn is_boundary(token: &Token) -> bool {
    match token.kind {
        super::tokens::TokenKind::Symbol => {
            // A hyphen inside "12-month" joins; a spaced dash separates.
            matches!(
                token.text,
                "," | ";" | ":" | "(" | ")" | "\"" | "“" | "”" | "—" | "–" | "?" | "!"
            ) || (token.text == "-" && !token.glued)
        }
        _ => BOUNDARY_WORDS.has(&token.lower()),
    }
}

/// The label of `q` and its change, given the sentence's tokens and the labels of the
/// quantities before it in the same sentence (nearest last).
pub(crate) fn about(
    text: &str,
    tokens: &[Token],
    q: &Quantity,
    window_start: usize,
    earlier: &[String],
) -> (String, Option<Change>) {
    let words = |a: usize, b: usize| phrase(text, tokens, a, b);
    let lower = |i: usize| tokens.get(i).map(Token::lower).unwrap_or_default();
    // The clause before the figure, not reaching past an earlier figure.
    let mut start = q.first;
    while start > window_start && !is_boundary(&tokens[start - 1]) {
        start -= 1;
    }
    let mut before = q.first;
    while before > start && super::scan::qualifier(tokens, before).is_some() {
        before -= 1;
    }
    let change = change(tokens, start, before, q.end);
    let previous = earlier.last().cloned();

    // "200 more": what the previous count counted.
    if q.noun_end.is_some_and(|n| n == q.end)
        && matches!(lower(q.end - 1).as_str(), "more" | "others" | "additional" | "further")
    {
        return (previous.unwrap_or_default(), change);
    }
    // A count says what it counts: "30,154 new cars", "900 asylum seekers rescued off ...".
    if let Some(noun_end) = q.noun_end {
        let mut end = noun_end;
        if lower(end).ends_with("ed") {
            while end < tokens.len()
                && end < noun_end + 6
                && !is_boundary(&tokens[end])
                && tokens[end].kind != super::tokens::TokenKind::Symbol
            {
                end += 1;
            }
        }
        let head_start = noun_start(tokens, q);
        return (words(head_start, end), change);
    }
    // An age: "52-year-old Maria" is Maria's age.
    if q.unit == "years" {
        let name_end = (q.end..tokens.len()).take_while(|&i| tokens[i].is_capitalised()).last();
        return match name_end {
            Some(e) => (format!("age of {}", words(q.end, e + 1)), None),
            None => ("age".to_owned(), None),
        };
    }
    // A reference value: "down from 6.2 percent a year earlier" is about what came before.
    if before > 0 && matches!(lower(before - 1).as_str(), "from" | "than") {
        if let Some(previous) = previous {
            return (previous, None);
        }
    }
    // "76 percent of the vote": a share.
    if q.unit == "percent"
        && lower(q.end) == "of"
        && tokens.get(q.end + 1).is_some_and(|t| !t.is_number())
    {
        let mut end = q.end + 1;
        while end < tokens.len()
            && end < q.end + 9
            && !is_boundary(&tokens[end])
            && tokens[end].kind != super::tokens::TokenKind::Symbol
        {
            end += 1;
        }
        let share = format!("share {}", words(q.end, end));
        let owner = (start..before).rev().take_while(|&i| tokens[i].is_capitalised()).last();
        return match owner {
            Some(o) if o > start => (format!("{}'s {share}", words(o, before)), change),
            _ => (share, change),
        };
    }
    // "the March high of 21.8 percent", "an average of $120"
    if before > start && lower(before - 1) == "of" {
        if let Some((a, b)) = noun_phrase_before(tokens, start, before - 1) {
            let head = lower(b - 1);
            if !RISE_WORDS.has(&head) && !FALL_WORDS.has(&head) {
                return (words(a, b), change);
            }
        }
    }
    // "cut its benchmark rate by a quarter-point", "increase food needs by 50 percent"
    let verb = (start..before).rev().find(|&i| {
        let w = lower(i);
        CHANGE_LINKS.has(&w) || RISE_WORDS.has(&w) || FALL_WORDS.has(&w)
    });
    if let Some(v) = verb {
        if before > 0 && lower(before - 1) == "by" && v + 1 < before - 1 {
            if let Some((a, b)) = trim(tokens, v + 1, before - 1) {
                return (words(a, b), change);
            }
        }
        let subject_start =
            (start..v).rev().find(|&i| REPORTING_VERBS.has(&lower(i))).map_or(start, |r| r + 1);
        if let Some((a, b)) = trim(tokens, subject_start, v) {
            let subject = words(a, b);
            if q.unit == "percent" && SHARE_VERBS.has(&lower(v)) {
                let share = previous
                    .as_deref()
                    .and_then(|p| p.split_once("share "))
                    .map(|(_, rest)| rest.trim().to_owned());
                let label = match share {
                    Some(rest) if !rest.is_empty() => format!("{subject}'s share {rest}"),
                    _ => format!("{subject}'s share"),
                };
                return (label, change);
            }
            return (subject, change);
        }
    }
    if let Some(previous) = previous.filter(|_| before - start <= 3) {
        return (previous, change);
    }
    // The clause itself, the figure shown as "…".
    let tail_end = (q.end..tokens.len().min(q.end + 8))
        .find(|&i| is_boundary(&tokens[i]) || tokens[i].is_symbol("."))
        .unwrap_or(tokens.len().min(q.end + 8));
    let head = words(start.max(before.saturating_sub(6)), before);
    let tail = words(q.end, tail_end);
    let label = match (head.is_empty(), tail.is_empty()) {
        (true, true) => String::new(),
        (false, true) => format!("{head} …"),
        (true, false) => format!("… {tail}"),
        (false, false) => format!("{head} … {tail}"),
    };
    (label, change)
}

/// The noun phrase ending just before token `end`, not reaching before `start`:
/// "from the March high" → "March high", "the prior 12-month average" → itself.
fn noun_phrase_before(tokens: &[Token], start: usize, end: usize) -> Option<(usize, usize)> {
    const STOP: &[&str] = &[
        "from", "to", "in", "on", "at", "by", "with", "down", "up", "still", "is", "was", "are",
        "were", "has", "had", "have", "of", "for", "than", "it", "it's", "it’s", "and", "or",
    ];
    let mut a = end;
    while a > start {
        let t = &tokens[a - 1];
        let part = t.is_number() || (t.glued && (t.is_symbol("-") || t.is_word()) && a < end);
        let word = t.is_word() && !STOP.contains(&t.lower().as_str());
        if !(word || part) {
            break;
        }
        a -= 1;
    }
    trim(tokens, a, end)
}

/// Where the words of a count's noun phrase begin (after the number and its scale).
fn noun_start(tokens: &[Token], q: &Quantity) -> usize {
    let noun_end = q.noun_end.unwrap_or(q.end);
    let mut i = q.first;
    while i < noun_end {
        let t = &tokens[i];
        let w = t.lower();
        let numeric = t.is_number()
            || t.kind == super::tokens::TokenKind::Symbol
            || matches!(
                w.as_str(),
                "million"
                    | "billion"
                    | "thousand"
                    | "hundred"
                    | "trillion"
                    | "bn"
                    | "m"
                    | "k"
                    | "a"
                    | "and"
                    | "dozen"
            )
            || super::numbers::read(tokens, i).is_some_and(|n| n.spelled);
        if !numeric {
            break;
        }
        i += 1;
    }
    i
}

/// The range `a..b` without edge words on either side, or `None` when nothing is left.
fn trim(tokens: &[Token], mut a: usize, mut b: usize) -> Option<(usize, usize)> {
    let edge =
        |t: &Token| EDGE_WORDS.has(&t.lower()) || (t.kind == super::tokens::TokenKind::Symbol);
    while a < b && edge(&tokens[a]) {
        a += 1;
    }
    while b > a && edge(&tokens[b - 1]) {
        b -= 1;
    }
    (a < b).then_some((a, b))
}

/// The text of tokens `a..b` as written, whitespace collapsed.
fn phrase(text: &str, tokens: &[Token], a: usize, b: usize) -> String {
    if a >= b || b > tokens.len() {
        return String::new();
    }
    let span = Span::new(tokens[a].span.start, tokens[b - 1].span.end);
    span.of(text).split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The movement a figure measures: "down 10 percent from a year ago", "an increase of 0.3
/// percent", "doubled"; `None` for a level.
fn change(tokens: &[Token], start: usize, before: usize, end: usize) -> Option<Change> {
    let lower = |i: usize| tokens.get(i).map(Token::lower).unwrap_or_default();
    if before > 0 && matches!(lower(before - 1).as_str(), "from" | "than") {
        return None;
    }
    let mut stopped = false;
    let direction = (start..before).rev().find_map(|i| {
        let w = lower(i);
        if stopped {
            return None;
        }
        if w == "from" {
            stopped = true; // "down from the March high of 21.8 percent": the figure is the base
            return None;
        }
        if CHANGE_LINKS.has(&w) && !RISE_WORDS.has(&w) && !FALL_WORDS.has(&w) {
            stopped = true;
            return None;
        }
        if RISE_WORDS.has(&w) {
            Some(Direction::Up)
        } else if FALL_WORDS.has(&w) {
            Some(Direction::Down)
        } else {
            match w.as_str() {
                "doubled" => Some(Direction::Doubled),
                "tripled" | "trebled" => Some(Direction::Tripled),
                "halved" => Some(Direction::Halved),
                _ => None,
            }
        }
    })?;
    // "from a year ago", "compared with 2017": what the change is measured against.
    let from = match (lower(end).as_str(), lower(end + 1).as_str()) {
        ("from", _) => Some(end + 1),
        ("compared", "with" | "to") => Some(end + 2),
        _ => None,
    };
    let reference = from.and_then(|a| {
        let b = (a..tokens.len().min(a + 8))
            .find(|&i| is_boundary(&tokens[i]) || tokens[i].is_symbol("."))
            .unwrap_or(tokens.len().min(a + 8));
        (a < b).then(|| Span::new(tokens[a].span.start, tokens[b - 1].span.end))
    });
    Some(Change { direction, reference })
}
