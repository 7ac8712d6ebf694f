//! Where the article comes in: a paste area that takes typing, clipboard HTML and dropped
//! files, plus the bundled examples.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::{
    ClipboardEvent, DragEvent, Event, FocusEvent, HtmlTextAreaElement, InputEvent, PointerEvent,
};
use yew::{Callback, Html, Properties, TargetCast, component, html, use_state_eq};

use super::paste;
use crate::model::examples::{EXAMPLE_SETS, Example, ExampleSet};
use crate::model::format;

/// Files larger than this are refused before reading: no article is this long, and reading
/// one would freeze the page.
const MAX_FILE_BYTES: f64 = 20.0 * 1024.0 * 1024.0;

/// Texts longer than this (a long report; a news story is 2 to 30 KB) are kept out of the edit
/// box until the reader asks to edit them: Chromium lays out every line of a textarea, which
/// for 1 MB costs the page about half a second on every frame that touches the layout.
pub const LARGE_TEXT: usize = 200_000;

#[derive(Properties, PartialEq)]
pub struct EditorProps {
    pub text: Rc<str>,
    pub example: Option<String>,
    /// The examples open in some article.
    pub open: Vec<String>,
    pub on_edit: Callback<String>,
    pub on_example: Callback<&'static [&'static Example]>,
    pub on_notice: Callback<String>,
    /// The reader turned to the editor (focus, a press, a file dragged in): something to read
    /// is coming, so the engine may start loading.
    pub on_warm: Callback<()>,
}

#[component(Editor)]
pub fn editor(props: &EditorProps) -> Html {
    let oninput = props
        .on_edit
        .reform(|event: InputEvent| event.target_unchecked_into::<HtmlTextAreaElement>().value());
    let onpaste = paste_handler(props.on_edit.clone(), props.on_notice.clone());
    let ondragover = Callback::from(|event: DragEvent| event.prevent_default());
    let ondrop = drop_handler(props.on_edit.clone(), props.on_notice.clone());
    let clear = props.on_edit.reform(|_| String::new());
    let onfocusin = props.on_warm.reform(|_: FocusEvent| ());
    let onpointerdown = props.on_warm.reform(|_: PointerEvent| ());
    let ondragenter = props.on_warm.reform(|_: DragEvent| ());
    let editing = use_state_eq(|| false);
    if props.text.len() > LARGE_TEXT && !*editing {
        let edit = Callback::from(move |_| editing.set(true));
        return html! {
            <section class="editor" aria-label="Article input" {onfocusin} {onpointerdown} {ondragenter}>
                <span class="editor-label">{"Article"}</span>
                <div id="paste" class="paste paste-large" tabindex="0" role="group" aria-label="Long text pasted"
                    {onpaste} {ondragover} {ondrop}>
                    <p><strong>{format!("{} of text", format::bytes(props.text.len()))}</strong></p>
                    <p>{"A text this long stays out of the edit box so the page stays quick. Paste or drop here to replace it."}</p>
                    <button type="button" class="edit-large" onclick={edit}>{"Edit the text"}</button>
                </div>
                <div class="editor-actions">
                    <button type="button" class="clear" onclick={clear}>{"Clear"}</button>
                </div>
                { examples(props) }
            </section>
        };
    }

    html! {
        <section class="editor" aria-label="Article input" {onfocusin} {onpointerdown} {ondragenter}>
            <label for="paste" class="editor-label">{"Article"}</label>
            <textarea
                id="paste"
                class="paste"
                placeholder="Paste a news article here (plain text, Markdown or a copied web page), or drop a .txt, .md or .html file."
                spellcheck="false"
                value={props.text.to_string()}
                {oninput}
                {onpaste}
                {ondragover}
                {ondrop}
            />
            <div class="editor-actions">
                <button type="button" class="clear" onclick={clear} disabled={props.text.is_empty()}>{"Clear"}</button>
            </div>
            { examples(props) }
        </section>
    }
}

fn examples(props: &EditorProps) -> Html {
    html! {
        <nav class="examples" aria-label="Examples">
            <span class="examples-label">{"Try an example:"}</span>
            { for EXAMPLE_SETS.iter().map(|set| example_button(set, props)) }
        </nav>
    }
}

fn example_button(set: &'static ExampleSet, props: &EditorProps) -> Html {
    let onclick = props.on_example.reform(move |_| set.examples);
    let all_open = set.examples.iter().all(|e| props.open.iter().any(|o| o == e.id));
    let shows_one = set.examples.iter().any(|e| props.example.as_deref() == Some(e.id));
    let current = all_open && shows_one;
    html! {
        <button type="button" class="example" data-example={set.id} aria-pressed={current.to_string()} {onclick}>
            {set.label}
        </button>
    }
}

/// Clipboard HTML is turned into text here; plain text pasted into the edit box is left to the
/// browser, whose `input` event then carries it. The long-text box has no text of its own to
/// paste into: whatever is pasted there replaces the article.
fn paste_handler(on_edit: Callback<String>, on_notice: Callback<String>) -> Callback<Event> {
    Callback::from(move |event: Event| {
        let Some(data) = event.dyn_ref::<ClipboardEvent>().and_then(ClipboardEvent::clipboard_data)
        else {
            return;
        };
        let has_html = data.get_data("text/html").is_ok_and(|html| !html.trim().is_empty());
        match event.target().and_then(|t| t.dyn_into::<HtmlTextAreaElement>().ok()) {
            Some(_) if !has_html => {}
            Some(area) => {
                event.prevent_default();
                on_edit.emit(insert_at_selection(&area, &pasted_text(&data, &on_notice)));
            }
            None => {
                event.prevent_default();
                on_edit.emit(pasted_text(&data, &on_notice));
            }
        }
    })
}

/// The clipboard's text: its HTML flavour turned into text, else its plain text.
fn pasted_text(data: &web_sys::DataTransfer, on_notice: &Callback<String>) -> String {
    let html = data.get_data("text/html").unwrap_or_default();
    let plain = || data.get_data("text/plain").unwrap_or_default();
    if !html.trim().is_empty() {
        match paste::html_to_text(&html) {
            Ok(text) if !text.trim().is_empty() => return text,
            Ok(_) => {}
            Err(message) => {
                let plain = plain();
                let instead = if plain.trim().is_empty() {
                    ""
                } else {
                    " Its plain text was pasted instead."
                };
                on_notice.emit(format!("{message}{instead}"));
                return plain;
            }
        }
    }
    plain()
}

/// The textarea's value with `pasted` replacing the selection, as a native paste would.
fn insert_at_selection(area: &HtmlTextAreaElement, pasted: &str) -> String {
    let value = area.value();
    let start = area.selection_start().ok().flatten();
    let end = area.selection_end().ok().flatten();
    let (start, end) = match (start, end) {
        (Some(start), Some(end)) => {
            (paste::utf16_to_byte(&value, start), paste::utf16_to_byte(&value, end))
        }
        _ => (value.len(), value.len()),
    };
    let (start, end) = (start.min(end), end.max(start));
    let text = format!("{}{}{}", &value[..start], pasted, &value[end..]);
    area.set_value(&text);
    text
}

/// A dropped file replaces the article; dropped text is left to the browser's own handling.
fn drop_handler(on_edit: Callback<String>, on_notice: Callback<String>) -> Callback<DragEvent> {
    Callback::from(move |event: DragEvent| {
        let Some(file) =
            event.data_transfer().and_then(|d| d.files()).and_then(|files| files.get(0))
        else {
            return;
        };
        event.prevent_default();
        let name = file.name();
        let kind = match paste::file_kind(&name, &file.type_()) {
            Ok(kind) => kind,
            Err(message) => return on_notice.emit(message),
        };
        if file.size() > MAX_FILE_BYTES {
            let megabytes = format::fixed(file.size() / (1024.0 * 1024.0), 0);
            return on_notice.emit(format!(
                "\u{201c}{name}\u{201d} is {megabytes} MB; Lede reads files up to 20 MB."
            ));
        }
        let (on_edit, on_notice) = (on_edit.clone(), on_notice.clone());
        wasm_bindgen_futures::spawn_local(async move {
            let file = gloo::file::File::from(file);
            let read = gloo::file::futures::read_as_bytes(&file)
                .await
                .map_err(|error| format!("\u{201c}{name}\u{201d} could not be read: {error}"))
                .and_then(|bytes| paste::file_text(&name, kind, bytes));
            match read {
                Ok(text) => on_edit.emit(text),
                Err(message) => on_notice.emit(message),
            }
        });
    })
}
