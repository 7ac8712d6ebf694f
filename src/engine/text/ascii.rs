//! The byte-level fast paths the engine shares: prose is nearly all ASCII, so a word's bytes are
//! told by one table load, a character is decoded only when it is not ASCII, a few questions
//! asked of every word or paragraph read several bytes as one number, and short keys are packed
//! into one number to hash. Each is tested against its plain version (the property tests
//! below), and the rest of the engine asks these functions rather than reading bytes that way.

/// The ASCII letters and digits, by byte value: one load tells them from every other byte
/// where [`u8::is_ascii_alphanumeric`] compares with three ranges, at every byte of a word.
pub(crate) const ASCII_WORD: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    table
};

/// The character starting at byte `at` of `text` (a char boundary) and its length in bytes;
/// ASCII, most of prose, without decoding.
#[inline]
pub(crate) fn char_at(text: &str, at: usize) -> (char, usize) {
    match text.as_bytes()[at] {
        b if b.is_ascii() => (char::from(b), 1),
        _ => text[at..].chars().next().map_or(('\0', 1), |c| (c, c.len_utf8())),
    }
}

/// How many whitespace-separated words `text` has: `text.split_whitespace().count()`, counted
/// over bytes, since layout asks it of whole paragraphs several times each. A word starts
/// where ASCII whitespace gives way to anything else. That holds for non-ASCII text too
/// (curly quotes and dashes make most paragraphs non-ASCII) as long as it holds no whitespace
/// beyond ASCII's; the rare text that does is split the slow way.
pub(crate) fn count_words(text: &str) -> usize {
    if has_unicode_space(text) {
        return text.split_whitespace().count();
    }
    let bytes = text.as_bytes();
    let mut count = usize::from(bytes.first().is_some_and(|&b| !is_space(b)));
    // Each byte against the one before it, in runs of 255 pairs counted in a `u8` (it cannot
    // overflow): the compiler reads such a run sixteen bytes at a time, where a `usize` count
    // per byte kept it to four.
    let next = bytes.get(1..).unwrap_or_default();
    for (run, next_run) in bytes.chunks(255).zip(next.chunks(255)) {
        let starts = run
            .iter()
            .zip(next_run)
            .fold(0u8, |n, (&before, &at)| n + u8::from(is_space(before) & !is_space(at)));
        count += usize::from(starts);
    }
    count
}

/// Whitespace in ASCII, as `char::is_whitespace` has it.
fn is_space(b: u8) -> bool {
    b == b' ' || (b'\t'..=b'\r').contains(&b)
}

/// The whitespace-separated words of `text`, as `text.split_whitespace()` yields them, cut over
/// bytes: a pass over a whole article's words, which the engine makes more than once, reads
/// each ASCII byte with one comparison where `split_whitespace` decodes every character.
/// Bytes beyond ASCII are read as characters only when they open a whitespace character.
pub(crate) fn split_words(text: &str) -> impl Iterator<Item = &str> {
    let bytes = text.as_bytes();
    let mut at = 0;
    std::iter::from_fn(move || {
        loop {
            let n = space_len(bytes, at)?;
            if n == 0 {
                break;
            }
            at += n;
        }
        let start = at;
        while space_len(bytes, at).is_some_and(|n| n == 0) {
            // A byte that opens no space is passed one at a time: a continuation byte never
            // opens one, so a character beyond ASCII is passed whole without being decoded.
            at += 1;
        }
        text.get(start..at)
    })
}

/// The length in bytes of the whitespace character opening at byte `at` of `bytes` (valid
/// UTF-8), 0 when no space opens there, `None` at the end.
#[inline]
fn space_len(bytes: &[u8], at: usize) -> Option<usize> {
    let &b = bytes.get(at)?;
    if b.is_ascii() {
        return Some(usize::from(is_space(b)));
    }
    let next = |k: usize| bytes.get(at + k).copied().unwrap_or(0);
    Some(match utf8_space(b, next(1), next(2)) {
        false => 0,
        true if b == 0xC2 => 2,
        true => 3,
    })
}

/// Whether `text` holds a whitespace character outside ASCII (a no-break space, an em space).
/// Such a character is told by its UTF-8 bytes alone, with no decoding, in one pass without
/// branches over each byte and the two after it.
fn has_unicode_space(text: &str) -> bool {
    if text.is_ascii() {
        return false;
    }
    let bytes = text.as_bytes();
    let second = bytes.get(1..).unwrap_or_default();
    let third = bytes.get(2..).unwrap_or_default();
    // A two-byte space closing the text has no third byte to pair with.
    let closing = matches!(bytes, [.., 0xC2, 0x85 | 0xA0]);
    closing
        || bytes
            .iter()
            .zip(second)
            .zip(third)
            .fold(false, |found, ((&a, &b), &c)| found | utf8_space(a, b, c))
}

/// Whether the bytes `a b c` open a whitespace character outside ASCII: U+0085, U+00A0,
/// U+1680, U+2000 to U+200A, U+2028, U+2029, U+202F, U+205F, U+3000 (the rest of Unicode's
/// White_Space, which `char::is_whitespace` follows). No lead byte is a continuation byte,
/// so in valid UTF-8 these bytes cannot match in the middle of another character.
fn utf8_space(a: u8, b: u8, c: u8) -> bool {
    ((a == 0xC2) & ((b == 0x85) | (b == 0xA0)))
        | ((a == 0xE1) & (b == 0x9A) & (c == 0x80))
        | ((a == 0xE2) & (b == 0x80) & ((c <= 0x8A) | (c == 0xA8) | (c == 0xA9) | (c == 0xAF)))
        | ((a == 0xE2) & (b == 0x81) & (c == 0x9F))
        | ((a == 0xE3) & (b == 0x80) & (c == 0x80))
}

/// One in every byte of a number read from sixteen bytes, and the high bit of every byte.
const ONES_16: u128 = u128::from_le_bytes([1; 16]);
const HIGH_16: u128 = ONES_16 * 0x80;

/// Whether `word` is one to sixteen bytes of printable ASCII (above the space) with none of
/// `stops` among them, as most words a lexicon is asked about are. Its bytes are read as one
/// 128-bit number, so all of them are tested at once.
pub(crate) fn is_short_plain(word: &[u8], stops: &[u8]) -> bool {
    if word.is_empty() || word.len() > 16 {
        return false;
    }
    let mut padded = [0u8; 16];
    padded[..word.len()].copy_from_slice(word);
    let x = u128::from_le_bytes(padded);
    // Each test sets the high bit of the first byte it holds for (and maybe of later ones: a
    // borrow runs on), so the lowest bit set among all of them marks the first byte that is not
    // plain. Spaces and controls borrow when 0x21 is taken from them; a byte beyond ASCII has
    // its high bit set already; a byte equal to a stop is zero once the stop is taken out.
    let below_space = x.wrapping_sub(ONES_16 * 0x21) & !x & HIGH_16;
    let equal = |b: u8| {
        let y = x ^ (ONES_16 * u128::from(b));
        y.wrapping_sub(ONES_16) & !y & HIGH_16
    };
    let stops = stops.iter().fold((x & HIGH_16) | below_space, |found, &b| found | equal(b));
    // The padding stops it too: only a stop inside the word counts.
    (stops.trailing_zeros() / 8) as usize >= word.len()
}

/// Whether eight bytes hold `byte` or a byte of a non-ASCII character, read as one number:
/// `byte` becomes a zero byte, and a zero byte is the one whose high bit survives subtracting
/// one from every byte. Lets a scan for a mark (a quote: `"` or a curly one, whose bytes are
/// all beyond ASCII) pass over eight bytes of plain prose at a time.
pub(crate) fn may_hold(block: [u8; 8], byte: u8) -> bool {
    const ONES: u64 = u64::from_le_bytes([0x01; 8]);
    const HIGHS: u64 = u64::from_le_bytes([0x80; 8]);
    let word = u64::from_le_bytes(block);
    let zeroed = word ^ (ONES * u64::from(byte));
    ((zeroed.wrapping_sub(ONES) & !zeroed) | word) & HIGHS != 0
}

/// A word of at most eight bytes as one number: its bytes, zero-padded. No word holds a zero
/// byte, so no two words share a number; a table keyed by words hashes and compares a number.
pub(crate) fn pack8(word: &[u8]) -> Option<u64> {
    let mut bytes = [0u8; 8];
    bytes.get_mut(..word.len())?.copy_from_slice(word);
    Some(u64::from_le_bytes(bytes))
}

/// A key of at most fifteen bytes as one number: its bytes, then its length in the last byte,
/// so two keys are equal exactly when their numbers are, whatever bytes they hold.
pub(crate) fn pack15(key: &[u8]) -> Option<u128> {
    let mut packed = [0u8; 16];
    let len = u8::try_from(key.len()).ok().filter(|&len| len < 16)?;
    packed[..key.len()].copy_from_slice(key);
    packed[15] = len;
    Some(u128::from_le_bytes(packed))
}

/// A sieve over words: a word it does not hold is surely not in the set it was made from, told
/// by its length and its first and last bytes instead of hashing it whole. Asked before a set
/// of a few words is looked up with every word of a text, it turns most words away unhashed.
pub(crate) struct Sieve {
    bits: [u64; 16],
}

impl Sieve {
    pub(crate) fn of<'w>(words: impl Iterator<Item = &'w str>) -> Self {
        let mut sieve = Sieve { bits: [0; 16] };
        for word in words {
            let at = Self::slot(word);
            sieve.bits[at / 64] |= 1 << (at % 64);
        }
        sieve
    }

    fn slot(word: &str) -> usize {
        let bytes = word.as_bytes();
        Self::slot_of(bytes.first().copied(), bytes.last().copied(), bytes.len())
    }

    fn slot_of(first: Option<u8>, last: Option<u8>, len: usize) -> usize {
        let (first, last) = (usize::from(first.unwrap_or(0)), usize::from(last.unwrap_or(0)));
        (first * 31 + last * 7 + len) % 1024
    }

    pub(crate) fn may_hold(&self, word: &str) -> bool {
        self.holds_slot(Self::slot(word))
    }

    /// Whether the sieve may hold `word` with its ASCII letters lowered, for a sieve made from
    /// words in lower case: only the two bytes it is told by are lowered, not the word.
    pub(crate) fn may_hold_lowered(&self, word: &str) -> bool {
        let bytes = word.as_bytes();
        let lower = |b: Option<&u8>| b.map(u8::to_ascii_lowercase);
        self.holds_slot(Self::slot_of(lower(bytes.first()), lower(bytes.last()), bytes.len()))
    }

    fn holds_slot(&self, at: usize) -> bool {
        self.bits[at / 64] & (1 << (at % 64)) != 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_word_table_is_ascii_alphanumeric() {
        for b in 0..=255u8 {
            assert_eq!(ASCII_WORD[usize::from(b)], b.is_ascii_alphanumeric(), "{b}");
        }
    }

    #[test]
    fn the_sieve_holds_every_word_it_was_made_from() {
        let words = ["cobalt", "a", "", "naïve", "mining"];
        let sieve = Sieve::of(words.iter().copied());
        assert!(words.iter().all(|w| sieve.may_hold(w)));
        let written = ["Cobalt", "A", "NAÏVE", "MininG"];
        assert!(written.iter().all(|w| sieve.may_hold_lowered(w)));
        let others = ["zinc", "copper", "gold", "nickel", "iron", "tin"];
        assert!(
            others.iter().any(|w| !sieve.may_hold(w)),
            "a sieve that holds everything sifts nothing"
        );
    }

    #[test]
    fn char_at_decodes_every_character_of_a_mixed_text() {
        let text = "a é—€ 😀z";
        for (at, c) in text.char_indices() {
            assert_eq!(char_at(text, at), (c, c.len_utf8()), "{at}");
        }
    }

    #[test]
    fn words_are_counted_and_cut_as_split_whitespace_does() {
        let rows: &[(&str, &str)] = &[
            ("empty", ""),
            ("spaces only", " \t\n\r"),
            ("controls are not spaces", "\x1fnot\x1c spaces"),
            ("unicode spaces", "non\u{a0}breaking and\u{2003}em space"),
            ("accents", "Grüße aus Köln"),
            ("every other space", "\u{85}a\u{1680}b\u{200a}c\u{2028}d\u{2029}e\u{202f}f"),
            ("not spaces", "\u{205f}m\u{3000}i \u{200b}zero-width\u{180e}mongolian"),
            ("a space closing", "end\u{a0}"),
            ("curly prose", "“Curly,” she said — ‘quoted’ … 日本語のテキスト"),
            ("past one run", &"a b".repeat(300)),
        ];
        for (name, text) in rows {
            assert_eq!(count_words(text), text.split_whitespace().count(), "{name}");
            let split: Vec<&str> = split_words(text).collect();
            assert_eq!(split, text.split_whitespace().collect::<Vec<_>>(), "{name}");
        }
    }

    #[test]
    fn every_character_splits_words_as_split_whitespace_does() {
        for c in (0..=0x3_0000).filter_map(char::from_u32) {
            for text in [format!("a{c}b {c}"), format!("{c}"), format!("ab{c}")] {
                assert_eq!(count_words(&text), text.split_whitespace().count(), "{c:?}");
                let split: Vec<&str> = split_words(&text).collect();
                assert_eq!(split, text.split_whitespace().collect::<Vec<_>>(), "{c:?}");
            }
        }
    }

    /// The plain version of [`is_short_plain`].
    fn plain_short(word: &[u8], stops: &[u8]) -> bool {
        !word.is_empty()
            && word.len() <= 16
            && word.iter().all(|&b| (0x21..0x80).contains(&b) && !stops.contains(&b))
    }

    #[test]
    fn short_plain_words() {
        let rows: &[(&str, &str, bool)] = &[
            ("a word", "Paris", true),
            ("empty", "", false),
            ("one byte", "x", true),
            ("sixteen bytes", "SixteenLettersAB", true),
            ("seventeen bytes", "seventeenLettersA", false),
            ("a stop last", "sixteen-letters!", false),
            ("a full stop", "U.S", false),
            ("a back quote", "it`s", false),
            ("a space", "New York", false),
            ("beyond ASCII", "naïve", false),
            ("a control", "a\x01b", false),
            ("delete is printable", "a\x7fb", true),
        ];
        for (name, word, expected) in rows {
            assert_eq!(is_short_plain(word.as_bytes(), b".`-"), *expected, "{name}");
        }
        for b in 0..=255u8 {
            for word in [[b'A', b, b'c'].as_slice(), &[b; 16], &[b]] {
                assert_eq!(is_short_plain(word, b".`-"), plain_short(word, b".`-"), "{word:?}");
            }
        }
    }

    #[test]
    fn a_block_may_hold_a_byte_when_one_is_it_or_not_ascii() {
        for filler in [b'a', b'!', b'#', 0x00, 0x7f] {
            for at in 0..8 {
                for b in 0..=255u8 {
                    let mut block = [filler; 8];
                    block[at] = b;
                    let expected = block.iter().any(|&b| b == b'"' || !b.is_ascii());
                    assert_eq!(may_hold(block, b'"'), expected, "{block:?}");
                }
            }
        }
    }

    #[cfg(not(target_arch = "wasm32"))]
    mod properties {
        use super::*;
        use proptest::prelude::*;

        proptest! {
            #[test]
            fn count_words_is_its_plain_version(text in crate::engine::text::tokens::tests::properties::text()) {
                prop_assert_eq!(count_words(&text), text.split_whitespace().count());
            }

            #[test]
            fn a_sieve_holds_its_words_in_any_ascii_case(
                words in proptest::collection::vec("[a-z]{0,6}", 0..12),
                flips in proptest::collection::vec(any::<bool>(), 6),
            ) {
                let sieve = Sieve::of(words.iter().map(String::as_str));
                for word in &words {
                    let written: String = word
                        .chars()
                        .zip(flips.iter().cycle())
                        .map(|(c, &up)| if up { c.to_ascii_uppercase() } else { c })
                        .collect();
                    prop_assert!(sieve.may_hold(word));
                    prop_assert!(sieve.may_hold_lowered(&written));
                }
            }

            #[test]
            fn split_words_is_its_plain_version(text in crate::engine::text::tokens::tests::properties::text()) {
                let split: Vec<&str> = split_words(&text).collect();
                prop_assert_eq!(split, text.split_whitespace().collect::<Vec<_>>());
            }

            #[test]
            fn is_short_plain_is_its_plain_version(
                word in proptest::collection::vec(any::<u8>(), 0..20),
                stops in proptest::collection::vec(any::<u8>(), 0..4),
            ) {
                prop_assert_eq!(is_short_plain(&word, &stops), plain_short(&word, &stops));
            }

            #[test]
            fn packed_keys_are_equal_exactly_when_their_keys_are(
                a in proptest::collection::vec(any::<u8>(), 0..18),
                b in proptest::collection::vec(any::<u8>(), 0..18),
            ) {
                let (pa, pb) = (pack15(&a), pack15(&b));
                prop_assert_eq!(pa.is_some(), a.len() < 16);
                if let (Some(pa), Some(pb)) = (pa, pb) {
                    prop_assert_eq!(pa == pb, a == b);
                }
                let words = |w: &[u8]| w.iter().map(|&x| x.max(1)).collect::<Vec<u8>>();
                let (wa, wb) = (words(&a), words(&b));
                let (qa, qb) = (pack8(&wa), pack8(&wb));
                prop_assert_eq!(qa.is_some(), wa.len() <= 8);
                if let (Some(qa), Some(qb)) = (qa, qb) {
                    prop_assert_eq!(qa == qb, wa == wb);
                }
            }

            #[test]
            fn may_hold_is_its_plain_version(block in any::<[u8; 8]>(), byte in 0u8..0x80) {
                let plain = block.iter().any(|&b| b == byte || !b.is_ascii());
                prop_assert_eq!(may_hold(block, byte), plain);
            }
        }
    }
}
