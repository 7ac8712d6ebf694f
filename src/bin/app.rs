//! The web app's entry point, built by Trunk for the browser (index.html: `data-bin="app"`).

#[cfg(target_arch = "wasm32")]
fn main() {
    lede::ui::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("the Lede web app runs in the browser: build it with `trunk build --release`");
    std::process::exit(2);
}
