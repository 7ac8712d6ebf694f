//! Quotes and summaries of the corpus articles: every direct quote of the seeds with its
//! speaker, and summaries that are short, from the body, free of repeats and near the lead.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use support::corpus::{article, names as corpus_names};

use lede::engine::{Digest, Options, QuoteKind, Role, digest};

/// The speaker label and role of the direct quote that starts with `opening`.
fn speaker_of(d: &Digest, text: &str, opening: &str) -> (String, String) {
    let quote = d
        .quotes
        .iter()
        .find(|q| q.kind == QuoteKind::Direct && q.text(text).starts_with(opening))
        .unwrap_or_else(|| panic!("no quote opening {opening:?}"));
    let speaker = quote.speaker.unwrap_or_else(|| panic!("no speaker for {opening:?}"));
    let role = speaker.role.map_or("", |r| r.of(text)).to_owned();
    (speaker.label(text).to_owned(), role)
}

#[test]
fn every_direct_quote_of_the_seeds_has_its_speaker() {
    let cases: &[(&str, &str, &str, &str)] = &[
        ("seed-reuters", "We are not election police", "spokesman", "ODIHR"),
        ("seed-reuters", "It is the role of Kyrgyzstan's authorities", "spokesman", "OSCE"),
        (
            "seed-reuters",
            "If they do not have permission then we will act",
            "Interior Ministry spokesman",
            "Interior Ministry",
        ),
        (
            "seed-reuters",
            "We will prevent all unlawful actions.",
            "Interior Ministry spokesman",
            "spokesman",
        ),
        (
            "seed-reuters",
            "He has gone to Moscow ... to talk about what happened in Kyrgyzstan on July 23",
            "Bakyt Beshimov",
            "campaign chief",
        ),
        ("seed-reuters", "They are holding discussions.", "Bakyt Beshimov", "campaign chief"),
        (
            "seed-reuters",
            "The CEC has asked the OSCE mission",
            "Lyubov Shereshkova",
            "a CEC official",
        ),
        ("seed-reuters", "Therefore the CEC views", "Lyubov Shereshkova", "a CEC official"),
        (
            "seed-rferl",
            "He has gone to talk about what happened",
            "Bakyt Beshimov",
            "campaign chief",
        ),
        ("seed-rferl", "They are holding discussions.", "Bakyt Beshimov", "campaign chief"),
        (
            "seed-rferl",
            "If they do not have permission",
            "Interior Ministry spokesman",
            "Interior Ministry",
        ),
        (
            "seed-rferl",
            "We will prevent all unlawful actions.",
            "Interior Ministry spokesman",
            "spokesman",
        ),
    ];
    for (name, opening, speaker, role) in cases {
        let text = article(name);
        let d = digest(&text, &Options::default());
        let (label, found_role) = speaker_of(&d, &text, opening);
        assert!(label.contains(speaker), "{name} {opening:?}: speaker {label:?}");
        assert!(found_role.contains(role), "{name} {opening:?}: role {found_role:?}");
    }
}

#[test]
fn the_seeds_have_no_direct_quote_without_a_speaker() {
    for name in ["seed-reuters", "seed-rferl"] {
        let text = article(name);
        let d = digest(&text, &Options::default());
        let direct: Vec<_> = d.quotes.iter().filter(|q| q.kind == QuoteKind::Direct).collect();
        assert_eq!(direct.len(), if name == "seed-reuters" { 8 } else { 4 }, "{name}");
        assert!(direct.iter().all(|q| q.speaker.is_some()), "{name}");
    }
}

#[test]
fn summaries_are_short_body_lead_first_and_without_repeats() {
    for name in corpus_names() {
        let text = article(&name);
        let d = digest(&text, &Options::default());
        let s = &d.summary;
        assert!((2..=4).contains(&s.sentences.len()), "{name}: {:?}", s.sentences);
        assert_eq!(s.sentences.len(), s.scores.len(), "{name}");
        assert!(s.sentences.windows(2).all(|w| w[0] < w[1]), "{name}: reading order");
        let body: Vec<usize> = d.body_sentences().map(|(i, _)| i).collect();
        for &i in &s.sentences {
            let paragraph = &d.paragraphs[d.sentences[i].paragraph];
            assert_eq!(paragraph.role, Role::Body, "{name}: sentence {i} is not body text");
        }
        let lead = body.iter().position(|&i| i == s.sentences[0]);
        assert!(
            lead.is_some_and(|p| p <= 1),
            "{name}: the summary starts at body sentence {lead:?}"
        );
        let lines: Vec<&str> = s.sentences.iter().map(|&i| d.sentences[i].span.of(&text)).collect();
        for (a, first) in lines.iter().enumerate() {
            for second in &lines[a + 1..] {
                assert!(
                    overlap(first, second) < 0.6,
                    "{name}: near-duplicates {first:?} / {second:?}"
                );
            }
        }
        assert!(s.gist.as_ref().is_some_and(|g| !g.text.is_empty()), "{name}: a gist");
        let again = digest(&text, &Options::default());
        assert_eq!(again.summary, d.summary, "{name}: stable");
        assert_eq!(again.quotes, d.quotes, "{name}: stable");
    }
}

/// Share of the shorter sentence's words found in the other.
fn overlap(a: &str, b: &str) -> f64 {
    let words = |s: &str| -> std::collections::BTreeSet<String> {
        s.split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.len() > 2)
            .map(str::to_lowercase)
            .collect()
    };
    let (a, b) = (words(a), words(b));
    let shared = a.intersection(&b).count() as f64;
    shared / a.len().min(b.len()).max(1) as f64
}
