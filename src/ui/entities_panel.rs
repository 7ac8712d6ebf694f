//! Who and what the story is about: people, places and organisations, aliases merged; a click
//! marks every mention in the text.

use yew::{Callback, Html, classes, component, html};

use crate::engine::{Entity, EntityKind};

use super::card::{PanelProps, copy_button, empty_note};
use super::icons;
use super::window::CappedList;
use crate::model::state::Focus;

const GROUPS: [(EntityKind, &str); 3] = [
    (EntityKind::Person, "People"),
    (EntityKind::Place, "Places"),
    (EntityKind::Org, "Organisations"),
];

#[component(EntitiesPanel)]
pub fn entities_panel(props: &PanelProps) -> Html {
    let entities = &props.digest.entities;
    html! {
        <section class="panel panel-entities" id="card-entities" aria-labelledby="entities-heading">
            <header class="card-head">
                <h2 id="entities-heading">{"Entities"}</h2>
                { copy_button("card-entities", props.on_notice.clone()) }
            </header>
            if entities.is_empty() {
                { empty_note("No people, places or organisations recognised.") }
            }
            { for GROUPS.iter().map(|&(kind, title)| group(props, kind, title)) }
        </section>
    }
}

/// Entities of a kind shown before "Show all": more than a story names, so a story's group
/// shows whole; a pasted directory of thousands of names shows its first ones and the rest by
/// pages.
const MEMBERS_SHOWN: usize = 40;

fn group(props: &PanelProps, kind: EntityKind, title: &str) -> Html {
    let members: Vec<usize> = (0..props.digest.entities.len())
        .filter(|&i| props.digest.entities[i].kind == kind)
        .collect();
    if members.is_empty() {
        return Html::default();
    }
    let count = members.len();
    let item = {
        let props = props.clone();
        Callback::from(move |i: usize| {
            let entity = members.get(i).and_then(|&e| props.digest.entities.get(e));
            entity.map_or_else(Html::default, |entity| item(&props, entity))
        })
    };
    html! {
        <div class={classes!("entity-group", kind_class(kind))}>
            <h3 class="card-subheading">{icons::entity(kind)}{title.to_owned()}</h3>
            <CappedList class="entities" {count} limit={MEMBERS_SHOWN} {item} />
        </div>
    }
}

/// The class of a group (or of one entity in the compare view), which colours its icon.
pub fn kind_class(kind: EntityKind) -> &'static str {
    match kind {
        EntityKind::Person => "people",
        EntityKind::Place => "places",
        EntityKind::Org => "orgs",
    }
}

fn item(props: &PanelProps, entity: &Entity) -> Html {
    let mut sentences: Vec<usize> = entity.mentions.iter().filter_map(|m| m.sentence).collect();
    sentences.dedup();
    let focus = Focus { sentences, marks: entity.mentions.iter().map(|m| m.span).collect() };
    let pressed = props.is_active(&focus).to_string();
    let count = entity.mentions.len();
    html! {
        <li>
            <button type="button" class="source entity" aria-pressed={pressed} onclick={props.pointer(focus)}>
                <span class="entity-name">{icons::entity(entity.kind)}{entity.name.clone()}</span>
                if !entity.roles.is_empty() {
                    <span class="entity-role">{entity.roles.join(", ")}</span>
                }
                if !entity.aliases.is_empty() {
                    <span class="entity-aliases">{format!("also {}", entity.aliases.join(", "))}</span>
                }
                <span class="count">{if count == 1 { "1 mention".to_owned() } else { format!("{count} mentions") }}</span>
            </button>
        </li>
    }
}
