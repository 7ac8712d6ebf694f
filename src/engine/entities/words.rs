//! Closed classes of English words the recogniser reasons with: the words that head an
//! organisation's or a place's name, words that open sentences, honorifics. Grammar, not
//! world knowledge: the names of things live in the gazetteer.

use std::sync::OnceLock;

use super::super::fasthash::{FastMap, WordList};

/// Last words of an organisation's name: "Interior Ministry", "Colorado State University".
pub static ORG_HEADS: List = List::new(
    0,
    &[
        "ministry",
        "department",
        "commission",
        "committee",
        "council",
        "party",
        "union",
        "agency",
        "bank",
        "organisation",
        "organization",
        "association",
        "institute",
        "institution",
        "university",
        "college",
        "school",
        "academy",
        "foundation",
        "corporation",
        "corp",
        "company",
        "co",
        "inc",
        "ltd",
        "llc",
        "plc",
        "group",
        "authority",
        "board",
        "bureau",
        "office",
        "service",
        "services",
        "administration",
        "federation",
        "alliance",
        "front",
        "movement",
        "league",
        "club",
        "fc",
        "court",
        "tribunal",
        "parliament",
        "assembly",
        "congress",
        "senate",
        "army",
        "navy",
        "police",
        "military",
        "guard",
        "network",
        "news",
        "post",
        "times",
        "journal",
        "herald",
        "tribune",
        "guardian",
        "telegraph",
        "gazette",
        "chronicle",
        "press",
        "television",
        "tv",
        "radio",
        "broadcasting",
        "media",
        "airlines",
        "airways",
        "motors",
        "holdings",
        "partners",
        "fund",
        "trust",
        "laboratory",
        "laboratories",
        "hospital",
        "church",
        "society",
        "centre",
        "center",
        "standards",
        "forum",
        "reserve",
        "exchange",
        "cabinet",
        "government",
        "brotherhood",
        "brigade",
        "brigades",
    ],
);

/// Last words of a place's name: "Fisht Stadium", "Ferghana Valley", "Blue House".
pub static PLACE_HEADS: List = List::new(
    1,
    &[
        "stadium",
        "arena",
        "airport",
        "square",
        "street",
        "avenue",
        "road",
        "bridge",
        "palace",
        "house",
        "tower",
        "station",
        "port",
        "harbour",
        "harbor",
        "prison",
        "hotel",
        "mall",
        "valley",
        "river",
        "lake",
        "sea",
        "ocean",
        "mountains",
        "mountain",
        "mount",
        "hills",
        "island",
        "islands",
        "peninsula",
        "desert",
        "bay",
        "coast",
        "province",
        "region",
        "district",
        "county",
        "strait",
        "canal",
        "forest",
        "plain",
        "plateau",
        "delta",
        "basin",
        "city",
        "town",
        "village",
    ],
);

/// Lower-case words that make the capitalised word before them a place: "southern Ferghana
/// valley", "Aceh province".
pub static PLACE_TAILS: List = List::new(
    2,
    &[
        "valley",
        "river",
        "basin",
        "mountains",
        "desert",
        "peninsula",
        "delta",
        "province",
        "region",
        "island",
        "islands",
        "lake",
    ],
);

/// Lower-case words that make a demonym before them an organisation: "Indonesian navy".
pub static FORCES: List =
    List::new(3, &["navy", "army", "military", "police", "coast guard", "air force"]);

/// Words written before a name that make it a person without being a role: "Mr Quispe".
pub static HONORIFICS: List = List::new(
    4,
    &[
        "mr",
        "mrs",
        "ms",
        "miss",
        "mx",
        "dr",
        "sir",
        "dame",
        "lord",
        "lady",
        "prof",
        "professor",
        "sen",
        "rep",
        "gov",
        "gen",
        "lt",
        "col",
        "sgt",
        "capt",
        "adm",
        "rev",
    ],
);

/// Capitalised words that are never part of a name: they open sentences or name days.
pub static NEVER_NAMES: List = List::new(
    5,
    &[
        "the",
        "a",
        "an",
        "in",
        "on",
        "at",
        "for",
        "of",
        "to",
        "by",
        "with",
        "from",
        "but",
        "and",
        "or",
        "nor",
        "so",
        "yet",
        "if",
        "as",
        "it",
        "he",
        "she",
        "they",
        "we",
        "i",
        "you",
        "his",
        "her",
        "its",
        "their",
        "our",
        "my",
        "your",
        "this",
        "that",
        "these",
        "those",
        "there",
        "here",
        "then",
        "when",
        "while",
        "after",
        "before",
        "despite",
        "however",
        "meanwhile",
        "yesterday",
        "today",
        "tomorrow",
        "tonight",
        "although",
        "though",
        "also",
        "just",
        "not",
        "no",
        "yes",
        "where",
        "what",
        "who",
        "why",
        "how",
        "which",
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
        "first",
        "last",
        "next",
        "other",
        "some",
        "many",
        "most",
        "all",
        "both",
        "neither",
        "either",
        "several",
        "over",
        "under",
        "since",
        "until",
        "according",
        "asked",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "january",
        "february",
        "march",
        "april",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "do",
        "does",
        "did",
        "is",
        "are",
        "was",
        "were",
        "will",
        "would",
        "can",
        "could",
        "should",
        "may",
        "might",
        "must",
        "has",
        "have",
        "had",
        "let",
        "please",
        "oh",
        "dear",
        "thank",
        "thanks",
        "now",
        "even",
        "only",
        "every",
        "each",
        "any",
        "such",
        "because",
    ],
);

/// Capitals that name no one: "SUV", "CEO", "GDP".
pub static NOT_ACRONYMS: List = List::new(
    6,
    &[
        "suv", "suvs", "ceo", "cfo", "cto", "coo", "gdp", "tv", "dna", "hiv", "aids", "ufo", "mp",
        "mps", "pm", "am", "ok", "id", "it", "pc", "ai", "var", "ipo", "atm", "usb", "pdf", "faq",
        "diy", "vip", "ngo", "ngos", "covid", "lgbt", "lgbtq", "rip", "cctv", "gps", "hq", "uav",
        "icu", "iq", "bc", "ad", "cst", "est", "gmt", "utc", "pst", "bst", "cet", "edt", "pdt",
        "mph", "kph", "km", "kg", "co2", "ev", "evs", "rpm", "ppm", "ph", "phd", "mba", "ceos",
    ],
);

/// Events, awards and eras written in capitals that are not people, places or organisations.
pub static NOT_ENTITIES: List = List::new(
    7,
    &[
        "World Cup",
        "Olympics",
        "Olympic Games",
        "Paralympics",
        "Man of the Match",
        "Player of the Match",
        "Nobel Prize",
        "Grand Slam",
        "Super Bowl",
        "Cold War",
        "World War",
        "Christmas",
        "Easter",
        "Ramadan",
        "Eid",
        "New Year",
        "Brexit",
        "Internet",
        "Budget",
        "Thanksgiving",
        "Halloween",
        "Earth",
    ],
);

/// Lower-case words after a capitalised run that make it a name of a thing, not of an entity:
/// "the TexAuto Facts report", "the Clean Air Act".
pub static THING_TAILS: List = List::new(
    8,
    &["report", "award", "prize", "trophy", "index", "act", "bill", "study", "survey", "program"],
);

/// Capitalised last words of a law, event or award: "Clean Air Act".
pub static THING_HEADS: List = List::new(
    9,
    &[
        "act",
        "bill",
        "award",
        "awards",
        "prize",
        "trophy",
        "cup",
        "games",
        "championship",
        "championships",
        "festival",
        "day",
        "week",
        "treaty",
        "accord",
        "accords",
        "war",
        "study",
        "survey",
    ],
);

/// Lower-case words before a name that make it an organisation: "journal Nature".
pub static ORG_CUES: List = List::new(
    10,
    &[
        "chipmaker",
        "automaker",
        "drugmaker",
        "planemaker",
        "retailer",
        "lender",
        "miner",
        "conglomerate",
        "startup",
        "giant",
        "airline",
        "carrier",
        "regulator",
        "watchdog",
        "publisher",
        "broker",
        "brokerage",
        "distributor",
        "supplier",
        "utility",
        "operator",
        "journal",
        "newspaper",
        "magazine",
        "broadcaster",
        "company",
        "firm",
        "carmaker",
        "brand",
        "group",
        "party",
        "agency",
        "website",
        "network",
        "channel",
        "sponsor",
        "bank",
        "insurer",
    ],
);

/// Nouns after ", a" that say what a name before them is: "InfoNation, a ... provider".
pub static ORG_NOUNS: List = List::new(
    11,
    &[
        "provider",
        "company",
        "firm",
        "group",
        "maker",
        "manufacturer",
        "retailer",
        "agency",
        "organisation",
        "organization",
        "bank",
        "party",
        "network",
        "broadcaster",
        "newspaper",
        "charity",
        "startup",
        "publisher",
        "consultancy",
        "airline",
        "club",
        "team",
        "union",
        "website",
        "insurer",
        "lender",
        "carmaker",
        "brand",
        "chain",
        "operator",
        "developer",
    ],
);

/// Nouns after ", a" that make the name a place: "Sugar Land, a city".
pub static PLACE_NOUNS: List = List::new(
    12,
    &[
        "city", "town", "village", "country", "province", "region", "state", "island", "suburb",
        "district", "capital", "port",
    ],
);

/// Plural nouns before "including" or "such as" that make the names listed organisations:
/// "companies including Acme and Brix".
pub static ORG_PLURALS: List = List::new(
    13,
    &[
        "companies",
        "firms",
        "clients",
        "customers",
        "brands",
        "banks",
        "lenders",
        "groups",
        "organisations",
        "organizations",
        "agencies",
        "publishers",
        "newspapers",
        "carmakers",
        "automakers",
        "retailers",
        "rivals",
        "competitors",
        "suppliers",
        "manufacturers",
        "insurers",
        "airlines",
        "startups",
        "partners",
        "investors",
        "platforms",
        "websites",
        "broadcasters",
    ],
);

/// Verbs of saying: a single unknown name before them is most often a person.
pub static SAYING: List = List::new(
    14,
    &["said", "says", "told", "tells", "added", "asked", "noted", "explained", "argued", "wrote"],
);

/// First words of names of storms and operations: "Typhoon Haima" is an event.
pub static EVENT_LEADS: List =
    List::new(15, &["hurricane", "typhoon", "cyclone", "storm", "operation"]);

/// Lower-case words after a name that make it an organisation: "Standard Chartered analysts".
pub static ORG_TAILS: List = List::new(
    16,
    &[
        "analysts",
        "shares",
        "executives",
        "employees",
        "staff",
        "headquarters",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "subsidiary",
        "customers",
        "shareholders",
        "stock",
    ],
);

/// Words that connect an organisation's head to the rest of its name: "University of Sheffield".
pub static HEAD_CONNECTORS: List = List::new(17, &["of", "for", "on"]);

/// Offices that are also institutions: "the State Attorney General (SAG) is investigating".
pub static OFFICES: List = List::new(
    18,
    &[
        "attorney general",
        "attorney-general",
        "auditor general",
        "auditor-general",
        "inspector general",
        "inspector-general",
        "solicitor general",
        "solicitor-general",
        "ombudsman",
        "comptroller",
        "public prosecutor",
        "prosecutor general",
        "prosecutor-general",
        "director of public prosecutions",
        "electoral commissioner",
    ],
);

/// Offices a portfolio can precede: "Communications Minister", "Shadow Health Secretary".
pub static PORTFOLIO_OFFICES: List = List::new(
    19,
    &[
        "minister",
        "secretary",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "critic",
        "czar",
        "tsar",
    ],
);

/// Portfolios of government, written before the office that holds them.
pub static PORTFOLIOS: List = List::new(
    20,
    &[
        "shadow",
        "acting",
        "deputy",
        "junior",
        "former",
        "communications",
        "foreign",
        "finance",
        "financial",
        "health",
        "education",
        "defence",
        "defense",
        "justice",
        "trade",
        "treasury",
        "environment",
        "energy",
        "opposition",
        "interior",
        "home",
        "transport",
        "agriculture",
        "immigration",
        "employment",
        "industry",
        "infrastructure",
        "housing",
        "culture",
        "sport",
        "sports",
        "tourism",
        "labour",
        "labor",
        "economy",
        "economic",
        "social",
        "resources",
        "digital",
        "science",
        "innovation",
        "development",
        "welfare",
        "fisheries",
        "climate",
        "veterans",
        "women's",
        "aboriginal",
        "indigenous",
        "attorney-general's",
    ],
);

/// Compass words: never a name on their own ("South Asian", "the North-East").
pub static COMPASS: List = List::new(
    21,
    &[
        "north",
        "south",
        "east",
        "west",
        "central",
        "northern",
        "southern",
        "eastern",
        "western",
        "north-east",
        "north-west",
        "south-east",
        "south-west",
        "northeast",
        "northwest",
        "southeast",
        "southwest",
    ],
);

/// Lower-case nouns of a job or alliance after a region's name that make the name a modifier,
/// not a place the story is about: "the paper's Asia editor", "Gulf allies".
pub static MODIFIED_NOUNS: List = List::new(
    22,
    &["editor", "correspondent", "reporter", "bureau", "allies", "desk", "analyst", "director"],
);

/// Lower-case words before a name that make it an organisation when "for" follows them:
/// "wrote for Acme", "works for Acme".
pub static WORKS_FOR: List = List::new(
    23,
    &[
        "wrote",
        "writes",
        "writing",
        "written",
        "works",
        "worked",
        "working",
        "work",
        "blogged",
        "reports",
        "reported",
        "reporting",
        "volunteered",
        "campaigned",
    ],
);

/// Lower-case place nouns that make a name after "of" a place: "the county of Ardmore".
pub static PLACE_OF: List = List::new(
    24,
    &[
        "county",
        "province",
        "state",
        "city",
        "town",
        "village",
        "district",
        "region",
        "island",
        "prefecture",
        "municipality",
        "capital",
        "port",
        "territory",
    ],
);

/// Words that shorten a company's name: "Acme Group Corp" is "Acme".
pub static COMPANY_SUFFIXES: List = List::new(
    25,
    &[
        "group",
        "corp",
        "corporation",
        "inc",
        "incorporated",
        "co",
        "company",
        "ltd",
        "limited",
        "plc",
        "llc",
        "holdings",
        "sa",
        "ag",
        "nv",
        "se",
        "ab",
        "asa",
        "spa",
        "bhd",
        "pty",
        "tbk",
    ],
);

/// Every list, each with its own bit.
static ALL: [&List; 26] = [
    &ORG_HEADS,
    &PLACE_HEADS,
    &PLACE_TAILS,
    &FORCES,
    &HONORIFICS,
    &NEVER_NAMES,
    &NOT_ACRONYMS,
    &NOT_ENTITIES,
    &THING_TAILS,
    &THING_HEADS,
    &ORG_CUES,
    &ORG_NOUNS,
    &PLACE_NOUNS,
    &ORG_PLURALS,
    &SAYING,
    &EVENT_LEADS,
    &ORG_TAILS,
    &HEAD_CONNECTORS,
    &OFFICES,
    &PORTFOLIO_OFFICES,
    &PORTFOLIOS,
    &COMPASS,
    &MODIFIED_NOUNS,
    &WORKS_FOR,
    &PLACE_OF,
    &COMPANY_SUFFIXES,
];

/// A closed class of lower-case words, asked about in any case. Each list has its own bit in
/// one index of the short ASCII words of every list ([`packed`]), so such a word (most words
/// asked about) is looked up as one number, without lowering it into a string and hashing that.
pub struct List {
    bit: u32,
    /// The list itself, for every other word.
    list: WordList,
}

impl List {
    const fn new(bit: u32, words: &'static [&'static str]) -> Self {
        Self { bit: 1 << bit, list: WordList::new(words) }
    }

    /// The words, in list order.
    pub fn words(&self) -> &'static [&'static str] {
        self.list.words()
    }
}

impl std::fmt::Debug for List {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.list.fmt(f)
    }
}

/// The bits of the lists holding each short ASCII word, by its [`packed`] form.
fn index() -> &'static FastMap<u128, u32> {
    static INDEX: OnceLock<FastMap<u128, u32>> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut index: FastMap<u128, u32> = FastMap::default();
        for list in ALL {
            // A listed word with capitals ("World Cup") is never met: words are asked about
            // in lower case.
            let lower = list.words().iter().filter(|w| !w.bytes().any(|b| b.is_ascii_uppercase()));
            for packed in lower.filter_map(|w| packed(w)) {
                *index.entry(packed).or_default() |= list.bit;
            }
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

/// The lists holding one word, found with one lookup: what a reader asks of several lists
/// about the same word.
#[derive(Debug, Clone, Copy)]
pub enum Holding<'w> {
    /// The bits of the lists holding a short ASCII word.
    Bits(u32),
    /// Any other word, asked of each list.
    Word(&'w str),
}

impl Holding<'_> {
    pub fn has(self, list: &List) -> bool {
        match self {
            Holding::Bits(bits) => bits & list.bit != 0,
            // Long, or beyond ASCII (lowered as `to_lowercase` lowers it).
            Holding::Word(word) => list.list.has(word),
        }
    }
}

/// The lists holding `word` (any case).
pub fn holding(word: &str) -> Holding<'_> {
    match packed(word) {
        Some(packed) => Holding::Bits(index().get(&packed).copied().unwrap_or(0)),
        None => Holding::Word(word),
    }
}

/// Whether `word` (any case) is in `list`.
pub fn is(list: &List, word: &str) -> bool {
    holding(word).has(list)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_list_has_its_own_bit() {
        let bits: Vec<u32> = ALL.iter().map(|l| l.bit).collect();
        assert!(bits.iter().all(|b| b.count_ones() == 1));
        assert_eq!(bits.iter().fold(0, |all, b| all | b).count_ones() as usize, ALL.len());
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
        words.extend(
            every_byte.as_bytes().chunks(16).map(|c| String::from_utf8_lossy(c).into_owned()),
        );
        for odd in [
            "",
            "a",
            "@[`{",
            "AZaz09",
            "x\0",
            "\0x",
            "ÉCOLE",
            "sixteen-letters!",
            "seventeen-letters",
        ] {
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
                let listed = word.to_lowercase() == *word;
                for form in [word.to_string(), word.to_uppercase(), word.to_lowercase()] {
                    assert_eq!(is(list, &form), listed, "{form:?}");
                }
            }
        }
        assert!(is(&ORG_HEADS, "Ministry") && !is(&PLACE_HEADS, "Ministry"));
        assert!(is(&NOT_ACRONYMS, "\u{212A}M"), "Kelvin sign lowers to k");
        for word in ["", "ministry\0", "ministr", "ministryministryministry", "naïve"] {
            assert!(ALL.iter().all(|list| !is(list, word)), "{word:?}");
        }
    }
}
