//! The tagger's vote over the rules' entities: one step after merging.
//!
//! The rules propose every name; the learned tagger ([`super::tagger`]) reads the same
//! sentences and says which words are names of which kind. Used alone it is no better than the
//! rules, but as a check on them it removes much of what is not a name (menu words, labels in
//! capitals, phrases that are merely capitalised) and corrects kinds. So:
//! - an entity the tagger sees as a person, place or organisation in none of its mentions is
//!   dropped, unless the rules have more than its shape for it: the gazetteer knows it, the
//!   text gives it a role or a cue ("Mr", "Ministry", "-based"; capitals alone are no cue, an
//!   acronym in running prose is one), it is the dateline's place or agency, or running prose
//!   names it in two or more capitalised words, in one of mixed case ("Zanu-PF") or twice. What is left to the tagger is what
//!   page chrome is made of: lone capitalised words and lines that are not prose (menus,
//!   labels, credits, lines of capitals);
//! - an entity with no more than its shape for it takes the kind most of its tagged mentions
//!   have, when that majority is clear; the gazetteer, a cue or a role is never overruled.
//!
//! Precision first: a name that is not a name costs the reader more than a missed one.

use super::recognise::{Candidate, Evidence};
use super::rows;
use super::tagger::{self, Tag, Tagger};
use super::{Entity, EntityKind};
use crate::engine::layout::byline::Dateline;
use crate::engine::text::span::Span;
use crate::engine::text::tokens as shared;

/// Longest run of words tagged at once: a sentence longer than this (a list, a pasted table
/// without stops) is tagged in pieces, so memory stays bounded on any input.
const MAX_WORDS: usize = 256;

/// A name the tagger found: where, and of which kind (`None`: a name the panel does not list).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Tagged {
    span: Span,
    kind: Option<EntityKind>,
}

/// What the rules had for a candidate besides its capitals, weakest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Support {
    /// Only its shape, or capitals the rules read as an acronym on a line that is not prose
    /// ("POLL", "STANDINGS" in a page's chrome).
    Shape,
    /// Two or more capitalised words in running prose ("as Tomas Varga came on") or in a cell
    /// of a table row inside the article (a leaderboard's "62 Tomas Varga"), one word
    /// of mixed case there ("the ruling Zanu-PF") or listed with a supported name ("Ontario,
    /// Velmora and Quebec"), or a name the prose uses twice: kept whatever the tagger says (it was trained on little news text
    /// and misses names it has never seen), but typed by it.
    Prose,
    /// The gazetteer knows the name.
    Known,
    /// A word around or inside it says what it is ("Mr", "Ministry", "-based"; an acronym in
    /// running prose; a side in a match, "Ardmore beat Vess"), the text gives it a role, it is the dateline's place or agency, or it is
    /// written in a script the tagger never learned (Cyrillic, Greek).
    Cue,
}

fn support(text: &str, rows: &[Span], c: &Candidate<'_>) -> Support {
    let shouted = || c.surface.chars().filter(|ch| ch.is_alphabetic()).all(char::is_uppercase);
    match c.evidence {
        _ if c.role.is_some() || c.team || other_cased_script(&c.surface) => Support::Cue,
        Evidence::Known => Support::Known,
        // A cue that gave no kind ("Critics said": a word that speaks) says only that the
        // rules took it for a name.
        Evidence::Cue if c.kind.is_some() && (!shouted() || in_prose(text, c.span)) => Support::Cue,
        _ if (c.words >= 2 || mixed_case(&c.surface))
            && (in_prose(text, c.span) || on_row(rows, c.span)) =>
        {
            Support::Prose
        }
        Evidence::Cue | Evidence::Shape => Support::Shape,
    }
}

/// Whether `span` lies on one of `rows` (the table rows the rules read, in text order).
fn on_row(rows: &[Span], span: Span) -> bool {
    let at = rows.partition_point(|r| r.end <= span.start);
    rows.get(at).is_some_and(|r| r.contains(span))
}

/// Whether every letter of the name is of a script with capitals other than Latin (Cyrillic,
/// Greek, Armenian...): the tagger learned from Latin letters only and has nothing to say of
/// "Елена Астахова", so the rules' reading stands.
fn other_cased_script(name: &str) -> bool {
    let mut letters = name.chars().filter(|c| c.is_alphabetic()).peekable();
    letters.peek().is_some()
        && letters.all(|c| {
            (c.is_uppercase() || c.is_lowercase())
                && !matches!(c, '\u{0}'..='\u{024f}' | '\u{1e00}'..='\u{1eff}')
        })
}

/// "Ontario, Velmora and Quebec": a name listed with a name the gazetteer or a cue supports
/// is read as running prose reads it (the rules gave it the kind of its list). `supported`
/// holds the candidates in text order.
fn listed_with_supported(text: &str, supported: &mut [(Span, Support)]) {
    let linked = |a: Span, b: Span| {
        text.get(a.end..b.start).is_some_and(|between| {
            matches!(between.trim(), "," | "and" | "or" | "&" | ", and" | ", or")
        })
    };
    for i in 0..supported.len() {
        if supported[i].1 != Support::Shape || !in_prose(text, supported[i].0) {
            continue;
        }
        let span = supported[i].0;
        let before = i.checked_sub(1).and_then(|j| supported.get(j));
        let after = supported.get(i + 1);
        let strong = |n: Option<&(Span, Support)>, before: bool| {
            n.is_some_and(|&(other, s)| {
                s >= Support::Known
                    && if before { linked(other, span) } else { linked(span, other) }
            })
        };
        if strong(before, true) || strong(after, false) {
            supported[i].1 = Support::Prose;
        }
    }
}

/// A capital after the first letter beside small letters ("Zanu-PF", "McAllister",
/// "DisMaria"): a shape no ordinary word has, unlike a capitalised word or one in capitals.
fn mixed_case(word: &str) -> bool {
    let mut letters = word.chars().filter(|c| c.is_alphabetic());
    letters.next().is_some()
        && word.chars().any(char::is_lowercase)
        && letters.any(char::is_uppercase)
}

/// Whether the line holding `span` is running prose: another word on it starts with a small
/// letter. An acronym in a sentence ("the CEC said") is one; a word in capitals on a line of
/// capitals, a label or a menu ("POLL", "UPDATED 3:45 PM", "STANDINGS") is not.
fn in_prose(text: &str, span: Span) -> bool {
    // Its line, read no further than `REACH` bytes each side: a line of megabytes (a
    // transcript with no break) would otherwise be read whole for every name on it.
    const REACH: usize = 256;
    let mut from = span.start.saturating_sub(REACH);
    while !text.is_char_boundary(from) {
        from -= 1;
    }
    let mut to = span.end.saturating_add(REACH).min(text.len());
    while !text.is_char_boundary(to) {
        to += 1;
    }
    let start =
        text.get(from..span.start).and_then(|t| t.rfind('\n')).map_or(from, |i| from + i + 1);
    let end = text.get(span.end..to).and_then(|t| t.find('\n')).map_or(to, |i| span.end + i);
    let small = |part: &str| {
        part.split_whitespace().any(|w| {
            w.trim_start_matches(|c: char| !c.is_alphanumeric()).starts_with(char::is_lowercase)
        })
    };
    text.get(start..span.start).is_some_and(small) || text.get(span.end..end).is_some_and(small)
}

/// Filters and types `entities` by the tagger's reading of `sentences` (the spans the rules
/// read). Leaves them as they are if the tagger's weights cannot be read.
pub(super) fn apply(
    text: &str,
    sentences: &[Span],
    rows: &[Span],
    candidates: &[Candidate<'_>],
    dateline: Option<&Dateline>,
    entities: &mut Vec<Entity>,
) {
    let Some(model) = tagger::model() else { return };
    let mut supported: Vec<(Span, Support)> =
        candidates.iter().map(|c| (c.span, support(text, rows, c))).collect();
    listed_with_supported(text, &mut supported);
    supported.retain(|&(_, s)| s > Support::Shape);
    if let Some(d) = dateline {
        supported.push((d.place, Support::Cue));
        supported.extend(d.agency.map(|a| (a, Support::Cue)));
    }
    supported.sort_unstable_by_key(|(s, _)| (s.start, s.end));
    let strongest: Vec<Support> =
        entities.iter().map(|entity| strongest(text, &supported, entity)).collect();
    // The tagger reads only the sentences where a name it may still drop or retype is
    // mentioned: its reading of any other sentence would change nothing (a third of the
    // engine's instructions went to tagging every sentence).
    let asked = entities
        .iter()
        .zip(&strongest)
        .filter(|&(_, &s)| s <= Support::Prose)
        .flat_map(|(entity, _)| entity.mentions.iter().map(|m| m.span));
    let tagged = tag_all(model, text, &sentences_holding(sentences, asked));
    let mut strongest = strongest.into_iter();
    entities.retain_mut(|entity| {
        let strongest = strongest.next().unwrap_or(Support::Shape);
        let votes = votes(&tagged, entity);
        if votes.iter().all(|&v| v == 0) {
            return strongest > Support::Shape;
        }
        // One vote on a lone word is too little to go on: the tagger reads a single unknown
        // word as often wrong as the rules do.
        let lone = votes.iter().sum::<u32>() < 2 && !entity.name.contains(' ');
        if let Some(kind) = winner(votes, entity.kind, strongest).filter(|_| !lone) {
            entity.kind = kind;
        }
        true
    });
}

/// Clears `needs_evidence` on the candidates of a list of names ([`rows::is_name_list`]) the
/// tagger reads as a name of two words or more with exactly their span: on a line that
/// capitalises every word ("Norland - Ida Fenn (21st minute), Tom Hale (65th)") capitals prove
/// nothing, but the tagger, which reads the words themselves, can. Only in a list: on other
/// lines in title case (bylines, credits, teasers, a product's name) the tagger's persons are
/// as often not the article's names. A lone word stays unproved: the tagger is as often wrong
/// on one unknown word as the rules are. `sentences` the spans the rules read.
pub(super) fn confirm(text: &str, sentences: &[Span], candidates: &mut [Candidate<'_>]) {
    let unproved = |c: &Candidate<'_>| c.needs_evidence && c.words >= 2;
    if !candidates.iter().any(unproved) {
        return;
    }
    let Some(model) = tagger::model() else { return };
    let asked = candidates.iter().filter(|c| unproved(c)).map(|c| c.span);
    let mut lists = sentences_holding(sentences, asked);
    lists.retain(|s| rows::is_name_list(s.of(text)));
    if lists.is_empty() {
        return;
    }
    let tagged = tag_all(model, text, &lists);
    for c in candidates.iter_mut().filter(|c| unproved(c)) {
        let at =
            tagged.partition_point(|t| (t.span.start, t.span.end) < (c.span.start, c.span.end));
        if tagged.get(at).is_some_and(|t| t.span == c.span && t.kind.is_some()) {
            c.needs_evidence = false;
        }
    }
}

/// The most the rules have for `entity` over all its mentions (`supported` in text order): a
/// role counts as a cue, and a name only its shape supports that running prose uses twice
/// counts as prose.
fn strongest(text: &str, supported: &[(Span, Support)], entity: &Entity) -> Support {
    let key = |s: Span| (s.start, s.end);
    let strongest = entity
        .mentions
        .iter()
        .filter_map(|m| {
            let at = supported.partition_point(|(s, _)| key(*s) < key(m.span));
            supported[at..].iter().take_while(|(s, _)| *s == m.span).map(|&(_, k)| k).max()
        })
        .max()
        .unwrap_or(Support::Shape);
    if !entity.roles.is_empty() {
        Support::Cue
    } else if strongest == Support::Shape
        && entity.mentions.iter().filter(|m| in_prose(text, m.span)).count() >= 2
    {
        Support::Prose
    } else {
        strongest
    }
}

/// The `sentences` (none overlapping another) that overlap any of `spans`, in text order.
fn sentences_holding(sentences: &[Span], spans: impl Iterator<Item = Span>) -> Vec<Span> {
    // The rows of a table are read after the sentences: put every span in text order first.
    let mut sentences = sentences.to_vec();
    sentences.sort_unstable_by_key(|s| (s.start, s.end));
    let mut holding = vec![false; sentences.len()];
    for span in spans {
        let from = sentences.partition_point(|s| s.end <= span.start);
        for (at, sentence) in sentences.iter().enumerate().skip(from) {
            if sentence.start >= span.end {
                break;
            }
            holding[at] = true;
        }
    }
    sentences.into_iter().zip(holding).filter(|&(_, held)| held).map(|(s, _)| s).collect()
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

/// The kind the votes give the entity, if they change it: for a name with only its shape, a
/// strict majority over every other kind. The gazetteer, a cue or a role is never overruled
/// (measured: a tagger trained on little news text calls a region an organisation more often
/// than it catches a club named after its city).
fn winner(votes: [u32; 3], current: EntityKind, support: Support) -> Option<EntityKind> {
    if support > Support::Prose {
        return None;
    }
    let kinds = [EntityKind::Person, EntityKind::Place, EntityKind::Org];
    let (best, &top) = votes.iter().enumerate().max_by_key(|&(k, v)| (*v, std::cmp::Reverse(k)))?;
    let clear = votes.iter().enumerate().all(|(k, &v)| k == best || v < top);
    let kind = kinds[best];
    (kind != current && clear).then_some(kind)
}

/// How many names the tagger finds in `sentences` (the benchmark's hook).
pub(super) fn tagged_count(text: &str, sentences: &[Span]) -> usize {
    tagger::model().map_or(0, |model| tag_all(model, text, sentences).len())
}

/// The names the tagger finds in every sentence, in text order.
fn tag_all(model: &tagger::Model, text: &str, sentences: &[Span]) -> Vec<Tagged> {
    let mut tagger = Tagger::default();
    let mut spans = Vec::new();
    let mut shared = Vec::new();
    let mut words: Vec<&str> = Vec::new();
    let mut tags = Vec::new();
    let mut out = Vec::new();
    for &sentence in sentences {
        view(text, sentence, &mut shared, &mut spans);
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

/// The words of a sentence as the tagger's training data has them: the whitespace-separated
/// runs of the shared tokens (`text/tokens.rs`, cut into `shared`), with quotes, brackets and
/// trailing punctuation standing apart and a possessive `'s` a word of its own; hyphens, inner
/// apostrophes and the full stops of "U.S." and of initials stay in the word.
fn view<'a>(
    text: &'a str,
    sentence: Span,
    shared: &mut Vec<shared::Token<'a>>,
    out: &mut Vec<Span>,
) {
    out.clear();
    shared.clear();
    shared::tokens_into(text, None, sentence, shared);
    for run in shared::runs(shared) {
        let start = run.start;
        let word = run.of(text);
        let mut lead = 0;
        for c in word.chars() {
            if !opening(c) || lead + c.len_utf8() >= word.len() {
                break;
            }
            out.push(Span::new(start + lead, start + lead + c.len_utf8()));
            lead += c.len_utf8();
        }
        let core = &word[lead..];
        // The marks closing the word, last first (rarely more than two).
        let mut tail = [Span::new(0, 0); 4];
        let mut marks = 0;
        let mut end = core.len();
        while let Some(c) = core[..end].chars().next_back() {
            if end == c.len_utf8() || !closing(c) || marks == tail.len() {
                break;
            }
            let stem = &core[..end - c.len_utf8()];
            if c == '.' && (stem.contains('.') || stem.chars().count() == 1) {
                break; // "U.S.", "K."
            }
            end -= c.len_utf8();
            tail[marks] = Span::new(start + lead + end, start + lead + end + c.len_utf8());
            marks += 1;
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
        out.extend(tail[..marks].iter().rev());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        let mut spans = Vec::new();
        view(text, Span::new(0, text.len()), &mut Vec::new(), &mut spans);
        spans.iter().map(|s| s.of(text)).collect()
    }

    /// `apply` tags only the sentences of names supported no more than by prose: that holds
    /// only while the vote never changes a name with more support.
    #[test]
    fn names_with_more_than_prose_for_them_are_never_retyped() {
        let kinds = [EntityKind::Person, EntityKind::Place, EntityKind::Org];
        for support in [Support::Known, Support::Cue] {
            for votes in [[0, 0, 3], [5, 0, 0], [0, 2, 1], [1, 1, 1]] {
                for current in kinds {
                    assert_eq!(winner(votes, current, support), None, "{support:?} {votes:?}");
                }
            }
        }
        assert_eq!(winner([0, 0, 3], EntityKind::Person, Support::Prose), Some(EntityKind::Org));
    }

    #[test]
    fn sentences_holding_spans() {
        let sentences = [Span::new(11, 20), Span::new(21, 30), Span::new(0, 10)];
        let rows: &[(&str, &[Span], &[Span])] = &[
            ("none", &[], &[]),
            ("inside one", &[Span::new(12, 15)], &[Span::new(11, 20)]),
            ("across two", &[Span::new(8, 12)], &[Span::new(0, 10), Span::new(11, 20)]),
            ("between", &[Span::new(10, 11)], &[]),
            ("twice in one", &[Span::new(22, 24), Span::new(25, 27)], &[Span::new(21, 30)]),
            ("out of order", &[Span::new(1, 2)], &[Span::new(0, 10)]),
        ];
        for (name, spans, expected) in rows {
            let got = sentences_holding(&sentences, spans.iter().copied());
            assert_eq!(&got, expected, "{name}");
        }
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
    fn acronyms_count_as_cues_only_in_prose() {
        let rows: &[(&str, &str, &str, bool)] = &[
            ("acronym in a sentence", "Yesterday the CEC said no.", "CEC", true),
            ("label on its own line", "Intro.\nPOLL\nMore text here.", "POLL", false),
            ("line of capitals", "UPDATED 3:45 PM\nthe rest", "UPDATED", false),
            ("prose after the name", "NCLAN measured ozone", "NCLAN", true),
        ];
        for (name, text, word, expected) in rows {
            let Some(start) = text.find(word) else { panic!("{name}: no {word}") };
            let span = Span::new(start, start + word.len());
            assert_eq!(in_prose(text, span), *expected, "{name}");
        }
    }

    /// What the vote does to the rules' entities of a whole (invented) article.
    #[test]
    fn the_vote_drops_chrome_and_keeps_names() {
        use crate::engine::{Options, digest};
        let text = "Council backs new harbour plan\n\nVELMORA BAY, March 3 - The council of \
            Velmora Bay voted on Monday to back a new harbour plan, its leader Mara Lindqvist \
            said.\n\nSTANDINGS\n\nThe plan was drawn up by Northvale Ports, a firm based in \
            Lisbon. Critics said the Harbour Trust had not been asked.\n\nPOLL\n\nLindqvist \
            said the work would start in May.\n";
        let d = digest(text, &Options::default());
        let kind_of = |name: &str| d.entities.iter().find(|e| e.name == name).map(|e| e.kind);
        let rows: &[(&str, &str, Option<EntityKind>)] = &[
            ("a label in capitals on a line of its own", "STANDINGS", None),
            ("another such label", "POLL", None),
            ("a word that only speaks, untagged", "Critics", None),
            ("a person named in prose", "Mara Lindqvist", Some(EntityKind::Person)),
            ("a place the gazetteer knows", "Lisbon", Some(EntityKind::Place)),
            ("a name with a head word", "Harbour Trust", Some(EntityKind::Org)),
            ("the dateline's place", "VELMORA BAY", Some(EntityKind::Place)),
        ];
        for (name, entity, expected) in rows {
            assert_eq!(kind_of(entity), *expected, "{name}: {:?}", d.entities);
        }
    }

    #[test]
    fn names_in_other_cased_scripts_are_left_to_the_rules() {
        let rows: &[(&str, bool)] = &[
            ("Елена Астахова", true),
            ("Αθήνα", true),
            ("Zoë Müller", false),
            ("東京", false),
            ("Sudioから", false),
        ];
        for (name, expected) in rows {
            assert_eq!(other_cased_script(name), *expected, "{name}");
        }
    }

    #[test]
    fn mixed_case_is_a_shape_of_names() {
        let rows: &[(&str, bool)] = &[
            ("Zanu-PF", true),
            ("McAllister", true),
            ("Subscribe", false),
            ("POLL", false),
            ("iPhone", true),
            ("well-known", false),
        ];
        for (word, expected) in rows {
            assert_eq!(mixed_case(word), *expected, "{word}");
        }
    }

    #[test]
    fn votes_change_a_kind_only_when_clear() {
        use EntityKind::{Org, Person, Place};
        use Support::{Cue, Known, Prose, Shape};
        let rows: &[(&str, [u32; 3], EntityKind, Support, Option<EntityKind>)] = &[
            ("agreeing votes change nothing", [3, 0, 0], Person, Shape, None),
            ("one vote retypes a name by shape", [0, 0, 1], Person, Shape, Some(Org)),
            ("a tie changes nothing", [1, 0, 1], Place, Shape, None),
            ("a clear majority wins", [0, 2, 1], Org, Shape, Some(Place)),
            ("a known name is never retyped", [0, 0, 4], Place, Known, None),
            ("a cue is never overruled", [0, 0, 5], Place, Cue, None),
            ("a name in prose is typed by the votes", [0, 0, 2], Person, Prose, Some(Org)),
        ];
        for (name, votes, current, support, expected) in rows {
            assert_eq!(winner(*votes, *current, *support), *expected, "{name}");
        }
    }
}
