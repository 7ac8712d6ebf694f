//! The web app's entry point, built by Trunk for the browser (index.html: `data-bin="app"`).

/// Runs on the page and, as the same module, in the engine's Web Worker (worker.js); only
/// the page has a window to render into.
#[cfg(target_arch = "wasm32")]
fn main() {
    if web_sys::window().is_some() {
        lede::ui::start();
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("the Lede web app runs in the browser: build it with `trunk build --release`");
    std::process::exit(2);
}
