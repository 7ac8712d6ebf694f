//! Who said what: direct quotes with their speakers, reported speech apart.

use yew::{Callback, Html, component, html};

use crate::engine::{self, Quote, QuoteKind};

use super::card::{PanelProps, copy_button, empty_note};
use super::window::{CappedList, Folded};
use crate::model::state::Focus;

#[component(QuotesCard)]
pub fn quotes_card(props: &PanelProps) -> Html {
    let quotes = &props.digest.quotes;
    let (direct, reported): (Vec<usize>, Vec<usize>) =
        (0..quotes.len()).partition(|&i| quotes[i].kind != QuoteKind::Paraphrase);
    html! {
        <section class="panel panel-quotes" id="card-quotes" aria-labelledby="quotes-heading">
            <header class="card-head">
                <h2 id="quotes-heading">{"Quotes"}</h2>
                { copy_button("card-quotes", props.on_notice.clone()) }
            </header>
            if direct.is_empty() {
                { empty_note("No one is quoted directly.") }
            } else {
                { quote_list(props, direct) }
            }
            if !reported.is_empty() {
                <Folded class="reported" summary={format!("Reported speech ({})", reported.len())}
                    contents={ let props = props.clone(); Callback::from(move |()| quote_list(&props, reported.clone())) } />
            }
        </section>
    }
}

/// Quotes shown before "Show all": a story quotes a handful of people; a pasted report can
/// quote thousands, and the card stays a card.
const QUOTES_SHOWN: usize = 12;

fn quote_list(props: &PanelProps, quotes: Vec<usize>) -> Html {
    let count = quotes.len();
    let props = props.clone();
    let item = Callback::from(move |i: usize| {
        let quote = quotes.get(i).and_then(|&q| props.digest.quotes.get(q));
        quote.map_or_else(Html::default, |quote| quote_item(&props, quote))
    });
    html! { <CappedList class="quotes" {count} limit={QUOTES_SHOWN} {item} /> }
}

fn quote_item(props: &PanelProps, quote: &Quote) -> Html {
    let text = &props.text;
    let focus = Focus { sentences: quote.sentences.clone().collect(), marks: quote.parts.clone() };
    let pressed = props.is_active(&focus).to_string();
    let role = quote
        .speaker
        .as_ref()
        .and_then(|s| s.name.and(s.role))
        .map(|role| role.of(text).to_owned());
    let words = quote.text(text);
    let shown = match quote.kind {
        QuoteKind::Paraphrase => words,
        _ => format!("\u{201c}{words}\u{201d}"),
    };
    html! {
        <li>
            <button type="button" class="source quote" aria-pressed={pressed} onclick={props.pointer(focus)}>
                <span class="quote-text">{shown}</span>
            </button>
            <span class="speaker">
                {"\u{2014} "}{ speaker(props, quote) }
                if let Some(role) = role {
                    <span class="speaker-role">{format!(", {role}")}</span>
                }
            </span>
        </li>
    }
}

/// The speaker's name; when the entity panel knows the speaker, a link that marks every
/// mention of them, as the panel's own entry does.
fn speaker(props: &PanelProps, quote: &Quote) -> Html {
    let Some(speaker) = quote.speaker.as_ref() else {
        return html! { {"unattributed"} };
    };
    let label = speaker.label(&props.text).to_owned();
    let entity = engine::links::speaker_entity(&props.digest, quote)
        .and_then(|index| props.digest.entities.get(index));
    match entity {
        Some(entity) => {
            let mut sentences: Vec<usize> =
                entity.mentions.iter().filter_map(|m| m.sentence).collect();
            sentences.dedup();
            let focus =
                Focus { sentences, marks: entity.mentions.iter().map(|m| m.span).collect() };
            let pressed = props.is_active(&focus).to_string();
            html! {
                <button type="button" class="entity-link" aria-pressed={pressed} onclick={props.pointer(focus)}
                    title={format!("Show every mention of {}", entity.name)}>
                    {label}
                </button>
            }
        }
        None => html! { {label} },
    }
}
