//! Names in one sentence: runs of capitalised words, cut where the gazetteer knows a name, a
//! role or a non-entity, and typed person, place or organisation by the gazetteer, by the words
//! that head them ("Ministry", "Stadium") and by the words around them ("spokesman for", "said",
//! "-based", ", a ... firm").

use std::borrow::Cow;
use std::sync::OnceLock;

use super::EntityKind;
use super::pieces::{Cutter, Piece, What, joins, phrase, pieces};
use super::tokens::{Token, is_name_abbreviation, tokens};
use super::words::{self, is};
use crate::engine::gazetteer::{
    Entry, Known, gazetteer, key, key_of_words, push_word_key, with_key,
};
use crate::engine::lexicon::SPEECH_VERBS;
use crate::engine::order;
use crate::engine::text::fasthash::FastSet;
use crate::engine::text::span::Span;

/// How sure the recogniser is of a candidate's kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Evidence {
    /// Only the shape of the words: two unknown capitalised words are probably a person.
    Shape,
    /// A word around it or inside it: a role, a head word, "said", "-based".
    Cue,
    /// The gazetteer knows the name.
    Known,
}

/// One name found in the text, before names of one thing are merged.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Candidate<'a> {
    pub span: Span,
    /// Index into the Digest's sentences (u32: a candidate is made for every name of the text,
    /// so a list of names holds millions of them, and every byte of one counts).
    pub sentence: Option<u32>,
    /// The name as written, whitespace collapsed: borrowed from the text when it is written
    /// so (most names), so no candidate costs a string of its own to make and to free.
    pub surface: Cow<'a, str>,
    /// How many words `surface` has: merging asks it of every candidate again and again.
    pub words: usize,
    /// `None`: a single unknown word, typed later by the names it merges with.
    pub kind: Option<EntityKind>,
    pub evidence: Evidence,
    /// The gazetteer entry's id, when the gazetteer knows the name.
    pub known: Option<u32>,
    pub role: Option<Box<str>>,
    /// Other forms of the same name the text implies ("State Department" for "US State
    /// Department", "Edmunds" for "Edmunds.com"); most names have none.
    pub aliases: Box<[String]>,
    /// Its capital proves nothing (it opens a sentence, or the heading capitalises every word):
    /// kept only if the same name appears where its capital does prove something.
    pub needs_evidence: bool,
    /// A town's or county's name, or one unknown word, read as a side in a match ("Ardmore
    /// beat Vess", "Ardmore 3 Vess 1"): in a sports report the name is the club in every
    /// mention (merge reads it so, unless it is a player's surname) and the tagger's vote
    /// does not make it a place again.
    pub team: bool,
    /// Weight of where it appears: headline 3, lead 2, elsewhere 1.
    pub weight: u32,
}

impl Candidate<'_> {
    fn add_alias(&mut self, alias: String) {
        let mut aliases = std::mem::take(&mut self.aliases).into_vec();
        aliases.push(alias);
        self.aliases = aliases.into_boxed_slice();
    }
}

/// Whether a word ends in "maker", in any case ("Chipmaker", "CHIPMAKER"): an ASCII word is
/// not lowered into a new string to tell.
fn ends_with_maker(word: &str) -> bool {
    if word.is_ascii() {
        let tail = word.len().checked_sub(5).and_then(|at| word.get(at..));
        return tail.is_some_and(|t| t.eq_ignore_ascii_case("maker"));
    }
    word.to_lowercase().ends_with("maker")
}

/// Whether a word with figures is a name ("3M", "7-Eleven", "G40"): any but a price
/// ("C$0.28"). (A letter and one figure, "Q2", is no name word at all: `pieces.rs`.)
fn named_with_figures(word: &str) -> bool {
    word.chars().any(|c| c.is_ascii_digit()) && !word.contains(['$', '€', '£', '¥'])
}

/// How many words a surface (words joined by single spaces) has.
pub fn words_in(surface: &str) -> usize {
    if surface.is_empty() { 0 } else { 1 + surface.bytes().filter(|&b| b == b' ').count() }
}

/// Whether `text` is printable ASCII words joined by single spaces, as most names are written:
/// collapsing its whitespace would give it back unchanged.
fn is_collapsed(text: &str) -> bool {
    let mut after_space = true;
    for &b in text.as_bytes() {
        match b {
            b' ' if after_space => return false,
            b' ' => after_space = true,
            b'!'..=b'~' => after_space = false,
            _ => return false,
        }
    }
    !after_space || text.is_empty()
}

/// What a sentence is, for reading its capitals.
#[derive(Debug, Clone, Copy, Default)]
pub struct Context {
    pub sentence: Option<usize>,
    /// A heading that capitalises most of its words.
    pub title_case: bool,
    pub weight: u32,
    /// A part of the sentence read separately (the dateline).
    pub masked: Option<Span>,
    /// A row of a table ("Ardmore 10 4 0"): a name followed by figures is a team's.
    pub row: bool,
}

/// Whether most words of a heading are capitalised ("Kyrgyz Opposition In Russia After ...").
pub fn is_title_case(text: &str) -> bool {
    let long: Vec<&str> = text
        .split_whitespace()
        .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 4)
        .collect();
    let capital = long.iter().filter(|w| w.chars().next().is_some_and(char::is_uppercase)).count();
    long.len() >= 3 && capital * 10 >= long.len() * 6
}

/// Whether a line is written in capitals ("JAPAN GET LUCKY WIN", "LONDON 1996-08-30"): at
/// least two words of three letters or more and no lower-case letter, so its capitals prove
/// nothing and its names are read with their case folded (the gazetteer's keys are folded).
pub fn is_shouted_line(text: &str) -> bool {
    let mut long = 0;
    for word in text.split_whitespace() {
        if word.chars().any(char::is_lowercase) {
            return false;
        }
        // Capitals, not letters: a script without case (Hangul, Han) shouts nothing.
        long += usize::from(word.chars().filter(|c| c.is_uppercase()).count() >= 3);
    }
    long >= 2
}

/// The buffers one sentence after another is read with: an article's sentences share them.
#[derive(Debug, Default)]
pub struct Buffers<'a> {
    /// The shared tokens of the sentence (`text/tokens.rs`) the words are grouped from.
    shared: Vec<crate::engine::text::tokens::Token<'a>>,
    toks: Vec<Token<'a>>,
    cutter: Cutter,
}

/// The candidate names of one sentence, appended to `out`.
pub fn recognise<'a>(
    text: &'a str,
    sentence: Span,
    context: Context,
    buffers: &mut Buffers<'a>,
    out: &mut Vec<Candidate<'a>>,
) {
    let Buffers { shared, toks, cutter } = buffers;
    tokens(text, sentence, shared, toks);
    if let Some(mask) = context.masked {
        toks.retain(|t| !mask.contains(t.span));
        if let Some(first) = toks.first_mut() {
            first.initial = true;
        }
    }
    let toks: &[Token] = toks;
    let pieces = pieces(toks, cutter);
    let first = out.len();
    let mut reader = Reader { text, toks, context, out, lead_org: false };
    let mut i = 0;
    while i < pieces.len() {
        if matches!(pieces[i].what, What::Other) {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while j < pieces.len() && joins(toks, pieces, j) {
            j += 1;
        }
        reader.run(&pieces[i..j]);
        i = j;
    }
    coordinate(text, &mut out[first..]);
}

/// "Acme and Brix", "Norland, Vess and Ostia": a name listed with names whose kind is known
/// takes their kind when nothing but its shape spoke for one.
fn coordinate(text: &str, sentence: &mut [Candidate]) {
    // A sentence's names are most often found in text order already: a stable sort of them
    // would change nothing.
    if !sentence.is_sorted_by_key(|c| (c.span.start, c.span.end)) {
        order::sort_by_key(sentence, |c| (c.span.start, c.span.end));
    }
    // The words between two listed names: a comma, a conjunction or both.
    let link = |a: &Candidate, b: &Candidate| -> Option<bool> {
        let between = text.get(a.span.end..b.span.start)?;
        let between =
            between.strip_prefix(['\'', '’']).map_or(between, |b| b.trim_start_matches('s'));
        // At most three words are read: a link is one or two.
        let mut words = between.split_inclusive(',').flat_map(|w| w.split_whitespace());
        match (words.next(), words.next(), words.next()) {
            (Some(","), None, _) => Some(false),
            (Some("and" | "or" | "&"), None, _) | (Some(","), Some("and" | "or"), None) => {
                Some(true)
            }
            _ => None,
        }
    };
    let mut k = 0;
    while k < sentence.len() {
        let mut end = k + 1;
        let mut conjoined = false;
        while let Some(and) = sentence.get(end).and_then(|b| link(&sentence[end - 1], b)) {
            conjoined |= and;
            end += 1;
        }
        if conjoined {
            let chain = &sentence[k..end];
            let mut score = [0u32; 3];
            for c in chain {
                if let (Some(kind), true) = (c.kind, c.evidence >= Evidence::Cue) {
                    score[kind as usize] += 1;
                }
            }
            let best = [EntityKind::Person, EntityKind::Place, EntityKind::Org]
                .into_iter()
                .filter(|k| score[*k as usize] > 0)
                .max_by_key(|k| score[*k as usize]);
            if let Some(best) = best {
                for c in &mut sentence[k..end] {
                    let weak = c.evidence < Evidence::Cue || c.kind.is_none();
                    if weak && c.known.is_none() && c.words < 2 {
                        c.kind = Some(best);
                    }
                }
            }
        }
        k = end;
    }
}

struct Reader<'a, 'o> {
    text: &'a str,
    toks: &'o [Token<'a>],
    context: Context,
    out: &'o mut Vec<Candidate<'a>>,
    /// The run opened with a word for a kind of company ("Chipmaker Acme said"): the name
    /// after it is an organisation.
    lead_org: bool,
}

impl<'a> Reader<'a, '_> {
    /// Reads one run of name pieces.
    fn run(&mut self, run: &[Piece]) {
        if run.is_empty() {
            self.lead_org = false;
            return;
        }
        // "Chipmaker Acme said": a word for a kind of company opening the sentence.
        if run.len() > 1 && run[0].what == What::Word && run[1].what == What::Word {
            let first = &self.toks[run[0].start];
            if first.initial && (is(&words::ORG_CUES, first.text) || ends_with_maker(first.text)) {
                self.lead_org = true;
                self.run(&run[1..]);
                self.lead_org = false;
                return;
            }
        }
        // "Real Madrid", "Leeds United": a club named after its town.
        if let Some((from, to)) = self.club(run) {
            self.run(&run[..from]);
            self.named_by_head(&run[from..to], EntityKind::Org);
            self.run(&run[to..]);
            return;
        }
        // "the Norland State Attorney General": an office named after its jurisdiction, with no
        // one's name after it, is an organisation.
        if let Some(k) = run.iter().position(|p| p.what == What::Role && self.office(p)) {
            let named_after = run.get(k + 1).is_some_and(|p| p.what == What::Word);
            let start = run[..k]
                .iter()
                .rposition(|p| !matches!(p.what, What::Word | What::Known(_)))
                .map_or(0, |r| r + 1);
            let jurisdiction = k > start;
            // "the Inspector-General of Mines and Safety"
            let mut end = k + 1;
            while run.get(end).is_some_and(|p| p.what == What::Other) {
                end += 1;
                while run.get(end).is_some_and(|p| matches!(p.what, What::Word | What::Known(_))) {
                    end += 1;
                }
            }
            if (jurisdiction && !named_after) || end > k + 2 {
                let start = if jurisdiction { start } else { k };
                self.run(&run[..start]);
                self.named_by_head(&run[start..end], EntityKind::Org);
                self.run(&run[end..]);
                return;
            }
        }
        // An organisation or place named by its head word, with what comes before it.
        let is_head = |k: usize| {
            let p = &run[k];
            // A thing's head ends its name: "Bill Rowe" is a person.
            let ends = run.get(k + 1).is_none_or(|n| n.what != What::Word);
            p.what == What::Word && self.head(p).is_some_and(|h| h.is_some() || ends)
        };
        if let Some(first_head) = (0..run.len()).find(|&k| is_head(k)) {
            // The last head before a role ends the name: "U.S. Forest Service", not "Forest".
            let stop = run[first_head..]
                .iter()
                .position(|p| {
                    matches!(p.what, What::Role | What::Honorific | What::NotEntity | What::Other)
                })
                .map_or(run.len(), |k| first_head + k);
            let h = (0..stop).rev().find(|&k| is_head(k)).unwrap_or(first_head);
            let kind = self.head(&run[h]).flatten();
            let mut end = h + 1;
            while end < run.len() && run[end].what == What::Other {
                end += 1;
                while end < run.len() && matches!(run[end].what, What::Word | What::Known(_)) {
                    end += 1;
                }
            }
            // "Food Safety Agency Norland": countries closing an organisation's name.
            let countries = run[end..].iter().all(|p| match p.what {
                What::Known(e) => e.known == Known::Place && e.country,
                _ => false,
            });
            if kind == Some(EntityKind::Org) && end < run.len() && countries {
                end = run.len();
            }
            let start = run[..h]
                .iter()
                .rposition(|p| matches!(p.what, What::Role | What::Honorific | What::NotEntity))
                .map_or(0, |r| r + 1);
            self.run(&run[..start]);
            if end > start + 1 {
                if let Some(kind) = kind {
                    self.named_by_head(&run[start..end], kind);
                }
            }
            self.run(&run[end..]);
            return;
        }
        let mut role: Option<String> = None;
        let mut person_cue = false;
        let mut i = 0;
        while i < run.len() {
            let piece = run[i];
            match piece.what {
                What::Known(entry) => {
                    if entry.known == Known::Place && !entry.country && self.modifier(piece) {
                        // "the paper's Asia editor": a beat, not a place the story is about.
                    } else if entry.known != Known::Demonym {
                        let index = self.known(piece, entry);
                        // "U.S. Environmental Protection Agency", "Kurdistan Democratic Party",
                        // "Iraqi National Congress": the place or people named before it is
                        // part of one of the organisation's names.
                        let country = i.checked_sub(1).map(|p| run[p].what);
                        if let (Known::Org, Some(What::Known(before))) = (entry.known, country) {
                            if matches!(before.known, Known::Place | Known::Demonym) {
                                let alias = self.surface(run[i - 1].start, piece.end).into_owned();
                                self.out[index].add_alias(alias);
                            }
                        }
                    } else if i + 1 == run.len() {
                        self.forces(piece);
                    }
                    role = None;
                }
                What::Role => role = Some(self.surface(piece.start, piece.end).into_owned()),
                What::Honorific => person_cue = true,
                What::Word => {
                    let mut j = i + 1;
                    while j < run.len() && run[j].what == What::Word {
                        j += 1;
                    }
                    let before = if i == 0 { None } else { Some(run[i - 1]) };
                    self.name(run[i].start, run[j - 1].end, role.take(), person_cue, before);
                    person_cue = false;
                    i = j;
                    continue;
                }
                What::NotEntity | What::Other => role = None,
            }
            i += 1;
        }
    }

    /// Whether a role piece is an office that is also an institution ("Attorney General",
    /// "Auditor-General").
    fn office(&self, piece: &Piece) -> bool {
        static OFFICE_KEYS: OnceLock<FastSet<String>> = OnceLock::new();
        let offices =
            OFFICE_KEYS.get_or_init(|| words::OFFICES.words().iter().map(|o| key(o)).collect());
        let surface = self.surface(piece.start, piece.end);
        with_key(&surface, |k| offices.contains(k))
    }

    /// Whether a known place is only the modifier of a job or an alliance after it.
    fn modifier(&self, piece: Piece) -> bool {
        let last = &self.toks[piece.end - 1];
        !last.breaks_after
            && !last.hyphen_after
            && self.toks.get(piece.end).is_some_and(|n| is(&words::MODIFIED_NOUNS, n.text))
    }

    /// The kind a head word gives a name ("Ministry": organisation, "Stadium": place), or
    /// `Some(None)`-like absence for words naming things that are not entities.
    fn head(&self, piece: &Piece) -> Option<Option<EntityKind>> {
        // Three lists asked about one word: it is looked up once.
        let word = words::holding(self.toks[piece.start].text);
        if word.has(&words::ORG_HEADS) {
            Some(Some(EntityKind::Org))
        } else if word.has(&words::PLACE_HEADS) {
            Some(Some(EntityKind::Place))
        } else if word.has(&words::THING_HEADS) {
            Some(None)
        } else {
            None
        }
    }

    fn named_by_head(&mut self, name: &[Piece], kind: EntityKind) {
        let (Some(first), Some(last)) = (name.first(), name.last()) else { return };
        let mut aliases = Vec::new();
        if let What::Known(entry) = first.what {
            if entry.known == Known::Place && entry.country && name.len() > 1 {
                self.known(*first, entry);
                aliases.push(self.surface(name[1].start, last.end).into_owned());
            }
        }
        // "Agency for Trade of Norland and Vess": the countries inside the name are mentioned.
        for piece in name.iter().skip(1) {
            if let What::Known(entry) = piece.what {
                if entry.known == Known::Place && entry.country {
                    self.known(*piece, entry);
                }
            }
        }
        let span = Span::new(self.toks[first.start].span.start, self.toks[last.end - 1].span.end);
        let surface = self.surface(first.start, last.end);
        let known = gazetteer().find(&surface).filter(|e| e.known != Known::Demonym);
        self.push(Candidate {
            span,
            sentence: self.context.sentence.and_then(|s| u32::try_from(s).ok()),
            words: words_in(&surface),
            surface,
            kind: Some(kind),
            evidence: Evidence::Cue,
            known: known.map(|e| e.id),
            role: None,
            aliases: aliases.into_boxed_slice(),
            needs_evidence: self.context.title_case,
            team: false,
            weight: self.context.weight,
        });
    }

    /// "Indonesian navy", "Malaysian military": a country's forces are an organisation.
    fn forces(&mut self, demonym: Piece) {
        let after = &self.toks[demonym.end..];
        for force in words::FORCES.words() {
            let n = force.split(' ').count();
            let Some(words) = after.get(..n) else { continue };
            let wanted = force.split(' ');
            if words.iter().zip(wanted).all(|(t, w)| t.text.eq_ignore_ascii_case(w))
                && words[..n - 1].iter().all(|t| !t.breaks_after)
                && !self.toks[demonym.end - 1].breaks_after
            {
                let candidate = self.candidate(
                    demonym.start,
                    demonym.end + n,
                    Some(EntityKind::Org),
                    Evidence::Cue,
                );
                self.push(candidate);
                return;
            }
        }
    }

    fn known(&mut self, piece: Piece, entry: Entry) -> usize {
        let mut kind = if entry.known == Known::Org { EntityKind::Org } else { EntityKind::Place };
        // "Ardmore 3 Vess 1", "Ardmore beat Vess": a club named after its town or county.
        // A country's side keeps the country's kind (news calls it by the country's name).
        let team = kind == EntityKind::Place
            && !entry.country
            && (self.in_table_as_team(piece.start, piece.end)
                || self.in_match(piece.start, piece.end));
        if team {
            kind = EntityKind::Org;
        }
        // "at the Blue Palace": an institution named by its building, where it is a place.
        if kind == EntityKind::Org
            && is(&words::PLACE_HEADS, self.toks[piece.end - 1].text)
            && self.located(piece.start)
        {
            kind = EntityKind::Place;
        }
        // "US State Department": the country named inside an organisation's name is mentioned.
        if kind == EntityKind::Org && piece.end > piece.start + 1 {
            let first = &self.toks[piece.start];
            if let Some(place) = gazetteer().find(first.text).filter(|e| e.country) {
                let mut candidate = self.candidate(
                    piece.start,
                    piece.start + 1,
                    Some(EntityKind::Place),
                    Evidence::Known,
                );
                candidate.known = Some(place.id);
                self.push(candidate);
            }
        }
        let mut candidate = self.candidate(piece.start, piece.end, Some(kind), Evidence::Known);
        candidate.known = Some(entry.id);
        candidate.needs_evidence = false;
        candidate.team = team;
        self.push(candidate)
    }

    /// Whether `toks[from..to]` is a team's cell on a table row: followed by its goals or
    /// points, with two more figures after it (standings: "Ardmore 10 4 0 .714"), or with the
    /// other side and its score after it ("Ardmore 3 Vess 1", read at "Ardmore") or before it
    /// (read at "Vess"). Only on a row: "Add 1 1/2 cups" in a recipe's sentence is no team.
    fn in_table_as_team(&self, from: usize, to: usize) -> bool {
        let toks = self.toks;
        let whole = |k: usize| {
            toks.get(k)
                .is_some_and(|t| !t.text.is_empty() && t.text.bytes().all(|b| b.is_ascii_digit()))
        };
        if !self.context.row || toks[to - 1].breaks_after || !whole(to) || toks[to].breaks_after {
            return false;
        }
        // a percentage or goal difference may follow the counts: ".556", "+12"
        let figure = |k: usize| {
            toks.get(k).is_some_and(|t| {
                t.text.bytes().any(|b| b.is_ascii_digit())
                    && t.text.bytes().all(|b| b.is_ascii_digit() || b"-+.:/".contains(&b))
            })
        };
        let standings = figure(to + 1) && figure(to + 2);
        let side_after = {
            let mut k = to + 1;
            while toks.get(k).is_some_and(|t| t.capital && !t.breaks_after) {
                k += 1;
            }
            k > to + 1 && whole(k)
        };
        let side_before = from >= 2
            && whole(from - 1)
            && toks[from - 2].capital
            && !toks[from - 2].breaks_after
            && !toks[from - 1].breaks_after;
        standings || side_after || side_before
    }

    /// Whether a word that sets one side against another stands between `toks[from..to]` and
    /// another name: "Ardmore beat Vess", "Vess drew with Ardmore", "Vess v Ardmore" (not
    /// "Ardmore vs. carmakers").
    fn in_match(&self, from: usize, to: usize) -> bool {
        let toks = self.toks;
        let capital = |k: usize| toks.get(k).is_some_and(|t| t.capital);
        let verb = |k: usize| toks.get(k).filter(|t| !t.breaks_after && !t.capital);
        let one = |k: usize| verb(k).is_some_and(|t| is(&words::MATCH_VERBS, t.text));
        let two = |k: usize| {
            verb(k)
                .zip(verb(k + 1))
                .is_some_and(|(a, b)| is(&words::MATCH_VERBS, &format!("{} {}", a.text, b.text)))
        };
        let after = !toks[to - 1].breaks_after
            && ((one(to) && capital(to + 1)) || (two(to) && capital(to + 2)));
        let before = (from >= 2
            && one(from - 1)
            && !toks[from - 2].breaks_after
            && capital(from - 2))
            || (from >= 3 && two(from - 2) && !toks[from - 3].breaks_after && capital(from - 3));
        after || before
    }

    /// The pieces `run[from..to]` that name a club after its town: a word for a club before a
    /// town ("Real Madrid", "FC Porto") or after one ("Leeds United"). A country's name is no
    /// town: "Real Estonia" is not read as a club.
    fn club(&self, run: &[Piece]) -> Option<(usize, usize)> {
        let town =
            |p: &Piece| matches!(p.what, What::Known(e) if e.known == Known::Place && !e.country);
        let word = |p: &Piece, list: &words::List| {
            p.end == p.start + 1
                && !self.toks[p.start].breaks_after
                && is(list, self.toks[p.start].text)
        };
        let name = |p: &Piece| town(p) || p.what == What::Word;
        (0..run.len().saturating_sub(1)).find_map(|k| {
            let (a, b) = (&run[k], &run[k + 1]);
            // "FC", "AS" in capitals only: "As" opens sentences
            let first = &self.toks[a.start];
            // the name ends there: "Veterans United Home Loans Amphitheater" is a venue
            let ends =
                run.get(k + 2).is_none_or(|p| !matches!(p.what, What::Word | What::Known(_)));
            // a word for a club before an unknown name only in capitals ("FC Vessby"):
            // "Real Deal" is no club
            let lead = word(a, &words::CLUB_LEADS)
                && (town(b) || (first.is_capitals() && b.what == What::Word));
            let tail = ends
                && name(a)
                && b.end == b.start + 1
                && !self.toks[a.end - 1].breaks_after
                && is(&words::CLUB_TAILS, self.toks[b.start].text);
            (lead || tail).then_some((k, k + 2))
        })
    }

    /// Whether "at", "in", "outside" (and "the") come just before token `at`.
    fn located(&self, at: usize) -> bool {
        let mut k = at;
        if k > 0 && self.toks[k - 1].text.eq_ignore_ascii_case("the") {
            k -= 1;
        }
        k.checked_sub(1)
            .and_then(|p| self.toks.get(p))
            .is_some_and(|t| !t.breaks_after && ["at", "in", "outside", "inside"].contains(&t.text))
    }

    /// Unknown capitalised words `toks[from..to]`, typed by the words around them.
    fn name(
        &mut self,
        from: usize,
        to: usize,
        role: Option<String>,
        honorific: bool,
        before: Option<Piece>,
    ) {
        let toks = self.toks;
        let lead_org = std::mem::take(&mut self.lead_org);
        if is(&words::EVENT_LEADS, toks[from].text) {
            return;
        }
        let count = to - from;
        if count == 1 && is(&words::COMPASS, toks[from].text) {
            return; // "South", "Western": a direction, not a name
        }
        let all_capitals = toks[from..to].iter().all(Token::is_capitals);
        // "Browns DL Sheldon Rowe", "Acme Sports NFL Analyst Jon Tate": an abbreviation inside
        // a run of name words, after a name word and with two name words after it, ends a
        // label glued before a name (a team, a desk, a position). The name is what follows;
        // the label before it is kept only when it is an acronym of its own.
        if !all_capitals && role.is_none() && !honorific && count >= 3 {
            // An abbreviation opening the run is a company's form ("PT", "RAO"), not a label.
            let label_end = (from + 1..to - 2).rev().find(|&k| {
                let t = &toks[k];
                t.is_capitals() && !t.text.contains('.') && !toks[k + 1].is_capitals()
            });
            if let Some(k) = label_end {
                if toks[from..=k].iter().all(Token::is_capitals) {
                    self.name(from, k + 1, None, false, before);
                }
                self.lead_org = lead_org;
                self.name(k + 1, to, None, false, None);
                return;
            }
        }
        let mut kind = None;
        let mut evidence = Evidence::Shape;
        let mut role = role;
        if role.is_some() || honorific {
            kind = Some(EntityKind::Person);
            evidence = Evidence::Cue;
        } else if all_capitals
            || lead_org
            || named_with_figures(toks[from].text)
            || (count == 1 && self.camel_case(from))
        {
            kind = Some(EntityKind::Org);
            evidence = Evidence::Cue;
        } else if count == 1 && self.in_table_as_team(from, to) {
            // "Ardmore 10 4 0": the name in a standings or score row is a team's.
            kind = Some(EntityKind::Org);
            evidence = Evidence::Cue;
        } else if count >= 2 && is_name_abbreviation(toks[from].text) {
            // "St. Croix", "Mt. Vell": a saint's or a mountain's name opens a place's, even
            // when a given name follows; a head word after it may still make it an org.
            kind = Some(EntityKind::Place);
            evidence = Evidence::Cue;
        } else if count >= 2 {
            kind = Some(EntityKind::Person);
        }
        if before.is_none()
            && kind.is_none_or(|k| k == EntityKind::Person && evidence == Evidence::Shape)
        {
            if let Some(found) = self.role_before(from) {
                role = Some(found);
                kind = Some(EntityKind::Person);
                evidence = Evidence::Cue;
            }
        }
        if evidence < Evidence::Cue {
            if let Some(cued) = self.cue_before(from) {
                kind = Some(cued);
                evidence = Evidence::Cue;
            }
        }
        let mut end = to;
        if let Some((cued, extend)) = self.cue_after(to, kind) {
            if cued.is_none() {
                return; // "the TexAuto Facts report": a name of a thing
            }
            kind = cued;
            evidence = Evidence::Cue;
            end += extend;
        }
        // "Brix said": organisations speak too. One unknown word saying something is proved a
        // name, but is a person only if it merges with a full name later.
        let says = self.toks.get(to).is_some_and(|n| SPEECH_VERBS.has(n.text))
            && !self.toks[to - 1].breaks_after;
        if kind.is_none() && says {
            evidence = evidence.max(Evidence::Cue);
        }
        // "Glamorgan beat Durham": one unknown word set against another name is a side, a
        // name even where it opens the sentence. A club by its shape only: a player's surname
        // ("Vess beat Ardmore" in tennis) merges with the player's full name and is a person.
        let side = kind.is_none() && count == 1 && self.in_match(from, to);
        if side {
            kind = Some(EntityKind::Org);
        }
        if let Some(found) = self.apposition(to, &mut kind, &mut evidence) {
            role.get_or_insert(found);
        }
        let mut candidate = self.candidate(from, end, kind, evidence);
        candidate.role = role.map(String::into_boxed_str);
        // A capitalised compound ("Nagorno-Karabakh") is a name even where every word has a
        // capital; a nickname in quotes ("DisMaria") still needs the text to confirm it.
        let inner_capital =
            toks[from].text.split('-').skip(1).any(|w| w.starts_with(char::is_uppercase));
        candidate.needs_evidence = self.context.title_case
            || (toks[from].initial
                && count == 1
                && evidence < Evidence::Cue
                && !inner_capital
                && !side);
        candidate.team = side;
        if let Some(domain) =
            candidate.surface.strip_suffix(".com").or(candidate.surface.strip_suffix(".org"))
        {
            let domain = domain.to_owned();
            candidate.add_alias(domain);
            candidate.kind = Some(EntityKind::Org);
        }
        self.push(candidate);
    }

    /// "BrixCo", "DataWorks", "NEWSDesk": a capital inside one word names a company, not a
    /// person ("McAdam", "DiNardo", "LeBlanc" are surnames; a nickname in quotes is neither).
    fn camel_case(&self, at: usize) -> bool {
        let t = &self.toks[at];
        let chars: Vec<char> = t.text.chars().collect();
        let Some(inner) = (1..chars.len()).find(|&i| {
            chars[i].is_uppercase() && chars[i - 1].is_alphabetic() && chars[i - 1].is_lowercase()
                || (i >= 2
                    && chars[i].is_lowercase()
                    && chars[i - 1].is_uppercase()
                    && chars[i - 2].is_uppercase())
        }) else {
            return false;
        };
        if chars.iter().any(|c| !c.is_alphanumeric()) {
            return false;
        }
        let prefix: String = chars[..inner].iter().collect();
        let surname_prefix = [
            "mc", "mac", "di", "de", "da", "del", "le", "la", "van", "von", "du", "fitz", "st", "o",
        ]
        .contains(&prefix.to_lowercase().as_str());
        let quoted = self.text[..t.span.start].ends_with(['"', '“', '‘', '\'']);
        !surname_prefix && !quoted
    }

    /// A role written just before a name: "campaign chief Aigul Osmonova", "his wife, Nadia".
    fn role_before(&self, from: usize) -> Option<String> {
        let g = gazetteer();
        let first = from.saturating_sub(3);
        // The keys of the (up to) three words before the name, joined as a phrase's key is
        // ([`key_of_words`]), and where each word's part begins: the phrase of the last `len`
        // words is keyed as the tail of the whole, so each word is keyed once.
        let mut keyed = String::with_capacity(48);
        let mut begins = [0; 3];
        for (begin, t) in begins.iter_mut().zip(&self.toks[first..from]) {
            let before = keyed.len();
            if before > 0 {
                keyed.push(' ');
            }
            *begin = keyed.len();
            push_word_key(t.text, &mut keyed);
            // A word with no key (".") adds no space either.
            if keyed.len() == before + 1 {
                keyed.truncate(before);
            }
        }
        for len in (1..=3).rev() {
            let Some(start) = from.checked_sub(len) else { continue };
            let words = &self.toks[start..from];
            if words[..len - 1].iter().any(|t| t.breaks_after) {
                continue;
            }
            let tail = keyed.get(begins[start - first]..).unwrap_or("");
            let tail = tail.strip_prefix(' ').unwrap_or(tail);
            if g.is_role_keyed(key_of_words(tail)) {
                return Some(phrase(words, 0, len));
            }
        }
        None
    }

    /// The kind a lower-case word before a name gives it: "journal Nature" is an organisation,
    /// "in Aceh" a place.
    fn cue_before(&self, from: usize) -> Option<EntityKind> {
        let prev = self.toks.get(from.checked_sub(1)?)?;
        let two_back = from.checked_sub(2).and_then(|k| self.toks.get(k));
        // Only quotes between: "wrote for 'Acme'".
        let gap = self.text.get(prev.span.end..self.toks[from].span.start).unwrap_or(",");
        let quoted = gap.chars().all(|c| c.is_whitespace() || "\"'“‘".contains(c));
        if quoted
            && !prev.capital
            && prev.text == "for"
            && two_back.is_some_and(|t| !t.breaks_after && is(&words::WORKS_FOR, t.text))
        {
            return Some(EntityKind::Org);
        }
        if prev.breaks_after || prev.capital {
            return None;
        }
        let before = two_back.filter(|t| !t.breaks_after);
        // "the county of Ardmore"
        if prev.text == "of" && before.is_some_and(|t| is(&words::PLACE_OF, t.text)) {
            return Some(EntityKind::Place);
        }
        // "companies including Acme", "banks such as Brix"
        if ["including", "like"].contains(&prev.text)
            && before.is_some_and(|t| is(&words::ORG_PLURALS, t.text))
        {
            return Some(EntityKind::Org);
        }
        if is(&words::ORG_CUES, prev.text) {
            return Some(EntityKind::Org);
        }
        if ["in", "near", "outside"].contains(&prev.text) {
            return Some(EntityKind::Place);
        }
        None
    }

    /// What the words after a name make it: `Some((None, _))` for a name of a thing, else the
    /// kind and how many more tokens the name takes ("Rift valley").
    fn cue_after(
        &self,
        to: usize,
        kind: Option<EntityKind>,
    ) -> Option<(Option<EntityKind>, usize)> {
        let last = self.toks.get(to.checked_sub(1)?)?;
        let next = self.toks.get(to)?;
        if last.hyphen_after {
            return ["based", "area", "born", "headquartered"]
                .contains(&next.text)
                .then_some((Some(EntityKind::Place), 0));
        }
        if last.breaks_after || next.capital {
            return None;
        }
        if is(&words::PLACE_TAILS, next.text) {
            return Some((Some(EntityKind::Place), 1));
        }
        if is(&words::THING_TAILS, next.text) {
            return Some((None, 0));
        }
        if kind.is_none_or(|k| k == EntityKind::Person) && is(&words::ORG_TAILS, next.text) {
            return Some((Some(EntityKind::Org), 0));
        }
        None
    }

    /// ", a CEC official", ", a California-based automobile data firm", ", Indonesia": what an
    /// apposition says the name is. Returns a role it names.
    fn apposition(
        &self,
        to: usize,
        kind: &mut Option<EntityKind>,
        evidence: &mut Evidence,
    ) -> Option<String> {
        let last = self.toks.get(to.checked_sub(1)?)?;
        let comma = self.text.get(last.span.end..)?.trim_start().starts_with(',');
        if !comma {
            return None;
        }
        let mut from = to;
        if self.toks.get(from).is_some_and(|t| ["a", "an", "the"].contains(&t.text)) {
            from += 1;
        }
        let g = gazetteer();
        let first = self.toks.get(from)?;
        if from == to && !first.capital {
            return None; // ", who was ousted as vice-president": a clause, not an apposition
        }
        if let Some(entry) = g.find(first.text) {
            if entry.known == Known::Place && entry.country && first.breaks_after && kind.is_none()
            {
                *kind = Some(EntityKind::Place);
                *evidence = Evidence::Cue;
                return None;
            }
        }
        // With an article, a noun phrase ("a California-based automobile data firm"); without,
        // only a short role ("Panama coach"): anything longer is the sentence going on.
        let articled = from > to;
        let reach = if articled { 7 } else { 3 };
        for end in from..(from + reach).min(self.toks.len()) {
            let t = &self.toks[end];
            if SPEECH_VERBS.has(t.text) || ["who", "which", "that"].contains(&t.text) {
                break;
            }
            if g.is_role_words([t.text]) {
                if kind.is_none_or(|k| k == EntityKind::Person) {
                    *kind = Some(EntityKind::Person);
                    *evidence = (*evidence).max(Evidence::Cue);
                    return Some(self.surface(from, end + 1).into_owned());
                }
                return None;
            }
            if !articled {
                // no article: only a role can follow
            } else if kind.is_none() && is(&words::ORG_NOUNS, t.text) {
                *kind = Some(EntityKind::Org);
                *evidence = Evidence::Cue;
                return None;
            } else if kind.is_none() && is(&words::PLACE_NOUNS, t.text) {
                *kind = Some(EntityKind::Place);
                *evidence = Evidence::Cue;
                return None;
            }
            if t.breaks_after {
                break;
            }
        }
        None
    }

    fn candidate(
        &self,
        from: usize,
        to: usize,
        kind: Option<EntityKind>,
        evidence: Evidence,
    ) -> Candidate<'a> {
        let span = Span::new(self.toks[from].span.start, self.toks[to - 1].span.end);
        let surface = self.surface(from, to);
        Candidate {
            span,
            sentence: self.context.sentence.and_then(|s| u32::try_from(s).ok()),
            words: words_in(&surface),
            surface,
            kind,
            evidence,
            known: None,
            role: None,
            aliases: Box::default(),
            needs_evidence: false,
            team: false,
            weight: self.context.weight,
        }
    }

    /// The text of `toks[from..to]` as written, whitespace collapsed, hyphen tails left off.
    fn surface(&self, from: usize, to: usize) -> Cow<'a, str> {
        let span = Span::new(self.toks[from].span.start, self.toks[to - 1].span.end);
        // Joined straight into one string sized for the span: no list of words in between.
        let text = span.of(self.text);
        if is_collapsed(text) {
            return Cow::Borrowed(text);
        }
        let mut out = String::with_capacity(text.len());
        for word in text.split_whitespace() {
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(word);
        }
        Cow::Owned(out)
    }

    fn push(&mut self, candidate: Candidate<'a>) -> usize {
        self.out.push(candidate);
        self.out.len() - 1
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shouted_lines_are_lines_in_capitals() {
        let rows = [
            ("headline in capitals", "NORLAND GET LUCKY WIN, VESS IN SURPRISE DEFEAT.", true),
            ("dateline with its date", "NEW YORK 1996-12-06", true),
            ("one word in capitals", "LONDON 1996-12-06", false),
            ("acronyms in a sentence", "The NTSA and NORSA met on Monday.", false),
            ("title case", "Norland Gets Lucky Win", false),
            ("script without case", "스탠딩 업 고루했던 예능국의", false),
            ("empty", "", false),
        ];
        for (name, line, shouted) in rows {
            assert_eq!(is_shouted_line(line), shouted, "{name}: {line:?}");
        }
    }

    #[test]
    fn figures_name_companies_but_not_prices() {
        let rows = [
            ("figures first", "3M", true),
            ("figures inside", "Web3Corp", true),
            ("a hyphened name", "7-Eleven", true),
            ("a price", "C$0.28", false),
            ("a group's code", "G40", true),
        ];
        for (name, word, want) in rows {
            assert_eq!(named_with_figures(word), want, "{name}: {word}");
        }
    }

    #[test]
    fn a_collapsed_text_is_its_own_collapsed_form() {
        let texts = [
            "Ana Vos",
            "U.S. State Department",
            "Ana  Vos",
            " Ana",
            "Ana ",
            "Ana\tVos",
            "Ana\nVos",
            "Ana\u{a0}Vos",
            "Zoë Vos",
            "",
            " ",
            "A",
            "Shin-Wook (Kim)",
        ];
        for text in texts {
            let collapsed = text.split_whitespace().collect::<Vec<_>>().join(" ");
            if is_collapsed(text) {
                assert_eq!(collapsed, text, "{text:?}");
            }
        }
        assert!(is_collapsed("U.S. State Department") && !is_collapsed("Ana  Vos"));
    }
}
