//! The articles a browser keeps between visits, and how a stored copy is read back.
//!
//! A stored workspace may come from an older or newer build, or be edited by hand. Reading it
//! is therefore forgiving one article at a time: an article whose text cannot be read is left
//! out (and counted), a field that cannot be read (a date that is no date, say) falls back to
//! its default (and is named), and everything else is kept. The page tells the reader in words
//! what was left out; `ui/storage.rs` keeps the stored value untouched under a key of its own
//! before anything new is saved over it. It is pure Rust, tested natively.

use std::collections::BTreeSet;
use std::fmt;

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::engine::CalendarDate;

/// What survives a reload: every article and which one was on show.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Saved {
    pub articles: Vec<SavedArticle>,
    #[serde(default)]
    pub current: usize,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SavedArticle {
    #[serde(default)]
    pub name: Option<String>,
    #[serde(serialize_with = "compact_text")]
    pub text: String,
    #[serde(default)]
    pub example: Option<String>,
    /// The publication date the reader set, if any.
    #[serde(default)]
    pub published: Option<CalendarDate>,
    /// Page-chrome lines the reader chose to keep.
    #[serde(default)]
    pub kept: BTreeSet<String>,
}

/// Writes an article's text without its invisible control characters: JSON must spell each one
/// as a six-character escape (`\u0001`), so a text full of them would take six times its size
/// in storage and could fill it. Vertical tab and form feed separate words: they become a space.
/// Tab, line feed and carriage return are kept (they are layout, and JSON writes them in two).
fn compact_text<S: serde::Serializer>(text: &str, serializer: S) -> Result<S::Ok, S::Error> {
    let dropped = |c: char| c.is_control() && !matches!(c, '\t' | '\n' | '\r');
    if !text.chars().any(dropped) {
        return serializer.serialize_str(text);
    }
    let kept: String = text
        .chars()
        .filter_map(|c| match c {
            '\u{b}' | '\u{c}' => Some(' '),
            c if dropped(c) => None,
            c => Some(c),
        })
        .collect();
    serializer.serialize_str(&kept)
}

/// What a reload finds: the articles that could be read, and what the reader should be told.
#[derive(Debug, Default)]
pub struct Loaded {
    pub saved: Option<Saved>,
    pub notice: Option<String>,
}

/// Something of a stored workspace that could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unreadable {
    /// The stored value as a whole is not a workspace (not JSON, no list of articles).
    Whole(String),
    /// Article `index` (from 0, in the stored order) has no readable text: it is left out.
    Article { index: usize, why: String },
    /// A field of article `index` could not be read: the article is kept without it.
    Field { index: usize, field: &'static str, why: String },
}

impl fmt::Display for Unreadable {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Whole(why) => write!(f, "the saved articles could not be read ({why})"),
            Self::Article { index, why } => {
                write!(f, "saved article {} could not be read ({why})", index + 1)
            }
            Self::Field { index, field, why } => {
                write!(f, "the {field} of saved article {} could not be read ({why})", index + 1)
            }
        }
    }
}

/// A stored workspace as far as it could be read, and what could not be.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Decoded {
    pub saved: Saved,
    pub unreadable: Vec<Unreadable>,
}

impl Decoded {
    /// What the reader is told: `None` when everything was read. `backup` names where the
    /// stored value was kept unchanged, if it could be.
    pub fn message(&self, backup: Option<&str>) -> Option<String> {
        let first = self.unreadable.first()?;
        let left_out = self
            .unreadable
            .iter()
            .filter(|u| matches!(u, Unreadable::Whole(_) | Unreadable::Article { .. }))
            .count();
        let whole = matches!(first, Unreadable::Whole(_));
        let mut message = if whole {
            format!("The articles saved in this browser could not be read ({first}).")
        } else if left_out > 0 {
            let shown = self.saved.articles.len();
            format!(
                "{left_out} of the {} articles saved in this browser could not be read and {} \
                 not shown; the other {shown} {} here. First problem: {first}.",
                left_out + shown,
                if left_out == 1 { "is" } else { "are" },
                if shown == 1 { "is" } else { "are" },
            )
        } else {
            let n = self.unreadable.len();
            format!(
                "Part of the saved articles could not be read: {first}{}. Every article is \
                 here without what could not be read.",
                match n {
                    1 => String::new(),
                    n => format!(", and {} more like it", n - 1),
                }
            )
        };
        message.push(' ');
        message.push_str(&match backup {
            Some(key) => format!(
                "What was saved is kept unchanged in this browser's storage under \
                 \u{201c}{key}\u{201d}."
            ),
            None => "What was saved could not be set aside, so nothing will be saved over it \
                     in this visit: export your articles to keep any new work."
                .to_owned(),
        });
        Some(message)
    }
}

/// Reads a stored workspace, one article and one field at a time (see the module's doc).
pub fn decode(raw: &str) -> Decoded {
    let mut decoded = Decoded::default();
    let whole =
        |why: String| Decoded { unreadable: vec![Unreadable::Whole(why)], ..Decoded::default() };
    let value: Value = match serde_json::from_str(raw) {
        Ok(value) => value,
        Err(error) => return whole(error.to_string()),
    };
    let Some(articles) = value.get("articles").and_then(Value::as_array) else {
        return whole("there is no list of articles".to_owned());
    };
    let stored_current: usize = value
        .get("current")
        .and_then(Value::as_u64)
        .map_or(0, |c| usize::try_from(c).unwrap_or(usize::MAX));
    let mut current = stored_current;
    for (index, stored) in articles.iter().enumerate() {
        match article(index, stored, &mut decoded.unreadable) {
            Some(article) => decoded.saved.articles.push(article),
            None if index < stored_current => current = current.saturating_sub(1),
            None => {}
        }
    }
    decoded.saved.current = current.min(decoded.saved.articles.len().saturating_sub(1));
    decoded
}

/// One stored article, or `None` when it has no text to show.
fn article(index: usize, stored: &Value, unreadable: &mut Vec<Unreadable>) -> Option<SavedArticle> {
    let Some(text) = stored.get("text").and_then(Value::as_str) else {
        let why = match stored.get("text") {
            None => "it has no text",
            Some(_) => "its text is not a string",
        };
        unreadable.push(Unreadable::Article { index, why: why.to_owned() });
        return None;
    };
    let field = |name: &str| stored.get(name).filter(|value| !value.is_null());
    let mut article = SavedArticle { text: text.to_owned(), ..SavedArticle::default() };
    article.name = optional(index, "name", field("name"), unreadable);
    article.example = optional(index, "example", field("example"), unreadable);
    article.published = optional(index, "publication date", field("published"), unreadable);
    article.kept = optional(index, "kept lines", field("kept"), unreadable).unwrap_or_default();
    Some(article)
}

/// A field's value, or `None` (noted in `unreadable`) when it is there but cannot be read.
fn optional<T: DeserializeOwned>(
    index: usize,
    field: &'static str,
    value: Option<&Value>,
    unreadable: &mut Vec<Unreadable>,
) -> Option<T> {
    let value = value?;
    match T::deserialize(value) {
        Ok(read) => Some(read),
        Err(error) => {
            let shown: String = value.to_string().chars().take(60).collect();
            let why = format!("{shown}: {error}");
            unreadable.push(Unreadable::Field { index, field, why });
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn article(text: &str) -> SavedArticle {
        SavedArticle { text: text.to_owned(), ..SavedArticle::default() }
    }

    #[test]
    fn a_workspace_reads_back_as_it_was_written() {
        let saved = Saved {
            articles: vec![
                SavedArticle {
                    name: Some("Mine".into()),
                    published: CalendarDate::new(2021, 2, 28).ok(),
                    kept: BTreeSet::from(["Breaking".to_owned()]),
                    ..article("First.")
                },
                SavedArticle { example: Some("seed-reuters".into()), ..article("Second.") },
            ],
            current: 1,
        };
        let raw = serde_json::to_string(&saved).unwrap();
        assert_eq!(decode(&raw), Decoded { saved, unreadable: Vec::new() });
        assert_eq!(decode(&raw).message(Some("backup")), None);
    }

    /// Stored values left by another build or a hand edit: what is kept, what is named.
    #[test]
    fn only_what_cannot_be_read_is_left_out() {
        #[rustfmt::skip]
        let rows: &[(&str, &str, &[&str], usize, &[&str])] = &[
            // (row, stored, texts kept, current, what is named)
            ("an impossible date loses only the date",
             r#"{"articles":[{"text":"A."},{"text":"B.","published":"2021-02-30"},{"text":"C."}],"current":2}"#,
             &["A.", "B.", "C."], 2, &["publication date of saved article 2"]),
            ("an article with no text is left out, the others stay",
             r#"{"articles":[{"text":"A."},{"name":"x"},{"text":"C."}],"current":2}"#,
             &["A.", "C."], 1, &["saved article 2 could not be read (it has no text)"]),
            ("a text that is not a string",
             r#"{"articles":[{"text":7},{"text":"B."}]}"#,
             &["B."], 0, &["its text is not a string"]),
            ("kept lines of the wrong type",
             r#"{"articles":[{"text":"A.","kept":"Breaking"}]}"#,
             &["A."], 0, &["kept lines of saved article 1"]),
            ("unknown fields from a newer build are ignored, nulls are absent",
             r#"{"articles":[{"text":"A.","colour":"red","name":null}],"current":"x"}"#,
             &["A."], 0, &[]),
            ("not JSON at all",
             "{not json", &[], 0, &["the saved articles could not be read"]),
            ("no list of articles",
             r#"{"articles":{"text":"A."}}"#, &[], 0, &["there is no list of articles"]),
            ("a current index past the end",
             r#"{"articles":[{"text":"A."}],"current":99}"#, &["A."], 0, &[]),
        ];
        for &(row, stored, texts, current, named) in rows {
            let decoded = decode(stored);
            let kept: Vec<&str> = decoded.saved.articles.iter().map(|a| a.text.as_str()).collect();
            assert_eq!(kept, texts, "{row}");
            assert_eq!(decoded.saved.current, current, "{row}");
            let said: Vec<String> = decoded.unreadable.iter().map(ToString::to_string).collect();
            assert_eq!(said.len(), named.len(), "{row}: {said:?}");
            for (said, named) in said.iter().zip(named) {
                assert!(said.contains(named), "{row}: {said}");
            }
        }
    }

    #[test]
    fn the_message_says_what_was_left_out_and_where_the_rest_is_kept() {
        let skipped = decode(r#"{"articles":[{"text":"A."},{"text":null},{"text":"C."}]}"#);
        let message = skipped.message(Some("lede.workspace.v1.unread")).unwrap();
        assert!(message.starts_with("1 of the 3 articles saved"), "{message}");
        assert!(message.contains("the other 2 are here"), "{message}");
        assert!(message.contains("\u{201c}lede.workspace.v1.unread\u{201d}"), "{message}");

        let field = decode(r#"{"articles":[{"text":"A.","published":"2021-02-30"}]}"#);
        let message = field.message(None).unwrap();
        assert!(message.contains("\"2021-02-30\""), "the stored value is quoted: {message}");
        assert!(message.contains("nothing will be saved over it"), "{message}");
    }

    #[test]
    fn invisible_control_characters_are_not_stored_six_times_over() {
        let text = format!("Rain{}fell.\tOn\u{b}the\u{c}town.\r\nEnd.", "\u{1}".repeat(1000));
        let raw =
            serde_json::to_string(&Saved { articles: vec![article(&text)], current: 0 }).unwrap();
        assert!(raw.len() < 200, "{} bytes stored for {} of text", raw.len(), text.len());
        let back = decode(&raw).saved.articles.remove(0).text;
        assert_eq!(back, "Rainfell.\tOn the town.\r\nEnd.");
    }
}
