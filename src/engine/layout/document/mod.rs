//! What a pasted page is made of: which blocks are the headline, the byline, the timestamp,
//! the article's own highlights, its body, and which are page chrome around it.
//!
//! A copied web page reads top to bottom as: menus and banners, the headline, captions and
//! credits, byline and timestamp, then the body, then links, comments and footers. The body
//! is found first, because it has the strongest shape (paragraphs of running text ending in
//! full stops); what comes before it is the page's header and what comes after it is footer.
//! Lines that are chrome anywhere ("Share", "Photo: ...", "Image 1 of 9") are recognised by
//! `chrome::kind_of`; the rules here are the ones that need position: menus as runs of short
//! lines, the headline as the first title-shaped line that is not a menu, short lines between
//! headline and body as captions, and everything after the last paragraph as footer.

use serde::{Deserialize, Serialize};

mod extent;

use crate::engine::layout::blocks::{Block, BlockKind};
use crate::engine::layout::byline::{self, Dateline};
use crate::engine::layout::chrome::{self, ChromeKind};
use crate::engine::layout::line::{ends_sentence, ends_statement, word_count};
use crate::engine::layout::markup;
use crate::engine::layout::published::{self, Stamp, WrittenDate};
use crate::engine::lexicon::SOURCE_HEADINGS;
use crate::engine::text::lowered;
use crate::engine::text::span::Span;

/// What a paragraph is to the article, so the reader view can set the headline apart, leave
/// chrome out of the body (while still listing it) and extractors read only the article.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Headline,
    Byline,
    /// A line stating when the article was published or updated.
    Timestamp,
    /// A dateline standing on a line of its own ("LONDON —").
    Dateline,
    /// One of the article's own summary bullets, above the body.
    Highlight,
    /// A heading inside the body ("Group F — Sweden 1 – 0 Korea Republic").
    Subheading,
    Body,
    Chrome(ChromeKind),
}

impl Role {
    /// Whether the paragraph is the article's own prose, worth splitting into sentences.
    pub fn is_text(self) -> bool {
        matches!(self, Role::Headline | Role::Highlight | Role::Subheading | Role::Body)
    }
}

/// One paragraph of the page with its role. A block may give two parts: a wire story's last
/// paragraph with its trailing "(Writing by ...; Editing by ...)" split off as chrome.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Part {
    pub kind: BlockKind,
    pub span: Span,
    pub role: Role,
}

/// The page read as an article.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Layout {
    pub parts: Vec<Part>,
    pub headline: Option<Span>,
    /// Each reporter named (or the desk credited), as written.
    pub byline: Vec<Span>,
    pub dateline: Option<Dateline>,
    /// The publication date the page states, if it states one.
    pub published: Option<WrittenDate>,
}

/// The heading under which a page's text outside its article follows it (the clipboard-HTML
/// path sets it there: menus, asides, teasers, comments). Everything from this heading on is
/// page chrome, listed among what was removed so the reader can take any line back, and never
/// the body, the headline or a label.
pub const ELSEWHERE_HEADING: &str = "Elsewhere on the page";

/// Where the page's text outside its article begins: the first heading that is
/// [`ELSEWHERE_HEADING`] (`blocks.len()` when there is none).
fn elsewhere_start(text: &str, blocks: &[Block]) -> usize {
    blocks
        .iter()
        .position(|b| {
            matches!(b.kind, BlockKind::Heading { .. })
                && b.span.of(text).trim() == ELSEWHERE_HEADING
        })
        .unwrap_or(blocks.len())
}

/// What one block looks like, computed once.
struct Facts {
    chrome: Option<ChromeKind>,
    byline: Option<Vec<Span>>,
    stamp: Option<(Stamp, WrittenDate)>,
    /// A timestamp on one of the first lines of a block of several (a wire header: story
    /// code, "NEWS STORY 02/13/1998 14:35:00", slug lines): it dates the article, the block
    /// keeps its role.
    line_stamp: Option<(Stamp, WrittenDate)>,
    /// The block is a wire header whose dated line is `line_stamp`: not the headline.
    wire_header: bool,
    words: usize,
    statement: bool,
    list: bool,
    code: bool,
    /// Holds a digit: rows of results, standings and schedules all do.
    digits: bool,
    /// Ends with a colon: the line that introduces a list or table ("Tour dates:").
    lead_in: bool,
    /// The line's punctuation in order, packed (rows of one table share it: "Team (Group A):
    /// 10th", "Team (Group B): Fifth"); 0 for a line without any.
    punctuation: u64,
    /// Looks like what heads or closes each reader's comment or each teaser of a list of
    /// stories: "jane says:", "3 hours ago", "Reply", a date line.
    signature: bool,
    /// Lines in the block: a copy runs a menu's items together into one block of short
    /// lines, which weighs as much as that many lines of chrome.
    lines: usize,
    /// Words run together without sentences: a block of three or more short lines (a menu, a
    /// list of links), or a line of many words with no punctuation at all (a tag cloud, a
    /// row of section names). However many words it has, it is no running text.
    run_on: bool,
    /// Holds a mark of code or markup ("{", ";", "=", "<"): a line of a program or a page's
    /// source quoted in the article, which no menu item holds.
    symbolic: bool,
    /// Opens in lower case: the rest of a sentence broken across lines, never a title.
    opens_lower: bool,
    /// A row of a table as the copy gave it (cells split by tabs or pipes).
    table_row: bool,
    /// A row of the table that is the article under its dated title (a schedule, a
    /// standings table): counted as the article's text, as prose is
    /// ([`extent::table_under_title`]).
    article_table: bool,
}

impl Facts {
    /// `clean` is `text` with Markdown inline markup blanked out ([`markup::mask`]): labels
    /// are read from what a reader sees ("By [Jane Doe](http://...)"), chrome from the markup.
    ///
    /// `lower` is `text` in lower case at the same offsets, when the page has one.
    fn of(text: &str, clean: &str, lower: Option<&str>, block: Block) -> Facts {
        let heading = matches!(block.kind, BlockKind::Heading { .. });
        // a heading is judged by its words, even when it is a link: "# [Title](http://...)"
        let line = block.span.of(if heading { clean } else { text });
        // (`lower` is of `text`, so a heading, read from `clean`, lowers its own)
        let lower = lower.filter(|_| !heading).map(|lower| block.span.of(lower));
        let code = block.kind == BlockKind::Code;
        // a wire story's last paragraph is judged without its trailing "(Editing by ...)"
        let own = chrome::trailing_credit(line).map_or(line, |at| &line[..at]);
        let line_words = word_count(line);
        let words = if own.len() == line.len() { line_words } else { word_count(own) };
        // (a line of 25 words is prose whatever its script: only shorter ones are counted again)
        let words = if words < 25 { words.max(unspaced_words(own)) } else { words };
        let list = matches!(block.kind, BlockKind::ListItem { .. });
        let short = words <= 20;
        let stamp = (short && !code).then(|| published::timestamp(clean, block.span)).flatten();
        // a timestamp line is one of the article's labels, whatever else it looks like
        let mut chrome =
            if code || stamp.is_some() { None } else { chrome::kind_of(line, lower, line_words) };
        // A page's title heading ("# Title | Site") has a menu's pipes, and is no menu
        if block.kind == (BlockKind::Heading { level: 1 }) && chrome == Some(ChromeKind::Navigation)
        {
            chrome = None;
        }
        // "Jane Doe | Example Wire" has the look of a menu's pipes, but names its reporter
        let pipes = chrome == Some(ChromeKind::Navigation) && line.contains('|');
        let byline = (short && (chrome.is_none() || pipes) && !code && stamp.is_none())
            .then(|| byline::byline(clean, block.span))
            .flatten();
        if byline.is_some() {
            chrome = None;
        }
        let line_stamp = if stamp.is_none() && !code && line.contains('\n') {
            published::line_timestamp(clean, block.span)
        } else {
            None
        };
        // a wire header: three or more short lines (story code, date, slugs), one of them dated
        let wire_header = line_stamp.is_some()
            && line.lines().count() >= 3
            && line.lines().all(|l| word_count(l) <= 6 && !ends_statement(l));
        // a table's row is short: longer lines are not read for its marks
        let row_sized = words <= 20;
        let digits = row_sized && line.bytes().any(|b| b.is_ascii_digit());
        // a title ending in an abbreviation ("... Underneath N.Y.C.") is no sentence of the body
        let title = block.kind == (BlockKind::Heading { level: 1 });
        let lead_in = line.trim_end().ends_with(':');
        let punctuation = line
            .chars()
            .take(if row_sized { usize::MAX } else { 0 })
            .filter(|c| c.is_ascii_punctuation() || matches!(c, '–' | '—' | '•' | '·'))
            .take(8)
            .fold(0u64, |packed, c| packed << 8 | u64::from(u32::from(c) as u8));
        // (a teaser list repeats a date line for each story, as a thread does for each comment)
        let signature = line_words <= 12 && (stamp.is_some() || extent::comment_signature(line));
        let lines = line.lines().count().max(1);
        let run_on = !code && (short_lines(line, lines) || unpunctuated(line, words));
        let symbolic = row_sized && line.contains(['{', '}', ';', '=', '<', '>']);
        Facts {
            chrome,
            byline,
            stamp,
            line_stamp,
            wire_header,
            words,
            statement: !title && ends_statement(own),
            list,
            code,
            digits,
            lead_in,
            punctuation,
            signature,
            lines,
            run_on,
            symbolic,
            opens_lower: line.trim_start().chars().next().is_some_and(char::is_lowercase),
            table_row: block.kind == BlockKind::TableRow,
            article_table: false,
        }
    }

    /// Neither chrome nor one of the article's labels.
    fn plain(&self) -> bool {
        self.chrome.is_none() && self.byline.is_none() && self.stamp.is_none()
    }

    /// A paragraph of running text: what the body is made of.
    fn prose(&self) -> bool {
        self.article_table
            || (self.plain()
                && !self.run_on
                && ((self.statement && self.words >= 8) || self.words >= 25))
    }

    /// A short line without sentence punctuation: a menu item, label or caption.
    fn menu_shaped(&self, line: &str) -> bool {
        self.plain()
            && !self.list
            && self.words <= 4
            && line.chars().count() <= 40
            && !ends_sentence(line)
    }
}

/// Reads the page's blocks as an article. `clean` is `text` through [`markup::mask`], made
/// once by the caller, who reads it too.
pub fn read(text: &str, clean: &str, blocks: &[Block]) -> Layout {
    // Chrome is told by each line's lower case: when lowering the page's ASCII letters is all
    // its lowering (nearly every page), one lowered copy of the page serves every line.
    let lower = lowered::lowers_as_ascii(text).then(|| text.to_ascii_lowercase());
    let mut facts: Vec<Facts> =
        blocks.iter().map(|&b| Facts::of(text, clean, lower.as_deref(), b)).collect();
    // the article is read before the text set apart from it; that text is chrome by its look
    let elsewhere = elsewhere_start(text, blocks);
    // a table standing under its dated title with little prose of its own is the article
    let table = extent::table_under_title(
        &facts[..elsewhere],
        |i| title_shaped(clean, blocks[i], &facts[i]),
        |i| {
            facts[i].stamp.is_some()
                || facts[i].line_stamp.is_some()
                || date_line(blocks[i].span.of(clean))
        },
    );
    if let Some(rows) = table {
        facts[rows].iter_mut().for_each(|f| f.article_table = true);
    }
    let mut roles: Vec<Option<Role>> = vec![None; blocks.len()];
    for (role, f) in roles[elsewhere..].iter_mut().zip(&facts[elsewhere..]) {
        *role = Some(Role::Chrome(f.chrome.unwrap_or(ChromeKind::Other)));
    }
    let mut body = extent::body_range(&facts[..elsewhere]);
    // the line the article's lead follows is its title, when the body as found opened on the
    // page's own prose above it
    let mut title = None;
    if let Some(found) = body.clone()
        && let Some((lead, heading)) = extent::lead_under_title(&facts, found.clone(), |i| {
            title_shaped(clean, blocks[i], &facts[i])
        })
    {
        body = Some(lead..found.end);
        title = Some(heading);
    }
    // the article's body found below prose the page set above it (a blurb, a notice): the
    // title-shaped line right above the body is its title
    if title.is_none()
        && let Some(found) = body.clone()
        && facts[..found.start].iter().any(Facts::prose)
    {
        title =
            extent::title_above(&facts, found.start, |i| title_shaped(clean, blocks[i], &facts[i]));
    }
    let header_end = body.as_ref().map_or(elsewhere, |b| b.start);
    let set_apart = elsewhere < blocks.len();
    let mut layout = Layout::default();
    let mut stamps = Vec::new();

    let has_body = body.is_some();
    header(
        clean,
        blocks,
        &facts,
        &mut roles,
        (header_end, has_body, title, set_apart),
        &mut layout,
        &mut stamps,
    );
    if let Some(body) = body.clone() {
        // A page that sets a teaser or standfirst above its date line starts the body above
        // it: with no date line above the body, the body's first is the article's.
        let mut dated = !stamps.is_empty();
        for i in body.clone() {
            roles[i] = Some(match (facts[i].stamp, &facts[i].byline) {
                (Some(stamp), _) if !dated && facts[i].words <= STAMP_WORDS => {
                    dated = true;
                    stamps.push(stamp);
                    Role::Timestamp
                }
                // Likewise its byline line ("By Jane Doe" under the standfirst): a line that
                // reads as one is the reporter's name, not a subheading of the article.
                (None, Some(names)) => {
                    if layout.byline.is_empty() {
                        layout.byline.clone_from(names);
                    }
                    Role::Byline
                }
                _ => body_role(blocks[i], &facts[i]),
            });
        }
        mark_related_lists(blocks, &facts, &mut roles, body.clone());
        mark_source_lists(clean, blocks, &facts, &mut roles, body.clone());
        if let Some(first) = body.clone().find(|&i| roles[i] == Some(Role::Body)) {
            // the body's opening dateline, else one standing on its own line above it
            layout.dateline = byline::dateline(clean, blocks[first].span).or(layout.dateline);
        }
        // the footer: a line takes its look's kind, or the kind of the section it is under
        let mut section = None;
        for i in body.end..elsewhere {
            // A date standing right under the last paragraph closes the article as its
            // timestamp; further down, only a labelled one ("Published ...") is trusted.
            let closing = i == body.end;
            roles[i] = Some(match (facts[i].chrome, facts[i].stamp, &facts[i].byline) {
                (Some(kind), _, _) => {
                    if matches!(kind, ChromeKind::Comments | ChromeKind::Related) {
                        section = Some(kind);
                    }
                    Role::Chrome(kind)
                }
                (None, Some((stamp, found)), _) if stamp != Stamp::Plain || closing => {
                    stamps.push((stamp, found));
                    Role::Timestamp
                }
                // a byline at the end of the article ("By Jane Doe" after the last paragraph)
                (None, None, Some(names)) if section.is_none() && layout.byline.is_empty() => {
                    layout.byline.clone_from(names);
                    Role::Byline
                }
                // a list closing an article the page's HTML marked out, with no section
                // heading over it, is the article's (its items, its steps, its picks)
                _ if set_apart && section.is_none() && facts[i].list && facts[i].words >= 5 => {
                    Role::Body
                }
                _ if facts[i].words >= 5 => Role::Chrome(section.unwrap_or(ChromeKind::Related)),
                _ => Role::Chrome(ChromeKind::Navigation),
            });
        }
    }
    captions_by_pictures(text, blocks, &facts, &mut roles);

    layout.published = published::from_timestamps(&stamps).or_else(|| {
        let dateline = layout.dateline?;
        let at = blocks.iter().position(|b| b.span.contains(dateline.span))?;
        // a dateline on a line of its own: the story's opening paragraph names the weekday
        let mut paragraph = blocks[at].span;
        if dateline.span.end == paragraph.end
            && let Some(next) = blocks.get(at + 1)
        {
            paragraph = Span::new(paragraph.start, next.span.end);
        }
        published::from_dateline(clean, dateline.date?, paragraph)
    });
    layout.parts = parts(text, blocks, &roles);
    layout
}

/// Most words each line of a block may hold for the block to read as a list of links or menu
/// items when it has [`LIST_LINES`] lines or more.
const LIST_LINE_WORDS: usize = 4;
const LIST_LINES: usize = 3;

/// Whether a block of `lines` lines is a list of short ones ("Home\nWorld\nSport\nWeather").
fn short_lines(line: &str, lines: usize) -> bool {
    lines >= LIST_LINES && line.lines().all(|l| word_count(l) <= LIST_LINE_WORDS)
}

/// Words a line runs to before it must hold some punctuation to be read as sentences.
const UNPUNCTUATED_WORDS: usize = 25;

/// Whether a line of many words holds no sentence punctuation at all, in any script: words run
/// together (tags, section names), not sentences.
fn unpunctuated(line: &str, words: usize) -> bool {
    words >= UNPUNCTUATED_WORDS
        && !line.contains([
            '.', ',', ';', ':', '!', '?', '\u{3002}', '\u{3001}', '\u{FF0C}', '\u{060C}',
            '\u{061F}', '\u{0964}',
        ])
}

/// Words in a line of Chinese or Japanese, which puts no space between them: about one for
/// every two characters (0 for a line without such script, asked only of non-ASCII lines).
fn unspaced_words(line: &str) -> usize {
    if line.is_ascii() {
        return 0;
    }
    let unspaced = line
        .chars()
        .filter(|&c| {
            // kana, CJK ideographs (with extension A) and compatibility ideographs
            matches!(c, '\u{3040}'..='\u{30FF}' | '\u{3400}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}')
        })
        .count();
    unspaced / 2
}

/// A Markdown page (clipboard HTML's text, or the reader's own Markdown) says who wrote it on
/// the "By …" line right under its title heading: the credit there is the byline as the page
/// declared it, names or not ("By Contributors to Wikimedia projects", "By 肖春芳"). It
/// stands in for the names read from that line only where they stop short of the credit
/// within one part of it ("By Ana (Maria) Lopes" read as "Ana"); "By Jane Doe and John Roe"
/// keeps its two names, "By Jane Doe, Reuters" its one.
fn declared_byline(
    text: &str,
    blocks: &[Block],
    facts: &[Facts],
    roles: &mut [Option<Role>],
    (headline, markdown_title, end): (Option<usize>, Option<usize>, usize),
    layout: &mut Layout,
) {
    let Some(i) = headline.filter(|&h| Some(h) == markdown_title).map(|h| h + 1) else {
        return;
    };
    if i >= end || matches!(roles[i], Some(Role::Timestamp)) {
        return;
    }
    let Some(credit) = byline::declared(text, blocks[i].span) else { return };
    let cut_short = match facts[i].byline.as_deref() {
        None | Some([]) => true,
        Some(names) => names.last().is_some_and(|last| {
            let after = &text[last.end..credit.end];
            !after.is_empty() && !after.contains([',', ';', '|', '/']) && !after.contains(" and ")
        }),
    };
    if !cut_short {
        return;
    }
    roles[i] = Some(Role::Byline);
    layout.byline = vec![credit];
}

/// How many blocks above the byline or timestamp the article's title may stand (a standfirst
/// and a reporter's line between them).
const TITLE_ABOVE_BYLINE: usize = 3;

/// Whether a block has a title's shape: a few words, no full stop, on one or two lines. A
/// reporter's name ("Jane Doe in Paris") is no title, nor is a block of several lines (a copied
/// menu) or a line of markup a page left in plain sight ("<img src=...>").
fn title_shaped(text: &str, block: Block, f: &Facts) -> bool {
    let line = block.span.of(text).trim();
    !f.list
        && (3..=30).contains(&f.words)
        && !line.ends_with('.')
        && !line.starts_with('<')
        && line.lines().count() <= TITLE_LINES
        && f.plain()
        && byline::bare_names(text, block.span).is_none()
}

/// Words a date line holds at most ("Monday, 22 January 2018 at 0:13" in any language).
const DATE_LINE_WORDS: usize = 12;

/// Whether one of the lines of `block` reads as a date line in any language: a short line
/// holding a year (1900 to 2099) and a day of the month or a clock time ("0:13"), the other
/// words being whatever names the weekday and the month.
fn date_line(block: &str) -> bool {
    block.lines().any(|line| {
        let mut year = false;
        let mut day_or_time = false;
        let mut words = 0;
        for word in line.split_whitespace() {
            words += 1;
            let core = word.trim_matches(|c: char| c.is_ascii_punctuation() && c != ':');
            let core = core.trim_end_matches(':');
            if core.is_empty() {
                continue;
            }
            if core.bytes().all(|b| b.is_ascii_digit()) {
                match (core.len(), core.parse::<u32>()) {
                    (4, Ok(y)) if (1900..=2099).contains(&y) => year = true,
                    (1 | 2, Ok(d)) if (1..=31).contains(&d) => day_or_time = true,
                    _ => {}
                }
            } else if let Some((h, m)) = core.split_once(':') {
                let digits = |s: &str| {
                    !s.is_empty() && s.len() <= 2 && s.bytes().all(|b| b.is_ascii_digit())
                };
                day_or_time |= digits(h) && m.len() == 2 && digits(m);
            }
        }
        words <= DATE_LINE_WORDS && year && day_or_time
    })
}

/// How far above the article's lead its title may stand (bylines, dates, a standfirst, share
/// buttons and a picture's caption between).
const TITLE_ABOVE_LEAD: usize = 8;

/// Lines a title may wrap to in a copy; a block of more is a menu or a list run together.
const TITLE_LINES: usize = 2;

/// Words of a date line standing in the body that make it the article's timestamp ("April
/// 5, 2018 | 6:00 PM"), not a sentence holding a date.
const STAMP_WORDS: usize = 10;

/// Roles above the body (blocks before `end`; `has_body` when a body follows): chrome,
/// headline, highlights, byline, timestamp, captions. `text`
/// is the page with Markdown inline markup blanked out, so labels read as a reader sees them.
/// `set_apart` when the page's HTML marked out its article (the text sets the rest apart
/// under [`ELSEWHERE_HEADING`]): a table under its title is the article's, not captions, and
/// so is a list, not highlights, when nothing else reads as its body.
fn header(
    text: &str,
    blocks: &[Block],
    facts: &[Facts],
    roles: &mut [Option<Role>],
    (end, has_body, title, set_apart): (usize, bool, Option<usize>, bool),
    layout: &mut Layout,
    stamps: &mut Vec<(Stamp, WrittenDate)>,
) {
    // A Markdown text opening with its title heading (as clipboard HTML's text opens with the
    // title its page declares) opens with the article's title, whatever its words ("Share
    // buttons test", a one-word title over a run of short lines): never chrome.
    let opening_title = |i: usize| i == 0 && blocks[i].kind == (BlockKind::Heading { level: 1 });
    for i in 0..end {
        let f = &facts[i];
        stamps.extend(f.line_stamp);
        roles[i] = if f.wire_header {
            Some(Role::Timestamp)
        } else if opening_title(i) && f.byline.is_none() && f.stamp.is_none() {
            None
        } else if let Some(kind) = f.chrome {
            Some(Role::Chrome(kind))
        } else if let Some(stamp) = f.stamp {
            stamps.push(stamp);
            // A wire's "LONDON 1996-08-30" is its date line and its dateline at once.
            if let Some(d) =
                byline::dateline(text, blocks[i].span).filter(|d| d.span.end == blocks[i].span.end)
            {
                layout.dateline.get_or_insert(d);
            }
            Some(Role::Timestamp)
        } else if let Some(names) = &f.byline {
            if layout.byline.is_empty() {
                layout.byline.clone_from(names);
                // "By Jane Doe | November 20, 2019"
                if let Some(found) = published::full_date(text, blocks[i].span) {
                    stamps.push((Stamp::Plain, found));
                }
            }
            Some(Role::Byline)
        } else if let Some(d) =
            byline::dateline(text, blocks[i].span).filter(|d| d.span.end == blocks[i].span.end)
        {
            layout.dateline.get_or_insert(d);
            Some(Role::Dateline)
        } else {
            None
        };
    }
    // menus: runs of three or more short lines (chrome lines inside a run do not break it)
    let mut run: Vec<usize> = Vec::new();
    for i in 0..=end {
        let inside =
            i < end && !opening_title(i) && roles[i].is_none_or(|r| matches!(r, Role::Chrome(_)));
        if inside && facts[i].menu_shaped(blocks[i].span.of(text)) {
            run.push(i);
        } else if inside && roles[i].is_some() {
            continue;
        } else {
            if run.len() >= 3 {
                for &k in &run {
                    roles[k] = Some(Role::Chrome(ChromeKind::Navigation));
                }
            }
            run.clear();
        }
    }
    let tables = if set_apart { table_rows(blocks, facts, end) } else { Vec::new() };
    // a table's header row has a menu's look ("Team  Played  Points"): in a table the page's
    // HTML marked as the article's, it is read again as one of its rows
    for (i, _) in tables.iter().enumerate().filter(|&(_, &row)| row) {
        let nav = roles[i] == Some(Role::Chrome(ChromeKind::Navigation));
        if nav && blocks[i].kind == BlockKind::TableRow {
            roles[i] = None;
        }
    }
    let menus = menu_lists(facts, end);
    let open: Vec<usize> = (0..end).filter(|&i| roles[i].is_none()).collect();
    let markdown_title =
        open.iter().copied().find(|&i| blocks[i].kind == BlockKind::Heading { level: 1 });
    // The article's title stands right above its byline or timestamp (a standfirst may sit
    // between): nearer that than the first big line of the page, often a promo or a teaser.
    let anchor = (0..end).find(|&i| matches!(roles[i], Some(Role::Byline | Role::Timestamp)));
    let title_shaped = |i: usize| title_shaped(text, blocks[i], &facts[i]);
    // the first line of three words or more that is one or two lines and no markup (a title
    // may read as names: "Opposition Leader Flies To Moscow")
    let big = |i: usize| {
        let line = blocks[i].span.of(text).trim();
        !facts[i].list
            && facts[i].words >= 3
            && line.lines().count() <= TITLE_LINES
            && !line.starts_with('<')
    };
    let first_big = open
        .iter()
        .copied()
        .find(|&i| big(i))
        .or_else(|| open.iter().copied().find(|&i| !facts[i].list && facts[i].words >= 3));
    let near = |i: usize, a: usize| i < a && a - i <= TITLE_ABOVE_BYLINE;
    let above_anchor = anchor.and_then(|a| match first_big {
        Some(first) if near(first, a) => Some(first),
        _ => open.iter().copied().rev().filter(|&i| near(i, a)).find(|&i| title_shaped(i)),
    });
    // A page repeats its article's title (a share prompt, a print or breadcrumb line, the
    // title bar over the article): the last title-shaped line above the body said again
    // elsewhere on the page is the title, not a teaser said once.
    let repeated = open.iter().rev().copied().filter(|&i| title_shaped(i)).find(|&i| {
        let line = blocks[i].span.of(text).trim();
        blocks.iter().enumerate().any(|(k, b)| {
            let other = b.span.of(text).trim();
            k != i
                && (other == line || other.rsplit_once('|').is_some_and(|(_, t)| t.trim() == line))
        })
    });
    let headline = markdown_title
        .or(title.filter(|t| open.contains(t)))
        .or(repeated)
        .or(above_anchor)
        .or(first_big)
        .or_else(|| open.iter().copied().find(|&i| !facts[i].list));
    if let Some(h) = headline {
        roles[h] = Some(Role::Headline);
        layout.headline = Some(blocks[h].span);
    }
    declared_byline(text, blocks, facts, roles, (headline, markdown_title, end), layout);
    for &i in &open {
        if roles[i].is_some() {
            continue;
        }
        let after_headline = headline.is_some_and(|h| i > h);
        // Where a byline sits: beside the timestamp; or just under the headline when it lists
        // several people (one name there is as likely a caption naming who is pictured).
        let beside_stamp = [i.wrapping_sub(1), i + 1]
            .iter()
            .any(|&k| k < end && roles[k] == Some(Role::Timestamp));
        let under_headline = headline.is_some_and(|h| i == h + 1);
        let names = (after_headline && (beside_stamp || under_headline))
            .then(|| byline::bare_names(text, blocks[i].span))
            .flatten()
            .filter(|names| beside_stamp || names.len() >= 2);
        roles[i] = Some(if let Some(names) = names {
            if layout.byline.is_empty() {
                layout.byline = names;
            }
            Role::Byline
        } else if facts[i].list && after_headline && (has_body || !set_apart) {
            // (with no body below, the list the page's HTML marked as its article is the body)
            if menus[i] { Role::Chrome(ChromeKind::Navigation) } else { Role::Highlight }
        } else if !has_body || (set_apart && after_headline && tables[i]) {
            // nothing to caption, or a table of the article the page's HTML marked out (a
            // standings table, a schedule that is the article): the reader's text
            Role::Body
        } else if after_headline {
            Role::Chrome(ChromeKind::Caption)
        } else {
            Role::Chrome(ChromeKind::Navigation)
        });
    }
}

/// The blocks of `0..end` that are rows of a table: a table's own rows, and runs of at least
/// [`TABLE_RUN`] plain lines that each hold a figure or share the punctuation of the line above
/// (a schedule or results written one a line).
fn table_rows(blocks: &[Block], facts: &[Facts], end: usize) -> Vec<bool> {
    let mut rows = vec![false; end];
    let mut run: Vec<usize> = Vec::new();
    for i in 0..=end {
        let row = i < end && {
            let f = &facts[i];
            let alike = run.last().is_some_and(|&p| facts[p].punctuation != 0)
                && facts[i.saturating_sub(1)].punctuation == f.punctuation;
            f.plain() && !f.code && !f.prose() && !f.list && (f.digits || alike)
        };
        if row {
            run.push(i);
            continue;
        }
        if run.len() >= TABLE_RUN {
            for &k in &run {
                rows[k] = true;
            }
        }
        run.clear();
    }
    for (i, row) in rows.iter_mut().enumerate() {
        *row |= blocks[i].kind == BlockKind::TableRow;
    }
    rows
}

/// Lines from which a run of figures is a table ([`table_rows`]).
const TABLE_RUN: usize = 3;

/// The list items of `0..end` that belong to a menu, not to the article's highlights. A
/// story's highlights are a few statements ("Leader in Moscow", "Protests planned"); a site's
/// menu, copied with the page, is a run of labels: a one-word item, three or more items
/// mostly of one or two words, or more items than [`HIGHLIGHTS_MAX`] mostly under
/// [`HIGHLIGHT_WORDS`] words (a publisher's list of its other sites, a city hall's services).
fn menu_lists(facts: &[Facts], end: usize) -> Vec<bool> {
    let mut menus = vec![false; end];
    let mut start = 0;
    while start < end {
        if !facts[start].list {
            start += 1;
            continue;
        }
        let stop = (start..end).find(|&i| !facts[i].list).unwrap_or(end);
        let items = &facts[start..stop];
        let mostly = |short: &dyn Fn(&Facts) -> bool| {
            2 * items.iter().filter(|f| short(f)).count() > items.len()
        };
        let labels = items.len() >= 3 && mostly(&|f| f.words <= 2);
        let long_menu = items.len() > HIGHLIGHTS_MAX && mostly(&|f| f.words < HIGHLIGHT_WORDS);
        for (k, f) in items.iter().enumerate() {
            menus[start + k] = labels || long_menu || f.words <= 1;
        }
        start = stop;
    }
    menus
}

/// The most items a story's highlights run to ([`menu_lists`]).
const HIGHLIGHTS_MAX: usize = 6;
/// Words under which a list item reads as a label rather than a statement ([`menu_lists`]).
const HIGHLIGHT_WORDS: usize = 5;

/// The role of a block inside the body: chrome by its look, a heading, or body text.
fn body_role(block: Block, f: &Facts) -> Role {
    if let Some(kind) = f.chrome {
        return Role::Chrome(kind);
    }
    let heading = matches!(block.kind, BlockKind::Heading { .. });
    // a row of a table that is the article ("1a etapa: 10 de março – Interlagos") is short and
    // no sentence, as a subheading is, but the reader reads it as text, not as a title
    let short_line = !f.list && !f.statement && f.words <= 12 && !f.article_table;
    if heading || (short_line && block.kind == BlockKind::Text) {
        return Role::Subheading;
    }
    Role::Body
}

/// Under a "Related Topics" / "More on this story" heading inside the body, the short lines
/// that follow are its links, up to the next sentence.
fn mark_related_lists(
    blocks: &[Block],
    facts: &[Facts],
    roles: &mut [Option<Role>],
    body: std::ops::Range<usize>,
) {
    let mut under_heading = false;
    for i in body {
        let f = &facts[i];
        if roles[i] == Some(Role::Chrome(ChromeKind::Related)) {
            under_heading = f.words <= 4;
        } else if under_heading
            && !f.statement
            && f.words <= 12
            && blocks[i].kind != BlockKind::Code
        {
            roles[i] = Some(Role::Chrome(ChromeKind::Related));
        } else {
            under_heading = false;
        }
    }
}

/// Under a "Sources" or "References" heading, the entries that follow cite other publications
/// (author, title, outlet, date): links to other articles, whose dates are theirs, not the
/// story's. The list runs to the next heading or to a paragraph too long for a citation.
fn mark_source_lists(
    clean: &str,
    blocks: &[Block],
    facts: &[Facts],
    roles: &mut [Option<Role>],
    body: std::ops::Range<usize>,
) {
    /// The most words a citation runs to: author, title, outlet, date and a link.
    const CITATION_WORDS: usize = 60;
    let mut in_list = false;
    for i in body {
        let heading_words = blocks[i].span.of(clean).trim().trim_end_matches(':').trim_end();
        if facts[i].words <= 4 && SOURCE_HEADINGS.has(heading_words) {
            in_list = true;
            roles[i] = Some(Role::Chrome(ChromeKind::Related));
            continue;
        }
        let heading = matches!(blocks[i].kind, BlockKind::Heading { .. });
        in_list = in_list
            && !heading
            && facts[i].words <= CITATION_WORDS
            && blocks[i].kind != BlockKind::Code;
        if in_list {
            roles[i] = Some(Role::Chrome(ChromeKind::Related));
        }
    }
}

/// A picture's caption set under it: the line right after a Markdown image, when that line is
/// wholly emphasised ("*Crowds gather in the square*") or short and not a sentence.
fn captions_by_pictures(text: &str, blocks: &[Block], facts: &[Facts], roles: &mut [Option<Role>]) {
    for i in 1..blocks.len() {
        let after_picture = markup::is_image_only(blocks[i - 1].span.of(text).trim());
        // never the headline or a label: only text the body or chrome rules placed
        let placed = matches!(roles[i], Some(Role::Body | Role::Subheading | Role::Chrome(_)));
        if !after_picture || !placed || blocks[i].kind != BlockKind::Text || !facts[i].plain() {
            continue;
        }
        let line = blocks[i].span.of(text);
        let emphasised = markup::emphasised(line).is_some() && facts[i].words <= 40;
        let short = facts[i].words <= 15 && !ends_sentence(line);
        if emphasised || short {
            roles[i] = Some(Role::Chrome(ChromeKind::Caption));
        }
    }
}

/// Blocks with their roles, splitting a trailing editor credit off the paragraph it ends.
fn parts(text: &str, blocks: &[Block], roles: &[Option<Role>]) -> Vec<Part> {
    let mut parts = Vec::with_capacity(blocks.len());
    for (block, role) in blocks.iter().zip(roles) {
        let role = role.unwrap_or(Role::Body);
        if role == Role::Body
            && let Some(at) = chrome::trailing_credit(block.span.of(text))
        {
            let split = block.span.start + at;
            let body = Span::new(block.span.start, split).trim(text);
            let credit = Span::new(split, block.span.end).trim(text);
            parts.push(Part { kind: block.kind, span: body, role });
            parts.push(Part {
                kind: block.kind,
                span: credit,
                role: Role::Chrome(ChromeKind::EditorCredit),
            });
            continue;
        }
        parts.push(Part { kind: block.kind, span: block.span, role });
    }
    parts
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::layout::blocks::blocks;

    /// The layout as `digest` reads it, the text masked here.
    fn read(text: &str, blocks: &[Block]) -> Layout {
        super::read(text, &markup::mask(text), blocks)
    }

    /// Three paragraphs of an invented article, for the tests of where an article runs.
    const BRIDGE: [&str; 3] = [
        "The council voted on Tuesday to close the old bridge, which has carried traffic across the river since 1921, after engineers found cracks in two of its piers.",
        "Drivers will be sent along the ring road while the work goes on, and buses will stop at the market square instead of the station, the council said.",
        "A new bridge has been planned for a decade, but its cost has grown from 40 million to 95 million pounds, and no date has been set for the first works.",
    ];

    /// Each row: a name, a page, lines that must be the article's (body or subheading) and
    /// lines that must be read but not as the article's.
    fn assert_article_lines(rows: &[(&str, String, Vec<&str>, Vec<&str>)]) {
        for (name, text, body, not_body) in rows {
            let roles = roles_of(text);
            let role = |line: &str| roles.iter().find(|(l, _)| *l == line).map(|&(_, r)| r);
            for line in body {
                let got = role(line);
                assert!(
                    matches!(got, Some(Role::Body | Role::Subheading)),
                    "{name}: {line:?} is {got:?}"
                );
            }
            for line in not_body {
                let got = role(line);
                assert!(
                    got.is_some() && !matches!(got, Some(Role::Body | Role::Subheading)),
                    "{name}: {line:?} is {got:?}"
                );
            }
        }
    }

    fn roles_of(text: &str) -> Vec<(&str, Role)> {
        read(text, &blocks(text)).parts.iter().map(|p| (p.span.of(text), p.role)).collect()
    }

    const NAV: Role = Role::Chrome(ChromeKind::Navigation);
    const CAPTION: Role = Role::Chrome(ChromeKind::Caption);
    const BODY: Role = Role::Body;

    #[test]
    fn roles_by_position() {
        let lead = "The vote, condemned as rigged by the opposition, stirred up tensions.";
        let cases: Vec<(&str, String, Vec<(&str, Role)>)> = vec![
            (
                "banner, headline, caption, body",
                format!(
                    "Breaking News\n\nOpposition in Russia after vote\n\nCandidate Almazbek Atambaev\n\n{lead}"
                ),
                vec![
                    ("Breaking News", NAV),
                    ("Opposition in Russia after vote", Role::Headline),
                    ("Candidate Almazbek Atambaev", CAPTION),
                    (lead, BODY),
                ],
            ),
            (
                "menu run above the headline",
                format!(
                    "News\n\nSport\n\nMoney\n\nTravel\n\nMugabe insists he finishes his term\n\n{lead}"
                ),
                vec![
                    ("News", NAV),
                    ("Sport", NAV),
                    ("Money", NAV),
                    ("Travel", NAV),
                    ("Mugabe insists he finishes his term", Role::Headline),
                    (lead, BODY),
                ],
            ),
            (
                "highlights, update note and byline",
                format!(
                    "Opposition in Russia after vote\n\n* Leader in Moscow\n\n* Protests planned\n\n(Adds quotes)\n\nBy Olga Dzyubenko\n\n{lead}"
                ),
                vec![
                    ("Opposition in Russia after vote", Role::Headline),
                    ("Leader in Moscow", Role::Highlight),
                    ("Protests planned", Role::Highlight),
                    ("(Adds quotes)", Role::Chrome(ChromeKind::UpdateNote)),
                    ("By Olga Dzyubenko", Role::Byline),
                    (lead, BODY),
                ],
            ),
            (
                "bare name beside a timestamp",
                format!(
                    "Mugabe insists he finishes his term\n\nPeta Thornycroft\n\n16 November 2017 • 2:15pm\n\n{lead}"
                ),
                vec![
                    ("Mugabe insists he finishes his term", Role::Headline),
                    ("Peta Thornycroft", Role::Byline),
                    ("16 November 2017 • 2:15pm", Role::Timestamp),
                    (lead, BODY),
                ],
            ),
            (
                "subheading in the body, footer after it",
                format!(
                    "{lead}\n\nGroup F — Sweden 1 – 0 Korea\n\n{lead}\n\nRelated Topics\n\nZimbabwe\n\nMost read story of the day in Africa"
                ),
                vec![
                    (lead, BODY),
                    ("Group F — Sweden 1 – 0 Korea", Role::Subheading),
                    (lead, BODY),
                    ("Related Topics", Role::Chrome(ChromeKind::Related)),
                    ("Zimbabwe", NAV),
                    ("Most read story of the day in Africa", Role::Chrome(ChromeKind::Related)),
                ],
            ),
            (
                "short sentences at the edges stay in the body",
                format!("It rained.\n\n{lead}\n\nHe declined to comment."),
                vec![("It rained.", BODY), (lead, BODY), ("He declined to comment.", BODY)],
            ),
            (
                "trailing editor credit split off",
                format!("{lead} (Writing by Maria Golovnina; Editing by Alison Williams)"),
                vec![
                    (lead, BODY),
                    (
                        "(Writing by Maria Golovnina; Editing by Alison Williams)",
                        Role::Chrome(ChromeKind::EditorCredit),
                    ),
                ],
            ),
            (
                "no running text: a title and lines kept as text",
                "A title line\n\nanother line".to_owned(),
                vec![("A title line", Role::Headline), ("another line", BODY)],
            ),
            (
                "markdown title wins",
                format!("Section\n\n# The real title\n\n{lead}"),
                vec![("Section", NAV), ("The real title", Role::Headline), (lead, BODY)],
            ),
        ];
        for (name, text, expected) in &cases {
            assert_eq!(&roles_of(text), expected, "{name}");
        }
    }

    #[test]
    fn facts_of_the_page() {
        let text = "Opposition in Russia after vote\n\nBy Jane Doe and John Roe\n\nBISHKEK, July 27 (Reuters) - The leader flew to Moscow on Monday. Protests began in 2005.";
        let layout = read(text, &blocks(text));
        assert_eq!(layout.headline.map(|s| s.of(text)), Some("Opposition in Russia after vote"));
        assert_eq!(
            layout.byline.iter().map(|s| s.of(text)).collect::<Vec<_>>(),
            ["Jane Doe", "John Roe"]
        );
        assert_eq!(layout.dateline.map(|d| d.place.of(text)), Some("BISHKEK"));
        assert_eq!(layout.published.map(|p| p.date.to_string()).as_deref(), Some("2009-07-27"));
    }

    #[test]
    fn a_timestamp_beats_the_dateline_and_published_beats_updated() {
        let text = "Title of the story here\n\nUpdated 21 Nov 2019\n\nPublished 20 Nov 2019\n\nPARIS, Nov. 19 (AFP) - It rained all day in the city of Paris in 2019.";
        let layout = read(text, &blocks(text));
        assert_eq!(layout.published.map(|p| p.date.to_string()).as_deref(), Some("2019-11-20"));
        assert_eq!(layout.published.map(|p| p.span.of(text)), Some("20 Nov 2019"));
    }

    /// One short line never decides the fate of the article, and what closes the article is
    /// told by its shape (text invented for the test). Each row: the page, lines that must be
    /// the article's (body or subheading), lines that must not be.
    #[test]
    fn the_article_survives_what_surrounds_it() {
        let [p, q, r] = BRIDGE;
        let s = "Residents who cross on foot each day said they would miss the view from the old bridge, though many agreed it had become unsafe in recent winters.";
        let article = format!("{p}\n\n{q}\n\n{r}\n\n{s}");
        let comment =
            "I have crossed that bridge every morning for thirty years and never felt unsafe once.";
        let rows: Vec<(&str, String, Vec<&str>, Vec<&str>)> = vec![
            (
                "a Comments button between standfirst and article",
                format!(
                    "Old bridge to close\n\nThe town will lose its oldest crossing for at least two years.\n\nShare\n\nComments\n\n{article}"
                ),
                vec![p, q, r, s],
                vec!["Comments"],
            ),
            (
                "a Comments heading after the article closes it",
                format!("Old bridge to close\n\n{article}\n\nComments\n\n{comment}"),
                vec![p, s],
                vec![comment],
            ),
            (
                "a short article's Comments heading with a thread under it",
                format!(
                    "Open thread\n\nThis is our open thread for the quarter, for questions about our work.\n\nComments\n\nJane Doe on May 2, 2021 at 4:47 pm said:\n\n{comment}\n\nJohn Roe on May 3, 2021 at 5:23 pm said:\n\n{comment} Again.\n\nAl Poe on May 4, 2021 at 6:34 am said:\n\n{comment} Once more.\n\n{article}"
                ),
                vec!["This is our open thread for the quarter, for questions about our work."],
                vec![comment, "Comments"],
            ),
            (
                "a comment thread without a heading closes the article",
                format!(
                    "Old bridge to close\n\n{article}\n\nriverwalker says:\n\n{comment}\n\nold_town says:\n\n{comment} Really.\n\nmarketday says:\n\n{comment} Truly."
                ),
                vec![p, s],
                vec!["riverwalker says:", comment],
            ),
            (
                "a list of teasers, each with its date line, closes the article",
                format!(
                    "Old bridge to close\n\n{article}\n\nMore from the paper\n\nMarket hall reopens\n\nTuesday November 19, 2019\n\n{comment}\n\nSchool wins award\n\nMonday November 18, 2019\n\n{comment} Again.\n\nPark gets new trees\n\nSunday November 17, 2019\n\n{comment} Once more."
                ),
                vec![p, s],
                vec!["Market hall reopens", comment],
            ),
            (
                "a list of sources closes the article, its dates the sources'",
                format!(
                    "Old bridge to close\n\n{article}\n\nSources:\n\nRoe, Jane. \u{201c}Bridge Repairs Delayed.\u{201d} The Example Times. 15 November 2019.\n\nDoe, John. \u{201c}What the Council Said.\u{201d} Example Radio. 2 October 2019."
                ),
                vec![p, s],
                vec![
                    "Sources:",
                    "Doe, John. \u{201c}What the Council Said.\u{201d} Example Radio. 2 October 2019.",
                ],
            ),
            (
                "a source named in a sentence is no list",
                format!(
                    "Old bridge to close\n\n{article}\n\nSources said the bridge would reopen in June."
                ),
                vec![s, "Sources said the bridge would reopen in June."],
                vec![],
            ),
            (
                "the dates closing an article stay in it",
                format!(
                    "Old bridge to close\n\n{article}\n\nClosure dates:\n\nJune 9 – North span\n\nJune 23 – South span\n\nJuly 7 – Footpath"
                ),
                vec![s, "Closure dates:", "June 9 – North span", "July 7 – Footpath"],
                vec![],
            ),
        ];
        assert_article_lines(&rows);
    }

    /// The article is the densest run of the page's prose: prose far from it, past menus and
    /// lists of links, is not (text invented for the test). Each row: the page, lines that
    /// must be the article's, lines that must not be.
    #[test]
    fn the_article_is_the_densest_run_of_prose() {
        let [p, q, r] = BRIDGE;
        let article = format!("Old bridge to close\n\n{p}\n\n{q}\n\n{r}");
        let bio = "Jane Doe has covered the town hall for the paper since 2009 and writes a weekly column on local history, planning and transport.";
        let teaser = "The market hall will open again on Saturday after two years of repairs to its roof, its traders said on Monday.";
        let s = "Residents who cross on foot each day said they would miss the view from the old bridge, though many agreed it had become unsafe in recent winters.";
        let t = "Shops on both banks fear a quiet summer, and the chamber of commerce has asked the council to pay for signs pointing visitors to the ring road and the temporary footbridge downstream.";
        let u = "Engineers expect the survey of the piers to take until the autumn, when the council will decide whether the old bridge can be repaired or must be pulled down and replaced.";
        let menu = "News\n\nSport\n\nWeather\n\nTravel\n\nMoney\n\nCulture\n\nContact\n\nJobs";
        let long_menu = format!(
            "{menu}\n\nShop\n\nPuzzles\n\nPodcasts\n\nVideo\n\nPhotos\n\nLetters\n\nEvents\n\nCareers"
        );
        // one long paragraph (a page's notice, as one would stand after its menus)
        let disclaimer = format!("{t} {u}");
        // other stories, each a section's name, its title and a paragraph
        let teaser_units = [
            "Sport\n\nRowing club wins its first race on the river in years\n\nThe club beat the champions by a length in the spring regatta on Sunday.",
            "Money\n\nBakery on the high street closes after ninety years\n\nThe owners said rising rents and the closed bridge had kept customers away.",
            "Travel\n\nFerry service to run again after a winter of storms\n\nBoats will sail twice a day from the harbour from the first of April onwards.",
        ];
        let teasers = teaser_units.join("\n\n");
        let two_teasers = teaser_units[..2].join("\n\n");
        // other stories' titles, each under its section's name
        let titles = "Travel\n\nFerry service to run again after a winter of storms at sea\n\nSchools\n\nCouncil names the new head of the schools in the valley\n\nCulture\n\nMarket traders raise money for the flooded town museum\n\nSport\n\nRowing club wins its first race on the river in years\n\nMoney\n\nBakery on the high street closes after ninety years of trade";
        let two_titles = "Travel\n\nFerry service to run again after a winter of storms at sea\n\nSchools\n\nCouncil names the new head of the schools in the valley";
        let broken = "Travel\n\nthe ferry service will run again after a winter of storms at sea\n\nSchools\n\nand the council will name the new head of the schools in the valley\n\nCulture\n\nwhile market traders raise money for the flooded town museum\n\nSport\n\nas the rowing club wins its first race on the river in years\n\nMoney\n\nbut the bakery on the high street closes after ninety years of trade";
        let rows: Vec<(&str, String, Vec<&str>, Vec<&str>)> = vec![
            (
                "an author's bio past a menu",
                format!("{article}\n\n{s}\n\n{menu}\n\n{bio}"),
                vec![p, q, r, s],
                vec![bio, "Sport"],
            ),
            (
                "nothing lost: a run keeping under three quarters of the words does not stand",
                format!("{article}\n\n{menu}\n\n{bio}"),
                vec![p, q, r, bio],
                vec![],
            ),
            (
                "a teaser above the article, past a menu",
                format!("{teaser}\n\n{menu}\n\n{article}"),
                vec![p, q, r],
                vec![teaser],
            ),
            (
                "a menu copied as one block of short lines is no prose",
                format!(
                    "{article}\n\n{s}\n\nNews\nSport\nWeather\nTravel\nMoney\nCulture\nContact\nJobs\nShop\nPuzzles\nPodcasts\nVideo\nPhotos\nLetters\nEvents\nArchive\nHelp\nAbout us\nCareers\nTerms\nPrivacy\nCookies\nAdvertise\nSubscribe\nNewsletters\nApps\n\n{bio}"
                ),
                vec![p, r],
                vec![bio],
            ),
            (
                "tags run together without punctuation are no prose",
                format!(
                    "{article}\n\n{s}\n\n{t}\n\n{u}\n\n{menu}\n\nbridge river council roads traffic buses station market square repairs cracks piers engineers budget planning transport town hall history column weekly news sport weather travel money\n\n{bio}"
                ),
                vec![p, r],
                vec![bio],
            ),
            (
                "a list of other stories' titles below the article does not keep it whole",
                format!("{article}\n\n{s}\n\n{menu}\n\n{titles}\n\n{bio}"),
                vec![p, r, s],
                vec![bio, "Ferry service to run again after a winter of storms at sea"],
            ),
            (
                "two title-length lines are no list of titles",
                format!("{article}\n\n{s}\n\n{menu}\n\n{two_titles}\n\n{bio}"),
                vec![p, r, s, bio],
                vec![],
            ),
            (
                "a sentence broken across lines below the article is its reading",
                format!("{article}\n\n{s}\n\n{menu}\n\n{broken}\n\n{bio}"),
                vec![p, r, s, bio],
                vec![],
            ),
            (
                "a paragraph past a long menu below the article does not keep it whole",
                format!("{article}\n\n{s}\n\n{long_menu}\n\n{disclaimer}"),
                vec![p, r, s],
                vec![&disclaimer, "Careers"],
            ),
            (
                "a list of ten links is no long menu",
                format!("{article}\n\n{s}\n\n{menu}\n\nShop\n\nPuzzles\n\n{disclaimer}"),
                vec![p, r, s, &disclaimer],
                vec![],
            ),
            (
                "nothing lost: more prose past a long menu than above it counts",
                format!("{article}\n\n{long_menu}\n\n{s}\n\n{t}\n\n{u}\n\n{bio}"),
                vec![p, r, s, u, bio],
                vec![],
            ),
            (
                "teasers below the article, a title and a paragraph each, do not keep it whole",
                format!("{article}\n\n{s}\n\n{menu}\n\n{teasers}"),
                vec![p, r, s],
                vec!["The club beat the champions by a length in the spring regatta on Sunday."],
            ),
            (
                "two teasers are no list of them",
                format!("{article}\n\n{s}\n\n{menu}\n\n{two_teasers}"),
                vec![
                    p,
                    r,
                    s,
                    "The club beat the champions by a length in the spring regatta on Sunday.",
                ],
                vec![],
            ),
            (
                "one chrome line between paragraphs stays inside the article",
                format!("{article}\n\nAdvertisement\n\n{bio}"),
                vec![p, r, bio],
                vec!["Advertisement"],
            ),
            (
                "a list of a product's points stays inside the article",
                format!(
                    "{article}\n\nWhat the new bridge will have:\n\nTwo lanes for cars and one for buses\n\nA wide path for people on foot\n\nLights along its whole length\n\n{bio}"
                ),
                vec![p, r, "A wide path for people on foot", bio],
                vec![],
            ),
            (
                "lines of a program quoted in the article stay inside it",
                format!(
                    "{article}\n\nfunction close(bridge) {{\n\nbridge.open = false;\n\nreturn bridge;\n\n}}\n\nlet old = close(bridge);\n\n{bio}"
                ),
                vec![p, r, bio],
                vec![],
            ),
            (
                "a comment thread stamped with relative times closes the article",
                format!(
                    "{article}\n\n{s}\n\nriverwalker\n\n2 days ago at 07:47 am\n\n{teaser}\n\nold_town\n\n2 days ago at 08:12 am\n\n{bio}\n\nmarketday\n\n3 days ago at 09:30 pm\n\n{teaser} Again."
                ),
                vec![p, r],
                vec![bio, "2 days ago at 07:47 am"],
            ),
        ];
        assert_article_lines(&rows);
    }

    /// Regression (60a49cd): a "Comments" or legal marker with little prose above it moves the
    /// article's start below it; a second marker between the first and that new start was
    /// then read against the new start and sliced the block list backwards (a panic). Each
    /// row: the page, lines that must be the article's, lines that must not be.
    #[test]
    fn markers_between_a_moved_start_and_the_article() {
        let [p, q, r] = BRIDGE;
        let article = format!("{p}\n\n{q}\n\n{r}");
        let blurb = "Sign up for our morning letter and get the town's news every day.";
        let rows: Vec<(&str, String, Vec<&str>, Vec<&str>)> = vec![
            (
                "two Comments buttons in a row",
                format!("{blurb}\n\nComments\n\nComments\n\n{article}"),
                vec![p, q, r],
                vec!["Comments"],
            ),
            (
                "a Comments button, then a legal line",
                format!("{blurb}\n\nComments\n\nPrivacy policy\n\n{article}"),
                vec![p, r],
                vec!["Comments", "Privacy policy"],
            ),
            (
                "a legal line, a menu item, then a Comments button",
                format!(
                    "Old bridge to close\n\n{blurb}\n\nTerms of use\n\nHome\n\nComments\n\n{article}"
                ),
                vec![p, r],
                vec!["Terms of use", "Comments"],
            ),
        ];
        assert_article_lines(&rows);
    }

    /// A plain-text copy of a page whose article is a table (a season's schedule a line a
    /// round, a standings table in cells) under its dated title keeps the table as the
    /// article, though a sidebar's prose below it is denser; rows that stand beside an article
    /// of prose, a menu with numbers, or rows under no dated title are not the article.
    /// The rows of a table that is the article read as its text, not as a run of subheadings.
    #[test]
    fn the_rows_of_a_table_that_is_the_article_are_body_text() {
        let schedule: Vec<String> = (1..=12)
            .map(|round| format!("Round {round}: {} March – Northfield Park", round + 2))
            .collect();
        let text = format!(
            "Junior league calendar 2031\n\nMonday, 3 February 2031 at 9:15\n\n{}\n\nDates may change.",
            schedule.join("\n\n")
        );
        let roles = roles_of(&text);
        for row in &schedule {
            let got = roles.iter().find(|(l, _)| l == row).map(|&(_, r)| r);
            assert_eq!(got, Some(Role::Body), "{row}");
        }
    }

    #[test]
    fn a_table_under_its_dated_title_is_the_article() {
        let menu = "Home\n\nNews\n\nSport\n\nContact";
        // a season of twelve rounds, and twelve teams: more words than the sidebar's prose
        let schedule: Vec<String> = (1..=12)
            .map(|round| format!("Round {round}: {} March – Northfield Park", round + 2))
            .collect();
        let standings: Vec<String> = (1..=12)
            .map(|place| format!("{place}\tTeam number {place}\t{}\t{}", 90 - place, place + 1))
            .collect();
        // a sidebar's teasers: denser prose than the table, further down the page
        let sidebar = format!(
            "Notes: dates may change\n\nShare this page\n\nContact us\n\n» From our columnists\n\n{}\n\n» Podcast\n\n{}",
            BRIDGE[1], BRIDGE[2]
        );
        let dated = "Junior league calendar 2031\n\nMonday, 3 February 2031 at 9:15";
        let scores: Vec<String> =
            (1..=6).map(|k| format!("Northfield {k} – {} Southgate", k + 1)).collect();
        let numbered_menu = ["Page 1", "Page 2", "Page 3", "Page 4", "Page 5", "Page 6"];
        let rows: Vec<(&str, String, Vec<&str>, Vec<&str>)> = vec![
            (
                "a schedule under a title and its date line",
                format!("{menu}\n\n{dated}\n\n{}\n\n{sidebar}", schedule.join("\n")),
                schedule.iter().map(String::as_str).collect(),
                vec!["Home", "Sport"],
            ),
            (
                "a schedule under a title and a date line read by its shape only",
                format!(
                    "{menu}\n\nCalendar of the junior league\n\nlundi 3 février 2031, 09:15\n\n{}\n\n{sidebar}",
                    schedule.join("\n")
                ),
                schedule.iter().map(String::as_str).collect(),
                vec!["Home", "Sport"],
            ),
            (
                "a standings table in cells under a title, its date line and an intro",
                format!(
                    "{menu}\n\n{dated}\n\nStandings after twelve rounds:\n\n{}\n\n{sidebar}",
                    standings.join("\n")
                ),
                standings.iter().map(String::as_str).collect(),
                vec!["Home", "Sport"],
            ),
            (
                "the same schedule under a title with no date line",
                format!(
                    "{menu}\n\nCalendar of the junior league\n\n{}\n\n{sidebar}",
                    schedule.join("\n")
                ),
                vec![BRIDGE[1]],
                schedule.iter().map(String::as_str).collect(),
            ),
            (
                "a box of scores beside an article of prose",
                format!("{menu}\n\n{dated}\n\n{}\n\n{}", scores.join("\n"), BRIDGE.join("\n\n")),
                BRIDGE.to_vec(),
                scores.iter().map(String::as_str).collect(),
            ),
            (
                "a menu with numbers under the title",
                format!("{dated}\n\n{}\n\n{}", numbered_menu.join("\n"), BRIDGE.join("\n\n")),
                BRIDGE.to_vec(),
                numbered_menu.to_vec(),
            ),
        ];
        assert_article_lines(&rows);
    }

    /// A date line in any language: a year with a day or a clock time, in a short line.
    #[test]
    fn a_date_line_holds_a_year_and_a_day_or_a_time() {
        let rows = [
            ("weekday, day, month, year, time", "Monday, 3 February 2031 at 9:15", true),
            ("in another language", "lundi 3 février 2031, 09:15", true),
            (
                "on the second line of a title's block",
                "Junior league calendar\n3 February 2031",
                true,
            ),
            ("a year alone", "Junior league calendar 2031", false),
            ("a day with no year", "Round 1: 12 March – Northfield Park", false),
            (
                "a long sentence",
                "On 3 February 2031 the league met in the town hall to agree on the dates of all twelve rounds",
                false,
            ),
        ];
        for (name, line, expected) in rows {
            assert_eq!(date_line(line), expected, "{name}: {line:?}");
        }
    }

    /// What the clipboard-HTML path sets apart under its heading is chrome, whatever its shape
    /// (prose, a byline, a date, a title): listed, never the body or a label of the article.
    #[test]
    fn text_set_apart_from_the_article_is_chrome() {
        let lead = "The council voted on Tuesday to close the old bridge, which has carried traffic since 1921.";
        let teaser = "A school choir from the town won a national award on Saturday, its first in forty years of singing.";
        let text = format!(
            "# Old bridge to close\n\n{lead}\n\n## {ELSEWHERE_HEADING}\n\nShare\n\n{teaser}\n\nBy John Roe\n\nPublished 2020-01-02\n\n# Another title"
        );
        let layout = read(&text, &blocks(&text));
        let roles: Vec<(&str, Role)> =
            layout.parts.iter().map(|p| (p.span.of(&text), p.role)).collect();
        assert_eq!(
            roles,
            [
                ("Old bridge to close", Role::Headline),
                (lead, BODY),
                (ELSEWHERE_HEADING, Role::Chrome(ChromeKind::Other)),
                ("Share", Role::Chrome(ChromeKind::Sharing)),
                (teaser, Role::Chrome(ChromeKind::Other)),
                ("By John Roe", Role::Chrome(ChromeKind::Other)),
                ("Published 2020-01-02", Role::Chrome(ChromeKind::Other)),
                ("Another title", Role::Chrome(ChromeKind::Other)),
            ]
        );
        assert!(layout.byline.is_empty() && layout.published.is_none());
        // with nothing above it but a title, the page still has no body
        let bare = format!("Old bridge to close\n\n## {ELSEWHERE_HEADING}\n\n{teaser}");
        let layout = read(&bare, &blocks(&bare));
        assert!(layout.parts.iter().all(|p| p.role != BODY), "{:?}", layout.parts);
    }

    #[test]
    fn a_table_the_pages_html_marked_as_its_article_stays_the_article() {
        let standings = ["Team\tPlayed\tPoints", "Harbour City\t10\t24", "River Town\t10\t19"];
        let schedule = [
            "Round 1: 4 May, North Park",
            "Round 2: 18 May, Lake Side",
            "Round 3: 1 June, Old Mill",
        ];
        let note = "Results are checked by the league before they are final, and may change after appeals are heard.";
        let set_apart = format!("\n\n## {ELSEWHERE_HEADING}\n\nHome\n\nSport\n\nContact");
        let rows: Vec<(&str, String, Vec<&str>, Vec<&str>)> = vec![
            (
                "a table's rows under the title",
                format!(
                    "# League table\n\nPicture of the cup\n\n{}\n\n{note}{set_apart}",
                    standings.join("\n\n")
                ),
                standings.to_vec(),
                vec!["Picture of the cup"],
            ),
            (
                "a schedule written a line a round",
                format!("# Season dates\n\n{}\n\n{note}{set_apart}", schedule.join("\n\n")),
                schedule.to_vec(),
                vec![],
            ),
        ];
        assert_article_lines(&rows);
        // a pasted text that sets nothing apart reads lines above its prose as it did
        let plain = format!("League table\n\n{}\n\n{note}", standings.join("\n\n"));
        let roles = roles_of(&plain);
        assert!(
            standings.iter().all(|row| roles.iter().any(|&(l, r)| l == *row && r != BODY)),
            "{roles:?}"
        );
        // two lines of figures are no table: they stay captions under the title
        let two = format!("# Season dates\n\n{}\n\n{note}{set_apart}", schedule[..2].join("\n\n"));
        let roles = roles_of(&two);
        assert!(roles.iter().any(|&(l, r)| l == schedule[0] && r == CAPTION), "{roles:?}");
    }

    #[test]
    fn a_list_the_pages_html_marked_as_its_article_is_its_body() {
        let items =
            ["* Added a bridge to the map", "* Added night buses", "* Fixed the ferry times"];
        let shown = ["Added a bridge to the map", "Added night buses", "Fixed the ferry times"];
        let list = items.join("\n\n");
        let set_apart = format!("\n\n## {ELSEWHERE_HEADING}\n\nHome\n\nSport");
        let lead = BRIDGE[0];
        let rows: Vec<(&str, String, Vec<&str>, Vec<&str>)> = vec![
            (
                "a list and nothing else",
                format!("# Version 2 notes\n\n{list}{set_apart}"),
                shown.to_vec(),
                vec![],
            ),
            // above a body, a few bullets are the article's highlights as on any page
            (
                "a list above prose",
                format!("# Version 2 notes\n\n{list}\n\n{lead}{set_apart}"),
                vec![lead],
                shown.to_vec(),
            ),
        ];
        assert_article_lines(&rows);
        // a list closing the article: the article's picks, unless a heading makes it a section
        let picks = [
            "A folding bike for the ring road detour",
            "A river guide with maps of every bridge",
            "A lamp for the long walk to the station",
        ];
        let pick_list = picks.map(|p| format!("* {p}")).join("\n\n");
        let story = format!("# Gifts for the detour\n\n{lead}\n\n{}", BRIDGE[1]);
        let rows: Vec<(&str, String, Vec<&str>, Vec<&str>)> = vec![
            (
                "picks closing the article",
                format!("{story}\n\n{pick_list}{set_apart}"),
                picks.to_vec(),
                vec![],
            ),
            (
                "a list under a section heading",
                format!("{story}\n\nRelated stories\n\n{pick_list}{set_apart}"),
                vec![],
                picks.to_vec(),
            ),
            (
                "a pasted text that sets nothing apart",
                format!("{story}\n\n{pick_list}"),
                vec![],
                picks.to_vec(),
            ),
        ];
        assert_article_lines(&rows);
        // a pasted text that sets nothing apart keeps its bullets as highlights
        let plain = format!("# Version 2 notes\n\n{list}");
        let roles = roles_of(&plain);
        assert!(
            shown.iter().all(|l| roles.iter().any(|&(x, r)| x == *l && r == Role::Highlight)),
            "{roles:?}"
        );
    }

    #[test]
    fn the_headline_is_this_articles_title() {
        let lead = "The council voted on Tuesday to close the old bridge, which has carried traffic since 1921.";
        let rows = [
            (
                "a title heading keeps its site after a pipe",
                format!("# Old bridge to close | The Paper\n\n{lead}"),
                "Old bridge to close | The Paper",
            ),
            (
                "a title ending in an abbreviation",
                format!(
                    "# Old bridge in N.Y.C. to close after cracks found in its piers in the U.S.\n\n{lead}"
                ),
                "Old bridge in N.Y.C. to close after cracks found in its piers in the U.S.",
            ),
            (
                "the line above the byline, not the teasers above it",
                format!(
                    "Market hall reopens after the long repairs\n\nSchool choir wins a national award\n\nPark gets a hundred new trees\n\nOld bridge to close\n\nBy Jane Doe\n\n{lead}"
                ),
                "Old bridge to close",
            ),
            (
                "the title the page says again, not the teaser above it",
                format!(
                    "Market hall reopens after the long repairs\n\nOld bridge to close\n\nShare this story\n\nNews | Old bridge to close\n\n{lead}"
                ),
                "Old bridge to close",
            ),
            (
                "the title the lead follows, past a site's blurb set above it",
                format!(
                    "Our reporters have covered the town and its council for more than a hundred years, from floods to fairs.\n\nMarket hall reopens after the long repairs\n\nOld bridge to close\n\nShare\n\nTweet\n\nEmail\n\n{lead}\n\n{lead}\n\n{lead}"
                ),
                "Old bridge to close",
            ),
        ];
        for (name, text, want) in &rows {
            let layout = read(text, &blocks(text));
            assert_eq!(layout.headline.map(|h| h.of(text)), Some(*want), "{name}");
        }
    }

    /// Pages laid out the ways common news sites lay them out (text invented for the test).
    #[test]
    fn page_layouts() {
        type Row = (
            &'static str,
            &'static str,
            Option<&'static str>,
            &'static [&'static str],
            Option<&'static str>,
            Option<&'static str>,
        );
        let rows: &[Row] = &[
            (
                "broadcaster: menu, date, share buttons, labelled caption, related footer",
                "Skip to content\nHome\nNews\nSport\nMenu\n\nMugabe resigns after 37 years in power\n\n21 November 2017\n\nShare this with Facebook\nShare\n\nImage copyright Reuters\nImage caption People celebrated in Harare\n\nRobert Mugabe has resigned as president of Zimbabwe, ending his rule.\n\nRelated Topics\nZimbabwe",
                Some("Mugabe resigns after 37 years in power"),
                &[],
                None,
                Some("2017-11-21"),
            ),
            (
                "newspaper: page title, section, standfirst, name and place beside timestamps",
                "Mugabe resigns as president | World news | The Paper\n\nZimbabwe\n\nMugabe resigns as president of Zimbabwe\n\nAnnouncement comes as parliament begins impeachment\n\nJason Burke in Harare\n\nTue 21 Nov 2017 17.19 GMT\n\nFirst published on Mon 20 Nov 2017 15.57 GMT\n\nPeople celebrate in Harare. Photograph: Ben Curtis/AP\n\nRobert Mugabe has resigned as president of Zimbabwe, ending 37 years of rule.",
                Some("Mugabe resigns as president of Zimbabwe"),
                &["Jason Burke"],
                None,
                Some("2017-11-20"),
            ),
            (
                "wire service: two names in capitals, dateline with country",
                "Mugabe resigns, ending 37-year rule\n\nBy FARAI MUTSAKA and CHRISTOPHER TORCHIA\n\nNovember 21, 2017\n\nHARARE, Zimbabwe (AP) — Robert Mugabe resigned as president on Tuesday, ending his rule.\n\nAssociated Press writer Jane Doe in Johannesburg contributed.",
                Some("Mugabe resigns, ending 37-year rule"),
                &["FARAI MUTSAKA", "CHRISTOPHER TORCHIA"],
                Some("HARARE"),
                Some("2017-11-21"),
            ),
            (
                "magazine: a standfirst long enough to read as prose above the byline and date",
                "Old bridge to close\n\nThe town will lose its oldest crossing for at least two years, the council has said.\n\nBy Jane Q. Doe\n\nApril 5, 2018 | 6:00 PM\n\nThe council voted on Tuesday to close the old bridge, which has carried traffic since 1921.",
                Some("Old bridge to close"),
                &["Jane Q. Doe"],
                None,
                Some("2018-04-05"),
            ),
            (
                "blog: a standfirst long enough to read as prose above the date line",
                "Old bridge to close\n\nThe town will lose its oldest crossing for at least two years, the council has said.\n\nApril 5, 2018 | 6:00 PM\n\nThe council voted on Tuesday to close the old bridge, which has carried traffic since 1921.",
                Some("Old bridge to close"),
                &[],
                None,
                Some("2018-04-05"),
            ),
            (
                "broadcaster: dateline without a dash, updated line only",
                "Mugabe resigns\n\nBy Jane Doe, CNN\n\nUpdated 1:07 PM ET, Tue November 21, 2017\n\nHarare, Zimbabwe (CNN) Robert Mugabe has resigned as president of Zimbabwe.",
                Some("Mugabe resigns"),
                &["Jane Doe"],
                Some("Harare"),
                Some("2017-11-21"),
            ),
            (
                "agency site: timestamp above the headline, names under it, reading time",
                "World News\n\nNovember 21, 2017 / 3:07 PM / Updated 6 years ago\n\nMugabe resigns, ending 37 years of rule\n\nMacDonald Dzirutwe, Joe Brock\n\n4 Min Read\n\nHARARE (Reuters) - Robert Mugabe resigned as Zimbabwe's president on Tuesday.",
                Some("Mugabe resigns, ending 37 years of rule"),
                &["MacDonald Dzirutwe", "Joe Brock"],
                Some("HARARE"),
                Some("2017-11-21"),
            ),
            (
                "wire line: a sport label above the headline, the place and its date alone",
                "SOCCER - NORLAND GET LUCKY WIN.\n\nLONDON 1996-12-06\n\nNorland began the defence of their title with a lucky 2-1 win against Vess on Friday.",
                Some("SOCCER - NORLAND GET LUCKY WIN."),
                &[],
                Some("LONDON"),
                Some("1996-12-06"),
            ),
            (
                "wire dateline with its day on a line of its own above the story",
                "Embassy bombers will be found\n\nWASHINGTON, August 8 (Xinhua) --\n\nThe president vowed on Saturday to hunt down the bombers, in the worst attack since 1996.",
                Some("Embassy bombers will be found"),
                &[],
                Some("WASHINGTON"),
                Some("1998-08-08"),
            ),
            (
                "wire header: story code, kind and a numeric date among slug lines",
                "APW19980213.1320 NEWS STORY 02/13/1998 14:35:00\nw2122 wstm-\nBC-Qantas 02-13 0223\n\nQantas to double its flights\n\nCANBERRA, Australia (AP)_ Qantas will almost double its flights between Australia and India by August, it said Friday.",
                Some("Qantas to double its flights"),
                &[],
                Some("CANBERRA"),
                Some("1998-02-13"),
            ),
            (
                "markdown: title, emphasised byline and dateline, no date anywhere",
                "# Mugabe resigns\n\n*By Jane Doe*\n\n**HARARE** — Robert Mugabe resigned as Zimbabwe's president on Tuesday.",
                Some("Mugabe resigns"),
                &["Jane Doe"],
                Some("HARARE"),
                None,
            ),
            (
                "trailing timestamp after a site and place credit, byline with a colon",
                "Town fair draws a record crowd\n\nby: Jane Roe\n\nThe town fair drew more visitors than ever before, organisers said.\n\nStalls sold out by noon.\n\nExample News (Springfield) First published March 3, 2016: 9:05 AM ET",
                Some("Town fair draws a record crowd"),
                &["Jane Roe"],
                None,
                Some("2016-03-03"),
            ),
            (
                "wire credit names no reporter; labelled ISO date at the end",
                "Bridge reopens after repairs\n\nText by AGENCY WIRES\n\nThe old bridge reopened to traffic on Tuesday after two years of repairs, officials said.\n\n(EXAMPLE TV with AFP)\n\nDate created : 2016-03-01",
                Some("Bridge reopens after repairs"),
                &[],
                None,
                Some("2016-03-01"),
            ),
            (
                "byline at the end of the article",
                "Bridge reopens after repairs\n\nThe old bridge reopened to traffic on Tuesday after two years of repairs, officials said.\n\nDrivers queued from dawn.\n\nBy Jane Roe",
                Some("Bridge reopens after repairs"),
                &["Jane Roe"],
                None,
                None,
            ),
            (
                "name and wire after a pipe",
                "Bridge reopens after repairs\n\nJane Roe | Reuters\n\nThe old bridge reopened to traffic on Tuesday after two years of repairs, officials said.",
                Some("Bridge reopens after repairs"),
                &["Jane Roe"],
                None,
                None,
            ),
            (
                "markdown: byline as a link, title as a link",
                "# [Bridge reopens after repairs](http://example.org/b)\n\nBy [Jane Roe](http://example.org/staff/jr)\n\nThe old bridge reopened to traffic on Tuesday after two years of repairs, officials said.",
                Some("[Bridge reopens after repairs](http://example.org/b)"),
                &["Jane Roe"],
                None,
                None,
            ),
            (
                "body only: no headline, no byline",
                "Robert Mugabe resigned as Zimbabwe's president on Tuesday.\n\nCrowds celebrated.",
                None,
                &[],
                None,
                None,
            ),
        ];
        for (name, text, headline, names, place, date) in rows {
            let layout = read(text, &blocks(text));
            let got_names: Vec<&str> = layout.byline.iter().map(|s| s.of(text)).collect();
            assert_eq!(layout.headline.map(|s| s.of(text)), *headline, "{name}: headline");
            assert_eq!(&got_names, names, "{name}: byline");
            assert_eq!(layout.dateline.map(|d| d.place.of(text)), *place, "{name}: dateline");
            assert_eq!(
                layout.published.map(|p| p.date.to_string()).as_deref(),
                *date,
                "{name}: published"
            );
            let body = layout.parts.iter().filter(|p| p.role == Role::Body).count();
            assert!(body >= 1, "{name}: no body");
        }
    }

    /// The "By …" line under a Markdown title heading (where clipboard HTML's text puts the
    /// author its page declares) is the byline as written, names or not; elsewhere, and where
    /// its names were read whole, the ordinary reading stands. Rows: name, head, byline.
    #[test]
    fn the_byline_under_a_markdown_title_is_taken_as_declared() {
        let rows: &[(&str, &str, &[&str])] = &[
            (
                "a credit of ordinary words",
                "# Bridge reopens\n\nBy Friends of the Old Bridge",
                &["Friends of the Old Bridge"],
            ),
            ("a name in another script", "# Bridge reopens\n\nBy 李小明", &["李小明"]),
            (
                "a name with a part in brackets",
                "# Bridge reopens\n\nBy Ana (Maria) Lopes",
                &["Ana (Maria) Lopes"],
            ),
            (
                "a date after the credit",
                "# Bridge reopens\n\nBy Friends of the Bridge 5 June 2019",
                &["Friends of the Bridge"],
            ),
            ("a dash after the name", "# Bridge reopens\n\nBy Jane Roe —", &["Jane Roe"]),
            (
                "two names read as two",
                "# Bridge reopens\n\nBy Jane Roe and John Doe",
                &["Jane Roe", "John Doe"],
            ),
            ("a name and its agency", "# Bridge reopens\n\nBy Jane Roe, Reuters", &["Jane Roe"]),
            ("a sentence is no credit", "# Bridge reopens\n\nBy then the river had risen.", &[]),
            ("no title heading: names only", "Bridge reopens\n\nBy Friends of the Old Bridge", &[]),
        ];
        let body = "The old bridge reopened to traffic on Tuesday after two years of repairs, officials said.";
        for (name, head, want) in rows {
            let text = format!("{head}\n\n{body}");
            let layout = read(&text, &blocks(&text));
            let got: Vec<&str> = layout.byline.iter().map(|s| s.of(&text)).collect();
            assert_eq!(&got, want, "{name}");
        }
    }

    /// Under the headline, a few statements are the story's highlights; a run of labels is
    /// the site's menu, copied with the page (it stays under "Removed from the page"). Rows:
    /// name, the items, the role each must take.
    #[test]
    fn highlights_are_statements_and_a_run_of_labels_is_a_menu() {
        let lead = "The council approved the budget on Monday after a long debate, officials said, and work starts in May.";
        let sites: Vec<String> = (1..=9).map(|k| format!("Harbour Post {k}")).collect();
        let sites: Vec<&str> = sites.iter().map(String::as_str).collect();
        let rows: Vec<(&str, Vec<&str>, Role)> = vec![
            ("two short statements", vec!["Leader in Moscow", "Protests planned"], Role::Highlight),
            (
                "five statements",
                vec![
                    "The budget grows by a tenth this year",
                    "Schools get the largest share of it",
                    "Road repairs wait until the autumn",
                    "Two members voted against the plan",
                    "A second vote follows in the spring",
                ],
                Role::Highlight,
            ),
            (
                "four labels of two words",
                vec!["World news", "Local sport", "Our columnists", "Contact us"],
                Role::Chrome(ChromeKind::Navigation),
            ),
            ("one word alone", vec!["Login"], Role::Chrome(ChromeKind::Navigation)),
            ("nine names of sister sites", sites, Role::Chrome(ChromeKind::Navigation)),
        ];
        for (name, items, want) in rows {
            let list: Vec<String> = items.iter().map(|i| format!("* {i}")).collect();
            let text = format!("# Council passes its budget\n\n{}\n\n{lead}", list.join("\n\n"));
            let layout = read(&text, &blocks(&text));
            let roles: Vec<Role> = layout
                .parts
                .iter()
                .filter(|p| items.iter().any(|i| p.span.of(&text).contains(i)))
                .map(|p| p.role)
                .collect();
            assert_eq!(roles.len(), items.len(), "{name}: {:?}", layout.parts);
            assert!(roles.iter().all(|&r| r == want), "{name}: {roles:?}");
        }
    }

    /// A few bullets under the headline are its highlights; a post written as lists, with no
    /// paragraph before its items, is the body. Rows: name, items, roles of the items.
    #[test]
    fn a_post_made_of_lists_is_its_body_and_a_few_bullets_are_highlights() {
        let item = |k: usize| {
            format!(
                "* Team {k} fixed a long-standing bug in the printing dialog that kept the preview from showing the chosen pages."
            )
        };
        let close = "Readers' comments follow below this post.";
        let rows: &[(&str, usize, Role)] = &[
            ("three bullets: highlights", 3, Role::Highlight),
            ("a post of ten items: body", 10, Role::Body),
        ];
        for (name, n, want) in rows {
            let items: Vec<String> = (1..=*n).map(item).collect();
            let text = format!("# Weekly notes\n\n{}\n\n{close}", items.join("\n\n"));
            let layout = read(&text, &blocks(&text));
            let roles: Vec<Role> = layout
                .parts
                .iter()
                .filter(|p| p.span.of(&text).contains("long-standing"))
                .map(|p| p.role)
                .collect();
            assert_eq!(roles.len(), *n, "{name}");
            assert!(roles.iter().all(|r| r == want), "{name}: {roles:?}");
        }
    }

    /// A Markdown text opening with its title heading opens with the article's title, though
    /// its words read as chrome or it heads a run of short lines. Rows: name, text, headline.
    #[test]
    fn a_markdown_texts_opening_title_heading_is_its_headline() {
        let body = "The old bridge reopened to traffic on Tuesday after two years of repairs, officials said.";
        let rows: &[(&str, String, Option<&str>)] = &[
            (
                "a title with a share word",
                format!("# Share your bridge stories\n\n# Bridge reopens\n\n{body}"),
                Some("Share your bridge stories"),
            ),
            (
                "a one-word title over short lines",
                format!("# Bridges\n\nRoads\n\nRivers\n\nFerries\n\n{body}"),
                Some("Bridges"),
            ),
            (
                "a title over a run of short lines only",
                "# Town notes\n\nabc\n\ndef\n\nghi".to_owned(),
                Some("Town notes"),
            ),
            (
                "not the opening block: read as before",
                format!("Share\n\n# Share this story\n\n{body}"),
                None,
            ),
        ];
        for (name, text, want) in rows {
            let layout = read(text, &blocks(text));
            let got = layout.headline.map(|s| s.of(text).trim_start_matches("# "));
            assert_eq!(got, *want, "{name}");
        }
    }

    #[test]
    fn markdown_pictures_links_and_widgets_are_chrome() {
        let p1 = "The old bridge reopened to traffic on Tuesday after two years of repairs.";
        let p2 = "Drivers queued from dawn to be among the first to cross it again.";
        let p3 = "The council said the repairs came in under budget, a first for the town.";
        let image = "![Crowds on the bridge - 3 March 2016](http://img.example/a.jpg)";
        let caption = "*Crowds crossed the bridge at dawn*";
        let link = "[Five facts about the bridge](http://example.org/b)";
        let text = format!(
            "# Bridge reopens\n\n{p1}\n\n{image}\n\n{caption}\n\n{p2}\n\n{link}\n\nPowered by Example.com\n\n{p3}"
        );
        let related = Role::Chrome(ChromeKind::Related);
        let advert = Role::Chrome(ChromeKind::Advert);
        assert_eq!(
            roles_of(&text),
            vec![
                ("Bridge reopens", Role::Headline),
                (p1, BODY),
                (image, CAPTION),
                (caption, CAPTION),
                (p2, BODY),
                (link, related),
                ("Powered by Example.com", advert),
                (p3, BODY),
            ]
        );
    }

    #[test]
    fn a_headline_under_a_picture_stays_the_headline() {
        let p1 = "The old bridge reopened to traffic on Tuesday after two years of repairs.";
        let image = "![The bridge](http://img.example/a.jpg)";
        let text = format!("{image}\n\nBridge reopens after repairs\n\n{p1}");
        assert_eq!(
            roles_of(&text),
            vec![(image, CAPTION), ("Bridge reopens after repairs", Role::Headline), (p1, BODY)]
        );
    }

    #[test]
    fn odd_input_does_not_panic() {
        let long = "word ".repeat(50_000);
        let inputs = [
            "",
            " ",
            "\n\n\n",
            "\0\0",
            "a\r\nb\r\n",
            "مرحبا بالعالم.\n\nשלום.",
            "🎉🎉\n\n🎉",
            &long,
            "(",
            ")",
            "By",
            "BISHKEK, July",
            "BISHKEK (",
            "1 of",
            "— —",
        ];
        for input in inputs {
            let layout = read(input, &blocks(input));
            for part in &layout.parts {
                assert!(input.get(part.span.start..part.span.end).is_some());
            }
        }
    }
}
