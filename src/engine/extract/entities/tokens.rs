//! Words of one sentence as the recogniser sees them: the word without its punctuation or
//! possessive, where it sits in the text, and what separates it from its neighbours.

use std::borrow::Cow;

use super::words::{self, is};
use crate::engine::gazetteer::{Known, gazetteer};
use crate::engine::text::span::Span;

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
/// every sentence of an article).
pub fn tokens<'a>(text: &'a str, sentence: Span, out: &mut Vec<Token<'a>>) {
    out.clear();
    let cleaned = without_markup(sentence.of(text));
    let body: &str = &cleaned;
    let mut initial = true;
    let mut offset = 0;
    for (raw, width) in words_of(body) {
        let start = sentence.start + offset;
        offset += width;
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
        // Keep the last full stop of "U.S." and of initials: it belongs to the word.
        let rest = &raw[core_start + core.len()..];
        if rest.starts_with('.') && core.contains('.') {
            core = &raw[core_start..core_start + core.len() + 1];
        }
        let closed = core_start + core.len() < raw.len();
        let (word, possessive) = strip_possessive(core);
        if opened && raw[..core_start].contains(['"', '“', '‘', '«']) {
            initial = true;
        }
        if word.is_empty() {
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
        // Markup is blanked with spaces of the same length, so the word sits at the same place
        // in the text itself.
        let Some(word) = text.get(base..base + word.len()) else { continue };
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

/// Each run of non-space characters with the one whitespace character after it, as
/// (run, bytes taken): `split_inclusive(char::is_whitespace)`, reading ASCII bytes without
/// decoding them (most of every sentence).
pub(super) fn words_of(body: &str) -> WordsOf<'_> {
    WordsOf { rest: body }
}

/// The iterator of [`words_of`]: a type of its own rather than a closure, so that its `next`
/// can be marked to be inlined, and stays inlined in the loops over every word of a text
/// whatever the split of the crate into codegen units (called, it cost a tenth more).
pub(super) struct WordsOf<'a> {
    rest: &'a str,
}

impl<'a> Iterator for WordsOf<'a> {
    type Item = (&'a str, usize);

    #[inline(always)]
    fn next(&mut self) -> Option<Self::Item> {
        let rest = self.rest;
        if rest.is_empty() {
            return None;
        }
        let bytes = rest.as_bytes();
        let mut at = 0;
        let (end, width) = loop {
            at = skip_printable(bytes, at);
            let Some(&b) = bytes.get(at) else { break (at, at) };
            if b.is_ascii() {
                if matches!(b, b' ' | b'\t'..=b'\r') {
                    break (at, at + 1);
                }
                at += 1;
                continue;
            }
            let Some(c) = rest.get(at..).and_then(|r| r.chars().next()) else { break (at, at) };
            if c.is_whitespace() {
                break (at, at + c.len_utf8());
            }
            at += c.len_utf8();
        };
        self.rest = &rest[width..];
        Some((&rest[..end], width))
    }
}

/// Where the first byte from `at` on that is not printable ASCII is (spaces, controls and the
/// bytes of other characters), or the end. Most bytes of a text are printable ASCII: they are
/// passed over eight at a time.
#[inline]
fn skip_printable(bytes: &[u8], mut at: usize) -> usize {
    const LOW: u64 = u64::from_le_bytes([0x21; 8]);
    const HIGH: u64 = u64::from_le_bytes([0x80; 8]);
    while let Some(chunk) = bytes.get(at..).and_then(<[u8]>::first_chunk::<8>) {
        let x = u64::from_le_bytes(*chunk);
        // A byte from 0x80 up has its high bit set; one below 0x21 borrows in the subtraction,
        // which sets it. Bytes before the first such byte neither borrow nor carry a high bit,
        // so the lowest bit set marks exactly the first byte sought.
        let stops = (x.wrapping_sub(LOW) | x) & HIGH;
        if stops != 0 {
            return at + (stops.trailing_zeros() / 8) as usize;
        }
        at += 8;
    }
    let rest = bytes.get(at..).unwrap_or_default();
    at + rest.iter().position(|&b| !(0x21..0x80).contains(&b)).unwrap_or(rest.len())
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

/// The sentence with Markdown link and image markup blanked out by spaces of the same length:
/// `[text](url)` reads as `text`, `![alt](url)` as nothing.
fn without_markup(body: &str) -> Cow<'_, str> {
    // Asked of every sentence: a byte scan, not a substring searcher set up each time.
    if !body.match_indices(']').any(|(at, _)| body.as_bytes().get(at + 1) == Some(&b'(')) {
        return Cow::Borrowed(body);
    }
    let mut bytes = body.as_bytes().to_vec();
    let blank = |from: usize, to: usize, bytes: &mut Vec<u8>| {
        for b in bytes.iter_mut().take(to).skip(from) {
            *b = b' ';
        }
    };
    let mut at = 0;
    while let Some(found) = body[at..].find("](") {
        let close = at + found;
        let url_end = body[close + 2..].find([')', ' ', '\n']).map_or(body.len(), |k| {
            close + 2 + k + usize::from(body[close + 2 + k..].starts_with(')'))
        });
        let open = body[at..close].rfind('[').map(|k| at + k);
        match open {
            Some(open) if open > 0 && body.as_bytes()[open - 1] == b'!' => {
                blank(open - 1, url_end, &mut bytes);
            }
            Some(open) => {
                blank(open, open + 1, &mut bytes);
                // Keep the "]" so the name ends there; the URL goes.
                blank(close + 1, url_end, &mut bytes);
            }
            None => blank(close + 1, url_end, &mut bytes),
        }
        at = url_end.max(close + 2);
        if at >= body.len() {
            break;
        }
    }
    // Only ASCII bytes were replaced, and only whole runs of characters, so this cannot fail;
    // fall back to the text as written if it ever did.
    match String::from_utf8(bytes) {
        Ok(s) => Cow::Owned(s),
        Err(_) => Cow::Borrowed(body),
    }
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
        tokens(text, Span::new(0, text.len()), &mut toks);
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
    fn skip_printable_stops_at_the_first_space_control_or_other_character() {
        let text = "Ana said:\tno\u{7f}x \u{a0}Zoë\u{1}end of a rather longer run of words";
        let bytes = text.as_bytes();
        for at in 0..=bytes.len() {
            let plain = (at..bytes.len())
                .find(|&k| !(0x21..0x80).contains(&bytes[k]))
                .unwrap_or(bytes.len());
            assert_eq!(skip_printable(bytes, at), plain, "from {at}");
        }
    }

    #[test]
    fn words_lose_their_punctuation_and_possessives() {
        let cases: &[(&str, &[&str])] = &[
            ("Russia's Foreign Ministry said", &["^Russia|", "Foreign", "Ministry", "said"]),
            ("Russia-U.S. rivalry", &["^Russia|-", "U.S.", "rivalry"]),
            ("Kim Shin-Wook was", &["^Kim", "Shin-Wook", "was"]),
            ("Taliban-linked rebels", &["^Taliban-", "linked", "rebels"]),
            ("the OSCE/ODIHR statement", &["^the", "OSCE|", "ODIHR", "statement"]),
            ("Edmunds' director", &["^Edmunds|", "director"]),
            ("said, \"Fine.\" Then", &["^said|", "^Fine|", "Then"]),
            ("coup: Robert Mugabe", &["^coup|", "^Robert", "Mugabe"]),
        ];
        for (text, expected) in cases {
            assert_eq!(&show(text), expected, "{text}");
        }
    }
}
