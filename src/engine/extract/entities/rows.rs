//! Rows of a table inside the article: results, standings, scoreboards ("Norland 3 Vess 1",
//! "Ardmore 10 4 0 28", "62 Ana Vos"). Layout sets lines without running text apart as
//! chrome, but a table the article holds is its own text, and the clubs, players and places in
//! its cells are names it gives. These lines are read for names like sentences are.

use super::words::{self, is};
use crate::engine::layout::article::Article;
use crate::engine::layout::blocks::BlockKind;
use crate::engine::layout::chrome::ChromeKind;
use crate::engine::layout::document::Role;
use crate::engine::text::calendar;
use crate::engine::text::span::Span;

/// Words of a row, at most: a longer line is prose or a paragraph run together.
const ROW_WORDS: usize = 30;

/// Lower-case words a row may hold ("beat", "not out", "and"); more is a sentence.
const ROW_LOWER_WORDS: usize = 3;

/// Rows a table has, at least, within [`TABLE_REACH`] paragraphs of each other: one line of
/// figures among chrome is a label ("Photos 1 of 20"), three are a table.
const TABLE_ROWS: usize = 3;
const TABLE_REACH: usize = 4;

/// Paragraphs that are neither text nor rows between the article's text (or the last row read)
/// and a row, at most: a table's title and its column heads ("W D L P").
const ROW_GAP: usize = 6;

/// What a line is to a table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Line {
    /// A row: a few cells, at least one of figures and one starting with a capital letter, and
    /// next to no lower-case words ("Ardmore 10 4 0", "62 Ana Vos").
    Row,
    /// Names listed with commas and nothing else: the row above run on to a second line
    /// ("Ida Fenn, Tom Hale,").
    Names,
    Other,
}

/// Whether `line` has a table row's shape (see [`Line::Row`]).
///
/// A row has a cell of figures, and a figure starts with an ASCII digit: a line without one
/// (most sentences of prose, each of which is asked) is no row, told without reading its words.
pub fn is_row(line: &str) -> bool {
    line.bytes().any(|b| b.is_ascii_digit()) && shape(line) == Line::Row
}

/// Whether the paragraph `line` of kind `kind` has a table row's shape: an item of a numbered
/// list ("3. Ana Vos (Norland) Vessby same time", its rank taken off as a list's marker) has
/// its cell of figures in that rank.
fn is_ranked_row(kind: BlockKind, line: &str) -> bool {
    match kind {
        BlockKind::ListItem { ordered: true } => shape_from(line, true) == Line::Row,
        _ => is_row(line) || is_fixture(line),
    }
}

/// Words of a fixture, at most.
const FIXTURE_WORDS: usize = 8;

/// Whether `line` is a fixture of a draw: two sides set against each other and nothing else
/// ("Norland at Vessland", "Ardmore v Vess City"), every other word capitalised. A draw lists
/// them as a table lists results.
fn is_fixture(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    if words.len() < 3 || words.len() > FIXTURE_WORDS || line.contains(not_in_a_row) {
        return false;
    }
    let joins = |w: &&str| *w == "at" || is(&words::MATCH_VERBS, w.trim_end_matches('.'));
    let Some(at) = words.iter().position(joins) else { return false };
    let capital = |w: &&str| w.chars().next().is_some_and(char::is_uppercase);
    at > 0
        && at + 1 < words.len()
        && words[..at].iter().all(capital)
        && words[at + 1..].iter().all(capital)
}

/// Marks no row of figures holds and titles, citations and teasers do: quotes, a question,
/// a price.
fn not_in_a_row(c: char) -> bool {
    matches!(c, '"' | '“' | '”' | '?' | '$' | '€' | '£')
}

/// Whether a word is a cell of figures: a count, a score or a time ("10", "6-3", "4-38",
/// "1:12.45"); never a year or a date ("2019", "2019-11-20"), which make a line a dateline,
/// a timestamp or a citation.
fn is_figure(core: &str) -> bool {
    let digits = core.bytes().take_while(u8::is_ascii_digit).count();
    let year = digits == 4 && (core.starts_with("19") || core.starts_with("20"));
    digits > 0 && !year && core.bytes().all(|b| b.is_ascii_digit() || b"-.:/,+".contains(&b))
}

/// Words of a table's frame line, at most.
const FRAME_WORDS: usize = 8;

/// Whether `line` frames a table read above it: a short line with no small letter, as the
/// titles, column heads and fixtures of a results page are ("EASTERN DIVISION", "W L PCT GB",
/// "ARDMORE AT VESS"). A line of running text has small letters.
fn is_frame(line: &str) -> bool {
    !line.chars().any(char::is_lowercase)
        && line.chars().any(char::is_uppercase)
        && line.split_whitespace().count() <= FRAME_WORDS
}

/// What `line` is to a table.
///
/// Asked of every sentence the names stage reads: a line of prose is told at its fourth
/// lower-case word (more make it neither a row nor a line of names), before its marks are
/// looked for or its other words read.
pub fn shape(line: &str) -> Line {
    shape_from(line, false)
}

/// [`shape`], with `figures` saying whether a cell of figures stands before `line` already.
fn shape_from(line: &str, figures: bool) -> Line {
    let mut figures = figures;
    let mut words = 0;
    let mut lower = 0;
    let mut capital = false;
    for word in line.split_whitespace() {
        words += 1;
        if words > ROW_WORDS {
            return Line::Other;
        }
        let core = word.trim_matches(|c: char| !c.is_alphanumeric());
        let mut chars = core.chars();
        let Some(first) = chars.next() else { continue };
        if first.is_ascii_digit() {
            if !is_figure(core) {
                return Line::Other;
            }
            figures = true;
        } else if calendar::month_from_name(core).is_some() {
            return Line::Other; // a date: a timestamp or a citation's
        } else if first.is_uppercase() && chars.next().is_some_and(char::is_alphabetic) {
            capital = true;
        } else if first.is_lowercase() && core.chars().filter(|c| c.is_alphabetic()).count() >= 2 {
            lower += 1;
            if lower > ROW_LOWER_WORDS {
                return Line::Other;
            }
        }
    }
    if line.contains(not_in_a_row) {
        return Line::Other;
    }
    if figures && capital && lower <= ROW_LOWER_WORDS {
        Line::Row
    } else if capital && lower == 0 && line.contains(',') {
        Line::Names
    } else {
        Line::Other
    }
}

/// A chrome line the article's names are read from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Read {
    pub span: Span,
    /// A row of a table (else a list of names, [`is_name_list`]).
    pub row: bool,
}

/// Items of a list of names, at least, or one after a side's label ("Vess - Ana Vos (35th)").
const LIST_ITEMS: usize = 2;

/// Words of one item of a list of names, at most.
const ITEM_WORDS: usize = 4;

/// Whether `line` lists names and nothing else: "Ida Fenn (captain), Tom Hale, Ana Vos,",
/// "Norland - Ida Fenn (21st minute), Tom Hale (65th)", "Scorers: Ana Vos, Tom Hale". After an optional
/// label ("Norland -", "Scorers:"), items split by commas, each of one to four words that start
/// with a capital (a name particle "de", "van" between them), with anything in brackets
/// after them (a role, a minute, a country) left aside.
pub fn is_name_list(line: &str) -> bool {
    if line.contains(not_in_a_row) {
        return false;
    }
    // Only a side's label ("Norland -") makes one name a list: after a colon one capitalised
    // phrase is as often a field's value ("Status: Proposed Standard").
    let (labelled, rest) = match line.split_once(" - ") {
        Some((label, rest)) if label.split_whitespace().count() <= 3 => (true, rest),
        _ => match line.split_once(": ") {
            Some((label, rest)) if label.split_whitespace().count() <= 3 => (false, rest),
            _ => (false, line),
        },
    };
    // The text outside brackets.
    let mut bare = String::with_capacity(rest.len());
    let mut depth = 0usize;
    for c in rest.chars() {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            _ if depth == 0 => bare.push(c),
            _ => {}
        }
    }
    let mut items = 0;
    for item in bare.split(',') {
        let words: Vec<&str> = item.split_whitespace().collect();
        if words.is_empty() {
            continue;
        }
        let name_word = |w: &&str| {
            w.chars().next().is_some_and(char::is_uppercase)
                && w.chars().skip(1).any(char::is_lowercase)
                && !w.chars().any(|c| c.is_ascii_digit())
        };
        let particle = |w: &&str| is(&words::NAME_PARTICLES, w);
        let first_and_last =
            words.first().is_some_and(name_word) && words.last().is_some_and(name_word);
        if words.len() > ITEM_WORDS
            || !first_and_last
            || !words.iter().all(|w| name_word(w) || particle(w))
        {
            return false;
        }
        items += 1;
    }
    items >= LIST_ITEMS || (labelled && items == 1)
}

/// The chrome paragraphs of `article` that are rows of a table inside it: below its first line
/// of text, in a run of [`TABLE_ROWS`] rows, no further than [`ROW_GAP`] paragraphs from the
/// article's text (its date line counts: a wire's results table often follows it straight
/// away) or the row before, and above any comments or legal footer that closes it; a line of
/// names and commas right under a row is that row run on. Lists of names ("Norland - Ida Fenn
/// (captain), Tom Hale,") as near the text are read too, as lists, not rows.
pub fn table_rows(article: &Article<'_>) -> Vec<Read> {
    let text = article.text();
    let paragraphs = &article.paragraphs;
    let rows: Vec<bool> =
        paragraphs.iter().map(|p| is_ranked_row(p.kind, p.span.of(text))).collect();
    let mut out = Vec::new();
    let mut last_text: Option<usize> = None;
    let mut read_row: Option<usize> = None;
    for (i, p) in paragraphs.iter().enumerate() {
        match p.role {
            Role::Chrome(ChromeKind::Comments | ChromeKind::Legal) if last_text.is_some() => break,
            // A row layout took for a caption ("Ana Vos (Norland) beat Ida Fenn (Vess) 6-3")
            // is read only inside a table, as any row is.
            Role::Chrome(
                ChromeKind::Other
                | ChromeKind::Related
                | ChromeKind::Navigation
                | ChromeKind::Caption,
            ) => {
                let near = last_text.is_some_and(|l| i - l <= ROW_GAP + 1);
                let around = i.saturating_sub(TABLE_REACH)..(i + TABLE_REACH + 1).min(rows.len());
                let table = rows[around].iter().filter(|&&r| r).count() >= TABLE_ROWS;
                // a row, or the row just read run on to this line
                let continued = last_text == Some(i.wrapping_sub(1))
                    && read_row == Some(i.wrapping_sub(1))
                    && shape(p.span.of(text)) == Line::Names;
                if ((rows[i] && table) || continued) && near {
                    read_row = Some(i);
                    out.push(Read { span: p.span, row: true });
                    last_text = Some(i);
                } else if near && is_name_list(p.span.of(text)) {
                    out.push(Read { span: p.span, row: false });
                    last_text = Some(i);
                } else if read_row.is_some() && near && is_frame(p.span.of(text)) {
                    // The next table's title and column heads ("CENTRAL DIVISION", "W L PCT
                    // GB") or a fixture list between two tables: the page's tables go on.
                    last_text = Some(i);
                }
            }
            role if role.is_text() || matches!(role, Role::Timestamp | Role::Dateline) => {
                last_text = Some(i)
            }
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{Line, is_frame, is_name_list, is_row, shape};

    #[test]
    fn fixtures_are_two_sides_and_a_word_between() {
        let rows = [
            ("away at home", "Norland at Vessland", true),
            ("sides of two words", "Czech Vale v Ardmore City", true),
            ("versus abbreviated", "Ardmore vs. Vess", true),
            ("a sentence", "Norland played at Vessland", false),
            ("a headline in title case", "Talks at Vessland Stall", true),
            ("one side only", "at Vessland", false),
            ("lower case after", "Norland at home", false),
            ("a question", "Norland at Vessland?", false),
        ];
        for (name, line, want) in rows {
            assert_eq!(super::is_fixture(line), want, "{name}: {line}");
        }
    }

    #[test]
    fn rows_are_short_lines_of_names_and_figures() {
        let rows = [
            ("a score", "Norland Rovers 3 Vess City 1", true),
            ("standings", "Ardmore 10 4 0 28 12 24", true),
            ("a player's score", "62 Ana Vos", true),
            ("a batting line", "Tom Hale c Orrin b Vask 23", true),
            ("a result with a verb", "Mia Kross (Norland) beat Ida Fenn (Vess) 6-3 6-2", true),
            ("column heads", "W D L F A P", false),
            ("a sentence with figures", "The club has won 3 of its last 10 games at home.", false),
            ("a label", "Photos", false),
            ("figures only", "10 4 0 28", false),
            ("too long", &"Ardmore 1 ".repeat(16), false),
            ("names run on", "Ida Fenn, Tom Hale, Ana Vos", false),
            ("a citation", "Acme Review, \"Costs of Trade,\" Oct. 15, 2019", false),
            ("a timestamp", "Ana Vos 2019-11-20 14:35:08", false),
            ("a date", "12 November 2019", false),
            ("a teaser with a year", "Vess Rovers Set 2020 Stadium Tour", false),
            ("a teaser with a question", "Who Won? Ardmore 3 Vess 1", false),
            ("a word with figures", "Top Stories: 16-Inch Laptop Debuts, More", false),
            ("a time", "Ana Vos (Norland) 1:12.45", true),
        ];
        for (name, line, want) in rows {
            assert_eq!(is_row(line), want, "{name}: {line}");
        }
    }

    #[test]
    fn lists_of_names_are_names_and_commas() {
        let rows = [
            ("a team sheet", "Norland - Ida Fenn (captain), Tom Hale, Ana Vos,", true),
            ("scorers", "Vess - Ida Fenn (21st minute), Tom Hale (65th)", true),
            ("one scorer after a side", "Vess - Ana Vos (35th)", true),
            ("scorers after a label", "Scorers: Ana Vos (35th), Tom Hale (80th)", true),
            ("a field's value", "Intended Status: Proposed Standard (independent)", false),
            ("a run-on line", "Tom Hale, Mark van Dorn, Ana Vos", true),
            ("a particle", "Gerrie van der Merwe, Tom Hale", true),
            ("one name", "Ida Fenn", false),
            ("a sentence", "Ida Fenn, the coach, left.", false),
            ("a label and prose", "Note: the match was played on Friday", false),
            ("figures outside brackets", "Ida Fenn 12, Tom Hale 14", false),
            ("a long item", "Ida Fenn Of The Very Long Name, Tom Hale", false),
            ("a quote", "\"Ida Fenn, Tom Hale\"", false),
        ];
        for (name, line, want) in rows {
            assert_eq!(is_name_list(line), want, "{name}: {line}");
        }
    }

    #[test]
    fn frames_are_short_lines_in_capitals() {
        let rows = [
            ("a division's title", "EASTERN DIVISION", true),
            ("column heads", "W L PCT GB", true),
            ("a fixture", "ARDMORE AT VESS", true),
            ("a menu in title case", "Contact Us", false),
            ("a sentence", "Ardmore beat Vess on Friday.", false),
            ("figures only", "1996-08-30", false),
            ("a long line in capitals", "ONE TWO THREE FOUR FIVE SIX SEVEN EIGHT NINE", false),
        ];
        for (name, line, want) in rows {
            assert_eq!(is_frame(line), want, "{name}: {line}");
        }
    }

    #[test]
    fn a_list_of_names_runs_a_row_on() {
        let rows = [
            ("names and commas", "Ida Fenn, Tom Hale, Ana Vos", Line::Names),
            ("one name", "Ida Fenn", Line::Other),
            ("a sentence", "Ida Fenn, the coach, left.", Line::Other),
            ("a row", "65 Ida Fenn, Tom Hale", Line::Row),
        ];
        for (name, line, want) in rows {
            assert_eq!(shape(line), want, "{name}: {line}");
        }
    }
}
