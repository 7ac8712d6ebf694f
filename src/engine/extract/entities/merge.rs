//! One entity per real-world thing: the candidates of an article are merged when they share a
//! name or a gazetteer entry, when one is the other's surname ("Sadykov" → "Daniyar
//! Sadykov"), an acronym defined in brackets or matching its initials, or a spelling variant.

use std::borrow::Cow;
use std::cell::OnceCell;
use std::collections::BTreeMap;

use super::fuzzy;
use super::recognise::{Candidate, Evidence};
use super::words::{self, is};
use super::{Entity, EntityKind, Mention};
use crate::engine::gazetteer::{self, Known, gazetteer, key};
use crate::engine::order;
use crate::engine::text::ascii::{self, Sieve};
use crate::engine::text::fasthash::{FastMap, FastSet};

/// Disjoint sets over candidate indices.
struct Sets {
    parent: Vec<usize>,
}

impl Sets {
    fn new(n: usize) -> Self {
        Self { parent: (0..n).collect() }
    }

    fn find(&mut self, mut i: usize) -> usize {
        while self.parent[i] != i {
            self.parent[i] = self.parent[self.parent[i]];
            i = self.parent[i];
        }
        i
    }

    /// Joins two sets; the smaller index stays the root, so results do not depend on order.
    fn union(&mut self, a: usize, b: usize) {
        let (a, b) = (self.find(a), self.find(b));
        if a != b {
            let (keep, drop) = (a.min(b), a.max(b));
            self.parent[drop] = keep;
        }
    }
}

/// The entities the candidates name, in the order of the article (the caller ranks them).
pub fn merge(text: &str, candidates: &[Candidate]) -> Vec<Entity> {
    let Some(first) = candidates.first() else { return Vec::new() };
    let n = candidates.len();
    let mut sets = Sets::new(n);
    // Each candidate's key and, for a name of two words or more, its last word's key, made once
    // into two buffers: steps 1 and 3 ask for them.
    let mut keys = Keys::with_capacity(n);
    let mut lasts = Keys::with_capacity(n);
    for c in candidates {
        keys.push(&c.surface);
        lasts.push(c.surface.rsplit_once(' ').map_or("", |(_, last)| last));
    }
    // 1. The same name, or the same gazetteer entry.
    let mut by_form: FastMap<Form<'_>, usize> = FastMap::default();
    for (i, c) in candidates.iter().enumerate() {
        let mut meet = |form| {
            // A name's forms meet the candidate that first had them.
            let form = match by_form.get(&form) {
                Some(&j) if compatible(&candidates[j], c) => return sets.union(i, j),
                Some(_) => return,
                None => form,
            };
            by_form.insert(form, i);
        };
        let own = keys.get(i);
        meet(Form::Name(Cow::Borrowed(own)));
        for alias in &c.aliases {
            meet(Form::Name(Cow::Owned(key(alias))));
        }
        if c.kind == Some(EntityKind::Org) {
            company_forms(&c.surface, own, &mut meet);
        }
        if let Some(id) = c.known {
            meet(Form::Known(id));
        }
    }
    // 2. "Organisation for ... Europe (OSCE)": an acronym in brackets right after a name. One
    // the gazetteer knows is not defined there by a name it knows as another thing, nor by a
    // place: "WASHINGTON (AP) —" is a dateline's place and its agency ("Centre for Disease
    // Control (CDC)" still defines the known "CDC").
    for i in 1..n {
        let (long, short) = (&candidates[i - 1], &candidates[i]);
        let between = text.get(long.span.end..short.span.start).unwrap_or("");
        if between.trim() == "("
            && is_acronym(&short.surface)
            && long.kind != Some(EntityKind::Person)
            && short.known.is_none_or(|k| {
                long.known.is_none_or(|l| l == k) && long.kind != Some(EntityKind::Place)
            })
        {
            sets.union(i - 1, i);
        }
    }
    // 3. Surnames and short names: "Sadykov" is the one person "Daniyar Sadykov" the text names.
    let mut by_last: BTreeMap<(&str, u8), Vec<usize>> = BTreeMap::new();
    for (i, c) in candidates.iter().enumerate() {
        // The surface's words are joined by single spaces: a space means two words or more.
        if let (Some(kind), true) = (c.kind, c.words >= 2) {
            let root = sets.find(i);
            let list = by_last.entry((lasts.get(i), kind as u8)).or_default();
            if !list.contains(&root) {
                list.push(root);
            }
        }
    }
    // Lone words that are the surname of two people or more the text names in full ("Yeltsin"
    // after "Boris Yeltsin" and "Naina Yeltsin"): left unmerged, but a person's name.
    let mut shared_surname = vec![false; n];
    for (i, c) in candidates.iter().enumerate() {
        if c.words != 1 {
            continue;
        }
        if c.kind.is_none() {
            let people = by_last.get(&(keys.get(i), EntityKind::Person as u8));
            shared_surname[i] = people.is_some_and(|roots| roots.len() >= 2);
        }
        let kinds: &[EntityKind] = match c.kind {
            None => &[EntityKind::Person, EntityKind::Place, EntityKind::Org],
            _ if c.evidence < Evidence::Cue && c.known.is_none() => {
                &[EntityKind::Person, EntityKind::Place, EntityKind::Org]
            }
            Some(EntityKind::Person) => &[EntityKind::Person],
            // "Korea" → "South Korea", but a known place ("Africa") is never a short form of
            // another ("South Africa").
            Some(EntityKind::Place) if c.known.is_none() => &[EntityKind::Place],
            // "Santos said", after "Maria Santos": a city's name that is a person's surname.
            Some(EntityKind::Place) if !is_country(c) => &[EntityKind::Person],
            _ => &[],
        };
        let own = keys.get(i);
        let mut merged = false;
        for &kind in kinds {
            if let Some(roots) = by_last.get(&(own, kind as u8)) {
                let mut roots: Vec<usize> = roots.iter().map(|&r| sets.find(r)).collect();
                order::sort_indices(&mut roots);
                if let [only] = roots[..] {
                    sets.union(i, only);
                    merged = true;
                    break;
                }
            }
        }
        // "Ms Smithe" after "Jo Smithee": a misspelt surname of the one person it can be.
        if !merged && c.kind == Some(EntityKind::Person) && c.known.is_none() {
            let first = own.chars().next();
            let person = EntityKind::Person as u8;
            let from = &own[..first.map_or(0, char::len_utf8)];
            let found: Vec<usize> = by_last
                .range((from, 0)..)
                .take_while(|((last, _), _)| last.chars().next() == first)
                .take(64)
                .filter(|((last, kind), _)| *kind == person && fuzzy::same_name(last, own))
                .flat_map(|(_, roots)| roots.iter().copied())
                .collect();
            let mut roots: Vec<usize> = found.into_iter().map(|r| sets.find(r)).collect();
            order::sort_indices(&mut roots);
            if let [only] = roots[..] {
                sets.union(i, only);
            }
        }
    }
    // 4. An acronym nobody defined, matching the initials of one organisation's name.
    let mut by_initials: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for (i, c) in candidates.iter().enumerate() {
        if c.kind == Some(EntityKind::Org) && c.words >= 2 {
            let root = sets.find(i);
            let list = by_initials.entry(initials(&c.surface)).or_default();
            if !list.contains(&root) {
                list.push(root);
            }
        }
    }
    for (i, c) in candidates.iter().enumerate() {
        if c.known.is_none() && is_acronym(&c.surface) {
            if let Some([only]) = by_initials.get(&keys.get(i).to_uppercase()).map(Vec::as_slice) {
                sets.union(i, *only);
            }
        }
    }
    // 5. Spelling variants of compatible kinds, compared only within buckets of one first
    //    letter and length in words, so the work stays near linear in the number of names.
    let mut buckets: BTreeMap<(char, usize), Vec<usize>> = BTreeMap::new();
    for (i, c) in candidates.iter().enumerate() {
        let Some(first) = fuzzy::first_letter(&c.surface) else { continue };
        let root = sets.find(i);
        let bucket = buckets.entry((first, c.words)).or_default();
        if !bucket.iter().any(|&j| sets.find(j) == root) {
            bucket.push(i);
        }
    }
    for bucket in buckets.values() {
        for (x, &i) in bucket.iter().enumerate().take(64) {
            for &j in bucket.iter().skip(x + 1).take(64) {
                let (a, b) = (&candidates[i], &candidates[j]);
                let both_known = a.known.is_some() && b.known.is_some() && a.known != b.known;
                if !both_known && compatible(a, b) && variant(a, b) {
                    sets.union(i, j);
                }
            }
        }
    }
    // The groups by root, in the order of their first candidate (a root is its set's least
    // index).
    // Laid out one after another in one list (a counting sort by root): each group is a
    // slice of it, in candidate order, with no list of its own.
    let roots: Vec<usize> = (0..n).map(|i| sets.find(i)).collect();
    let mut ends = vec![0; n + 1];
    for &root in &roots {
        ends[root + 1] += 1;
    }
    for k in 0..n {
        ends[k + 1] += ends[k];
    }
    let mut filled = ends.clone();
    let mut grouped: Vec<&Candidate> = vec![first; n];
    let mut surnames = vec![false; n + 1];
    for ((c, &root), &shared) in candidates.iter().zip(&roots).zip(&shared_surname) {
        grouped[filled[root]] = c;
        filled[root] += 1;
        surnames[root] |= shared;
    }
    let lower = Lower::of(text, candidates);
    (0..n)
        .map(|root| (&grouped[ends[root]..ends[root + 1]], surnames[root]))
        .filter(|(group, _)| !group.is_empty() && !lower.common(group))
        .filter_map(|(group, surname)| entity(group, surname))
        .collect()
}

/// A form a name is merged by.
#[derive(Debug, PartialEq, Eq, Hash)]
enum Form<'k> {
    /// A key of the name or of one of its other forms: borrowed from [`Keys`] when it is the
    /// name's own.
    Name(Cow<'k, str>),
    /// The bag of words of a long organisation's name ([`gazetteer::bag`]).
    Bag(String),
    /// The gazetteer entry it is.
    Known(u32),
}

/// The keys of many names, in one buffer: one string for all of them instead of one each.
struct Keys {
    all: String,
    ends: Vec<(usize, usize)>,
}

impl Keys {
    fn with_capacity(n: usize) -> Self {
        Self { all: String::with_capacity(n * 12), ends: Vec::with_capacity(n) }
    }

    /// Keys a name (words joined by single spaces, as every surface is) word by word: most of
    /// its words are plain and take the gazetteer's short path.
    fn push(&mut self, name: &str) {
        let start = gazetteer::push_phrase_key(spaced_words(name), &mut self.all);
        self.ends.push((start, self.all.len()));
    }

    /// The key of the `i`th name pushed.
    fn get(&self, i: usize) -> &str {
        self.ends.get(i).map_or("", |&(start, end)| &self.all[start..end])
    }
}

/// The words of `name` between single spaces: `name.split(' ')`, found by a byte scan (a `char`
/// pattern sets up a memchr search per word, which costs more than these short names take).
fn spaced_words(name: &str) -> impl Iterator<Item = &str> {
    let mut rest = Some(name);
    std::iter::from_fn(move || {
        let words = rest?;
        match words.bytes().position(|b| b == b' ') {
            Some(at) => {
                rest = words.get(at + 1..);
                words.get(..at)
            }
            None => {
                rest = None;
                Some(words)
            }
        }
    })
}

/// Meets the merge keys a company's name, whose key is `full`, has without its corporate
/// suffixes: "Acme Group Corp" is also "Acme Group" and "Acme"; and, for a long name, the bag
/// of its words, so "Agency for Trade and Industry" and "Trade and Industry Agency" meet.
fn company_forms<'k>(surface: &str, full: &str, meet: &mut impl FnMut(Form<'k>)) {
    if full.split(' ').count() >= 3 {
        meet(Form::Bag(gazetteer::bag(full)));
    }
    let mut words: Vec<&str> = surface.split_whitespace().collect();
    while words.len() >= 2
        && words.last().is_some_and(|w| is(&words::COMPANY_SUFFIXES, w.trim_end_matches('.')))
    {
        words.pop();
        let short = key(&words.join(" "));
        // "China Co" is not China, nor "The Group" a name.
        if gazetteer().find(&short).is_none() && short.chars().count() >= 3 {
            meet(Form::Name(Cow::Owned(short)));
        }
    }
}

/// What the article writes in lower case: its common words ("cobalt") and the initials of its
/// lower-case phrases ("chronic wasting disease" → "cwd").
struct Lower<'a> {
    text: &'a str,
    /// The lowered words of the names [`Lower::common`] can ask about: those of candidates with
    /// no entry, no role and only their shape for evidence.
    asked: FastSet<String>,
    /// What the text's lower-case words answer, read at the first question.
    read: OnceCell<Read<'a>>,
    /// What the acronyms among the names spell, in lower case.
    acronyms: FastSet<Initials>,
}

/// Two to six first letters of a lower-case phrase, in order ("wmd"), padded: a set of these
/// costs no string per phrase.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
struct Initials {
    letters: [char; 6],
    len: u8,
}

impl Initials {
    fn of(letters: impl Iterator<Item = char>) -> Option<Self> {
        let mut out = Initials { letters: ['\0'; 6], len: 0 };
        for c in letters {
            *out.letters.get_mut(out.len as usize)? = c;
            out.len += 1;
        }
        (out.len >= 2).then_some(out)
    }
}

/// The word of a raw word of the text without its punctuation, when it is a lower-case word.
fn lower_word(raw: &str) -> Option<&str> {
    // Asked of every word of the article: ASCII (most words) is read in one pass over its bytes,
    // and a word that opens with a capital or a digit is dismissed at its first letter.
    let bytes = raw.as_bytes();
    let start = bytes.iter().position(|b| b.is_ascii_alphanumeric() || !b.is_ascii())?;
    if !bytes[start].is_ascii() {
        return unicode_lower_word(raw);
    }
    if !bytes[start].is_ascii_lowercase() {
        return None;
    }
    // The word runs to its last letter; after its first other sign, only punctuation may
    // follow (a digit or a letter there would be inside the word).
    let mut end = start;
    let mut rest = bytes.len();
    for (at, &b) in bytes.iter().enumerate().skip(start) {
        match b {
            b'a'..=b'z' | b'A'..=b'Z' => end = at + 1,
            b'-' | b'\'' => {}
            b'0'..=b'9' => return None,
            _ if !b.is_ascii() => return unicode_lower_word(raw),
            _ => {
                rest = at;
                break;
            }
        }
    }
    for &b in &bytes[rest..] {
        if !b.is_ascii() {
            return unicode_lower_word(raw);
        }
        if b.is_ascii_alphanumeric() {
            return None;
        }
    }
    Some(&raw[start..end])
}

/// [`lower_word`] of a word with letters beyond ASCII.
fn unicode_lower_word(raw: &str) -> Option<&str> {
    let word = raw.trim_matches(|c: char| !c.is_alphanumeric());
    let lower = !word.is_empty()
        && word.chars().next().is_some_and(char::is_lowercase)
        && word.chars().all(|c| c.is_alphabetic() || c == '-' || c == '\'');
    lower.then_some(word)
}

/// What one pass over the text's words finds for [`Lower`]: which asked words it writes in lower
/// case, and which acronyms its lower-case phrases spell. Both questions read every word of the
/// article, so they share one pass: on a long paste each pass costs more than all the names.
struct Read<'a> {
    /// Which of the asked words the text writes in lower case: its other words are never kept.
    words: FastSet<&'a str>,
    /// The initials of lower-case phrases that some acronym among the names spells.
    initials: FastSet<Initials>,
}

fn read<'a>(text: &'a str, asked: &FastSet<String>, acronyms: &FastSet<Initials>) -> Read<'a> {
    let finder = Asked::of(asked);
    let mut words = FastSet::default();
    let mut initials = FastSet::default();
    let mut spelling = Spelling::of(acronyms);
    for raw in raw_words(text) {
        let Some(spelling) = spelling.as_mut() else {
            // No acronym to spell: only the words that may be asked are read.
            words.extend(finder.find(raw, asked));
            continue;
        };
        let word = lower_word(raw);
        words.extend(word.filter(|w| finder.sieve.may_hold(w) && asked.contains(*w)));
        spelling.read(raw, word, acronyms, &mut initials);
    }
    Read { words, initials }
}

/// Finds the asked words among the raw words of the text, most of them turned away unread.
struct Asked {
    /// The bytes an asked word opens with. A raw word that opens with a letter or a digit opens
    /// its word with it: one opening with any other (most words of the text: capitalised, or
    /// lower case but no asked word) is passed over at its first byte.
    opens: [bool; 256],
    sieve: Sieve,
}

impl Asked {
    fn of(asked: &FastSet<String>) -> Self {
        let mut opens = [false; 256];
        for word in asked {
            if let Some(&b) = word.as_bytes().first() {
                opens[usize::from(b)] = true;
            }
        }
        Self { opens, sieve: Sieve::of(asked.iter().map(String::as_str)) }
    }

    /// The asked word `raw` writes in lower case, as a word of its own (as [`lower_word`]
    /// reads it).
    fn find<'w>(&self, raw: &'w str, asked: &FastSet<String>) -> Option<&'w str> {
        let bytes = raw.as_bytes();
        let first = *bytes.first()?;
        if first.is_ascii_alphanumeric() && !self.opens[usize::from(first)] {
            return None;
        }
        // A raw word between two lower-case letters is its own word if it is one at all:
        // the sieve turns most such words away before they are read.
        if first.is_ascii_lowercase()
            && bytes.last().is_some_and(u8::is_ascii_lowercase)
            && !self.sieve.may_hold(raw)
        {
            return None;
        }
        lower_word(raw).filter(|w| self.sieve.may_hold(w) && asked.contains(*w))
    }
}

/// The run of lower-case words read so far, and which acronyms could end at each word.
struct Spelling {
    /// An acronym's last letter, with the lengths of the acronyms that end in it (bit n for n
    /// letters): a phrase whose last word starts otherwise spells none, and one that ends in it
    /// is looked up only at those lengths. A few letters, asked of every lower-case word: a
    /// list, not a hashed set.
    last: Vec<(char, u8)>,
    /// The first letters of the lower-case words since the last break.
    run: Vec<char>,
}

impl Spelling {
    /// `None` when there is no acronym to spell.
    fn of(acronyms: &FastSet<Initials>) -> Option<Self> {
        let mut last: Vec<(char, u8)> = Vec::new();
        for a in acronyms {
            let letter = a.letters[a.len as usize - 1];
            match last.iter_mut().find(|(c, _)| *c == letter) {
                Some((_, lengths)) => *lengths |= 1 << a.len,
                None => last.push((letter, 1 << a.len)),
            }
        }
        (!last.is_empty()).then_some(Self { last, run: Vec::new() })
    }

    /// Reads the next raw word, whose lower-case word is `word`, adding to `initials` the
    /// acronyms the phrase ending at it spells.
    fn read(
        &mut self,
        raw: &str,
        word: Option<&str>,
        acronyms: &FastSet<Initials>,
        initials: &mut FastSet<Initials>,
    ) {
        let run = &mut self.run;
        if let Some(word) = word {
            if let Some(c) = word.chars().next() {
                run.push(c);
            }
            let lengths = run
                .last()
                .and_then(|c| self.last.iter().find(|(l, _)| l == c))
                .map_or(0, |&(_, lengths)| lengths);
            if lengths != 0 {
                for n in (2..=run.len().min(6)).filter(|n| lengths & (1 << n) != 0) {
                    let spelt = Initials::of(run[run.len() - n..].iter().copied());
                    initials.extend(spelt.filter(|i| acronyms.contains(i)));
                }
            }
        }
        if word.is_none() || raw.ends_with(|c: char| !c.is_alphanumeric()) {
            run.clear();
        }
    }
}

/// The words of the text, split at whitespace (over bytes: this reads the whole article).
fn raw_words(text: &str) -> impl Iterator<Item = &str> {
    ascii::split_words(text)
}

impl<'a> Lower<'a> {
    fn of(text: &'a str, candidates: &[Candidate]) -> Self {
        let names = candidates.iter().map(|c| &*c.surface);
        let acronyms = names
            .filter(|s| is_acronym(s))
            .filter_map(|s| Initials::of(s.to_lowercase().chars()))
            .collect();
        let asked = candidates
            .iter()
            .filter(|c| {
                (c.evidence < Evidence::Cue || is_shouted(&c.surface))
                    && c.known.is_none()
                    && c.role.is_none()
            })
            .flat_map(|c| c.surface.split_whitespace())
            .map(str::to_lowercase)
            .collect();
        Self { text, asked, read: OnceCell::new(), acronyms }
    }

    fn read(&self) -> &Read<'a> {
        self.read.get_or_init(|| read(self.text, &self.asked, &self.acronyms))
    }

    /// Whether the text writes `lower`, one of the words [`Lower::asked`] holds, in lower case.
    fn writes(&self, lower: &str) -> bool {
        self.read().words.contains(lower)
    }

    /// The initials of lower-case phrases that some acronym among the names spells.
    fn initials(&self) -> &FastSet<Initials> {
        &self.read().initials
    }

    /// Whether a group of names is only a common noun written with a capital ("Cobalt" where
    /// the text also writes "cobalt"), or an abbreviation of a lower-case phrase.
    fn common(&self, group: &[&Candidate]) -> bool {
        if group.iter().any(|c| c.known.is_some() || c.role.is_some()) {
            return false;
        }
        let surfaces = || group.iter().map(|c| &*c.surface);
        let written_lower = |s: &str| s.split_whitespace().all(|w| self.writes(&w.to_lowercase()));
        // "VOTE", "GET OUT", "SHARES": words shouted by a menu or a headline that the text
        // also writes in lower case are words, not an acronym's letters.
        if surfaces().all(is_shouted) && surfaces().all(written_lower) {
            return true;
        }
        let single = group.iter().all(|c| c.words < 2);
        let weak = group.iter().all(|c| c.evidence < Evidence::Cue);
        if single && weak && surfaces().all(|s| self.writes(&s.to_lowercase())) {
            return true;
        }
        if single && surfaces().all(is_acronym) {
            return surfaces().all(|s| {
                Initials::of(s.to_lowercase().chars()).is_some_and(|i| self.initials().contains(&i))
            });
        }
        // "Rare Disease Disorders" read as a person: every word is a common noun here.
        let people = group.iter().all(|c| c.kind == Some(EntityKind::Person));
        weak && people
            && surfaces().all(|s| s.split_whitespace().all(|w| self.writes(&w.to_lowercase())))
    }
}

fn compatible(a: &Candidate, b: &Candidate) -> bool {
    match (a.kind, b.kind) {
        (Some(x), Some(y)) => {
            x == y || a.evidence < Evidence::Cue || b.evidence < Evidence::Cue || a.team != b.team
        }
        _ => true,
    }
}

fn is_country(c: &Candidate) -> bool {
    gazetteer().find(&c.surface).is_some_and(|e| e.country || e.known != Known::Place)
}

fn is_acronym(surface: &str) -> bool {
    let mut letters = 0;
    for c in surface.chars().filter(|c| c.is_alphabetic()) {
        if !c.is_uppercase() {
            return false;
        }
        letters += 1;
    }
    letters >= 2 && !surface.contains(' ')
}

/// "Organisation for Security and Cooperation in Europe" → "OSCE": the first letters of the
/// capitalised words.
fn initials(surface: &str) -> String {
    surface
        .split_whitespace()
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
        .filter_map(|w| w.chars().next())
        .collect()
}

/// Whether two names are spellings of one: for people, the same first names and a variant
/// surname; for others, a variant of the whole name.
fn variant(a: &Candidate, b: &Candidate) -> bool {
    // Surfaces are words joined by single spaces: the last space ends the first names.
    if a.kind == Some(EntityKind::Person) {
        if let Some((firsts, last)) = a.surface.rsplit_once(' ') {
            let (b_firsts, b_last) = b.surface.rsplit_once(' ').unwrap_or(("", &b.surface));
            return b_firsts == firsts && fuzzy::same_name(last, b_last);
        }
    }
    fuzzy::same_name(&a.surface, &b.surface)
}

/// Whether a form is written in capitals, with at least one word of three letters or more
/// ("NEW YORK", "LONDON"): an acronym ("UN", "U.S.") is its own form already.
fn is_shouted(form: &str) -> bool {
    form.chars().all(|c| !c.is_lowercase())
        && form
            .split([' ', '-'])
            .any(|w| w.chars().filter(|c| c.is_uppercase()).count() >= 3 && !w.contains('.'))
}

/// Whether two forms of a name are the same in lower case (as their `to_lowercase` are equal):
/// ASCII forms, most of them, are compared without lowering them into new strings.
fn same_lower(a: &str, b: &str) -> bool {
    if a.is_ascii() && b.is_ascii() {
        return a.eq_ignore_ascii_case(b);
    }
    a.to_lowercase() == b.to_lowercase()
}

/// The entity a group of candidates names, or `None` when nothing in the group proves it is a
/// name (every capital of it opened a sentence). `surname`: a lone word of the group is the
/// surname of several people the text names, a person where nothing else gives a kind.
fn entity(group: &[&Candidate], surname: bool) -> Option<Entity> {
    if group.iter().all(|c| c.needs_evidence) {
        return None;
    }
    // A known city's name merged as a person's surname votes for nothing.
    let person = group.iter().any(|c| c.kind == Some(EntityKind::Person) && c.words >= 2);
    let votes = |c: &&&Candidate| !(person && c.kind == Some(EntityKind::Place) && c.words < 2);
    // A town named as a side in a match is the club wherever the report names it ("Ardmore
    // beat Vess ... Ardmore's captain"): one name keeps one sense through an article. A
    // player's surname ("Vess beat Ardmore" of "Tomas Vess") stays the player's.
    let kind = if !person && group.iter().any(|c| c.team) {
        EntityKind::Org
    } else if surname && group.iter().all(|c| c.kind.is_none()) {
        EntityKind::Person
    } else if group.iter().any(|c| votes(&c)) {
        vote(group.iter().filter(votes))
    } else {
        vote(group.iter())
    };
    let g = gazetteer();
    let known_name =
        group.iter().filter(|c| c.kind == Some(kind)).find_map(|c| c.known).map(|id| g.name(id));
    fn shown<'c>(c: &&'c Candidate) -> &'c str {
        c.surface.trim_start_matches("The ")
    }
    let name = match known_name {
        Some(name) if !name.is_empty() => name,
        _ => group
            .iter()
            .filter(|c| c.kind == Some(kind) || c.kind.is_none())
            .max_by_key(|c| (c.words, std::cmp::Reverse(c.span.start)))
            .map(shown)
            .unwrap_or_default(),
    };
    if name.is_empty() {
        return None;
    }
    let mut aliases: Vec<String> = Vec::new();
    // The forms met so far, the name first: each other form is kept once, in any case.
    let mut seen: Vec<&str> = vec![name];
    let forms = group
        .iter()
        .flat_map(|c| std::iter::once(shown(c)).chain(c.aliases.iter().map(String::as_str)));
    for form in forms {
        // A form in capitals ("LONDON" on a wire's dateline, a shouted headline) is kept
        // beside the name it folds to, so the reader's search for it finds this entity.
        let fresh = if is_shouted(form) {
            !seen.contains(&form)
        } else {
            !seen.iter().any(|s| same_lower(s, form))
        };
        if fresh {
            seen.push(form);
            aliases.push(form.to_owned());
        }
    }
    let mut roles: Vec<String> = Vec::new();
    for role in group.iter().filter_map(|c| c.role.as_ref()) {
        if !roles.iter().any(|r| r.eq_ignore_ascii_case(role)) {
            roles.push(role.to_string());
        }
    }
    let mut mentions: Vec<Mention> = group
        .iter()
        .map(|c| Mention { span: c.span, sentence: c.sentence.map(|s| s as usize) })
        .collect();
    // The candidates come in text order, so their mentions most often do already.
    if !mentions.is_sorted_by_key(|m| (m.span.start, m.span.end)) {
        order::sort_by_key(&mut mentions, |m| (m.span.start, m.span.end));
    }
    mentions.dedup_by_key(|m| m.span);
    let prominence = group.iter().map(|c| c.weight).sum::<u32>() + mentions.len() as u32;
    Some(Entity { name: name.to_owned(), kind, aliases, roles, mentions, prominence })
}

/// The kind most of the group's evidence says; an unknown single word is an organisation.
fn vote<'c>(group: impl Iterator<Item = &'c &'c Candidate<'c>>) -> EntityKind {
    let mut score = [0u32; 3];
    for c in group {
        if let Some(kind) = c.kind {
            score[kind as usize] += match c.evidence {
                Evidence::Known => 8,
                Evidence::Cue => 3,
                Evidence::Shape => 1,
            };
        }
    }
    let order = [EntityKind::Person, EntityKind::Place, EntityKind::Org];
    order
        .into_iter()
        .filter(|k| score[*k as usize] > 0)
        .max_by_key(|k| (score[*k as usize], std::cmp::Reverse(*k as usize)))
        .unwrap_or(EntityKind::Org)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The word as first written, with the Unicode tables throughout: `lower_word` must match it.
    fn plain_lower_word(raw: &str) -> Option<&str> {
        let word = raw.trim_matches(|c: char| !c.is_alphanumeric());
        let lower = !word.is_empty()
            && word.chars().next().is_some_and(char::is_lowercase)
            && word.chars().all(|c| c.is_alphabetic() || c == '-' || c == '\'');
        lower.then_some(word)
    }

    #[test]
    fn spaced_words_split_as_split_does() {
        for name in ["", " ", "a", "a b", " a  b ", "Zoë Vos", "x\u{a0}y z"] {
            let split: Vec<&str> = name.split(' ').collect();
            assert_eq!(spaced_words(name).collect::<Vec<_>>(), split, "{name:?}");
        }
    }

    #[test]
    fn lower_word_matches_the_plain_form() {
        let raws = [
            "cobalt",
            "cobalt,",
            "(cobalt)",
            "\"well-known\"",
            "rock'n'roll.",
            "word-",
            "word'",
            "Cobalt",
            "2020",
            "co2",
            "a1b",
            "e.g.",
            "x.y",
            "...",
            "",
            "-",
            "'s",
            "naïve",
            "“quoted”",
            "café,",
            "über-",
            "x—y",
            "end.”",
            "ab,cd",
            "ab,",
            "ÉCOLE",
            "ǆemal",
        ];
        for raw in raws {
            assert_eq!(lower_word(raw), plain_lower_word(raw), "{raw:?}");
        }
    }

    /// The words of `asked` the text writes, read word by word: [`read`] must find them.
    fn plain_written<'a>(text: &'a str, asked: &FastSet<String>) -> FastSet<&'a str> {
        raw_words(text).filter_map(lower_word).filter(|w| asked.contains(*w)).collect()
    }

    #[test]
    fn read_finds_the_asked_words_of_reading_every_word() {
        let text = "The cobalt, Cobalt and (cobalt) mines; as it was, has-been\u{a0}as\twell \
                    x cobalts cobalt2 subcobalt «naïve» naïve. ÉCOLE école zanu-pf co-op 2020 \
                    'quoted' end.";
        let every: FastSet<String> = text.split_whitespace().map(str::to_lowercase).collect();
        let mut lists: Vec<FastSet<String>> = vec![every.clone()];
        for keep in 0..3 {
            lists.push(every.iter().filter(|w| w.len() % 3 == keep).cloned().collect());
        }
        let others = ["cobalt", "as", "naïve", "école", "zzz", "co-op", "well", "quoted", "end"];
        lists.push(others.iter().map(|w| w.to_string()).collect());
        // With no acronym to spell, and with one (every word is then read).
        let acronyms =
            [FastSet::default(), [Initials::of("cm".chars())].into_iter().flatten().collect()];
        for (asked, acronyms) in lists.iter().flat_map(|a| acronyms.iter().map(move |c| (a, c))) {
            assert_eq!(read(text, asked, acronyms).words, plain_written(text, asked), "{asked:?}");
        }
        let others = &lists[lists.len() - 1];
        assert!(read(text, others, &FastSet::default()).words.contains("cobalt"));
    }

    #[test]
    fn read_finds_the_acronyms_lower_case_phrases_spell() {
        let text =
            "Cases of chronic wasting disease rose. Chronic Wasting; (the cwd) wasting, disease";
        let spelt = |s: &str| Initials::of(s.chars());
        let acronyms: FastSet<Initials> =
            ["cwd", "wd", "cw", "xyz"].into_iter().filter_map(spelt).collect();
        let found = read(text, &FastSet::default(), &acronyms).initials;
        let expected: FastSet<Initials> =
            ["cwd", "wd", "cw"].into_iter().filter_map(spelt).collect();
        assert_eq!(found, expected);
    }
}
