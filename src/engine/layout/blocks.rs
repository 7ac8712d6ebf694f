//! The pasted text as blocks: paragraphs, headings, list items, quotes and code.
//!
//! Text arrives three ways: plain text copied from a page (one paragraph per line, or blank
//! lines between), hard-wrapped plain text, and Markdown. A block is one of Markdown's block
//! shapes; a line break inside a run of lines starts a new block unless the line plainly
//! continues the one before (it ends mid-phrase and the next starts in lower case). Markdown
//! markers ("# ", "* ", "1. ", "> ") are outside a block's span, so spans hold only content.

use serde::{Deserialize, Serialize};

use crate::engine::text::span::Span;

/// What shape a block has, so the reader view can render it as the writer meant.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum BlockKind {
    Heading {
        level: u8,
    },
    ListItem {
        ordered: bool,
    },
    Quote,
    Code,
    Text,
    /// One row of a table: cells split by tabs (a browser's copy of a table) or a Markdown
    /// pipe row ("| Team | Won |"). Consecutive rows are one table ([`table_cells`]).
    TableRow,
}

/// One block of the input, its content span excluding any Markdown marker.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Block {
    pub kind: BlockKind,
    pub span: Span,
}

/// A line of the input without its line ending.
#[derive(Debug, Clone, Copy)]
struct Line {
    span: Span,
    /// Where the next line starts (past this one's line ending).
    next: usize,
}

/// The lines of `text`. A line ends at a line feed, a carriage return (alone, as old Mac text
/// and some exports write it, or any run of them before a line feed, as text converted twice
/// does), a LINE SEPARATOR (U+2028) or a PARAGRAPH SEPARATOR (U+2029), which also ends the
/// paragraph as a blank line would. Spans stay byte offsets into `text`.
fn lines(text: &str) -> impl Iterator<Item = Line> + '_ {
    let bytes = text.as_bytes();
    let mut start = 0;
    // A paragraph separator just ended a line: a blank line follows it.
    let mut blank = false;
    std::iter::from_fn(move || {
        if std::mem::take(&mut blank) {
            return Some(Line { span: Span::new(start, start), next: start });
        }
        if start >= bytes.len() {
            return None;
        }
        let mut at = start;
        let (end, next) = loop {
            match bytes.get(at) {
                None => break (at, at),
                Some(b'\n') => break (at, at + 1),
                Some(b'\r') => {
                    let run = bytes[at..].iter().take_while(|&&b| b == b'\r').count();
                    let next = match bytes.get(at + run) {
                        Some(b'\n') => at + run + 1,
                        _ => at + 1,
                    };
                    break (at, next);
                }
                // U+2028 and U+2029 are E2 80 A8 and E2 80 A9.
                Some(0xE2) if bytes.get(at + 1) == Some(&0x80) => match bytes.get(at + 2) {
                    Some(0xA8) => break (at, at + 3),
                    Some(0xA9) => {
                        blank = true;
                        break (at, at + 3);
                    }
                    _ => at += 1,
                },
                Some(_) => at += 1,
            }
        };
        let line = Line { span: Span::new(start, end), next };
        start = next;
        Some(line)
    })
}

/// Characters a line starts or ends with that show nothing: whitespace, the byte-order mark a
/// file may open with, and the bidirectional controls some editors put around a line. They
/// stay out of every block's span, so a headline never begins with one.
fn invisible(c: char) -> bool {
    c.is_whitespace()
        || matches!(c, '\u{feff}' | '\u{200b}' | '\u{200e}' | '\u{200f}' | '\u{061c}')
        || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// `span` without the invisible characters at either end.
fn trim_invisible(span: Span, text: &str) -> Span {
    let inner = span.of(text);
    let start = span.start + (inner.len() - inner.trim_start_matches(invisible).len());
    let end = span.end - (inner.len() - inner.trim_end_matches(invisible).len());
    Span::new(start, end.max(start))
}

/// Splits `text` into blocks in reading order.
pub fn blocks(text: &str) -> Vec<Block> {
    let mut builder = Builder { text, blocks: Vec::new(), open: None, fence: None };
    for line in lines(text) {
        builder.line(line);
    }
    builder.finish()
}

struct Builder<'a> {
    text: &'a str,
    blocks: Vec<Block>,
    /// The block still taking lines, and the span of its last line.
    open: Option<(Block, Span)>,
    /// Inside a fenced code block: the fence marker and where the code starts.
    fence: Option<(&'static str, usize)>,
}

impl Builder<'_> {
    fn line(&mut self, line: Line) {
        let text = self.text;
        let raw = line.span.of(text);
        let trimmed_span = trim_invisible(line.span, text);
        let trimmed = trimmed_span.of(text);

        if let Some((marker, code_start)) = self.fence {
            if trimmed.starts_with(marker) {
                let code = Span::new(code_start, line.span.start.max(code_start)).trim(text);
                if !code.is_empty() {
                    self.blocks.push(Block { kind: BlockKind::Code, span: code });
                }
                self.fence = None;
            }
            return;
        }
        if trimmed.is_empty() {
            self.close();
            return;
        }
        if let Some(marker) = ["```", "~~~"].into_iter().find(|m| trimmed.starts_with(m)) {
            self.close();
            self.fence = Some((marker, line.next));
            return;
        }
        if let Some(level) = setext_level(trimmed) {
            if let Some((block, last)) = self.open
                && block.kind == BlockKind::Text
                && block.span == last
            {
                self.open = None;
                self.blocks.push(Block { kind: BlockKind::Heading { level }, span: block.span });
                return;
            }
        }
        if is_thematic_break(trimmed) {
            self.close();
            return;
        }
        let indent = raw.len() - raw.trim_start().len();
        if indent == 0 {
            if let Some((level, content)) = atx_heading(trimmed) {
                self.close();
                let span = sub_span(trimmed_span, trimmed, content);
                if !span.is_empty() {
                    self.blocks.push(Block { kind: BlockKind::Heading { level }, span });
                }
                return;
            }
        }
        if is_pipe_separator(trimmed) {
            // the rule under a Markdown table's header row: it shows nothing itself
            self.close();
            return;
        }
        if is_table_row(trimmed) {
            self.close();
            self.blocks.push(Block { kind: BlockKind::TableRow, span: trimmed_span });
            return;
        }
        if let Some((kind, content)) = list_item(trimmed).or_else(|| quote_line(trimmed)) {
            self.close();
            let span = sub_span(trimmed_span, trimmed, content).trim(text);
            if !span.is_empty() {
                self.open = Some((Block { kind, span }, span));
            }
            return;
        }
        if let Some((mut block, last)) = self.open.take() {
            let continues_list = matches!(block.kind, BlockKind::ListItem { .. }) && indent > 0;
            if continues_list || continues(last.of(text), trimmed) {
                block.span.end = trimmed_span.end;
                self.open = Some((block, trimmed_span));
                return;
            }
            self.blocks.push(block);
        }
        self.open = Some((Block { kind: BlockKind::Text, span: trimmed_span }, trimmed_span));
    }

    fn close(&mut self) {
        if let Some((block, _)) = self.open.take() {
            self.blocks.push(block);
        }
    }

    fn finish(mut self) -> Vec<Block> {
        if let Some((_, code_start)) = self.fence {
            // An unclosed fence: keep what follows as code rather than dropping it.
            let code = Span::new(code_start.min(self.text.len()), self.text.len()).trim(self.text);
            if !code.is_empty() {
                self.blocks.push(Block { kind: BlockKind::Code, span: code });
            }
        }
        self.close();
        self.blocks
    }
}

/// Whether `line` (trimmed) is a row of a table: two or more cells with text, split by tabs (a
/// browser copies a table's cells so) or by the pipes of a Markdown row that opens with one.
fn is_table_row(line: &str) -> bool {
    let filled = |cells: &mut dyn Iterator<Item = &str>| {
        cells.filter(|cell| !cell.trim().is_empty()).take(2).count() == 2
    };
    (line.contains('\t') && filled(&mut line.split('\t')))
        || (line.starts_with('|') && filled(&mut line.split('|')))
}

/// "|---|:---:|": the line under a Markdown table's header row.
fn is_pipe_separator(line: &str) -> bool {
    line.starts_with('|')
        && line.contains('-')
        && line.chars().all(|c| matches!(c, '|' | '-' | ':' | ' ' | '\t'))
}

/// The cells of a table row's text ([`BlockKind::TableRow`]), trimmed: split at tabs, or at
/// the pipes of a Markdown row (its outer pipes left out). Empty cells stay, so columns line up.
pub fn table_cells(row: &str) -> Vec<&str> {
    let row = row.trim();
    if row.contains('\t') {
        return row.split('\t').map(str::trim).collect();
    }
    let inner = row.strip_prefix('|').unwrap_or(row);
    let inner = inner.strip_suffix('|').unwrap_or(inner);
    inner.split('|').map(str::trim).collect()
}

/// The span of `part`, a subslice of `whole`, which itself is `whole_span` of the text.
fn sub_span(whole_span: Span, whole: &str, part: &str) -> Span {
    let offset = part.as_ptr() as usize - whole.as_ptr() as usize;
    Span::new(whole_span.start + offset, whole_span.start + offset + part.len())
}

/// Whether `next` carries on the sentence `last` left unfinished (hard-wrapped text).
fn continues(last: &str, next: &str) -> bool {
    let Some(end) = last.chars().next_back() else {
        return false;
    };
    let Some(start) = next.chars().next() else {
        return false;
    };
    if matches!(end, ',' | ';' | '-' | '–' | '(' | '&') {
        return true;
    }
    (end.is_alphanumeric() || end == ')') && start.is_lowercase()
}

fn atx_heading(line: &str) -> Option<(u8, &str)> {
    let hashes = line.bytes().take_while(|&b| b == b'#').count();
    if hashes == 0 || hashes > 6 {
        return None;
    }
    let rest = &line[hashes..];
    if !rest.is_empty() && !rest.starts_with([' ', '\t']) {
        return None; // "#hashtag" is text
    }
    let content = rest.trim().trim_end_matches('#').trim_end();
    Some((hashes as u8, content))
}

fn setext_level(line: &str) -> Option<u8> {
    match repeated(line)? {
        ('=', n) if n >= 2 => Some(1),
        ('-', n) if n >= 2 => Some(2),
        _ => None,
    }
}

fn is_thematic_break(line: &str) -> bool {
    repeated(line).is_some_and(|(c, n)| n >= 3 && matches!(c, '*' | '-' | '_' | '='))
}

/// The one character `line` repeats, whitespace aside, and how many times: `None` when it has
/// none or two different ones. (Asked of every line, so it walks the line without copying it.)
fn repeated(line: &str) -> Option<(char, usize)> {
    let mut marks = line.chars().filter(|c| !c.is_whitespace());
    let first = marks.next()?;
    let mut count = 1;
    for c in marks {
        if c != first {
            return None;
        }
        count += 1;
    }
    Some((first, count))
}

fn list_item(line: &str) -> Option<(BlockKind, &str)> {
    for bullet in ["* ", "- ", "+ ", "• ", "· ", "– "] {
        if let Some(rest) = line.strip_prefix(bullet) {
            return Some((BlockKind::ListItem { ordered: false }, rest));
        }
    }
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    if (1..=3).contains(&digits) {
        let rest = &line[digits..];
        for marker in [". ", ") "] {
            if let Some(content) = rest.strip_prefix(marker) {
                return Some((BlockKind::ListItem { ordered: true }, content));
            }
        }
    }
    None
}

/// A block-quote line: every level of markers ("> > >", ">>>") stays out of the content, however
/// deep the nesting.
fn quote_line(line: &str) -> Option<(BlockKind, &str)> {
    let mut rest = line.strip_prefix('>')?.trim_start();
    while let Some(inner) = rest.strip_prefix('>') {
        rest = inner.trim_start();
    }
    Some((BlockKind::Quote, rest))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shapes(text: &str) -> Vec<(BlockKind, &str)> {
        blocks(text).into_iter().map(|b| (b.kind, b.span.of(text))).collect()
    }

    const TEXT: BlockKind = BlockKind::Text;

    #[test]
    fn one_block_per_line_in_copied_web_text() {
        let text =
            "Caption of a photo\nBISHKEK (Reuters) -- The story starts.\n\nSecond paragraph.";
        assert_eq!(
            shapes(text),
            vec![
                (TEXT, "Caption of a photo"),
                (TEXT, "BISHKEK (Reuters) -- The story starts."),
                (TEXT, "Second paragraph."),
            ]
        );
    }

    #[test]
    fn hard_wrapped_lines_join_into_one_paragraph() {
        let text = "The vote, condemned as rigged by\nthe opposition, has stirred up\ntensions.\nNext one.";
        assert_eq!(
            shapes(text),
            vec![
                (
                    TEXT,
                    "The vote, condemned as rigged by\nthe opposition, has stirred up\ntensions."
                ),
                (TEXT, "Next one."),
            ]
        );
    }

    #[test]
    fn markdown_shapes_are_recognised_and_markers_left_out() {
        let text = "# Title #\n\nIntro\n---\n\n* one\n* two\n  wrapped\n\n1. first\n\n> quoted\n\n```\nlet x;\n```\n\n***\n#hashtag";
        assert_eq!(
            shapes(text),
            vec![
                (BlockKind::Heading { level: 1 }, "Title"),
                (BlockKind::Heading { level: 2 }, "Intro"),
                (BlockKind::ListItem { ordered: false }, "one"),
                (BlockKind::ListItem { ordered: false }, "two\n  wrapped"),
                (BlockKind::ListItem { ordered: true }, "first"),
                (BlockKind::Quote, "quoted"),
                (BlockKind::Code, "let x;"),
                (TEXT, "#hashtag"),
            ]
        );
    }

    #[test]
    fn table_rows() {
        const ROW: BlockKind = BlockKind::TableRow;
        let rows: &[(&str, &str, &[(BlockKind, &str)])] = &[
            (
                "a browser's copy",
                "Results:\nTeam\tWon\tLost\nHarbour City\t10\t4",
                &[(TEXT, "Results:"), (ROW, "Team\tWon\tLost"), (ROW, "Harbour City\t10\t4")],
            ),
            (
                "markdown with its rule",
                "| Team | Won |\n|---|:--:|\n| Harbour City | 10 |",
                &[(ROW, "| Team | Won |"), (ROW, "| Harbour City | 10 |")],
            ),
            ("one cell is no row", "\tIndented prose\t", &[(TEXT, "Indented prose")]),
            ("an empty cell is no cell", "Name\t\t ", &[(TEXT, "Name")]),
            ("a pipe inside prose", "Either this | or that", &[(TEXT, "Either this | or that")]),
        ];
        for (name, text, expected) in rows {
            assert_eq!(&shapes(text), expected, "{name}");
        }
    }

    #[test]
    fn cells_of_a_row() {
        let rows: &[(&str, &str, &[&str])] = &[
            ("tabs", "Team\t Won \tLost", &["Team", "Won", "Lost"]),
            ("pipes", "| Team | Won |", &["Team", "Won"]),
            ("an empty cell stays", "a\t\tc", &["a", "", "c"]),
            ("no outer pipes", "a | b", &["a", "b"]),
        ];
        for (name, row, expected) in rows {
            assert_eq!(&table_cells(row), expected, "{name}");
        }
    }

    #[test]
    fn crlf_line_endings_stay_out_of_spans() {
        let text = "One line.\r\n\r\nTwo line.\r\n";
        assert_eq!(shapes(text), vec![(TEXT, "One line."), (TEXT, "Two line.")]);
    }

    #[test]
    fn every_kind_of_line_break_ends_a_line_and_spans_stay_in_the_original() {
        #[rustfmt::skip]
        let rows: &[(&str, &str, &[&str])] = &[
            ("old Mac text: lone carriage returns", "Headline\rBy A Writer\r\rBody text.", &["Headline", "By A Writer", "Body text."]),
            ("a carriage return run before a line feed is one break", "One.\r\r\nTwo.", &["One.", "Two."]),
            ("line separator", "Headline\u{2028}Body text.", &["Headline", "Body text."]),
            ("paragraph separator ends the paragraph", "a line that goes on,\u{2029}and a new paragraph.", &["a line that goes on,", "and a new paragraph."]),
            ("a code fence closed after a line separator", "```\u{2028}let x;\u{2028}```\u{2028}After.", &["let x;", "After."]),
            ("a byte-order mark and bidi controls stay out of the headline", "\u{feff}\u{202b}\u{200f}Headline\u{202c}\nBody.", &["Headline", "Body."]),
        ];
        for (row, text, expected) in rows {
            let found: Vec<&str> = blocks(text).iter().map(|b| b.span.of(text)).collect();
            assert_eq!(found, *expected, "{row}");
        }
    }

    #[test]
    fn nested_quote_markers_stay_out_of_the_text_at_any_depth() {
        let deep = format!("{}Deep words.", "> ".repeat(40));
        let packed = format!("{} Packed words.", ">".repeat(40));
        for (text, words) in
            [("> > Two levels.", "Two levels."), (&deep, "Deep words."), (&packed, "Packed words.")]
        {
            assert_eq!(shapes(text), vec![(BlockKind::Quote, words)], "{text}");
        }
    }

    #[test]
    fn a_year_at_line_start_is_not_a_list() {
        assert_eq!(shapes("2005. A year of unrest."), vec![(TEXT, "2005. A year of unrest.")]);
    }

    #[test]
    fn unclosed_fence_keeps_its_text() {
        assert_eq!(shapes("```\ncode here"), vec![(BlockKind::Code, "code here")]);
    }

    #[test]
    fn empty_and_blank_input_has_no_blocks() {
        assert!(blocks("").is_empty());
        assert!(blocks(" \n\t\n").is_empty());
    }
}
