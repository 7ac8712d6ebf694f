//! Byte-level reading the tokenisers share (dates, figures, attribution): prose is nearly all
//! ASCII, so a word's bytes are told by one table load and a character is decoded only when it
//! is not ASCII.

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
    fn char_at_decodes_every_character_of_a_mixed_text() {
        let text = "a é—€ 😀z";
        for (at, c) in text.char_indices() {
            assert_eq!(char_at(text, at), (c, c.len_utf8()), "{at}");
        }
    }
}
