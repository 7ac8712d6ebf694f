//! The pasted articles kept in localStorage, so a reload or a closed tab loses nothing.
//!
//! The whole workspace is one value under one key: `setItem` replaces it in one step, so a
//! crash mid-write leaves the previous state whole. A stored value that cannot be read in full
//! is read as far as it can be ([`crate::model::saved::decode`]) and copied, unchanged, under a backup
//! key before anything is saved over it; if that copy cannot be made, nothing is saved over it.

use std::cell::Cell;

use gloo::storage::{LocalStorage, Storage};

use crate::model::saved::{self, Loaded, Saved};

pub const KEY: &str = "lede.workspace.v1";

/// Where a stored value that could not be read in full is kept: this, or with ".2", ".3"... when
/// an earlier one (with other contents) is already there.
pub const BACKUP_KEY: &str = "lede.workspace.v1.unread";

thread_local! {
    /// Set when the stored value could not be read in full nor set aside: saving would destroy it.
    static HELD: Cell<bool> = const { Cell::new(false) };
}

/// Reads the saved workspace. Nothing stored is `saved: None`; anything that cannot be read is
/// said in `notice`, because silently leaving it out would look like lost work.
pub fn load() -> Loaded {
    HELD.set(false);
    let storage = match web_sys::window().and_then(|w| w.local_storage().ok().flatten()) {
        Some(storage) => storage,
        None => return Loaded::default(),
    };
    let raw = match storage.get_item(KEY) {
        Ok(Some(raw)) => raw,
        Ok(None) => return Loaded::default(),
        Err(error) => {
            HELD.set(true);
            let notice = format!(
                "The articles saved in this browser could not be read ({error:?}), so nothing \
                 will be saved over them in this visit."
            );
            return Loaded { saved: None, notice: Some(notice) };
        }
    };
    let decoded = saved::decode(&raw);
    if decoded.unreadable.is_empty() {
        return Loaded { saved: Some(decoded.saved), notice: None };
    }
    let backup = set_aside(&storage, &raw);
    HELD.set(backup.is_none());
    let notice = decoded.message(backup.as_deref());
    let saved = (!decoded.saved.articles.is_empty()).then_some(decoded.saved);
    Loaded { saved, notice }
}

/// Copies `raw` under the first backup key that is free or already holds it; its name, or
/// `None` when storage refused.
fn set_aside(storage: &web_sys::Storage, raw: &str) -> Option<String> {
    for n in 1..=100 {
        let key = if n == 1 { BACKUP_KEY.to_owned() } else { format!("{BACKUP_KEY}.{n}") };
        match storage.get_item(&key) {
            Ok(Some(held)) if held == raw => return Some(key),
            Ok(Some(_)) => continue,
            Ok(None) => return storage.set_item(&key, raw).ok().map(|()| key),
            Err(_) => return None,
        }
    }
    None
}

pub fn save(saved: &Saved) -> Result<(), String> {
    if HELD.get() {
        return Err("Your articles are not saved in this visit: the saved articles that could \
                    not be read could not be set aside either, and saving would overwrite them. \
                    Export your articles to keep them."
            .to_owned());
    }
    LocalStorage::set(KEY, saved).map_err(|error| {
        format!(
            "Your articles could not be saved in this browser, so a reload would lose the latest \
             changes (storage full or disabled?): {error}"
        )
    })
}
