//! The pasted articles kept in localStorage, so a reload or a closed tab loses nothing.
//!
//! The whole workspace is one value under one key: `setItem` replaces it in one step, so a
//! crash mid-write leaves the previous state whole.

use std::collections::BTreeSet;

use gloo::storage::{LocalStorage, Storage, errors::StorageError};
use serde::{Deserialize, Serialize};

use crate::engine::CalendarDate;

pub const KEY: &str = "lede.workspace.v1";

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

/// Reads the saved workspace. A missing entry is `Ok(None)`; a damaged one is an error the page
/// shows, because silently starting empty would look like lost work.
pub fn load() -> Result<Option<Saved>, String> {
    match LocalStorage::get::<Saved>(KEY) {
        Ok(saved) => Ok(Some(saved)),
        Err(StorageError::KeyNotFound(_)) => Ok(None),
        Err(error) => {
            Err(format!("The articles saved in this browser could not be read ({error})."))
        }
    }
}

pub fn save(saved: &Saved) -> Result<(), String> {
    LocalStorage::set(KEY, saved).map_err(|error| {
        format!(
            "Your articles could not be saved in this browser, so a reload would lose the latest \
             changes (storage full or disabled?): {error}"
        )
    })
}
