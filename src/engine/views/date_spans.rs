//! The span view of a Digest's dates (`lede digest --dates`): every date mention with its byte
//! span and TIMEX value, in text order, repeats included. The gold view lists each distinct
//! (text, value) once, which is what a reader's card needs; a span-level suite such as
//! TempEval-3 scores every mention where it stands, so it reads this view instead.

use serde::{Deserialize, Serialize};

use crate::engine::digest::Digest;
use crate::engine::extract::dates::Precision;
use crate::engine::layout::article::PublishedSource;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DateSpans {
    /// The publication date the dates were resolved against (`YYYY-MM-DD`).
    pub published: Option<String>,
    /// Where that date came from: `user` (given on the command line) or `text`.
    pub published_from: Option<String>,
    pub mentions: Vec<DateSpan>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DateSpan {
    /// Byte offsets into the digested text.
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub value: Option<String>,
    /// `None` for a reference time ("now").
    pub precision: Option<Precision>,
    /// The mention only states when the article was published (timestamp line, dateline).
    pub publication: bool,
    /// A relative date the article gives nothing to place.
    pub unplaceable: bool,
}

/// Every date mention of `digest`, read against the `text` it was made from, with the
/// mentions of the present, past and future as a whole ("now": `PRESENT_REF`) among them in
/// text order.
pub fn dates_view(digest: &Digest, text: &str) -> DateSpans {
    let references = digest.dates.references.iter().map(|r| DateSpan {
        start: r.span.start,
        end: r.span.end,
        text: r.span.of(text).to_owned(),
        value: Some(r.time.timex().to_owned()),
        precision: None,
        publication: false,
        unplaceable: false,
    });
    let mut mentions: Vec<DateSpan> = digest
        .dates
        .mentions
        .iter()
        .map(|m| DateSpan {
            start: m.span.start,
            end: m.span.end,
            text: m.span.of(text).to_owned(),
            value: m.value.map(|v| v.to_string()),
            precision: Some(m.precision),
            publication: m.publication,
            unplaceable: m.unplaceable,
        })
        .chain(references)
        .collect();
    crate::engine::order::sort_by(&mut mentions, |a, b| a.start.cmp(&b.start));
    DateSpans {
        published: digest.published.map(|p| p.date.to_string()),
        published_from: digest.published.map(|p| {
            match p.source {
                PublishedSource::User => "user",
                PublishedSource::Text { .. } => "text",
            }
            .to_owned()
        }),
        mentions,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::{CalendarDate, Options, digest};

    #[test]
    fn every_mention_is_listed_where_it_stands() {
        let text = "Talks\n\nThe vote was on July 23. Officials met again on July 23 and on Monday. Now they wait.";
        let published: CalendarDate = "2009-07-27".parse().expect("a date");
        let view = dates_view(&digest(text, &Options { published: Some(published) }), text);
        let shown: Vec<(&str, Option<&str>)> =
            view.mentions.iter().map(|m| (m.text.as_str(), m.value.as_deref())).collect();
        assert_eq!(
            shown,
            [
                ("July 23", Some("2009-07-23")),
                ("July 23", Some("2009-07-23")),
                ("Monday", Some("2009-07-27")),
                ("Now", Some("PRESENT_REF")),
            ]
        );
        for m in &view.mentions {
            assert_eq!(text.get(m.start..m.end), Some(m.text.as_str()));
        }
        assert_eq!(view.published.as_deref(), Some("2009-07-27"));
        assert_eq!(view.published_from.as_deref(), Some("user"));
    }
}
