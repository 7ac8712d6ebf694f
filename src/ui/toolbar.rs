//! Taking things out and bringing them back: the brief (copy, Markdown, the gold JSON) of the
//! article on show, and a backup of every article (export, import, delete all).

use std::rc::Rc;

use web_sys::HtmlInputElement;
use yew::{Callback, Html, Properties, TargetCast, component, html, use_state};

use crate::engine::{Digest, brief, gold};

use super::download;
use crate::model::same::Same;

#[derive(Properties, PartialEq)]
pub struct ToolbarProps {
    pub title: String,
    pub text: Rc<str>,
    pub digest: Same<Digest>,
    pub articles: usize,
    pub on_notice: Callback<String>,
    pub on_export: Callback<()>,
    /// The contents of a backup file the reader chose.
    pub on_import: Callback<String>,
    pub on_delete_all: Callback<()>,
}

#[component(Toolbar)]
pub fn toolbar(props: &ToolbarProps) -> Html {
    let confirming = use_state(|| false);
    let stem = download::file_stem(&props.title);
    let markdown = {
        let (digest, text, notice, stem) =
            (props.digest.clone(), props.text.clone(), props.on_notice.clone(), stem.clone());
        Callback::from(move |_| {
            let brief = brief::brief(&digest, &text);
            if let Err(message) = download::download(&format!("{stem}.md"), "text/markdown", &brief)
            {
                notice.emit(message);
            }
        })
    };
    let json = {
        let (digest, text, notice) =
            (props.digest.clone(), props.text.clone(), props.on_notice.clone());
        Callback::from(move |_| {
            let view = gold::gold_view(&stem, &digest, &text);
            let written = serde_json::to_string_pretty(&view).map_err(|e| e.to_string());
            let saved = written.and_then(|json| {
                download::download(&format!("{stem}.json"), "application/json", &json)
            });
            if let Err(message) = saved {
                notice.emit(message);
            }
        })
    };
    let copy = {
        let (digest, text, notice) =
            (props.digest.clone(), props.text.clone(), props.on_notice.clone());
        Callback::from(move |_| {
            let brief = brief::brief(&digest, &text);
            let notice = notice.clone();
            wasm_bindgen_futures::spawn_local(async move {
                match download::copy(brief).await {
                    Ok(()) => notice.emit("The brief is on the clipboard, as Markdown.".to_owned()),
                    Err(message) => notice.emit(message),
                }
            });
        })
    };
    let import = {
        let (on_import, notice) = (props.on_import.clone(), props.on_notice.clone());
        Callback::from(move |event: yew::Event| {
            let input: HtmlInputElement = event.target_unchecked_into();
            let Some(file) = input.files().and_then(|files| files.get(0)) else { return };
            input.set_value("");
            let (on_import, notice) = (on_import.clone(), notice.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let name = file.name();
                let file = gloo::file::File::from(file);
                match gloo::file::futures::read_as_text(&file).await {
                    Ok(json) => on_import.emit(json),
                    Err(error) => {
                        notice.emit(format!("\u{201c}{name}\u{201d} could not be read: {error}"))
                    }
                }
            });
        })
    };
    let delete = {
        let (confirming, on_delete_all) = (confirming.clone(), props.on_delete_all.clone());
        Callback::from(move |_| {
            if *confirming {
                on_delete_all.emit(());
            }
            confirming.set(!*confirming);
        })
    };
    let keep = {
        let confirming = confirming.clone();
        Callback::from(move |_| confirming.set(false))
    };
    let has_text = !props.text.trim().is_empty();
    html! {
        <div class="toolbar" role="toolbar" aria-label="Share and back up">
            <span class="toolbar-group">
                <button type="button" class="tool copy-brief" onclick={copy} disabled={!has_text}>{"Copy brief"}</button>
                <button type="button" class="tool download-md" onclick={markdown} disabled={!has_text}>{"Download .md"}</button>
                <button type="button" class="tool download-json" onclick={json} disabled={!has_text}>{"Download .json"}</button>
            </span>
            <span class="toolbar-group">
                <button type="button" class="tool export" onclick={props.on_export.reform(|_| ())}>{"Export all"}</button>
                <label class="tool import">
                    {"Import\u{2026}"}
                    <input type="file" accept=".json,application/json" class="visually-hidden" onchange={import} />
                </label>
                if *confirming {
                    <button type="button" class="tool danger" onclick={delete}>
                        {format!("Really delete {} article{}?", props.articles, if props.articles == 1 { "" } else { "s" })}
                    </button>
                    <button type="button" class="tool" onclick={keep}>{"Keep them"}</button>
                } else {
                    <button type="button" class="tool delete-all" onclick={delete}>{"Delete all"}</button>
                }
            </span>
        </div>
    }
}
