//! The digest as a Markdown brief: what a reader pastes into a chat or a note. A projection of
//! the Digest like the gold view, kept here so it is tested natively and the same everywhere.

use std::fmt::Write;

use crate::engine::digest::Digest;
use crate::engine::extract::quotes::QuoteKind;
use crate::engine::order;

/// At most this many items per section: a brief, not a dump.
const SECTION_ITEMS: usize = 8;

/// The brief of `digest`, read against the `text` it was made from.
pub fn brief(digest: &Digest, text: &str) -> String {
    let mut out = String::new();
    let headline = digest.headline.map(|h| h.of(text).trim().to_owned()).filter(|h| !h.is_empty());
    let _ = writeln!(out, "# {}", headline.as_deref().unwrap_or("Article"));
    let mut meta = Vec::new();
    let names: Vec<&str> = digest.byline.iter().map(|b| b.of(text)).collect();
    if !names.is_empty() {
        meta.push(format!("By {}", names.join(", ")));
    }
    if let Some(place) = digest.dateline.map(|d| d.place.of(text)) {
        meta.push(place.to_owned());
    }
    if let Some(published) = digest.published {
        meta.push(published.date.to_string());
    }
    if !meta.is_empty() {
        let _ = writeln!(out, "\n*{}*", meta.join(" · "));
    }
    if let Some(gist) = &digest.summary.gist
        && headline.as_deref() != Some(gist.text.as_str())
    {
        let _ = writeln!(out, "\n**{}**", gist.text);
    }
    let summary: Vec<&str> = digest
        .summary
        .sentences
        .iter()
        .filter_map(|&i| digest.sentences.get(i))
        .map(|s| s.span.of(text))
        .collect();
    section(&mut out, "Summary", summary.iter().map(|s| one_line(s)));
    section(
        &mut out,
        "Timeline",
        digest.dates.timeline.iter().map(|entry| match &entry.event {
            Some(event) => format!("**{}** — {}", entry.value, one_line(event)),
            None => format!("**{}**", entry.value),
        }),
    );
    let mut figures: Vec<_> = digest.figures.iter().collect();
    order::sort_by_key(&mut figures, |f| (f.rank, 0));
    section(
        &mut out,
        "Key figures",
        figures.iter().map(|f| format!("**{}** — {}", f.span.of(text), one_line(&f.label()))),
    );
    section(
        &mut out,
        "Who and what",
        digest.entities.iter().map(|e| {
            let role = e.roles.first().map(|r| format!(" ({r})")).unwrap_or_default();
            format!("{}{role} — {}", e.name, e.kind.as_str())
        }),
    );
    section(
        &mut out,
        "Quotes",
        digest.quotes.iter().filter(|q| q.kind != QuoteKind::Paraphrase).map(|q| {
            let speaker = q.speaker.as_ref().map(|s| s.label(text)).unwrap_or("unattributed");
            format!("“{}” — {}", one_line(&q.text(text)), one_line(speaker))
        }),
    );
    let _ = writeln!(out, "\n*Read with Lede.*");
    out
}

fn section(out: &mut String, title: &str, items: impl Iterator<Item = String>) {
    let items: Vec<String> = items.take(SECTION_ITEMS).collect();
    if items.is_empty() {
        return;
    }
    let _ = writeln!(out, "\n## {title}\n");
    for item in items {
        let _ = writeln!(out, "- {item}");
    }
}

/// Text on one line, so a list item never breaks the Markdown around it.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::{Options, digest};

    #[test]
    fn a_brief_has_the_headline_and_the_sections_with_content() {
        let text = "Storm hits coast\n\nBy Jane Roe\n\nLONDON (Reuters) - Winds of 120 km/h killed \
                    two people on Monday, officials said. \"We are safe,\" said Mayor Ann Lee.";
        let options = Options { published: "2020-03-04".parse().ok() };
        let brief = brief(&digest(text, &options), text);
        assert!(brief.starts_with("# Storm hits coast\n"), "{brief}");
        assert!(brief.contains("*By Jane Roe · LONDON · 2020-03-04*"), "{brief}");
        assert!(brief.contains("## Summary"), "{brief}");
        assert!(brief.contains("## Timeline\n\n- **2020-03-02**"), "{brief}");
        assert!(brief.contains("## Key figures"), "{brief}");
        assert!(brief.contains("“We are safe,” —") || brief.contains("“We are safe” —"), "{brief}");
    }

    #[test]
    fn an_empty_article_gives_a_short_brief() {
        let brief = brief(&digest("", &Options::default()), "");
        assert_eq!(brief, "# Article\n\n*Read with Lede.*\n");
    }
}
