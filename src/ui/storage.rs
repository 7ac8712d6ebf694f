//! The pasted article kept in localStorage, so a reload or a closed tab loses nothing.

use gloo::storage::{LocalStorage, Storage, errors::StorageError};
use serde::{Deserialize, Serialize};

use crate::engine::CalendarDate;

use super::state::Kept;

pub const KEY: &str = "lede.article.v1";

/// What survives a reload: the text as pasted and which example it was, if any.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Saved {
    pub text: String,
    pub example: Option<String>,
    /// The publication date the reader set, if any.
    #[serde(default)]
    pub published: Option<CalendarDate>,
    /// Page-chrome lines the reader chose to keep, per article.
    #[serde(default)]
    pub kept: Kept,
}

/// Reads the saved article. A missing entry is `Ok(None)`; a damaged one is an error the page
/// shows, because silently starting empty would look like lost work.
pub fn load() -> Result<Option<Saved>, String> {
    match LocalStorage::get::<Saved>(KEY) {
        Ok(saved) => Ok(Some(saved)),
        Err(StorageError::KeyNotFound(_)) => Ok(None),
        Err(error) => {
            Err(format!("The article saved in this browser could not be read ({error})."))
        }
    }
}

pub fn save(saved: &Saved) -> Result<(), String> {
    LocalStorage::set(KEY, saved).map_err(|error| {
        format!(
            "This article could not be saved in the browser, so a reload would lose it \
             (storage full or disabled?): {error}"
        )
    })
}
