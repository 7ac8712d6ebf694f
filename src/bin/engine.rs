//! The engine as a WebAssembly module of its own (index.html: `data-bin="engine"`): the page's
//! Web Worker (worker.js) loads it when the first article is read, and any other page can import
//! it for `digest()`. Its exports live in `lede::js_api`; this entry point only links them in.

#[cfg(target_arch = "wasm32")]
fn main() {
    // A binary links only what it names, and wasm-bindgen exports are reached from JavaScript,
    // not from Rust: naming them here keeps the module's exports in.
    std::hint::black_box(
        lede::js_api::digest_request
            as fn(&str, Option<String>, Option<js_sys::Function>) -> Vec<u8>,
    );
    std::hint::black_box(
        lede::js_api::digest_js
            as fn(&str, Option<String>) -> Result<String, wasm_bindgen::JsError>,
    );
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!(
        "the Lede engine module runs in the browser: build the site with `trunk build --release`"
    );
    std::process::exit(2);
}
