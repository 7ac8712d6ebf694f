//! The shape of the code, checked: dependencies point one way (no module imports another that
//! imports it back, directly or through others), the engine has no web dependency, and no
//! extractor reaches back into the Digest it is assembled into.
//!
//! Modules are files under `src/`; an import is a `use` of `crate::`, `super::` or `self::`
//! paths, or such a path written inline in code (comments and unit tests, inline or in a
//! `tests.rs`, are not read: a test may digest a whole article).
#![cfg(not(target_arch = "wasm32"))]

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

type Module = Vec<String>;

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("src is readable")
        .filter_map(|e| Some(e.ok()?.path()))
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|x| x == "rs") {
            out.push(path);
        }
    }
}

/// `src/engine/extract/dates/mod.rs` → `[engine, extract, dates]`; `src/engine/digest.rs` →
/// `[engine, digest]`.
fn module_of(path: &Path) -> Module {
    let rel = path.strip_prefix(src()).expect("under src").with_extension("");
    let mut parts: Module = rel.iter().map(|p| p.to_string_lossy().into_owned()).collect();
    if parts.last().is_some_and(|p| p == "mod") {
        parts.pop();
    }
    parts
}

/// The code of a file without comments and without its unit tests.
fn code_of(text: &str) -> String {
    let text = text.split("#[cfg(test)]").next().unwrap_or(text);
    text.lines()
        .map(|line| match line.find("//") {
            Some(at) => &line[..at],
            None => line,
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Every path a `use` names, its `{}` groups expanded: `a::{b, c::d}` → `a::b`, `a::c::d`.
fn expand(tree: &str, out: &mut Vec<String>) {
    let tree = tree.trim();
    let Some(open) = tree.find("::{") else {
        out.push(tree.to_owned());
        return;
    };
    let prefix = &tree[..open];
    let inner = tree[open + 3..].strip_suffix('}').unwrap_or(&tree[open + 3..]);
    let (mut depth, mut start) = (0, 0);
    let mut items = Vec::new();
    for (i, c) in inner.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            ',' if depth == 0 => {
                items.push(&inner[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    items.push(&inner[start..]);
    for item in items.into_iter().map(str::trim).filter(|i| !i.is_empty()) {
        expand(&format!("{prefix}::{item}"), out);
    }
}

/// The module a path from `from` lands in: the longest prefix that is a module file.
fn resolve(from: &Module, path: &str, modules: &BTreeSet<Module>) -> Option<Module> {
    let segments: Vec<&str> =
        path.split("::").map(|s| s.split(" as ").next().unwrap_or(s).trim()).collect();
    let (mut base, rest): (Module, &[&str]) = match segments.first() {
        Some(&"crate") => (Vec::new(), &segments[1..]),
        Some(&"self") => (from.clone(), &segments[1..]),
        Some(&"super") => {
            let ups = segments.iter().take_while(|s| **s == "super").count();
            let mut base = from.clone();
            base.truncate(base.len().saturating_sub(ups));
            (base, &segments[ups..])
        }
        _ => return None,
    };
    // The lede crate re-exports the engine crate as `crate::engine`: the same files.
    let mut best = modules.contains(&base).then(|| base.clone());
    for segment in rest {
        base.push((*segment).to_owned());
        if modules.contains(&base) {
            best = Some(base.clone());
        }
    }
    best
}

fn graph() -> BTreeMap<Module, BTreeSet<Module>> {
    let mut files = Vec::new();
    rust_files(&src(), &mut files);
    let modules: BTreeSet<Module> = files.iter().map(|p| module_of(p)).collect();
    let mut edges: BTreeMap<Module, BTreeSet<Module>> = BTreeMap::new();
    for path in &files {
        let from = module_of(path);
        if from.last().is_some_and(|m| m == "tests") {
            continue; // a module's unit tests in a file of their own
        }
        let code = code_of(&std::fs::read_to_string(path).expect("readable"));
        let mut paths = Vec::new();
        for statement in code.split(';') {
            let statement = statement.trim();
            let used = statement
                .strip_prefix("pub use ")
                .or_else(|| statement.strip_prefix("pub(crate) use "))
                .or_else(|| statement.strip_prefix("pub(super) use "))
                .or_else(|| statement.strip_prefix("use "))
                .or_else(|| statement.rsplit_once("\nuse ").map(|(_, u)| u));
            if let Some(tree) = used {
                expand(&tree.split_whitespace().collect::<Vec<_>>().join(" "), &mut paths);
            }
        }
        // Inline paths: `super::order::sort_by(...)`, `crate::engine::Span::new(...)`.
        for (at, _) in code.match_indices("super::").chain(code.match_indices("crate::")) {
            let before = code[..at].chars().next_back();
            if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == ':') {
                continue;
            }
            let path: String = code[at..]
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == ':')
                .collect();
            paths.push(path.trim_end_matches(':').to_owned());
        }
        for path in paths {
            if let Some(to) = resolve(&from, &path, &modules).filter(|to| *to != from) {
                edges.entry(from.clone()).or_default().insert(to);
            }
        }
    }
    edges
}

fn name(module: &Module) -> String {
    module.join("/")
}

/// The modules of `graph` that lie on a cycle, each cycle as a list of names.
fn cycles(graph: &BTreeMap<Module, BTreeSet<Module>>) -> Vec<Vec<String>> {
    // Tarjan's strongly connected components; a component of two or more is a cycle.
    struct Walk<'g> {
        graph: &'g BTreeMap<Module, BTreeSet<Module>>,
        index: BTreeMap<&'g Module, usize>,
        low: BTreeMap<&'g Module, usize>,
        stack: Vec<&'g Module>,
        found: Vec<Vec<String>>,
    }
    impl<'g> Walk<'g> {
        fn visit(&mut self, v: &'g Module) {
            let i = self.index.len();
            self.index.insert(v, i);
            self.low.insert(v, i);
            self.stack.push(v);
            for w in self.graph.get(v).into_iter().flatten() {
                if !self.index.contains_key(w) {
                    self.visit(w);
                    let low = self.low[v].min(self.low[w]);
                    self.low.insert(v, low);
                } else if self.stack.contains(&w) {
                    let low = self.low[v].min(self.index[w]);
                    self.low.insert(v, low);
                }
            }
            if self.low[v] == self.index[v] {
                let mut component = Vec::new();
                while let Some(w) = self.stack.pop() {
                    component.push(name(w));
                    if w == v {
                        break;
                    }
                }
                if component.len() > 1 {
                    component.sort();
                    self.found.push(component);
                }
            }
        }
    }
    let mut walk = Walk {
        graph,
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        stack: Vec::new(),
        found: Vec::new(),
    };
    for v in graph.keys() {
        if !walk.index.contains_key(v) {
            walk.visit(v);
        }
    }
    walk.found
}

#[test]
fn no_module_imports_one_that_imports_it_back() {
    let graph = graph();
    assert!(graph.len() > 50, "the import graph was read ({} modules import others)", graph.len());
    assert_eq!(cycles(&graph), Vec::<Vec<String>>::new(), "import circles in src/");
}

#[test]
fn the_checker_sees_a_circle() {
    // The check above must be able to fail: a made-up graph with a circle through three.
    let m = |s: &str| vec![s.to_owned()];
    let graph: BTreeMap<Module, BTreeSet<Module>> =
        [(m("a"), [m("b")].into()), (m("b"), [m("c")].into()), (m("c"), [m("a"), m("d")].into())]
            .into();
    assert_eq!(cycles(&graph), [["a", "b", "c"]]);
}

/// The engine's folders in the order the pipeline runs them: a module imports its own stage and
/// those before it, never a later one. So no extractor reaches back into the Digest it is
/// assembled into, and layout never depends on what the extractors find.
const STAGES: &[&[&str]] = &[
    // What every stage reads text with, and what Lede knows (word lists, places).
    &["text", "lexicon", "gazetteer"],
    // 1–2: blocks, roles, sentences: the Article.
    &["layout"],
    // 3–7: figures, dates, entities, summary, quotes.
    &["extract"],
    // 8: the stages run in order and assembled into the Digest.
    &["digest"],
    // Reading a finished Digest, and the benchmarks' access to single stages.
    &["views", "compare", "bench_support"],
];

/// The stage of an engine module (`engine/layout/segment` → 1), `None` outside the engine or
/// for the facade (`engine/mod.rs`) itself.
fn stage_of(module: &Module) -> Option<usize> {
    match module.as_slice() {
        [engine, folder, ..] if engine == "engine" => {
            STAGES.iter().position(|stage| stage.contains(&folder.as_str()))
        }
        _ => None,
    }
}

#[test]
fn every_engine_folder_is_a_stage() {
    let mut files = Vec::new();
    rust_files(&src().join("engine"), &mut files);
    let unplaced: BTreeSet<String> = files
        .iter()
        .map(|p| module_of(p))
        .filter(|m| m.len() > 1 && stage_of(m).is_none())
        .map(|m| name(&m))
        .collect();
    assert_eq!(unplaced, BTreeSet::new(), "engine modules outside the stages of STAGES");
}

/// The imports of `graph` that point from a stage to a later one, as `from -> to`.
fn backwards(graph: &BTreeMap<Module, BTreeSet<Module>>) -> Vec<String> {
    let mut found = Vec::new();
    for (from, to) in graph {
        let Some(from_stage) = stage_of(from) else { continue };
        for target in to {
            if stage_of(target).is_some_and(|to_stage| to_stage > from_stage) {
                found.push(format!("{} -> {}", name(from), name(target)));
            }
        }
    }
    found
}

#[test]
fn stages_import_only_earlier_stages() {
    let graph = graph();
    assert!(graph.keys().any(|m| stage_of(m) == Some(2)), "the extractors were read");
    assert_eq!(backwards(&graph), Vec::<String>::new(), "an engine stage imports a later one");
}

#[test]
fn the_checker_sees_a_backward_import() {
    // The check above must be able to fail: an extractor reading the Digest, and layout
    // reading an extractor, in a made-up graph; reading the text helpers is allowed.
    let m = |s: &str| s.split('/').map(str::to_owned).collect::<Module>();
    let graph: BTreeMap<Module, BTreeSet<Module>> = [
        (m("engine/extract/quotes"), [m("engine/digest"), m("engine/text/span")].into()),
        (m("engine/layout/segment"), [m("engine/extract/dates")].into()),
    ]
    .into();
    assert_eq!(
        backwards(&graph),
        ["engine/extract/quotes -> engine/digest", "engine/layout/segment -> engine/extract/dates"]
    );
}

#[test]
fn the_engine_has_no_web_dependency_and_no_unsafe_code() {
    let mut files = Vec::new();
    rust_files(&src().join("engine"), &mut files);
    for path in files {
        let code = code_of(&std::fs::read_to_string(&path).expect("readable"));
        for web in ["web_sys", "wasm_bindgen", "js_sys", "gloo", "yew"] {
            assert!(!code.contains(web), "{} uses {web}", path.display());
        }
    }
    let root = std::fs::read_to_string(src().join("engine_crate.rs")).expect("crate root");
    assert!(root.contains("#![forbid(unsafe_code)]"), "the engine crate forbids unsafe code");
}
