//! Key figures: the quantities of the article (percentages, money, counts, measures) with
//! what each measures, its hedge and its movement, one [`Figure`] per fact however often it
//! is repeated, ranked for the figure cards.
//!
//! Read from the headline, the highlights and the body only: a number in a menu or a "related
//! stories" link is not the article's.

mod about;
mod forms;
mod numbers;
mod quantity;
mod scan;
mod tokens;
mod units;

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use crate::engine::layout::article::Article;
use crate::engine::layout::document::Role;
use crate::engine::order;
use crate::engine::text::span::Span;
use crate::engine::text::window;

/// What a bare "$" stands for: see [`read`].
const BARE_DOLLAR: &str = "USD";

/// What kind of quantity a figure is; the card formats each differently (76%, $180M, 3,000).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FigureKind {
    Percent,
    /// Percentage points, basis points, or points in a table or on an index.
    Points,
    Money,
    Count,
    /// A quantity with a unit of measure: km, tonnes, magnitude, an age in years.
    Measure,
    /// A result, "won 2-1": `value` is the first side and [`Figure::against`] the second; the
    /// unit says what was counted (goals, runs, points). A score is read as one fact, never as
    /// "2 goals", which no sentence said.
    Score,
}

/// The hedge the article puts on a number; the card shows it ("more than 900").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    About,
    MoreThan,
    LessThan,
    Nearly,
    UpTo,
    AtLeast,
    AtMost,
    /// "just $120", "only 8 percent": exact, stressed as small.
    Only,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ChangeDirection {
    Up,
    Down,
    Doubled,
    Tripled,
    Halved,
}

/// A figure that measures a movement: "down 10 percent from a year ago".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Change {
    pub direction: ChangeDirection,
    /// What the change is measured against, as written ("a year ago"), when the text says.
    pub reference: Option<Span>,
}

/// One place the article states a figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct FigureMention {
    /// The quantity as written: "$180 million", "30,154 new cars".
    pub span: Span,
    /// Index into [`Digest::sentences`](crate::engine::Digest::sentences).
    pub sentence: usize,
}

/// One fact the article states with a number. Mentions with the same value and unit are one
/// figure: the headline's "10 percent" and the lead's are the same drop.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Figure {
    /// The mention the card quotes (its first); `span.of(text)` is the figure as written.
    pub span: Span,
    pub sentence: usize,
    /// The plain number, scales expanded: "17.3 million" is 17300000.
    pub value: f64,
    /// `percent`, `percentage points`, `basis points`, `points`, an ISO currency code, `people`,
    /// or the short lowercase noun or measure counted (`vehicles`, `km`, `years`).
    pub unit: String,
    pub kind: FigureKind,
    /// A score's second side ("2-1" is 2 against 1); set exactly when `kind` is `Score`.
    pub against: Option<u32>,
    pub qualifier: Option<Qualifier>,
    pub change: Option<Change>,
    /// What the number measures, from its sentence: "share of the vote", "average monthly
    /// wage". May be empty when the sentence does not say.
    pub about: String,
    /// How newsworthy the figure is: higher for the headline and lead, for money and
    /// percentages, for facts repeated.
    pub salience: u32,
    /// Position on the figure cards, 0 first.
    pub rank: usize,
    /// Every mention in reading order; the first is `span`.
    pub mentions: Vec<FigureMention>,
}

impl Figure {
    /// The card's label: `about`, said as a movement when the figure is one ("drop in sedan
    /// sales").
    pub fn label(&self) -> String {
        let movement = match self.change.map(|c| c.direction) {
            Some(ChangeDirection::Up) => "rise in",
            Some(ChangeDirection::Down) => "drop in",
            _ => return self.about.clone(),
        };
        let already = ["rise", "drop", "increase", "decrease", "fall", "decline", "growth", "cut"]
            .iter()
            .any(|w| self.about.to_lowercase().starts_with(w));
        if self.about.is_empty()
            || already
            || !matches!(self.kind, FigureKind::Percent | FigureKind::Points)
        {
            self.about.clone()
        } else {
            format!("{movement} {}", self.about)
        }
    }
}

/// One mention found in a sentence, before merging.
struct Found {
    quantity: scan::Quantity,
    about: String,
    change: Option<Change>,
    sentence: usize,
    place: u32,
    /// The label was read from the figure's own words, not borrowed or left as "…".
    strong: bool,
}

/// The figures of the article's headline, highlights and body, in reading order of their
/// first mention; `rank` orders the cards.
// Called once per digest: kept out of line so a profile shows the stage on its own.
#[inline(never)]
pub(crate) fn read(article: &Article<'_>) -> Vec<Figure> {
    let (text, lower) = (article.text(), article.lower());
    let read: Vec<(usize, Span, Role)> = article
        .sentences_with_roles()
        .map(|(i, s, role)| (i, s.span, role))
        .filter(|(_, _, role)| matches!(role, Role::Headline | Role::Highlight | Role::Body))
        .collect();
    // A bare "$" is the US dollar wherever the story is set: another dollar is written with
    // its own mark ("HK$", "A$", "NT$") or named after the amount ("50 Hong Kong dollars"), and
    // a story set in Hong Kong that writes "$" quotes US dollars (newsrooms' style for wire
    // copy). Naming one dollar elsewhere in the text says nothing about this amount.
    let dollar = BARE_DOLLAR;
    let (mut shared, mut buffer) = (Vec::new(), Vec::new());
    let mut merged = Merged::default();
    let mut body_order = 0u32;
    for &(sentence, span, role) in &read {
        let place = match role {
            Role::Headline => 100,
            Role::Highlight => 80,
            _ => {
                body_order += 1;
                match body_order {
                    1 => 60,
                    2 => 40,
                    3 => 25,
                    n => 20u32.saturating_sub(n),
                }
            }
        };
        // A long sentence is read in windows (engine/window.rs), each keeping the quantities
        // that start in the stretch it owns.
        for piece in window::windows(text, span) {
            buffer.clear();
            tokens::tokens_into(text, Some(lower), piece.span, &mut shared, &mut buffer);
            let tokens = buffer.as_slice();
            let context =
                scan::Context { dollar, title_case: role == Role::Headline && title_case(tokens) };
            let mut earlier: Vec<String> = Vec::new();
            let mut window = 0;
            for quantity in scan::quantities(tokens, context) {
                let (about, change) = about::about(text, tokens, &quantity, window, &earlier);
                let strong =
                    !about.is_empty() && !about.contains('…') && earlier.last() != Some(&about);
                window = quantity.end;
                earlier.push(about.clone());
                if piece.owns(quantity.span) {
                    merged.add(Found { quantity, about, change, sentence, place, strong });
                }
            }
        }
    }
    merged.ranked()
}

/// Mentions of one value and unit become one figure, as they are found in reading order: a
/// repeated figure costs its mention, not a label and unit held until the end (a list of
/// figures was three times the size of its text). [`Merged::ranked`] ranks them.
#[derive(Default)]
struct Merged {
    index: HashMap<(u64, Option<u32>, String), usize>,
    figures: Vec<Figure>,
    best_place: Vec<u32>,
    /// Whether each figure's label is strong and read from the body (below the highlights).
    settled: Vec<bool>,
}

impl Merged {
    fn add(&mut self, f: Found) {
        let q = f.quantity;
        // A score's second side is part of its fact: "won 5-4" and "lost 5-2" are two.
        let against = match q.shape {
            scan::Shape::Score { against } => Some(against),
            _ => None,
        };
        let key = (q.value.to_bits(), against, q.unit);
        let mention = FigureMention { span: q.span, sentence: f.sentence };
        if let Some(&i) = self.index.get(&key) {
            let figure = &mut self.figures[i];
            figure.mentions.push(mention);
            // A label read in a body sentence beats the headline's terse one or a borrowed one.
            if !self.settled[i] && f.strong {
                figure.about = f.about;
                self.settled[i] = f.place < 80;
            }
            figure.qualifier = figure.qualifier.or(q.qualifier);
            figure.change = figure.change.or(f.change);
            self.best_place[i] = self.best_place[i].max(f.place);
            return;
        }
        self.best_place.push(f.place);
        self.settled.push(f.strong && f.place < 80);
        self.figures.push(Figure {
            span: q.span,
            sentence: f.sentence,
            value: q.value,
            unit: key.2.clone(),
            kind: q.kind,
            against,
            qualifier: q.qualifier,
            change: f.change,
            about: f.about,
            salience: 0,
            rank: 0,
            mentions: vec![mention],
        });
        self.index.insert(key, self.figures.len() - 1);
    }

    /// The figures, each with its salience and rank.
    fn ranked(self) -> Vec<Figure> {
        let Merged { mut figures, best_place, .. } = self;
        for (figure, place) in figures.iter_mut().zip(&best_place) {
            figure.salience = salience(figure, *place);
        }
        let mut ranking: Vec<usize> = (0..figures.len()).collect();
        // Highest salience first; ties in reading order.
        order::sort_by_key(&mut ranking, |&i| ((u32::MAX - figures[i].salience) as usize, 0));
        for (rank, i) in ranking.into_iter().enumerate() {
            figures[i].rank = rank;
        }
        figures
    }
}

/// Headline and lead first, money and percentages before small counts, repeats up.
fn salience(figure: &Figure, place: u32) -> u32 {
    let kind = match figure.kind {
        FigureKind::Money => 60,
        FigureKind::Percent => 55,
        FigureKind::Points => 45,
        FigureKind::Count if figure.value >= 100.0 => 35,
        FigureKind::Count => 25,
        FigureKind::Measure if figure.unit == "years" => 15,
        FigureKind::Measure => 30,
        FigureKind::Score => 25,
    };
    let repeats = 15 * (figure.mentions.len().min(4) as u32 - 1);
    place + kind + repeats
}

/// A headline in Title Case: capitals there do not mark names.
fn title_case(tokens: &[tokens::Token]) -> bool {
    let words: Vec<_> = tokens.iter().filter(|t| t.is_word() && t.text.len() > 3).collect();
    words.len() >= 3 && words.iter().filter(|t| t.is_capitalised()).count() * 10 >= words.len() * 7
}

#[cfg(test)]
mod tests;
