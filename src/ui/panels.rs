//! The cards beside the article. Every card points back at its source: clicking one brings its
//! sentences into view in the reader and marks the words it came from; clicking again clears.

use std::rc::Rc;

use yew::{Callback, Html, Properties, component, html};

use crate::engine::{Digest, Span};

use super::entities_panel::EntitiesPanel;
use super::figures_panel::FiguresPanel;
use super::quotes_card::QuotesCard;
use super::state::Focus;
use super::summary_card::SummaryCard;
use super::timeline::TimelinePanel;

#[derive(Properties, PartialEq, Clone)]
pub struct PanelProps {
    pub text: Rc<str>,
    pub digest: Rc<Digest>,
    pub focus: Option<Rc<Focus>>,
    pub on_focus: Callback<Option<Focus>>,
}

impl PanelProps {
    /// A click handler that shows `focus`, or clears it when it is already shown.
    pub fn pointer(&self, focus: Focus) -> Callback<yew::MouseEvent> {
        let active = self.is_active(&focus);
        self.on_focus.reform(move |_| (!active).then(|| focus.clone()))
    }

    pub fn is_active(&self, focus: &Focus) -> bool {
        self.focus.as_deref() == Some(focus)
    }

    /// The index of the sentence holding `span`, if any.
    pub fn sentence_at(&self, span: Span) -> Option<usize> {
        let sentences = &self.digest.sentences;
        let after = sentences.partition_point(|s| s.span.start <= span.start);
        after.checked_sub(1).filter(|&i| sentences[i].span.contains(span))
    }

    pub fn sentence_text(&self, index: usize) -> &str {
        self.digest.sentences.get(index).map_or("", |s| s.span.of(&self.text))
    }
}

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

/// What a panel says when the article gives it nothing, so "nothing found" reads as a finding.
pub fn empty_note(what: &str) -> Html {
    html! { <p class="empty-note">{what.to_owned()}</p> }
}
