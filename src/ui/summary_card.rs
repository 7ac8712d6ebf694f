//! The story in a few lines: the gist, the sentences that carry it, the article's own bullets.

use yew::{Html, component, html};

use super::card::{PanelProps, copy_button, empty_note};
use super::markdown;
use crate::model::format::summary_scope;
use crate::model::state::Focus;

#[component(SummaryCard)]
pub fn summary_card(props: &PanelProps) -> Html {
    let digest = &props.digest;
    let summary = &digest.summary;
    let gist = summary.gist.as_ref().map(|gist| {
        let focus = Focus { sentences: props.sentence_at(gist.span).into_iter().collect(), marks: vec![] };
        let pressed = props.is_active(&focus).to_string();
        html! {
            <p class="gist">
                <button type="button" class="source" aria-pressed={pressed} onclick={props.pointer(focus)}>
                    {gist.text.clone()}
                </button>
            </p>
        }
    });
    let sentences = summary.sentences.iter().map(|&index| {
        let focus = Focus { sentences: vec![index], marks: vec![] };
        let pressed = props.is_active(&focus).to_string();
        html! {
            <li>
                <button type="button" class="source" aria-pressed={pressed} onclick={props.pointer(focus)}>
                    {props.sentence_text(index)}
                </button>
            </li>
        }
    });
    let highlights: Vec<Html> = digest
        .highlights
        .iter()
        .filter_map(|&p| digest.paragraphs.get(p))
        .map(|paragraph| {
            let focus = Focus { sentences: paragraph.sentences.clone().collect(), marks: vec![] };
            html! {
                <li>
                    <button type="button" class="source" onclick={props.pointer(focus)}>
                        {markdown::plain(paragraph.span.of(&props.text))}
                    </button>
                </li>
            }
        })
        .collect();
    html! {
        <section class="panel panel-summary" id="card-summary" aria-labelledby="summary-heading">
            <header class="card-head">
                <h2 id="summary-heading">{"Summary"}</h2>
                { copy_button("card-summary", props.on_notice.clone()) }
            </header>
            if gist.is_none() && summary.sentences.is_empty() {
                { empty_note("Nothing to summarise yet.") }
            }
            { for gist }
            if let Some(scope) = summary_scope(summary) {
                <p class="card-note summary-scope">{scope}</p>
            }
            if !summary.sentences.is_empty() {
                <ol class="summary-sentences">{ for sentences }</ol>
            }
            if !highlights.is_empty() {
                <h3 class="card-subheading">{"The article\u{2019}s highlights"}</h3>
                <ul class="card-highlights">{ for highlights }</ul>
            }
        </section>
    }
}
