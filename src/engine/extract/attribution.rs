//! Who is speaking: the words around a quote ("..., said X", "X, a doctor, said", "X said: ...",
//! "according to X") or around reported speech ("X said that ..."), read as small noun phrases.
//!
//! The reading is shallow on purpose: a speaker is a short noun phrase next to a speech verb,
//! split into a name (the capitalised words at its end: "the candidate's campaign chief **Aigul
//! Osmonova**") and a role (the rest, or an appositive between commas: "Marta Kowalczyk, **a
//! CEC official**,"). Pronouns and role nouns ("he", "the spokesman") are marked so the caller
//! can point them back at an earlier speaker. Every window handed in here is bounded by the
//! caller, so the work per quote is constant.

use crate::engine::lexicon::{
    DETERMINERS, PHRASE_STOPS, PRONOUNS, QUOTING_VERBS, ROLE_NOUNS, ROLE_PREPOSITIONS, SPEECH_VERBS,
};
use crate::engine::text::lowered::Lowered;
use crate::engine::text::span::Span;
use crate::engine::text::tokens;

/// A word or a punctuation mark of a frame, with its place in the whole text.
#[derive(Debug, Clone, Copy)]
pub(super) struct Token<'a> {
    pub word: &'a str,
    pub span: Span,
    pub punct: bool,
    /// The word in lower case, sliced from the article lowered once, when the word is ASCII.
    pub lower: Option<&'a str>,
}

/// How the attribution names its speaker.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Reference {
    /// A name is written here.
    Named,
    /// Only a description: "an Interior Ministry spokesman".
    Described,
    /// "he", "she", "they": an earlier speaker.
    Pronoun,
    /// "the spokesman": an earlier speaker with that role, if there was one.
    RoleNoun,
}

/// A speaker as the attribution writes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Found {
    pub written: Span,
    pub name: Option<Span>,
    pub role: Option<Span>,
    pub reference: Reference,
}

/// The words and marks of `window` (a span of `text`): the shared tokens (`text/tokens.rs`)
/// with the words a speaker's name holds joined up: across an inner `.`, `'`, `’`, `-` or `&`
/// ("U.S", "O'Brien", "Ould-Abdallah", "AT&T"), with the last stop of an abbreviation ("U.S.")
/// and a plural possessive ("Edmunds'"). `lower` is `text` through
/// [`str::to_ascii_lowercase`] (the same offsets): each ASCII word's lower case is sliced from
/// it instead of lowered again at every look.
pub(super) fn tokens<'a>(text: &'a str, lower: &'a str, window: Span) -> Vec<Token<'a>> {
    let mut shared = Vec::new();
    tokens::tokens_into(text, Some(lower), window, &mut shared);
    let mut out = Vec::with_capacity(shared.len());
    let mut i = 0;
    while let Some(first) = shared.get(i) {
        i += 1;
        let mut span = first.span;
        if first.is_word() {
            let glued = |k: usize| shared.get(k).filter(|t| t.glued);
            while let Some(next) = glued(i) {
                let joined_word = glued(i + 1).filter(|t| t.is_word());
                let run = span.of(text);
                if let Some(word) =
                    joined_word.filter(|_| matches!(next.text, "." | "'" | "’" | "-" | "&"))
                {
                    span.end = word.span.end;
                    i += 2;
                } else if next.text == "." && run.contains('.') {
                    span.end = next.span.end; // the last stop of an abbreviation: "U.S."
                    i += 1;
                } else if matches!(next.text, "'" | "’")
                    && run.ends_with('s')
                    && glued(i + 1).is_none()
                {
                    span.end = next.span.end; // the plural possessive: "Edmunds'"
                    i += 1;
                } else {
                    break;
                }
            }
        }
        let word = span.of(text);
        out.push(Token {
            word,
            span,
            punct: !first.is_word(),
            lower: lower.get(span.start..span.end).filter(|_| word.is_ascii()),
        });
    }
    out
}

/// The token in lower case: the word itself when it is lower-case already (most are); only
/// non-ASCII words cost a string.
fn lower<'a>(token: &Token<'a>) -> Lowered<'a> {
    match token.lower {
        Some(lower) => Lowered::Same(lower),
        None => Lowered::unicode(token.word),
    }
}

pub(super) fn is_speech_verb(token: &Token) -> bool {
    // "United States" is not a verb: speech verbs are written in lower case.
    !token.punct && !is_capitalised(token) && SPEECH_VERBS.has(&lower(token))
}

fn is_capitalised(token: &Token) -> bool {
    token.word.chars().next().is_some_and(char::is_uppercase)
}

fn is_possessive(token: &Token) -> bool {
    token.word.ends_with("'s") || token.word.ends_with("’s") || token.word.ends_with(['\'', '’'])
}

fn is_role(token: &Token) -> bool {
    let word = lower(token);
    // Asked of most words near a quote: `strip_suffix` compares the end, where a string
    // pattern would set up a searcher for every word.
    let mut word: &str = &word;
    for suffix in ["'s", "’s"] {
        while let Some(stem) = word.strip_suffix(suffix) {
            word = stem;
        }
    }
    ROLE_NOUNS.has(word)
}

fn is_punct(token: Option<&Token>, marks: &str) -> bool {
    token.is_some_and(|t| t.punct && t.word.chars().all(|c| marks.contains(c)))
}

/// Whether the word can sit inside a speaker's noun phrase.
fn fits_phrase(token: &Token) -> bool {
    if token.punct || is_speech_verb(token) {
        return false;
    }
    let word = lower(token);
    if PHRASE_STOPS.has(&word) {
        return false;
    }
    let lowercase = !is_capitalised(token);
    // Participles and adverbs ("following", "quickly") are not part of a name or a role.
    !(lowercase
        && !is_role(token)
        && ((word.ends_with("ing") && word.len() > 5) || (word.ends_with("ly") && word.len() > 4)))
}

fn is_participle(token: &Token) -> bool {
    let word = lower(token);
    !token.punct
        && !is_capitalised(token)
        && word.ends_with("ing")
        && word.len() > 5
        && !is_speech_verb(token)
}

/// Adverbs allowed between a speaker and the verb: "Ortiz also said", "he later told".
fn is_adverb(token: &Token) -> bool {
    let word = lower(token);
    !token.punct
        && (matches!(&*word, "also" | "later" | "again" | "then" | "earlier")
            || (word.ends_with("ly") && word.len() > 4 && !is_capitalised(token)))
}

/// End (exclusive) of the noun phrase that starts at `start`; `start` when there is none.
fn phrase_forward(tokens: &[Token], start: usize) -> usize {
    let mut end = start;
    while let Some(token) = tokens.get(end) {
        if end - start >= 12 {
            break;
        }
        let preposition = ROLE_PREPOSITIONS.has(&lower(token));
        if preposition {
            // A role's prepositional phrase needs a head before it and an object after it.
            let next_fits = tokens.get(end + 1).is_some_and(fits_phrase);
            if end == start || !next_fits {
                break;
            }
        } else if !fits_phrase(token) {
            // "election monitoring arm": a participle inside a phrase modifies the noun after it.
            let inside = end > start && is_participle(token);
            let noun_follows =
                tokens.get(end + 1).is_some_and(|t| fits_phrase(t) && !is_capitalised(t));
            if !(inside && noun_follows) {
                break;
            }
        }
        if end > start && PRONOUNS.has(&lower(token)) {
            break;
        }
        end += 1;
    }
    // A phrase does not end on a preposition or a determiner.
    while end > start {
        let last = lower(&tokens[end - 1]);
        if ROLE_PREPOSITIONS.has(&last) || DETERMINERS.has(&last) {
            end -= 1;
        } else {
            break;
        }
    }
    end
}

/// Start of the noun phrase that ends (exclusive) at `end`, and whether a clause word stopped it.
fn phrase_backward(tokens: &[Token], end: usize) -> (usize, bool) {
    let mut start = end;
    while start > 0 {
        let token = &tokens[start - 1];
        if end - start >= 12 {
            return (start, true);
        }
        let preposition = ROLE_PREPOSITIONS.has(&lower(token));
        if !(fits_phrase(token) || preposition && start < end) {
            return (start, !token.punct);
        }
        start -= 1;
    }
    // Sentence-initial prepositions cannot open a speaker: "At the meeting, ...".
    while start < end && ROLE_PREPOSITIONS.has(&lower(&tokens[start])) {
        start += 1;
    }
    (start, false)
}

/// Reads one noun phrase as a speaker: a pronoun, a role noun, a name with or without a role.
fn describe(tokens: &[Token]) -> Option<Found> {
    let first = tokens.first()?;
    let last = tokens.last()?;
    let written = Span::new(first.span.start, last.span.end);
    if tokens.len() == 1 && PRONOUNS.has(&lower(first)) {
        return Some(Found { written, name: None, role: None, reference: Reference::Pronoun });
    }
    let determiner = DETERMINERS.has(&lower(first));
    let body = if determiner { &tokens[1..] } else { tokens };
    let head_len = body.iter().position(|t| ROLE_PREPOSITIONS.has(&lower(t))).unwrap_or(body.len());
    let head = &body[..head_len];
    if head.is_empty() {
        return None;
    }
    let all_capitals = body
        .iter()
        .all(|t| is_capitalised(t) || ROLE_PREPOSITIONS.has(&lower(t)) || lower(t) == "the");
    let any_role = head.iter().any(is_role);
    let name_from = if all_capitals && !any_role {
        Some(0) // an organisation or a person named in full: "The U.S. Department of Agriculture"
    } else if head_len == body.len() {
        // The capitalised words that end the head, after its last role noun or lowercase word.
        let mut from = head.len();
        while from > 0 {
            let t = &head[from - 1];
            if is_capitalised(t) && !is_role(t) && !is_possessive(t) {
                from -= 1;
            } else {
                break;
            }
        }
        (from < head.len()).then_some(from)
    } else {
        None
    };
    if let Some(from) = name_from {
        let name_tokens = if from == 0 && all_capitals && !any_role { body } else { &head[from..] };
        let name =
            Span::new(name_tokens[0].span.start, name_tokens[name_tokens.len() - 1].span.end);
        let role = (from > 0 || (determiner && !all_capitals))
            .then(|| Span::new(first.span.start, head[from.max(1) - 1].span.end));
        return Some(Found { written, name: Some(name), role, reference: Reference::Named });
    }
    let role_noun = lower(first) == "the"
        && head.len() <= 2
        && head_len == body.len()
        && head.last().is_some_and(is_role);
    let reference = if role_noun { Reference::RoleNoun } else { Reference::Described };
    Some(Found { written, name: None, role: Some(written), reference })
}

/// Whether a phrase between commas reads as a description: "a CEC official", "Panama coach".
fn role_like(tokens: &[Token]) -> bool {
    let Some(first) = tokens.first() else { return false };
    tokens.len() <= 10
        && (tokens.iter().any(is_role) || DETERMINERS.has(&lower(first)) || is_possessive(first))
}

/// A speaker made of a main phrase and an optional appositive on either side.
fn combine(main: Found, appositive: Option<&[Token]>) -> Found {
    let Some(tokens) = appositive else { return main };
    let (Some(first), Some(last)) = (tokens.first(), tokens.last()) else { return main };
    if main.name.is_none() {
        return main;
    }
    let role = Span::new(first.span.start, last.span.end);
    let written = Span::new(main.written.start.min(role.start), main.written.end.max(role.end));
    Found { written, role: Some(role), ..main }
}

/// The speaker written as a phrase starting at `start`, followed by an optional ", role,".
fn speaker_forward(tokens: &[Token], start: usize) -> Option<(Found, usize)> {
    let end = phrase_forward(tokens, start);
    let main = describe(tokens.get(start..end)?)?;
    if main.reference == Reference::Pronoun || !is_punct(tokens.get(end), ",") {
        return Some((main, end));
    }
    let after = end + 1;
    let close = phrase_forward(tokens, after);
    let closes = close == tokens.len() || is_punct(tokens.get(close), ",.;");
    if close > after && closes && role_like(&tokens[after..close]) && main.name.is_some() {
        return Some((combine(main, Some(&tokens[after..close])), close));
    }
    Some((main, end))
}

/// The speaker of a quote, read from the words after its closing mark.
pub(super) fn after_quote(tokens: &[Token]) -> Option<Found> {
    let mut i = 0;
    while is_punct(tokens.get(i), ",—–-") {
        i += 1;
    }
    let first = tokens.get(i)?;
    if is_speech_verb(first) {
        return speaker_forward(tokens, i + 1).map(|f| f.0);
    }
    if lower(first) == "according" && tokens.get(i + 1).is_some_and(|t| lower(t) == "to") {
        return speaker_forward(tokens, i + 2).map(|f| f.0);
    }
    let (found, mut next) = speaker_forward(tokens, i)?;
    while tokens.get(next).is_some_and(|t| is_adverb(t) || t.word == ",") {
        next += 1;
    }
    tokens.get(next).is_some_and(is_speech_verb).then_some(found)
}

/// The subject of the speech verb at `verb`, read backwards over an appositive if there is one.
fn subject_before(tokens: &[Token], verb: usize) -> Option<(Found, usize)> {
    let mut end = verb;
    while end > 0 && is_adverb(&tokens[end - 1]) {
        end -= 1;
    }
    // "X, a CEC official, said": the appositive's closing comma.
    if end > 0 && tokens[end - 1].word == "," {
        end -= 1;
        // "the source, who said he had spoken to people, told": step over the relative clause.
        if let Some(comma) = tokens[..end].iter().rposition(|t| t.word == ",")
            && tokens.get(comma + 1).is_some_and(|t| matches!(&*lower(t), "who" | "which"))
        {
            end = comma;
        }
    }
    let (start, stopped) = phrase_backward(tokens, end);
    // "the source, who said he had spoken to people, told Reuters": step over the clause.
    let mut nearest = &tokens[start..end];
    let mut start = start;
    if stopped && start > 0 && matches!(&*lower(&tokens[start - 1]), "who" | "which") {
        let comma = tokens[..start].iter().rposition(|t| t.word == ",")?;
        let (s, _) = phrase_backward(tokens, comma);
        nearest = &tokens[s..comma];
        start = s;
    } else if nearest.is_empty() {
        return None;
    }
    let found = describe(nearest)?;
    if stopped
        || start == 0
        || tokens[start - 1].word != ","
        || found.reference == Reference::Pronoun
    {
        return Some((found, start));
    }
    let (before, _) = phrase_backward(tokens, start - 1);
    let earlier = &tokens[before..start - 1];
    match describe(earlier) {
        // "Dana Lowe, the State Department Spokesperson, said"
        Some(named) if found.name.is_none() && named.name.is_some() && role_like(nearest) => {
            Some((combine(named, Some(nearest)), before))
        }
        // "Peru's Prime Minister, Ana Quispe said"
        Some(_) if found.name.is_some() && role_like(earlier) && earlier.iter().any(is_role) => {
            Some((combine(found, Some(earlier)), before))
        }
        _ => Some((found, start)),
    }
}

/// The speaker of a quote, read from the words before its opening mark ("X said: ").
pub(super) fn before_quote(tokens: &[Token]) -> Option<Found> {
    if let Some(at) = according_to(tokens) {
        return speaker_forward(tokens, at).map(|f| f.0);
    }
    let quoting = |t: &Token| !t.punct && QUOTING_VERBS.has(&lower(t));
    let verbs =
        tokens.iter().enumerate().rev().filter(|(_, t)| is_speech_verb(t) || quoting(t)).take(3);
    for (verb, _) in verbs {
        if let Some((found, _)) = subject_before(tokens, verb) {
            return Some(found);
        }
    }
    None
}

/// Index just after "according to", if the tokens hold it.
fn according_to(tokens: &[Token]) -> Option<usize> {
    tokens
        .windows(2)
        .position(|w| lower(&w[0]) == "according" && lower(&w[1]) == "to")
        .map(|at| at + 2)
}

/// Whether `sentence` may hold reported speech: [`reported`] finds it only around a speech
/// verb or "according to", and each of those is a whole word of letters between characters
/// that are not letters or digits. Looking for such a word is much cheaper than cutting every
/// body sentence into tokens, and most sentences hold none: false only where `reported` on
/// the sentence's tokens would find nothing.
pub(super) fn may_report(sentence: &str) -> bool {
    // Runs of ASCII letters and digits and of non-ASCII bytes; the bytes between them are
    // ASCII marks and spaces, which no word holds, so every run starts and ends a character.
    // Every body sentence is read, byte by byte: a run is measured in one tight loop and only
    // a run long enough to hold a speech verb is looked at as a word.
    let bytes = sentence.as_bytes();
    let mut at = 0;
    while at < bytes.len() {
        let start = at;
        let mut high = 0; // every byte of the run or'ed together: ASCII while below 0x80
        while let Some(&b) = bytes.get(at).filter(|&&b| IN_RUN[usize::from(b)]) {
            high |= b;
            at += 1;
        }
        let ascii = high.is_ascii();
        // Every word looked for has three letters or more, and so has the run holding it.
        if at - start >= 3 {
            let run = sentence.get(start..at).unwrap_or_default();
            let found = if ascii {
                may_report_word(run)
            } else {
                // Other characters in a run may split it into words ("said—and", "he’d").
                run.split(|c: char| !c.is_alphanumeric()).any(may_report_word)
            };
            if found {
                return true;
            }
        }
        at += 1;
    }
    false
}

/// The bytes a word's run may hold, by byte value: ASCII letters and digits and every byte of
/// a non-ASCII character. One load per byte of every body sentence ([`may_report`]) and of
/// every frame ([`tokens`]), where [`u8::is_ascii_alphanumeric`] compares with three ranges.
const IN_RUN: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = b >= 0x80 || (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    table
};

/// Whether a whole word of the sentence is a speech verb (written in lower case) or
/// "according".
fn may_report_word(word: &str) -> bool {
    let lower_case = word.chars().next().is_some_and(|c| !c.is_uppercase());
    (lower_case && SPEECH_VERBS.has(word)) || word.eq_ignore_ascii_case("according")
}

/// Reported speech in a sentence without quote marks: the speaker and the reported clause.
/// Shapes: "X said (that) ...", "X told Y (that) ...", "..., X said.", "..., according to X."
pub(super) fn reported(tokens: &[Token]) -> Option<(Found, Span)> {
    let end_of = |t: &[Token]| t.last().map(|l| l.span.end);
    let body_end = {
        let mut n = tokens.len();
        while n > 0 && tokens[n - 1].punct {
            n -= 1;
        }
        n
    };
    // "According to X, ..."
    if according_to(tokens) == Some(2) {
        let (found, end) = speaker_forward(tokens, 2)?;
        let from = end + usize::from(is_punct(tokens.get(end), ","));
        let last = tokens.get(body_end.checked_sub(1)?)?;
        let first = tokens.get(from).filter(|_| from < body_end)?;
        return Some((found, Span::new(first.span.start, last.span.end)));
    }
    // "..., according to X." and "..., X said."
    if let Some(at) = according_to(tokens).filter(|&at| at >= 3 && tokens[at - 3].word == ",") {
        let (found, _) = speaker_forward(tokens, at)?;
        let clause = Span::new(tokens[0].span.start, tokens[at - 3].span.start);
        return Some((found, clause));
    }
    let last_verb = tokens[..body_end].iter().rposition(is_speech_verb)?;
    if body_end - last_verb <= 4
        && let Some((found, start)) = subject_before(tokens, last_verb)
        && start >= 2
        && tokens[start - 1].word == ","
    {
        let clause = Span::new(tokens[0].span.start, tokens[start - 1].span.start);
        return Some((found, clause));
    }
    // "X said (that) ...": the first speech verb with a subject and a clause after it.
    let verb = tokens[..body_end].iter().position(is_speech_verb)?;
    let (found, _) = subject_before(tokens, verb)?;
    let mut from = verb + 1;
    if lower(&tokens[verb]) == "told" || lower(&tokens[verb]) == "asked" {
        from = phrase_forward(tokens, from); // the one told
    }
    while is_punct(tokens.get(from), ",:") || tokens.get(from).is_some_and(|t| lower(t) == "that") {
        from += 1;
    }
    if body_end.saturating_sub(from) < 3 {
        return None;
    }
    let clause = Span::new(tokens[from].span.start, end_of(&tokens[..body_end])?);
    Some((found, clause))
}

/// Whether the sentence window holds a speech verb: partial quotes need one to be quotes.
pub(super) fn mentions_speech(tokens: &[Token]) -> bool {
    let quoting = |t: &Token| !t.punct && QUOTING_VERBS.has(&lower(t));
    tokens.iter().any(|t| is_speech_verb(t) || quoting(t)) || according_to(tokens).is_some()
}

/// The name a sentence opens with, when it opens with one followed by a verb ("Tom Reyes won
/// ..."): the nearest antecedent for a "he" or "she" in the next sentence.
pub(super) fn opening_name(tokens: &[Token]) -> Option<Span> {
    let words = tokens
        .iter()
        .take_while(|t| {
            !t.punct
                && is_capitalised(t)
                && !is_possessive(t)
                && !DETERMINERS.has(&lower(t))
                && !PHRASE_STOPS.has(&lower(t))
        })
        .count();
    let verb_follows = tokens.get(words).is_some_and(|t| !t.punct && !is_capitalised(t));
    (words >= 2 && verb_follows)
        .then(|| Span::new(tokens[0].span.start, tokens[words - 1].span.end))
}

/// The role word a "the spokesman" reference names, lowercased.
pub(super) fn role_word(text: &str, written: Span) -> String {
    written.of(text).split_whitespace().last().unwrap_or("").to_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::text::ascii::char_at;

    /// The version of [`tokens`] before the shared tokeniser: its own byte scanner. `lower` is `text` through
    /// [`str::to_ascii_lowercase`] (the same offsets): each ASCII word's lower case is sliced
    /// from it instead of lowered again at every look.
    fn plain_tokens<'a>(text: &'a str, lower: &'a str, window: Span) -> Vec<Token<'a>> {
        let body = window.of(text);
        let bytes = body.as_bytes();
        let lower_body = lower.get(window.start..window.end);
        // About one token per four bytes (words and marks): room for all of them up front.
        let mut out = Vec::with_capacity(body.len() / 4 + 4);
        // Prose is mostly ASCII: letters and digits inside a word are taken byte by byte, and only
        // other characters are decoded.
        let mut at = 0;
        while at < bytes.len() {
            let (c, len) = char_at(body, at);
            if c.is_whitespace() {
                at += len;
                continue;
            }
            let mut end = at + len;
            if c.is_alphanumeric() {
                while let Some(&b) = bytes.get(end) {
                    if IN_RUN[usize::from(b)] && b.is_ascii() {
                        end += 1;
                        continue;
                    }
                    let (next, len) = char_at(body, end);
                    let joiner = matches!(next, '.' | '\'' | '’' | '-' | '&');
                    // The character after `next`, read only when a joiner or an apostrophe asks.
                    let after = || body.get(end + len..).and_then(|rest| rest.chars().next());
                    if next.is_alphanumeric()
                        || (joiner && after().is_some_and(char::is_alphanumeric))
                    {
                        end += len;
                    } else if next == '.' && body[at..end].contains('.') {
                        end += 1; // the last stop of an abbreviation: "U.S."
                    } else if matches!(next, '\'' | '’')
                        && body[..end].ends_with('s')
                        && after().is_none_or(char::is_whitespace)
                    {
                        end += len; // the plural possessive: "Edmunds'"
                    } else {
                        break;
                    }
                }
            }
            let word = &body[at..end];
            out.push(Token {
                word,
                span: Span::new(window.start + at, window.start + end),
                punct: !c.is_alphanumeric(),
                lower: lower_body.filter(|_| word.is_ascii()).and_then(|l| l.get(at..end)),
            });
            at = end;
        }
        out
    }

    #[test]
    fn sentences_with_a_speech_verb_or_according_to_may_report() {
        for verb in SPEECH_VERBS.words() {
            for sentence in
                [format!("The mayor {verb} it."), format!("“Yes,” he {verb}—then left.")]
            {
                assert!(may_report(&sentence), "{sentence}");
            }
        }
        for sentence in ["According to the mayor, it rained.", "It rained, according to him."] {
            assert!(may_report(sentence), "{sentence}");
        }
        for sentence in ["The sky is blue.", "Said Ahmed won.", "It was a well-said line.", ""] {
            assert_eq!(may_report(sentence), sentence.contains("said"), "{sentence}");
        }
    }

    #[test]
    fn may_report_finds_what_a_split_into_words_finds() {
        // The plain reading `may_report` stands for: every word, lowered, against the lists.
        let plain = |sentence: &str| {
            sentence.split(|c: char| !c.is_alphanumeric()).any(|word| {
                let lower_case = word.chars().next().is_some_and(|c| !c.is_uppercase());
                (lower_case && SPEECH_VERBS.words().contains(&word.to_lowercase().as_str()))
                    || word.eq_ignore_ascii_case("according")
            })
        };
        let mut sentences: Vec<String> = vec![
            "He SAID so; she Says no, they sAy: maybe".into(),
            "ACCORDING to them, Accordingly not.".into(),
            "said—and told… “added”".into(),
            "Straße said, x2said said2 ad ded".into(),
        ];
        let articles = [
            include_str!("../../../tests/corpus/seed-reuters.txt"),
            include_str!("../../../tests/corpus/seed-rferl.txt"),
            include_str!("../../../tests/corpus/telegraph-mugabe-house-arrest.txt"),
        ];
        for text in articles {
            sentences.extend(text.split(['.', '\n']).map(str::to_owned));
        }
        assert!(sentences.len() > 100);
        for sentence in &sentences {
            assert_eq!(may_report(sentence), plain(sentence), "{sentence}");
        }
    }

    #[cfg(not(target_arch = "wasm32"))]
    mod properties {
        use super::*;
        use crate::engine::text::tokens::tests::properties::text;
        use proptest::prelude::*;

        proptest! {
            #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

            #[test]
            fn speaker_tokens_are_the_scanner_they_replaced(text in text()) {
                let lower = text.to_ascii_lowercase();
                let window = Span::new(0, text.len());
                fn show<'a>(t: &Token<'a>) -> (&'a str, Span, bool, Option<&'a str>) {
                    (t.word, t.span, t.punct, t.lower)
                }
                let got: Vec<_> = tokens(&text, &lower, window).iter().map(show).collect();
                let plain: Vec<_> = plain_tokens(&text, &lower, window).iter().map(show).collect();
                prop_assert_eq!(got, plain);
            }
        }
    }
}
