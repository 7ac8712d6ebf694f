//! The lists as data: each entry once, lists that must not share words kept apart, and the
//! one index answering as a plain lookup of each list would.

use super::*;

/// Pairs of lists a word may never be in both of, with why: the first list's verdict and
/// the second's would contradict each other.
const DISJOINT: &[(&Lexicon, &Lexicon, &str)] = &[
    (&ORG_HEADS, &PLACE_HEADS, "a head word types its name one way"),
    (&ORG_HEADS, &PLACE_TAILS, "a last word types its name one way"),
    (&NEVER_NAMES, &ORG_HEADS, "a word that is never a name cannot head one"),
    (&NEVER_NAMES, &PLACE_HEADS, "a word that is never a name cannot head one"),
    (&HONORIFICS, &OFFICES, "a title is a courtesy or an office, not both"),
    (&RISE_WORDS, &FALL_WORDS, "a change goes up or down"),
    (&SPEECH_VERBS, &ROLE_NOUNS, "a speaker's role is not the verb that introduces them"),
    (&FUTURE_WORDS, &PAST_WORDS, "a word marks one tense"),
    (&YEAR_CUES, &COUNT_WORDS, "the word before a number makes it a year or a count"),
    (&PLAY_WORDS, &HALF_NOUNS, "a half is a game's or a business year's"),
    (
        &PUBLISHED_LABELS,
        &UPDATED_LABELS,
        "a timestamp's label dates the first version or a later one",
    ),
];

#[test]
fn no_list_holds_an_entry_twice() {
    for list in ALL {
        let mut seen = std::collections::BTreeSet::new();
        for word in list.words() {
            assert!(seen.insert(word.to_lowercase()), "{} lists {word:?} twice", list.file());
        }
    }
}

#[test]
fn lists_that_must_be_disjoint_are() {
    for (a, b, why) in DISJOINT {
        let shared: Vec<&&str> = a.words().iter().filter(|w| b.words().contains(w)).collect();
        assert!(shared.is_empty(), "{} and {} share {shared:?}: {why}", a.file(), b.file());
    }
}

#[test]
fn every_list_file_is_read_and_named_once() {
    let mut files: Vec<&str> = ALL.iter().map(|l| l.file()).collect();
    assert!(ALL.iter().all(|l| !l.words().is_empty()), "an empty list");
    files.sort_unstable();
    files.dedup();
    assert_eq!(files.len(), ALL.len(), "two lists read one file");
}

#[test]
fn comments_and_blank_lines_are_not_entries() {
    let source = "# what the list is for\n\nfirst\n  second  \n# a section\nthird\n";
    assert_eq!(entries(source).collect::<Vec<_>>(), ["first", "second", "third"]);
}

/// The packed form byte by byte: `packed` must match it.
fn plain_packed(word: &str) -> Option<u128> {
    let bytes = word.as_bytes();
    if bytes.is_empty() || bytes.len() > 16 || bytes.iter().any(|&b| b == 0 || !b.is_ascii()) {
        return None;
    }
    let mut padded = [0u8; 16];
    for (to, &b) in padded.iter_mut().zip(bytes) {
        *to = b.to_ascii_lowercase();
    }
    Some(u128::from_le_bytes(padded))
}

#[test]
fn packed_matches_the_plain_form() {
    let mut words: Vec<String> =
        ALL.iter().flat_map(|l| l.words()).map(|w| w.to_string()).collect();
    words.extend(ALL.iter().flat_map(|l| l.words()).map(|w| w.to_uppercase()));
    let every_byte: String = (1u8..0x80).map(char::from).collect();
    words.extend(every_byte.as_bytes().chunks(16).map(|c| String::from_utf8_lossy(c).into_owned()));
    for odd in
        ["", "a", "@[`{", "AZaz09", "x\0", "\0x", "ÉCOLE", "sixteen-letters!", "seventeen-letters"]
    {
        words.push(odd.to_string());
    }
    for word in &words {
        assert_eq!(packed(word), plain_packed(word), "{word:?}");
    }
}

#[test]
fn a_word_is_in_the_lists_that_hold_it_in_any_case() {
    for list in ALL {
        for word in list.words() {
            // The plain lookup: the list's lower-case entries, asked the word lowered.
            let listed = word.to_lowercase() == *word;
            for form in [word.to_string(), word.to_uppercase(), word.to_lowercase()] {
                let plain = listed && list.words().contains(&form.to_lowercase().as_str());
                assert_eq!(list.has(&form), plain, "{form:?} in {}", list.file());
            }
        }
    }
    assert!(ORG_HEADS.has("Ministry") && !PLACE_HEADS.has("Ministry"));
    assert!(NOT_ACRONYMS.has("\u{212A}M"), "Kelvin sign lowers to k");
    for word in ["", "ministry\0", "ministr", "ministryministryministry", "naïve"] {
        assert!(ALL.iter().all(|list| !list.has(word)), "{word:?}");
    }
}

#[test]
fn a_word_as_written_matches_only_its_own_case() {
    // (list, word, found as written, found in any case)
    let rows: &[(&Lexicon, &str, bool, bool)] = &[
        (&TITLES, "Mr", true, false), // capitalised entries are never met by `has`
        (&TITLES, "MR", false, false),
        (&KICKERS, "BREAKING", true, false),
        (&KICKERS, "Breaking", false, false),
        (&DASHES, "—", true, true),
        (&ORG_HEADS, "ministry", true, true),
        (&ORG_HEADS, "Ministry", false, true),
    ];
    for &(list, word, written, any) in rows {
        assert_eq!(list.has_as_written(word), written, "{word:?} as written in {}", list.file());
        assert_eq!(list.has(word), any, "{word:?} in any case in {}", list.file());
    }
}

#[test]
fn a_text_opens_with_an_entry_as_a_plain_search_finds() {
    // (list, text, opens)
    let rows: &[(&Lexicon, &str, bool)] = &[
        (&CREDIT_LABELS, "photo: jane doe/ap", true),
        (&CREDIT_LABELS, "photo", false), // shorter than the entries it begins
        (&CREDIT_LABELS, "Photo: Jane Doe/AP", false), // as written
        (&RELATED_OPENINGS, "more on this story: the vote", true), // past eight bytes
        (&RELATED_OPENINGS, "more on this stor", false),
        (&RELATED_OPENINGS, "more on that story", false), // the first eight bytes match
        (&RELATED_OPENINGS, "", false),
    ];
    for &(list, text, opens) in rows {
        assert_eq!(list.opens(text), opens, "{text:?} in {}", list.file());
    }
    // Every entry, and every text that is an entry cut short or run on, as a plain search.
    for list in ALL {
        for word in list.words() {
            let cuts = (0..=word.len()).filter(|&k| word.is_char_boundary(k)).map(|k| &word[..k]);
            for text in cuts.map(str::to_string).chain([format!("{word} and more")]) {
                let plain = list.words().iter().any(|w| text.starts_with(w));
                assert_eq!(list.opens(&text), plain, "{text:?} in {}", list.file());
            }
        }
    }
}

#[test]
fn a_word_longer_than_every_entry_is_in_no_list_unless_it_lowers_to_one() {
    let longest = ALL.iter().flat_map(|l| l.words()).map(|w| w.len()).max().unwrap_or(0);
    assert!(ALL.iter().all(|list| !list.has(&"a".repeat(longest + 1))));
    // The Kelvin sign is three bytes that lower to "k": an entry written with it is longer
    // than the entry, and still found.
    for list in ALL {
        for word in list.words().iter().filter(|w| w.contains('k') && w.to_lowercase() == **w) {
            let kelvin = word.replace('k', "\u{212A}");
            assert!(list.has(&kelvin), "{kelvin:?} in {}", list.file());
        }
    }
}
