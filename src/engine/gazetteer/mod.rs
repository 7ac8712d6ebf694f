//! The names Lede knows before reading an article: places, organisations, regions, demonyms and
//! roles, from the small generated and curated lists beside this file (see README.md there).
//!
//! The lists are embedded in the binary and parsed once, at first use, into hash maps keyed by a
//! normalised form of each name ([`key`]), so the recogniser can look up any run of words in
//! constant time. Organisation names are also indexed by the bag of their content words, so a
//! reordering ("Organisation for Cooperation and Security in Europe") still finds its entry.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

const PLACES: &str = include_str!("places.txt");
const REGIONS: &str = include_str!("regions.txt");
const ORGS: &str = include_str!("orgs.txt");
const DEMONYMS: &str = include_str!("demonyms.txt");
const ROLES: &str = include_str!("roles.txt");

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
    names: Vec<String>,
    exact: HashMap<String, Entry>,
    bags: HashMap<String, Entry>,
    roles: HashSet<String>,
    /// Longest name in words, to bound the windows the recogniser tries.
    pub max_words: usize,
}

/// The gazetteer, parsed on first use.
pub fn gazetteer() -> &'static Gazetteer {
    static LOADED: OnceLock<Gazetteer> = OnceLock::new();
    LOADED.get_or_init(Gazetteer::load)
}

/// Lines of a list that carry data, split into their `|`-separated names.
fn records(list: &str) -> impl Iterator<Item = Vec<&str>> {
    list.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| l.split('|').map(str::trim).collect())
}

/// Connecting words left out of an organisation's bag of words.
const CONNECTORS: &[&str] = &["of", "for", "and", "in", "the", "on", "&", "de", "du", "des"];

/// A name's lookup form: lower case, no full stops, hyphens as spaces (but "co-operation" is
/// "cooperation"), British spellings as American ones, no leading "the".
pub fn key(name: &str) -> String {
    let lower = name.to_lowercase().replace(['’', '`'], "'").replace('.', "");
    let lower = lower.replace("co-op", "coop").replace('-', " ");
    let mut words: Vec<&str> = lower.split_whitespace().map(american).collect();
    if words.len() > 1 && words[0] == "the" {
        words.remove(0);
    }
    words.join(" ")
}

/// The American spelling of a word that names things differently in British English.
fn american(word: &str) -> &str {
    match word {
        "organisation" => "organization",
        "organisations" => "organizations",
        "centre" => "center",
        "defence" => "defense",
        "programme" => "program",
        "labour" => "labor",
        other => other,
    }
}

/// The bag-of-words form of a key: its content words, sorted.
pub fn bag(key: &str) -> String {
    let mut words: Vec<&str> = key.split(' ').filter(|w| !CONNECTORS.contains(w)).collect();
    words.sort_unstable();
    words.join(" ")
}

impl Gazetteer {
    fn load() -> Self {
        let mut g = Gazetteer::default();
        // Organisations first: where a name is both ("Amazon"), the list order decides.
        for names in records(ORGS) {
            g.add(&names, Known::Org, false, None);
        }
        let mut country = true;
        for line in PLACES.lines() {
            if line.starts_with('#') {
                country = false;
                continue;
            }
            let names: Vec<&str> =
                line.split('|').map(str::trim).filter(|n| !n.is_empty()).collect();
            g.add(&names, Known::Place, country, None);
        }
        for names in records(REGIONS) {
            g.add(&names, Known::Place, false, None);
        }
        for names in records(DEMONYMS) {
            let Some(&demonym) = names.first() else { continue };
            let place = names.get(1).copied().filter(|p| !p.is_empty());
            let plural = format!("{demonym}s");
            g.add(&[demonym, plural.as_str()], Known::Demonym, false, Some(place.unwrap_or("")));
        }
        g.roles = records(ROLES).filter_map(|n| n.first().map(|r| key(r))).collect();
        g
    }

    /// Adds one thing under all its `names`; the first is the name shown. A demonym's id is its
    /// place's name instead, so "Kyrgyz" can point at Kyrgyzstan.
    fn add(&mut self, names: &[&str], known: Known, country: bool, shown: Option<&str>) {
        let Some(&first) = names.first() else { return };
        let id = self.names.len() as u32;
        self.names.push(shown.unwrap_or(first).to_owned());
        for name in names {
            let k = key(name);
            if k.is_empty() {
                continue;
            }
            let acronym = name.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase)
                && name.chars().filter(|c| c.is_alphabetic()).count() >= 2;
            let entry = Entry { known, id, country, acronym };
            self.max_words = self.max_words.max(k.split(' ').count());
            if known == Known::Org && k.split(' ').count() >= 3 {
                self.bags.entry(bag(&k)).or_insert(entry);
            }
            self.exact.entry(k).or_insert(entry);
        }
    }

    /// The shown name of the thing `id` names (for a demonym: its place, or "" for a people).
    pub fn name(&self, id: u32) -> &str {
        self.names.get(id as usize).map_or("", String::as_str)
    }

    /// The entry a name written as `surface` matches, if any.
    pub fn find(&self, surface: &str) -> Option<Entry> {
        let k = key(surface);
        let capitals = surface.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase);
        let found = self.exact.get(&k).copied().or_else(|| {
            (k.split(' ').count() >= 3).then(|| self.bags.get(&bag(&k)).copied()).flatten()
        })?;
        (!found.acronym || capitals).then_some(found)
    }

    /// Whether `phrase` (any case) is a title or role: "President", "campaign chief".
    pub fn is_role(&self, phrase: &str) -> bool {
        let k = key(phrase);
        self.roles.contains(&k) || k.strip_suffix('s').is_some_and(|s| self.roles.contains(s))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
    }
}
