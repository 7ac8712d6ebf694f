//! The cards beside the article. Every card points back at its source: clicking one brings its
//! sentences into view in the reader and marks the words it came from; clicking again clears.

use yew::{Html, component, html};

use super::card::PanelProps;
use super::entities_panel::EntitiesPanel;
use super::figures_panel::FiguresPanel;
use super::quotes_card::QuotesCard;
use super::summary_card::SummaryCard;
use super::timeline::TimelinePanel;

#[component(Panels)]
pub fn panels(props: &PanelProps) -> Html {
    html! {
        <aside class="panels" aria-label="Summary cards">
            <SummaryCard ..props.clone() />
            <FiguresPanel ..props.clone() />
            <TimelinePanel ..props.clone() />
            <EntitiesPanel ..props.clone() />
            <QuotesCard ..props.clone() />
        </aside>
    }
}
