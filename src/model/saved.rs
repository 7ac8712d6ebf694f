//! What the page keeps of the reader's articles across reloads: the shape of the saved
//! workspace (`ui/storage.rs` reads and writes it in localStorage).

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

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
