//! What page chrome looks like one line at a time: the words a page wraps around an article
//! (menus, share buttons, captions and credits, gallery counters, prompts, notices, wire
//! desk notes). These rules need no context; `document` adds the ones that do (menus as runs
//! of short lines, everything after the article's last paragraph, captions under a headline).
//!
//! The vocabulary here is the trade's, not any site's: every news page has "Share", "Read
//! more", "Photo:"; no rule names a publication, an article or a person.

use std::borrow::Cow;
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use crate::engine::layout::line::{ends_statement, is_name_word, word_count, words};
use crate::engine::layout::markup;
use crate::engine::lexicon::{
    ADVERT_OPENINGS, AGENCIES, CAPTION_LABELS, COMMENT_PROMPTS, CREDIT_LABELS, EDITOR_CREDITS,
    RELATED_OPENINGS, SHARE_WORDS, SPONSOR_OPENINGS, UPDATE_VERBS,
};

/// Why a line is page chrome, so the reader view can list it under the right label.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ChromeKind {
    /// Menus, skip links, banners, sign-in links, section labels.
    Navigation,
    /// Share and follow buttons.
    Sharing,
    /// A picture's caption (it describes the photo, not the news).
    Caption,
    /// Who took or supplied a picture.
    PhotoCredit,
    /// Gallery counters and gallery links.
    Gallery,
    Newsletter,
    Cookie,
    /// A wire desk's note on what changed in this version: "(Adds details, quotes)".
    UpdateNote,
    /// Who wrote and edited the piece, as a wire story's trailing note gives it.
    EditorCredit,
    /// Links to other articles: "Read more", "Related Topics", teaser headlines.
    Related,
    Advert,
    Comments,
    /// An e-mail address, a profile link or a handle on a line of its own.
    Contact,
    /// Copyright and legal footers.
    Legal,
    /// Anything else outside the article's own text.
    Other,
}

/// Whether `name` (any case) is a news or picture agency.
pub fn is_agency(name: &str) -> bool {
    AGENCIES.has(name.trim().trim_matches(|c: char| !c.is_alphanumeric()))
}

/// Whole lines that are always chrome, compared lower-cased without edge punctuation.
#[rustfmt::skip]
const EXACT: &[(ChromeKind, &[&str])] = &[
    (ChromeKind::Navigation, &[
        "accessibility links", "skip to content", "skip to main content", "skip to navigation",
        "skip navigation", "jump to navigation", "jump to content", "main menu", "menu",
        "open menu", "close menu", "close", "search", "home", "homepage", "breaking news",
        "sections", "all sections", "back to top", "log in", "login", "sign in", "register",
        "logout", "log out", "sign out", "my account", "premium", "listen to this article",
        "contact us", "about us", "site map", "sitemap", "help", "faq", "feedback", "careers",
        "advertise", "advertise with us", "accessibility", "newsletters", "poll", "updated",
    ]),
    (ChromeKind::Legal, &[
        "privacy policy", "privacy notice", "privacy", "terms of use", "terms of service",
        "terms and conditions", "cookie policy", "cookie settings", "manage cookies",
    ]),
    (ChromeKind::Advert, &[
        "advertisement", "advert", "ad", "sponsored", "sponsored content", "paid content",
        "promoted", "skip ad", "skip advertisement", "close ad",
    ]),
    (ChromeKind::Gallery, &[
        "gallery", "galleries", "back to gallery", "view gallery", "open gallery",
        "view all photos", "enlarge", "expand", "fullscreen",
    ]),
    (ChromeKind::Comments, &[
        "comments", "comment",
    ]),
    (ChromeKind::Caption, &[
        "image", "photo",
    ]),
    (ChromeKind::Sharing, &[
        "reuse this content",
    ]),
];

/// Words of a line that may be a row of menu items run together by a copy.
const NAVIGATION_RUN_WORDS: usize = 12;

/// Whether `key` (lower case) is nothing but menu items run together, as a copy of a page's top
/// bar gives them ("log out sign in", "jump to navigation skip navigation"), or opens with a
/// skip link ("skip to contentskip to site index").
fn navigation_run(key: &str) -> bool {
    if ["skip to ", "jump to "].iter().any(|skip| key.starts_with(skip)) {
        return true;
    }
    // the line without its spaces, eaten item by item from the front (longest item first)
    let squeezed: String = key.chars().filter(|c| !c.is_whitespace()).collect();
    let items = squeezed_menu_items();
    let mut rest = squeezed.as_str();
    let mut eaten = 0;
    while !rest.is_empty() {
        match items.iter().find(|item| rest.starts_with(item.as_str())) {
            Some(item) => {
                rest = &rest[item.len()..];
                eaten += 1;
            }
            None => return false,
        }
    }
    eaten >= 2
}

/// The navigation items of [`EXACT`] without their spaces, longest first: made once, where each
/// line once squeezed every item again at every step.
fn squeezed_menu_items() -> &'static [String] {
    static ITEMS: OnceLock<Vec<String>> = OnceLock::new();
    ITEMS.get_or_init(|| {
        let mut items: Vec<String> = EXACT
            .iter()
            .filter(|(kind, _)| *kind == ChromeKind::Navigation)
            .flat_map(|(_, items)| items.iter().map(|item| item.replace(' ', "")))
            .collect();
        // longest first; among equals, the list's order (a stable sort)
        items.sort_by_key(|item| std::cmp::Reverse(item.len()));
        items
    })
}

/// The length in bytes of the longest phrase in [`EXACT`].
const EXACT_LONGEST: usize = 22;

/// The kind of chrome `line` is on its own, or `None` when it may be the article's text.
/// `count` is the line's [`word_count`], which the caller has already counted (a count reads
/// the whole paragraph). `lower`, when given, is `line` in lower case at the same offsets (a
/// slice of the page lowered once, see [`crate::engine::text::lowered::lowers_as_ascii`]): it spares a
/// lowered copy of each line.
pub fn kind_of(line: &str, lower: Option<&str>, count: usize) -> Option<ChromeKind> {
    let whole = line;
    let line = line.trim();
    // the trimmed line's bytes in `lower`, at its offsets in the whole line
    let start = whole.len() - whole.trim_start().len();
    let lower = lower
        .filter(|lower| lower.len() == whole.len())
        .and_then(|lower| lower.get(start..start + line.len()));
    // Markdown: a picture (with or without its caption on the same line) or a line that is
    // nothing but links; any other line is judged by the words a reader sees.
    // (One pass over the line answers both: the lines without markup, most, have no link.)
    let markup = markup::has_markup(line);
    if markup {
        if markup::is_image_only(line) || (markup::opens_with_image(line) && count <= 40) {
            return Some(ChromeKind::Caption);
        }
        if markup::is_link_only(line) && count <= 40 {
            return Some(ChromeKind::Related);
        }
    }
    let masked = if markup { markup::mask(line) } else { line.into() };
    let line = masked.trim();
    // ASCII (most paragraphs) lowers without Unicode's tables, to the same string.
    let lower: Cow<str> = match lower {
        // blanking out markup changes the line, so the page's lower case no longer fits it
        Some(lower) if !markup => lower.into(),
        _ if line.is_ascii() => line.to_ascii_lowercase().into(),
        _ => lowercase(line).into(),
    };
    let key = lower.trim_matches(|c: char| !c.is_alphanumeric() && c != '(' && c != ')');
    let key = key.trim_matches(|c: char| c.is_whitespace() || matches!(c, '»' | '›' | '>' | '→'));
    // trimming keeps the count; blanking out markup may not
    let n = if markup { word_count(line) } else { count };
    if key.is_empty() {
        return (!line.is_empty()).then_some(ChromeKind::Other); // "•", "|", "—"
    }
    // (most lines are longer than any of these phrases, and are not compared with each)
    let exact = key.len() <= EXACT_LONGEST;
    if let Some(&(kind, _)) = EXACT.iter().find(|(_, phrases)| exact && phrases.contains(&key)) {
        return Some(kind);
    }
    if n <= NAVIGATION_RUN_WORDS && navigation_run(key) {
        return Some(ChromeKind::Navigation);
    }
    if let Some(kind) = parenthesised(line) {
        return Some(kind);
    }
    let statement = ends_statement(line);
    let first = key.split_whitespace().next().unwrap_or("");
    if n <= 6 && !statement && SHARE_WORDS.has(first.trim_end_matches(':')) {
        return Some(ChromeKind::Sharing);
    }
    if n <= 4 && first == "follow" && crate::engine::layout::line::is_title_case(line) {
        return Some(ChromeKind::Sharing);
    }
    let prompt = ["sign up", "subscribe", "get our", "inbox", "delivered"];
    let sign_up = key == "subscribe" || key.starts_with("subscribe ") || key.starts_with("sign up");
    // Searches of the whole paragraph run only for lines short enough to be chrome.
    let newsletter = || lower.contains("newsletter") && prompt.iter().any(|w| lower.contains(w));
    if n <= 25 && (newsletter() || (sign_up && !statement)) {
        return Some(ChromeKind::Newsletter);
    }
    let cookie_words =
        ["we use", "accept", "consent", "cookie policy", "cookie settings", "use of cookies"];
    if n <= 80 && lower.contains("cookie") && cookie_words.iter().any(|w| lower.contains(w)) {
        return Some(ChromeKind::Cookie);
    }
    // Every prompt holds "comment" or "join the": two searches answer most lines.
    let prompt = || {
        (lower.contains("comment") || lower.contains("join the"))
            && COMMENT_PROMPTS.words().iter().any(|p| lower.contains(p))
    };
    if n <= 20 && prompt() {
        return Some(ChromeKind::Comments);
    }
    // (most lines hold no "|": one byte search answers them before a search for " | " is set up)
    let pipes = || if line.as_bytes().contains(&b'|') { line.matches(" | ").count() } else { 0 };
    if !statement && n <= 30 && ((n <= 8 && pipes() >= 1) || pipes() >= 2) {
        // "Profile | Ana Quispe", "News | World", "Title | Section | Site" (the page title)
        return Some(ChromeKind::Navigation);
    }
    if n <= 25 && !statement && (RELATED_OPENINGS.opens(key) || opens_with_site_label(line)) {
        return Some(ChromeKind::Related);
    }
    if ADVERT_OPENINGS.opens(key) || (n <= 8 && !statement && SPONSOR_OPENINGS.opens(key)) {
        return Some(ChromeKind::Advert);
    }
    let copyright =
        line.starts_with('©') || (key.starts_with("copyright") || key.starts_with("(c) "));
    if n <= 25 && ((copyright && !statement) || lower.contains("all rights reserved")) {
        return Some(ChromeKind::Legal);
    }
    let gallery_label = key.starts_with("gallery:") || key.starts_with("in pictures");
    if is_gallery_counter(key) || (gallery_label && n <= 15 && !statement) {
        return Some(ChromeKind::Gallery);
    }
    if CAPTION_LABELS.opens(key) {
        return Some(ChromeKind::Caption);
    }
    let reading_time = ["min read", "mins read", "minute read"].iter().any(|e| lower.ends_with(e));
    if n <= 6 && !statement && reading_time {
        return Some(ChromeKind::Navigation);
    }
    if n <= 15 && CREDIT_LABELS.opens(key) {
        return Some(ChromeKind::PhotoCredit);
    }
    if n <= 6 && is_agency_credit(line) {
        return Some(ChromeKind::PhotoCredit);
    }
    if has_inline_credit(&lower) || ends_with_picture_credit(line) {
        return Some(ChromeKind::Caption);
    }
    // "Associated Press writer Jane Doe contributed." (but not "Everyone contributed.")
    let contributed = lower.ends_with("contributed to this report.")
        || lower.ends_with("contributed reporting.")
        || (lower.ends_with("contributed.")
            && ["writer", "reporter", "correspondent", "staff", "journalist"]
                .iter()
                .any(|w| lower.contains(w)));
    if n <= 30 && contributed {
        return Some(ChromeKind::EditorCredit);
    }
    if n <= 40 && EDITOR_CREDITS.opens(key) {
        return Some(ChromeKind::EditorCredit);
    }
    if n <= 6 && !statement && words(line).any(is_contact) {
        return Some(ChromeKind::Contact);
    }
    None
}

/// `text.to_lowercase()`, for text that is mostly ASCII with a few other characters (curly
/// quotes and dashes make most paragraphs so): each ASCII run is copied and lowered at once,
/// where the standard library lowers every character on its own from the first non-ASCII one.
fn lowercase(text: &str) -> String {
    // Σ is the one letter whose lower case depends on the letters around it
    if text.contains('Σ') {
        return text.to_lowercase();
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while !rest.is_empty() {
        let ascii = rest.bytes().position(|b| !b.is_ascii()).unwrap_or(rest.len());
        let start = out.len();
        out.push_str(&rest[..ascii]);
        out[start..].make_ascii_lowercase();
        let mut chars = rest[ascii..].chars();
        if let Some(c) = chars.next() {
            out.extend(c.to_lowercase());
        }
        rest = chars.as_str();
    }
    out
}

/// A line wholly in parentheses: a wire desk's version note or its writing/editing credit.
fn parenthesised(line: &str) -> Option<ChromeKind> {
    let inner = line.strip_prefix('(')?.strip_suffix(')')?;
    if inner.contains(['(', ')']) && matching_open(line) != Some(0) {
        return None; // "(a) ... (b)" is not one parenthesis
    }
    let lower = inner.to_lowercase();
    if EDITOR_CREDITS.words().iter().any(|p| lower.contains(p)) {
        return Some(ChromeKind::EditorCredit);
    }
    let first = lower.split(|c: char| !c.is_alphanumeric() && c != '-').next().unwrap_or("");
    if UPDATE_VERBS.has(first) {
        return Some(ChromeKind::UpdateNote);
    }
    None
}

/// Where a trailing editor credit starts in a paragraph of text that ends with one: "...
/// quotes." (Writing by A; Editing by B)" → the offset of "(". `None` when the paragraph does
/// not end with such a credit, or is nothing but the credit.
pub fn trailing_credit(paragraph: &str) -> Option<usize> {
    let trimmed = paragraph.trim_end();
    let open = matching_open(trimmed)?;
    if paragraph[..open].trim().is_empty() {
        return None;
    }
    let lower = trimmed[open..].to_lowercase();
    EDITOR_CREDITS.words().iter().any(|p| lower.contains(p)).then_some(open)
}

/// The offset of the "(" that matches a final ")", if `text` ends with one.
fn matching_open(text: &str) -> Option<usize> {
    if !text.ends_with(')') {
        return None;
    }
    let mut depth = 0usize;
    for (at, c) in text.char_indices().rev() {
        match c {
            ')' => depth += 1,
            '(' => {
                depth = depth.checked_sub(1)?;
                if depth == 0 {
                    return Some(at);
                }
            }
            _ => {}
        }
    }
    None
}

/// "Image 1 of / 9", "Photo 3 of 12", "2 / 9", "1 of 9".
fn is_gallery_counter(key: &str) -> bool {
    let label = |w: &&str| {
        matches!(*w, "image" | "images" | "photo" | "photos" | "picture" | "slide" | "pictures")
    };
    let is_number = |w: &&str| !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit());
    // Asked of every paragraph: one opening with neither a label nor a number is answered
    // before any words are gathered, most by its first byte (every label opens with "i", "p"
    // or "s").
    let opening = key.trim_start().as_bytes().first();
    if !matches!(opening, Some(b'0'..=b'9' | b'i' | b'p' | b's'))
        || !key.split_whitespace().next().is_some_and(|w| label(&w) || is_number(&w))
    {
        return false;
    }
    // Five words are already too many (four at most after a label), so no more are read.
    let mut parts: Vec<&str> = key.split_whitespace().take(6).collect();
    if parts.first().is_some_and(label) {
        parts.remove(0);
    }
    let joiners = |w: &&str| matches!(*w, "of" | "/");
    parts.len() >= 2
        && parts.len() <= 4
        && is_number(&parts[0])
        && parts[1..].iter().all(|w| is_number(w) || joiners(w))
        && parts[1..].iter().any(joiners)
}

/// "Reuters/Name Surname", "Getty Images", "AFP" alone on a line.
fn is_agency_credit(line: &str) -> bool {
    if is_agency(line) {
        return true;
    }
    let Some((agency, person)) = line.split_once('/') else { return false };
    (is_agency(agency) || agency.trim().eq_ignore_ascii_case("photo"))
        && words(person).all(is_name_word)
}

/// "... on Thursday  Credit: STR/AFP", "... in Harare. Photograph: Jane Doe/Reuters": a credit
/// label late in the line, with a few words after it and no sentence.
fn has_inline_credit(lower: &str) -> bool {
    // The label opens one of the last eight words (no further from the end, so the scan is
    // bounded) and is not the line's first word: only those word starts are read, from the
    // end, instead of searching the whole paragraph for every label. No label overlaps itself,
    // so every start holding a label is one a search from the front would find.
    let statement = |at: usize| lower.get(at..).is_some_and(ends_statement);
    let labelled = |at: usize| {
        let rest = lower.get(at..).unwrap_or("");
        // every label opens with one of these letters: most words are answered by their first
        matches!(rest.as_bytes().first(), Some(b'c' | b'i' | b'p' | b's'))
            && CREDIT_LABELS.opens(rest)
            && !statement(at)
    };
    // Each word start from the end: the character after the last whitespace before it.
    let mut rest = lower;
    for _ in 0..8 {
        let Some(space) = rest.trim_end().rfind(char::is_whitespace) else { break };
        let width = rest[space..].chars().next().map_or(1, char::len_utf8);
        if labelled(space + width) {
            return true;
        }
        rest = &rest[..space];
    }
    false
}

/// A caption ending with its picture's credit: "... Colo. (AP Photo/David Zalubowski)",
/// "(Photo by X/Getty Images)", "(AFP)", "... REUTERS/Philimon Bulawayo".
fn ends_with_picture_credit(line: &str) -> bool {
    if let Some(open) = matching_open(line) {
        let inner = &line[open + 1..line.len() - 1];
        let lower = inner.to_lowercase();
        let labelled = ["photo", "image", "picture", "credit", "illustration"]
            .iter()
            .any(|w| lower.starts_with(w))
            || lower.contains(" photo/")
            || lower.contains("photo by");
        let agency_slash = inner.split_once('/').is_some_and(|(a, _)| {
            is_agency(a) || a.split_whitespace().next().is_some_and(is_agency)
        });
        return labelled || agency_slash || is_agency(inner);
    }
    // "... REUTERS/Name Surname" closing a caption (most paragraphs have no "/" at all: one
    // byte search answers them)
    if !line.as_bytes().contains(&b'/') {
        return false;
    }
    let tail: Vec<&str> = words(line).rev().take(4).collect();
    tail.iter().enumerate().any(|(i, w)| {
        w.split_once('/').is_some_and(|(a, name)| {
            is_agency(a) && !name.is_empty() && tail[..i].iter().all(|w| is_name_word(w))
        })
    })
}

/// A line opening "On Example.com: ..." or "From example.org: ...": a link to the site's own
/// coverage set in the middle of an article.
fn opens_with_site_label(line: &str) -> bool {
    let Some((label, _)) = line.split_once(':') else { return false };
    // (a web address holds a "."; a label without one, most, is not read word by word)
    label.as_bytes().contains(&b'.') && word_count(label) <= 4 && words(label).any(is_domain)
}

/// "chron.com", "www.example.org", "twitter.com/someone": a web address without a scheme.
fn is_domain(token: &str) -> bool {
    let token = token.trim_matches(|c: char| !c.is_alphanumeric());
    let host = token.split('/').next().unwrap_or("");
    let Some((name, tld)) = host.rsplit_once('.') else { return false };
    !name.is_empty()
        && name.chars().all(|c| c.is_alphanumeric() || matches!(c, '.' | '-'))
        && (2..=6).contains(&tld.len())
        && tld.chars().all(|c| c.is_ascii_alphabetic())
        && name.chars().any(|c| c.is_alphabetic())
}

/// An e-mail address, a URL or web address, or a social handle.
fn is_contact(token: &str) -> bool {
    let token = token.trim_matches(|c: char| matches!(c, '(' | ')' | ',' | ';' | '<' | '>'));
    if token.starts_with("http://") || token.starts_with("https://") {
        return true;
    }
    if let Some((user, host)) = token.split_once('@') {
        return if user.is_empty() {
            host.len() > 1 && host.chars().all(|c| c.is_alphanumeric() || c == '_')
        } else {
            is_domain(host)
        };
    }
    is_domain(token) && (token.contains('/') || token.starts_with("www."))
}

#[cfg(test)]
mod tests {
    use super::*;
    use ChromeKind::*;

    #[test]
    fn no_exact_phrase_is_longer_than_the_longest() {
        let longest = EXACT.iter().flat_map(|(_, phrases)| phrases.iter()).map(|p| p.len()).max();
        assert_eq!(longest, Some(EXACT_LONGEST));
    }

    #[test]
    fn lowers_lines_like_the_standard_library() {
        let lines = [
            "“Crowds GATHERED,” she said — in the SQUARE… (Photo: AP)",
            "ΟΔΥΣΣΕΥΣ ΚΑΙ ΣΟΦΟΣ. Σ ΣΑΣ",
            "\u{212a}ELVIN and \u{130}STANBUL and ẞ and ǅ",
            "Ünïcödé ONLY",
            "plain ascii LINE",
            "",
        ];
        for line in lines {
            assert_eq!(lowercase(line), line.to_lowercase(), "{line}");
        }
    }

    #[test]
    fn every_credit_label_opens_with_a_letter_has_inline_credit_reads() {
        assert!(CREDIT_LABELS.words().iter().all(|l| l.starts_with(['c', 'i', 'p', 's'])));
    }

    #[test]
    fn every_comment_prompt_holds_a_word_kind_of_searches_first() {
        assert!(
            COMMENT_PROMPTS.words().iter().all(|p| p.contains("comment") || p.contains("join the"))
        );
    }

    /// Menu items a copy ran together are a menu; a title that holds a menu word is not.
    #[test]
    fn menu_items_run_together_are_navigation() {
        let rows = [
            ("two items with a space", "Log out Sign in", Some(ChromeKind::Navigation)),
            (
                "two skip links run together",
                "Skip to contentSkip to site index",
                Some(ChromeKind::Navigation),
            ),
            (
                "jump link and skip link",
                "Jump to navigation Skip navigation",
                Some(ChromeKind::Navigation),
            ),
            ("a title with a menu word", "Search goes on for the missing climbers", None),
            ("one item and other words", "Home of the year award", None),
        ];
        for (name, line, want) in rows {
            assert_eq!(kind_of(line, None, word_count(line)), want, "{name}");
        }
    }

    #[test]
    fn no_credit_label_overlaps_itself() {
        // `has_inline_credit` reads word starts, where a search would skip overlapping matches.
        for label in CREDIT_LABELS.words() {
            let borders = (1..label.len()).filter(|&k| label.is_char_boundary(k));
            assert!(borders.into_iter().all(|k| !label.ends_with(&label[..k])), "{label}");
        }
    }

    #[test]
    fn every_gallery_label_opens_with_a_letter_is_gallery_counter_reads() {
        let labels = ["image", "images", "photo", "photos", "picture", "slide", "pictures"];
        assert!(labels.iter().all(|l| l.starts_with(['i', 'p', 's'])));
        for (key, expected) in [
            ("image 3 of 9", true),
            ("  slide 2 / 5", true),
            ("4 of 12", true),
            ("page 1 of 2", false),
        ] {
            assert_eq!(is_gallery_counter(key), expected, "{key:?}");
        }
    }

    #[test]
    fn a_site_label_names_a_web_address_before_its_colon() {
        let cases = [
            ("On Example.com: more coverage", true),
            ("From www.example.org: the story so far", true),
            ("On Example: more coverage", false),
            ("Read more at the site of example.com: here", false),
            ("No colon at example.com", false),
        ];
        for (line, expected) in cases {
            assert_eq!(opens_with_site_label(line), expected, "{line:?}");
        }
    }

    #[test]
    fn inline_credits_are_read_from_the_last_eight_words() {
        let cases = [
            ("crowds in the square photo: jane doe/agency", true),
            ("crowds in the square\u{a0}photo: jane doe/agency", true),
            ("photo: jane doe/agency", false),
            ("a b c d e f g photo: one two three four five six seven", true),
            ("a b c d e f g photo: one two three four five six seven eight", false),
            ("crowds in the square. photo: jane doe/agency.", false),
            ("crowds in the square image copyright agency", true),
            ("crowds in the square photos:", true),
            ("crowds in the square", false),
            ("", false),
        ];
        for (line, expected) in cases {
            assert_eq!(has_inline_credit(line), expected, "{line:?}");
        }
    }

    #[test]
    fn agencies_are_named_in_any_case() {
        let cases = [
            ("Reuters", true),
            ("(AFP)", true),
            ("  getty images ", true),
            ("\u{212a}YODO", true),
            ("Reuter", false),
            ("Ünited", false),
            ("", false),
        ];
        for (name, expected) in cases {
            assert_eq!(is_agency(name), expected, "{name:?}");
        }
    }

    #[test]
    fn lines_that_are_chrome_on_their_own() {
        let cases: &[(&str, &str, Option<ChromeKind>)] = &[
            ("skip link", "Accessibility links", Some(Navigation)),
            ("banner", "Breaking News", Some(Navigation)),
            ("share button", "Share this", Some(Sharing)),
            ("share on a network", "Share on Facebook", Some(Sharing)),
            ("tweet button", "Tweet", Some(Sharing)),
            ("follow button", "Follow on Twitter", Some(Sharing)),
            ("sentence about following is text", "Follow the money.", None),
            ("credit label", "Photo: David Zalubowski, STF / Associated Press", Some(PhotoCredit)),
            ("agency credit alone", "Reuters/Jane Doe", Some(PhotoCredit)),
            ("picture agency alone", "Getty Images", Some(PhotoCredit)),
            ("footer privacy link", "Privacy Policy", Some(Legal)),
            ("footer terms link", "Terms of Use", Some(Legal)),
            ("skip advert button", "Skip Ad", Some(Advert)),
            ("menu contact link", "Contact Us", Some(Navigation)),
            ("a sentence on privacy is text", "Privacy campaigners want the policy changed.", None),
            ("agency in parentheses", "(AFP)", Some(PhotoCredit)),
            (
                "caption with trailing AP credit",
                "A row of unsold cars sits at a dealership in Littleton, Colo. (AP Photo/David Zalubowski)",
                Some(Caption),
            ),
            (
                "caption with inline credit",
                "A man walks past a tank on Thursday  Credit: STR/AFP",
                Some(Caption),
            ),
            (
                "caption with trailing agency",
                "Soldiers stand guard in Harare. REUTERS/Philimon Bulawayo",
                Some(Caption),
            ),
            (
                "caption ending in agency paren",
                "Protesters gather in the capital (AFP)",
                Some(Caption),
            ),
            ("gallery counter", "Image 1 of / 9", Some(Gallery)),
            (
                "markdown image",
                "![Crowds in a square - 2 May 2011](http://img.example/a.jpg)",
                Some(Caption),
            ),
            (
                "markdown image with its caption",
                "![Crowds](http://img.example/a.jpg) Crowds gather in the square",
                Some(Caption),
            ),
            (
                "markdown link line",
                "[Five lessons from the summit](http://example.org/x)",
                Some(Related),
            ),
            (
                "markdown links in a row",
                "[World](http://e.org/w) | [Sport](http://e.org/s)",
                Some(Related),
            ),
            (
                "label before a markdown link",
                "Read more: [The bridge that never opened](http://example.org/y)",
                Some(Related),
            ),
            (
                "sentence with a link is text",
                "The mayor said [the plan](http://example.org/p) would cost more.",
                None,
            ),
            (
                "caption with a source credit",
                "The new bridge at night. Source: Handout",
                Some(Caption),
            ),
            ("source line", "Source: Example Bureau of Statistics", Some(PhotoCredit)),
            ("sentence naming a source is text", "The source: a leaked memo, he said.", None),
            ("widget label", "Powered by Example.com", Some(Advert)),
            ("sponsor label", "Sponsored by Acme Travel", Some(Advert)),
            ("sentence about power is text", "Powered by coal, the plant ran for decades.", None),
            ("bare counter", "3 of 12", Some(Gallery)),
            ("gallery link", "Back to Gallery", Some(Gallery)),
            ("newsletter", "Sign up for our morning newsletter", Some(Newsletter)),
            (
                "cookie notice",
                "We use cookies to improve your experience. Accept all",
                Some(Cookie),
            ),
            ("cookies as food are text", "She baked cookies for the troops.", None),
            (
                "cookie sales on a website are text",
                "Cookie sales on the website rose 5 percent.",
                None,
            ),
            ("subscribers are text", "Subscribers to the service rose 10 percent last year.", None),
            ("a newsletter in the news is text", "The newsletter was published weekly.", None),
            ("copyright law is text", "Copyright law changed in 2019.", None),
            (
                "pictures in a sentence are text",
                "In pictures released on Monday, troops are seen.",
                None,
            ),
            (
                "credit in a sentence is text",
                "Banks tightened their lending. Credit: a scarce thing now.",
                None,
            ),
            ("everyone contributing is text", "Everyone contributed.", None),
            ("read more", "Read more: Mugabe resigns", Some(Related)),
            ("related heading", "Related Topics", Some(Related)),
            (
                "site's own link",
                "On HoustonChronicle.com: Car sales plunge nearly 17 percent in August",
                Some(Related),
            ),
            (
                "comment prompt",
                "If you would like to add a comment, please register or log in",
                Some(Comments),
            ),
            ("comment policy", "Please review our commenting policy", Some(Comments)),
            ("declining to comment is text", "He declined to comment.", None),
            ("update note", "(Adds details, CEC, OSCE quotes)", Some(UpdateNote)),
            (
                "editor credit",
                "(Writing by Maria Golovnina; Editing by Alison Williams)",
                Some(EditorCredit),
            ),
            (
                "reporting credit line",
                "Additional reporting by Jane Doe in London",
                Some(EditorCredit),
            ),
            ("aside in parentheses is text", "(The figures are provisional.)", None),
            ("e-mail", "paul.takahashi@chron.com", Some(Contact)),
            ("profile link", "twitter.com/paultakahashi", Some(Contact)),
            ("handle", "@janedoe", Some(Contact)),
            ("copyright", "© Telegraph Media Group Limited 2017", Some(Legal)),
            ("advert", "Advertisement", Some(Advert)),
            (
                "labelled caption",
                "Image caption People celebrated in the streets of Harare",
                Some(Caption),
            ),
            ("labelled credit", "Image copyright Reuters", Some(PhotoCredit)),
            ("reading time", "4 Min Read", Some(Navigation)),
            (
                "contributor note",
                "Associated Press writer Jane Doe in Johannesburg contributed.",
                Some(EditorCredit),
            ),
            ("bullet glyph", "•", Some(Other)),
            ("headline", "Kyrgyz opposition in Russia after disputed vote", None),
            (
                "body sentence with a site name",
                "Prices rose, according to Edmunds.com, a data firm.",
                None,
            ),
            ("label and link", "Profile | Grace Mugabe", Some(Navigation)),
            (
                "page title",
                "Robert Mugabe resigns as president of Zimbabwe | World news | The Guardian",
                Some(Navigation),
            ),
            ("subheading with a dash", "Group F — Sweden 1 – 0 Korea Republic", None),
            ("empty", "", None),
        ];
        for (name, line, expected) in cases {
            assert_eq!(kind_of(line, None, word_count(line)), *expected, "{name}: {line:?}");
        }
    }

    #[test]
    fn a_line_slice_of_the_lowered_page_reads_as_the_line_lowered_alone() {
        let mut pages = vec![
            "  Share this:  \n\tSUBSCRIBE to our NEWSLETTER\n“Crowds,” she said — (Photo: AP) \n"
                .to_string(),
            "Image copyright Reuters\n[Home](http://x.test) | [World](http://x.test)\n4 Min Read"
                .to_string(),
        ];
        pages.extend(
            [
                include_str!("../../../tests/corpus/seed-reuters.txt"),
                include_str!("../../../tests/corpus/telegraph-mugabe-house-arrest.txt"),
                include_str!("../../../tests/corpus/chron-houston-car-sales.txt"),
            ]
            .map(str::to_string),
        );
        let mut lines = 0;
        for page in &pages {
            assert!(crate::engine::text::lowered::lowers_as_ascii(page));
            let lower = page.to_ascii_lowercase();
            let mut start = 0;
            for line in page.split_inclusive('\n') {
                let lowered = &lower[start..start + line.len()];
                start += line.len();
                let count = word_count(line);
                let plain = kind_of(line, None, count);
                assert_eq!(kind_of(line, Some(lowered), count), plain, "{line:?}");
                lines += 1;
            }
        }
        assert!(lines > 100, "{lines}");
    }

    #[test]
    fn trailing_editor_credit_is_split_off() {
        let cases: &[(&str, &str, Option<&str>)] = &[
            (
                "wire credit after a quote",
                "\"We are not police,\" he said. (Writing by Maria Golovnina; Editing by Alison Williams)",
                Some("(Writing by Maria Golovnina; Editing by Alison Williams)"),
            ),
            ("aside at the end is text", "Prices rose (by 5 percent)", None),
            ("credit alone is a whole line, not a trailing part", "(Reporting by Jane Doe)", None),
            ("unbalanced", "He said so (Editing by", None),
        ];
        for (name, text, expected) in cases {
            assert_eq!(trailing_credit(text).map(|at| &text[at..]), *expected, "{name}");
        }
    }
}
