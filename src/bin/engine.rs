//! The engine as a WebAssembly module of its own (index.html: `data-bin="engine"`): the page's
//! Web Worker (worker.js) loads it, and so can any other page that wants `digest()`. Its exports
//! live in `lede::js_api`; this entry point only makes sure they are linked in.

#[cfg(target_arch = "wasm32")]
fn main() {
    // A binary links only what it names, and wasm-bindgen exports are reached from JavaScript,
    // not from Rust: naming one here keeps the module's exports in.
    std::hint::black_box(lede::js_api::digest_request as fn(&str, Option<String>) -> Vec<u8>);
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!(
        "the Lede engine module runs in the browser: build the site with `trunk build --release`"
    );
    std::process::exit(2);
}
