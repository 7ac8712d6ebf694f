//! A sentence cut into pieces for the recogniser: the longest phrase the gazetteer knows at
//! each capitalised word (a place, an organisation, a demonym, a role, a non-entity), else single
//! words; and the rule for which pieces join into one run of a name.

use std::collections::HashSet;
use std::sync::OnceLock;

use super::super::gazetteer::{Entry, Known, gazetteer, key};
use super::tokens::Token;
use super::words::{self, is};

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

/// Cuts the tokens into pieces: the longest known phrase at each capitalised word, else words.
pub fn pieces(toks: &[Token]) -> Vec<Piece> {
    let g = gazetteer();
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        let t = &toks[i];
        let mut found = None;
        // A phrase never starts at "The": the name after it is found on its own.
        if t.capital && word_kind(t) != What::Other {
            let mut end = i;
            while end < toks.len() && end < i + g.max_words.max(4) {
                end += 1;
                let last = &toks[end - 1];
                if last.capital {
                    let surface = phrase(toks, i, end);
                    if let Some(what) = classify(&surface) {
                        found = Some((end, what));
                    }
                }
                if last.breaks_after || last.hyphen_after {
                    break;
                }
            }
        }
        let (end, what) = found.unwrap_or_else(|| (i + 1, word_kind(t)));
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
    out
}

/// The words `toks[from..to]` as one phrase.
pub fn phrase(toks: &[Token], from: usize, to: usize) -> String {
    toks[from..to].iter().map(|t| t.text).collect::<Vec<_>>().join(" ")
}

fn classify(surface: &str) -> Option<What> {
    static NOT_ENTITIES: OnceLock<HashSet<String>> = OnceLock::new();
    let g = gazetteer();
    if let Some(entry) = g.find(surface) {
        return Some(What::Known(entry));
    }
    if g.is_role(surface) {
        return Some(What::Role);
    }
    let not_entities =
        NOT_ENTITIES.get_or_init(|| words::NOT_ENTITIES.iter().map(|n| key(n)).collect());
    not_entities.contains(&key(surface)).then_some(What::NotEntity)
}

fn word_kind(t: &Token) -> What {
    let letters = t.text.chars().filter(|c| c.is_alphanumeric()).count();
    if !t.capital || letters < 2 && !t.text.contains('.') {
        return What::Other;
    }
    let bare = t.text.trim_end_matches('.');
    if is(words::HONORIFICS, bare) {
        return What::Honorific;
    }
    // "I've", "Don't": a contraction of a function word.
    let stem = bare.split(['\'', '’']).next().unwrap_or(bare);
    let shouting = t.is_capitals() && letters > 1;
    if (!shouting && is(words::NEVER_NAMES, stem))
        || bare.ends_with("n't")
        || bare.ends_with("n’t")
        || (bare.chars().filter(|c| c.is_uppercase()).count() >= 2 && is(words::NOT_ACRONYMS, bare))
    {
        return What::Other;
    }
    What::Word
}

/// Whether piece `j` continues the run that piece `j - 1` is in.
pub fn joins(toks: &[Token], pieces: &[Piece], j: usize) -> bool {
    let prev = &pieces[j - 1];
    if toks[prev.end - 1].breaks_after || toks[prev.end - 1].hyphen_after {
        return false;
    }
    match pieces[j].what {
        What::Other if ["and", "&"].contains(&toks[pieces[j].start].text) => {
            // "Risk Reduction and Management Council": "and" inside a name that a head ends.
            prev.what == What::Word
                && pieces.get(j + 1).is_some_and(|n| n.what == What::Word)
                && heads_ahead(toks, &pieces[j + 1..])
                && !head_behind(toks, &pieces[..j])
        }
        What::Other => {
            // "University of Sheffield": a connector after a head word, before a capital.
            let t = &toks[pieces[j].start];
            prev.what == What::Word
                && is(words::ORG_HEADS, toks[prev.start].text)
                && is(words::HEAD_CONNECTORS, t.text)
                && !t.breaks_after
                && pieces.get(j + 1).is_some_and(|n| !matches!(n.what, What::Other))
        }
        _ => true,
    }
}

/// Whether the words at the start of `pieces` run on, unbroken, to an organisation's head.
fn heads_ahead(toks: &[Token], pieces: &[Piece]) -> bool {
    for p in pieces {
        if p.what != What::Word {
            return false;
        }
        if is(words::ORG_HEADS, toks[p.start].text) {
            return true;
        }
        if toks[p.end - 1].breaks_after {
            return false;
        }
    }
    false
}

/// Whether the name that ends `pieces` already has its head ("Institute of Technology and
/// Colorado State University" is two names).
fn head_behind(toks: &[Token], pieces: &[Piece]) -> bool {
    for (k, p) in pieces.iter().enumerate().rev() {
        if p.what == What::Word && is(words::ORG_HEADS, toks[p.start].text) {
            return true;
        }
        let broken = k > 0 && toks[pieces[k - 1].end - 1].breaks_after;
        let stranger = p.what == What::Other && !is(words::HEAD_CONNECTORS, toks[p.start].text);
        if broken || stranger || !matches!(p.what, What::Word | What::Known(_) | What::Other) {
            return false;
        }
    }
    false
}
