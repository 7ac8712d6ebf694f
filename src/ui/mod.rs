//! The page: Yew components that render a Digest. Nothing here reads text for meaning; the
//! engine does that once per change and the components only show what it found.

mod app;
mod editor;
mod examples;
mod format;
mod markdown;
mod panels;
mod paste;
mod reader;
mod sentences;
mod state;
mod storage;

pub use app::App;
pub use examples::{EXAMPLES, Example};
pub use storage::KEY as STORAGE_KEY;

/// Mounts the app on the page's `<div id="lede">` (or the body when absent).
pub fn start() {
    match gloo::utils::document().get_element_by_id("lede") {
        Some(root) => {
            mount(root);
        }
        None => {
            yew::Renderer::<App>::new().render();
        }
    }
}

/// Mounts the app on `root`; the handle unmounts it when destroyed (tests use this to
/// simulate a reload).
pub fn mount(root: web_sys::Element) -> yew::AppHandle<App> {
    root.set_text_content(None);
    yew::Renderer::<App>::with_root(root).render()
}
