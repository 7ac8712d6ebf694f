//! Numbers as news prose writes them: "30,154", "17.3 million", "1.2bn", "two", "twenty-five",
//! "a dozen", "two hundred and fifty thousand".

use super::tokens::{Token, digit_value, group_space};
use crate::engine::text::number_words;

/// A number read from tokens `start..end`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Number {
    pub value: f64,
    pub start: usize,
    pub end: usize,
    /// Written in words ("two", "a dozen"), not digits.
    pub spelled: bool,
    /// Digits without "," or "." : "2019" may be a year, "2,019" may not.
    pub bare_integer: bool,
    /// Written with a minus sign against it ("-5", "\u{2212}5"); `value` is then negative.
    pub negative: bool,
}

/// The number starting at token `i`, if one does.
pub(crate) fn read(tokens: &[Token], i: usize) -> Option<Number> {
    let first = tokens.get(i)?;
    let number = if first.is_number() {
        let value = digits(first.text)?;
        let bare = first.text.bytes().all(|b| b.is_ascii_digit());
        let negative = minus_before(tokens, i);
        let value = if negative { -value } else { value };
        Number { value, start: i, end: i + 1, spelled: false, bare_integer: bare, negative }
    } else {
        spelled(tokens, i)?
    };
    let scaled = with_scale(tokens, number);
    scaled.value.is_finite().then_some(scaled)
}

/// Whether a minus sign is written against the number at token `i`: "-5 percent", "\u{2212}5".
/// A dash glued to something before it joins a range or a score ("2-1", "1990-5"), not a sign.
fn minus_before(tokens: &[Token], i: usize) -> bool {
    let Some(sign) = i.checked_sub(1).and_then(|p| tokens.get(p)) else { return false };
    let number_glued = tokens.get(i).is_some_and(|t| t.glued);
    number_glued && (sign.is_symbol("-") || sign.is_symbol("\u{2212}")) && (i == 1 || !sign.glued)
}

/// A digit run as a value: "30,154" (thousands groups), "17.3", "1 000 000" and "1 234,56"
/// (thousands spaces, the decimal mark a comma or a point), "1.000.000" and "1.234,5"
/// (thousands points), full-width and other decimal digits. `None` for "1,2,3" lists.
fn digits(text: &str) -> Option<f64> {
    let mut plain = String::with_capacity(text.len());
    let mut spaced = false;
    for c in text.chars() {
        match digit_value(c) {
            Some(d) => plain.push(char::from(b'0' + d)),
            None if matches!(c, ',' | '.') => plain.push(c),
            None if group_space(c) => spaced = true,
            None => {} // zero-width characters
        }
    }
    if spaced {
        // Spaces group the thousands: one mark left is the decimal one.
        if plain.matches([',', '.']).count() > 1 {
            return None;
        }
        return plain.replace(',', ".").parse::<f64>().ok();
    }
    if let Some(value) = point_grouped(&plain) {
        return Some(value);
    }
    let mut parts = plain.split(',');
    let head = parts.next()?;
    let mut joined = head.to_owned();
    for group in parts {
        let int_len = group.split('.').next().map_or(0, str::len);
        if int_len != 3 || head.is_empty() || head.len() > 3 || head.contains('.') {
            return None;
        }
        joined.push_str(group);
    }
    if joined.matches('.').count() > 1 {
        return None;
    }
    joined.parse::<f64>().ok()
}

/// "1.000.000" and "1.234.567,8": points grouping thousands (two or more of them, or one
/// before a decimal comma), as much of Europe writes numbers. One point alone is a decimal.
fn point_grouped(plain: &str) -> Option<f64> {
    let (integer, fraction) = match plain.split_once(',') {
        Some((integer, fraction)) if !fraction.contains([',', '.']) => (integer, Some(fraction)),
        Some(_) => return None,
        None => (plain, None),
    };
    let mut groups = integer.split('.');
    let head = groups.next()?;
    let groups: Vec<&str> = groups.collect();
    let enough = groups.len() >= 2 || groups.len() == 1 && fraction.is_some_and(|f| f.len() != 3);
    if !enough || head.is_empty() || head.len() > 3 || groups.iter().any(|g| g.len() != 3) {
        return None;
    }
    let mut joined: String = std::iter::once(head).chain(groups).collect();
    if let Some(fraction) = fraction {
        joined.push('.');
        joined.push_str(fraction);
    }
    joined.parse::<f64>().ok()
}

/// Multiplies by a following scale word: "17.3 million", "1.2bn", "500 crore".
fn with_scale(tokens: &[Token], number: Number) -> Number {
    let Some(next) = tokens.get(number.end).filter(|t| t.is_word()) else { return number };
    let word = next.lower();
    let factor = match word.as_str() {
        "thousand" => 1e3,
        "million" | "millions" | "mln" | "mn" => 1e6,
        "billion" | "billions" | "bln" | "bn" => 1e9,
        "trillion" | "tn" => 1e12,
        "crore" | "crores" => 1e7,
        "lakh" | "lakhs" => 1e5,
        // Single letters only when written against the digits: "£3m", "$5k".
        "m" if next.glued => 1e6,
        "k" if next.glued => 1e3,
        "b" if next.glued => 1e9,
        _ => return number,
    };
    if number.spelled && factor < 1e5 {
        return number; // "two thousand" was read by `spelled` already
    }
    let value = number.value * factor;
    Number {
        value: if value.abs() >= 1.0 { value.round() } else { value },
        end: number.end + 1,
        bare_integer: false,
        ..number
    }
}

/// A number word's value ("seven", "nineteen", "twenty-five"): `word` is in lower case.
pub(super) fn unit_word(word: &str) -> Option<f64> {
    number_words::compound(word).map(f64::from)
}

fn scale_word(word: &str) -> Option<f64> {
    match word {
        "hundred" => Some(1e2),
        "thousand" => Some(1e3),
        "million" => Some(1e6),
        "billion" => Some(1e9),
        "trillion" => Some(1e12),
        _ => None,
    }
}

/// A number in words. "a" counts as one only before a scale ("a million", "a dozen").
fn spelled(tokens: &[Token], i: usize) -> Option<Number> {
    // Asked of every word of every sentence: only a number word or "a" opens a number ("dozen",
    // a scale or "and" needs one before it), so every other word is turned away at once.
    let first = tokens.get(i).filter(|t| t.is_word())?.lower();
    if first.as_str() != "a" && unit_word(&first).is_none() {
        return None;
    }
    let mut total = 0.0;
    let mut current = 0.0;
    let mut end = i;
    let mut any = false;
    let mut j = i;
    while let Some(token) = tokens.get(j).filter(|t| t.is_word()) {
        let word = token.lower();
        if let Some(n) = unit_word(&word) {
            let tail = current % 100.0;
            if any && tail != 0.0 && !(tail >= 20.0 && tail % 10.0 == 0.0 && n < 10.0) {
                break; // "one two" is not one number; "twenty five" is
            }
            current += n;
        } else if word == "a" && !any {
            let next = tokens.get(j + 1).map(|t| t.lower()).unwrap_or_default();
            if scale_word(&next).is_none() && next != "dozen" {
                return None;
            }
            current = 1.0;
        } else if word == "dozen" && (any || j > i) {
            current = current.max(1.0) * 12.0;
        } else if let Some(scale) = scale_word(&word).filter(|_| any || j > i) {
            if scale == 1e2 {
                current = current.max(1.0) * scale;
            } else {
                total += current.max(1.0) * scale;
                current = 0.0;
            }
        } else if word == "and" && any {
            // "two hundred and fifty": only when a number word follows
            let next = tokens.get(j + 1).map(|t| t.lower()).unwrap_or_default();
            if unit_word(&next).is_none() {
                break;
            }
            j += 1;
            continue;
        } else {
            break;
        }
        any = true;
        j += 1;
        end = j;
        if j - i > 12 {
            break;
        }
    }
    any.then_some(Number {
        value: total + current,
        start: i,
        end,
        spelled: true,
        bare_integer: false,
        negative: false,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::extract::figures::tokens::tokens;
    use crate::engine::text::span::Span;

    #[test]
    fn numbers_read_as_written() {
        let rows: &[(&str, Option<f64>, usize)] = &[
            ("30,154 new cars", Some(30154.0), 1),
            ("17.3 million vehicles", Some(17_300_000.0), 2),
            ("1.2bn", Some(1.2e9), 2),
            ("3m", Some(3e6), 2),
            ("3 m", Some(3.0), 1),
            ("500 crore", Some(5e9), 2),
            ("two people", Some(2.0), 1),
            ("Twenty-five troops", Some(25.0), 1),
            ("a dozen eggs", Some(12.0), 2),
            ("two hundred and fifty thousand", Some(250_000.0), 5),
            ("a million people", Some(1e6), 2),
            ("a man", None, 0),
            ("1,2,3", None, 0),
            ("1.2.3", None, 0),
            ("999999999999999999999", Some(1e21), 1),
            ("one two", Some(1.0), 1),
            ("twenty five", Some(25.0), 2),
            ("1 000 000 tonnes", Some(1e6), 1),
            ("1\u{a0}000\u{a0}000", Some(1e6), 1),
            ("12\u{2009}345", Some(12_345.0), 1),
            ("1 234,56 million", Some(1_234.56e6), 2),
            ("12 345.67", Some(12_345.67), 1),
            ("5 100 people", Some(5.0), 1),
            ("1234 567", Some(1234.0), 1),
            ("1.000.000", Some(1e6), 1),
            ("1.234,5", Some(1234.5), 1),
            ("1.000", Some(1.0), 1),
            ("1.2345.678", None, 0),
            ("\u{ff11}\u{ff12}\u{ff13}", Some(123.0), 1),
            ("\u{0663}\u{0664}", Some(34.0), 1),
            ("4.\u{200b}2", Some(4.2), 1),
        ];
        for &(text, value, len) in rows {
            let all = tokens(text, Span::new(0, text.len()));
            let found = read(&all, 0);
            assert_eq!(found.map(|n| n.value), value, "{text}");
            if let Some(n) = found {
                assert_eq!(n.end, len, "{text}");
            }
        }
    }

    #[test]
    fn a_minus_sign_against_the_number_keeps_its_sign() {
        let rows: &[(&str, usize, Option<f64>)] = &[
            ("-5 percent", 1, Some(-5.0)),
            ("\u{2212}5 percent", 1, Some(-5.0)),
            ("fell by -0.5", 3, Some(-0.5)),
            ("- 5 points", 1, Some(5.0)),
            ("2-1", 2, Some(1.0)),
        ];
        for &(text, at, value) in rows {
            let all = tokens(text, Span::new(0, text.len()));
            assert_eq!(read(&all, at).map(|n| n.value), value, "{text}");
        }
    }

    #[test]
    fn endless_digits_are_not_a_number() {
        let text = "9".repeat(400);
        let all = tokens(&text, Span::new(0, text.len()));
        assert_eq!(read(&all, 0), None);
    }
}
