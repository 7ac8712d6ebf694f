//! The `lede` command line as the scorer and a user run it: JSON shape, dates, errors.
#![cfg(not(target_arch = "wasm32"))]

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn lede(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_lede"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("lede runs");
    if let Some(bytes) = stdin {
        // The command may reject its arguments and exit before reading: a closed pipe is fine.
        if let Err(error) = child.stdin.take().expect("stdin").write_all(bytes) {
            assert_eq!(error.kind(), std::io::ErrorKind::BrokenPipe, "writing stdin: {error}");
        }
    }
    drop(child.stdin.take());
    child.wait_with_output().expect("lede finishes")
}

fn json(output: &Output) -> serde_json::Value {
    assert!(output.status.success(), "stderr: {}", String::from_utf8_lossy(&output.stderr));
    serde_json::from_slice(&output.stdout).expect("stdout is JSON")
}

fn corpus(name: &str) -> String {
    format!("{}/tests/corpus/{name}", env!("CARGO_MANIFEST_DIR"))
}

/// One line on stderr, naming the problem, and the given exit code.
fn assert_fails(output: &Output, code: i32, says: &str) {
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(code), "stderr: {stderr}");
    assert!(stderr.contains(says), "stderr {stderr:?} should say {says:?}");
    assert!(output.stdout.is_empty(), "nothing on stdout when failing");
}

#[test]
fn digest_prints_every_gold_format_key() {
    let value = json(&lede(&["digest", &corpus("seed-reuters.txt")], None));
    let object = value.as_object().expect("an object");
    for key in [
        "id",
        "published",
        "headline",
        "byline",
        "dateline",
        "boilerplate",
        "entities",
        "dates",
        "figures",
    ] {
        assert!(object.contains_key(key), "missing key {key}");
    }
    assert_eq!(value["id"], "seed-reuters");
    for list in ["byline", "boilerplate", "entities", "dates", "figures", "summary", "quotes"] {
        assert!(value[list].is_array(), "{list} is a list");
    }
    let quotes = value["quotes"].as_array().expect("quotes");
    let beshimov = |q: &&serde_json::Value| q["speaker"] == "Bakyt Beshimov";
    assert!(quotes.iter().any(|q| beshimov(&q) && q["entity"] == "Bakyt Beshimov"), "{quotes:?}");
    assert!((2..=4).contains(&value["summary"].as_array().expect("summary").len()));
}

#[test]
fn published_option_is_the_publication_date() {
    let value =
        json(&lede(&["digest", &corpus("seed-rferl.txt"), "--published", "2009-07-27"], None));
    assert_eq!(value["published"], "2009-07-27");
    let value = json(&lede(&["digest", "--published=2019-11-20", &corpus("seed-rferl.txt")], None));
    assert_eq!(value["published"], "2019-11-20");
}

#[test]
fn dash_reads_standard_input() {
    let value =
        json(&lede(&["digest", "-", "--published", "2020-01-02"], Some(b"Some text. More text.")));
    assert_eq!(value["id"], "stdin");
    assert_eq!(value["published"], "2020-01-02");
}

#[test]
fn empty_input_is_a_valid_article() {
    let value = json(&lede(&["digest", "-"], Some(b"")));
    assert_eq!(value["headline"], serde_json::Value::Null);
    assert_eq!(value["published"], serde_json::Value::Null);
}

#[test]
fn bad_input_fails_with_one_line() {
    let cases: &[(&str, &[&str], Option<&[u8]>, i32, &str)] = &[
        ("no arguments", &[], None, 2, "usage: lede digest FILE"),
        ("unknown command", &["summarise", "x.txt"], None, 2, "usage"),
        ("missing file", &["digest"], None, 2, "usage"),
        (
            "file not found",
            &["digest", "/no/such/article.txt"],
            None,
            1,
            "cannot read /no/such/article.txt",
        ),
        ("a directory", &["digest", "/"], None, 1, "cannot read /"),
        (
            "bad date",
            &["digest", "-", "--published", "27/07/2009"],
            Some(b"x"),
            2,
            "not a date in the form YYYY-MM-DD",
        ),
        (
            "impossible date",
            &["digest", "-", "--published", "2009-02-30"],
            Some(b"x"),
            2,
            "not a day of the calendar",
        ),
        ("date without value", &["digest", "-", "--published"], Some(b"x"), 2, "usage"),
        (
            "unknown option",
            &["digest", "-", "--verbose"],
            Some(b"x"),
            2,
            "unknown argument '--verbose'",
        ),
        ("two files", &["digest", "a.txt", "b.txt"], None, 2, "unknown argument 'b.txt'"),
        (
            "invalid UTF-8",
            &["digest", "-"],
            Some(b"caf\xe9 au lait"),
            1,
            "not UTF-8 text (invalid byte at offset 3)",
        ),
    ];
    for (name, args, stdin, code, says) in cases {
        let output = lede(args, *stdin);
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(stderr.trim_end().lines().count() <= 2, "{name}: {stderr}");
        assert_fails(&output, *code, says);
    }
}

#[test]
fn every_corpus_article_digests_to_json() {
    let dir = format!("{}/tests/corpus", env!("CARGO_MANIFEST_DIR"));
    let mut seen = 0;
    for entry in std::fs::read_dir(dir).expect("corpus folder") {
        let path = entry.expect("entry").path();
        if path.extension().is_some_and(|e| e == "txt") {
            let value = json(&lede(&["digest", path.to_str().expect("utf-8 path")], None));
            assert!(value.is_object());
            seen += 1;
        }
    }
    assert!(seen >= 7, "the corpus has its articles ({seen})");
}
