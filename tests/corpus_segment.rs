//! Paragraphs and sentences of the corpus articles: spans in bounds, on char boundaries, and
//! the hard cases of the seeds split as a careful reader would.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use support::corpus::{article, names as corpus_names};

use lede::engine::{Digest, Options, digest};

fn sentences<'a>(d: &Digest, text: &'a str) -> Vec<&'a str> {
    d.sentences.iter().map(|s| s.span.of(text)).collect()
}

#[test]
fn every_span_is_in_bounds_on_char_boundaries_and_nested() {
    for name in corpus_names() {
        let text = article(&name);
        let d = digest(&text, &Options::default());
        assert!(!d.sentences.is_empty(), "{name} has sentences");
        for paragraph in &d.paragraphs {
            assert!(
                text.get(paragraph.span.start..paragraph.span.end).is_some(),
                "{name}: {paragraph:?}"
            );
            for sentence in d.sentences_of(paragraph) {
                assert!(
                    paragraph.span.contains(sentence.span),
                    "{name}: sentence outside its paragraph"
                );
                let body =
                    text.get(sentence.span.start..sentence.span.end).expect("char boundaries");
                assert_eq!(body, body.trim(), "{name}: sentence not trimmed");
                assert!(!body.is_empty());
            }
        }
        // Sentences are in reading order and do not overlap.
        for pair in d.sentences.windows(2) {
            assert!(pair[0].span.end <= pair[1].span.start, "{name}: sentences overlap");
        }
    }
}

#[test]
fn reuters_seed_splits_like_a_reader() {
    let text = article("seed-reuters");
    let d = digest(&text, &Options::default());
    let all = sentences(&d, &text);
    let expected = [
        "Kyrgyz opposition in Russia after disputed vote",
        "The ex-Soviet Muslim republic is at the heart of Russia-U.S. rivalry in the vast region stretching between Afghanistan, Iran, China and Russia.",
        "Courted by both Moscow and Washington, it now hosts a Russian and a U.S. military air base.",
        "\"They are holding discussions.\"",
        "\"If they do not have permission then we will act within the framework of law,\" said an Interior Ministry spokesman.",
        "\"We will prevent all unlawful actions.\"",
    ];
    for sentence in expected {
        assert!(all.contains(&sentence), "missing sentence {sentence:?}");
    }
    // The three highlight bullets are list items, each its own paragraph.
    let bullets = d
        .paragraphs
        .iter()
        .filter(|p| matches!(p.kind, lede::engine::BlockKind::ListItem { ordered: false }))
        .count();
    assert_eq!(bullets, 3);
}

#[test]
fn rferl_seed_keeps_caption_and_dateline_apart() {
    let text = article("seed-rferl");
    let d = digest(&text, &Options::default());
    let paragraphs: Vec<&str> = d.paragraphs.iter().map(|p| p.span.of(&text)).collect();
    assert!(paragraphs.contains(&"Kyrgyz opposition presidential candidate Almazbek Atambaev"));
    assert!(
        paragraphs
            .iter()
            .any(|p| p.starts_with("BISHKEK (Reuters) -- Kyrgyzstan's opposition leader"))
    );
    let all = sentences(&d, &text);
    assert!(all.contains(&"On July 27, Atambaev flew to Moscow to discuss the vote."));
}
