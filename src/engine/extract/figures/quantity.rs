//! One quantity as the sentence reader finds it, and the small readings of the words around a
//! number that both the one-number reader (`scan`) and the two-number forms (`forms`) use.

use super::tokens::Token;
use super::units;
use super::{FigureKind, Qualifier};
use crate::engine::lexicon::AGENT_ENDINGS;
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
    /// How the quantity is written, when that says what it measures.
    pub shape: Shape,
}

/// How a quantity is written, where that tells its label (see `forms`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Shape {
    /// One number with its unit or noun.
    Plain,
    /// A game's score, "5-4": the first side's value, `against` the second's. Two scores with
    /// the same first side are two facts ("won 5-4", "lost 5-2").
    Score { against: u32 },
    /// A part of a whole, "7 of 9": the part's value.
    PartOf,
}

pub(super) fn lower<'a>(tokens: &[Token<'a>], i: usize) -> Lowered<'a> {
    tokens.get(i).filter(|t| t.is_word()).map(Token::lower).unwrap_or_default()
}

pub(super) fn join(tokens: &[Token], start: usize, end: usize) -> Span {
    match (tokens.get(start), end.checked_sub(1).and_then(|e| tokens.get(e))) {
        (Some(a), Some(b)) if b.span.end >= a.span.start => Span::new(a.span.start, b.span.end),
        (Some(a), _) => a.span,
        _ => Span::new(0, 0),
    }
}

pub(super) fn unit_follows(tokens: &[Token], i: usize) -> bool {
    percent_or_money_follows(tokens, i)
        || tokens.get(i).is_some_and(|t| units::measure(t.text).is_some())
}

pub(super) fn percent_or_money_follows(tokens: &[Token], i: usize) -> bool {
    let word = lower(tokens, i);
    tokens.get(i).is_some_and(|t| t.is_symbol("%"))
        || matches!(word.as_str(), "percent" | "per" | "pct" | "percentage")
        || units::word_currency(&word, None, "USD").is_some()
        || matches!(word.as_str(), "million" | "billion" | "bn" | "m")
            && (tokens.get(i + 1).is_some_and(|t| t.is_symbol("%"))
                || units::word_currency(&lower(tokens, i + 1), None, "USD").is_some())
}

/// Whether a count's unit counts people or agents ("people", or a noun for someone who does
/// something: "assailants", "churchgoers", "negotiators") or time ("two years" of a term).
pub(super) fn counts_people(unit: &str) -> bool {
    // "-ers"/"-ors" names agents in longer words ("attackers", "negotiators"), things in
    // short ones ("rivers", "towers", "doors")
    let agent_er = unit.len() >= 8 && (unit.ends_with("ers") || unit.ends_with("ors"));
    unit == "people"
        || units::is_time(unit)
        || units::is_people(unit)
        || agent_er
        || AGENT_ENDINGS.words().iter().any(|end| unit.ends_with(end))
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
