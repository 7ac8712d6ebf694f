//! The names Lede knows before reading an article: places, organisations, regions, demonyms and
//! roles, from the small generated and curated lists beside this file (see README.md there).
//!
//! The lists are embedded in the binary and parsed once, at first use, into hash maps keyed by a
//! normalised form of each name ([`key`]), so the recogniser can look up any run of words in
//! constant time. Organisation names are also indexed by the bag of their content words, so a
//! reordering ("Organisation for Cooperation and Security in Europe") still finds its entry.

use std::cell::RefCell;
use std::sync::OnceLock;

use crate::engine::lexicon::BAG_CONNECTORS;
use crate::engine::order;
use crate::engine::text::ascii;
use crate::engine::text::fasthash::{FastMap, FastSet};

// The lists as text: the entity tagger also reads them, for its cue features.
pub(crate) const PLACES: &str = include_str!("places.txt");
pub(crate) const REGIONS: &str = include_str!("regions.txt");
pub(crate) const ORGS: &str = include_str!("orgs.txt");
pub(crate) const DEMONYMS: &str = include_str!("demonyms.txt");
pub(crate) const ROLES: &str = include_str!("roles.txt");

/// What a known name is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Known {
    Place,
    Org,
    /// "Kyrgyz", "Muslim": a word about a place, people or creed, never an entity itself.
    Demonym,
}

/// One known name: what it is and which real-world thing it names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Entry {
    pub known: Known,
    /// Index into [`Gazetteer::name`]: every name of one thing shares it.
    pub id: u32,
    /// Whether the thing is a country (a country prefix of an organisation name is dropped for
    /// its short alias: "US State Department" → "State Department").
    pub country: bool,
    /// Written in capitals in the list ("WHO"): only matches capitals in the text, so the
    /// pronoun "Who" opening a question is not the World Health Organization.
    pub acronym: bool,
}

/// The loaded lists.
#[derive(Debug, Default)]
pub struct Gazetteer {
    names: Vec<&'static str>,
    exact: FastMap<String, Entry>,
    bags: FastMap<String, Entry>,
    /// Every word of every key in `bags`: a phrase with a content word outside it has no bag
    /// to find, so it is not made into one (sorting its words costs more than the lookup).
    bag_words: FastSet<String>,
    roles: FastSet<String>,
    /// Longest name in words, to bound the windows the recogniser tries.
    pub max_words: usize,
}

/// The gazetteer, parsed on first use.
pub fn gazetteer() -> &'static Gazetteer {
    static LOADED: OnceLock<Gazetteer> = OnceLock::new();
    LOADED.get_or_init(Gazetteer::load)
}

/// Lines of a list that carry data, split into their `|`-separated names.
pub(crate) fn records(list: &str) -> impl Iterator<Item = impl Iterator<Item = &str>> {
    list.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| l.split('|').map(str::trim))
}

/// A name's lookup form: lower case, no full stops, hyphens as spaces (but "co-operation" is
/// "cooperation"), British spellings as American ones, no leading "the".
pub fn key(name: &str) -> String {
    // Room for the whole name in each form, so none of them grows while it is made.
    let room = || String::with_capacity(name.len() + 2);
    let mut scratch = Scratch { lower: room(), spaced: room(), key: room() };
    key_into(name, &mut scratch);
    scratch.key
}

/// Buffers for [`key_into`]: the key and the two forms it goes through, kept between lookups so
/// a lookup allocates nothing once they have grown.
#[derive(Default)]
struct Scratch {
    lower: String,
    spaced: String,
    key: String,
}

thread_local! {
    static SCRATCH: RefCell<Scratch> = RefCell::new(Scratch::default());
}

/// Runs `f` on the key of `name`, made in this thread's reused buffers (or in new ones when `f`
/// of an outer call is itself looking a key up).
pub fn with_key<T>(name: &str, f: impl FnOnce(&str) -> T) -> T {
    SCRATCH.with(|cell| match cell.try_borrow_mut() {
        Ok(mut scratch) => {
            key_into(name, &mut scratch);
            f(&scratch.key)
        }
        Err(_) => f(&key(name)),
    })
}

/// [`key`] of `name` into `scratch.key`, step by step as `key` describes it.
fn key_into(name: &str, scratch: &mut Scratch) {
    words_into(name, scratch, false);
}

/// The words of `name`'s key, a leading "the" kept, appended to `out` (nothing for a name
/// with no word). A phrase's [`key`] is its words' forms joined by spaces, less a leading
/// "the" when more words follow ([`key_of_words`]): a reader that looks up ever longer runs of
/// words keys each word once.
pub fn push_word_key(name: &str, out: &mut String) {
    if push_plain_word_key(name, out) {
        return;
    }
    SCRATCH.with(|cell| match cell.try_borrow_mut() {
        Ok(mut scratch) => {
            words_into(name, &mut scratch, true);
            out.push_str(&scratch.key);
        }
        Err(_) => {
            let mut scratch = Scratch::default();
            words_into(name, &mut scratch, true);
            out.push_str(&scratch.key);
        }
    })
}

/// Appends the key of `name` when it is one plain ASCII word, and says whether it was: most
/// words have no full stop, back quote, hyphen or space to rewrite, so the key is the word
/// lowered (and spelt the American way), made in place.
fn push_plain_word_key(name: &str, out: &mut String) -> bool {
    let plain = |&b: &u8| b.is_ascii() && !matches!(b, b'.' | b'`' | b'-' | b' ' | b'\t'..=b'\r');
    // A short word (most) is told at once; a long one, or one with a control byte, byte by byte.
    if !ascii::is_short_plain(name.as_bytes(), b".`-")
        && (name.is_empty() || !name.as_bytes().iter().all(plain))
    {
        return false;
    }
    let start = out.len();
    out.push_str(name);
    out[start..].make_ascii_lowercase();
    if let Some(american) = british(&out[start..]) {
        out.truncate(start);
        out.push_str(american);
    }
    true
}

/// Appends the [`key`] of the phrase of `words` to `out`, each word keyed on its own
/// ([`push_word_key`]: a plain word, most of them, takes its short path), and returns where in
/// `out` the key starts (past a leading "the" that the key leaves out).
pub fn push_phrase_key<'w>(words: impl IntoIterator<Item = &'w str>, out: &mut String) -> usize {
    let start = out.len();
    for word in words {
        let before = out.len();
        let spaced = before > start;
        if spaced {
            out.push(' ');
        }
        push_word_key(word, out);
        // A word with no key (".") adds no space either.
        if spaced && out.len() == before + 1 {
            out.truncate(before);
        }
    }
    out.len() - key_of_words(&out[start..]).len()
}

/// The [`key`] of a phrase whose words' forms ([`push_word_key`]) are `words`, joined by
/// single spaces.
pub fn key_of_words(words: &str) -> &str {
    words.strip_prefix("the ").unwrap_or(words)
}

/// The key's steps; `keep_the` keeps a leading "the" that [`key`] drops.
fn words_into(name: &str, scratch: &mut Scratch, keep_the: bool) {
    let Scratch { lower, spaced, key } = scratch;
    lower.clear();
    spaced.clear();
    key.clear();
    // Lower case, curly and back quotes as straight ones, no full stops.
    if name.is_ascii() {
        // ASCII lowers in place without `to_lowercase`'s Unicode tables, and only a name with a
        // full stop or back quote pays for a second pass.
        lower.push_str(name);
        lower.make_ascii_lowercase();
        // Bytes, not chars: a `char` pattern decodes every character it passes.
        if lower.bytes().any(|b| b == b'.' || b == b'`') {
            lower.retain(|c| c != '.');
            if lower.contains('`') {
                *lower = lower.replace('`', "'");
            }
        }
    } else {
        // `to_lowercase` knows context ("Σ" ending a word), so non-ASCII goes through it.
        let push = |c: char| match c {
            '’' | '`' => lower.push('\''),
            '.' => {}
            c => lower.push(c),
        };
        name.to_lowercase().chars().for_each(push);
    }
    // One word with no hyphen (most lookups): nothing is left to split, join or drop. An ASCII
    // form (most) is read byte by byte: its whitespace is exactly these bytes.
    let parted = if lower.is_ascii() {
        lower.bytes().any(|b| matches!(b, b'-' | b' ' | b'\t'..=b'\r'))
    } else {
        lower.contains(|c: char| c == '-' || c.is_whitespace())
    };
    let one_word = !lower.is_empty() && !parted;
    if one_word {
        key.push_str(american(lower));
        return;
    }
    // "co-op" as "coop", then other hyphens as spaces.
    let mut rest = lower.as_str();
    loop {
        let (before, after) = match find_coop(rest) {
            Some(at) => (&rest[..at], Some(&rest[at + COOP.len()..])),
            None => (rest, None),
        };
        if before.contains('-') {
            spaced.extend(before.chars().map(|c| if c == '-' { ' ' } else { c }));
        } else {
            spaced.push_str(before);
        }
        let Some(after) = after else { break };
        spaced.push_str("coop");
        rest = after;
    }
    let mut words = spaced.split_whitespace().map(american).peekable();
    if let Some(first) = words.next() {
        if keep_the || first != "the" || words.peek().is_none() {
            key.push_str(first);
        }
    }
    for word in words {
        if !key.is_empty() {
            key.push(' ');
        }
        key.push_str(word);
    }
}

const COOP: &str = "co-op";

/// Where the first "co-op" in `s` starts. (A byte scan: `str::find` sets up a substring
/// searcher on every call, which costs more than the short names it searches.)
fn find_coop(s: &str) -> Option<usize> {
    s.as_bytes().windows(COOP.len()).position(|w| w == COOP.as_bytes())
}

/// The American spelling of a word that names things differently in British English.
fn american(word: &str) -> &str {
    british(word).unwrap_or(word)
}

/// The American spelling of `word` when it is a British one.
fn british(word: &str) -> Option<&'static str> {
    Some(match word {
        "organisation" => "organization",
        "organisations" => "organizations",
        "centre" => "center",
        "defence" => "defense",
        "programme" => "program",
        "labour" => "labor",
        _ => return None,
    })
}

/// The bag-of-words form of a key: its content words, sorted.
pub fn bag(key: &str) -> String {
    let mut words: Vec<&str> = key.split(' ').filter(|w| !BAG_CONNECTORS.has(w)).collect();
    order::sort_by(&mut words, |a, b| a.cmp(b));
    words.join(" ")
}

impl Gazetteer {
    /// Parses the lists with one reused key buffer and maps sized for every name up front: this
    /// runs inside the first digest of a process (a fresh worker's first frame), so each
    /// allocation or rehash it avoids is time the reader does not wait.
    fn load() -> Self {
        // Every name opens a line or follows a `|` (a demonym's place stands for its plural):
        // about the number of keys, for sizing.
        let names_in = |list: &str| list.bytes().filter(|&b| b == b'|' || b == b'\n').count();
        let lists = [ORGS, PLACES, REGIONS, DEMONYMS];
        let mut g = Gazetteer {
            names: Vec::with_capacity(lists.iter().map(|l| l.lines().count()).sum()),
            exact: FastMap::with_capacity_and_hasher(
                lists.iter().map(|l| names_in(l)).sum(),
                Default::default(),
            ),
            ..Gazetteer::default()
        };
        let mut scratch = Scratch::default();
        let mut names: Vec<&'static str> = Vec::new();
        // Organisations first: where a name is both ("Amazon"), the list order decides.
        for line in records(ORGS) {
            names.clear();
            names.extend(line);
            if let Some(&shown) = names.first() {
                g.add(shown, &names, Known::Org, false, &mut scratch);
            }
        }
        let mut country = true;
        for line in PLACES.lines() {
            if line.starts_with('#') {
                country = false;
                continue;
            }
            names.clear();
            names.extend(line.split('|').map(str::trim).filter(|n| !n.is_empty()));
            if let Some(&shown) = names.first() {
                g.add(shown, &names, Known::Place, country, &mut scratch);
            }
        }
        for line in records(REGIONS) {
            names.clear();
            names.extend(line);
            if let Some(&shown) = names.first() {
                g.add(shown, &names, Known::Place, false, &mut scratch);
            }
        }
        for mut line in records(DEMONYMS) {
            let Some(demonym) = line.next() else { continue };
            let place = line.next().filter(|p| !p.is_empty());
            let plural = format!("{demonym}s");
            let names = [demonym, plural.as_str()];
            g.add(place.unwrap_or(""), &names, Known::Demonym, false, &mut scratch);
        }
        g.roles = records(ROLES).filter_map(|mut n| n.next().map(key)).collect();
        g
    }

    /// Adds one thing under all its `names`, shown as `shown` (the first name; for a demonym, its
    /// place's name instead, so "Kyrgyz" can point at Kyrgyzstan). Keys are made in `scratch` and
    /// copied out once each, only when new.
    fn add(
        &mut self,
        shown: &'static str,
        names: &[&str],
        known: Known,
        country: bool,
        scratch: &mut Scratch,
    ) {
        let id = self.names.len() as u32;
        self.names.push(shown);
        for name in names {
            key_into(name, scratch);
            let k = scratch.key.as_str();
            if k.is_empty() {
                continue;
            }
            let acronym = name.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase)
                && name.chars().filter(|c| c.is_alphabetic()).count() >= 2;
            let entry = Entry { known, id, country, acronym };
            let words = k.split(' ').count();
            self.max_words = self.max_words.max(words);
            if known == Known::Org && words >= 3 {
                let bagged = bag(k);
                for word in bagged.split(' ') {
                    if !self.bag_words.contains(word) {
                        self.bag_words.insert(word.to_owned());
                    }
                }
                self.bags.entry(bagged).or_insert(entry);
            }
            if !self.exact.contains_key(k) {
                self.exact.insert(k.to_owned(), entry);
            }
        }
    }

    /// Every word of every name and role key, and the connectors a bag of words leaves out:
    /// a phrase holding any other word is no name or role the lists know.
    pub fn key_words(&self) -> impl Iterator<Item = &str> {
        let keys = self.exact.keys().chain(self.roles.iter());
        keys.flat_map(|k| k.split(' ')).chain(BAG_CONNECTORS.words().iter().copied())
    }

    /// The shown name of the thing `id` names (for a demonym: its place, or "" for a people).
    pub fn name(&self, id: u32) -> &str {
        self.names.get(id as usize).copied().unwrap_or("")
    }

    /// The entry a name written as `surface` matches, if any.
    // Called for every word from other modules: `#[inline]` keeps it inlined there whatever
    // the split of the crate into codegen units (one such split cost 2% of a corpus pass).
    #[inline]
    pub fn find(&self, surface: &str) -> Option<Entry> {
        with_key(surface, |k| self.find_keyed(surface, k))
    }

    /// [`find`](Self::find) for a `surface` whose [`key`] is already made.
    pub fn find_keyed(&self, surface: &str, k: &str) -> Option<Entry> {
        let found = self.exact.get(k).copied().or_else(|| {
            // Three words or more: two spaces, counted as bytes (a `split(' ')` sets up a memchr
            // search, which costs more than most keys are long).
            let bagged = k.bytes().filter(|&b| b == b' ').count() >= 2
                && k.split(' ').all(|w| BAG_CONNECTORS.has(w) || self.bag_words.contains(w));
            bagged.then(|| self.bags.get(&bag(k)).copied()).flatten()
        })?;
        // Only an acronym asks how the surface is written.
        let capitals = || surface.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase);
        (!found.acronym || capitals()).then_some(found)
    }

    /// Whether `phrase` (any case) is a title or role: "President", "campaign chief". The
    /// recogniser asks [`is_role_words`](Self::is_role_words); this whole-phrase form is what
    /// the tests hold it to.
    #[cfg(test)]
    pub fn is_role(&self, phrase: &str) -> bool {
        with_key(phrase, |k| self.is_role_keyed(k))
    }

    /// Whether the phrase of `words` (any case) is a title or role: "President", "campaign
    /// chief". Each word is keyed on its own ([`push_word_key`]), so no phrase is written out
    /// to be keyed whole.
    pub fn is_role_words<'w>(&self, words: impl IntoIterator<Item = &'w str>) -> bool {
        let mut keyed = String::with_capacity(48);
        for word in words {
            let before = keyed.len();
            if before > 0 {
                keyed.push(' ');
            }
            push_word_key(word, &mut keyed);
            // A word with no key (".") adds no space either.
            if keyed.len() == before + 1 {
                keyed.truncate(before);
            }
        }
        self.is_role_keyed(key_of_words(&keyed))
    }

    /// Whether the phrase whose [`key`] is `k` is a title or role.
    pub fn is_role_keyed(&self, k: &str) -> bool {
        self.roles.contains(k) || k.strip_suffix('s').is_some_and(|s| self.roles.contains(s))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The key as first written, step by step with a new string each: `key` must match it.
    fn plain_key(name: &str) -> String {
        let lower = name.to_lowercase().replace(['’', '`'], "'").replace('.', "");
        let lower = lower.replace("co-op", "coop").replace('-', " ");
        let mut words: Vec<&str> = lower.split_whitespace().map(american).collect();
        if words.len() > 1 && words[0] == "the" {
            words.remove(0);
        }
        words.join(" ")
    }

    #[test]
    fn key_matches_the_plain_form() {
        let lists = [PLACES, REGIONS, ORGS, DEMONYMS, ROLES];
        let names = lists.iter().flat_map(|l| l.lines()).flat_map(|l| l.split('|'));
        let odd = [
            "",
            " ",
            "the",
            "The",
            "THE U.S.",
            "the  the",
            "Co-Op Co-co-op",
            "co.-op",
            "co--op",
            "U.S.-led",
            "ΣΟΦΟΣ",
            "Straße İstanbul",
            "O’Neil`s",
            "The Organisation Centre",
            "the-the",
            " Labour\tProgramme ",
            "Ǆemal",
            "a.b.c.",
            "co-ope-co-op-",
        ];
        for name in names.chain(odd) {
            assert_eq!(key(name), plain_key(name), "{name:?}");
            with_key(name, |k| assert_eq!(k, plain_key(name), "{name:?}"));
        }
    }

    #[test]
    fn a_short_plain_word_is_told_as_byte_by_byte() {
        let every_byte: String = (1u8..0x80).map(char::from).collect();
        let mut words: Vec<String> = every_byte
            .as_bytes()
            .chunks(5)
            .map(|c| String::from_utf8_lossy(c).into_owned())
            .collect();
        words.extend((1u8..0x80).map(|b| format!("Ab{}cD", char::from(b))));
        let lists = [PLACES, REGIONS, ORGS, DEMONYMS, ROLES];
        words.extend(lists.iter().flat_map(|l| l.split(['|', '\n', ' '])).map(String::from));
        for odd in ["", "x", "sixteen-letters!", "SixteenLettersAB", "seventeenLettersA", "naïve"]
        {
            words.push(odd.to_string());
        }
        for word in &words {
            let bytes = word.as_bytes();
            let plain = !bytes.is_empty()
                && bytes.len() <= 16
                && bytes.iter().all(|&b| b > b' ' && b.is_ascii() && !b".`-".contains(&b));
            assert_eq!(ascii::is_short_plain(bytes, b".`-"), plain, "{word:?}");
        }
    }

    #[test]
    fn a_phrase_key_is_its_words_keys_joined() {
        let lists = [PLACES, REGIONS, ORGS, ROLES];
        let names = lists.iter().flat_map(|l| l.lines()).flat_map(|l| l.split('|'));
        let odd = [
            "The the",
            "the  Co-op",
            "The U.S.-led Σ ΣΑΣ",
            "The",
            "the ’. Labour",
            ". the x",
            "Centre Organisations LABOUR programme defence",
            "a\u{b}b",
            "a b",
            "A",
            "the a",
            ". a",
            "a . the",
        ];
        for name in names.chain(odd) {
            let mut words = String::new();
            for word in name.split_whitespace() {
                let mut own = String::new();
                push_word_key(word, &mut own);
                if !own.is_empty() && !words.is_empty() {
                    words.push(' ');
                }
                words.push_str(&own);
            }
            let joined: Vec<&str> = name.split_whitespace().collect();
            assert_eq!(key_of_words(&words), key(&joined.join(" ")), "{name:?}");
            let mut out = String::from("before");
            let from = push_phrase_key(name.split_whitespace(), &mut out);
            assert_eq!(&out[from..], key(&joined.join(" ")), "{name:?}");
            assert!(out.starts_with("before"));
        }
    }

    #[test]
    fn finds_what_the_lists_hold() {
        let g = gazetteer();
        let cases: &[(&str, Option<(Known, &str)>)] = &[
            ("Russia", Some((Known::Place, "Russia"))),
            ("U.S.", Some((Known::Place, "United States"))),
            ("Britain", Some((Known::Place, "United Kingdom"))),
            ("Korea Republic", Some((Known::Place, "South Korea"))),
            ("BISHKEK", Some((Known::Place, "Bishkek"))),
            ("Central Asia", Some((Known::Place, "Central Asia"))),
            ("the West", Some((Known::Place, "West"))),
            ("OSCE", Some((Known::Org, "Organization for Security and Cooperation in Europe"))),
            (
                "Organisation for Cooperation and Security in Europe",
                Some((Known::Org, "Organization for Security and Cooperation in Europe")),
            ),
            ("Kyrgyz", Some((Known::Demonym, "Kyrgyzstan"))),
            ("Africans", Some((Known::Demonym, "Africa"))),
            ("Who", None),
            ("WHO", Some((Known::Org, "World Health Organization"))),
            ("Kurmanbek", None),
        ];
        for (surface, expected) in cases {
            let found = g.find(surface).map(|e| (e.known, g.name(e.id)));
            assert_eq!(found, *expected, "{surface}");
        }
    }

    #[test]
    fn roles_are_known_in_any_case_and_number() {
        let g = gazetteer();
        for role in ["President", "campaign chief", "Interior Minister", "spokesman", "ministers"] {
            assert!(g.is_role(role), "{role}");
        }
        assert!(!g.is_role("Moscow"));
        for phrase in
            ["campaign chief", "The President", "Interior  Minister", "the", ". spokesman"]
        {
            let words = phrase.split_whitespace();
            assert_eq!(g.is_role_words(words), g.is_role(phrase), "{phrase:?}");
        }
    }
}
