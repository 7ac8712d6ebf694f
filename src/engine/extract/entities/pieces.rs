//! A sentence cut into pieces for the recogniser: the longest phrase the gazetteer knows at
//! each capitalised word (a place, an organisation, a demonym, a role, a non-entity), else single
//! words; and the rule for which pieces join into one run of a name.

use std::borrow::Cow;
use std::sync::OnceLock;

use super::tokens::Token;
use super::words::{self, is};
use crate::engine::gazetteer::{Entry, Known, gazetteer, key, key_of_words, push_word_key};
use crate::engine::text::fasthash::FastSet;

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum What {
    Known(Entry),
    Role,
    Honorific,
    NotEntity,
    Word,
    /// A lower-case word or anything else that cannot be in a name.
    Other,
}

#[derive(Debug, Clone, Copy)]
pub struct Piece {
    pub start: usize,
    pub end: usize,
    pub what: What,
}

/// The buffers [`pieces`] cuts a sentence with, kept from one sentence to the next so an
/// article's sentences share them instead of allocating their own.
#[derive(Debug, Default)]
pub struct Cutter {
    /// The pieces of the last sentence cut.
    out: Vec<Piece>,
    /// Per token, once asked: the words of its key in `word_keys` and whether it has a word no
    /// list knows (see [`unknown`]).
    keyed: Vec<Option<(usize, usize, bool)>>,
    word_keys: String,
    surface: String,
    phrase_key: String,
}

/// Cuts the tokens into pieces: the longest known phrase at each capitalised word, else words.
pub fn pieces<'c>(toks: &[Token], cutter: &'c mut Cutter) -> &'c [Piece] {
    let g = gazetteer();
    let Cutter { out, keyed, word_keys, surface, phrase_key } = cutter;
    out.clear();
    keyed.clear();
    keyed.resize(toks.len(), None);
    word_keys.clear();
    let mut i = 0;
    while i < toks.len() {
        let t = &toks[i];
        let mut found = None;
        let kind = word_kind(t);
        // A phrase never starts at "The": the name after it is found on its own.
        if t.capital && kind != What::Other {
            let mut end = i;
            // The phrase `toks[i..end]`, one word longer each round, and its key's words.
            surface.clear();
            phrase_key.clear();
            while end < toks.len() && end < i + g.max_words.max(4) {
                end += 1;
                let last = &toks[end - 1];
                let (from, to, strange) = *keyed[end - 1].get_or_insert_with(|| {
                    let from = word_keys.len();
                    push_word_key(last.text, word_keys);
                    let words = &word_keys[from..];
                    (from, word_keys.len(), unknown(words))
                });
                // A word no list knows: neither this phrase nor any longer one is anything
                // `classify` knows, so stop here (most names in a text are such words).
                if strange {
                    break;
                }
                if end > i + 1 {
                    surface.push(' ');
                }
                surface.push_str(last.text);
                if to > from {
                    if !phrase_key.is_empty() {
                        phrase_key.push(' ');
                    }
                    phrase_key.push_str(&word_keys[from..to]);
                }
                if last.capital {
                    if let Some(what) = classify(surface, key_of_words(phrase_key)) {
                        found = Some((end, what));
                    }
                }
                if last.breaks_after || last.hyphen_after {
                    break;
                }
            }
        }
        let (end, what) = found.unwrap_or((i + 1, kind));
        out.push(Piece { start: i, end, what });
        i = end;
    }
    // "Maria Santos", "Carlo Asuncion": a one-word city next to an unknown name is part of
    // the name (a country never is: "Zimbabwe President Ana Quispe").
    for k in 0..out.len() {
        let Piece { start, end, what: What::Known(entry) } = out[k] else { continue };
        if entry.known != Known::Place || entry.country || end != start + 1 {
            continue;
        }
        let joined_before = k > 0 && out[k - 1].what == What::Word && !toks[start - 1].breaks_after;
        let joined_after = out.get(k + 1).is_some_and(|n| n.what == What::Word)
            && !toks[start].breaks_after
            && !toks[start].hyphen_after;
        if joined_before || joined_after {
            out[k].what = What::Word;
        }
    }
    join_particles(toks, out);
    out
}

/// "Gerrie van der Merwe", "Luiz da Silva", "Copa del Rey": up to two lower-case particles
/// between two words of a name are words of the name.
fn join_particles(toks: &[Token], out: &mut [Piece]) {
    let particle = |p: &Piece| {
        let t = &toks[p.start];
        p.what == What::Other
            && p.end == p.start + 1
            && !t.breaks_after
            && !t.hyphen_after
            && t.text.chars().all(char::is_lowercase)
            && is(&words::NAME_PARTICLES, t.text)
    };
    let mut k = 1;
    while k < out.len() {
        let before = &out[k - 1];
        let named = before.what == What::Word && !toks[before.end - 1].breaks_after;
        let chain = out[k..].iter().take(3).take_while(|p| particle(p)).count().min(2);
        // A one-word city after the particles is a family name there ("da Serra").
        let name_after = out.get(k + chain).is_some_and(|p| match p.what {
            What::Word => true,
            What::Known(e) => e.known == Known::Place && !e.country && p.end == p.start + 1,
            _ => false,
        });
        if named && chain > 0 && name_after {
            for p in &mut out[k..=k + chain] {
                p.what = What::Word;
            }
            k += chain;
        }
        k += 1;
    }
}

/// The words `toks[from..to]` as one phrase.
pub fn phrase(toks: &[Token], from: usize, to: usize) -> String {
    // Joined straight into one string of the right size: no list of words in between.
    let words = &toks[from..to];
    let mut out = String::with_capacity(words.iter().map(|t| t.text.len() + 1).sum());
    for (k, t) in words.iter().enumerate() {
        if k > 0 {
            out.push(' ');
        }
        out.push_str(t.text);
    }
    out
}

/// What the phrase `surface`, whose [`key`] is `k`, is to the lists.
fn classify(surface: &str, k: &str) -> Option<What> {
    static NOT_ENTITIES: OnceLock<FastSet<String>> = OnceLock::new();
    let g = gazetteer();
    if let Some(entry) = g.find_keyed(surface, k) {
        return Some(What::Known(entry));
    }
    if g.is_role_keyed(k) || portfolio_role(surface) {
        return Some(What::Role);
    }
    if let Some(entry) = compound_demonym(surface) {
        return Some(What::Known(entry));
    }
    let not_entities =
        NOT_ENTITIES.get_or_init(|| words::NOT_ENTITIES.words().iter().map(|n| key(n)).collect());
    not_entities.contains(k).then_some(What::NotEntity)
}

/// Whether a token, given as the words of its key ([`push_word_key`]), has a word that is in no
/// known name, role, non-entity, portfolio or compass word (nor is one with an "s" added): no
/// phrase holding it is anything [`classify`] knows.
///
/// The set borrows the gazetteer's own key words (it lives as long as the process), so building
/// it on the first digest copies none of them; only a listed word whose key differs from how it
/// is written is owned.
fn unknown(words: &str) -> bool {
    static KNOWN_WORDS: OnceLock<FastSet<Cow<'static, str>>> = OnceLock::new();
    let known = KNOWN_WORDS.get_or_init(|| {
        // A compound demonym is a demonym with compass words ("South Asian", "North-Korean").
        let lists =
            [&words::NOT_ENTITIES, &words::PORTFOLIOS, &words::PORTFOLIO_OFFICES, &words::COMPASS];
        let mut known: FastSet<Cow<'static, str>> =
            gazetteer().key_words().map(Cow::Borrowed).collect();
        for n in lists.iter().flat_map(|l| l.words()) {
            let k = key(n);
            if k == *n {
                known.extend(n.split(' ').map(Cow::Borrowed));
            } else {
                known.extend(k.split(' ').map(|w| Cow::Owned(w.to_owned())));
            }
        }
        known.insert(Cow::Borrowed("the"));
        known
    });
    let has = |w: &str| known.contains(w) || w.strip_suffix('s').is_some_and(|s| known.contains(s));
    words.split(' ').any(|w| !w.is_empty() && !has(w))
}

/// "Communications Minister", "Shadow Health Secretary": a portfolio before an office.
fn portfolio_role(surface: &str) -> bool {
    let mut words = surface.split_whitespace();
    let Some(office) = words.next_back() else { return false };
    let mut portfolio = words.peekable();
    portfolio.peek().is_some()
        && is(&words::PORTFOLIO_OFFICES, office)
        && portfolio.all(|w| is(&words::PORTFOLIOS, w))
}

/// "South Asian", "African-American": a demonym with a compass word before it, or demonyms
/// joined by hyphens, is a demonym too.
fn compound_demonym(surface: &str) -> Option<Entry> {
    let g = gazetteer();
    let demonym = |w: &str| g.find(w).filter(|e| e.known == Known::Demonym);
    let mut words = surface.split_whitespace();
    match (words.next(), words.next(), words.next()) {
        (Some(compass), Some(rest), None) if is(&words::COMPASS, compass) => demonym(rest),
        (Some(one), None, _) if one.contains('-') => {
            let last = one.rsplit('-').next().and_then(demonym)?;
            one.split('-').all(|p| demonym(p).is_some() || is(&words::COMPASS, p)).then_some(last)
        }
        _ => None,
    }
}

fn word_kind(t: &Token) -> What {
    // Most words of prose are lower case: they are answered before their letters are counted.
    if !t.capital || t.shouted {
        return What::Other;
    }
    let letters = t.text.chars().filter(|c| c.is_alphanumeric()).count();
    if letters < 2 && !t.text.contains('.') {
        return What::Other;
    }
    let bare = t.text.trim_end_matches('.');
    // "Q3", "H1", "M2": a letter and a figure name a quarter, a half year or a model, unless
    // the gazetteer knows the code ("G7"). With more figures the code may name a group
    // ("G40", a party's faction).
    if code(bare) && gazetteer().find(bare).is_none() {
        return What::Other;
    }
    // Up to three lists asked about one word: it is looked up once.
    let lists = words::holding(bare);
    if lists.has(&words::HONORIFICS) {
        return What::Honorific;
    }
    // "I've", "Don't": a contraction of a function word.
    let stem = bare.split(['\'', '’']).next().unwrap_or(bare);
    let never = if stem.len() == bare.len() {
        lists.has(&words::NEVER_NAMES)
    } else {
        is(&words::NEVER_NAMES, stem)
    };
    // A function word in capitals ("AS", "THE") is a shouted word, not a name: asked only of
    // the function words, after the list.
    let shouting = || letters > 1 && t.is_capitals();
    if (never && !shouting())
        || bare.ends_with("n't")
        || bare.ends_with("n’t")
        || (bare.chars().filter(|c| c.is_uppercase()).count() >= 2
            && lists.has(&words::NOT_ACRONYMS))
    {
        return What::Other;
    }
    What::Word
}

/// Whether a word is one letter and one figure ("Q3", "H1").
fn code(word: &str) -> bool {
    let bytes = word.as_bytes();
    bytes.len() == 2 && bytes[0].is_ascii_alphabetic() && bytes[1].is_ascii_digit()
}

/// Whether piece `j` continues the run that piece `j - 1` is in.
pub fn joins(toks: &[Token], pieces: &[Piece], j: usize) -> bool {
    let prev = &pieces[j - 1];
    if toks[prev.end - 1].breaks_after || toks[prev.end - 1].hyphen_after {
        return false;
    }
    let t = &toks[pieces[j].start];
    match pieces[j].what {
        What::Other if ["and", "&"].contains(&t.text) => {
            // "Risk Reduction and Management Council": "and" inside a name that a head ends.
            let before_head = prev.what == What::Word
                && pieces.get(j + 1).is_some_and(|n| n.what == What::Word)
                && heads_ahead(toks, &pieces[j + 1..])
                && !head_behind(toks, &pieces[..j]);
            // "Committee on Trade and Industry": one more name word after the head's
            // connector, where the run ends.
            let in_tail = matches!(prev.what, What::Word | What::Known(_))
                && !t.breaks_after
                && connected_tail(toks, &pieces[..j]).is_some_and(|n| n < MAX_TAIL)
                && pieces.get(j + 1).is_some_and(|n| is_name(n.what))
                && pieces.get(j + 2).is_none_or(|n| {
                    n.what == What::Other || toks[pieces[j + 1].end - 1].breaks_after
                });
            before_head || in_tail
        }
        What::Other if is(&words::HEAD_CONNECTORS, t.text) => {
            // "University of Sheffield", "Centre for Study of Rare Diseases": a connector
            // after a head word or inside the name it heads, before a capital.
            let prev_text = phrase(toks, prev.start, prev.end);
            let after_head = (prev.what == What::Word && is(&words::ORG_HEADS, &prev_text))
                || (prev.what == What::Role && is(&words::OFFICES, &prev_text));
            // A company's suffix closes its name: "Acme Inc of Vess" names Acme in Vess.
            let closed = is(&words::COMPANY_SUFFIXES, prev_text.trim_end_matches('.'));
            let in_tail = matches!(prev.what, What::Word | What::Known(_))
                && connected_tail(toks, &pieces[..j]).is_some_and(|n| n < MAX_TAIL);
            (after_head || in_tail)
                && !closed
                && !t.breaks_after
                && name_follows(toks, pieces, j + 1)
        }
        // "Centre for the Study of ...": an article after a connector.
        What::Other if t.text == "the" => {
            prev.what == What::Other
                && is(&words::HEAD_CONNECTORS, toks[prev.start].text)
                && !t.breaks_after
                && pieces.get(j + 1).is_some_and(|n| n.what == What::Word)
        }
        What::Other => false,
        _ => true,
    }
}

/// Longest stretch, in words, of a name after its head's connector.
const MAX_TAIL: usize = 7;

fn is_name(what: What) -> bool {
    match what {
        What::Word => true,
        What::Known(e) => e.known != Known::Demonym,
        _ => false,
    }
}

/// Whether a name word (or "the" and a name word) starts at piece `k`.
fn name_follows(toks: &[Token], pieces: &[Piece], k: usize) -> bool {
    match pieces.get(k) {
        Some(p) if is_name(p.what) => true,
        Some(p) if p.what == What::Other && toks[p.start].text == "the" => {
            !toks[p.start].breaks_after && pieces.get(k + 1).is_some_and(|n| n.what == What::Word)
        }
        _ => false,
    }
}

/// Whether the words at the start of `pieces` run on, unbroken, to an organisation's head.
fn heads_ahead(toks: &[Token], pieces: &[Piece]) -> bool {
    for p in pieces {
        if p.what != What::Word {
            return false;
        }
        if is(&words::ORG_HEADS, toks[p.start].text) {
            return true;
        }
        if toks[p.end - 1].breaks_after {
            return false;
        }
    }
    false
}

/// Whether the name that ends `pieces` already has its head ("Institute of Technology and
/// Ohio State University" is two names).
fn head_behind(toks: &[Token], pieces: &[Piece]) -> bool {
    for (k, p) in pieces.iter().enumerate().rev() {
        if p.what == What::Word && is(&words::ORG_HEADS, toks[p.start].text) {
            return true;
        }
        let broken = k > 0 && toks[pieces[k - 1].end - 1].breaks_after;
        let stranger = p.what == What::Other && !is(&words::HEAD_CONNECTORS, toks[p.start].text);
        if broken || stranger || !matches!(p.what, What::Word | What::Known(_) | What::Other) {
            return false;
        }
    }
    false
}

/// How many words the name that ends `pieces` runs after its head, when it runs on from an
/// organisation's head through a connector ("Centre for Control of Rare Diseases"): `None`
/// when no such head is behind.
fn connected_tail(toks: &[Token], pieces: &[Piece]) -> Option<usize> {
    let mut connected = false;
    let mut words = 0;
    for (k, p) in pieces.iter().enumerate().rev() {
        let head = match p.what {
            What::Word => is(&words::ORG_HEADS, toks[p.start].text),
            What::Role => is(&words::OFFICES, &phrase(toks, p.start, p.end)),
            _ => false,
        };
        if head {
            return connected.then_some(words);
        }
        let broken = k > 0 && toks[pieces[k - 1].end - 1].breaks_after;
        let text = toks[p.start].text;
        match p.what {
            What::Other if is(&words::HEAD_CONNECTORS, text) => connected = true,
            What::Other if ["and", "&", "the"].contains(&text) => {}
            What::Word | What::Known(_) => {}
            _ => return None,
        }
        words += p.end - p.start;
        if broken {
            return None;
        }
    }
    None
}
