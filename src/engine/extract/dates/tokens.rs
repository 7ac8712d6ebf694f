//! Date recognition's reading of the shared tokens (`text/tokens.rs`): a written year, a month
//! name as dates write it, the word before a token.

use crate::engine::text::calendar::month_from_name;
use crate::engine::text::lowered::Lowered;
pub use crate::engine::text::tokens::Token;
#[cfg(test)]
pub use crate::engine::text::tokens::tokens;
pub use crate::engine::text::tokens::tokens_into;

/// A written year beside a month or day: four digits, 1000–2999.
pub fn year_number(toks: &[Token<'_>], i: usize) -> Option<i32> {
    let t = toks.get(i)?;
    if t.text.len() != 4 || !t.is_number() {
        return None;
    }
    let year: i32 = t.text.parse().ok()?;
    (1000..=2999).contains(&year).then_some(year)
}

/// The lower case of the token before `i`, if any.
pub fn previous_lower<'a>(toks: &[Token<'a>], i: usize) -> Option<Lowered<'a>> {
    i.checked_sub(1).and_then(|k| toks.get(k)).map(Token::lower)
}

/// A month name the way dates write it: capitalised, abbreviations with their full stop or
/// a number after them. Returns the month and the index after the name (and its stop).
pub fn month_name(toks: &[Token<'_>], i: usize) -> Option<(u32, usize)> {
    let t = toks.get(i)?;
    if !t.capitalised() {
        return None;
    }
    let month = month_from_name(t.text)?;
    let full = t.text.len() > 4 || t.is_any(&["may", "june", "july"]);
    if full {
        return Some((month, i + 1));
    }
    let stop = toks.get(i + 1).is_some_and(|n| n.text == "." && n.glued);
    if stop {
        return Some((month, i + 2));
    }
    let number_after = toks.get(i + 1).is_some_and(Token::is_number);
    number_after.then_some((month, i + 1))
}
