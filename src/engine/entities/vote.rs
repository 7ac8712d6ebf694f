//! The tagger's vote over the rules' entities: one step after merging.
//!
//! The rules propose every name; the learned tagger ([`super::tagger`]) reads the same
//! sentences and says which words are names of which kind. Used alone it is no better than the
//! rules, but as a check on them it removes much of what is not a name (menu words, labels in
//! capitals, phrases that are merely capitalised) and corrects kinds. So:
//! - an entity the tagger sees as a person, place or organisation in none of its mentions is
//!   dropped, unless the rules have more than its shape for it: the gazetteer knows it, the
//!   text gives it a role or a cue ("Mr", "Ministry", "-based"; capitals alone are no cue), or
//!   it is the dateline's place or agency;
//! - each entity takes the kind most of its tagged mentions have, when that majority is clear
//!   (a name the gazetteer knows needs every tagged mention, and at least two, to change).
//!
//! Precision first: a name that is not a name costs the reader more than a missed one.

use super::super::byline::Dateline;
use super::super::span::Span;
use super::recognise::{Candidate, Evidence};
use super::tagger::{self, Tag, Tagger};
use super::{Entity, EntityKind};

/// Longest run of words tagged at once: a sentence longer than this (a list, a pasted table
/// without stops) is tagged in pieces, so memory stays bounded on any input.
const MAX_WORDS: usize = 256;

/// A name the tagger found: where, and of which kind (`None`: a name the panel does not list).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Tagged {
    span: Span,
    kind: Option<EntityKind>,
}

/// Filters and types `entities` by the tagger's reading of `sentences` (the spans the rules
/// read). Leaves them as they are if the tagger's weights cannot be read.
pub(super) fn apply(
    text: &str,
    sentences: &[Span],
    candidates: &[Candidate<'_>],
    dateline: Option<&Dateline>,
    entities: &mut Vec<Entity>,
) {
    let Some(model) = tagger::model() else { return };
    let tagged = tag_all(model, text, sentences);
    let mut protected: Vec<Span> =
        candidates.iter().filter(|c| is_protected(c)).map(|c| c.span).collect();
    if let Some(d) = dateline {
        protected.push(d.place);
        protected.extend(d.agency);
    }
    protected.sort_unstable_by_key(|s| (s.start, s.end));
    let known: Vec<Span> =
        candidates.iter().filter(|c| c.evidence == Evidence::Known).map(|c| c.span).collect();
    entities.retain_mut(|entity| {
        let votes = votes(&tagged, entity);
        let guarded = !entity.roles.is_empty()
            || entity.mentions.iter().any(|m| {
                protected
                    .binary_search_by_key(&(m.span.start, m.span.end), |s| (s.start, s.end))
                    .is_ok()
            });
        if votes.iter().all(|&v| v == 0) {
            return guarded;
        }
        if entity.roles.is_empty() {
            let is_known = entity.mentions.iter().any(|m| known.contains(&m.span));
            if let Some(kind) = winner(votes, entity.kind, is_known) {
                entity.kind = kind;
            }
        }
        true
    });
}

/// Whether the rules' own evidence for a candidate outweighs the tagger's silence: the
/// gazetteer knows it, the text gives it a role, or a word around or inside it says what it
/// is ("Mr", "Ministry", "-based"). A name in capitals is not protected by its capitals alone
/// (the rules read those as an acronym: "POLL", "STANDINGS" in a page's chrome), nor is a run
/// of capitalised words with nothing else for it.
fn is_protected(c: &Candidate<'_>) -> bool {
    let shouted = || c.surface.chars().filter(|ch| ch.is_alphabetic()).all(char::is_uppercase);
    match c.evidence {
        Evidence::Known => true,
        _ if c.role.is_some() => true,
        Evidence::Cue => !shouted(),
        Evidence::Shape => false,
    }
}

/// Votes per kind (person, place, org) of the tagged names over the entity's mentions.
fn votes(tagged: &[Tagged], entity: &Entity) -> [u32; 3] {
    let mut votes = [0u32; 3];
    for m in &entity.mentions {
        let from = tagged.partition_point(|t| t.span.end <= m.span.start);
        for t in tagged[from..].iter().take_while(|t| t.span.start < m.span.end) {
            if let Some(kind) = t.kind {
                votes[kind as usize] += 1;
            }
        }
    }
    votes
}

/// The kind the votes give the entity, if they change it: a strict majority over every other
/// kind; against a name the gazetteer knows, every vote and at least two.
fn winner(votes: [u32; 3], current: EntityKind, known: bool) -> Option<EntityKind> {
    let kinds = [EntityKind::Person, EntityKind::Place, EntityKind::Org];
    let (best, &top) = votes.iter().enumerate().max_by_key(|&(k, v)| (*v, std::cmp::Reverse(k)))?;
    let others: u32 = votes.iter().sum::<u32>() - top;
    let clear = votes.iter().enumerate().all(|(k, &v)| k == best || v < top);
    let kind = kinds[best];
    if kind == current || !clear {
        return None;
    }
    if known && (others > 0 || top < 2) {
        return None;
    }
    Some(kind)
}

/// How many names the tagger finds in `sentences` (the benchmark's hook).
pub(super) fn tagged_count(text: &str, sentences: &[Span]) -> usize {
    tagger::model().map_or(0, |model| tag_all(model, text, sentences).len())
}

/// The names the tagger finds in every sentence, in text order.
fn tag_all(model: &tagger::Model, text: &str, sentences: &[Span]) -> Vec<Tagged> {
    let mut tagger = Tagger::default();
    let mut spans = Vec::new();
    let mut words: Vec<&str> = Vec::new();
    let mut tags = Vec::new();
    let mut out = Vec::new();
    for &sentence in sentences {
        view(text, sentence, &mut spans);
        for chunk in spans.chunks(MAX_WORDS) {
            words.clear();
            words.extend(chunk.iter().map(|s| s.of(text)));
            tagger.tag(model, &words, &mut tags);
            let mut open: Option<Tagged> = None;
            for (&span, &tag) in chunk.iter().zip(&tags) {
                match (tag, open.as_mut()) {
                    (Tag::Inside(kind), Some(name)) if name.kind == kind => {
                        name.span.end = span.end
                    }
                    (Tag::Begin(kind) | Tag::Inside(kind), _) => {
                        out.extend(open.replace(Tagged { span, kind }));
                    }
                    (Tag::Outside, _) => out.extend(open.take()),
                }
            }
            out.extend(open);
        }
    }
    out.sort_by_key(|t| (t.span.start, t.span.end));
    out
}

/// Marks that open a word and stand as words of their own, as in the tagger's training data.
fn opening(c: char) -> bool {
    matches!(c, '"' | '\'' | '“' | '‘' | '(' | '[' | '{' | '«')
}

/// Marks that close a word and stand as words of their own.
fn closing(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '”' | '’' | ')' | ']' | '}' | '»' | ',' | '.' | ';' | ':' | '!' | '?' | '…'
    )
}

/// The words of a sentence as the tagger's training data has them: split at spaces, quotes,
/// brackets and trailing punctuation stand apart, a possessive `'s` is a word of its own;
/// hyphens, inner apostrophes and the full stops of "U.S." and of initials stay in the word.
/// (A view of the sentence's own; the engine's shared token stream can replace it.)
fn view(text: &str, sentence: Span, out: &mut Vec<Span>) {
    out.clear();
    let body = sentence.of(text);
    let mut at = 0;
    for chunk in body.split_inclusive(char::is_whitespace) {
        let start = sentence.start + at;
        at += chunk.len();
        let word = chunk.trim_end_matches(char::is_whitespace);
        let mut lead = 0;
        for c in word.chars() {
            if !opening(c) || lead + c.len_utf8() >= word.len() {
                break;
            }
            out.push(Span::new(start + lead, start + lead + c.len_utf8()));
            lead += c.len_utf8();
        }
        let core = &word[lead..];
        let mut tail: Vec<Span> = Vec::new();
        let mut end = core.len();
        while let Some(c) = core[..end].chars().next_back() {
            if end == c.len_utf8() || !closing(c) {
                break;
            }
            let stem = &core[..end - c.len_utf8()];
            if c == '.' && (stem.contains('.') || stem.chars().count() == 1) {
                break; // "U.S.", "K."
            }
            end -= c.len_utf8();
            tail.push(Span::new(start + lead + end, start + lead + end + c.len_utf8()));
        }
        let stem = &core[..end];
        let possessive =
            ["'s", "’s", "'S", "’S"].iter().find(|p| stem.len() > p.len() && stem.ends_with(*p));
        let base = start + lead;
        match possessive {
            Some(p) => {
                out.push(Span::new(base, base + end - p.len()));
                out.push(Span::new(base + end - p.len(), base + end));
            }
            None if end > 0 => out.push(Span::new(base, base + end)),
            None => {}
        }
        out.extend(tail.into_iter().rev());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        let mut spans = Vec::new();
        view(text, Span::new(0, text.len()), &mut spans);
        spans.iter().map(|s| s.of(text)).collect()
    }

    #[test]
    fn the_view_splits_as_the_training_data_does() {
        let rows: &[(&str, &str, &[&str])] = &[
            ("plain words", "Ana met Bo", &["Ana", "met", "Bo"]),
            (
                "trailing stop and comma",
                "in Lima, then Oslo.",
                &["in", "Lima", ",", "then", "Oslo", "."],
            ),
            (
                "quotes and brackets",
                "\"Yes,\" (Reuters)",
                &["\"", "Yes", ",", "\"", "(", "Reuters", ")"],
            ),
            ("possessive", "Kim Jong-un's envoy", &["Kim", "Jong-un", "'s", "envoy"]),
            ("curly possessive", "People’s Bank", &["People", "’s", "Bank"]),
            (
                "initials and dotted names",
                "Priya N. Raman of the U.S.",
                &["Priya", "N.", "Raman", "of", "the", "U.S."],
            ),
            ("inner apostrophe", "O'Neill left", &["O'Neill", "left"]),
            ("a lone mark", "wait - no", &["wait", "-", "no"]),
        ];
        for (name, text, expected) in rows {
            assert_eq!(&words(text), expected, "{name}");
        }
    }

    #[test]
    fn votes_change_a_kind_only_when_clear() {
        use EntityKind::{Org, Person, Place};
        let rows: &[(&str, [u32; 3], EntityKind, bool, Option<EntityKind>)] = &[
            ("agreeing votes change nothing", [3, 0, 0], Person, false, None),
            ("one vote retypes a name by shape", [0, 0, 1], Person, false, Some(Org)),
            ("a tie changes nothing", [1, 0, 1], Place, false, None),
            ("a clear majority wins", [0, 2, 1], Org, false, Some(Place)),
            ("a known name needs two votes", [0, 0, 1], Place, true, None),
            ("a known name needs every vote", [0, 1, 2], Place, true, None),
            ("a known name yields to a unanimous tagger", [0, 0, 2], Place, true, Some(Org)),
        ];
        for (name, votes, current, known, expected) in rows {
            assert_eq!(winner(*votes, *current, *known), *expected, "{name}");
        }
    }
}
