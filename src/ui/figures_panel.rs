//! Key figures: each number that matters, with what it measures, most newsworthy first.

use yew::{Callback, Html, component, html};

use crate::engine::{Figure, FigureKind};

use super::card::{PanelProps, copy_button, empty_note};
use super::icons;
use super::window::CappedList;
use crate::engine::order;
use crate::model::format;
use crate::model::state::Focus;

/// Figures shown before "Show all", most newsworthy first: the card is for the figures that
/// carry the story (a market report can quote dozens), and each card costs the page a frame's
/// worth of drawing on every paste.
const FIGURES_SHOWN: usize = 8;

#[component(FiguresPanel)]
pub fn figures_panel(props: &PanelProps) -> Html {
    let figures = &props.digest.figures;
    let mut ranked: Vec<usize> = (0..figures.len()).collect();
    order::sort_by_key(&mut ranked, |&i| (figures[i].rank, 0));
    let count = ranked.len();
    let item = {
        let props = props.clone();
        Callback::from(move |i: usize| {
            let figure = ranked.get(i).and_then(|&f| props.digest.figures.get(f));
            figure.map_or_else(Html::default, |figure| card(&props, figure))
        })
    };
    html! {
        <section class="panel panel-figures" id="card-figures" aria-labelledby="figures-heading">
            <header class="card-head">
                <h2 id="figures-heading">{"Key figures"}</h2>
                { copy_button("card-figures", props.on_notice.clone()) }
            </header>
            if count == 0 {
                { empty_note("No figures in this article.") }
            } else {
                <CappedList class="figures" {count} limit={FIGURES_SHOWN} {item} />
            }
        </section>
    }
}

fn card(props: &PanelProps, figure: &Figure) -> Html {
    let focus = Focus {
        sentences: figure.mentions.iter().map(|m| m.sentence).collect(),
        marks: figure.mentions.iter().map(|m| m.span).collect(),
    };
    let pressed = props.is_active(&focus).to_string();
    let noun =
        matches!(figure.kind, FigureKind::Count | FigureKind::Measure).then(|| figure.unit.clone());
    let label = figure.label();
    html! {
        <li class={kind_class(figure.kind)}>
            <button type="button" class="source figure" aria-pressed={pressed} onclick={props.pointer(focus)}>
                <span class="figure-number">
                    {icons::figure(figure.kind)}
                    if let Some(qualifier) = figure.qualifier {
                        <span class="qualifier">{format::qualifier(qualifier)}{" "}</span>
                    }
                    <span class="value">{format::figure_value(figure)}</span>
                    if let Some(noun) = noun {
                        <span class="unit">{" "}{noun}</span>
                    }
                </span>
                <span class="figure-label">{ if label.is_empty() { figure.span.of(&props.text).to_owned() } else { label } }</span>
                if let Some(change) = figure.change {
                    <span class="change">
                        {format::change(change.direction)}
                        if let Some(reference) = change.reference {
                            {format!(" vs {}", reference.of(&props.text))}
                        }
                    </span>
                }
                if figure.mentions.len() > 1 {
                    <span class="count">{format!("{} mentions", figure.mentions.len())}</span>
                }
            </button>
        </li>
    }
}

/// The card's class, which colours its icon and value alike (here and in the compare view).
pub fn kind_class(kind: FigureKind) -> &'static str {
    match kind {
        FigureKind::Percent => "figure-percent",
        FigureKind::Points => "figure-points",
        FigureKind::Money => "figure-money",
        FigureKind::Count => "figure-count",
        FigureKind::Measure => "figure-measure",
        FigureKind::Score => "figure-score",
    }
}
