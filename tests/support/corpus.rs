//! The evaluation articles copied into the repo (tests/corpus), read the same way by every
//! corpus test.

/// Names of the corpus articles (`NAME.txt`), sorted.
pub fn names() -> Vec<String> {
    let dir = format!("{}/tests/corpus", env!("CARGO_MANIFEST_DIR"));
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .expect("corpus folder")
        .filter_map(|e| e.ok()?.file_name().to_str()?.strip_suffix(".txt").map(str::to_owned))
        .collect();
    names.sort();
    names
}

/// `tests/corpus/NAME.EXT` as text.
pub fn read(name: &str, ext: &str) -> String {
    let path = format!("{}/tests/corpus/{name}.{ext}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The article `NAME.txt`.
pub fn article(name: &str) -> String {
    read(name, "txt")
}
