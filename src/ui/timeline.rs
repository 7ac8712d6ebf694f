//! What happened when: dated events in calendar order, with "now" (the publication date)
//! between what has happened and what is to come.

use yew::{Callback, Html, classes, component, html};

use crate::engine::{Precision, Relation, TimelineEntry};

use super::card::{PanelProps, copy_button, empty_note};
use super::icons;
use super::window::CappedList;
use crate::model::format;
use crate::model::state::Focus;

/// Entries shown before "Show all": more than a news story dates, so a story's timeline shows
/// whole; a pasted chronicle of thousands of dates shows its first ones and the rest by pages.
const ENTRIES_SHOWN: usize = 60;

/// A row of the timeline: an entry (by index into the digest's timeline) or "now".
#[derive(Clone, Copy, PartialEq)]
enum Row {
    Entry(usize),
    Now,
}

#[component(TimelinePanel)]
pub fn timeline_panel(props: &PanelProps) -> Html {
    let digest = &props.digest;
    let entries = &digest.dates.timeline;
    let (known, unknown): (Vec<usize>, Vec<usize>) = (0..entries.len()).partition(|&i| {
        let e = &entries[i];
        e.relation.is_some() || !e.year_inferred && has_year(e)
    });
    // "Now" goes before the first event still to come.
    let now_at = known
        .iter()
        .position(|&i| entries[i].relation == Some(Relation::After))
        .unwrap_or(known.len());
    let mut rows: Vec<Row> = known.into_iter().map(Row::Entry).collect();
    if digest.published.is_some() {
        rows.insert(now_at, Row::Now);
    }
    let list = |rows: Vec<Row>| {
        let count = rows.len();
        let props = props.clone();
        let item = Callback::from(move |i: usize| match rows.get(i) {
            Some(Row::Now) => now_row(&props),
            Some(&Row::Entry(e)) => {
                props.digest.dates.timeline.get(e).map_or_else(Html::default, |e| entry(&props, e))
            }
            None => Html::default(),
        });
        html! { <CappedList class="timeline" ordered=true {count} limit={ENTRIES_SHOWN} {item} /> }
    };
    let unknown: Vec<Row> = unknown.into_iter().map(Row::Entry).collect();
    html! {
        <section class="panel panel-timeline" id="card-timeline" aria-labelledby="timeline-heading">
            <header class="card-head">
                <h2 id="timeline-heading">{"Timeline"}</h2>
                { copy_button("card-timeline", props.on_notice.clone()) }
            </header>
            if entries.is_empty() {
                { empty_note("The article names no dates.") }
            } else {
                { list(rows) }
            }
            if !unknown.is_empty() {
                <h3 class="card-subheading">{"Year not given"}</h3>
                <p class="card-note">{"Set the publication date above to place these."}</p>
                { list(unknown) }
            }
        </section>
    }
}

fn now_row(props: &PanelProps) -> Html {
    let Some(published) = props.digest.published else { return Html::default() };
    let now = format::long_date(published.date);
    html! {
        <li class="now" aria-label="Publication date">
            <span class="now-label">{"Now"}</span>
            <span class="now-date">{format!("published {now}")}</span>
        </li>
    }
}

fn has_year(entry: &TimelineEntry) -> bool {
    !format::timex(&entry.value).contains("year unknown")
}

fn entry(props: &PanelProps, entry: &TimelineEntry) -> Html {
    let marks = entry
        .mentions
        .iter()
        .filter_map(|&m| props.digest.dates.mentions.get(m))
        .map(|m| m.span)
        .collect();
    let focus = Focus { sentences: entry.sentences.clone(), marks };
    let pressed = props.is_active(&focus).to_string();
    let event = entry
        .event
        .clone()
        .or_else(|| entry.sentences.first().map(|&s| props.sentence_text(s)))
        .unwrap_or_else(|| "Date of publication".to_owned());
    let relation = match entry.relation {
        Some(Relation::Before) => "past",
        Some(Relation::Current) => "current",
        Some(Relation::After) => "future",
        None => "undated",
    };
    let mentions = entry.sentences.len();
    html! {
        <li class={classes!("entry", precision_class(entry.precision), relation)}>
            <button type="button" class="source" aria-pressed={pressed} onclick={props.pointer(focus)}>
                {icons::precision(entry.precision)}
                <span class="when">
                    {format::timex(&entry.value)}
                    if entry.year_inferred {
                        <abbr class="inferred" title="Year inferred from the article, not written in it">{" ?"}</abbr>
                    }
                </span>
                <span class="precision">{precision_label(entry.precision)}</span>
                <span class="event">{event}</span>
                if mentions > 1 {
                    <span class="count">{format!("{mentions} mentions")}</span>
                }
            </button>
        </li>
    }
}

/// The entry's class, which colours its icon and precision label alike.
pub fn precision_class(precision: Precision) -> &'static str {
    match precision {
        Precision::Day => "precision-day",
        Precision::Week => "precision-week",
        Precision::Month => "precision-month",
        Precision::Season => "precision-season",
        Precision::Year => "precision-year",
        Precision::Decade => "precision-decade",
        Precision::Century => "precision-century",
    }
}

pub fn precision_label(precision: Precision) -> &'static str {
    match precision {
        Precision::Day => "day",
        Precision::Week => "week",
        Precision::Month => "month",
        Precision::Season => "season",
        Precision::Year => "year",
        Precision::Decade => "decade",
        Precision::Century => "century",
    }
}
