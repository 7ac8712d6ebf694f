//! A long sentence read in windows. An extractor cuts a sentence into tokens and looks around
//! each thing it finds; a "sentence" of megabytes (a transcript with no full stop, a line of
//! figures) would cost memory in proportion to the whole of it and look-arounds in proportion
//! to its square. So a sentence longer than [`WINDOW`] bytes is read as windows of about that
//! size, each widened by a [`MARGIN`] on both sides that the extractor reads for context only.
//!
//! Each window *owns* a stretch of the sentence; the stretches tile it. A thing found is kept
//! by the window that owns its first byte and dropped by any other: a date, figure or name cut
//! by a stretch's edge is read whole in the margin of the window that owns its start, and the
//! next window, which sees it start in its left margin, drops it. So it is found exactly once,
//! as long as it is shorter than the margin (no date, figure or name is 512 bytes long).
//!
//! A sentence of up to [`WINDOW`] bytes (every sentence of ordinary prose) is one window that
//! owns all of it: the extractors read it exactly as before.

use crate::engine::text::span::Span;

/// The longest stretch of a sentence a window owns, in bytes.
pub const WINDOW: usize = 4096;
/// The context read on each side of a window's own stretch, in bytes.
pub(crate) const MARGIN: usize = 512;

/// One window of a sentence: the text an extractor reads, and the part of it that it owns.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Window {
    /// What the extractor reads: `own` and its margins, within the sentence.
    pub span: Span,
    /// The stretch this window answers for: a thing found is kept when it starts here.
    pub own: Span,
}

impl Window {
    /// Whether a thing found at `span` is this window's to keep.
    pub fn owns(&self, span: Span) -> bool {
        self.own.start <= span.start && span.start < self.own.end
    }
}

/// The windows of `sentence` (a span of `text`), in order; one when it is short.
pub(crate) fn windows(text: &str, sentence: Span) -> impl Iterator<Item = Window> + '_ {
    let mut at = sentence.start;
    let mut done = false;
    std::iter::from_fn(move || {
        if done {
            return None;
        }
        if sentence.end.saturating_sub(at) <= WINDOW {
            done = true;
            let own = Span::new(at, sentence.end.max(at));
            let start = if at == sentence.start { at } else { margin_start(text, sentence, at) };
            return Some(Window { span: Span::new(start, own.end), own });
        }
        let cut = cut_point(text, at, at + WINDOW);
        let own = Span::new(at, cut);
        let start = if at == sentence.start { at } else { margin_start(text, sentence, at) };
        let end = margin_end(text, sentence, cut);
        at = cut;
        Some(Window { span: Span::new(start, end), own })
    })
}

/// Where a window's own stretch ends: at the last whitespace of its second half, else on the
/// nearest char boundary at or before `limit` (text without spaces).
fn cut_point(text: &str, from: usize, limit: usize) -> usize {
    let bytes = text.as_bytes();
    let floor = from + WINDOW / 2;
    if let Some(space) =
        (floor..limit).rev().find(|&i| bytes.get(i).is_some_and(u8::is_ascii_whitespace))
    {
        return space;
    }
    boundary_at_or_before(text, limit).max(from + 1).min(text.len())
}

/// Where a window starting its own stretch at `at` starts reading: about [`MARGIN`] before,
/// just after a whitespace when there is one, so the margin opens on a whole word.
fn margin_start(text: &str, sentence: Span, at: usize) -> usize {
    let bytes = text.as_bytes();
    let floor = at.saturating_sub(MARGIN).max(sentence.start);
    match (floor..at).find(|&i| bytes.get(i).is_some_and(u8::is_ascii_whitespace)) {
        Some(space) if space + 1 < at => space + 1,
        _ => boundary_at_or_before(text, floor).max(sentence.start),
    }
}

/// Where a window whose own stretch ends at `cut` stops reading: about [`MARGIN`] after, just
/// before a whitespace when there is one, so the margin closes on a whole word.
fn margin_end(text: &str, sentence: Span, cut: usize) -> usize {
    let bytes = text.as_bytes();
    let ceiling = cut.saturating_add(MARGIN).min(sentence.end);
    if ceiling == sentence.end {
        return ceiling;
    }
    match (cut + 1..ceiling).rev().find(|&i| bytes.get(i).is_some_and(u8::is_ascii_whitespace)) {
        Some(space) => space,
        None => boundary_at_or_before(text, ceiling).max(cut),
    }
}

/// The nearest char boundary of `text` at or before `at`.
fn boundary_at_or_before(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// Keeps, of `found[from..]` (what one window found), the things the window owns, in order.
pub(crate) fn keep_owned<T>(found: &mut Vec<T>, from: usize, owns: impl Fn(&T) -> bool) {
    let mut kept = from;
    for read in from..found.len() {
        if owns(&found[read]) {
            found.swap(kept, read);
            kept += 1;
        }
    }
    found.truncate(kept);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all(text: &str) -> Vec<Window> {
        windows(text, Span::new(0, text.len())).collect()
    }

    #[test]
    fn a_short_sentence_is_one_window_that_owns_it() {
        let text = "The board met on Tuesday.";
        assert_eq!(
            all(text),
            [Window { span: Span::new(0, text.len()), own: Span::new(0, text.len()) }]
        );
        assert_eq!(all("").len(), 1);
    }

    #[test]
    fn own_stretches_tile_a_long_sentence_and_margins_stay_inside_it() {
        let rows: &[(&str, String)] = &[
            ("words", "cargo rose on Tuesday ".repeat(2_000)),
            ("no spaces", "a1b2c3d4".repeat(5_000)),
            ("multi-byte, no spaces", "é€😀".repeat(3_000)),
            ("one long word among words", format!("a b {} c d", "x".repeat(3 * WINDOW))),
        ];
        for (name, body) in rows {
            let text = format!("  {body}  ");
            let sentence = Span::new(2, text.len() - 2);
            let found: Vec<Window> = windows(&text, sentence).collect();
            assert!(found.len() > 1, "{name}: cut");
            let mut at = sentence.start;
            for w in &found {
                assert_eq!(w.own.start, at, "{name}: tiles");
                assert!(w.own.len() <= WINDOW, "{name}: own {:?}", w.own);
                assert!(w.span.contains(w.own) && sentence.contains(w.span), "{name}: {w:?}");
                assert!(w.span.len() <= WINDOW + 2 * MARGIN, "{name}: read {:?}", w.span);
                assert!(text.get(w.span.start..w.span.end).is_some(), "{name}: char boundaries");
                at = w.own.end;
            }
            assert_eq!(at, sentence.end, "{name}: to the end");
        }
    }

    #[test]
    fn margins_give_each_window_context_on_both_sides() {
        let text = "cargo rose on Tuesday ".repeat(2_000);
        let found = all(&text);
        for pair in found.windows(2) {
            assert!(pair[0].span.end >= pair[0].own.end + MARGIN / 2, "{pair:?}");
            assert!(pair[1].span.start + MARGIN / 2 <= pair[1].own.start, "{pair:?}");
        }
    }

    #[test]
    fn keep_owned_keeps_order_and_leaves_earlier_windows_alone() {
        let mut found = vec![1, 2, 3, 4, 5, 6];
        keep_owned(&mut found, 2, |&n| n % 2 == 0);
        assert_eq!(found, [1, 2, 4, 6]);
    }
}
