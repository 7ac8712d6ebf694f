//! Find in the article: a field above the reader view. Every match is marked in the text (as a
//! card marks its source, through the page's focus), the current one stands out (`aria-current`) and is brought
//! into view; Enter and Shift+Enter step through them, Esc clears, `/` comes here.

use std::collections::BTreeSet;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::{
    Element, HtmlElement, HtmlInputElement, KeyboardEvent, ScrollBehavior, ScrollIntoViewOptions,
    ScrollLogicalPosition,
};
use yew::{
    Callback, Html, Properties, TargetCast, component, html, use_effect_with, use_memo,
    use_mut_ref, use_state,
};

use crate::engine::{BlockKind, Digest, Role, Span};

use super::same::Same;
use super::sentences::sentence_id;
use super::state::Focus;

/// At most this many matches are marked: past it, a one-letter query in a long paste would only
/// slow the page down; the count still says how many there are.
pub const MAX_MARKS: usize = 1_000;

const FIELD_ID: &str = "find-in-article";

/// A query folded for matching: lower case, any run of white space as one space. Matching is on
/// characters, never bytes, so a match always starts and ends on a character boundary, and runs
/// in time linear in the text (Knuth–Morris–Pratt), whatever the query.
pub struct Matcher {
    needle: Vec<char>,
    /// For each prefix of the needle, the length of its longest proper border.
    border: Vec<usize>,
}

/// How a character compares: `to_lowercase`, with the final sigma read as a sigma (Greek words
/// end in ς where a capital Σ lowers to σ).
fn fold(c: char) -> impl Iterator<Item = char> {
    c.to_lowercase().map(|l| if l == 'ς' { 'σ' } else { l })
}

impl Matcher {
    /// None when the query has nothing to look for (empty, or only white space).
    pub fn new(query: &str) -> Option<Self> {
        let mut needle = Vec::new();
        for c in query.chars() {
            if c.is_whitespace() {
                if needle.last() != Some(&' ') {
                    needle.push(' ');
                }
            } else {
                needle.extend(fold(c));
            }
        }
        if needle.iter().all(|&c| c == ' ') {
            return None;
        }
        let mut border = vec![0; needle.len()];
        let mut k = 0;
        for i in 1..needle.len() {
            while k > 0 && needle[i] != needle[k] {
                k = border[k - 1];
            }
            if needle[i] == needle[k] {
                k += 1;
            }
            border[i] = k;
        }
        Some(Self { needle, border })
    }

    /// Calls `found` with the byte range of each match in `text`, left to right, never
    /// overlapping. A character that folds to several (İ) is matched whole or not at all.
    pub fn find(&self, text: &str, mut found: impl FnMut(usize, usize)) {
        let m = self.needle.len();
        // Where each of the last `m` folded characters came from: (byte start, first of its char).
        let mut origin = vec![(0, false); m];
        let (mut matched, mut seen, mut in_space) = (0, 0, false);
        let mut push = |c: char, start: usize, end: usize, first: bool, last: bool| {
            while matched > 0 && self.needle[matched] != c {
                matched = self.border[matched - 1];
            }
            if self.needle[matched] == c {
                matched += 1;
            }
            origin[seen % m] = (start, first);
            seen += 1;
            if matched == m {
                let (from, whole) = origin[seen % m];
                if whole && last {
                    found(from, end);
                    matched = 0;
                } else {
                    matched = self.border[m - 1];
                }
            }
        };
        for (at, c) in text.char_indices() {
            let end = at + c.len_utf8();
            if c.is_whitespace() {
                if !in_space {
                    push(' ', at, end, true, true);
                }
                in_space = true;
                continue;
            }
            in_space = false;
            let mut folded = fold(c).peekable();
            let mut first = true;
            while let Some(f) = folded.next() {
                push(f, at, end, first, folded.peek().is_none());
                first = false;
            }
        }
    }
}

/// Every match of `query` in `text`, as byte ranges (what the browser tests check).
pub fn find_all(text: &str, query: &str) -> Vec<(usize, usize)> {
    let mut all = Vec::new();
    if let Some(matcher) = Matcher::new(query) {
        matcher.find(text, |start, end| all.push((start, end)));
    }
    all
}

/// The element of the reader view that shows a match: a sentence, or a paragraph the engine did
/// not split into sentences (a chrome line the reader kept).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Place {
    Sentence(usize),
    Paragraph(usize),
}

impl Place {
    fn element(self) -> Option<Element> {
        let id = match self {
            Place::Sentence(index) => sentence_id(index),
            Place::Paragraph(index) => format!("p-{index}"),
        };
        gloo::utils::document().get_element_by_id(&id)
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
struct Hit {
    span: Span,
    place: Place,
}

/// The matches of one query in one text.
#[derive(Debug, Default, PartialEq)]
struct Found {
    query: String,
    /// The first [`MAX_MARKS`] matches, in reading order.
    hits: Vec<Hit>,
    total: usize,
    /// How many sentences hold a match.
    places: usize,
}

impl Found {
    /// Looks in what the reader view shows, unit by unit as it renders them (a match never
    /// spans two sentences: the view marks inside one sentence at a time).
    fn new(text: &str, digest: &Digest, kept: &BTreeSet<String>, query: &str) -> Self {
        let mut found = Found { query: query.to_owned(), ..Found::default() };
        let Some(matcher) = Matcher::new(query) else { return found };
        let headline = digest.paragraphs.iter().position(|p| p.role == Role::Headline);
        for (index, paragraph) in digest.paragraphs.iter().enumerate() {
            let shown = match paragraph.role {
                Role::Headline => headline == Some(index),
                Role::Highlight => digest.highlights.contains(&index),
                Role::Body | Role::Subheading => true,
                Role::Chrome(_) => kept.contains(paragraph.span.of(text)),
                Role::Byline | Role::Timestamp | Role::Dateline => false,
            };
            // Code is shown as written, with nothing marked in it.
            if !shown || paragraph.kind == BlockKind::Code {
                continue;
            }
            if paragraph.sentences.is_empty() {
                found.look(&matcher, text, paragraph.span, Place::Paragraph(index));
            }
            for sentence in paragraph.sentences.clone() {
                if let Some(s) = digest.sentences.get(sentence) {
                    found.look(&matcher, text, s.span, Place::Sentence(sentence));
                }
            }
        }
        found
    }

    fn look(&mut self, matcher: &Matcher, text: &str, unit: Span, place: Place) {
        let before = self.total;
        matcher.find(unit.of(text), |start, end| {
            self.total += 1;
            if self.hits.len() < MAX_MARKS {
                let span = Span::new(unit.start + start, unit.start + end);
                self.hits.push(Hit { span, place });
            }
        });
        if self.total > before {
            self.places += 1;
        }
    }

    /// The focus that marks every match and, if `current` is given, brings that one into view.
    fn focus(&self, current: Option<usize>) -> Focus {
        let sentences = match current.and_then(|i| self.hits.get(i)).map(|h| h.place) {
            Some(Place::Sentence(index)) => vec![index],
            _ => Vec::new(),
        };
        Focus { sentences, marks: self.hits.iter().map(|h| h.span).collect() }
    }

    /// "4 matches in 3 sentences · 2 of 4".
    fn status(&self, current: Option<usize>) -> String {
        if self.query.trim().is_empty() {
            return String::new();
        }
        if self.total == 0 {
            return "No match".to_owned();
        }
        let plural = |n: usize, one: &str, many: &str| {
            format!("{} {}", thousands(n), if n == 1 { one } else { many })
        };
        let mut status = format!(
            "{} in {}",
            plural(self.total, "match", "matches"),
            plural(self.places, "sentence", "sentences")
        );
        if self.total > self.hits.len() {
            status.push_str(&format!(" (the first {} marked)", thousands(self.hits.len())));
        }
        if let Some(i) = current {
            status.push_str(&format!(" \u{b7} {} of {}", i + 1, thousands(self.hits.len())));
        }
        status
    }
}

fn thousands(n: usize) -> String {
    super::format::thousands(n as f64)
}

#[derive(Properties, PartialEq)]
pub struct SearchProps {
    pub text: Rc<str>,
    pub digest: Same<Digest>,
    /// Chrome lines the reader kept: the view shows them, so they are searched too.
    pub kept: Rc<BTreeSet<String>>,
    pub focus: Option<Rc<Focus>>,
    pub on_focus: Callback<Option<Focus>>,
}

#[component(Search)]
pub fn search(props: &SearchProps) -> Html {
    let query = use_state(String::new);
    // The match the reader is at; none until a query is typed (or after the text changed).
    let at = use_state(|| None::<usize>);
    let found = use_memo(
        (
            Same::new(props.text.clone()),
            props.digest.clone(),
            Same::new(props.kept.clone()),
            (*query).clone(),
        ),
        |(text, digest, kept, query)| Found::new(text, digest, kept, query),
    );
    // The focus this field last asked for: a card's focus is never cleared from here.
    let ours = use_mut_ref(|| None::<Focus>);
    let ask = {
        let (ours, on_focus, shown) = (ours.clone(), props.on_focus.clone(), props.focus.clone());
        move |focus: Option<Focus>| {
            let showing_ours = shown.as_deref().is_some_and(|f| Some(f) == ours.borrow().as_ref());
            if focus.is_some() || showing_ours {
                on_focus.emit(focus.clone());
            }
            *ours.borrow_mut() = focus;
        }
    };
    {
        // New matches: a new query goes to its first match; the same query in a changed text
        // only marks, so editing the article does not scroll the reader away.
        let (ask, at, last_query) = (ask.clone(), at.clone(), use_mut_ref(String::new));
        // By identity: a new reading can find the same matches, and still needs them marked.
        use_effect_with(Same::new(found.clone()), move |found| {
            let found: &Found = found;
            let fresh = std::mem::replace(&mut *last_query.borrow_mut(), found.query.clone())
                != found.query;
            let current = (fresh && !found.hits.is_empty()).then_some(0);
            at.set(current);
            ask((!found.hits.is_empty()).then(|| found.focus(current)));
        });
    }
    use_current_mark(&found, *at, props.focus.clone(), ours.borrow().clone());
    let step = {
        let (found, at, ask) = (found.clone(), at.clone(), ask.clone());
        Callback::from(move |forward: bool| {
            let n = found.hits.len();
            if n == 0 {
                return;
            }
            let next = match (*at, forward) {
                (None, true) => 0,
                (None, false) => n - 1,
                (Some(i), true) => (i + 1) % n,
                (Some(i), false) => (i + n - 1) % n,
            };
            at.set(Some(next));
            ask(Some(found.focus(Some(next))));
        })
    };
    let oninput = {
        let query = query.clone();
        Callback::from(move |event: yew::InputEvent| {
            query.set(event.target_unchecked_into::<HtmlInputElement>().value());
        })
    };
    let onkeydown = {
        let (query, step) = (query.clone(), step.clone());
        Callback::from(move |event: KeyboardEvent| match event.key().as_str() {
            "Enter" => {
                event.prevent_default();
                step.emit(!event.shift_key());
            }
            "Escape" => query.set(String::new()),
            _ => {}
        })
    };
    if props.digest.paragraphs.is_empty() {
        return Html::default();
    }
    let none = found.hits.is_empty();
    html! {
        <div class="search" role="search">
            <label class="visually-hidden" for={FIELD_ID}>{"Find in article"}</label>
            <input type="search" id={FIELD_ID} class="search-field" placeholder="Find in article  ( / )"
                autocomplete="off" spellcheck="false" value={(*query).clone()} {oninput} {onkeydown} />
            <button type="button" class="search-step" aria-label="Previous match" title="Previous match (Shift+Enter)"
                disabled={none} onclick={step.reform(|_| false)}>{"\u{2191}"}</button>
            <button type="button" class="search-step" aria-label="Next match" title="Next match (Enter)"
                disabled={none} onclick={step.reform(|_| true)}>{"\u{2193}"}</button>
            <span class="search-status" role="status">{found.status(*at)}</span>
        </div>
    }
}

/// Picks out the current match among the marks (`aria-current`) and brings it into view. The
/// reader view marks every match alike (it only knows the focus), so the current one is singled
/// out here, in the DOM, once the view has rendered the focus.
#[yew::hook]
fn use_current_mark(
    found: &Rc<Found>,
    at: Option<usize>,
    shown: Option<Rc<Focus>>,
    ours: Option<Focus>,
) {
    let tagged = use_mut_ref(|| None::<Element>);
    use_effect_with((found.clone(), at, shown), move |(found, at, shown)| {
        if let Some(old) = tagged.borrow_mut().take() {
            let _ = old.remove_attribute("aria-current");
        }
        let showing_ours = ours.is_some() && shown.as_deref() == ours.as_ref();
        let Some(i) = at.filter(|_| showing_ours) else { return };
        let Some(hit) = found.hits.get(i) else { return };
        // The hit is the k-th mark of its sentence.
        let k = found.hits[..i].iter().rev().take_while(|h| h.place == hit.place).count();
        let mark = hit
            .place
            .element()
            .and_then(|e| e.query_selector_all("mark").ok())
            .and_then(|marks| marks.item(k as u32))
            .and_then(|node| node.dyn_into::<Element>().ok());
        if let Some(mark) = mark {
            let _ = mark.set_attribute("aria-current", "true");
            let options = ScrollIntoViewOptions::new();
            options.set_behavior(ScrollBehavior::Smooth);
            options.set_block(ScrollLogicalPosition::Center);
            mark.scroll_into_view_with_scroll_into_view_options(&options);
            *tagged.borrow_mut() = Some(mark);
        }
    });
}

/// Moves keyboard focus to the search field (the `/` shortcut).
pub fn focus_field() {
    if let Some(field) = gloo::utils::document().get_element_by_id(FIELD_ID)
        && let Ok(field) = field.dyn_into::<HtmlElement>()
    {
        let _ = field.focus();
    }
}
