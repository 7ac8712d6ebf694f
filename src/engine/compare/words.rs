//! Words of a sentence as the comparison sees them: each token with its span and a normal form
//! that two versions of one sentence share even when the spelling differs ("favour"/"favor",
//! "criticised"/"criticized", "Aliev's"/"Aliyev"), and the word-level diff of two sentences.

use crate::engine::lexicon::STOPWORDS;
use serde::{Deserialize, Serialize};

use crate::engine::extract::entities::fuzzy;
use crate::engine::text::span::Span;

/// One word of a sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word {
    pub span: Span,
    /// The word as written, lower case.
    pub lower: String,
    /// The form spelling variants share.
    pub normal: String,
    /// Not a function word: what similarity is measured on.
    pub content: bool,
}

/// The words of `span` in `text`: runs of letters and digits, keeping inner hyphens, dots and
/// apostrophes ("re-election", "U.S.", "Aliev's") so a word is what a reader sees as one.
pub fn words(text: &str, span: Span) -> Vec<Word> {
    let body = span.of(text);
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let chars: Vec<(usize, char)> = body.char_indices().collect();
    for (k, &(i, c)) in chars.iter().enumerate() {
        let inner = matches!(c, '-' | '\'' | '’' | '.')
            && start.is_some()
            && chars.get(k + 1).is_some_and(|&(_, n)| n.is_alphanumeric());
        if c.is_alphanumeric() || inner {
            start.get_or_insert(i);
        } else if let Some(s) = start.take() {
            out.push(word(text, Span::new(span.start + s, span.start + i)));
        }
    }
    if let Some(s) = start {
        out.push(word(text, Span::new(span.start + s, span.start + body.len())));
    }
    out
}

fn word(text: &str, span: Span) -> Word {
    let lower = span.of(text).to_lowercase();
    let normal = normal(&lower);
    let content = !STOPWORDS.has(&lower);
    Word { span, lower, normal, content }
}

/// The shared form of a lower-case word: possessive and inner punctuation dropped, the letters
/// transliterations disagree on dropped, a light stem (plural, past, -ing) and British spelling
/// folded into American ("-our" → "-or", "-ise" → "-ize").
pub fn normal(lower: &str) -> String {
    let bare = lower.strip_suffix("'s").or_else(|| lower.strip_suffix("’s")).unwrap_or(lower);
    let joined: String = bare.chars().filter(|c| c.is_alphanumeric()).collect();
    if joined.chars().any(|c| c.is_ascii_digit()) {
        return joined;
    }
    let mut w = fuzzy::normal(&joined);
    for suffix in ["ing", "ed", "es", "s"] {
        if w.len() >= suffix.len() + 4 && w.ends_with(suffix) {
            w.truncate(w.len() - suffix.len());
            break;
        }
    }
    if w.len() > 4 && w.ends_with("our") {
        w.truncate(w.len() - 2);
        w.push('r');
    }
    for (british, american) in [("is", "iz"), ("ise", "ize"), ("isation", "ization")] {
        if w.len() > british.len() + 4 && w.ends_with(british) {
            w.truncate(w.len() - british.len());
            w.push_str(american);
            break;
        }
    }
    w
}

/// What happened to a run of words between two versions of a sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ChangeKind {
    /// The same words in both.
    Kept,
    /// The same words spelled differently ("Aliev" / "Aliyev").
    Respelled,
    /// Only in A.
    Removed,
    /// Only in B.
    Added,
}

/// A run of words with one fate; spans into A's text and B's text where the run is in them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct WordChange {
    pub kind: ChangeKind,
    pub a: Option<Span>,
    pub b: Option<Span>,
}

/// Above this many word pairs, two "sentences" are not compared word by word (a paragraph
/// that failed to split): the diff says all removed, all added.
const MAX_CELLS: usize = 250_000;

/// The word diff of two sentences: a longest common subsequence over normal forms, as runs.
pub fn diff(a: &[Word], b: &[Word]) -> Vec<WordChange> {
    let (n, m) = (a.len(), b.len());
    let mut steps: Vec<(ChangeKind, Option<Span>, Option<Span>)> = Vec::new();
    if n.saturating_mul(m) > MAX_CELLS {
        steps.extend(a.iter().map(|w| (ChangeKind::Removed, Some(w.span), None)));
        steps.extend(b.iter().map(|w| (ChangeKind::Added, None, Some(w.span))));
        return runs(&steps);
    }
    // lcs[i][j]: the longest common run of a[i..] and b[j..].
    let mut lcs = vec![0u32; (n + 1) * (m + 1)];
    let at = |i: usize, j: usize| i * (m + 1) + j;
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            lcs[at(i, j)] = if a[i].normal == b[j].normal {
                lcs[at(i + 1, j + 1)] + 1
            } else {
                lcs[at(i + 1, j)].max(lcs[at(i, j + 1)])
            };
        }
    }
    let (mut i, mut j) = (0, 0);
    while i < n || j < m {
        if i < n && j < m && a[i].normal == b[j].normal {
            let kind =
                if a[i].lower == b[j].lower { ChangeKind::Kept } else { ChangeKind::Respelled };
            steps.push((kind, Some(a[i].span), Some(b[j].span)));
            i += 1;
            j += 1;
        } else if i < n && (j == m || lcs[at(i + 1, j)] >= lcs[at(i, j + 1)]) {
            steps.push((ChangeKind::Removed, Some(a[i].span), None));
            i += 1;
        } else {
            steps.push((ChangeKind::Added, None, Some(b[j].span)));
            j += 1;
        }
    }
    runs(&steps)
}

/// Consecutive steps of one kind joined into one run spanning their words.
fn runs(steps: &[(ChangeKind, Option<Span>, Option<Span>)]) -> Vec<WordChange> {
    let join = |x: Option<Span>, y: Option<Span>| match (x, y) {
        (Some(x), Some(y)) => Some(Span::new(x.start.min(y.start), x.end.max(y.end))),
        (x, y) => x.or(y),
    };
    let mut out: Vec<WordChange> = Vec::new();
    for &(kind, a, b) in steps {
        match out.last_mut() {
            Some(last) if last.kind == kind => {
                last.a = join(last.a, a);
                last.b = join(last.b, b);
            }
            _ => out.push(WordChange { kind, a, b }),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spelling_variants_share_a_normal_form() {
        let cases: &[(&str, &str)] = &[
            ("favour", "favor"),
            ("criticised", "criticized"),
            ("organisation", "organization"),
            ("aliyev's", "aliev"),
            ("re-election", "reelection"),
            ("protests", "protest"),
        ];
        for (a, b) in cases {
            assert_eq!(normal(a), normal(b), "{a} / {b}");
        }
        assert_ne!(normal("sweden"), normal("sudan"));
    }

    #[test]
    fn words_keep_inner_punctuation() {
        let text = "The U.S. re-election of Aliev's party, (2009).";
        let shown: Vec<&str> =
            words(text, Span::new(0, text.len())).iter().map(|w| w.span.of(text)).collect();
        assert_eq!(shown, ["The", "U.S", "re-election", "of", "Aliev's", "party", "2009"]);
    }

    #[test]
    fn the_diff_marks_kept_respelled_removed_and_added_runs() {
        let a = "Results gave Aliev 76 percent of the vote on Monday.";
        let b = "Official results gave Aliyev 76 percent of the vote.";
        let (wa, wb) = (words(a, Span::new(0, a.len())), words(b, Span::new(0, b.len())));
        let shown: Vec<(ChangeKind, &str, &str)> = diff(&wa, &wb)
            .iter()
            .map(|c| (c.kind, c.a.map_or("", |s| s.of(a)), c.b.map_or("", |s| s.of(b))))
            .collect();
        assert_eq!(
            shown,
            [
                (ChangeKind::Added, "", "Official"),
                (ChangeKind::Kept, "Results gave", "results gave"),
                (ChangeKind::Respelled, "Aliev", "Aliyev"),
                (ChangeKind::Kept, "76 percent of the vote", "76 percent of the vote"),
                (ChangeKind::Removed, "on Monday", ""),
            ]
        );
    }
}
