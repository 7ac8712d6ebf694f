//! Two versions of one story side by side: what changed, what only one of them says, and the
//! facts they disagree on, called out at the top.

use yew::{Callback, Html, Properties, classes, component, html, use_memo};

use crate::engine::{self, ChangeKind, Comparison, Difference, Span};

use super::merged_panels::MergedPanels;
pub use super::merged_panels::Side;
use crate::engine::order;
use crate::model::format;

#[derive(Properties, PartialEq)]
pub struct CompareProps {
    pub a: Side,
    pub b: Side,
    pub on_close: Callback<()>,
}

#[component(CompareView)]
pub fn compare_view(props: &CompareProps) -> Html {
    let comparison = {
        let (a, b) = (props.a.clone(), props.b.clone());
        use_memo((a, b), |(a, b)| engine::compare((&a.digest, &a.text), (&b.digest, &b.text)))
    };
    let (a, b) = (&props.a, &props.b);
    let verdict = if comparison.story.same {
        format!(
            "Same story ({}% alike)",
            format::fixed(f64::from(comparison.story.score) * 100.0, 0)
        )
    } else {
        format!(
            "Probably different stories ({}% alike)",
            format::fixed(f64::from(comparison.story.score) * 100.0, 0)
        )
    };
    html! {
        <>
        <section class="compare" aria-label="Compare versions">
            <header class="compare-header">
                <h2>{"Compare versions"}</h2>
                <p class="verdict">{verdict}</p>
                <button type="button" class="link-button" onclick={props.on_close.reform(|_| ())}>{"Back to the article"}</button>
            </header>
            { callouts(&comparison, a, b) }
            <table class="compare-table">
                <thead>
                    <tr><th scope="col">{format!("A: {}", a.title)}</th><th scope="col">{format!("B: {}", b.title)}</th></tr>
                </thead>
                <tbody>{ for rows(&comparison, a, b) }</tbody>
            </table>
        </section>
        <MergedPanels articles={vec![a.clone(), b.clone()]} />
        </>
    }
}

fn callouts(comparison: &Comparison, a: &Side, b: &Side) -> Html {
    let differences = comparison.differences.iter().map(|difference| {
        let line = match difference {
            Difference::Spelling { a, b, .. } => {
                format!("Spelled \u{201c}{a}\u{201d} in A, \u{201c}{b}\u{201d} in B")
            }
            Difference::Figure { about, a, b, .. } => {
                format!("{about}: A says {}, B says {}", a.text, b.text)
            }
            Difference::Date { a, b, a_value, b_value } => {
                format!(
                    "A dates it \u{201c}{}\u{201d} ({a_value}), B \u{201c}{}\u{201d} ({b_value})",
                    a.text, b.text
                )
            }
        };
        let class = match difference {
            Difference::Spelling { .. } => "difference spelling",
            _ => "difference conflict",
        };
        html! { <li class={class}>{line}</li> }
    });
    let only = |count: usize, side: &Side, which: &str| {
        format!(
            "{count} sentence{} only in {which} ({})",
            if count == 1 { "" } else { "s" },
            side.title
        )
    };
    html! {
        <div class="callouts">
            <p class="only-counts">
                {only(comparison.only_a.len(), a, "A")}{" · "}{only(comparison.only_b.len(), b, "B")}
            </p>
            if let Some(adds) = &comparison.b_adds {
                <p class="adds">{adds.clone()}</p>
            }
            if let Some(adds) = &comparison.a_adds {
                <p class="adds">{adds.clone()}</p>
            }
            if !comparison.differences.is_empty() {
                <ul class="differences">{ for differences }</ul>
            }
        </div>
    }
}

/// The rows in A's reading order; a sentence only B has comes after B's sentence before it.
fn rows(comparison: &Comparison, a: &Side, b: &Side) -> Vec<Html> {
    let mut rows = Vec::new();
    let mut b_only = comparison.only_b.clone();
    order::sort_indices(&mut b_only);
    let mut pairs = comparison.aligned.clone();
    order::sort_by_key(&mut pairs, |p| (p.a, 0));
    let only_a = &comparison.only_a;
    let mut placed = vec![false; b_only.len()];
    let mut push_b_only_before = |limit: Option<usize>, rows: &mut Vec<Html>| {
        for (i, &sentence) in b_only.iter().enumerate() {
            if !placed[i] && limit.is_none_or(|l| sentence < l) {
                placed[i] = true;
                rows.push(row_only(b, sentence, "b"));
            }
        }
    };
    for index in 0..a.digest.sentences.len() {
        if let Some(pair) = pairs.iter().find(|p| p.a == index) {
            if !pair.moved {
                push_b_only_before(Some(pair.b), &mut rows);
            }
            rows.push(row_pair(a, b, pair));
        } else if only_a.contains(&index) {
            rows.push(row_only(a, index, "a"));
        }
    }
    push_b_only_before(None, &mut rows);
    rows
}

fn row_pair(a: &Side, b: &Side, pair: &engine::AlignedPair) -> Html {
    let sentence_a = a.digest.sentences.get(pair.a).map(|s| s.span);
    let sentence_b = b.digest.sentences.get(pair.b).map(|s| s.span);
    let marks_a: Vec<(Span, &str)> =
        pair.changes.iter().filter_map(|c| c.a.map(|s| (s, class_of(c.kind)))).collect();
    let marks_b: Vec<(Span, &str)> =
        pair.changes.iter().filter_map(|c| c.b.map(|s| (s, class_of(c.kind)))).collect();
    let changed = pair.changes.iter().any(|c| c.kind != ChangeKind::Kept);
    html! {
        <tr class={classes!("aligned", changed.then_some("changed"), pair.moved.then_some("moved"))}>
            <td>{ sentence_a.map(|s| marked(&a.text, s, &marks_a)).unwrap_or_default() }</td>
            <td>
                { sentence_b.map(|s| marked(&b.text, s, &marks_b)).unwrap_or_default() }
                if pair.moved {
                    <span class="moved-note">{" (moved)"}</span>
                }
            </td>
        </tr>
    }
}

fn row_only(side: &Side, sentence: usize, which: &str) -> Html {
    let text = side
        .digest
        .sentences
        .get(sentence)
        .map(|s| s.span.of(&side.text).to_owned())
        .unwrap_or_default();
    let label = format!("only in {}", which.to_ascii_uppercase());
    let cell = html! { <td class="only"><span class="only-label">{label}</span>{" "}{text}</td> };
    if which == "a" {
        html! { <tr class="only-a">{cell}<td class="empty"></td></tr> }
    } else {
        html! { <tr class="only-b"><td class="empty"></td>{cell}</tr> }
    }
}

fn class_of(kind: ChangeKind) -> &'static str {
    match kind {
        ChangeKind::Kept => "",
        ChangeKind::Respelled => "respelled",
        ChangeKind::Removed => "removed",
        ChangeKind::Added => "added",
    }
}

/// The sentence text with its changed word runs wrapped (`del`, `ins`, respellings marked).
fn marked(text: &str, sentence: Span, marks: &[(Span, &str)]) -> Html {
    let mut marks: Vec<(Span, &str)> = marks
        .iter()
        .copied()
        .filter(|(s, class)| !class.is_empty() && sentence.contains(*s))
        .collect();
    order::sort_by_key(&mut marks, |(s, _)| (s.start, 0));
    let mut nodes = Vec::new();
    let mut at = sentence.start;
    for (span, class) in marks {
        if span.start < at {
            continue;
        }
        nodes.push(html! { {Span::new(at, span.start).of(text).to_owned()} });
        let words = span.of(text).to_owned();
        nodes.push(match class {
            "removed" => html! { <del class="removed">{words}</del> },
            "added" => html! { <ins class="added">{words}</ins> },
            _ => html! { <mark class="respelled">{words}</mark> },
        });
        at = span.end;
    }
    nodes.push(html! { {Span::new(at, sentence.end).of(text).to_owned()} });
    html! { <>{ for nodes }</> }
}
