//! English number words below a hundred, one table for every reader: dates ("two days ago",
//! "nineteen ninety-six") and figures ("five judges", "twenty-five").

/// "zero" to "nineteen", each at its value.
const BELOW_TWENTY: [&str; 20] = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];

/// "twenty" to "ninety": the tens from two on.
const TENS: [&str; 8] =
    ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

/// The value of a lower-case number word written as one word: "seven" 7, "nineteen" 19,
/// "forty" 40.
pub fn value(word: &str) -> Option<u32> {
    if let Some(n) = BELOW_TWENTY.iter().position(|w| *w == word) {
        return u32::try_from(n).ok();
    }
    let tens = TENS.iter().position(|w| *w == word)?;
    u32::try_from(tens + 2).ok().map(|t| t * 10)
}

/// A lower-case number word's value, the hyphenated compounds included: "twenty-five" 25.
pub fn compound(word: &str) -> Option<u32> {
    if let Some(n) = value(word) {
        return Some(n);
    }
    // The hyphen found as a byte: a char searcher costs more to set up than a word to read.
    let at = word.bytes().position(|b| b == b'-')?;
    let (tens, unit) = (&word[..at], &word[at + 1..]);
    let tens = value(tens).filter(|t| *t >= 20 && t % 10 == 0)?;
    let unit = value(unit).filter(|u| (1..=9).contains(u))?;
    Some(tens + unit)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn number_words_read_as_their_values() {
        let rows: &[(&str, Option<u32>)] = &[
            ("zero", Some(0)),
            ("seven", Some(7)),
            ("twelve", Some(12)),
            ("nineteen", Some(19)),
            ("forty", Some(40)),
            ("ninety", Some(90)),
            ("twenty-five", Some(25)),
            ("ninety-nine", Some(99)),
            ("twenty-", None),
            ("twenty-ten", None),
            ("five-twenty", None),
            ("hundred", None),
            ("Seven", None), // asked in lower case
            ("", None),
        ];
        for (word, expected) in rows {
            assert_eq!(compound(word), *expected, "{word:?}");
            if !word.contains('-') {
                assert_eq!(value(word), *expected, "{word:?}");
            }
        }
    }
}
