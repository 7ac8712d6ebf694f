//! The page's WebAssembly module, built by Trunk (index.html: `data-bin="app"`): Yew and the
//! cards, no extractor. boot.js calls [`start_page`]; the articles are read by the engine's own
//! module (`src/bin/engine.rs`) in a Web Worker, fetched only when the first article is read, so
//! the first load carries the page alone.

#[cfg(target_arch = "wasm32")]
use wasm_bindgen::prelude::wasm_bindgen;

/// Mounts the page. An export rather than `main`, so importing the module never starts the page
/// by itself (boot.js decides when).
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen(js_name = startPage)]
pub fn start_page() {
    lede::ui::start();
}

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("the Lede web app runs in the browser: build it with `trunk build --release`");
    std::process::exit(2);
}
