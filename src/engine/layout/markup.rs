//! Markdown inline markup in a pasted page: links `[text](url)`, images `![alt](url)` and
//! emphasis (`*word*`, `**word**`, `_word_`). A reader sees only a link's text; an image's alt
//! text describes a picture, not the news; emphasis marks are not part of any word.
//!
//! [`mask`] gives extractors a view of the text of the *same length* in which that syntax is
//! blanked out with spaces, so every byte offset (every [`Span`]) stays valid against the
//! original text while no `](http://...` can leak into a name, a date or a figure.

use std::borrow::Cow;

use crate::engine::order;
use crate::engine::text::span::Span;

/// Longest link text and longest target looked at, so a stray "[" costs bounded work.
const MAX_TEXT: usize = 400;
const MAX_TARGET: usize = 2000;

/// One inline link or image.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Link {
    /// The whole construct, from "[" (or "![") to the closing ")".
    pub whole: Span,
    /// What a reader sees: the link's text, or an image's alt text.
    pub text: Span,
    pub image: bool,
}

/// The links and images in `span` of `text`, in reading order. Brackets that do not form a
/// link ("[T]he report said", "[sic]") are plain text.
pub fn links(text: &str, span: Span) -> Vec<Link> {
    let line = span.of(text);
    let bytes = line.as_bytes();
    let mut found = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] != b'[' {
            i += 1;
            continue;
        }
        let image = i > 0 && bytes[i - 1] == b'!';
        match link_at(line, i, image) {
            Some((text_end, end)) => {
                let start = if image { i - 1 } else { i };
                found.push(Link {
                    whole: Span::new(span.start + start, span.start + end),
                    text: Span::new(span.start + i + 1, span.start + text_end),
                    image,
                });
                i = end;
            }
            None => i += 1,
        }
    }
    found
}

/// The link opening with the "[" at `open`: the end of its text (the "]") and of the whole
/// link (just past ")"). A link needs an address; an `image` may have none: a picture whose
/// address was left out on purpose (clipboard HTML's, so nothing is ever fetched) is still one.
fn link_at(line: &str, open: usize, image: bool) -> Option<(usize, usize)> {
    let bytes = line.as_bytes();
    let mut depth = 0usize;
    let mut close = None;
    for (k, &b) in bytes.iter().enumerate().skip(open).take(MAX_TEXT) {
        match b {
            // an image inside a link nests once; deeper is not a link
            b'[' if depth >= 2 => return None,
            b'[' => depth += 1,
            b']' => {
                depth -= 1;
                if depth == 0 {
                    close = Some(k);
                    break;
                }
            }
            b'\n' if bytes.get(k + 1) == Some(&b'\n') => return None,
            _ => {}
        }
    }
    let close = close?;
    if bytes.get(close + 1) != Some(&b'(') {
        return None;
    }
    let mut depth = 0usize;
    for (k, &b) in bytes.iter().enumerate().skip(close + 1).take(MAX_TARGET) {
        match b {
            b'(' => depth += 1,
            b')' => {
                depth -= 1;
                if depth == 0 {
                    return (image || k > close + 2).then_some((close, k + 1));
                }
            }
            // a target holds no brackets or line break: stop at the next link's "["
            b'\n' | b'[' | b']' => return None,
            _ => {}
        }
    }
    None
}

/// Whether `line` is nothing but links or images (with separators between them): a related
/// story, a "read more", a menu, a picture.
pub fn is_link_only(line: &str) -> bool {
    only_links(line).is_some()
}

/// Whether `line` is nothing but one or more images.
pub fn is_image_only(line: &str) -> bool {
    only_links(line).is_some_and(|all| !all.is_empty() && all.iter().all(|l| l.image))
}

/// The links of `line` when nothing else stands on it (apart from separators and emphasis).
fn only_links(line: &str) -> Option<Vec<Link>> {
    // Asked of every paragraph: one without a "[" has no link, and is answered at once.
    if !line.contains('[') {
        return None;
    }
    let whole = Span::new(0, line.len());
    let found = links(line, whole);
    if found.is_empty() {
        return None;
    }
    let mut at = 0;
    let mut rest = String::new();
    for link in &found {
        rest.push_str(line.get(at..link.whole.start).unwrap_or(""));
        at = link.whole.end;
    }
    rest.push_str(line.get(at..).unwrap_or(""));
    rest.chars()
        .all(|c| {
            c.is_whitespace()
                || matches!(c, '|' | '•' | '·' | '-' | '–' | '—' | ',' | '/' | '*' | '_')
        })
        .then_some(found)
}

/// Whether the image at the start of `line` is followed by text on the same line: "![alt](url)
/// A caption".
pub fn opens_with_image(line: &str) -> bool {
    let line = line.trim_start();
    line.starts_with("![")
        && links(line, Span::new(0, line.len()))
            .first()
            .is_some_and(|l| l.image && l.whole.start == 0)
}

/// The text inside emphasis that wraps the whole line: "*A caption*", "_A caption_",
/// "**Bold line**". `None` when the line is not wholly emphasised.
pub fn emphasised(line: &str) -> Option<&str> {
    let line = line.trim();
    for mark in ["***", "**", "__", "*", "_"] {
        if let Some(inner) = line.strip_prefix(mark).and_then(|l| l.strip_suffix(mark)) {
            let inner_ok = !inner.is_empty()
                && !inner.starts_with(char::is_whitespace)
                && !inner.ends_with(char::is_whitespace)
                && !inner.starts_with(['*', '_'])
                && !inner.ends_with(['*', '_']);
            return inner_ok.then_some(inner);
        }
    }
    None
}

/// `text` with Markdown link, image and emphasis syntax blanked out by spaces: the same
/// length, the same char boundaries, so spans into one are spans into the other. A link
/// keeps its text ("[the report](http://x)" reads " the report            "); an image
/// disappears whole (its alt text describes a picture). Text without markup is borrowed.
pub fn mask(text: &str) -> Cow<'_, str> {
    if !has_markup(text) {
        return Cow::Borrowed(text);
    }
    let mut blank: Vec<Span> = Vec::new();
    for link in links(text, Span::new(0, text.len())) {
        if link.image {
            blank.push(link.whole);
        } else {
            blank.push(Span::new(link.whole.start, link.text.start));
            blank.push(Span::new(link.text.end, link.whole.end));
        }
    }
    blank.extend(emphasis_marks(text));
    if blank.is_empty() {
        return Cow::Borrowed(text);
    }
    order::sort_by_key(&mut blank, |s| (s.start, s.end));
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for span in blank {
        let start = span.start.max(at);
        if start >= span.end {
            continue;
        }
        out.push_str(text.get(at..start).unwrap_or(""));
        for c in text.get(start..span.end).unwrap_or("").chars() {
            // a newline stays, so blocks and lines keep their shape
            if c == '\n' {
                out.push('\n');
            } else {
                out.extend(std::iter::repeat_n(' ', c.len_utf8()));
            }
        }
        at = span.end;
    }
    out.push_str(text.get(at..).unwrap_or(""));
    debug_assert_eq!(out.len(), text.len());
    Cow::Owned(out)
}

/// Whether `text` holds any byte that can open or close markup ("[", "*", "_"): without one,
/// [`mask`] has nothing to blank and a line has no link. Asked of every paragraph, which
/// nearly never has one: each block of bytes is tested without a branch per byte (the
/// compiler reads it many bytes at a time), where three searches for one byte each cost
/// several times more.
pub fn has_markup(text: &str) -> bool {
    let mark = |b: u8| u8::from(b == b'[') | u8::from(b == b'*') | u8::from(b == b'_');
    text.as_bytes().chunks(64).any(|block| block.iter().fold(0, |found, &b| found | mark(b)) != 0)
}

/// Runs of "*" or "_" that open or close emphasis: touching a word on one side and a space,
/// punctuation or the line's edge on the other ("**HARARE**", "_note_"), not inside a word
/// ("snake_case") and not standing alone ("5 * 3", a list bullet).
fn emphasis_marks(text: &str) -> Vec<Span> {
    let bytes = text.as_bytes();
    let mut marks = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b != b'*' && b != b'_' {
            i += 1;
            continue;
        }
        let start = i;
        while i < bytes.len() && bytes[i] == b {
            i += 1;
        }
        if i - start > 3 {
            continue;
        }
        let before = text[..start].chars().next_back();
        let after = text[i..].chars().next();
        let edge = |c: Option<char>| c.is_none_or(|c| !c.is_alphanumeric());
        let opens = edge(before) && after.is_some_and(|c| !c.is_whitespace());
        let closes = before.is_some_and(|c| !c.is_whitespace()) && edge(after);
        let lone = before.is_none_or(char::is_whitespace) && after.is_none_or(char::is_whitespace);
        if (opens || closes) && !lone {
            marks.push(Span::new(start, i));
        }
    }
    marks
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_and_images_in_a_line() {
        type Row<'a> = (&'a str, &'a str, Vec<(&'a str, bool)>);
        let cases: Vec<Row> = vec![
            ("one link", "See [the report](http://example.org/a) now", vec![("the report", false)]),
            (
                "image",
                "![A dog on a beach](http://img.example/1.jpg)",
                vec![("A dog on a beach", true)],
            ),
            (
                "two links",
                "[One](http://a.example) | [Two](http://b.example)",
                vec![("One", false), ("Two", false)],
            ),
            ("brackets that are not a link", "[T]he court said [sic] so", vec![]),
            ("url with parentheses", "[Wiki](http://w.example/A_(b)) end", vec![("Wiki", false)]),
            ("unclosed", "[never closed(http://x", vec![]),
            ("empty target", "[text]() here", vec![]),
            ("image without its address", "![A dog]() here", vec![("A dog", true)]),
            ("empty", "", vec![]),
        ];
        for (name, line, expected) in cases {
            let got: Vec<(&str, bool)> = links(line, Span::new(0, line.len()))
                .into_iter()
                .map(|l| (l.text.of(line), l.image))
                .collect();
            assert_eq!(got, expected, "{name}");
        }
    }

    #[test]
    fn line_shapes() {
        let cases: &[(&str, &str, bool, bool)] = &[
            // name, line, link only, image only
            ("link line", "[Five things we learned](http://example.org/x)", true, false),
            ("links with separator", "[A](http://a.example) • [B](http://b.example)", true, false),
            ("emphasised link", "*[Read more](http://a.example)*", true, false),
            ("image line", "![Crowds in a square](http://img.example/p.jpg)", true, true),
            (
                "link inside a sentence",
                "He said [the plan](http://x.example) would work.",
                false,
                false,
            ),
            ("plain", "Plain words", false, false),
        ];
        for (name, line, link_only, image_only) in cases {
            assert_eq!(is_link_only(line), *link_only, "{name}");
            assert_eq!(is_image_only(line), *image_only, "{name}");
        }
        assert!(opens_with_image("![alt](http://i.example/a.png) A caption"));
        assert!(!opens_with_image("A caption ![alt](http://i.example/a.png)"));
    }

    #[test]
    fn emphasised_lines() {
        let cases: &[(&str, Option<&str>)] = &[
            ("*The mayor opens the bridge*", Some("The mayor opens the bridge")),
            ("_A quiet street_", Some("A quiet street")),
            ("**Bold line**", Some("Bold line")),
            ("*half* emphasised", None),
            ("* a list item", None),
            ("plain", None),
            ("**", None),
        ];
        for (line, expected) in cases {
            assert_eq!(emphasised(line), *expected, "{line:?}");
        }
    }

    #[test]
    fn markup_bytes_are_found_anywhere() {
        let plain = "No links here, no emphasis: just words — and “quotes”. ".repeat(5);
        assert!(!has_markup(&plain));
        for mark in ["[", "*", "_"] {
            for at in [0, 1, 63, 64, 65, plain.len()] {
                let mut text = plain.clone();
                text.insert_str(at, mark);
                assert!(has_markup(&text), "{mark} at {at}");
            }
        }
        assert!(!has_markup(""));
    }

    #[test]
    fn masking_keeps_offsets_and_visible_words() {
        let cases: &[(&str, &str)] = &[
            ("See [the report](http://e.org/a) now.", "See  the report                  now."),
            (
                "![Alt text](http://i.example/1.jpg)\nNext",
                "                                   \nNext",
            ),
            ("**CITYVILLE** — Rain fell.", "  CITYVILLE   — Rain fell."),
            ("a snake_case word and 5 * 3", "a snake_case word and 5 * 3"),
            (
                "_Note:_ all «ünïcode» [ß](http://e.org/ü) ok",
                " Note:  all «ünïcode»  ß                   ok",
            ),
            ("[T]he rule", "[T]he rule"),
        ];
        for (input, expected) in cases {
            let got = mask(input);
            assert_eq!(got.len(), input.len(), "{input:?}");
            assert_eq!(got, *expected, "{input:?}");
        }
        assert!(matches!(mask("No markup here."), Cow::Borrowed(_)));
    }

    #[test]
    fn masking_never_panics_on_odd_input() {
        for input in ["[", "]", "![", "[](", "[a](", "*", "**_", "[[[[a](b)", "é*é_é[é](é)"] {
            let got = mask(input);
            assert_eq!(got.len(), input.len(), "{input:?}");
            let _ = links(input, Span::new(0, input.len()));
        }
    }
}
