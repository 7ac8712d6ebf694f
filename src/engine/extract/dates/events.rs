//! The event a date is attached to: the clause around it, without the date itself, trimmed
//! to a phrase a timeline can show ("Usenov flew to Moscow to discuss the vote").

use super::recognise::Found;
use super::tokens::Token;

/// Longest phrase shown, in words; a longer clause is cut at a word and marked with "…".
const MAX_WORDS: usize = 14;

/// Words that open a clause without belonging to the event ("..., and he flew").
const OPENERS: &[&str] =
    &["and", "but", "while", "as", "which", "who", "that", "when", "so", "then", "or", "although"];

/// Words that introduce a date and go with it ("on Monday", "in 2005").
const DATE_PREPOSITIONS: &[&str] =
    &["on", "in", "from", "since", "by", "at", "during", "until", "till", "of", "as", "for"];

/// Words a cut phrase should not end on.
const DANGLING: &[&str] = &[
    "the", "a", "an", "of", "to", "in", "and", "with", "for", "his", "her", "its", "their", "on",
    "at", "by", "from", "that", "but", "or", "as",
];

fn is_barrier(toks: &[Token<'_>], k: usize) -> bool {
    let t = &toks[k];
    match t.text {
        // "$38,373" and "10:30" hold marks that separate nothing
        "," | ":" if t.glued && toks.get(k + 1).is_some_and(|n| n.glued && n.is_number()) => false,
        "," | ";" | ":" | "(" | ")" | "—" | "–" | "\"" | "“" | "”" | "[" | "]" => true,
        // a spaced hyphen is a dash: "BISHKEK, July 27 (Reuters) - Kyrgyzstan's ..."
        "-" => !t.glued && !toks.get(k + 1).is_some_and(|n| n.glued),
        _ => false,
    }
}

/// How far, in tokens, a clause is looked for on either side of a date. A phrase shows at most
/// [`MAX_WORDS`] words, so a clause longer than this is cut here rather than searched to its
/// end: a sentence of a thousand words without a comma, holding a date every few words, would
/// otherwise be read whole for each date (quadratic time).
const MAX_CLAUSE_TOKENS: usize = 64;

/// The clause holding tokens `start..end`: from the barrier before to the barrier after, each
/// at most [`MAX_CLAUSE_TOKENS`] away.
fn clause(toks: &[Token<'_>], start: usize, end: usize) -> (usize, usize) {
    let floor = start.saturating_sub(MAX_CLAUSE_TOKENS);
    let first = (floor..start).rev().find(|&k| is_barrier(toks, k)).map_or(floor, |k| k + 1);
    let ceiling = end.saturating_add(MAX_CLAUSE_TOKENS).min(toks.len());
    let last = (end.min(ceiling)..ceiling).find(|&k| is_barrier(toks, k)).unwrap_or(ceiling);
    (first, last)
}

/// Which tokens the phrase keeps: those in a marked clause, but neither the date itself nor the
/// preposition that introduces it. (Only the marked stretch is ever looked at, so a sentence
/// holding thousands of dates costs each of them its clause, not the whole sentence.)
struct Kept {
    marked: Vec<(usize, usize)>,
    found: (usize, usize),
    preposition: Option<usize>,
}

impl Kept {
    fn has(&self, k: usize) -> bool {
        self.marked.iter().any(|&(from, to)| (from..to).contains(&k))
            && !(self.found.0..self.found.1).contains(&k)
            && self.preposition != Some(k)
    }

    /// The stretch of tokens the marked clauses cover.
    fn range(&self) -> std::ops::Range<usize> {
        let from = self.marked.iter().map(|m| m.0).min().unwrap_or(0);
        let to = self.marked.iter().map(|m| m.1).max().unwrap_or(0);
        from..to
    }

    /// The tokens that may be kept, in order.
    fn indices(&self) -> impl Iterator<Item = usize> + '_ {
        self.range().filter(|&k| self.has(k))
    }
}

fn word_count(toks: &[Token<'_>], keep: &Kept) -> usize {
    keep.indices().filter(|&k| toks[k].is_word()).count()
}

/// The event phrase for `found` in a sentence of `text` with tokens `toks`.
pub fn event_phrase(text: &str, toks: &[Token<'_>], found: &Found) -> Option<String> {
    if found.end > toks.len() || found.start >= found.end {
        return None;
    }
    let (mut first, mut last) = clause(toks, found.start, found.end);
    // "last week's disputed election", "Tuesday night's coup": the event is what follows
    let mut after = found.end;
    if toks.get(after).is_some_and(|t| t.is_any(&["night", "morning", "afternoon", "evening"])) {
        after += 1;
    }
    let possessive = toks.get(after).is_some_and(|t| t.glued && (t.text == "'" || t.text == "’"))
        && toks.get(after + 1).is_some_and(|t| t.glued && t.is("s"));
    if possessive {
        first = after + 2;
    }
    // the preposition that introduces the date goes with it
    let preposition = (found.start > 0 && toks[found.start - 1].is_any(DATE_PREPOSITIONS))
        .then(|| found.start - 1);
    let mut keep = Kept { marked: Vec::new(), found: (found.start, found.end), preposition };
    let mark = |keep: &mut Kept, from: usize, to: usize| {
        keep.marked.push((from, to.min(toks.len())));
    };
    mark(&mut keep, first, last);
    // a clause that is little more than the date ("On July 27,") takes the next one along
    for _ in 0..2 {
        if word_count(toks, &keep) >= 3 || possessive {
            break;
        }
        if last < toks.len() {
            last = clause(toks, last + 1, last + 1).1;
        } else if first > 0 {
            first = clause(toks, first - 1, first - 1).0;
        } else {
            break;
        }
        mark(&mut keep, first, last);
    }
    phrase(text, toks, &keep)
}

/// The kept tokens as text: runs copied from the sentence, joined by single spaces.
fn phrase(text: &str, toks: &[Token<'_>], keep: &Kept) -> Option<String> {
    // Sized for the whole stretch at once: collected through a filter, the list would grow
    // (and be copied) step by step for every date of the article.
    let mut kept: Vec<usize> = Vec::with_capacity(keep.range().len());
    kept.extend(keep.indices().skip_while(|&k| !toks[k].is_word() || toks[k].is_any(OPENERS)));
    let mut words = 0;
    let mut cut = false;
    let mut end = kept.len();
    for (n, &k) in kept.iter().enumerate() {
        if toks[k].is_word() {
            words += 1;
            if words > MAX_WORDS {
                end = n;
                cut = true;
                break;
            }
        }
    }
    kept.truncate(end);
    while kept.last().is_some_and(|&k| !toks[k].is_word() || (cut && toks[k].is_any(DANGLING))) {
        kept.pop();
    }
    let (&first, &last) = (kept.first()?, kept.last()?);
    // Never longer than the stretch it is copied from, and its "…".
    let room = toks[last].span.end.saturating_sub(toks[first].span.start) + '…'.len_utf8();
    let mut out = String::with_capacity(room);
    let mut run_start = first;
    let mut prev = first;
    for &k in kept.iter().skip(1).chain(std::iter::once(&usize::MAX)) {
        if k != prev + 1 {
            let piece = text.get(toks[run_start].span.start..toks[prev].span.end).unwrap_or("");
            if !out.is_empty() {
                out.push(' ');
            }
            // Runs of whitespace inside the piece become single spaces, without a list of words.
            for (n, word) in piece.split_whitespace().enumerate() {
                if n > 0 {
                    out.push(' ');
                }
                out.push_str(word);
            }
            run_start = k;
        }
        prev = k;
    }
    if cut {
        out.push('…');
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::extract::dates::recognise::recognise;
    use crate::engine::extract::dates::tokens::tokens;
    use crate::engine::text::span::Span;

    #[test]
    fn the_clause_around_the_date() {
        let cases: &[(&str, &str, Option<&str>)] = &[
            (
                "leading date clause",
                "On July 27, Atambaev flew to Moscow to discuss the vote.",
                Some("Atambaev flew to Moscow to discuss the vote"),
            ),
            ("date inside the clause", "He flew to Moscow on Monday.", Some("He flew to Moscow")),
            (
                "possessive",
                "He fled after last week's disputed election.",
                Some("disputed election"),
            ),
            (
                "possessive with night",
                "Homes were attacked in Tuesday night's coup, a source said.",
                Some("coup"),
            ),
            (
                "after a dash",
                "BISHKEK, July 27 (Reuters) - The leader flew to Moscow on Monday.",
                Some("The leader flew to Moscow"),
            ),
            (
                "long clause is cut",
                "In 2005, violent protests toppled its previous president and brought the current leader to power in a matter of days.",
                Some(
                    "violent protests toppled its previous president and brought the current leader to power…",
                ),
            ),
        ];
        for (name, sentence, expected) in cases {
            let toks = tokens(sentence, Span::new(0, sentence.len()));
            let found = recognise(&toks);
            let last = found.last().expect("a date in the row");
            assert_eq!(event_phrase(sentence, &toks, last).as_deref(), *expected, "{name}");
        }
    }
}
