//! Example articles bundled into the app at build time, so a first visit has something to read
//! without a network. Sources and licences: examples/SOURCES.md.

/// One bundled article; `id` is what `?example=ID` in the page address selects.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Example {
    pub id: &'static str,
    pub label: &'static str,
    pub text: &'static str,
}

pub const EXAMPLES: &[Example] = &[
    Example {
        id: "seed-reuters",
        label: "Reuters wire, updated",
        text: include_str!("../../examples/seed-reuters.txt"),
    },
    Example {
        id: "seed-rferl",
        label: "RFE/RL rewrite of the same story",
        text: include_str!("../../examples/seed-rferl.txt"),
    },
    Example {
        id: "wikinews-ozone-crops",
        label: "Wikinews: ozone and crops",
        text: include_str!("../../examples/wikinews-ozone-crops.txt"),
    },
];

pub fn find(id: &str) -> Option<&'static Example> {
    EXAMPLES.iter().find(|e| e.id == id)
}
