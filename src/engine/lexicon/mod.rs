//! Lede's word lists as data: each closed class of words an extractor reasons with is a text
//! file here, one entry a line (`#` starts a comment), embedded with `include_str!` and read
//! once into one index. What each list is for and where its words came from: README.md.
//!
//! A word is asked about in any case and answered for every list at once: [`holding`] looks it
//! up once and gives the set of lists that hold it, so a reader asking several lists about the
//! same word pays one lookup. Most words asked about are short ASCII words, which are looked up
//! as one number ([`packed`]) without lowering them into a string first.

use std::sync::OnceLock;

use crate::engine::text::ascii::Sieve;
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
    /// Last words of an organisation's name: "Interior Ministry", "Ohio State University".
    ORG_HEADS = "entities/org-heads.txt";
    /// Last words of a place's name: "Harbour Stadium", "Rift Valley", "White House".
    PLACE_HEADS = "entities/place-heads.txt";
    /// Lower-case words that make the capitalised word before them a place: "southern Rift
    /// valley", "Sindh province".
    PLACE_TAILS = "entities/place-tails.txt";
    /// Lower-case words that make a demonym before them an organisation: "Indonesian navy".
    FORCES = "entities/forces.txt";
    /// Words written before a name that make it a person without being a role: "Mr Quispe".
    HONORIFICS = "entities/honorifics.txt";
    /// Abbreviations that open a name, full stop and all: "St. Petersburg", "Mt. Kenya".
    NAME_ABBREVIATIONS = "entities/name-abbreviations.txt";
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
    /// Words that set one side against another in a game: a place beside them is a team
    /// ("Ardmore beat Vess").
    MATCH_VERBS = "entities/match-verbs.txt";
    /// Words that open a sports club's name before its town's: "Real Madrid", "FC Porto".
    CLUB_LEADS = "entities/club-leads.txt";
    /// Words that close a sports club's name after its town's: "Leeds United".
    CLUB_TAILS = "entities/club-tails.txt";
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
    /// Words that make "5-4" a game's score, not a range: results, states of a game, scoring.
    RESULT_WORDS = "figures/result-words.txt";
    /// What the two numbers of a score count, as a report names it near the score.
    SCORE_UNITS = "figures/score-units.txt";
    /// Words of the bond market: a price fraction near them ("rose 5/32") is in points of par.
    BOND_WORDS = "figures/bond-words.txt";
    /// Verbs after which "at"/"to" and a number give a market's level: "closed at 31,402.55".
    LEVEL_VERBS = "figures/level-verbs.txt";
    /// Verbs whose subject, when it is a bare number ("Around 14,500 fled"), is people.
    PEOPLE_VERBS = "figures/people-verbs.txt";
    /// Headings of a list of sources under an article: its entries cite other publications.
    SOURCE_HEADINGS = "chrome/source-headings.txt";
    /// Capitalised words that make the weekday after them a named day: "Black Friday".
    NAMED_DAY_HEADS = "dates/named-day-heads.txt";
    /// Titles that are always followed by a name: a full stop after them never ends a sentence.
    TITLES = "segment/titles.txt";
    /// Abbreviations that precede a number ("Jan. 5", "No. 10", "Fig. 3"): no boundary before a digit.
    NUMBER_ABBREVIATIONS = "segment/number-abbreviations.txt";
    /// Abbreviations that may end a sentence ("... Acme Inc. The company said").
    WEAK_ABBREVIATIONS = "segment/weak-abbreviations.txt";
    /// Words that usually open a sentence; after an abbreviation they tip the balance to a boundary.
    SENTENCE_OPENERS = "segment/sentence-openers.txt";
    /// Words that, capitalised after a word without punctuation and before a lower-case word,
    /// open a sentence the text never closed: where a caption runs into the body ("... on
    /// Tuesday night The former ...").
    SEAM_OPENERS = "segment/seam-openers.txt";
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
    /// Plural nouns whose possessive sits inside a name: "People's Bank", "Workers' Party".
    POSSESSIVE_NAME_WORDS = "entities/possessive-name-words.txt";
    /// Lower-case particles hyphened to a family name: "al-Boushi", "el-Sisi".
    HYPHEN_PARTICLES = "entities/hyphen-particles.txt";
    /// Short lower-case words English hyphens onto a name ("Obama-era"): never a syllable of one.
    HYPHEN_TAILS = "entities/hyphen-tails.txt";
    /// Sports and sections printed above a headline ("SOCCER -", "RUGBY UNION -"): never a
    /// dateline's place.
    SECTION_LABELS = "byline/section-labels.txt";
    /// Dashes written as a word of their own: what separates a dateline from the story ("BISHKEK -", "LONDON —").
    DASHES = "byline/dashes.txt";
    /// News agencies: names a caption credit or a byline ends with ("REUTERS/Name", "Name, AP").
    AGENCIES = "chrome/agencies.txt";
    /// First words of share and follow buttons.
    SHARE_WORDS = "chrome/share-words.txt";
    /// Openings of links to other stories.
    RELATED_OPENINGS = "chrome/related-openings.txt";
    /// Openings of the notes an advert leaves in the text.
    ADVERT_OPENINGS = "chrome/advert-openings.txt";
    /// Openings of a sponsor's or widget's label: "Powered by Example.com", "Sponsored by X".
    SPONSOR_OPENINGS = "chrome/sponsor-openings.txt";
    /// Openings of a picture credit line.
    CREDIT_LABELS = "chrome/credit-labels.txt";
    /// Openings of a caption line, where the page labels it as one.
    CAPTION_LABELS = "chrome/caption-labels.txt";
    /// Openings of comment prompts.
    COMMENT_PROMPTS = "chrome/comment-prompts.txt";
    /// Verbs that open a wire desk's version note: "(Adds details)", "(Recasts, updates)".
    UPDATE_VERBS = "chrome/update-verbs.txt";
    /// Phrases of a desk's credit for writers and editors.
    EDITOR_CREDITS = "chrome/editor-credits.txt";
    /// Labels that say a date is the publication date ("Published", "Date created :").
    PUBLISHED_LABELS = "published/published-labels.txt";
    /// Labels that say a date is a later revision ("Updated", "Last modified").
    UPDATED_LABELS = "published/updated-labels.txt";
    /// Words a timestamp line carries beside its date: labels, clock words, separators, "5 hours ago".
    TIME_WORDS = "published/time-words.txt";
    /// What photo captions and credits say and body text does not, lowered: the position and
    /// credit markers of press captions (Daily Mail and CNN pages, wire agencies' credit lines).
    CAPTION_MARKERS = "summary/caption-markers.txt";
    /// Words that open a trailing clause that only adds detail: ", which ...", ", saying ...".
    DETAIL_OPENERS = "summary/detail-openers.txt";
    /// Lower-case particles a personal name carries: "Ana de Souza", "Ludwig van Beethoven", "Omar bin Laden".
    NAME_PARTICLES = "line/name-particles.txt";
    /// Short function words and separators a title-case line leaves in lower case: "News of the World | Sport".
    TITLE_CASE_MINOR = "line/title-case-minor.txt";
    /// Last words of a comment thread's signature line, after a commenter's name or a time: "Jane says:", "3 hours ago".
    COMMENT_CLOSINGS = "document/comment-closings.txt";
    /// Whole lines a comment thread repeats under each comment: its buttons ("Reply", "Flag").
    COMMENT_BUTTONS = "document/comment-buttons.txt";
    /// Connecting words left out of an organisation's bag of words.
    BAG_CONNECTORS = "gazetteer/bag-connectors.txt";
    /// Words that put a clause in the future, or announce something to come.
    FUTURE_WORDS = "dates/future-words.txt";
    /// Past forms that do not end in "-ed", and words that only report the past.
    PAST_WORDS = "dates/past-words.txt";
    /// "-ed" words that are not past forms.
    NOT_PAST_ED = "dates/not-past-ed.txt";
    /// Words after which a past participle is passive, not a past tense: "is due to be published",
    /// "will be held", "are expected".
    PASSIVE_AUXILIARIES = "dates/passive-auxiliaries.txt";
    /// Past marks that are no participle: a form of "be" before them leaves them past ("it is
    /// last year's figure", "is since gone").
    NOT_PARTICIPLES = "dates/not-participles.txt";
    /// Words just before a date that point it forward whatever the clause's verb: a payment date
    /// or a deadline ("payable Dec. 15").
    FORWARD_CUES = "dates/forward-cues.txt";
    /// Words just before a date that make it the end of a stretch ("through June", "until March
    /// 6"): the nearest such date, whatever the clause's verb.
    STRETCH_CUES = "dates/stretch-cues.txt";
    /// Words that make "quarter" and "half" parts of a game.
    PLAY_WORDS = "dates/play-words.txt";
    /// Nouns a half year qualifies in business news ("first-half profit"); a half with no year and
    /// none of these ("in the second half, he was booked") is a game's half.
    HALF_NOUNS = "dates/half-nouns.txt";
    /// Words that may follow "the past" or "the future" when they name the time itself ("in the
    /// past, he..."), not a stretch of it ("the past two years") or a thing ("the future king").
    TIME_REF_FOLLOWERS = "dates/time-ref-followers.txt";
    /// Words after "a year" that make it a stretch of time, not a date a year from now: "a year before", "a year in which".
    NOT_AFTER_YEAR = "dates/not-after-year.txt";
    /// Words that open a clause without belonging to the event ("..., and he flew").
    CLAUSE_OPENERS = "dates/clause-openers.txt";
    /// Words that introduce a date and go with it ("on Monday", "in 2005").
    DATE_PREPOSITIONS = "dates/date-prepositions.txt";
    /// Words a cut phrase should not end on.
    DANGLING_WORDS = "dates/dangling-words.txt";
    /// Words after which a bare month or an old year reads as a time.
    TIME_CUES = "dates/time-cues.txt";
    /// Month names that are also common words or given names.
    AMBIGUOUS_MONTHS = "dates/ambiguous-months.txt";
    /// Words before a number that make it a count, not a year ("over 2000", "nearly 1500").
    COUNT_WORDS = "dates/count-words.txt";
    /// Plural nouns a year may stand before ("2018 elections", "2000 levels").
    YEAR_NOUNS = "dates/year-nouns.txt";
    /// Words before a four-digit number that make it a year whatever follows ("in 1990 workers
    /// struck", "since 2005 prices rose").
    YEAR_CUES = "dates/year-cues.txt";
    /// Plurals without an "-s", matched as the end of a word: "children", "townspeople".
    IRREGULAR_PLURALS = "dates/irregular-plurals.txt";
    /// Words that end in "-s" or "-men" and are not plural nouns: "this", "news", "specimen".
    NOT_PLURALS = "dates/not-plurals.txt";
    /// Words before a date that belong to its text without changing its value: "early 1990s", "mid-December", "late last year".
    DATE_MODIFIERS = "dates/date-modifiers.txt";
    /// Words after which a number is a label or a name's part, not an amount: "day five",
    /// "Group 1", "page 3", "No. 10".
    NUMBER_LABELS = "figures/number-labels.txt";
    /// Function words that may stand capitalised at the start of a sentence before a number.
    NUMBER_OPENERS = "figures/number-openers.txt";
    /// Words that end a counted noun phrase: "208,560 new vehicles | this year".
    COUNT_STOPS = "figures/count-stops.txt";
    /// Nouns whose count is a count of people; the card says "people": "300 migrants", "five judges".
    PEOPLE_NOUNS = "figures/people-nouns.txt";
    /// Endings of nouns for someone who does something, matched as the end of a counted noun: "churchgoers", "scientists", "assailants".
    AGENT_ENDINGS = "figures/agent-endings.txt";
    /// Words that name the scale of the points after them ("an index of 98 points"), not a modifier ("more", "key").
    SCALE_NAMES = "figures/scale-names.txt";
    /// Places whose "of" makes a number after it a count of inhabitants: "a nation of 12 million".
    POPULATION_PLACES = "figures/population-places.txt";
    /// Words that end the noun phrase before a figure's change, read backwards: "from the March high" is "March high".
    NOUN_PHRASE_STOPS = "figures/noun-phrase-stops.txt";
    /// Lower-case words that may open a date expression: a shift ("last week"), a season ("fall 2015"), a relative expression's first word ("yesterday", "two days later", "the previous year").
    EXPRESSION_OPENERS = "dates/expression-openers.txt";
    /// Units of time, without a final "s" ("centurie" is "centuries"): a count of them measures time ("the last two years"), which the timeline shows.
    TIME_UNITS = "figures/time-units.txt";
    /// Words after an emergency number that make it a number dialled, not a count: "999 calls", "a 911 call", "the 112 line".
    EMERGENCY_CALL_WORDS = "figures/emergency-call-words.txt";
    /// Determiners before a spelled number that make it refer back, not count: "the two countries", "its three bases".
    ANAPHORIC_DETERMINERS = "figures/anaphoric-determiners.txt";
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
        // Asked of most words of a sentence by several readers, and most words are in no list:
        // an ASCII word the list's sieve turns away is not hashed. (Lowering a word beyond
        // ASCII may change its length, so such a word is always looked up.)
        if word.is_ascii()
            && !index().lowered_sieves.get(self.id).is_some_and(|s| s.may_hold_lowered(word))
        {
            return false;
        }
        holding(word).has(self)
    }

    /// Whether `word`, exactly as written, is an entry: for lists whose case carries meaning
    /// ("Mr" before a name, "BREAKING" over a story, "The" opening a sentence).
    pub fn has_as_written(&self, word: &str) -> bool {
        // Lists asked as written are asked of every token of some readers (dates ask each word
        // whether it opens an expression): the list's sieve turns most words away unhashed.
        let index = index();
        index.sieves.get(self.id).is_some_and(|sieve| sieve.may_hold(word))
            && index.written.get(word).is_some_and(|bits| bits & self.bit() != 0)
    }

    /// Whether `text` opens with one of the entries, exactly as written: for lists of the
    /// openings of a line ("read more", "photo:"), asked of lines already lowered. Asked of
    /// most paragraphs of a page, so only the entries opening with the text's first byte are
    /// read (found by a binary search), each compared first as one number of its first eight
    /// bytes, and only an entry whose head matches is compared further.
    #[inline]
    pub fn opens(&self, text: &str) -> bool {
        let text = text.as_bytes();
        let Some(&byte) = text.first() else { return false };
        let first = Head::first_eight(text);
        let heads = index().heads.get(self.id).map_or(&[][..], Vec::as_slice);
        let from = heads.partition_point(|head| head.first() < byte);
        heads[from..].iter().take_while(|head| head.first() == byte).any(|head| {
            first & head.mask == head.bytes
                && (head.word.len() <= 8 || text.starts_with(head.word.as_bytes()))
        })
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
        // Longer than any entry even once lowered (lowering ASCII keeps its length; no
        // character lowers to fewer than a third of its bytes): never copied to be lowered.
        // Lists asked of whole lines ("Getty Images", "(AFP)") meet these.
        None if word.len() > 3 * index.longest
            || (word.len() > index.longest && word.is_ascii()) =>
        {
            None
        }
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
    /// Every list's entries as [`Head`]s, by their first byte.
    heads: Vec<Vec<Head>>,
    /// Short ASCII entries by their [`packed`] form.
    short: FastMap<u128, Bits>,
    /// Every other entry, as written (lower case).
    long: FastMap<&'static str, Bits>,
    /// Every entry exactly as written, capitals kept.
    written: FastMap<&'static str, Bits>,
    /// Every list's entries as written, sifted: a word a list's sieve does not hold is none of
    /// its entries.
    sieves: Vec<Sieve>,
    /// Every list's lower-case entries (the ones [`holding`] can meet), sifted.
    lowered_sieves: Vec<Sieve>,
    /// The length in bytes of the longest lower-case entry.
    longest: usize,
}

fn index() -> &'static Index {
    static INDEX: OnceLock<Index> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut index = Index {
            words: Vec::new(),
            short: FastMap::default(),
            long: FastMap::default(),
            written: FastMap::default(),
            sieves: Vec::new(),
            lowered_sieves: Vec::new(),
            heads: Vec::new(),
            longest: 0,
        };
        for list in ALL {
            let words: Vec<&'static str> = entries(list.source).collect();
            for &word in &words {
                *index.written.entry(word).or_default() |= list.bit();
            }
            // An entry with capitals ("World Cup") is never met: words are asked about in
            // lower case.
            for &word in words.iter().filter(|w| !w.chars().any(char::is_uppercase)) {
                index.longest = index.longest.max(word.len());
                match packed(word) {
                    Some(packed) => *index.short.entry(packed).or_default() |= list.bit(),
                    None => *index.long.entry(word).or_default() |= list.bit(),
                }
            }
            let mut heads: Vec<Head> = words.iter().map(|word| Head::of(word)).collect();
            heads.sort_by_key(Head::first);
            index.heads.push(heads);
            index.sieves.push(Sieve::of(words.iter().copied()));
            let lowered = words.iter().copied().filter(|w| !w.chars().any(char::is_uppercase));
            index.lowered_sieves.push(Sieve::of(lowered));
            index.words.push(words);
        }
        index
    })
}

/// An entry's first eight bytes as one number, with the mask that keeps as many bytes of
/// another text's first eight as the entry has.
struct Head {
    word: &'static str,
    bytes: u64,
    mask: u64,
}

impl Head {
    fn of(word: &'static str) -> Self {
        let kept = word.len().min(8);
        let mask = if kept == 8 { u64::MAX } else { (1u64 << (8 * kept)) - 1 };
        Head { word, bytes: Self::first_eight(word.as_bytes()), mask }
    }

    /// The entry's first byte.
    fn first(&self) -> u8 {
        self.bytes.to_le_bytes()[0]
    }

    /// The first eight bytes of `text`, zero-padded: an entry (which holds no zero byte) longer
    /// than `text` never matches them.
    #[inline]
    fn first_eight(text: &[u8]) -> u64 {
        let mut padded = [0u8; 8];
        let kept = text.len().min(8);
        padded[..kept].copy_from_slice(&text[..kept]);
        u64::from_le_bytes(padded)
    }
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
