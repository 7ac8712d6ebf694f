//! The places of the panels still to come. They say plainly that they are empty, so nobody
//! mistakes "not built yet" for "nothing found in this article".

use yew::{Html, Properties, component, html};

#[derive(Properties, PartialEq)]
pub struct PanelProps {
    pub title: &'static str,
    pub what: &'static str,
    pub class: &'static str,
}

#[component(PendingPanel)]
pub fn pending_panel(props: &PanelProps) -> Html {
    html! {
        <section class={format!("panel panel-pending {}", props.class)} aria-label={props.title}>
            <h2>{props.title}</h2>
            <p class="pending">{"Empty for now. A coming version of Lede shows here "}{props.what}{"."}</p>
        </section>
    }
}

#[component(Panels)]
pub fn panels() -> Html {
    html! {
        <aside class="panels" aria-label="Summary cards">
            <PendingPanel class="panel-summary" title="Summary" what="the gist, the article's own highlights and its quotes" />
            <PendingPanel class="panel-timeline" title="Timeline" what="every dated event, in calendar order" />
            <PendingPanel class="panel-figures" title="Key figures" what="the numbers that matter, with what they measure" />
            <PendingPanel class="panel-entities" title="Entities" what="people, places and organisations, aliases merged" />
        </aside>
    }
}
