//! Which language an article is written in, from its commonest short words: enough to tell a
//! reader that Lede's rules (English ones) will not read a Spanish or German article well.

use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use super::fasthash::FastMap;
use super::lowered::Lowered;

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

/// Each marker word, as [`packed`], with the languages it marks, one bit per index into
/// [`MARKERS`]: one lookup of a number per word instead of a scan of every list.
fn markers() -> &'static FastMap<u64, u8> {
    static MAP: OnceLock<FastMap<u64, u8>> = OnceLock::new();
    MAP.get_or_init(|| {
        let mut map = FastMap::default();
        for (i, (_, words)) in MARKERS.iter().enumerate() {
            for word in *words {
                if let Some(packed) = packed(word) {
                    *map.entry(packed).or_insert(0) |= 1 << i;
                }
            }
        }
        map
    })
}

/// A word of at most eight bytes as one number: its bytes, zero-padded (no word holds a zero
/// byte, so no two words share a number). Hashing and comparing it costs less than a string.
fn packed(word: &str) -> Option<u64> {
    let mut bytes = [0u8; 8];
    bytes.get_mut(..word.len())?.copy_from_slice(word.as_bytes());
    Some(u64::from_le_bytes(bytes))
}

/// The article's language, or `None` when the text is too short or too mixed to tell.
pub fn detect(text: &str) -> Option<Language> {
    let mut counts = [0usize; 7];
    let markers = markers();
    let mut count = |word: &str| {
        // An ASCII word keeps its length in lower case, so one longer than every marker is
        // none of them: no lowering, no lookup.
        if word.len() > 8 || (word.len() > LONGEST_MARKER && word.is_ascii()) {
            return;
        }
        let Some(packed) = packed(&Lowered::unicode(word)) else { return };
        let Some(&languages) = markers.get(&packed) else { return };
        for (i, count) in counts.iter_mut().enumerate() {
            if languages & (1 << i) != 0 {
                *count += 1;
            }
        }
    };
    // The words are the runs of letters. Read byte by byte, decoding only non-ASCII
    // characters: a full scan of the text, where a char-by-char split cost most of the time.
    let bytes = text.as_bytes();
    let (mut at, mut start, mut words) = (0, None, 0);
    while at < bytes.len() && words < SAMPLE_WORDS {
        let (letter, width) = match bytes[at] {
            b if b.is_ascii() => (b.is_ascii_alphabetic(), 1),
            _ => match text.get(at..).and_then(|rest| rest.chars().next()) {
                Some(c) => (c.is_alphabetic(), c.len_utf8()),
                None => break,
            },
        };
        match (letter, start) {
            (true, None) => start = Some(at),
            (false, Some(from)) => {
                count(&text[from..at]);
                words += 1;
                start = None;
            }
            _ => {}
        }
        at += width;
    }
    if let Some(from) = start.filter(|_| words < SAMPLE_WORDS) {
        count(&text[from..at]);
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
