//! Lede's word lists as data: each closed class of words an extractor reasons with is a text
//! file here, one entry a line (`#` starts a comment), embedded with `include_str!` and read
//! once into one index. What each list is for and where its words came from: README.md.
//!
//! A word is asked about in any case and answered for every list at once: [`holding`] looks it
//! up once and gives the set of lists that hold it, so a reader asking several lists about the
//! same word pays one lookup. Most words asked about are short ASCII words, which are looked up
//! as one number ([`packed`]) without lowering them into a string first.

use std::sync::OnceLock;

use crate::engine::text::fasthash::FastMap;

/// One list of words: its entries are lower case unless written otherwise (an entry with
/// capitals is never met by a lookup, which lowers the word asked about; [`Lexicon::words`]
/// still lists it).
pub struct Lexicon {
    id: usize,
    /// The file, relative to this folder.
    file: &'static str,
    source: &'static str,
}

/// The lists holding one word, as bits by list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Holding(Bits);

type Bits = u128;

macro_rules! lexicons {
    ($( $(#[$doc:meta])* $name:ident = $file:literal; )*) => {
        #[allow(non_camel_case_types, clippy::upper_case_acronyms)]
        enum Id { $($name,)* Count }

        $(
            $(#[$doc])*
            pub static $name: Lexicon =
                Lexicon { id: Id::$name as usize, file: $file, source: include_str!($file) };
        )*

        /// Every list, in the order of their ids.
        pub static ALL: [&Lexicon; Id::Count as usize] = [$(&$name),*];
    };
}

lexicons! {
    /// Last words of an organisation's name: "Interior Ministry", "Colorado State University".
    ORG_HEADS = "entities/org-heads.txt";
    /// Last words of a place's name: "Fisht Stadium", "Ferghana Valley", "Blue House".
    PLACE_HEADS = "entities/place-heads.txt";
    /// Lower-case words that make the capitalised word before them a place: "southern Ferghana
    /// valley", "Aceh province".
    PLACE_TAILS = "entities/place-tails.txt";
    /// Lower-case words that make a demonym before them an organisation: "Indonesian navy".
    FORCES = "entities/forces.txt";
    /// Words written before a name that make it a person without being a role: "Mr Quispe".
    HONORIFICS = "entities/honorifics.txt";
    /// Capitalised words that are never part of a name: they open sentences or name days.
    NEVER_NAMES = "entities/never-names.txt";
    /// Capitals that name no one: "SUV", "CEO", "GDP".
    NOT_ACRONYMS = "entities/not-acronyms.txt";
    /// Events, awards and eras written in capitals that are not people, places or organisations.
    NOT_ENTITIES = "entities/not-entities.txt";
    /// Lower-case words after a capitalised run that make it a name of a thing, not of an entity:
    /// "the TexAuto Facts report", "the Clean Air Act".
    THING_TAILS = "entities/thing-tails.txt";
    /// Capitalised last words of a law, event or award: "Clean Air Act".
    THING_HEADS = "entities/thing-heads.txt";
    /// Lower-case words before a name that make it an organisation: "journal Nature".
    ORG_CUES = "entities/org-cues.txt";
    /// Nouns after ", a" that say what a name before them is: "InfoNation, a ... provider".
    ORG_NOUNS = "entities/org-nouns.txt";
    /// Nouns after ", a" that make the name a place: "Sugar Land, a city".
    PLACE_NOUNS = "entities/place-nouns.txt";
    /// Plural nouns before "including" or "such as" that make the names listed organisations:
    /// "companies including Acme and Brix".
    ORG_PLURALS = "entities/org-plurals.txt";
    /// First words of names of storms and operations: "Typhoon Haima" is an event.
    EVENT_LEADS = "entities/event-leads.txt";
    /// Lower-case words after a name that make it an organisation: "Standard Chartered analysts".
    ORG_TAILS = "entities/org-tails.txt";
    /// Words that connect an organisation's head to the rest of its name: "University of Sheffield".
    HEAD_CONNECTORS = "entities/head-connectors.txt";
    /// Offices that are also institutions: "the State Attorney General (SAG) is investigating".
    OFFICES = "entities/offices.txt";
    /// Offices a portfolio can precede: "Communications Minister", "Shadow Health Secretary".
    PORTFOLIO_OFFICES = "entities/portfolio-offices.txt";
    /// Portfolios of government, written before the office that holds them.
    PORTFOLIOS = "entities/portfolios.txt";
    /// Compass words: never a name on their own ("South Asian", "the North-East").
    COMPASS = "entities/compass.txt";
    /// Lower-case nouns of a job or alliance after a region's name that make the name a modifier,
    /// not a place the story is about: "the paper's Asia editor", "Gulf allies".
    MODIFIED_NOUNS = "entities/modified-nouns.txt";
    /// Lower-case words before a name that make it an organisation when "for" follows them:
    /// "wrote for Acme", "works for Acme".
    WORKS_FOR = "entities/works-for.txt";
    /// Lower-case place nouns that make a name after "of" a place: "the county of Ardmore".
    PLACE_OF = "entities/place-of.txt";
    /// Words that shorten a company's name: "Acme Group Corp" is "Acme".
    COMPANY_SUFFIXES = "entities/company-suffixes.txt";
    /// Verbs that introduce speech. Participles ("adding", "saying") have no subject of their own;
    /// the reader falls back to the verb before them.
    SPEECH_VERBS = "attribution/speech-verbs.txt";
    /// Verbs that make a few quoted words someone's words without introducing speech themselves:
    /// called the vote "a farce".
    QUOTING_VERBS = "attribution/quoting-verbs.txt";
    /// Words that end a speaker's noun phrase: clause openers, auxiliaries, most prepositions.
    PHRASE_STOPS = "attribution/phrase-stops.txt";
    /// Prepositions a role may carry: "a spokesman for X", "director of Y", "officials at Z".
    ROLE_PREPOSITIONS = "attribution/role-prepositions.txt";
    /// Determiners that open a speaker's noun phrase: "a spokesman", "his lawyer".
    DETERMINERS = "attribution/determiners.txt";
    /// Personal pronouns a speaker may be: "he said", "they told".
    PRONOUNS = "attribution/pronouns.txt";
    /// Nouns that name what a speaker is rather than who: they make a phrase a role.
    ROLE_NOUNS = "attribution/role-nouns.txt";
    /// Words that carry no topic: function words and reporting verbs every article shares.
    STOPWORDS = "summary/stopwords.txt";
    /// Words that end the phrase a figure measures: clause openers and conjunctions ("while", "but").
    BOUNDARY_WORDS = "figures/boundary-words.txt";
    /// Words that say a figure went up: "rose", "jumped", "climbed".
    RISE_WORDS = "figures/rise-words.txt";
    /// Words that say a figure went down: "fell", "dropped", "plunged".
    FALL_WORDS = "figures/fall-words.txt";
    /// Verbs that link a subject to the amount it is: "the wage is $120", "sales plunged 10%".
    CHANGE_LINKS = "figures/change-links.txt";
    /// Verbs after which a percentage is a share of a vote or a group: "got 76%".
    SHARE_VERBS = "figures/share-verbs.txt";
    /// Words dropped from the edges of a subject: "the", "its", "has", "would".
    EDGE_WORDS = "figures/edge-words.txt";
    /// Reporting verbs: the subject of "scientists found reduction ... exceeded" is the reduction.
    REPORTING_VERBS = "figures/reporting-verbs.txt";
    /// Titles that are always followed by a name: a full stop after them never ends a sentence.
    TITLES = "segment/titles.txt";
    /// Abbreviations that precede a number ("Jan. 5", "No. 10", "Fig. 3"): no boundary before a digit.
    NUMBER_ABBREVIATIONS = "segment/number-abbreviations.txt";
    /// Abbreviations that may end a sentence ("... Acme Inc. The company said").
    WEAK_ABBREVIATIONS = "segment/weak-abbreviations.txt";
    /// Words that usually open a sentence; after an abbreviation they tip the balance to a boundary.
    SENTENCE_OPENERS = "segment/sentence-openers.txt";
    /// Words that end a run of name words: what follows a name on a byline is not the name.
    NOT_BYLINE_NAMES = "byline/not-byline-names.txt";
    /// Last words of a desk credit: "Our Foreign Staff", "Staff Reporter", "Staff and agencies".
    DESK_WORDS = "byline/desk-words.txt";
    /// Section names of a page title ("World News | Example Wire"): words that never make a
    /// reporter's name.
    SECTION_WORDS = "byline/section-words.txt";
    /// Words that credit copy to news agencies, naming no reporter: "Wire services", "Agencies".
    WIRE_WORDS = "byline/wire-words.txt";
    /// Words a wire credit may hold besides agencies and wire words: "AFP and Reuters", "News from the wires".
    WIRE_FILLERS = "byline/wire-fillers.txt";
    /// Words in capitals that open a paragraph as a label, not as a place.
    KICKERS = "byline/kickers.txt";
    /// Dashes written as a word of their own: what separates a dateline from the story ("BISHKEK -", "LONDON —").
    DASHES = "byline/dashes.txt";
}

// Every list has a bit of its own in a `Bits`.
const _: () = assert!(ALL.len() <= Bits::BITS as usize);

impl Lexicon {
    /// The entries, in file order.
    pub fn words(&self) -> &'static [&'static str] {
        index().words.get(self.id).map_or(&[], Vec::as_slice)
    }

    /// The file the list is read from, relative to `src/engine/lexicon/`.
    pub fn file(&self) -> &'static str {
        self.file
    }

    /// Whether `word` (any case) is in the list.
    #[inline]
    pub fn has(&self, word: &str) -> bool {
        holding(word).has(self)
    }

    /// Whether `word`, exactly as written, is an entry: for lists whose case carries meaning
    /// ("Mr" before a name, "BREAKING" over a story, "The" opening a sentence).
    pub fn has_as_written(&self, word: &str) -> bool {
        index().written.get(word).is_some_and(|bits| bits & self.bit() != 0)
    }

    fn bit(&self) -> Bits {
        1 << self.id
    }
}

impl std::fmt::Debug for Lexicon {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Lexicon").field("file", &self.file()).finish()
    }
}

impl Holding {
    /// Whether `list` holds the word.
    #[inline]
    pub fn has(self, list: &Lexicon) -> bool {
        self.0 & list.bit() != 0
    }
}

/// The lists holding `word` (any case), found with one lookup.
#[inline]
pub fn holding(word: &str) -> Holding {
    let index = index();
    let bits = match packed(word) {
        Some(packed) => index.short.get(&packed).copied(),
        // Long, or beyond ASCII: lowered as `to_lowercase` lowers it, which may make it a
        // short ASCII word (the Kelvin sign lowers to "k").
        None => {
            let lower = word.to_lowercase();
            match packed(&lower) {
                Some(packed) => index.short.get(&packed).copied(),
                None => index.long.get(lower.as_str()).copied(),
            }
        }
    };
    Holding(bits.unwrap_or(0))
}

/// The entries of a list file: one a line, trimmed; blank lines and `#` comments skipped.
fn entries(source: &'static str) -> impl Iterator<Item = &'static str> {
    source.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// Every list's entries, and the lists holding each entry.
struct Index {
    words: Vec<Vec<&'static str>>,
    /// Short ASCII entries by their [`packed`] form.
    short: FastMap<u128, Bits>,
    /// Every other entry, as written (lower case).
    long: FastMap<&'static str, Bits>,
    /// Every entry exactly as written, capitals kept.
    written: FastMap<&'static str, Bits>,
}

fn index() -> &'static Index {
    static INDEX: OnceLock<Index> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut index = Index {
            words: Vec::new(),
            short: FastMap::default(),
            long: FastMap::default(),
            written: FastMap::default(),
        };
        for list in ALL {
            let words: Vec<&'static str> = entries(list.source).collect();
            for &word in &words {
                *index.written.entry(word).or_default() |= list.bit();
            }
            // An entry with capitals ("World Cup") is never met: words are asked about in
            // lower case.
            for &word in words.iter().filter(|w| !w.chars().any(char::is_uppercase)) {
                match packed(word) {
                    Some(packed) => *index.short.entry(packed).or_default() |= list.bit(),
                    None => *index.long.entry(word).or_default() |= list.bit(),
                }
            }
            index.words.push(words);
        }
        index
    })
}

/// An ASCII word of one to sixteen bytes, none of them zero, lowered, as one number (its bytes
/// in order, zero-padded): two such words have the same number only when they are the same
/// in lower case.
fn packed(word: &str) -> Option<u128> {
    const ONES: u128 = u128::from_le_bytes([0x01; 16]);
    const HIGH: u128 = ONES * 0x80;
    let bytes = word.as_bytes();
    if bytes.is_empty() || bytes.len() > 16 {
        return None;
    }
    // Asked of most words of every name: checked and lowered sixteen bytes at a time.
    let mut padded = [0u8; 16];
    padded[..bytes.len()].copy_from_slice(bytes);
    let x = u128::from_le_bytes(padded);
    if x & HIGH != 0 {
        return None; // a byte beyond ASCII
    }
    // The first zero byte sets its high bit here (the bytes before it borrow nothing): it must
    // be the padding's.
    let zeros = x.wrapping_sub(ONES) & !x & HIGH;
    if (zeros.trailing_zeros() / 8) < bytes.len() as u32 {
        return None;
    }
    // An ASCII byte reaches 0x80 with 0x3F added from 'A' on, with 0x25 added past 'Z': the
    // capitals are the bytes that do the one and not the other, lowered by adding 0x20.
    let capitals = (x + ONES * 0x3F) & !(x + ONES * 0x25) & HIGH;
    Some(x | capitals >> 2)
}

#[cfg(test)]
mod tests;
