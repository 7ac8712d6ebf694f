//! The site's one WebAssembly module, built by Trunk (index.html: `data-bin="app"`): the page
//! (boot.js calls [`start_page`]) and the engine its Web Worker runs (worker.js calls
//! `digestRequest`), so the browser downloads and compiles the shared code (allocator, maps,
//! the Digest types and their wire form) once. Other pages import the same module for
//! `digest()` without the page starting.

#[cfg(target_arch = "wasm32")]
use wasm_bindgen::prelude::wasm_bindgen;

/// Mounts the page; only boot.js calls it, so the worker and other pages get the engine alone.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen(js_name = startPage)]
pub fn start_page() {
    lede::ui::start();
}

#[cfg(target_arch = "wasm32")]
fn main() {
    // A binary links only what it names, and the library's wasm-bindgen exports are reached
    // from JavaScript, not from Rust: naming them here keeps them in the module.
    std::hint::black_box(lede::js_api::digest_request as fn(&str, Option<String>) -> Vec<u8>);
    std::hint::black_box(
        lede::js_api::digest_js
            as fn(&str, Option<String>) -> Result<String, wasm_bindgen::JsError>,
    );
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("the Lede web app runs in the browser: build it with `trunk build --release`");
    std::process::exit(2);
}
