//! The panels of one story told by several articles: one entity per real thing with the
//! spellings each article uses, one timeline whose entries name their sources, one set of
//! figure cards with disagreements flagged.

use yew::{Callback, Html, Properties, classes, component, html, use_memo};

use std::rc::Rc;

use crate::engine::{self, Digest, FigureKind, MergedEntity, MergedFigure, MergedTimelineEntry};

use super::timeline::{precision_class, precision_label};
use super::window::CappedList;
use super::{entities_panel, figures_panel, icons};
use crate::engine::order;
use crate::model::format;
use crate::model::same::Same;

/// One article as the comparison sees it: its title, text and digest.
#[derive(Clone, PartialEq)]
pub struct Side {
    pub title: String,
    pub text: Rc<str>,
    pub digest: Same<Digest>,
}

#[derive(Properties, PartialEq)]
pub struct MergedProps {
    pub articles: Vec<Side>,
}

/// "A", "B", ... for article 0, 1, ...
fn letter(article: usize) -> String {
    char::from_u32(u32::from(b'A') + article as u32)
        .map_or_else(|| article.to_string(), String::from)
}

/// The letters of the articles, each once, in order ("A+C").
fn letters(articles: impl IntoIterator<Item = usize>) -> String {
    let mut articles: Vec<usize> = articles.into_iter().collect();
    order::sort_indices(&mut articles);
    articles.into_iter().map(letter).collect::<Vec<_>>().join("+")
}

#[component(MergedPanels)]
pub fn merged_panels(props: &MergedProps) -> Html {
    let merged = use_memo(props.articles.clone(), |articles| {
        let inputs: Vec<(&engine::Digest, &str)> =
            articles.iter().map(|s| (&*s.digest, &*s.text)).collect();
        (
            engine::merge_entities(&inputs),
            engine::merge_timeline(&inputs),
            engine::merge_figures(&inputs),
        )
    });
    let (entities, timeline, figures) = &*merged;
    let (n_entities, n_timeline, n_figures) = (entities.len(), timeline.len(), figures.len());
    // Each list renders a part and the rest by pages, as the single article's panels do.
    let pick = |pick: fn(&Merged, usize) -> Html| {
        let merged = merged.clone();
        Callback::from(move |i: usize| pick(&merged, i))
    };
    let figure_item = pick(|m, i| m.2.get(i).map_or_else(Html::default, figure));
    let entry_item = pick(|m, i| m.1.get(i).map_or_else(Html::default, entry));
    let entity_item = pick(|m, i| m.0.get(i).map_or_else(Html::default, entity));
    html! {
        <aside class="panels merged" aria-label="The story across versions">
            <section class="panel" aria-labelledby="merged-figures">
                <h2 id="merged-figures">{"Key figures, both versions"}</h2>
                <CappedList class="figures" count={n_figures} limit={FIGURES_SHOWN} item={figure_item} />
            </section>
            <section class="panel" aria-labelledby="merged-timeline">
                <h2 id="merged-timeline">{"Timeline, both versions"}</h2>
                <CappedList class="timeline" ordered=true count={n_timeline} limit={ENTRIES_SHOWN} item={entry_item} />
            </section>
            <section class="panel" aria-labelledby="merged-entities">
                <h2 id="merged-entities">{"Entities, both versions"}</h2>
                <CappedList class="entities" count={n_entities} limit={ENTITIES_SHOWN} item={entity_item} />
            </section>
        </aside>
    }
}

/// What the merged panels hold: entities, timeline and figures of every version.
type Merged = (Vec<MergedEntity>, Vec<MergedTimelineEntry>, Vec<MergedFigure>);

/// Entries of each merged list shown before "Show all" (more than two versions of a story have).
const FIGURES_SHOWN: usize = 40;
const ENTRIES_SHOWN: usize = 60;
const ENTITIES_SHOWN: usize = 60;

fn entity(entity: &MergedEntity) -> Html {
    let forms = entity.forms.iter().map(|form| {
        html! { <li><span class="form">{form.text.clone()}</span><span class="sources">{letters(form.articles.clone())}</span></li> }
    });
    html! {
        <li class={entities_panel::kind_class(entity.kind)}>
            <span class="entity-name">{icons::entity(entity.kind)}{entity.name.clone()}</span>
            if entity.forms.len() > 1 {
                <ul class="forms">{ for forms }</ul>
            }
        </li>
    }
}

fn entry(entry: &MergedTimelineEntry) -> Html {
    let sources = letters(entry.sources.iter().map(|s| s.article));
    html! {
        <li class={classes!("entry", precision_class(entry.precision))}>
            {icons::precision(entry.precision)}
            <span class="when">{format::timex(&entry.value)}</span>
            <span class="precision">{precision_label(entry.precision)}</span>
            <span class="sources">{sources}</span>
            if let Some(event) = &entry.event {
                <span class="event">{event.clone()}</span>
            }
        </li>
    }
}

fn figure(figure: &MergedFigure) -> Html {
    let sources = letters(figure.sources.iter().map(|s| s.article));
    let values: Vec<String> = figure
        .sources
        .iter()
        .map(|s| match figure.kind {
            FigureKind::Score => {
                format!("{} {}", letter(s.article), format::score(s.value, s.against))
            }
            _ => format!("{} {}", letter(s.article), format::thousands(s.value)),
        })
        .collect();
    html! {
        <li class={classes!("figure-card", figures_panel::kind_class(figure.kind), figure.conflict.then_some("conflict"))}>
            {icons::figure(figure.kind)}
            if figure.kind == FigureKind::Score {
                <span class="value">{format::score(figure.value, figure.against)}</span>
            } else {
                <span class="value">{format::compact(figure.value)}{" "}<span class="unit">{figure.unit.clone()}</span></span>
            }
            <span class="figure-label">{figure.about.clone()}</span>
            <span class="sources">{sources}</span>
            if figure.conflict {
                <span class="conflict-note">{format!("The versions disagree: {}", values.join(", "))}</span>
            }
        </li>
    }
}
