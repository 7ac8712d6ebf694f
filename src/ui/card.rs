//! What every card beside the article shares: the props a panel gets (the article, its digest
//! and the page's focus), how a click points back at a source, the note for "nothing found"
//! and the copy button.

use std::rc::Rc;

use yew::{Callback, Html, Properties, html};

use super::markdown;
use super::sentences::with_delimiters;
use crate::engine::{Digest, Span};
use crate::model::same::Same;
use crate::model::state::Focus;

#[derive(Properties, PartialEq, Clone)]
pub struct PanelProps {
    pub text: Rc<str>,
    pub digest: Same<Digest>,
    pub focus: Option<Rc<Focus>>,
    pub on_focus: Callback<Option<Focus>>,
    /// Says whether a copy worked.
    pub on_notice: Callback<String>,
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

    /// A sentence's words as a card quotes them: with the emphasis signs written against its
    /// edges and without any Markdown sign.
    pub fn sentence_text(&self, index: usize) -> String {
        let sentences = &self.digest.sentences;
        let Some(sentence) = sentences.get(index) else { return String::new() };
        let from = index.checked_sub(1).and_then(|i| sentences.get(i)).map_or(0, |s| s.span.end);
        let to = sentences.get(index + 1).map_or(self.text.len(), |s| s.span.start);
        markdown::plain(with_delimiters(&self.text, sentence.span, from, to).of(&self.text))
    }
}

/// What a panel says when the article gives it nothing, so "nothing found" reads as a finding.
pub fn empty_note(what: &str) -> Html {
    html! { <p class="empty-note">{what.to_owned()}</p> }
}

/// A button that copies one card (the section `card_id`) to the clipboard as plain text.
pub fn copy_button(card_id: &'static str, on_notice: Callback<String>) -> Html {
    let onclick = Callback::from(move |_| {
        let card = gloo::utils::document()
            .get_element_by_id(card_id)
            .and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok());
        let Some(card) = card else { return };
        // The card's visible text, minus this button's own label on the heading line.
        let text = card.inner_text().replacen(COPY_LABEL, "", 1);
        let on_notice = on_notice.clone();
        wasm_bindgen_futures::spawn_local(async move {
            match super::download::copy(text).await {
                Ok(()) => on_notice.emit("The card is on the clipboard.".to_owned()),
                Err(message) => on_notice.emit(message),
            }
        });
    });
    html! {
        <button type="button" class="card-copy" {onclick} aria-label="Copy this card" title="Copy this card">
            {COPY_LABEL}
        </button>
    }
}

const COPY_LABEL: &str = "Copy";
