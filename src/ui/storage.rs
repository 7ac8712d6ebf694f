//! The pasted articles kept in localStorage, so a reload or a closed tab loses nothing.
//!
//! The whole workspace is one value under one key: `setItem` replaces it in one step, so a
//! crash mid-write leaves the previous state whole.

use gloo::storage::{LocalStorage, Storage, errors::StorageError};

use crate::model::saved::Saved;

pub const KEY: &str = "lede.workspace.v1";

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
