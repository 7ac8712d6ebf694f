//! The page: Yew components that render a Digest. Nothing here reads text for meaning; the
//! engine does that once per change and the components only show what it found.

mod app;
mod card;
mod compare_view;
mod download;
mod editor;
mod engine_worker;
mod entities_panel;
mod figures_panel;
mod icons;
mod keys;
mod markdown;
mod merged_panels;
mod panels;
mod paste;
mod quotes_card;
mod reader;
mod reading;
mod search;
mod sentences;
mod storage;
mod summary_card;
mod tabs;
mod theme;
mod timeline;
mod toolbar;
mod window;

pub use crate::model::examples::{EXAMPLE_SETS, EXAMPLES, Example, ExampleSet};
pub use crate::model::find::{MAX_MARKS, find_all};
pub use app::{App, AppProps};
pub use editor::LARGE_TEXT;
pub use storage::{BACKUP_KEY as STORAGE_BACKUP_KEY, KEY as STORAGE_KEY};
pub use window::FIRST_BLOCKS;

/// The engine worker script, beside the page (Trunk copies it into dist/).
const WORKER_SCRIPT: &str = "./worker.js";

/// Mounts the app on the page's `<div id="lede">`, reading articles in a Web Worker.
pub fn start() {
    let document = gloo::utils::document();
    let root = document.get_element_by_id("lede").or_else(|| document.body().map(Into::into));
    if let Some(root) = root {
        mount(root, AppProps { worker: Some(WORKER_SCRIPT.into()) });
    }
}

/// Mounts the app on `root`; the handle unmounts it when destroyed (tests use this to
/// simulate a reload, and mount without a worker so reading happens in place).
pub fn mount(root: web_sys::Element, props: AppProps) -> yew::AppHandle<App> {
    root.set_text_content(None);
    yew::Renderer::<App>::with_root_and_props(root, props).render()
}
