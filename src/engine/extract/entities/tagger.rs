//! A small learned tagger for names: a linear-chain CRF over hashed word features, decoded with
//! Viterbi in integer arithmetic.
//!
//! The rules find names by their capitals and cues; they are sure of a name's span but often
//! wrong about what a capitalised run *is*. The tagger was trained on openly licensed data
//! (`tools/ner/`, model card in `tools/ner/MODEL_CARD.md`) and gives a second opinion: which
//! words are a person, a place, an organisation or another kind of name. The entity stage uses
//! it to filter and type the rules' candidates ([`super::vote`]), never to find names alone.
//!
//! Features are those of `tools/ner/features.py`, computed the same way bit for bit: each
//! token's strings (lowercased word, 2- and 3-letter prefixes and suffixes, shape) are hashed
//! once with FNV-1a, and each feature is that hash mixed with the feature's kind into one of
//! 2^20 buckets. Words the engine's gazetteer or entity word lists hold also carry cue flags
//! ([`cues`]), features of their own. The weights (int8, one scale; transitions int16) are embedded in the engine's
//! module and decoded at first use. Integer scores make the labels exactly those the trainer's
//! reference decoder gives (`tagger_fixture.tsv`, the parity test).

mod cues;

use std::sync::OnceLock;

use super::EntityKind;

/// The trained weights (written by `tools/ner/train.py`).
static WEIGHTS: &[u8] = include_bytes!("tagger.bin");

/// Number of labels: O, then B- and I- of PER, LOC, ORG, MISC.
const LABELS: usize = 9;
/// Most features a token has (`features.py`'s `FEATURES`): 17 always, 4 more with cues.
const FEATURES: usize = 21;
/// The version of the weights' format and features this decoder reads.
const VERSION: u8 = 2;

/// What the tagger says of one token.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tag {
    /// Not part of a name.
    Outside,
    /// The first word of a name of this kind (`None`: a name of no kind the panel lists, such
    /// as an event, a nationality or a product).
    Begin(Option<EntityKind>),
    /// A later word of the name begun before.
    Inside(Option<EntityKind>),
}

impl Tag {
    fn of_label(label: u8) -> Tag {
        let kind = match label.div_ceil(2) {
            1 => Some(EntityKind::Person),
            2 => Some(EntityKind::Place),
            3 => Some(EntityKind::Org),
            _ => None,
        };
        match label {
            0 => Tag::Outside,
            l if l % 2 == 1 => Tag::Begin(kind),
            _ => Tag::Inside(kind),
        }
    }

    /// The label's name in the trainer's files ("B-PER"): the parity test compares them.
    #[cfg(test)]
    fn name(self) -> &'static str {
        match self {
            Tag::Outside => "O",
            Tag::Begin(k) => ["B-PER", "B-LOC", "B-ORG", "B-MISC"][kind_index(k)],
            Tag::Inside(k) => ["I-PER", "I-LOC", "I-ORG", "I-MISC"][kind_index(k)],
        }
    }
}

#[cfg(test)]
fn kind_index(kind: Option<EntityKind>) -> usize {
    match kind {
        Some(EntityKind::Person) => 0,
        Some(EntityKind::Place) => 1,
        Some(EntityKind::Org) => 2,
        None => 3,
    }
}

/// Why the embedded weights could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ModelError {
    #[error("the tagger's weights do not start with LNER version 2")]
    Header,
    #[error("the tagger's weights are for {0} labels and {1} features per token")]
    Shape(u8, u8),
    #[error("the tagger's weights end early")]
    Truncated,
}

/// The decoded model: an open-addressing table from bucket to a row of weights per label.
#[derive(Debug)]
pub struct Model {
    bits: u32,
    /// A power of two of slots, at most two thirds full.
    slots: Vec<Slot>,
    transitions: [[i32; LABELS]; LABELS],
}

/// One bucket's weights beside its key, so a lookup reads one cache line (17 per word).
#[derive(Debug, Clone, Copy, Default)]
struct Slot {
    /// The bucket + 1 (0: empty).
    key: u32,
    row: [i8; LABELS],
}

/// The embedded model, decoded once per process; `None` if the weights cannot be read (a
/// build defect the `model_decodes` test catches; the entity stage then keeps the rules alone).
pub fn model() -> Option<&'static Model> {
    static MODEL: OnceLock<Option<Model>> = OnceLock::new();
    MODEL.get_or_init(|| Model::decode(WEIGHTS).ok()).as_ref()
}

/// A cursor over the weights' bytes.
struct Reader<'a> {
    bytes: &'a [u8],
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], ModelError> {
        let (head, rest) = self.bytes.split_at_checked(n).ok_or(ModelError::Truncated)?;
        self.bytes = rest;
        Ok(head)
    }

    fn array<const N: usize>(&mut self) -> Result<[u8; N], ModelError> {
        let mut out = [0; N];
        out.copy_from_slice(self.take(N)?);
        Ok(out)
    }

    fn varint(&mut self) -> Result<u32, ModelError> {
        let mut value = 0u32;
        for shift in (0..35).step_by(7) {
            let [b] = self.array::<1>()?;
            value |= u32::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                return Ok(value);
            }
        }
        Err(ModelError::Truncated)
    }
}

impl Model {
    /// Reads the trainer's format (`train.py`'s `export`).
    pub fn decode(bytes: &[u8]) -> Result<Model, ModelError> {
        let mut r = Reader { bytes };
        let [m0, m1, m2, m3, version, labels, bits, features] = r.array::<8>()?;
        if [m0, m1, m2, m3] != *b"LNER" || version != VERSION || !(1..=31).contains(&bits) {
            return Err(ModelError::Header);
        }
        if usize::from(labels) != LABELS || usize::from(features) != FEATURES {
            return Err(ModelError::Shape(labels, features));
        }
        let _scale = r.array::<4>()?;
        let n = u32::from_le_bytes(r.array::<4>()?) as usize;
        let mut transitions = [[0i32; LABELS]; LABELS];
        for row in &mut transitions {
            for t in row.iter_mut() {
                *t = i32::from(i16::from_le_bytes(r.array::<2>()?));
            }
        }
        let mut buckets = Vec::with_capacity(n.min(bytes.len()));
        let mut at = 0u32;
        for _ in 0..n {
            at = at.checked_add(r.varint()?).ok_or(ModelError::Truncated)?;
            buckets.push(at);
        }
        let mut masks = Vec::with_capacity(buckets.len());
        for _ in 0..n {
            masks.push(u16::from_le_bytes(r.array::<2>()?));
        }
        let capacity = (n + n / 2).next_power_of_two().max(16);
        let mut model =
            Model { bits: u32::from(bits), slots: vec![Slot::default(); capacity], transitions };
        for (bucket, mask) in buckets.into_iter().zip(masks) {
            let mut row = [0i8; LABELS];
            for (k, w) in row.iter_mut().enumerate() {
                if mask & (1 << k) != 0 {
                    let [b] = r.array::<1>()?;
                    *w = i8::from_le_bytes([b]);
                }
            }
            let slot = model.slot(bucket);
            model.slots[slot] = Slot { key: bucket + 1, row };
        }
        Ok(model)
    }

    /// The slot holding `bucket`, or the empty slot where it would go.
    #[inline]
    fn slot(&self, bucket: u32) -> usize {
        let mask = self.slots.len() - 1;
        let mut slot = bucket as usize & mask;
        loop {
            let key = self.slots[slot].key;
            if key == 0 || key == bucket + 1 {
                return slot;
            }
            slot = (slot + 1) & mask;
        }
    }

    #[inline]
    fn add_row(&self, bucket: u32, into: &mut [i32; LABELS]) {
        let slot = &self.slots[self.slot(bucket)];
        if slot.key != 0 {
            for (s, &w) in into.iter_mut().zip(&slot.row) {
                *s += i32::from(w);
            }
        }
    }
}

// --- Features (features.py) ---

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0100_0000_01b3;
const BEFORE: u64 = 0x5b53_5d00;
const AFTER: u64 = 0x5b2f_535d;

/// Kinds of feature, mixed into the bucket (append only: the numbers are in the weights).
mod kind {
    pub const BIAS: u64 = 0;
    pub const WORD: u64 = 1;
    pub const P2: u64 = 2;
    pub const P3: u64 = 3;
    pub const S2: u64 = 4;
    pub const S3: u64 = 5;
    pub const SHAPE: u64 = 6;
    pub const WORD_M1: u64 = 7;
    pub const WORD_P1: u64 = 8;
    pub const WORD_M2: u64 = 9;
    pub const WORD_P2: u64 = 10;
    pub const SHAPE_M1: u64 = 11;
    pub const SHAPE_P1: u64 = 12;
    pub const LINE_CASE: u64 = 13;
    pub const LINE_SHAPE: u64 = 14;
    pub const INITIAL_SHAPE: u64 = 15;
    pub const WORD_M1_SHAPE: u64 = 16;
    pub const CUE: u64 = 17;
    pub const CUE_SHAPE: u64 = 18;
    pub const CUE_M1: u64 = 19;
    pub const CUE_P1: u64 = 20;
}

#[inline]
fn fnv(bytes: impl IntoIterator<Item = u8>) -> u64 {
    fnv_on(FNV_OFFSET, bytes)
}

/// FNV-1a of `bytes` from the state `h`: the hash of a string goes on from its prefix's.
#[inline]
fn fnv_on(h: u64, bytes: impl IntoIterator<Item = u8>) -> u64 {
    bytes.into_iter().fold(h, |h, b| (h ^ u64::from(b)).wrapping_mul(FNV_PRIME))
}

#[inline]
fn mix(h: u64, kind: u64, bits: u32) -> u32 {
    let mut x = (h ^ kind.wrapping_mul(0x9e37_79b9_7f4a_7c15)).wrapping_mul(0xff51_afd7_ed55_8ccd);
    x ^= x >> 33;
    (x & ((1u64 << bits) - 1)) as u32
}

/// The hashes of one token's strings.
#[derive(Debug, Clone, Copy, Default)]
struct Hashes {
    word: u64,
    p2: u64,
    p3: u64,
    s2: u64,
    s3: u64,
    shape: u64,
    /// The word's cue flags ([`cues`]; 0: none).
    cue: u8,
}

/// The word's shape: capitals X, small letters x, ASCII digits d, other letters a, other ASCII
/// characters as they are, anything else o; runs of one class collapsed, at most five classes.
fn shape_hash(word: &str) -> u64 {
    let mut out = [0u8; 5];
    let mut len = 0;
    for c in word.chars() {
        let class = if c.is_ascii_digit() {
            b'd'
        } else if c.is_uppercase() {
            b'X'
        } else if c.is_lowercase() {
            b'x'
        } else if c.is_alphabetic() {
            b'a'
        } else if c.is_ascii() {
            c as u8
        } else {
            b'o'
        };
        if len == 0 || out[len - 1] != class {
            out[len] = class;
            len += 1;
            if len == out.len() {
                break;
            }
        }
    }
    fnv(out[..len].iter().copied())
}

/// Byte offset after the first `n` characters of `s` (all of it if shorter).
fn after_chars(s: &str, n: usize) -> usize {
    s.char_indices().nth(n).map_or(s.len(), |(i, _)| i)
}

/// Byte offset of the last `n` characters of `s` (0 if shorter).
fn last_chars(s: &str, n: usize) -> usize {
    s.char_indices().rev().nth(n - 1).map_or(0, |(i, _)| i)
}

fn hashes(word: &str, lower: &mut String, cue_map: &cues::Cues) -> Hashes {
    lower.clear();
    if word.is_ascii() {
        lower.extend(word.bytes().map(|b| char::from(b.to_ascii_lowercase())));
    } else {
        lower.extend(word.chars().flat_map(char::to_lowercase));
    }
    let low = lower.as_str();
    let bytes = low.as_bytes();
    // One pass over the word: its 2- and 3-letter prefixes' hashes are states on the way.
    let (two, three) = (after_chars(low, 2), after_chars(low, 3));
    let p2 = fnv(bytes[..two].iter().copied());
    let p3 = fnv_on(p2, bytes[two..three].iter().copied());
    let word_hash = fnv_on(p3, bytes[three..].iter().copied());
    // The cue key is the word's hash unless a full stop is to be dropped ("Inc." → "inc").
    let cue_key = if bytes.contains(&b'.') { cues::key(low) } else { word_hash };
    Hashes {
        word: word_hash,
        p2,
        p3,
        s2: fnv(bytes[last_chars(low, 2)..].iter().copied()),
        s3: fnv(bytes[last_chars(low, 3)..].iter().copied()),
        shape: shape_hash(word),
        cue: cue_map.get(&cue_key).copied().unwrap_or(0),
    }
}

/// How the line is cased: 1 all capitals (two or more words with letters), 2 title case (at
/// least 3 words of 4+ letters, 80% of them capitalised), else 0 (`features.py`'s `line_case`).
fn line_case(words: &[&str]) -> u64 {
    let mut lettered = 0;
    let mut any_small = false;
    let mut long = 0;
    let mut capital = 0;
    for w in words {
        if !w.chars().any(char::is_alphabetic) {
            continue;
        }
        lettered += 1;
        any_small |= w.chars().any(char::is_lowercase);
        if w.chars().filter(|c| c.is_alphabetic()).count() >= 4 {
            long += 1;
            capital += usize::from(w.chars().next().is_some_and(char::is_uppercase));
        }
    }
    if lettered >= 2 && !any_small {
        1
    } else if long >= 3 && capital * 10 >= long * 8 {
        2
    } else {
        0
    }
}

/// Reusable buffers: one tagger serves every sentence of an article.
#[derive(Debug, Default)]
pub struct Tagger {
    lower: String,
    hashes: Vec<Hashes>,
    scores: Vec<[i32; LABELS]>,
    back: Vec<[u8; LABELS]>,
}

/// The most words [`Tagger::tag`] decodes as one path: far below the sixty thousand at which
/// a path's plain `i32` sum could overflow, far above the few hundred the entity stage passes.
const MAX_PIECE: usize = 4096;

impl Tagger {
    /// The tags of one sentence's words, in `out` (cleared first). A run longer than
    /// [`MAX_PIECE`] words is tagged a piece at a time, so the plain sums of
    /// [`viterbi`](Self::viterbi) can never overflow whatever a caller passes.
    pub fn tag(&mut self, model: &Model, words: &[&str], out: &mut Vec<Tag>) {
        out.clear();
        let mut piece_tags = Vec::new();
        for piece in words.chunks(MAX_PIECE) {
            self.tag_piece(model, piece, &mut piece_tags);
            out.append(&mut piece_tags);
        }
    }

    /// [`Tagger::tag`] for at most [`MAX_PIECE`] words.
    fn tag_piece(&mut self, model: &Model, words: &[&str], out: &mut Vec<Tag>) {
        out.clear();
        if words.is_empty() {
            return;
        }
        self.hashes.clear();
        let cue_map = cues::cues();
        for w in words {
            let h = hashes(w, &mut self.lower, cue_map);
            self.hashes.push(h);
        }
        self.emissions(model, line_case(words));
        self.viterbi(model, out);
    }

    fn emissions(&mut self, model: &Model, line: u64) {
        let bits = model.bits;
        let n = self.hashes.len();
        let word_at = |i: usize, d: isize, hs: &[Hashes]| -> u64 {
            match i.checked_add_signed(d) {
                None => BEFORE,
                Some(j) if j >= n => AFTER,
                Some(j) => hs[j].word,
            }
        };
        let shape_at = |i: usize, d: isize, hs: &[Hashes]| -> u64 {
            match i.checked_add_signed(d) {
                None => BEFORE,
                Some(j) if j >= n => AFTER,
                Some(j) => hs[j].shape,
            }
        };
        // The bias and the line's casing are the same for every word: their rows are summed
        // once per sentence.
        let mut base = [0i32; LABELS];
        model.add_row(mix(0, kind::BIAS, bits), &mut base);
        model.add_row(mix(line, kind::LINE_CASE, bits), &mut base);
        self.scores.clear();
        let hs = &self.hashes;
        for (i, h) in hs.iter().enumerate() {
            let features: [u32; 15] = [
                mix(h.word, kind::WORD, bits),
                mix(h.p2, kind::P2, bits),
                mix(h.p3, kind::P3, bits),
                mix(h.s2, kind::S2, bits),
                mix(h.s3, kind::S3, bits),
                mix(h.shape, kind::SHAPE, bits),
                mix(word_at(i, -1, hs), kind::WORD_M1, bits),
                mix(word_at(i, 1, hs), kind::WORD_P1, bits),
                mix(word_at(i, -2, hs), kind::WORD_M2, bits),
                mix(word_at(i, 2, hs), kind::WORD_P2, bits),
                mix(shape_at(i, -1, hs), kind::SHAPE_M1, bits),
                mix(shape_at(i, 1, hs), kind::SHAPE_P1, bits),
                mix(h.shape ^ line, kind::LINE_SHAPE, bits),
                mix(h.shape ^ u64::from(i == 0), kind::INITIAL_SHAPE, bits),
                mix(word_at(i, -1, hs) ^ h.shape, kind::WORD_M1_SHAPE, bits),
            ];
            let mut row = base;
            for f in features {
                model.add_row(f, &mut row);
            }
            // Cue features only where a word has cues (most words have none).
            if h.cue != 0 {
                let cue = u64::from(h.cue);
                model.add_row(mix(cue, kind::CUE, bits), &mut row);
                model.add_row(mix(h.shape ^ cue, kind::CUE_SHAPE, bits), &mut row);
            }
            if let Some(prev) = i.checked_sub(1).map(|j| hs[j].cue).filter(|&c| c != 0) {
                model.add_row(mix(u64::from(prev), kind::CUE_M1, bits), &mut row);
            }
            if let Some(next) = hs.get(i + 1).map(|h| h.cue).filter(|&c| c != 0) {
                model.add_row(mix(u64::from(next), kind::CUE_P1, bits), &mut row);
            }
            self.scores.push(row);
        }
    }

    /// Best label path; ties go to the lower label (as `features.py`'s `viterbi`).
    ///
    /// Plain sums, as the emissions are summed: a word adds at most 21 weights of an `i8` and
    /// one `i16` transition, so a path outgrows an `i32` only past sixty thousand words, and the
    /// entity stage tags a sentence in pieces of a few hundred at most. (Saturating sums, which
    /// x86 has no instruction for, were a fifth of the tagger's instructions.)
    fn viterbi(&mut self, model: &Model, out: &mut Vec<Tag>) {
        let n = self.scores.len();
        self.back.clear();
        self.back.resize(n, [0; LABELS]);
        let mut score = self.scores[0];
        for t in 1..n {
            // Every label's best predecessor at once, a row of transitions at a time (the rows
            // are contiguous, and the nine labels are compared side by side); a later label
            // replaces the best only when strictly better, so ties keep the lower one.
            let mut best = [i32::MIN; LABELS];
            let mut arg = [0u8; LABELS];
            for (i, (&s, row)) in score.iter().zip(&model.transitions).enumerate() {
                for j in 0..LABELS {
                    let v = s + row[j];
                    if v > best[j] {
                        best[j] = v;
                        arg[j] = i as u8;
                    }
                }
            }
            for (j, b) in best.iter_mut().enumerate() {
                *b += self.scores[t][j];
            }
            self.back[t] = arg;
            score = best;
        }
        let mut last = 0u8;
        for (k, &s) in score.iter().enumerate() {
            if s > score[usize::from(last)] {
                last = k as u8;
            }
        }
        out.resize(n, Tag::Outside);
        for t in (0..n).rev() {
            out[t] = Tag::of_label(last);
            last = self.back[t][usize::from(last)];
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn model_decodes() {
        let model = Model::decode(WEIGHTS);
        assert!(model.is_ok(), "{model:?}");
        assert!(model.is_ok_and(|m| m.slots.iter().any(|s| s.key != 0)));
    }

    #[test]
    fn broken_weights_are_typed_errors() {
        let rows: &[(&str, &[u8], ModelError)] = &[
            ("empty", b"", ModelError::Truncated),
            ("wrong magic", b"XNER\x02\x09\x14\x15", ModelError::Header),
            ("an older version", b"LNER\x01\x09\x14\x11", ModelError::Header),
            ("wrong shape", b"LNER\x02\x05\x14\x15", ModelError::Shape(5, 21)),
            ("cut after the header", b"LNER\x02\x09\x14\x15\0\0", ModelError::Truncated),
        ];
        for (name, bytes, expected) in rows {
            assert_eq!(Model::decode(bytes).err().as_ref(), Some(expected), "{name}");
        }
        let cut = &WEIGHTS[..WEIGHTS.len() - 1];
        assert_eq!(Model::decode(cut).err(), Some(ModelError::Truncated), "last byte cut");
    }

    /// A run of words far past what one path's plain sums hold is tagged a piece at a time:
    /// one tag per word, each piece as it is tagged alone.
    #[test]
    fn a_long_run_is_tagged_a_piece_at_a_time() {
        let Ok(model) = Model::decode(WEIGHTS) else { panic!("weights decode") };
        let sentence =
            ["Ida", "Fenn", "of", "Norland", "Bank", "met", "Tom", "Hale", "in", "Vess", "."];
        let words: Vec<&str> = sentence.iter().copied().cycle().take(7 * MAX_PIECE + 5).collect();
        let mut tagger = Tagger::default();
        let (mut all, mut piece) = (Vec::new(), Vec::new());
        tagger.tag(&model, &words, &mut all);
        assert_eq!(all.len(), words.len());
        for (k, chunk) in words.chunks(MAX_PIECE).enumerate() {
            tagger.tag(&model, chunk, &mut piece);
            let whole = &all[k * MAX_PIECE..k * MAX_PIECE + chunk.len()];
            assert!(whole == piece.as_slice(), "piece {k} is tagged otherwise alone");
        }
    }

    /// The labels of the trainer's reference decoder on invented sentences (written by
    /// `tools/ner/train.py` with the weights): the Rust features and decoder are the same.
    #[test]
    fn parity_with_the_trainer() {
        let Some(model) = model() else { panic!("weights do not decode") };
        let mut tagger = Tagger::default();
        let mut tags = Vec::new();
        let fixture = include_str!("tagger_fixture.tsv");
        let mut rows = 0;
        for line in fixture.lines().filter(|l| !l.starts_with('#')) {
            let Some((words, labels)) = line.split_once('\t') else { panic!("bad row {line}") };
            let words: Vec<&str> = words.split(' ').collect();
            tagger.tag(model, &words, &mut tags);
            let got: Vec<&str> = tags.iter().map(|t| t.name()).collect();
            let expected: Vec<&str> = labels.split(' ').collect();
            assert_eq!(got, expected, "{words:?}");
            rows += 1;
        }
        assert!(rows >= 10, "fixture rows: {rows}");
    }

    /// The names the tagger finds in a sentence (words split at spaces), as (words, kind).
    fn names(sentence: &str) -> Vec<(String, Option<EntityKind>)> {
        let Some(model) = model() else { panic!("weights do not decode") };
        let words: Vec<&str> = sentence.split(' ').collect();
        let mut tags = Vec::new();
        Tagger::default().tag(model, &words, &mut tags);
        let mut out: Vec<(String, Option<EntityKind>)> = Vec::new();
        for (word, tag) in words.iter().zip(&tags) {
            match tag {
                Tag::Begin(kind) => out.push(((*word).to_owned(), *kind)),
                Tag::Inside(kind) => match out.last_mut() {
                    Some((name, k)) if k == kind => {
                        name.push(' ');
                        name.push_str(word);
                    }
                    _ => out.push(((*word).to_owned(), *kind)),
                },
                Tag::Outside => {}
            }
        }
        out
    }

    /// What the shipped weights do on invented text: names in prose and in capitals, and
    /// none in the words of a page's menus and credits.
    #[test]
    fn tags_names_and_not_page_words() {
        use EntityKind::{Org, Person, Place};
        let rows: &[(&str, &str, &[(&str, EntityKind)])] = &[
            (
                "a person who speaks",
                "Mara Lindqvist said the plan would fail .",
                &[("Mara Lindqvist", Person)],
            ),
            (
                "a city and a bank",
                "The mayor of Lisbon met officials from the World Bank on Monday .",
                &[("Lisbon", Place), ("World Bank", Org)],
            ),
            (
                "a place in a headline in capitals",
                "HEAVY RAIN FLOODS STREETS IN NEW ORLEANS",
                &[("NEW ORLEANS", Place)],
            ),
            ("a footer link", "Privacy Policy", &[]),
            ("a call to subscribe", "Subscribe to our newsletter", &[]),
            ("a time stamp in capitals", "UPDATED 3:45 PM", &[]),
            ("a label in capitals", "STANDINGS", &[]),
        ];
        for (name, sentence, expected) in rows {
            let expected: Vec<(String, Option<EntityKind>)> =
                expected.iter().map(|(n, k)| ((*n).to_owned(), Some(*k))).collect();
            assert_eq!(names(sentence), expected, "{name}");
        }
    }

    #[test]
    fn shapes_and_line_cases() {
        let shapes: &[(&str, &str)] = &[
            ("Okafor", "Xx"),
            ("U.S.", "X.X."),
            ("1,200", "d,d"),
            ("McDonald", "XxXx"),
            ("Zoë", "Xx"),
            ("São-Paulo's", "Xx-Xx"),
        ];
        for (word, shape) in shapes {
            assert_eq!(shape_hash(word), fnv(shape.bytes()), "{word}");
        }
        let lines: &[(&str, &[&str], u64)] = &[
            ("capitals", &["RAIN", "FLOODS", "NEW", "ORLEANS"], 1),
            ("one capital word is no shouted line", &["NATO", "."], 0),
            ("title case", &["Harbour", "Town", "Council", "Approves", "Budget"], 2),
            ("prose", &["The", "council", "approved", "a", "budget", "today"], 0),
        ];
        for (name, words, case) in lines {
            assert_eq!(line_case(words), *case, "{name}");
        }
    }
}
