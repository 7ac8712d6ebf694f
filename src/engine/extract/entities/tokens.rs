//! Words of one sentence as the recogniser sees them: the word without its punctuation or
//! possessive, where it sits in the text, and what separates it from its neighbours.

use super::words::{self, is};
use crate::engine::gazetteer::{Known, gazetteer};
use crate::engine::text::span::Span;
use crate::engine::text::tokens::{self as shared, runs};

/// One word of a sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token<'a> {
    /// The word as written, without edge punctuation or possessive ("Russia" in "Russia's,").
    pub text: &'a str,
    pub span: Span,
    /// Starts with a capital letter or a digit followed by capitals ("G40" does not; "Okafor" does).
    pub capital: bool,
    /// Opens the sentence, a quotation or a clause after a colon or dash: its capital proves
    /// nothing.
    pub initial: bool,
    /// Punctuation, a possessive or a split hyphen ends a name here.
    pub breaks_after: bool,
    /// Joined to the next word by a hyphen ("Sugar Land-based").
    pub hyphen_after: bool,
    /// An opening bracket comes right before it: "(OSCE)".
    pub bracketed: bool,
    /// A capitalised word of a shouted lead ("A TOP-secret panel", "AS Leader Ana Vos said"):
    /// its capitals are typography, not an acronym.
    pub shouted: bool,
}

impl Token<'_> {
    /// All letters capitals, at least two of them: "OSCE", "U.S.".
    pub fn is_capitals(&self) -> bool {
        let mut letters = self.text.chars().filter(|c| c.is_alphabetic()).peekable();
        letters.peek().is_some()
            && self.text.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && letters.all(char::is_uppercase)
    }
}

/// Marks that open a word: quotes, brackets, emphasis. (A `match`, not a list of chars: it
/// is asked of both ends of every word.)
fn opening(c: char) -> bool {
    matches!(c, '"' | '\'' | '“' | '‘' | '(' | '[' | '«' | '‹' | '{' | '*' | '_')
}

/// Marks that close a word: quotes, brackets, emphasis and punctuation.
fn closing(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | '”'
            | '’'
            | ')'
            | ']'
            | '»'
            | '›'
            | '}'
            | ','
            | '.'
            | ';'
            | ':'
            | '!'
            | '?'
            | '*'
            | '_'
            | '…'
    )
}

/// The words of the sentence at `sentence` in `text`, in `out` (cleared first: one buffer serves
/// every sentence of an article). A word is a whitespace-separated run of the shared tokens
/// ([`runs`]), read with its punctuation, which says where a name breaks; `shared` is the
/// buffer those tokens are cut into.
///
/// `text` is the article's text, with Markdown link and image syntax already blanked by spaces
/// (`layout/markup.rs`): where blanking left two or more spaces between words, a link or an
/// image stood there, and a name does not run on across it; nor across a tab, which parts the
/// cells of a table row.
pub fn tokens<'a>(
    text: &'a str,
    sentence: Span,
    shared: &mut Vec<shared::Token<'a>>,
    out: &mut Vec<Token<'a>>,
) {
    out.clear();
    shared.clear();
    shared::tokens_into(text, None, sentence, shared);
    let mut initial = true;
    let mut last_end = sentence.start;
    for run in runs(shared) {
        let gap = text.get(last_end..run.start).unwrap_or_default();
        last_end = run.end;
        // Two spaces, or a tab between the cells of a table row, part names.
        if gap.contains('\t') || gap.chars().nth(1).is_some() {
            if let Some(last) = out.last_mut() {
                last.breaks_after = true;
            }
        }
        let raw = run.of(text);
        let start = run.start;
        // No mark opens or closes with a letter or digit: most words start and end with one,
        // and are not trimmed at that end.
        let alphanumeric = |b: Option<&u8>| b.is_some_and(u8::is_ascii_alphanumeric);
        let core_start = if alphanumeric(raw.as_bytes().first()) {
            0
        } else {
            raw.len() - raw.trim_start_matches(opening).len()
        };
        let opened = core_start > 0;
        let bracketed = opened && raw[..core_start].contains(['(', '[']);
        let mut core = &raw[core_start..];
        if !alphanumeric(core.as_bytes().last()) {
            core = core.trim_end_matches(closing);
        }
        // Keep the last full stop of "U.S.", of initials ("Mary K. Lowe", "C. Hooper") and of
        // an abbreviation that opens a name ("St. Petersburg"): it belongs to the word, and a
        // name runs on through it.
        let rest = &raw[core_start + core.len()..];
        if rest.starts_with('.')
            && (core.contains('.')
                || (rest == "." && (is_initial(core) || is_name_abbreviation(core))))
        {
            core = &raw[core_start..core_start + core.len() + 1];
        }
        // "Workers’ Bank": the apostrophe of a plural possessive inside a name is its word's.
        let rest = &raw[core_start + core.len()..];
        if (rest == "'" || rest == "’") && is(&words::POSSESSIVE_NAME_WORDS, core) {
            core = &raw[core_start..];
        }
        let closed = core_start + core.len() < raw.len();
        // "People’s Bank", "Children's Hospital": a possessive of these nouns stays in a name.
        let (word, possessive) = match strip_possessive(core) {
            (stem, true) if starts_capital(stem) && is(&words::POSSESSIVE_NAME_WORDS, stem) => {
                (core, false)
            }
            stripped => stripped,
        };
        if opened && raw[..core_start].contains(['"', '“', '‘', '«']) {
            initial = true;
        }
        // A dash standing alone ("Norland - Ida Fenn") parts what is around it, as a mark does.
        if word.is_empty() || word.bytes().all(|b| b == b'-') {
            if let Some(last) = out.last_mut() {
                last.breaks_after = true;
            }
            initial = initial
                || raw.contains(['—', '–', ':', '…'])
                || raw.contains("...")
                || raw == "-"
                || raw == "--";
            continue;
        }
        let base = start + core_start;
        let before = out.len();
        split_word(word, base, out);
        if let Some(first) = out.get_mut(before) {
            first.initial = initial;
            first.bracketed = bracketed;
        }
        if let Some(last) = out.last_mut() {
            last.breaks_after |= closed || possessive;
        }
        if let Some(prev) = before.checked_sub(1).and_then(|i| out.get_mut(i)) {
            prev.breaks_after |= opened;
        }
        initial = raw.ends_with(':');
    }
    mark_shouted_lead(out);
}

/// A sentence opening in capitals that include a function word ("A TOP-secret panel", "AS
/// Leader Ana Vos said"): the capitals of that lead are typography.
fn mark_shouted_lead(toks: &mut [Token]) {
    let capitals = |t: &Token| {
        t.text.chars().any(char::is_alphabetic)
            && t.text.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase)
    };
    let lead = toks.iter().take_while(|t| capitals(t)).count();
    if lead == 0 || !toks[..lead].iter().any(|t| is(&words::NEVER_NAMES, t.text)) {
        return;
    }
    for t in &mut toks[..lead] {
        t.shouted = true;
    }
}

/// One capital letter, as an initial is written before its full stop: "K" of "Mary K. Lowe".
/// "St", "Mt" (with or without its full stop): an abbreviation that opens a place's or a
/// saint's name, written in title case ("ST." of a shouted dateline stays a word of capitals).
pub fn is_name_abbreviation(word: &str) -> bool {
    let core = word.strip_suffix('.').unwrap_or(word);
    let mut chars = core.chars();
    chars.next().is_some_and(char::is_uppercase)
        && chars.all(char::is_lowercase)
        && is(&words::NAME_ABBREVIATIONS, core)
}

fn is_initial(core: &str) -> bool {
    let mut chars = core.chars();
    chars.next().is_some_and(char::is_uppercase) && chars.next().is_none()
}

/// "Russia's" → ("Russia", true); "Edmunds'" → ("Edmunds", true).
fn strip_possessive(word: &str) -> (&str, bool) {
    // Every possessive ends in "s", "S", "'" or the last byte of "’": most words end otherwise.
    if !matches!(word.as_bytes().last(), Some(b's' | b'S' | b'\'' | 0x99)) {
        return (word, false);
    }
    for suffix in ["'s", "’s", "'S", "’S"] {
        if let Some(stem) = word.strip_suffix(suffix) {
            return (stem, true);
        }
    }
    if word.len() > 2 && (word.ends_with("s'") || word.ends_with("s’")) {
        let cut = word.len() - word.chars().last().map_or(0, char::len_utf8);
        return (&word[..cut], true);
    }
    (word, false)
}

/// Pushes the tokens of one word. A hyphenated word stays whole when it is one name
/// ("Shin-Wook", "Zanu-PF"), is split where a lower-case part hangs on a name ("Taliban-linked",
/// "ex-Soviet") and where every part is a known place ("Russia-U.S."); "/" always splits.
fn split_word<'a>(word: &'a str, base: usize, out: &mut Vec<Token<'a>>) {
    if !word.bytes().any(|b| b == b'/' || b == b'-') {
        // Most words are one part without a hyphen: one token, and nothing breaks after it
        // (only what follows the word does).
        push(out, word, base, false);
        return;
    }
    let mut at = 0;
    for part in word.split('/') {
        let start = base + at;
        at += part.len() + 1;
        if !part.contains('-') {
            // Most words have no hyphen: one token, without cutting the word into a list.
            push(out, part, start, false);
            if let Some(t) = out.last_mut() {
                t.breaks_after = true;
            }
            continue;
        }
        let pieces: Vec<&str> = part.split('-').collect();
        // "al-Boushi", "Kim Jong-un": one name with a particle or a second syllable in lower
        // case, a capitalised token of its own.
        if pieces.len() == 2 && (particle_name(&pieces) || syllable_name(&pieces, out.last())) {
            push(out, part, start, false);
            if let Some(t) = out.last_mut() {
                t.capital = true;
            }
            continue;
        }
        let all_capital = pieces.iter().all(|p| starts_capital(p));
        let all_places = pieces.len() > 1
            && pieces.iter().all(|p| gazetteer().find(p).is_some_and(|e| e.known == Known::Place));
        // "Co-operation", "Re-election": a short capitalised prefix is not a name.
        let prefixed = pieces.len() == 2
            && pieces[0].len() <= 2
            && !pieces[0].chars().all(char::is_uppercase)
            && !starts_capital(pieces[1]);
        if pieces.len() == 1 || (all_capital && !all_places) || prefixed {
            push(out, part, start, false);
        } else {
            let mut inner = 0;
            for (i, piece) in pieces.iter().enumerate() {
                let last = i + 1 == pieces.len();
                if !piece.is_empty() {
                    push(out, piece, start + inner, !last);
                    if all_places && !last {
                        if let Some(t) = out.last_mut() {
                            t.breaks_after = true;
                        }
                    }
                }
                inner += piece.len() + 1;
            }
        }
        if let Some(t) = out.last_mut() {
            t.breaks_after = true;
        }
    }
    // The last part of the word does not break by itself: only what follows it does.
    if let Some(t) = out.last_mut() {
        t.breaks_after = false;
    }
}

/// "al-Boushi", "el-Sisi", "bin-Laden": a lower-case particle hyphened to a capitalised name.
fn particle_name(pieces: &[&str]) -> bool {
    let [particle, name] = pieces else { return false };
    !starts_capital(particle)
        && is(&words::HYPHEN_PARTICLES, particle)
        && starts_capital(name)
        && name.chars().skip(1).any(char::is_lowercase)
}

/// "Jong-un", "Jae-in" after "Kim", "Moon": a given name of two syllables, the second in lower
/// case, right after a capitalised word of the name. A lower-case tail English hyphens onto
/// names ("Obama-era", "Kremlin-run") is not a syllable (lexicon `hyphen-tails.txt`).
fn syllable_name(pieces: &[&str], before: Option<&Token>) -> bool {
    let [head, tail] = pieces else { return false };
    let letters = |w: &str| w.chars().all(char::is_alphabetic);
    before.is_some_and(|b| b.capital && !b.breaks_after && !b.hyphen_after)
        && starts_capital(head)
        && (2..=5).contains(&head.len())
        && head.chars().skip(1).all(char::is_lowercase)
        && (2..=3).contains(&tail.len())
        && letters(head)
        && letters(tail)
        && tail.chars().all(char::is_lowercase)
        && !is(&words::HYPHEN_TAILS, tail)
}

// Called for every word of every sentence: inlined, it costs no call of its own.
#[inline]
fn push<'a>(out: &mut Vec<Token<'a>>, text: &'a str, start: usize, hyphen_after: bool) {
    out.push(Token {
        text,
        span: Span::new(start, start + text.len()),
        capital: starts_capital(text),
        initial: false,
        breaks_after: false,
        hyphen_after,
        bracketed: false,
        shouted: false,
    });
}

fn starts_capital(word: &str) -> bool {
    let mut chars = word.chars();
    match chars.next() {
        Some(c) if c.is_uppercase() => true,
        Some(c) if c.is_ascii_digit() => false,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn show(text: &str) -> Vec<String> {
        let mut toks = Vec::new();
        tokens(text, Span::new(0, text.len()), &mut Vec::new(), &mut toks);
        toks.iter()
            .map(|t| {
                let mut s = t.text.to_owned();
                if t.initial {
                    s.insert(0, '^');
                }
                if t.breaks_after {
                    s.push('|');
                }
                if t.hyphen_after {
                    s.push('-');
                }
                s
            })
            .collect()
    }

    #[test]
    fn words_lose_their_punctuation_and_possessives() {
        let cases: &[(&str, &str, &[&str])] = &[
            (
                "possessive",
                "Russia's Foreign Ministry said",
                &["^Russia|", "Foreign", "Ministry", "said"],
            ),
            ("places hyphened", "Russia-U.S. rivalry", &["^Russia|-", "U.S.", "rivalry"]),
            ("capitalised syllables", "Kim Shin-Wook was", &["^Kim", "Shin-Wook", "was"]),
            ("lower-case tail", "Taliban-linked rebels", &["^Taliban-", "linked", "rebels"]),
            ("slash", "the OSCE/ODIHR statement", &["^the", "OSCE|", "ODIHR", "statement"]),
            ("plural possessive", "Edmunds' director", &["^Edmunds|", "director"]),
            ("quotation", "said, \"Fine.\" Then", &["^said|", "^Fine|", "Then"]),
            ("after a colon", "coup: Robert Mugabe", &["^coup|", "^Robert", "Mugabe"]),
            ("initial inside a name", "Mary K. Lowe said", &["^Mary", "K.", "Lowe", "said"]),
            ("initial opening a name", "by C. Hooper.", &["^by", "C.", "Hooper|"]),
            ("abbreviation opening a name", "to St. Vell on", &["^to", "St.", "Vell", "on"]),
            ("abbreviation ending a name", "on Vell Mt.", &["^on", "Vell", "Mt."]),
            ("lower case is no abbreviation", "the 1st. Vell", &["^the", "1st|", "Vell"]),
            ("capitals are no abbreviation", "ST. VELL, Mich.", &["^ST|", "VELL|", "Mich|"]),
            ("curly possessive in a name", "People’s Bank of", &["^People’s", "Bank", "of"]),
            ("straight possessive in a name", "Children's Hospital", &["^Children's", "Hospital"]),
            ("possessive of a name", "Russia’s army", &["^Russia|", "army"]),
            ("particle hyphened to a name", "Ali al-Boushi said", &["^Ali", "al-Boushi", "said"]),
            ("syllable of a given name", "Kim Jong-un said", &["^Kim", "Jong-un", "said"]),
            ("cells of a row", "Harbour City\tWest Vale", &["^Harbour", "City|", "West", "Vale"]),
            ("a link's gap", "Acme Corp  Chief", &["^Acme", "Corp|", "Chief"]),
            ("English tail on a name", "Vess Obama-era rule", &["^Vess", "Obama-", "era", "rule"]),
            ("lower-case word on a syllable", "the Kim-led team", &["^the", "Kim-", "led", "team"]),
        ];
        for (name, text, expected) in cases {
            assert_eq!(&show(text), expected, "{name}: {text}");
        }
    }
}
