//! The summary card: a one-line gist and the few body sentences that carry the story.
//!
//! News puts the story first, so the lead is a strong baseline (Lead-3 beats many learned
//! systems; measured on CNN/DailyMail in `docs/suites/summary.md`): the card is the lead, read
//! in order within a word budget a reader takes in at a glance. A lead seat after the first
//! gives way only on evidence: a later sentence that holds more of the headline's words and is
//! clearly stronger by centrality (TextRank over content-word similarity) and topic weight
//! (the headline's words, names and numbers that recur). Sentences shaped like photo captions
//! and credits, run-ons, and near-duplicates of a seated sentence never sit on the card. Work
//! is bounded: only the first [`MAX_CANDIDATES`] body sentences are read, so a megabyte paste
//! costs what a long article does.

use std::borrow::Cow;
use std::collections::hash_map::Entry;

use serde::{Deserialize, Serialize};

use super::stories;
use crate::engine::layout::article::Article;
use crate::engine::layout::blocks::BlockKind;
use crate::engine::lexicon::{CAPTION_MARKERS, DETAIL_OPENERS, SEAM_OPENERS, STOPWORDS};
use crate::engine::order;
use crate::engine::text::ascii;
use crate::engine::text::fasthash::FastMap;
use crate::engine::text::span::Span;
use crate::engine::text::tokens;

/// Body sentences read for the summary; later ones are never central to a news story's gist.
const MAX_CANDIDATES: usize = 160;
/// Content words kept per sentence, so one run-on "sentence" cannot cost more than others.
const MAX_TERMS: usize = 48;
/// Distinct words the vocabulary has room for before it grows: those of a short article.
const VOCABULARY: usize = 256;
/// Above this content-word similarity two sentences say the same thing.
const NEAR_DUPLICATE: f64 = 0.5;
/// The words a summary card aims at: what a reader takes in at a glance, and about the length
/// of the highlights news sites write (CNN/DailyMail's average 47–56 words).
const SUMMARY_WORDS: usize = 70;
/// Seats on the card: two at least when the body has two sentences, never more than four.
const MIN_SEATS: usize = 2;
const MAX_SEATS: usize = 4;
/// How much stronger (centrality and topic words) a later sentence must be to take a lead
/// sentence's seat, besides holding more of the headline's words: news puts the story first,
/// so the lead wins ties and near-ties. (On CNN/DailyMail, whose texts have no headline, any
/// swap on centrality alone cost ROUGE: 1.3 lost 2 R-1 points, 2.0 lost 0.5.)
const REPLACE: f64 = 1.5;
/// A "sentence" longer than this is a run-on: in a text paste, most often a photo caption
/// glued to the sentence after it, unreadable on a card. The first sentence is exempt (a long
/// lead is still the lead).
const RUN_ON: usize = 60;
/// A gist longer than this is cut at a word boundary.
const GIST_WORDS: usize = 24;

/// Where the one-line gist came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum GistSource {
    Headline,
    /// The first body sentence, trimmed of its dateline and trailing clauses.
    Lead,
}

/// "What happened" in one line.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Gist {
    /// The line as shown: cleaned, whitespace collapsed, no final full stop.
    pub text: String,
    /// The headline or sentence it was cut from, so a click can go there.
    pub span: Span,
    pub source: GistSource,
}

/// The story in a few lines.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Summary {
    pub gist: Option<Gist>,
    /// Indices into [`Digest::sentences`](crate::engine::Digest::sentences), in reading order:
    /// 2–4 when the body has that many.
    pub sentences: Vec<usize>,
    /// How strongly each chosen sentence carries the story, per mille; aligned with `sentences`.
    pub scores: Vec<u16>,
    /// The piece is a round-up of separate stories (`stories::second_story`): `sentences` are
    /// its first story's, and the card says so.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub round_up: bool,
}

/// One candidate sentence, read once.
struct Candidate {
    index: usize,
    /// Term ids, sorted and unique.
    terms: Vec<usize>,
    /// Length of the weighted term vector, set once the weights are known.
    norm: f64,
    words: usize,
    /// Opens with a quote mark: a voice, not the narrator; weaker as a summary line.
    quoted: bool,
    /// Shaped like a photo caption or credit ([`caption_shaped`]), or an item of a list (a fact
    /// box, a list of links or results): never a summary line.
    caption: bool,
}

impl Candidate {
    /// Whether the sentence may sit on the card. `strict` asks for a readable body sentence
    /// (no caption, five words or more, no run-on but the `first`); without it, anything goes,
    /// for a text with nothing better.
    fn usable(&self, first: bool, strict: bool) -> bool {
        !strict || !self.caption && self.words >= 5 && (first || self.words <= RUN_ON)
    }
}

/// Whether a sentence has a caption's shape: a photo or credit marker, or no closing
/// punctuation (a caption, credit or fact-box line ends without a full stop). Closing quote
/// marks and brackets do not close a sentence themselves: a caption naming a film or a book
/// ends with one ("... as Harry in \"The Last Term\"") and no full stop.
fn caption_shaped(body: &str, lowered: &str) -> bool {
    let end = body.trim_end().trim_end_matches(['"', '\'', '”', '’', '»', ')', ']']);
    let closed = end.ends_with(['.', '!', '?', '…']);
    !closed || CAPTION_MARKERS.words().iter().any(|m| lowered.contains(m)) || glued(body)
}

/// Whether a sentence holds a seam where a caption without its full stop runs into the body
/// sentence after it ("... on Tuesday night The former Arsenal man ..."): a word of
/// [`SEAM_OPENERS`] capitalised right after a word that ends without punctuation, followed by a
/// lowercase word. The segmenter cuts there, except inside a quotation.
fn glued(body: &str) -> bool {
    let words: Vec<&str> = body.split(' ').collect();
    words.windows(3).any(|w| {
        let before =
            w[0].chars().next_back().is_some_and(|c| c.is_lowercase() || c.is_ascii_digit());
        let after = w[2].chars().next().is_some_and(char::is_lowercase);
        before && after && SEAM_OPENERS.has_as_written(w[1])
    })
}

/// The summary of an article. An ASCII word's term is a slice of the article's lowered text.
pub fn read(article: &Article<'_>) -> Summary {
    let (text, lower) = (article.text(), article.lower());
    let gist = gist(article, text);
    // A round-up's first story: the sentences before its second.
    let second = stories::second_story(article);
    let first_story = |&(index, _): &(usize, _)| second.is_none_or(|s| index < s);
    let mut vocabulary = Vocabulary::default();
    let mut boosted: Vec<bool> = Vec::new(); // names and numbers, by term id
    let mut candidates = Vec::new();
    let mut tokens = Vec::new();
    for (index, sentence) in article.body_sentences().take_while(first_story).take(MAX_CANDIDATES) {
        let body = sentence.span.of(text);
        tokens.clear();
        tokens::tokens_into(text, Some(lower), sentence.span, &mut tokens);
        // The same words, lowered: ASCII lowering moves no boundary.
        let lowered = lower.get(sentence.span.start..sentence.span.end);
        let mut terms = Vec::with_capacity(MAX_TERMS);
        let mut words = 0;
        for span in tokens::words(&tokens) {
            let at = span.start - sentence.span.start..span.end - sentence.span.start;
            let word = &body[at.clone()];
            words += 1;
            let next = u32::try_from(boosted.len()).unwrap_or(u32::MAX);
            let Some(id) = vocabulary.verdict(word, lowered.and_then(|l| l.get(at)), next) else {
                continue;
            };
            if id as usize == boosted.len() {
                boosted.push(false);
            }
            let starts_upper = word.chars().next().is_some_and(char::is_uppercase);
            if let Some(flag) = boosted.get_mut(id as usize) {
                *flag |= starts_upper && words > 1 || word.bytes().any(|b| b.is_ascii_digit());
            }
            if terms.len() < MAX_TERMS {
                terms.push(id as usize);
            }
        }
        order::sort_indices(&mut terms);
        let quoted = body.starts_with(['"', '“', '«', '\'', '‘']);
        let listed = article
            .paragraphs
            .get(sentence.paragraph)
            .is_some_and(|p| matches!(p.kind, BlockKind::ListItem { .. }));
        let caption = listed
            || match lowered {
                Some(lowered) => caption_shaped(body, lowered),
                None => caption_shaped(body, &body.to_lowercase()),
            };
        candidates.push(Candidate { index, terms, norm: 0.0, words, quoted, caption });
    }
    if candidates.is_empty() {
        return Summary { gist, round_up: second.is_some(), ..Summary::default() };
    }
    let headline_terms = headline_terms(article, text, &vocabulary);
    let weights = term_weights(&candidates, boosted.len(), &boosted, &headline_terms);
    // Each term's squared weight, once: every pair of sentences sums them.
    let squares: Vec<f64> = weights.iter().map(|w| w.powi(2)).collect();
    for c in &mut candidates {
        c.norm = c.terms.iter().map(|&t| squares[t]).sum::<f64>().sqrt();
    }
    let centrality = text_rank(&candidates, &squares);
    let topic = topic_scores(&candidates, &weights);
    // How strongly a sentence carries the story, wherever it stands: the evidence a later
    // sentence needs to take a lead sentence's seat.
    let evidence: Vec<f64> = candidates
        .iter()
        .enumerate()
        .map(|(rank, c)| {
            let mut score = 0.5 * centrality[rank] + 0.5 * topic[rank];
            if c.quoted {
                score *= 0.6;
            }
            if c.words < 10 {
                score *= 0.5;
            }
            score
        })
        .collect();
    let covered = headline_cover(&candidates, &headline_terms);
    let chosen = choose(&candidates, &evidence, &covered, &squares);
    let scores: Vec<f64> = evidence
        .iter()
        .enumerate()
        .map(|(rank, e)| 0.75 * e + 0.25 / (1.0 + rank as f64 / 4.0))
        .collect();
    let top = chosen.iter().map(|&i| scores[i]).fold(f64::MIN_POSITIVE, f64::max);
    let mut picked: Vec<(usize, u16)> = chosen
        .iter()
        .map(|&i| {
            (candidates[i].index, (scores[i] / top * 1000.0).round().clamp(0.0, 1000.0) as u16)
        })
        .collect();
    order::sort_by_key(&mut picked, |&(index, score)| (index, usize::from(score)));
    Summary {
        gist,
        sentences: picked.iter().map(|p| p.0).collect(),
        scores: picked.iter().map(|p| p.1).collect(),
        round_up: second.is_some(),
    }
}

/// Every word's key ([`key`]) with its verdict: its term id when it is a content word, else
/// none. One lookup per word of every candidate sentence: a key of at most fifteen bytes,
/// nearly every one, is packed into a number, hashed and compared in a few instructions; the
/// others are kept as strings.
struct Vocabulary<'a> {
    packed: FastMap<u128, Option<u32>>,
    other: FastMap<Cow<'a, str>, Option<u32>>,
}

impl Default for Vocabulary<'_> {
    fn default() -> Self {
        // Sized at once for the words of a short article: growing it from nothing rehashed it
        // again and again, at a cost above that of all the lookups.
        Vocabulary {
            packed: FastMap::with_capacity_and_hasher(VOCABULARY, Default::default()),
            other: FastMap::default(),
        }
    }
}

impl<'a> Vocabulary<'a> {
    /// The verdict on `word` (`lowered` as [`key`] takes it): a word met before brings it
    /// with it; a new one gets the term id `next` if it carries meaning.
    fn verdict(&mut self, word: &str, lowered: Option<&'a str>, next: u32) -> Option<u32> {
        let key = key(word, lowered);
        if let Some(packed) = ascii::pack15(key.as_bytes()) {
            return *self
                .packed
                .entry(packed)
                .or_insert_with(|| (long_enough(&key) && !STOPWORDS.has(&key)).then_some(next));
        }
        match self.other.entry(key) {
            Entry::Occupied(seen) => *seen.get(),
            Entry::Vacant(new) => {
                let id = is_content(new.key()).then_some(next);
                *new.insert(id)
            }
        }
    }

    /// The term id of a key, if it is a content word met before.
    fn term(&self, key: &str) -> Option<u32> {
        match ascii::pack15(key.as_bytes()) {
            Some(packed) => self.packed.get(&packed).copied().flatten(),
            None => self.other.get(key).copied().flatten(),
        }
    }
}

/// The lowercased content word, or None for a stopword or a fragment too short to mean much.
/// `lowered` is the word through [`str::to_ascii_lowercase`], when the caller has it: an ASCII
/// word's term is then borrowed from it, not made.
fn term<'a>(word: &str, lowered: Option<&'a str>) -> Option<Cow<'a, str>> {
    Some(key(word, lowered)).filter(|lower| is_content(lower))
}

/// The word lowered, without a final "'s". `lowered` is the word through
/// [`str::to_ascii_lowercase`], when the caller has it: an ASCII word's key is then borrowed
/// from it, not made.
fn key<'a>(word: &str, lowered: Option<&'a str>) -> Cow<'a, str> {
    let strip = |lower: &str| -> usize {
        lower.strip_suffix("'s").or_else(|| lower.strip_suffix("’s")).map_or(lower.len(), str::len)
    };
    match lowered.filter(|l| word.is_ascii() && l.len() == word.len()) {
        Some(lower) => Cow::Borrowed(&lower[..strip(lower)]),
        None => {
            // `to_lowercase` knows context ("Σ" ending a word), so non-ASCII goes through it.
            let mut lower =
                if word.is_ascii() { word.to_ascii_lowercase() } else { word.to_lowercase() };
            lower.truncate(strip(&lower));
            Cow::Owned(lower)
        }
    }
}

/// Whether a lowered word carries meaning: not a stopword, and not a fragment of one or two
/// letters (a number of any length counts).
fn is_content(lower: &str) -> bool {
    long_enough(lower) && !STOPWORDS.has(lower)
}

/// Whether a lowered word is more than a fragment: three characters or more, or a number.
fn long_enough(lower: &str) -> bool {
    // (A third character found without counting them all.)
    lower.chars().nth(2).is_some() || lower.bytes().any(|c| c.is_ascii_digit())
}

fn headline_terms(article: &Article<'_>, text: &str, vocabulary: &Vocabulary<'_>) -> Vec<u32> {
    let Some(headline) = article.headline else { return Vec::new() };
    let tokens = tokens::tokens(text, headline);
    tokens::words(&tokens).filter_map(|word| vocabulary.term(&term(word.of(text), None)?)).collect()
}

/// How many of the headline's distinct words each candidate holds: none without a headline,
/// so a text without one keeps its lead.
fn headline_cover(candidates: &[Candidate], headline: &[u32]) -> Vec<usize> {
    let mut words: Vec<usize> = headline.iter().map(|&t| t as usize).collect();
    order::sort_indices(&mut words); // sorted, each once
    candidates
        .iter()
        .map(|c| words.iter().filter(|t| c.terms.binary_search(t).is_ok()).count())
        .collect()
}

/// Inverse sentence frequency, raised for names, numbers and the headline's words.
fn term_weights(
    candidates: &[Candidate],
    size: usize,
    boosted: &[bool],
    headline: &[u32],
) -> Vec<f64> {
    let mut frequency = vec![0usize; size];
    for c in candidates {
        for &t in &c.terms {
            frequency[t] += 1;
        }
    }
    // Whether each term is one of the headline's, by term id: asked of every term.
    let mut in_headline = vec![false; size];
    for &t in headline {
        if let Some(flag) = in_headline.get_mut(t as usize) {
            *flag = true;
        }
    }
    let n = candidates.len() as f64;
    frequency
        .iter()
        .zip(&in_headline)
        .enumerate()
        .map(|(t, (&f, &in_headline))| {
            let mut w = (1.0 + n / f.max(1) as f64).ln();
            if boosted.get(t).copied().unwrap_or(false) {
                w *= 1.3;
            }
            if in_headline {
                w *= 1.8;
            }
            w
        })
        .collect()
}

/// Weighted cosine between the term lists of two candidates; `squares` holds each term's
/// squared weight.
fn similarity(a: &Candidate, b: &Candidate, squares: &[f64]) -> f64 {
    let (na, nb) = (a.norm, b.norm);
    if na == 0.0 || nb == 0.0 {
        return 0.0;
    }
    let (a, b) = (&a.terms[..], &b.terms[..]);
    let (mut i, mut j, mut shared) = (0, 0, 0.0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                shared += squares[a[i]];
                i += 1;
                j += 1;
            }
        }
    }
    shared / (na * nb)
}

/// TextRank over the similarity graph of the candidates, scaled so the best is 1.
fn text_rank(candidates: &[Candidate], squares: &[f64]) -> Vec<f64> {
    let n = candidates.len();
    // Each pair of sentences similar enough to share an edge, in order of the first then the
    // second: (i, j, similarity) with i < j.
    let mut pairs: Vec<(usize, usize, f64)> = Vec::new();
    // Only pairs that share a term have any similarity: each sentence meets the later ones
    // through the lists of sentences holding each of its terms, and adds each shared term's
    // squared weight. It adds them in term order, as [`similarity`] does, so every score is
    // the same.
    let holders = Holders::of(candidates, squares.len());
    let mut seen = vec![0usize; squares.len()]; // holders of each term already passed
    let mut shared = vec![0.0; n];
    for (i, a) in candidates.iter().enumerate() {
        for &t in &a.terms {
            seen[t] += 1; // `i` itself
            for &j in holders.of_term(t).get(seen[t]..).unwrap_or_default() {
                shared[j] += squares[t];
            }
        }
        for (j, b) in candidates.iter().enumerate().skip(i + 1) {
            let sum = std::mem::take(&mut shared[j]);
            if a.norm == 0.0 || b.norm == 0.0 {
                continue;
            }
            let s = sum / (a.norm * b.norm);
            if s > 0.05 {
                pairs.push((i, j, s));
            }
        }
    }
    let edges = Edges::of(n, &pairs);
    let mut rank = vec![1.0 / n as f64; n];
    let mut next = vec![0.0; n];
    for _ in 0..30 {
        for (i, slot) in next.iter_mut().enumerate() {
            let flow: f64 = edges.from(i).iter().map(|e| rank[e.to] * e.weight / e.out).sum();
            *slot = 0.15 / n as f64 + 0.85 * flow;
        }
        std::mem::swap(&mut rank, &mut next);
    }
    normalise(rank)
}

/// One side of an edge of the similarity graph.
#[derive(Clone, Copy)]
struct Edge {
    to: usize,
    weight: f64,
    /// The outgoing weight of `to`, floored: kept beside the edge, since every round reads it
    /// at every edge.
    out: f64,
}

/// The edges of every sentence in one buffer (sentence `i`'s are `edges[starts[i]..starts[i +
/// 1]]`), each sentence's in the order of its neighbours: thirty rounds walk them all.
struct Edges {
    starts: Vec<usize>,
    edges: Vec<Edge>,
}

impl Edges {
    /// The graph of `pairs` (i < j, in order of i then j): each sentence's neighbours come out
    /// in reading order, those before it from their own pairs and then those after it.
    fn of(n: usize, pairs: &[(usize, usize, f64)]) -> Self {
        let mut starts = vec![0usize; n + 1];
        for &(i, j, _) in pairs {
            starts[i + 1] += 1;
            starts[j + 1] += 1;
        }
        for i in 0..n {
            starts[i + 1] += starts[i];
        }
        let mut next = starts.clone();
        let mut edges = vec![Edge { to: 0, weight: 0.0, out: 0.0 }; starts[n]];
        for &(i, j, weight) in pairs {
            edges[next[i]] = Edge { to: j, weight, out: 0.0 };
            next[i] += 1;
            edges[next[j]] = Edge { to: i, weight, out: 0.0 };
            next[j] += 1;
        }
        let mut graph = Edges { starts, edges };
        // Each sentence's outgoing weight, floored, summed in the order of its neighbours.
        let out: Vec<f64> =
            (0..n).map(|i| graph.from(i).iter().map(|e| e.weight).sum::<f64>().max(1e-9)).collect();
        for edge in &mut graph.edges {
            edge.out = out[edge.to];
        }
        graph
    }

    fn from(&self, i: usize) -> &[Edge] {
        &self.edges[self.starts[i]..self.starts[i + 1]]
    }
}

/// The candidates holding each term, in reading order, in one buffer: term `t`'s are
/// `sentences[starts[t]..starts[t + 1]]`.
struct Holders {
    starts: Vec<usize>,
    sentences: Vec<usize>,
}

impl Holders {
    fn of(candidates: &[Candidate], terms: usize) -> Self {
        let mut starts = vec![0usize; terms + 1];
        for c in candidates {
            for &t in &c.terms {
                starts[t + 1] += 1;
            }
        }
        for t in 0..terms {
            starts[t + 1] += starts[t];
        }
        let mut next = starts.clone();
        let mut sentences = vec![0; starts[terms]];
        for (i, c) in candidates.iter().enumerate() {
            for &t in &c.terms {
                sentences[next[t]] = i;
                next[t] += 1;
            }
        }
        Holders { starts, sentences }
    }

    fn of_term(&self, t: usize) -> &[usize] {
        &self.sentences[self.starts[t]..self.starts[t + 1]]
    }
}

/// How much of the article's weight each sentence carries, scaled so the best is 1.
fn topic_scores(candidates: &[Candidate], weights: &[f64]) -> Vec<f64> {
    normalise(
        candidates
            .iter()
            .map(|c| {
                let sum: f64 = c.terms.iter().map(|&t| weights[t]).sum();
                sum / (c.terms.len() as f64 + 4.0).sqrt()
            })
            .collect(),
    )
}

fn normalise(values: Vec<f64>) -> Vec<f64> {
    let top = values.iter().copied().fold(0.0, f64::max);
    if top <= 0.0 {
        return values;
    }
    values.into_iter().map(|v| v / top).collect()
}

/// The seats. The lead first: usable sentences in reading order, each joining while at least
/// half of it fits the word budget (two at least, when there are two), a near-duplicate of one
/// already seated skipped. Then each lead seat after the first gives way to a later sentence
/// that holds more of the headline's words (`covered`), whose evidence and share of the
/// headline's words beat the seat's by [`REPLACE`], and that keeps the card near its budget: the first
/// seat stays, since it names who, what and where. Returns positions in `candidates`.
fn choose(
    candidates: &[Candidate],
    evidence: &[f64],
    covered: &[usize],
    squares: &[f64],
) -> Vec<usize> {
    let usable = |strict: bool| -> Vec<usize> {
        (0..candidates.len()).filter(|&i| candidates[i].usable(i == 0, strict)).collect()
    };
    let mut pool = usable(true);
    if pool.is_empty() {
        pool = usable(false);
    }
    let repeats = |chosen: &[usize], i: usize| {
        chosen.iter().any(|&c| similarity(&candidates[c], &candidates[i], squares) > NEAR_DUPLICATE)
    };
    let mut chosen: Vec<usize> = Vec::with_capacity(MAX_SEATS);
    let mut words = 0;
    let mut after_lead = pool.len();
    for (at, &i) in pool.iter().enumerate() {
        let size = candidates[i].words;
        let full = chosen.len() >= MAX_SEATS
            || chosen.len() >= MIN_SEATS && 2 * words + size > 2 * SUMMARY_WORDS;
        if full {
            after_lead = at;
            break;
        }
        if !repeats(&chosen, i) {
            chosen.push(i);
            words += size;
        }
    }
    let mut outsiders: Vec<usize> = pool.get(after_lead..).unwrap_or_default().to_vec();
    // Strongest first; ties in reading order (`outsiders` starts in it).
    order::sort_by(&mut outsiders, |&a, &b| evidence[b].total_cmp(&evidence[a]));
    // Half the share of the headline's words a sentence holds adds to its evidence (the
    // sentence holding the most has the whole share).
    let headline = covered.iter().copied().max().unwrap_or(0).max(1) as f64;
    let strength = |i: usize| evidence[i] + 0.5 * covered[i] as f64 / headline;
    // The weakest lead seats are offered first.
    let mut seats: Vec<usize> = (1..chosen.len()).collect();
    order::sort_by(&mut seats, |&a, &b| strength(chosen[a]).total_cmp(&strength(chosen[b])));
    for seat in seats {
        let held = chosen[seat];
        let others: Vec<usize> = chosen.iter().copied().filter(|&c| c != held).collect();
        let rest = words - candidates[held].words;
        let taker = outsiders.iter().position(|&o| {
            covered[o] > covered[held]
                && strength(o) > strength(held) * REPLACE
                && 2 * (rest + candidates[o].words) <= 3 * SUMMARY_WORDS
                && !repeats(&others, o)
        });
        if let Some(at) = taker {
            let o = outsiders.remove(at);
            words = rest + candidates[o].words;
            chosen[seat] = o;
        }
    }
    chosen
}

/// The headline, cleaned; or the lead cut down to its main clause.
fn gist(article: &Article<'_>, text: &str) -> Option<Gist> {
    if let Some(span) = article.headline {
        let line = clean_headline(span.of(text));
        if !line.is_empty() {
            return Some(Gist { text: line, span, source: GistSource::Headline });
        }
    }
    let (_, first) = article.body_sentences().next()?;
    let mut start = first.span.start;
    if let Some(dateline) = article.dateline.filter(|d| first.span.contains(d.span)) {
        start = dateline.span.end;
    }
    let body = text.get(start..first.span.end)?;
    let body = body.trim_start_matches(|c: char| c.is_whitespace() || "-–—:".contains(c));
    let line = cap_words(main_clause(body), GIST_WORDS);
    (!line.is_empty()).then_some(Gist { text: line, span: first.span, source: GistSource::Lead })
}

/// A headline without the site name after a final " | " or " - ", collapsed to one line.
fn clean_headline(line: &str) -> String {
    let mut line = line.trim();
    for separator in [" | ", " - ", " — ", " – "] {
        if let Some(at) = line.rfind(separator) {
            let tail = &line[at + separator.len()..];
            let short = tail.split_whitespace().count() <= 4;
            let titled = tail
                .split_whitespace()
                .all(|w| w.chars().next().is_some_and(|c| !c.is_lowercase()));
            if short && titled && at > 0 && line[..at].split_whitespace().count() >= 3 {
                line = line[..at].trim_end();
            }
        }
    }
    collapse(line.trim_end_matches(['.', ' ']))
}

/// The sentence up to a trailing clause that only adds detail (", which ...", ", saying ...").
fn main_clause(sentence: &str) -> &str {
    // Where the sixth word starts: a comma after it has six words before it. (Found once, not
    // counted again at every comma: a paste with no full stop is one long sentence.)
    let sixth = sentence
        .char_indices()
        .filter(|&(at, c)| {
            !c.is_whitespace() && sentence[..at].chars().next_back().is_none_or(char::is_whitespace)
        })
        .nth(5)
        .map(|(at, _)| at);
    let mut cut = sentence.len();
    for (at, _) in sentence.match_indices(", ") {
        let next = sentence[at + 2..].split(|c: char| !c.is_alphabetic()).next().unwrap_or("");
        if sixth.is_some_and(|sixth| sixth < at) && DETAIL_OPENERS.has_as_written(next) {
            cut = at;
            break;
        }
    }
    sentence[..cut].trim_end_matches(['.', ' ', ','])
}

fn cap_words(line: &str, limit: usize) -> String {
    let words: Vec<&str> = line.split_whitespace().collect();
    if words.len() <= limit {
        return words.join(" ");
    }
    format!("{}…", words[..limit].join(" ").trim_end_matches([',', ';', ':']))
}

fn collapse(line: &str) -> String {
    line.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::Options;

    fn summary_of(text: &str) -> (Vec<String>, Option<String>) {
        let d = Article::read(text, &Options::default());
        let s = read(&d);
        let lines = s.sentences.iter().map(|&i| d.sentences[i].span.of(text).to_owned()).collect();
        (lines, s.gist.map(|g| g.text))
    }

    #[test]
    fn gists() {
        let cases: &[(&str, &str, &str)] = &[
            (
                "the headline, site name removed",
                "Storm hits the coast overnight | The Daily Paper\n\nA storm hit the coast overnight, officials said.",
                "Storm hits the coast overnight",
            ),
            (
                "the lead without its dateline and trailing detail",
                "PARIS, May 3 (Reuters) - The French government fell on Tuesday after a vote of no confidence, which ended months of crisis.\n\nMore followed.",
                "The French government fell on Tuesday after a vote of no confidence",
            ),
        ];
        for (name, text, expected) in cases {
            assert_eq!(summary_of(text).1.as_deref(), Some(*expected), "{name}");
        }
    }

    #[test]
    fn nothing_to_summarise_gives_an_empty_summary() {
        for text in ["", "   ", "\"\"\"\"", "Share this"] {
            let d = Article::read(text, &Options::default());
            let s = read(&d);
            assert!(s.sentences.len() <= 1, "{text:?}");
            assert_eq!(s.sentences.len(), s.scores.len());
        }
    }

    #[test]
    fn words_are_the_runs_a_split_on_letters_and_apostrophes_gives() {
        let split = |c: char| !(c.is_alphanumeric() || c == '\'' || c == '’');
        let apostrophe = |c: char| c == '\'' || c == '’';
        let sentences = [
            "",
            "'",
            "’’ ' ’",
            "The mayor's plan, 'Tis said, cost $4.5bn — Jones' view.",
            "“Curly,” she said: ‘it’s over’… Grüße aus Köln 2019",
            "l’État n’a pas 'quoted' words'' ''twice",
            "日本語 a1b2 ÉCOLE x",
        ];
        for sentence in sentences {
            let expected: Vec<&str> = sentence
                .split(split)
                .map(|w| w.trim_matches(apostrophe))
                .filter(|w| !w.is_empty())
                .collect();
            let all = tokens::tokens(sentence, Span::new(0, sentence.len()));
            let got: Vec<&str> = tokens::words(&all).map(|at| at.of(sentence)).collect();
            assert_eq!(got, expected, "{sentence:?}");
        }
    }

    #[test]
    fn a_word_has_one_term_in_every_spelling() {
        let groups: &[&[&str]] = &[
            &["Mayor", "mayor", "MAYOR's", "mayor's", "mayor’s"],
            // The Kelvin sign lowers to an ASCII "k".
            &["kingdom", "\u{212A}ingdom", "Kingdom"],
            &["internationalisation", "INTERNATIONALISATION's"],
            &["straße", "STRAßE"],
            &["fifteen-letter", "FIFTEEN-LETTER"],
            &["sixteen-letters", "Sixteen-Letters's"],
        ];
        let lowered: Vec<Vec<String>> = groups
            .iter()
            .map(|group| group.iter().map(|w| w.to_ascii_lowercase()).collect())
            .collect();
        let mut vocabulary = Vocabulary::default();
        for (next, (group, lowered)) in groups.iter().zip(&lowered).enumerate() {
            let next = next as u32;
            for (word, lower) in group.iter().zip(lowered) {
                assert_eq!(vocabulary.verdict(word, Some(lower), next), Some(next), "{word}");
                assert_eq!(vocabulary.term(&key(word, None)), Some(next), "{word}");
            }
        }
        for stopword in ["The", "the", "SAID", "to"] {
            assert_eq!(vocabulary.verdict(stopword, None, 99), None, "{stopword}");
            assert_eq!(vocabulary.term(&key(stopword, None)), None, "{stopword}");
        }
    }

    #[test]
    fn near_duplicates_are_not_both_chosen() {
        let text = "The central bank raised interest rates by half a point on Tuesday to fight inflation.\n\n\
            The central bank raised interest rates by half a point on Tuesday, fighting inflation.\n\n\
            Markets fell sharply after the announcement, with bank shares down most.\n\n\
            Inflation reached eight percent last month, the highest level in decades.\n\n\
            The weather was mild in the capital.\n\n\
            Analysts expect further rate rises from the central bank this year.";
        let (lines, _) = summary_of(text);
        assert!((3..=MAX_SEATS).contains(&lines.len()), "{lines:?}");
        assert!(lines[0].starts_with("The central bank raised"));
        assert!(lines[1..].iter().all(|l| !l.starts_with("The central bank raised")), "{lines:?}");
    }

    #[test]
    fn captions_and_credits_never_enter_the_summary() {
        let lead =
            "The city council approved a new budget for schools on Monday after months of debate.";
        let body = "Teachers welcomed the decision, which adds funding for extra staff and new buildings.\n\n\
            Parents had campaigned for the increase at every council meeting since the spring.\n\n\
            The mayor said the budget would be reviewed again next year.";
        let cases: &[(&str, &str, &str)] = &[
            (
                "a caption without a full stop",
                "Council members vote on the schools budget in the city hall chamber on Monday",
                "Council members vote",
            ),
            (
                "a position marker",
                "The council's budget chair (pictured) led the vote on the schools budget plan.",
                "(pictured)",
            ),
            (
                "a video pointer",
                "Scroll down for video. Council members voted on the schools budget plan at city hall.",
                "Scroll down",
            ),
            (
                "a caption glued to the next sentence",
                "Council members vote on the schools budget at city hall on Monday The vote ended a long debate over funding.",
                "on Monday The vote",
            ),
            (
                "a caption ending in a title in quotes",
                "Council members at the première of the documentary \"Schools Budget Night\"",
                "documentary",
            ),
            (
                "an item of a fact box",
                "- Budget facts: the plan adds funding for extra staff and for new school buildings.",
                "Budget facts",
            ),
            (
                "a photo credit",
                "Council members voted on the schools budget at city hall. Photo: City Press Office.",
                "Photo:",
            ),
        ];
        for (name, caption, marker) in cases {
            let text = format!("{lead}\n\n{caption}\n\n{body}");
            let (lines, _) = summary_of(&text);
            assert!(
                lines.first().is_some_and(|l| l.starts_with("The city council")),
                "{name}: {lines:?}"
            );
            assert!(lines.iter().all(|l| !l.contains(marker)), "{name}: {lines:?}");
        }
    }

    #[test]
    fn the_lead_is_kept_within_a_word_budget() {
        // Eight sentences of 25 words: the lead fills the budget, not four seats.
        let sentences: Vec<String> = (0..8)
            .map(|i| {
                format!(
                    "Report {i} says the regional water authority will spend more on pipes, pumps \
                     and reservoirs in district number {i} over the coming decade of steady growth."
                )
            })
            .collect();
        let text = sentences.join("\n\n");
        let (lines, _) = summary_of(&text);
        let words: usize = lines.iter().map(|l| l.split_whitespace().count()).sum();
        assert!(words <= SUMMARY_WORDS * 3 / 2, "{words} words: {lines:?}");
        assert!(lines.len() >= MIN_SEATS, "{lines:?}");
        assert!(lines[0].starts_with("Report 0"), "{lines:?}");
    }

    #[test]
    fn a_lead_seat_gives_way_only_to_the_headline_story() {
        let body = "Officials in the northern province reported on Tuesday that heavy rain had fallen for a week without a single dry day.\n\n\
            The weather office said more rain was expected across the whole region until the weekend, with strong winds in the hills.\n\n\
            Local schools stayed open and most roads remained passable for cars and buses, though some trains ran late.\n\n\
            Shops in the market towns reported fewer customers than usual for the time of year.\n\n\
            Flooding along the river forced thousands of families from their homes as the river burst its banks, and flooding closed the river bridges.";
        let rows: &[(&str, &str, bool)] = &[
            ("no headline: the lead stays", "", false),
            (
                "the headline's story is later: it takes a seat",
                "River flooding forces thousands from homes\n\n",
                true,
            ),
        ];
        for (name, headline, flood) in rows {
            let text = format!("{headline}{body}");
            let (lines, _) = summary_of(&text);
            assert!(lines[0].starts_with("Officials in the northern"), "{name}: {lines:?}");
            assert_eq!(
                lines.iter().any(|l| l.starts_with("Flooding along")),
                *flood,
                "{name}: {lines:?}"
            );
        }
    }

    #[test]
    fn a_long_paste_stays_bounded_and_deterministic() {
        let text = "Officials counted the votes in the capital on Monday night. ".repeat(20_000);
        let d = Article::read(&text, &Options::default());
        let a = read(&d);
        assert_eq!(a, read(&d));
        // Every sentence repeats the first, so only one is worth showing.
        assert_eq!(a.sentences.len(), 1);
    }
}
