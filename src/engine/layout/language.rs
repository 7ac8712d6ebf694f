//! Which language an article is written in, from its commonest short words: enough to tell a
//! reader that Lede's rules (English ones) will not read a Spanish or German article well.

use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use crate::engine::text::ascii;
use crate::engine::text::lowered::Lowered;

/// The languages Lede can name; it reads only English.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Language {
    English,
    Spanish,
    French,
    German,
    Italian,
    Portuguese,
    Dutch,
}

impl Language {
    pub fn name(self) -> &'static str {
        match self {
            Language::English => "English",
            Language::Spanish => "Spanish",
            Language::French => "French",
            Language::German => "German",
            Language::Italian => "Italian",
            Language::Portuguese => "Portuguese",
            Language::Dutch => "Dutch",
        }
    }
}

/// Function words frequent in each language and rare in the others.
#[rustfmt::skip]
const MARKERS: &[(Language, &[&str])] = &[
    (Language::English, &["the", "and", "of", "to", "is", "was", "that", "with", "for", "on", "said", "his", "her", "they", "which", "from"]),
    (Language::Spanish, &["el", "los", "las", "del", "y", "que", "por", "una", "con", "para", "según", "fue", "pero", "como", "sus", "más"]),
    (Language::French, &["le", "les", "des", "et", "du", "une", "est", "dans", "pour", "qui", "sur", "pas", "avec", "ont", "été", "aux"]),
    (Language::German, &["der", "die", "und", "das", "den", "nicht", "ist", "mit", "sich", "auf", "dem", "ein", "eine", "wurde", "auch", "für"]),
    (Language::Italian, &["il", "della", "di", "che", "è", "per", "gli", "delle", "nel", "sono", "alla", "anche", "dei", "con", "non", "stato"]),
    (Language::Portuguese, &["o", "os", "da", "do", "em", "não", "uma", "com", "para", "dos", "foi", "ao", "mais", "pelo", "seu", "são"]),
    (Language::Dutch, &["de", "het", "een", "en", "van", "niet", "zijn", "op", "voor", "met", "dat", "ook", "werd", "naar", "bij", "maar"]),
];

/// At most this many words are looked at: the language shows long before.
const SAMPLE_WORDS: usize = 3000;
/// The longest marker word, in bytes.
const LONGEST_MARKER: usize = 6;
/// Fewer marker words than this and the text is too short to say.
const MIN_EVIDENCE: usize = 6;

/// Slots of the marker table: a power of two, several times the number of marker words, so
/// that a lookup nearly always ends at the first slot it reads.
const SLOTS: usize = 512;

/// Each marker word, as [`packed`], with the languages it marks (one bit per index into
/// [`MARKERS`]), in a table of open addressing: a word's first slot is its number times an
/// odd constant, top bits kept (Fibonacci hashing), and a lookup reads on from there to the
/// word or an empty slot. Asked of every word of the text, it costs a few instructions, where
/// a general hash map cost several times more.
struct Markers {
    /// `(0, 0)` is an empty slot: no word packs to zero.
    slots: Vec<(u64, u8)>,
}

impl Markers {
    fn first_slot(packed: u64) -> usize {
        const GOLDEN: u64 = 0x9E37_79B9_7F4A_7C15;
        // the top bits of the product are the ones every bit of the word reaches
        (packed.wrapping_mul(GOLDEN) >> (u64::BITS - SLOTS.trailing_zeros())) as usize
    }

    /// The slot holding `packed`, or the empty one where it would go (the table is never
    /// full, so there is always one).
    fn slot(&self, packed: u64) -> usize {
        let mut at = Self::first_slot(packed);
        while self.slots[at].0 != packed && self.slots[at].0 != 0 {
            at = (at + 1) % SLOTS;
        }
        at
    }

    /// The languages `packed` marks, as bits; 0 for a word that is no marker.
    fn languages(&self, packed: u64) -> u8 {
        self.slots[self.slot(packed)].1
    }
}

fn markers() -> &'static Markers {
    static TABLE: OnceLock<Markers> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut table = Markers { slots: vec![(0, 0); SLOTS] };
        for (i, (_, words)) in MARKERS.iter().enumerate() {
            for word in *words {
                if let Some(packed) = packed(word) {
                    let at = table.slot(packed);
                    table.slots[at].0 = packed;
                    table.slots[at].1 |= 1 << i;
                }
            }
        }
        table
    })
}

/// A word of at most eight bytes as one number ([`ascii::pack8`]): hashing and comparing it
/// costs less than a string.
fn packed(word: &str) -> Option<u64> {
    ascii::pack8(word.as_bytes())
}

/// `word`, a run of letters, lower-cased as [`packed`]; `None` for a word that cannot be a
/// marker. An ASCII word (nearly all) is lowered and packed byte by byte, with no string.
fn packed_lower(word: &str) -> Option<u64> {
    if word.is_ascii() {
        // An ASCII word keeps its length in lower case: one longer than every marker is none.
        return (word.len() <= LONGEST_MARKER).then(|| {
            word.bytes().rev().fold(0, |packed, b| packed << 8 | u64::from(b.to_ascii_lowercase()))
        });
    }
    if word.len() > 8 {
        return None;
    }
    packed(&Lowered::unicode(word))
}

/// The end of the run of letters (`LETTERS`) or of other characters (`!LETTERS`) at the byte
/// `at` (a character boundary): where the first character of the other kind starts, or the
/// text's end. ASCII bytes are tested in a tight loop; only non-ASCII characters are decoded.
fn run_end<const LETTERS: bool>(text: &str, mut at: usize) -> usize {
    let bytes = text.as_bytes();
    loop {
        let rest = bytes.get(at..).unwrap_or_default();
        at += rest
            .iter()
            .position(|&b| !b.is_ascii() || b.is_ascii_alphabetic() != LETTERS)
            .unwrap_or(rest.len());
        match text.get(at..).and_then(|rest| rest.chars().next()) {
            Some(c) if !c.is_ascii() && c.is_alphabetic() == LETTERS => at += c.len_utf8(),
            _ => return at,
        }
    }
}

/// The article's language, or `None` when the text is too short or too mixed to tell.
pub fn detect(text: &str) -> Option<Language> {
    // Words are tallied by the set of languages they mark (a byte, so every set has a slot
    // and no bounds are checked) and the sets shared out among their languages at the end:
    // one addition per word, where counting each language of each word cost seven.
    let mut tally = [0usize; 256];
    let markers = markers();
    let mut count = |languages: u8| tally[usize::from(languages)] += 1;
    // The words are the runs of letters. The text is read a byte at a time, in one loop,
    // decoding only non-ASCII characters: the loop's own cost per word and per byte is most
    // of the detection.
    let bytes = text.as_bytes();
    let (mut at, mut words) = (0, 0);
    while let Some(&b) = bytes.get(at)
        && words < SAMPLE_WORDS
    {
        let start = at;
        if b.is_ascii_alphabetic() {
            at += bytes[at..]
                .iter()
                .position(|b| !b.is_ascii_alphabetic())
                .unwrap_or(bytes.len() - at);
            if bytes.get(at).is_none_or(u8::is_ascii) {
                // an ASCII word (nearly all), packed without looking at it again as text
                let word = &bytes[start..at];
                if word.len() <= LONGEST_MARKER {
                    let packed = word.iter().rev().fold(0, |p, &b| p << 8 | u64::from(b | 0x20));
                    count(markers.languages(packed));
                }
                words += 1;
                continue;
            }
        } else if b.is_ascii() {
            at += 1;
            continue;
        }
        // a non-ASCII character: a letter opening or carrying on a word, or a separator
        at = run_end::<true>(text, at);
        if at == start {
            at += text[start..].chars().next().map_or(1, char::len_utf8);
            continue;
        }
        count(packed_lower(&text[start..at]).map_or(0, |word| markers.languages(word)));
        words += 1;
    }
    let mut counts = [0usize; MARKERS.len()];
    for (languages, &words) in tally.iter().enumerate().skip(1).filter(|&(_, &w)| w > 0) {
        for (i, count) in counts.iter_mut().enumerate() {
            *count += words * (languages >> i & 1);
        }
    }
    let (best, &top) = counts.iter().enumerate().max_by_key(|&(i, c)| (*c, usize::MAX - i))?;
    let second =
        counts.iter().enumerate().filter(|&(i, _)| i != best).map(|(_, c)| *c).max().unwrap_or(0);
    (top >= MIN_EVIDENCE && top * 2 > second * 3).then(|| MARKERS[best].0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_first_words_are_sampled() {
        let spanish = "—el, los «las» del; que por una… con para fue pero como";
        let within = format!("{}{spanish}", "zz ".repeat(SAMPLE_WORDS - 8));
        assert_eq!(detect(&within), Some(Language::Spanish));
        let beyond = format!("{}{spanish}", "zz ".repeat(SAMPLE_WORDS));
        assert_eq!(detect(&beyond), None);
    }

    #[test]
    fn every_marker_packs_into_a_number_of_its_own() {
        let all: Vec<&str> = MARKERS.iter().flat_map(|(_, words)| words.iter().copied()).collect();
        let mut numbers: Vec<u64> = all.iter().filter_map(|w| packed(w)).collect();
        assert_eq!(numbers.len(), all.len());
        numbers.sort_unstable();
        numbers.dedup();
        let mut distinct = all.clone();
        distinct.sort_unstable();
        distinct.dedup();
        assert_eq!(numbers.len(), distinct.len());
        assert_eq!(packed("deutschland"), None);
    }

    #[test]
    fn the_marker_table_finds_each_marker_with_all_its_languages() {
        let table = markers();
        for word in MARKERS.iter().flat_map(|(_, words)| words.iter()) {
            let expected = MARKERS
                .iter()
                .enumerate()
                .filter(|(_, (_, words))| words.contains(word))
                .fold(0u8, |bits, (i, _)| bits | 1 << i);
            assert_eq!(packed(word).map(|p| table.languages(p)), Some(expected), "{word}");
        }
        for word in ["zz", "them", "a", "thé", "über"] {
            assert_eq!(packed(word).map(|p| table.languages(p)), Some(0), "{word}");
        }
    }

    #[test]
    fn words_are_lowered_and_split_at_any_non_letter() {
        let upper = "EL MINISTRO DIJO QUE LOS SINDICATOS Y LAS FUENTES DEL GOBIERNO FUE PARA UNA";
        assert_eq!(detect(upper), Some(Language::Spanish));
        // accented letters stay inside words; curly quotes and dashes split them
        let french = "«Les» élèves—des écoles—et «les» parents ont été dans les rues pour une fête";
        assert_eq!(detect(french), Some(Language::French));
        assert_eq!(packed_lower("Été"), packed("été"));
        assert_eq!(packed_lower("THE"), packed("the"));
        assert_eq!(packed_lower("Theatre"), None);
    }

    #[test]
    fn no_marker_is_longer_than_the_longest() {
        let longest = MARKERS.iter().flat_map(|(_, words)| words.iter()).map(|w| w.len()).max();
        assert_eq!(longest, Some(LONGEST_MARKER));
    }

    #[test]
    fn tells_the_language_of_a_news_paragraph() {
        let cases: &[(&str, &str, Option<Language>)] = &[
            (
                "english",
                "The minister said on Monday that the talks with the unions were over and that the strike would go on.",
                Some(Language::English),
            ),
            (
                "spanish",
                "El ministro dijo el lunes que las conversaciones con los sindicatos habían terminado y que la huelga seguiría, según fuentes del gobierno.",
                Some(Language::Spanish),
            ),
            (
                "french",
                "Le ministre a déclaré lundi que les discussions avec les syndicats étaient terminées et que la grève allait continuer dans les usines.",
                Some(Language::French),
            ),
            (
                "german",
                "Der Minister sagte am Montag, dass die Gespräche mit den Gewerkschaften beendet seien und der Streik auf die Werke weitergehe, die nicht mit dem Plan einverstanden sind.",
                Some(Language::German),
            ),
            (
                "italian",
                "Il ministro ha detto lunedì che i colloqui con i sindacati sono finiti e che lo sciopero della categoria continuerà, anche nelle sedi delle regioni.",
                Some(Language::Italian),
            ),
            ("too short to say", "Storm hits coast", None),
            ("numbers only", "12 34 56 78", None),
        ];
        for (name, text, expected) in cases {
            assert_eq!(detect(text), *expected, "{name}");
        }
    }
}
