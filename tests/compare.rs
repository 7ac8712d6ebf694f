//! Versions of one story compared on the corpus: the two seeds (a rewrite and the wire's
//! update) are one story, aligned paragraph by paragraph, with their names merged across
//! spellings; unrelated articles stay apart. And `lede compare` as a user runs it.
#![cfg(not(target_arch = "wasm32"))]

use std::process::{Command, Output};

use lede::engine::{
    Comparison, Difference, Digest, EntityKind, Options, Role, compare, digest, group_stories,
    merge_entities, merge_timeline, same_story,
};

fn corpus(name: &str) -> String {
    format!("{}/tests/corpus/{name}", env!("CARGO_MANIFEST_DIR"))
}

fn read(name: &str) -> String {
    std::fs::read_to_string(corpus(name)).expect("corpus file")
}

fn digested(name: &str) -> (Digest, String) {
    let text = read(name);
    (digest(&text, &Options::default()), text)
}

const UNRELATED: &[&str] = &[
    "seed-reuters.txt",
    "chron-houston-car-sales.txt",
    "telegraph-mugabe-house-arrest.txt",
    "wikinews-asylum-seekers-aceh.txt",
    "wikinews-ozone-crops.txt",
    "wikinews-worldcup-day5.txt",
];

fn seeds() -> ((Digest, String), (Digest, String)) {
    (digested("seed-rferl.txt"), digested("seed-reuters.txt"))
}

fn seed_comparison() -> (Comparison, (Digest, String), (Digest, String)) {
    let (a, b) = seeds();
    let c = compare((&a.0, &a.1), (&b.0, &b.1));
    (c, a, b)
}

#[test]
fn the_seeds_are_one_story() {
    let (a, b) = seeds();
    let verdict = same_story((&a.0, &a.1), (&b.0, &b.1));
    assert!(verdict.same, "{verdict:?}");
    assert!(verdict.shared.entities.len() >= 5, "{verdict:?}");
    let groups = group_stories(&[(&a.0, &a.1), (&b.0, &b.1)]);
    assert_eq!(groups, [vec![0, 1]]);
}

#[test]
fn every_paragraph_of_the_rewrite_has_its_counterpart() {
    let (c, (da, ta), (db, tb)) = seed_comparison();
    for (p, paragraph) in da.paragraphs.iter().enumerate() {
        if paragraph.role != Role::Body {
            continue;
        }
        let aligned = c.aligned.iter().any(|pair| da.sentences[pair.a].paragraph == p);
        assert!(aligned, "paragraph not aligned: {}", paragraph.span.of(&ta));
    }
    // Reworded sentences are counterparts: the rewrite dates by day, the wire by weekday.
    let pair_of = |start: &str| {
        c.aligned
            .iter()
            .find(|p| da.sentences[p.a].span.of(&ta).starts_with(start))
            .map(|p| db.sentences[p.b].span.of(&tb))
            .unwrap_or_else(|| panic!("{start} not aligned"))
    };
    let rows: &[(&str, &str)] = &[
        ("On July 27, Atambaev flew", "On Monday, Atambayev was in Moscow"),
        ("Officials results gave Bakiev", "Official results gave Bakiyev"),
        ("Kyrgyzstan is key to efforts", "Security remains a major concern"),
        ("The impoverished nation has a history", "A Muslim nation where the average"),
    ];
    for (a, b) in rows {
        assert!(pair_of(a).starts_with(b), "{a} ↔ {}", pair_of(a));
    }
    assert!(c.only_a.is_empty(), "{:?}", c.only_a);
}

#[test]
fn only_the_wire_has_the_election_commission_and_monitors_paragraphs() {
    let (c, _, (db, tb)) = seed_comparison();
    let only_b: Vec<&str> = c.only_b.iter().map(|&i| db.sentences[i].span.of(&tb)).collect();
    for expected in [
        "Kyrgyzstan has rejected Western criticism",
        "\"The CEC has asked the OSCE mission",
        "\"Therefore the CEC views the OSCE/ODIHR statement",
        "The OSCE said it was not part of its role",
        "\"We are not election police,\"",
    ] {
        assert!(only_b.iter().any(|s| s.starts_with(expected)), "{expected} not in {only_b:#?}");
    }
    let adds = c.b_adds.as_deref().expect("B adds something");
    assert!(
        adds.starts_with("B adds: ") && adds.contains("CEC") && adds.contains("ODIHR"),
        "{adds}"
    );
    assert_eq!(c.a_adds, None);
}

#[test]
fn names_spelled_two_ways_are_one_person_each() {
    let (a, b) = seeds();
    let merged = merge_entities(&[(&a.0, &a.1), (&b.0, &b.1)]);
    for (x, y) in [("Bakiev", "Bakiyev"), ("Atambaev", "Atambayev")] {
        let people: Vec<_> = merged
            .iter()
            .filter(|m| m.forms.iter().any(|f| f.text.ends_with(x) || f.text.ends_with(y)))
            .collect();
        assert_eq!(people.len(), 1, "{x}/{y}: {people:#?}");
        let person = people[0];
        assert_eq!(person.kind, EntityKind::Person);
        assert!(person.forms.iter().any(|f| f.text == x && f.articles == [0]), "{person:?}");
        assert!(person.forms.iter().any(|f| f.text == y && f.articles == [1]), "{person:?}");
    }
    let (c, _, _) = seed_comparison();
    let spellings: Vec<(&str, &str)> = c
        .differences
        .iter()
        .filter_map(|d| match d {
            Difference::Spelling { a, b, .. } => Some((a.as_str(), b.as_str())),
            _ => None,
        })
        .collect();
    assert_eq!(
        spellings,
        [("Kurmanbek Bakiev", "Kurmanbek Bakiyev"), ("Almazbek Atambaev", "Almazbek Atambayev")]
    );
    // The two agree on every figure and every date.
    assert!(c.differences.iter().all(|d| matches!(d, Difference::Spelling { .. })));
}

#[test]
fn the_merged_timeline_has_one_entry_per_day() {
    let (a, b) = seeds();
    let timeline = merge_timeline(&[(&a.0, &a.1), (&b.0, &b.1)]);
    let both: Vec<String> = timeline
        .iter()
        .filter(|t| {
            t.sources.iter().any(|s| s.article == 0) && t.sources.iter().any(|s| s.article == 1)
        })
        .map(|t| t.value.to_string())
        .collect();
    for day in ["2005", "2009-07-23", "2009-07-27", "2009-07-29"] {
        assert!(both.contains(&day.to_owned()), "{day} not from both: {both:?}");
    }
}

#[test]
fn unrelated_articles_are_not_one_story() {
    let articles: Vec<(Digest, String)> =
        std::iter::once("seed-rferl.txt").chain(UNRELATED.iter().copied()).map(digested).collect();
    for i in 0..articles.len() {
        for j in i + 1..articles.len() {
            if i == 0 && j == 1 {
                continue; // the two seeds
            }
            let (a, b) = (&articles[i], &articles[j]);
            let verdict = same_story((&a.0, &a.1), (&b.0, &b.1));
            assert!(!verdict.same, "{i} and {j} judged one story: {verdict:?}");
        }
    }
    let all: Vec<(&Digest, &str)> = articles.iter().map(|(d, t)| (d, t.as_str())).collect();
    let groups = group_stories(&all);
    assert_eq!(groups, [vec![0, 1], vec![2], vec![3], vec![4], vec![5], vec![6]]);
}

fn lede(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_lede")).args(args).output().expect("lede runs")
}

#[test]
fn lede_compare_prints_the_comparison_as_json() {
    let out = lede(&["compare", &corpus("seed-rferl.txt"), &corpus("seed-reuters.txt")]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let value: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(value["same_story"], true);
    let aligned = value["aligned"].as_array().expect("aligned");
    assert!(
        aligned.len() >= 15 && aligned.iter().all(|p| p["a"].is_string() && p["b"].is_string())
    );
    assert!(value["only_a"].as_array().expect("only_a").iter().all(|s| s.is_string()));
    let only_b = value["only_b"].as_array().expect("only_b");
    assert!(only_b.iter().any(|s| s.as_str().is_some_and(|s| s.contains("CEC"))));
    let differences = value["differences"].as_array().expect("differences");
    assert!(differences.iter().any(|d| d["kind"] == "spelling" && d["a"] == "Kurmanbek Bakiev"));
    let entities = value["entities"].as_array().expect("entities");
    let bakiev = entities.iter().find(|e| e["name"] == "Kurmanbek Bakiev").expect("merged");
    assert_eq!(bakiev["type"], "person");
    let aliases: Vec<&str> =
        bakiev["aliases"].as_array().expect("aliases").iter().filter_map(|a| a.as_str()).collect();
    assert!(aliases.contains(&"Bakiyev") && aliases.contains(&"Bakiev"), "{aliases:?}");

    let apart = lede(&["compare", &corpus("seed-rferl.txt"), &corpus("wikinews-ozone-crops.txt")]);
    let value: serde_json::Value = serde_json::from_slice(&apart.stdout).expect("JSON");
    assert_eq!(value["same_story"], false);
}

#[test]
fn lede_compare_fails_in_one_line() {
    let rows: &[(&str, &[&str], i32, &str)] = &[
        ("one file", &["compare", "a.txt"], 2, "usage"),
        ("three files", &["compare", "a", "b", "c"], 2, "unknown argument 'c'"),
        ("an option", &["compare", "a", "--x"], 2, "unknown argument '--x'"),
        ("stdin twice", &["compare", "-", "-"], 2, "usage"),
        (
            "a missing file",
            &["compare", "/nonexistent/a.txt", "/nonexistent/b.txt"],
            1,
            "cannot read /nonexistent/a.txt",
        ),
    ];
    for (name, args, code, says) in rows {
        let out = lede(args);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(*code), "{name}: {stderr}");
        assert!(stderr.contains(says), "{name}: {stderr}");
        assert!(stderr.trim_end().lines().count() <= 2, "{name}: {stderr}");
        assert!(out.stdout.is_empty(), "{name}");
    }
}
