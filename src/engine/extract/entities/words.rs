//! Closed classes of English words the recogniser reasons with: the words that head an
//! organisation's or a place's name, words that open sentences, honorifics. Grammar, not
//! world knowledge: the names of things live in the gazetteer. The lists are data files
//! (`src/engine/lexicon/entities/`, read by [`crate::engine::lexicon`]).

pub use crate::engine::lexicon::{
    CLUB_LEADS, CLUB_TAILS, COMPANY_SUFFIXES, COMPASS, EVENT_LEADS, FORCES, HEAD_CONNECTORS,
    HONORIFICS, HYPHEN_PARTICLES, HYPHEN_TAILS, Lexicon as List, MATCH_VERBS, MODIFIED_NOUNS,
    NAME_ABBREVIATIONS, NAME_PARTICLES, NEVER_NAMES, NOT_ACRONYMS, NOT_ENTITIES, OFFICES, ORG_CUES,
    ORG_HEADS, ORG_NOUNS, ORG_PLURALS, ORG_TAILS, PLACE_HEADS, PLACE_NOUNS, PLACE_OF, PLACE_TAILS,
    PORTFOLIO_OFFICES, PORTFOLIOS, POSSESSIVE_NAME_WORDS, THING_HEADS, THING_TAILS, WORKS_FOR,
    holding,
};

/// Whether `word` (any case) is in `list`.
pub fn is(list: &List, word: &str) -> bool {
    list.has(word)
}
