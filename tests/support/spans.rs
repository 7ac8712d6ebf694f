//! Invariants every Digest and every Comparison must hold, whatever the input: shared by the
//! property tests, the edge-input tests and the fuzz targets (`fuzz/`), which include this
//! file by path. Each check returns the first broken invariant in words, so a failing case
//! says what broke and where.

use lede::engine::{Comparison, Digest};
use serde_json::Value;

/// A byte span found in a serialised Digest or Comparison, with the JSON path it sits at.
pub struct Found {
    pub path: String,
    pub start: usize,
    pub end: usize,
}

/// Every `{start, end}` object in `value` that is a byte span. `Range<usize>` fields
/// serialise the same way but hold sentence indices; they are all named `sentences`.
pub fn spans_in(value: &Value) -> Vec<Found> {
    let mut out = Vec::new();
    walk(value, "$", &mut out);
    out
}

fn walk(value: &Value, path: &str, out: &mut Vec<Found>) {
    match value {
        Value::Object(map) => {
            if let (Some(start), Some(end)) =
                (map.get("start").and_then(Value::as_u64), map.get("end").and_then(Value::as_u64))
                && map.len() == 2
            {
                if !path.ends_with(".sentences") {
                    out.push(Found {
                        path: path.to_owned(),
                        start: start as usize,
                        end: end as usize,
                    });
                }
                return;
            }
            for (key, inner) in map {
                walk(inner, &format!("{path}.{key}"), out);
            }
        }
        Value::Array(items) => {
            for (i, inner) in items.iter().enumerate() {
                walk(inner, &format!("{path}[{i}]"), out);
            }
        }
        _ => {}
    }
}

/// The span is a non-empty-or-empty, forward, in-bounds range on char boundaries of `text`.
pub fn check_span(text: &str, found: &Found) -> Result<(), String> {
    let Found { path, start, end } = found;
    if start > end {
        return Err(format!("{path}: span {start}..{end} runs backwards"));
    }
    if *end > text.len() {
        return Err(format!("{path}: span {start}..{end} past the end ({})", text.len()));
    }
    if !text.is_char_boundary(*start) || !text.is_char_boundary(*end) {
        return Err(format!("{path}: span {start}..{end} splits a character"));
    }
    Ok(())
}

/// Every invariant of one Digest of `text`.
pub fn check_digest(text: &str, digest: &Digest) -> Result<(), String> {
    if digest.source_len != text.len() {
        return Err(format!("source_len {} for a text of {}", digest.source_len, text.len()));
    }
    let json = serde_json::to_value(digest).map_err(|e| format!("does not serialise: {e}"))?;
    for found in spans_in(&json) {
        check_span(text, &found)?;
    }
    check_structure(digest)
}

/// Sentences in reading order, inside their paragraph; indices that point somewhere.
fn check_structure(d: &Digest) -> Result<(), String> {
    let (np, ns) = (d.paragraphs.len(), d.sentences.len());
    for pair in d.paragraphs.windows(2) {
        if pair[1].span.start < pair[0].span.end {
            return Err(format!("paragraphs overlap: {:?} then {:?}", pair[0].span, pair[1].span));
        }
    }
    let mut next_sentence = 0;
    for (i, p) in d.paragraphs.iter().enumerate() {
        let range = &p.sentences;
        if range.start != next_sentence || range.end < range.start || range.end > ns {
            return Err(format!(
                "paragraph {i}: sentences {range:?}, expected from {next_sentence}"
            ));
        }
        next_sentence = range.end;
        for k in range.clone() {
            let s = d.sentences[k];
            if s.paragraph != i {
                return Err(format!("sentence {k} says paragraph {}, listed in {i}", s.paragraph));
            }
            if !p.span.contains(s.span) {
                return Err(format!(
                    "sentence {k} {:?} outside paragraph {i} {:?}",
                    s.span, p.span
                ));
            }
        }
    }
    if next_sentence != ns {
        return Err(format!("{} sentences, paragraphs list {next_sentence}", ns));
    }
    for pair in d.sentences.windows(2) {
        if pair[1].span.start < pair[0].span.end {
            return Err(format!(
                "sentences out of order: {:?} then {:?}",
                pair[0].span, pair[1].span
            ));
        }
    }
    let sentence_ok = |k: usize, what: &str| {
        if k < ns { Ok(()) } else { Err(format!("{what}: sentence {k} of {ns}")) }
    };
    for c in &d.chrome {
        if c.paragraph >= np {
            return Err(format!("chrome points at paragraph {} of {np}", c.paragraph));
        }
    }
    if let Some(&h) = d.highlights.iter().find(|&&h| h >= np) {
        return Err(format!("highlight points at paragraph {h} of {np}"));
    }
    for m in &d.dates.mentions {
        if let Some(k) = m.sentence {
            sentence_ok(k, "date mention")?;
        }
    }
    for entry in &d.dates.timeline {
        if let Some(&m) = entry.mentions.iter().find(|&&m| m >= d.dates.mentions.len()) {
            return Err(format!("timeline entry points at mention {m}"));
        }
        for &k in &entry.sentences {
            sentence_ok(k, "timeline entry")?;
        }
    }
    for f in &d.figures {
        sentence_ok(f.sentence, "figure")?;
        for m in &f.mentions {
            sentence_ok(m.sentence, "figure mention")?;
        }
    }
    for e in &d.entities {
        for m in &e.mentions {
            if let Some(k) = m.sentence {
                sentence_ok(k, "entity mention")?;
            }
        }
    }
    for &k in &d.summary.sentences {
        sentence_ok(k, "summary")?;
    }
    for q in &d.quotes {
        if q.sentences.start > q.sentences.end || q.sentences.end > ns {
            return Err(format!("quote sentences {:?} of {ns}", q.sentences));
        }
    }
    Ok(())
}

/// Every span of a Comparison lies in the text of the side (`a` or `b`) it belongs to, and
/// every sentence index points into that side's Digest.
pub fn check_comparison(
    a: (&Digest, &str),
    b: (&Digest, &str),
    comparison: &Comparison,
) -> Result<(), String> {
    let json = serde_json::to_value(comparison).map_err(|e| format!("does not serialise: {e}"))?;
    for found in spans_in(&json) {
        // The nearest `.a` / `.b` on the path names the side.
        let side = found.path.split(['.', '[']).rev().find(|key| *key == "a" || *key == "b");
        let text = match side {
            Some("a") => a.1,
            Some(_) => b.1,
            None => return Err(format!("{}: span of neither side", found.path)),
        };
        check_span(text, &found)?;
    }
    let (na, nb) = (a.0.sentences.len(), b.0.sentences.len());
    for p in &comparison.aligned {
        if p.a >= na || p.b >= nb {
            return Err(format!("aligned pair {}/{} of {na}/{nb} sentences", p.a, p.b));
        }
    }
    if comparison.only_a.iter().any(|&k| k >= na) || comparison.only_b.iter().any(|&k| k >= nb) {
        return Err("only_a / only_b points past the sentences".to_owned());
    }
    Ok(())
}
