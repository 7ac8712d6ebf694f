//! Where the article begins and ends on a page: from its first paragraph of running text to
//! its last, past a "Comments" button or legal line that stands above it, up to a comment
//! section, a thread of comments or a list of teasers below it, with a table or schedule that
//! closes it kept in.

use super::{ChromeKind, Facts};
use crate::engine::lexicon::{COMMENT_BUTTONS, COMMENT_CLOSINGS};

/// Words of prose above a "Comments" or legal line that make it the article's end: a short
/// article's worth (a lead and a paragraph or two). Less than that above it, and more below,
/// is a page whose share bar or footer comes first.
const ARTICLE_ABOVE_A_MARKER: usize = 100;

/// Whether a short line is what a comment thread repeats for each comment: the commenter's
/// "says:" or "wrote:", a relative time ("3 hours ago"), a reply button.
pub(super) fn comment_signature(line: &str) -> bool {
    let lower = line.trim().to_lowercase();
    // each closing follows a word: "Jane says:", "3 hours ago"
    let closes = |closing: &&str| lower.strip_suffix(closing).is_some_and(|r| r.ends_with(' '));
    COMMENT_CLOSINGS.words().iter().any(closes)
        || COMMENT_BUTTONS.has(&lower)
        || relative_time(&lower)
}

/// Whether a short line gives a relative time with its clock time after it: "2 days ago at
/// 07:47 am", as a thread stamps each comment (a time that ends the line is a closing).
fn relative_time(lower: &str) -> bool {
    let mut words = lower.split_whitespace();
    let mut before: Option<&str> = None;
    let mut after_ago = false;
    for word in words.by_ref() {
        if word == "ago" {
            after_ago = true;
            break;
        }
        before = Some(word);
    }
    // the count two words back ("2 days ago") and a time after it ("at 07:47")
    after_ago
        && before.is_some()
        && lower
            .split_whitespace()
            .take_while(|w| *w != "ago")
            .any(|w| w.bytes().all(|b| b.is_ascii_digit()))
        && words.any(|w| w.contains(':') && w.bytes().any(|b| b.is_ascii_digit()))
}

/// Comment signatures that make a thread: three, each within [`THREAD_GAP`] blocks of the last.
const THREAD_SIGNATURES: usize = 3;
const THREAD_GAP: usize = 8;

/// Where a comment thread or a list of teasers begins in `facts`, if one does: its first
/// signature, when two more follow close behind (one "says:" line can be a quote's; a thread
/// repeats its shape).
fn thread_start(facts: &[Facts]) -> Option<usize> {
    let signatures: Vec<usize> =
        facts.iter().enumerate().filter(|(_, f)| f.signature).map(|(i, _)| i).collect();
    signatures
        .windows(THREAD_SIGNATURES)
        .find_map(|w| w.windows(2).all(|pair| pair[1] - pair[0] <= THREAD_GAP).then_some(w[0]))
}

/// Most prose-sized list items above the first paragraph that are still highlights (key
/// points under the headline); more are the article, written as lists.
const HIGHLIGHT_ITEMS: usize = 6;

/// Rows that make a run of figure-bearing lines a table of the article rather than chance.
const TABLE_ROWS: usize = 3;

/// The blocks of the body: from the first paragraph of running text (and any short sentences
/// just before it) to the last (and any short sentences just after it). `None` for a page
/// with no running text at all.
pub(super) fn body_range(facts: &[Facts]) -> Option<std::ops::Range<usize>> {
    let sentence = |f: &Facts| f.plain() && f.statement && !f.list;
    // code inside the article does not end it
    let continues = |f: &Facts| sentence(f) || f.code;
    let first_prose = facts.iter().position(|f| f.prose() && !f.list);
    // A handful of bullets under the headline are its highlights; a longer run of prose-sized
    // list items before any paragraph is the article itself (a post made of lists).
    let item = |f: &Facts| f.prose() && f.list;
    let items = facts[..first_prose.unwrap_or(facts.len())].iter().filter(|f| item(f)).count();
    let list_post = (items > HIGHLIGHT_ITEMS).then(|| facts.iter().position(item)).flatten();
    let mut start = list_post.or(first_prose).or_else(|| facts.iter().position(sentence))?;
    while start > 0 && sentence(&facts[start - 1]) {
        start -= 1;
    }
    // Readers' comments and the legal footer close the article, whatever prose follows; but
    // one short line never decides the fate of everything after it. A "Comments" button in a
    // share bar, or a legal line the page puts first, stands above the article: with less
    // than a paragraph or two of prose above it and more below, the article is below it.
    let prose_words = |range: std::ops::Range<usize>| -> usize {
        facts[range].iter().filter(|f| f.prose()).map(|f| f.words).sum()
    };
    let mut closed = facts.len();
    let mut i = start;
    while i < facts.len() {
        if matches!(facts[i].chrome, Some(ChromeKind::Comments | ChromeKind::Legal)) {
            let before = prose_words(start..i);
            // comment-shaped text right under it: the comments of a short article
            let thread_below = thread_start(&facts[i + 1..]).is_some_and(|k| k <= THREAD_GAP);
            if before >= ARTICLE_ABOVE_A_MARKER
                || thread_below
                || prose_words(i + 1..facts.len()) <= before
            {
                closed = i;
                break;
            }
            // The article starts below the marker: read on from its new start (a marker
            // between the two stands above the article too).
            match (i + 1..facts.len()).find(|&k| facts[k].prose() && !facts[k].list) {
                Some(next) => {
                    start = next;
                    i = next;
                    continue;
                }
                None => break,
            }
        }
        i += 1;
    }
    while start > 0 && sentence(&facts[start - 1]) {
        start -= 1;
    }
    // a thread of readers' comments, or a list of other stories, closes it too, where it has
    // no marker of its own
    if let Some(thread) = thread_start(&facts[start..closed]).map(|t| start + t) {
        if prose_words(start..thread) >= ARTICLE_ABOVE_A_MARKER {
            closed = thread;
        }
    }
    // the densest run of the page's prose is the article's, from its first paragraph to its last
    let mut end = start + 1;
    if let Some(found) = densest(facts, start..closed) {
        // Nothing lost: the densest run stands only when it keeps at least three quarters of
        // the words of the reading to the page's last prose (a post of lists or steps, a table
        // of contents or a short article under denser teasers would lose itself to it).
        let last_prose = (start..closed).rev().find(|&i| facts[i].prose()).unwrap_or(start) + 1;
        let words =
            |range: std::ops::Range<usize>| facts[range].iter().map(|f| f.words).sum::<usize>();
        // below the run, what a page sets under its article (titles of other stories,
        // teasers, all past a long menu) is no reading it could lose: see `reading_below`
        let below = found.end.min(last_prose)..last_prose;
        let read_below = reading_below(facts, below, words(found.clone()));
        let reading = words(start..found.end.min(last_prose)) + read_below;
        if words(found.clone()) * KEPT.1 >= reading * KEPT.0 {
            (start, end) = (found.start, found.end);
        } else {
            (start, end) = (start, last_prose);
        }
        while start > 0 && sentence(&facts[start - 1]) {
            start -= 1;
        }
    }
    loop {
        while end < closed && continues(&facts[end]) {
            end += 1;
        }
        match table_after(&facts[end..closed]) {
            0 => break,
            rows => end += rows,
        }
    }
    Some(start..end)
}

/// The share of words (numerator, denominator) the densest run of prose must keep of the
/// reading to the page's last prose for it to stand. Measured on the reader suites: at a half,
/// Readability's pages under half their body rose from 11 to 17 (steps, tables of contents,
/// short articles under teasers); at three quarters none was lost and Zyte's text F1 rose from
/// 0.886 to 0.907 (0.925 at a half).
const KEPT: (usize, usize) = (3, 4);

/// Lines of a title's length, none a sentence, one after another that make a list of titles.
const TITLE_RUN: usize = 3;

/// Short lines that are no sentence, one after another, that make a menu.
const MENU_LINES: usize = 15;

/// What a line of chrome or a menu item costs the article it stands in, against each word of
/// prose, once it is the [`COST_RAMP`]th of a run of such lines or later: a related-stories
/// heading and its links, a menu, a comment's name and buttons cost more than the teaser or
/// comment they frame.
const LINE_COST: usize = 20;

/// Lines over which the cost of a run of chrome lines rises to [`LINE_COST`] each: one share
/// button or picture credit between two paragraphs costs a third of a long menu's line.
const COST_RAMP: usize = 3;

/// Words from which a line that is no sentence (a list's point, a product's name, a teaser's
/// title) weighs nothing either way: the article's own as often as not.
const NEUTRAL_WORDS: usize = 5;

/// What a block weighs in the article it stands in.
enum Weight {
    /// Prose: its words.
    Prose(usize),
    /// A short sentence, a list item, code (or a short line with a mark of code: "{", ";"), a
    /// line of [`NEUTRAL_WORDS`] or more, a short row of figures (a chart's axis, a table's
    /// row): nothing either way.
    Neutral,
    /// Chrome, a menu item, a label: [`LINE_COST`] for each of its lines.
    Lines(usize),
}

fn weight(f: &Facts) -> Weight {
    let plain = f.plain() && !f.run_on;
    if f.prose() {
        Weight::Prose(f.words)
    } else if f.list
        || f.code
        || f.symbolic
        || (plain && (f.statement || f.words >= NEUTRAL_WORDS || f.digits))
    {
        Weight::Neutral
    } else {
        Weight::Lines(f.lines)
    }
}

/// The blocks of `range` from one paragraph of prose to another whose [`weight`]s add up to
/// the most (the greatest sum of a run, read once from the top): where the page's prose is
/// densest. A teaser's one paragraph or an author's bio far below, past the related links and
/// menus, does not pay for the chrome between, so it stays out; a subheading or a caption
/// between two paragraphs costs less than either. `None` when `range` holds no prose.
fn densest(facts: &[Facts], range: std::ops::Range<usize>) -> Option<std::ops::Range<usize>> {
    // (sums are in thirds of a word, so that a run's cost can rise by thirds)
    let ramp = COST_RAMP as isize;
    let mut best: Option<(isize, usize, usize)> = None;
    // the run read so far: its sum and its first block
    let mut run: Option<(isize, usize)> = None;
    // chrome lines since the last block that was not
    let mut streak = 0;
    for i in range {
        let f = &facts[i];
        let w = match weight(f) {
            Weight::Prose(words) => {
                streak = 0;
                words as isize * ramp
            }
            Weight::Neutral => 0,
            Weight::Lines(lines) => {
                let cost: usize = (streak..streak + lines).map(|k| k.min(COST_RAMP)).sum();
                streak += lines;
                -((LINE_COST * cost) as isize)
            }
        };
        run = match run {
            Some((sum, first)) if sum + w > 0 => Some((sum + w, first)),
            _ => f.prose().then_some((w, i)),
        };
        if let Some((sum, first)) = run
            && f.prose()
            && best.is_none_or(|(most, _, _)| sum > most)
        {
            best = Some((sum, first, i));
        }
    }
    best.map(|(_, first, last)| first..last + 1)
}

/// Words of `range` (below the densest run) that the guard counts as reading: all but what
/// a page sets under its article. Not counted: the titles of a list of other stories (three
/// or more title-length lines that are no sentence, none opening in lower case, between two
/// sentences); teasers (three or more titles, each with one paragraph standing alone under
/// it); and, past a menu of [`MENU_LINES`] short lines, everything, when less prose follows
/// the menu than `run_words` (the run's words).
fn reading_below(facts: &[Facts], range: std::ops::Range<usize>, run_words: usize) -> usize {
    // a long menu ends the reading, when less prose follows it than the run holds
    let mut streak = 0;
    let mut range = range;
    for i in range.clone() {
        streak = if matches!(weight(&facts[i]), Weight::Lines(_)) { streak + 1 } else { 0 };
        if streak == MENU_LINES {
            let after: usize =
                facts[i + 1..range.end].iter().filter(|f| f.prose()).map(|f| f.words).sum();
            if after < run_words {
                range.end = i + 1 - MENU_LINES;
            }
            break;
        }
    }
    let titled = |f: &Facts| {
        f.plain()
            && !f.list
            && !f.statement
            && !f.prose()
            && f.words >= NEUTRAL_WORDS
            && !f.opens_lower
    };
    let sentence = |f: &Facts| f.prose() || (f.plain() && f.statement) || f.list;
    let mut counted = vec![true; range.len()];
    // titles between two sentences
    let mut stretch = range.start;
    for i in range.clone().chain(std::iter::once(range.end)) {
        if i < range.end && !sentence(&facts[i]) {
            continue;
        }
        let titles: Vec<usize> = (stretch..i).filter(|&k| titled(&facts[k])).collect();
        if titles.len() >= TITLE_RUN {
            titles.iter().for_each(|&k| counted[k - range.start] = false);
        }
        stretch = i + 1;
    }
    // teasers: a title, and under it (past a line of its source or date at most) one
    // paragraph standing alone
    let alone = |i: usize| {
        facts[i].prose()
            && (i == range.start || !facts[i - 1].prose())
            && (i + 1 >= range.end || !facts[i + 1].prose())
    };
    let teasers: Vec<(usize, usize)> = range
        .clone()
        .filter(|&i| alone(i))
        .filter_map(|i| {
            let title =
                (i.saturating_sub(2).max(range.start)..i).rev().find(|&k| titled(&facts[k]));
            title.map(|t| (t, i))
        })
        .collect();
    if teasers.len() >= TITLE_RUN {
        for &(title, blurb) in &teasers {
            counted[title - range.start] = false;
            counted[blurb - range.start] = false;
        }
    }
    range.zip(counted).filter(|&(_, counts)| counts).map(|(i, _)| facts[i].words).sum()
}

/// Rows of a table or list closing the article right where its prose ends (tour dates,
/// results, standings), with the line introducing them: at least [`TABLE_ROWS`] plain lines
/// that each hold a digit or share the punctuation of the row above. A page's footer after an
/// article is links and labels, rarely figures line after line. Returns how many blocks the
/// table takes (0 for none).
fn table_after(facts: &[Facts]) -> usize {
    // "Tour dates:", or a heading-like line over them ("Final standings")
    let introduces = |f: &Facts| f.plain() && (f.lead_in || (!f.statement && f.words <= 10));
    let lead = usize::from(facts.first().is_some_and(introduces));
    // each row holds figures, or has the punctuation of the row above it
    let mut previous: Option<u64> = None;
    let rows = facts[lead..]
        .iter()
        .take_while(|f| {
            let alike = previous.is_some_and(|p| p != 0 && p == f.punctuation);
            previous = Some(f.punctuation);
            f.plain() && !f.code && !f.prose() && (f.digits || alike)
        })
        .count();
    if rows >= TABLE_ROWS { lead + rows } else { 0 }
}

/// Prose blocks at most this far apart belong to one run of the article's text (a subheading,
/// a picture and its caption, a pull quote between them).
const RUN_GAP: usize = 4;

/// Prose above the article's lead, at most, for that lead to be moved past it: a sign-up
/// blurb or a site's mission line, not an article's opening paragraphs.
const PROSE_ABOVE_THE_LEAD: usize = 80;

/// Words of any shape above the article's title, at most, for the lead to be moved there.
const WORDS_ABOVE_THE_LEAD: usize = 200;

/// The title-shaped line (`title` tells one) at most [`super::TITLE_ABOVE_LEAD`] blocks above
/// the article's lead, with no prose between.
pub(super) fn title_above(
    facts: &[Facts],
    lead: usize,
    title: impl Fn(usize) -> bool,
) -> Option<usize> {
    let window = lead.saturating_sub(super::TITLE_ABOVE_LEAD)..lead;
    window.rev().take_while(|&k| !facts[k].prose()).find(|&k| title(k))
}

/// The article's lead when the body as found opens with a page's own prose (a sign-up blurb,
/// a notice) and the article follows under its title: the first paragraph of the densest run
/// of prose, with the title-shaped line it follows (`title` tells one), when that run holds
/// most of the prose and little stands above it. `None` keeps the body as found.
pub(super) fn lead_under_title(
    facts: &[Facts],
    body: std::ops::Range<usize>,
    title: impl Fn(usize) -> bool,
) -> Option<(usize, usize)> {
    let prose: Vec<usize> = body.clone().filter(|&i| facts[i].prose()).collect();
    let total: usize = prose.iter().map(|&i| facts[i].words).sum();
    // runs of prose: (first block, words)
    let mut runs: Vec<(usize, usize)> = Vec::new();
    let mut last = None;
    for &i in &prose {
        match (runs.last_mut(), last) {
            (Some(run), Some(l)) if i - l <= RUN_GAP => run.1 += facts[i].words,
            _ => runs.push((i, facts[i].words)),
        }
        last = Some(i);
    }
    let &(lead, words) = runs.iter().max_by_key(|run| run.1)?;
    let above: usize = prose.iter().take_while(|&&i| i < lead).map(|&i| facts[i].words).sum();
    if lead == body.start || words * 3 < total * 2 || above > PROSE_ABOVE_THE_LEAD {
        return None;
    }
    let heading = title_above(facts, lead, title)?;
    // a list above the title, or much text of any shape, is the article's own (its points, a
    // table of contents, a post made of lists)
    let skipped = &facts[body.start..heading.max(body.start)];
    let skipped_words: usize = skipped.iter().map(|f| f.words).sum();
    (!skipped.iter().any(|f| f.list) && skipped_words <= WORDS_ABOVE_THE_LEAD)
        .then_some((lead, heading))
}

/// Rows from which a run of alike lines with figures under a dated title is a table that can
/// be the article: more than a results box or a few scores.
const TITLED_TABLE_ROWS: usize = 5;

/// Words a row of such a table holds at least: "Page 2" or "2019" in a menu is no row.
const ROW_WORDS: usize = 3;

/// The rows of the table that is the article, when a page's article is a table (a season's
/// schedule a line a round, a standings table) rather than prose: a run of at least
/// [`TITLED_TABLE_ROWS`] rows (tab- or pipe-split rows, or lines of [`ROW_WORDS`] words or more
/// with a figure, most of them with the same punctuation), standing under a title-shaped line
/// (`title` tells one) with its date line in it or just under it (`dated` tells one), within
/// [`super::TITLE_ABOVE_LEAD`] blocks with no prose between, and holding more words than the
/// prose that runs on from it (a box of scores beside an article of prose is not the article).
/// `None` when no such table stands on the page.
pub(super) fn table_under_title(
    facts: &[Facts],
    title: impl Fn(usize) -> bool,
    dated: impl Fn(usize) -> bool,
) -> Option<std::ops::Range<usize>> {
    let row = |f: &Facts| {
        f.plain()
            && !f.code
            && !f.list
            && !f.prose()
            && f.words >= ROW_WORDS
            && (f.table_row || f.digits)
    };
    let mut i = 0;
    while i < facts.len() {
        if !row(&facts[i]) {
            i += 1;
            continue;
        }
        // (a table's cells split by the copy make a table of their own, apart from the line
        // introducing them)
        let start = i;
        let split = facts[i].table_row;
        while i < facts.len() && row(&facts[i]) && facts[i].table_row == split {
            i += 1;
        }
        // (a date line over the rows, in a language `dated` reads only by its shape, is the
        // title's, not a row)
        let start = (start..i).find(|&k| !dated(k)).unwrap_or(i);
        let rows = start..i;
        if is_table(&facts[rows.clone()])
            && under_dated_title(facts, start, &title, &dated)
            && words_of(facts, rows.clone()) > prose_after(facts, rows.end)
        {
            return Some(rows);
        }
    }
    None
}

fn words_of(facts: &[Facts], range: std::ops::Range<usize>) -> usize {
    facts[range].iter().map(|f| f.words).sum()
}

/// Whether rows are a table's: all split into cells by the copy, or most sharing one
/// punctuation ("1a etapa: 10 March – City" a line).
fn is_table(rows: &[Facts]) -> bool {
    if rows.len() < TITLED_TABLE_ROWS {
        return false;
    }
    if rows.iter().all(|f| f.table_row) {
        return true;
    }
    // (counted in one pass: a pasted data file can be a run of thousands of rows)
    let mut alike: std::collections::HashMap<u64, usize> = std::collections::HashMap::new();
    for f in rows.iter().filter(|f| f.punctuation != 0) {
        *alike.entry(f.punctuation).or_default() += 1;
    }
    let most = alike.into_values().max();
    most.is_some_and(|n| n >= TITLED_TABLE_ROWS && n * 2 > rows.len())
}

/// Whether a title-shaped line with its date line (in it, or within two blocks under it)
/// stands at most [`super::TITLE_ABOVE_LEAD`] blocks above `first`, with no prose between.
fn under_dated_title(
    facts: &[Facts],
    first: usize,
    title: impl Fn(usize) -> bool,
    dated: impl Fn(usize) -> bool,
) -> bool {
    let window = first.saturating_sub(super::TITLE_ABOVE_LEAD)..first;
    window
        .rev()
        .take_while(|&k| !facts[k].prose())
        .any(|k| title(k) && (k..(k + 3).min(first)).any(&dated))
}

/// Words of the prose that runs on from `from`: each paragraph within [`RUN_GAP`] blocks of
/// the last.
fn prose_after(facts: &[Facts], from: usize) -> usize {
    let mut last = from.saturating_sub(1);
    let mut words = 0;
    for (k, f) in facts.iter().enumerate().skip(from) {
        if k - last > RUN_GAP {
            break;
        }
        if f.prose() {
            words += f.words;
            last = k;
        }
    }
    words
}
