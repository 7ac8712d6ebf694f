//! Light, dark, or as the system says: the reader's choice, remembered in this browser.

use gloo::storage::{LocalStorage, Storage};
use yew::{Html, component, html, use_effect_with, use_state};

const KEY: &str = "lede.theme";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Theme {
    System,
    Light,
    Dark,
}

impl Theme {
    fn from_stored(value: Option<String>) -> Self {
        match value.as_deref() {
            Some("light") => Theme::Light,
            Some("dark") => Theme::Dark,
            _ => Theme::System,
        }
    }

    fn next(self) -> Self {
        match self {
            Theme::System => Theme::Light,
            Theme::Light => Theme::Dark,
            Theme::Dark => Theme::System,
        }
    }

    fn attribute(self) -> Option<&'static str> {
        match self {
            Theme::System => None,
            Theme::Light => Some("light"),
            Theme::Dark => Some("dark"),
        }
    }

    fn label(self) -> &'static str {
        match self {
            Theme::System => "Theme: as system",
            Theme::Light => "Theme: light",
            Theme::Dark => "Theme: dark",
        }
    }
}

#[component(ThemeToggle)]
pub fn theme_toggle() -> Html {
    let theme = use_state(|| Theme::from_stored(LocalStorage::get::<String>(KEY).ok()));
    use_effect_with(*theme, |theme| {
        let root = gloo::utils::document().document_element();
        if let Some(root) = root {
            let _ = match theme.attribute() {
                Some(value) => root.set_attribute("data-theme", value),
                None => root.remove_attribute("data-theme"),
            };
        }
        // A theme that cannot be remembered still applies now; nothing else depends on it.
        let _ = match theme.attribute() {
            Some(value) => LocalStorage::set(KEY, value),
            None => {
                LocalStorage::delete(KEY);
                Ok(())
            }
        };
    });
    let onclick = {
        let theme = theme.clone();
        move |_| theme.set(theme.next())
    };
    html! {
        <button type="button" class="theme-toggle" {onclick} title="Switch between system, light and dark themes">
            {theme.label()}
        </button>
    }
}
