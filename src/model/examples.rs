//! Example articles bundled into the app at build time, so a first visit has something to read
//! without a network. Sources and licences: examples/SOURCES.md.

/// One bundled article; `id` is what `?example=ID` in the page address selects.
#[derive(Debug, PartialEq, Eq)]
pub struct Example {
    pub id: &'static str,
    pub label: &'static str,
    pub text: &'static str,
}

/// What one "Try an example" button opens: one article, or several versions of one story.
#[derive(Debug, PartialEq, Eq)]
pub struct ExampleSet {
    pub id: &'static str,
    pub label: &'static str,
    pub examples: &'static [&'static Example],
}

const REUTERS: Example = Example {
    id: "seed-reuters",
    label: "Reuters wire, updated",
    text: include_str!("../../examples/seed-reuters.txt"),
};

const RFERL: Example = Example {
    id: "seed-rferl",
    label: "RFE/RL rewrite",
    text: include_str!("../../examples/seed-rferl.txt"),
};

const OZONE: Example = Example {
    id: "wikinews-ozone-crops",
    label: "Wikinews: ozone and crops",
    text: include_str!("../../examples/wikinews-ozone-crops.txt"),
};

pub const EXAMPLES: &[&Example] = &[&REUTERS, &RFERL, &OZONE];

pub const EXAMPLE_SETS: &[ExampleSet] = &[
    ExampleSet { id: "seed-reuters", label: "Reuters wire", examples: &[&REUTERS] },
    ExampleSet {
        id: "seed-pair",
        label: "Two versions of one story",
        examples: &[&REUTERS, &RFERL],
    },
    ExampleSet {
        id: "wikinews-ozone-crops",
        label: "Wikinews: ozone and crops",
        examples: &[&OZONE],
    },
];

pub fn find(id: &str) -> Option<&'static Example> {
    EXAMPLES.iter().copied().find(|e| e.id == id)
}

/// The examples an address names: a set's id, or example ids separated by commas.
pub fn select(ids: &str) -> Option<&'static [&'static Example]> {
    if let Some(set) = EXAMPLE_SETS.iter().find(|s| s.id == ids) {
        return Some(set.examples);
    }
    match ids.split(',').map(str::trim).collect::<Vec<_>>().as_slice() {
        [one] => EXAMPLES.iter().position(|e| e.id == *one).map(|i| &EXAMPLES[i..=i]),
        [a, b] if *a == REUTERS.id && *b == RFERL.id => Some(EXAMPLE_SETS[1].examples),
        _ => None,
    }
}
