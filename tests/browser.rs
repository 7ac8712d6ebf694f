//! Browser tests: the real page in headless Chromium, driven the way a reader drives it
//! (typing, pasting clipboard HTML, clicking examples, reloading).
#![cfg(target_arch = "wasm32")]

use std::time::Duration;

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::{
    ClipboardEvent, ClipboardEventInit, DataTransfer, Element, Event, EventInit, HtmlButtonElement,
    HtmlInputElement, HtmlTextAreaElement,
};

wasm_bindgen_test_configure!(run_in_browser);

const REUTERS: &str = include_str!("corpus/seed-reuters.txt");

fn document() -> web_sys::Document {
    web_sys::window().and_then(|w| w.document()).expect("a document")
}

/// A fresh page: empty storage, no address query, the app mounted on a new root.
async fn fresh_page(query: &str) -> (Element, yew::AppHandle<lede::ui::App>) {
    let window = web_sys::window().expect("a window");
    window.local_storage().unwrap().unwrap().clear().unwrap();
    set_query(query);
    mount_again().await
}

fn set_query(query: &str) {
    let window = web_sys::window().expect("a window");
    let path = window.location().pathname().unwrap();
    window
        .history()
        .unwrap()
        .replace_state_with_url(&JsValue::NULL, "", Some(&format!("{path}{query}")))
        .unwrap();
}

/// Mounts the app as a reload would: a new root, state read from storage and address.
async fn mount_again() -> (Element, yew::AppHandle<lede::ui::App>) {
    let root = new_root();
    let handle = lede::ui::mount(root.clone(), lede::ui::AppProps::default());
    settle().await;
    (root, handle)
}

/// What shows that an article is still being read: the reader is busy from the first moment,
/// the status and the tab's spinner come once reading has taken a moment.
const BUSY: &str = ".reader[aria-busy='true'], .reading-status, .tabs .spinner";

/// Lets the page render and finish reading: waits until no article is still being read
/// (a debug build of the engine can take a moment on a long article), at most five seconds.
async fn settle() {
    for _ in 0..100 {
        yew::platform::time::sleep(Duration::from_millis(50)).await;
        let busy = document().query_selector(BUSY).ok().flatten();
        if busy.is_none() {
            return;
        }
    }
}

/// The class of every root a test mounts the app on.
const TEST_ROOT: &str = "test-root";

/// A new root for the app, after taking out any root a failed test left mounted: a test that
/// passes unmounts its page, but a failed one stops where it failed (a panic aborts in wasm),
/// and its page, still reading or still showing its cards, would fail every test after it.
fn new_root() -> Element {
    let left = document().get_elements_by_class_name(TEST_ROOT);
    while let Some(old) = left.item(0) {
        old.remove();
    }
    let root = document().create_element("div").unwrap();
    root.set_class_name(TEST_ROOT);
    document().body().unwrap().append_child(&root).unwrap();
    root
}

fn unmount(page: (Element, yew::AppHandle<lede::ui::App>)) {
    let (root, handle) = page;
    handle.destroy();
    root.remove();
}

fn query(root: &Element, selector: &str) -> Element {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no element matches {selector}"))
}

fn texts(root: &Element, selector: &str) -> Vec<String> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length())
        .filter_map(|i| list.item(i))
        .map(|node| node.text_content().unwrap_or_default())
        .collect()
}

/// Opens the list of lines removed from the page: its lines are built only once it is open.
async fn open_removed(root: &Element) {
    assert!(texts(root, ".removed .chrome-text").is_empty(), "built before it was opened");
    query(root, ".removed summary").dyn_into::<web_sys::HtmlElement>().unwrap().click();
    settle().await;
}

fn textarea(root: &Element) -> HtmlTextAreaElement {
    query(root, "textarea.paste").dyn_into().unwrap()
}

/// Types `text` into the paste area as the browser reports it: value set, `input` bubbling up.
async fn type_text(root: &Element, text: &str) {
    let area = textarea(root);
    area.set_value(text);
    input_event(&area);
    settle().await;
}

/// An `input` event as the browser sends it after typing: bubbling, so Yew's root listener sees it.
fn input_event(target: &web_sys::EventTarget) {
    let init = EventInit::new();
    init.set_bubbles(true);
    target.dispatch_event(&Event::new_with_event_init_dict("input", &init).unwrap()).unwrap();
}

/// Pastes clipboard data carrying `html` (and a plain-text flavour) into the paste area.
async fn paste_html(root: &Element, html: &str, plain: &str) -> bool {
    let data = DataTransfer::new().unwrap();
    data.set_data("text/html", html).unwrap();
    data.set_data("text/plain", plain).unwrap();
    let init = ClipboardEventInit::new();
    init.set_bubbles(true);
    init.set_cancelable(true);
    init.set_clipboard_data(Some(&data));
    let event = ClipboardEvent::new_with_event_init_dict("paste", &init).unwrap();
    textarea(root).dispatch_event(&event).unwrap();
    settle().await;
    event.default_prevented()
}

fn pwned() -> bool {
    js_sys::Reflect::get(&js_sys::global(), &JsValue::from_str("__lede_pwned"))
        .map(|v| !v.is_undefined())
        .unwrap_or(true)
}

#[wasm_bindgen_test]
async fn first_visit_explains_what_to_do_and_shows_the_empty_panels() {
    let page = fresh_page("").await;
    let root = &page.0;
    assert!(query(root, ".reader").text_content().unwrap().contains("Paste an article"));
    let panels = texts(root, ".panels h2");
    assert_eq!(panels, ["Summary", "Key figures", "Timeline", "Entities", "Quotes"]);
    assert_eq!(texts(root, ".panels .empty-note").len(), 5, "each panel says it has nothing yet");
    unmount(page);
}

const STORM: &str = "Storm hits coast\n\nShare this\n\nBy Jane Roe\n\n\
LONDON, March 3 (Reuters) - Winds rose on Monday. Two people died.\n\n\
The storm moved east. \"We are safe,\" said a spokesman.";

/// Loads a bundled example by clicking its button.
async fn open_example(root: &Element, id: &str) {
    let button: HtmlButtonElement =
        query(root, &format!("button[data-example='{id}']")).dyn_into().unwrap();
    button.click();
    settle().await;
}

fn click(root: &Element, selector: &str, containing: &str) {
    let list = root.query_selector_all(selector).unwrap();
    let found = (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|n| n.dyn_into::<web_sys::HtmlElement>().ok())
        .find(|e| e.text_content().unwrap_or_default().contains(containing))
        .unwrap_or_else(|| panic!("no {selector} containing {containing:?}"));
    found.click();
}

#[wasm_bindgen_test]
async fn the_seed_timeline_runs_in_calendar_order_with_now_before_the_protests() {
    let page = fresh_page("").await;
    open_example(&page.0, "seed-reuters").await;
    let items = texts(&page.0, ".panel-timeline .timeline > li");
    let at = |needle: &str| {
        items
            .iter()
            .position(|i| i.starts_with(needle))
            .unwrap_or_else(|| panic!("{needle} in {items:?}"))
    };
    let (y2005, election, monday, now, protests) =
        (at("2005"), at("23 July 2009"), at("27 July 2009"), at("Now"), at("29 July 2009"));
    assert!(y2005 < election && election < monday && monday < now && now < protests, "{items:?}");
    assert!(items[protests].contains("protests"), "{}", items[protests]);
    unmount(page);
}

#[wasm_bindgen_test]
async fn the_seed_figures_are_on_cards_and_point_at_their_sentence() {
    let page = fresh_page("").await;
    open_example(&page.0, "seed-reuters").await;
    let values = texts(&page.0, ".figures .value");
    for expected in ["76%", "8%", "$180M", "$120"] {
        assert!(values.iter().any(|v| v == expected), "{expected} in {values:?}");
    }
    let cards = texts(&page.0, ".figures li");
    assert!(
        cards.iter().any(|c| c.contains("76%") && c.contains("share of the vote")),
        "{cards:?}"
    );
    click(&page.0, ".figures button", "$180M");
    settle().await;
    let focused = texts(&page.0, ".reader .sentence.focused");
    assert_eq!(focused.len(), 1);
    assert!(focused[0].contains("$180 million"), "{focused:?}");
    assert_eq!(texts(&page.0, ".reader mark.mention"), ["$180 million"]);
    click(&page.0, ".figures button", "$180M");
    settle().await;
    assert!(texts(&page.0, ".reader .sentence.focused").is_empty(), "a second click clears");
    unmount(page);
}

#[wasm_bindgen_test]
async fn a_long_list_of_figures_shows_the_top_ones_and_the_rest_on_request() {
    let page = fresh_page("").await;
    type_text(&page.0, include_str!("corpus/chron-houston-car-sales.txt")).await;
    let shown = elements(&page.0, ".panel-figures .figures > li").len();
    let label = texts(&page.0, ".panel-figures .show-all");
    let total: usize = label
        .first()
        .and_then(|l| l.strip_prefix("Show all "))
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("{label:?}"));
    assert!(0 < shown && shown < total, "{shown} of {total}");
    click(&page.0, ".panel-figures .show-all", "Show all");
    settle().await;
    assert_eq!(elements(&page.0, ".panel-figures .figures > li").len(), total);
    unmount(page);
}

#[wasm_bindgen_test]
async fn the_entity_panel_merges_names_and_marks_every_mention() {
    let page = fresh_page("").await;
    open_example(&page.0, "seed-reuters").await;
    let people = texts(&page.0, ".people li");
    let president = people
        .iter()
        .find(|p| p.contains("Kurmanbek Bakiyev"))
        .unwrap_or_else(|| panic!("{people:?}"));
    assert!(president.contains("President"), "{president}");
    assert!(president.contains("also Bakiyev"), "{president}");
    click(&page.0, ".people button", "Kurmanbek Bakiyev");
    settle().await;
    let marks = texts(&page.0, ".reader mark.mention");
    assert!(marks.len() >= 4, "{marks:?}");
    assert!(marks.iter().all(|m| m.contains("Bakiyev")), "{marks:?}");
    let organisations = texts(&page.0, ".orgs li");
    let osce = organisations
        .iter()
        .find(|o| o.contains("Security and Cooperation in Europe"))
        .unwrap_or_else(|| panic!("{organisations:?}"));
    assert!(osce.contains("OSCE"), "acronym merged: {osce}");
    assert!(osce.contains("Organisation for Cooperation and Security in Europe"), "{osce}");
    unmount(page);
}

#[wasm_bindgen_test]
async fn the_summary_and_quotes_cards_say_who_said_what() {
    let page = fresh_page("").await;
    open_example(&page.0, "seed-reuters").await;
    assert_eq!(texts(&page.0, ".gist"), ["Kyrgyz opposition in Russia after disputed vote"]);
    let summary = texts(&page.0, ".summary-sentences li");
    assert!((2..=4).contains(&summary.len()), "{summary:?}");
    assert!(summary[0].contains("flew to Moscow"), "{summary:?}");
    assert!(texts(&page.0, ".summary-scope").is_empty(), "one story says nothing of its scope");
    let quotes = texts(&page.0, ".panel-quotes > .quotes li");
    assert!(
        quotes.iter().any(|q| q.contains("We are not election police") && q.contains("spokesman")),
        "{quotes:?}"
    );
    assert!(quotes.iter().any(|q| q.contains("Bakyt Beshimov")), "{quotes:?}");
    click(&page.0, ".panel-quotes button", "We are not election police");
    settle().await;
    assert_eq!(texts(&page.0, ".reader mark.mention"), ["We are not election police"]);
    click(&page.0, ".panel-quotes button.entity-link", "Bakyt Beshimov");
    settle().await;
    let marks = texts(&page.0, ".reader mark.mention");
    assert!(
        marks.iter().any(|m| m == "Bakyt Beshimov"),
        "the speaker links to the entity: {marks:?}"
    );
    unmount(page);
}

#[wasm_bindgen_test]
async fn a_round_ups_summary_says_it_covers_the_first_story() {
    // Three items under headings, each about its own places (invented text).
    const ROUND_UP: &str = "Morning briefing: three stories\n\n\
        Here is what happened overnight in the region.\n\n\
        Harbour bridge closes\n\n\
        The Harbour Bridge in Eastport closed on Monday after engineers found cracks. \
        Engineers from Eastport council said the Harbour Bridge would stay shut for a month.\n\n\
        Library wins award\n\n\
        The Westfield library won a national design prize on Tuesday. \
        Its architect, Ana Ruiz, said the prize belonged to the readers of Westfield.\n\n\
        Farmers protest prices\n\n\
        Farmers in Northdale drove tractors through the town centre on Wednesday. \
        They want the Northdale dairy to pay more for milk.";
    let page = fresh_page("").await;
    type_text(&page.0, ROUND_UP).await;
    assert_eq!(
        texts(&page.0, ".summary-scope"),
        ["This piece is a round-up of separate stories: the summary covers the first."]
    );
    let summary = texts(&page.0, ".summary-sentences li");
    assert!(summary.iter().any(|s| s.contains("Eastport")), "{summary:?}");
    assert!(
        summary.iter().all(|s| !s.contains("Westfield") && !s.contains("Northdale")),
        "{summary:?}"
    );
    unmount(page);
}

#[wasm_bindgen_test]
async fn typed_article_shows_as_paragraphs_and_survives_a_reload() {
    let page = fresh_page("").await;
    type_text(&page.0, "Plain paragraph. It has two sentences.\n\nAnother one here.").await;
    assert_eq!(
        texts(&page.0, ".article-body p"),
        ["Plain paragraph. It has two sentences.", "Another one here."]
    );
    assert_eq!(texts(&page.0, ".article-body .sentence").len(), 3);
    unmount(page);

    let reloaded = mount_again().await;
    assert_eq!(
        textarea(&reloaded.0).value(),
        "Plain paragraph. It has two sentences.\n\nAnother one here."
    );
    assert_eq!(texts(&reloaded.0, ".article-body p").len(), 2);
    unmount(reloaded);
}

#[wasm_bindgen_test]
async fn the_footer_counts_in_the_right_number() {
    let page = fresh_page("").await;
    type_text(&page.0, "Rain fell on the town.").await;
    let footer = query(&page.0, ".reader-stats").text_content().unwrap();
    assert!(footer.starts_with("1 paragraph · 1 sentence"), "{footer}");
    assert!(!footer.contains("paragraphs") && !footer.contains("sentences"), "{footer}");
    unmount(page);
}

#[wasm_bindgen_test]
async fn the_header_shows_what_the_engine_picked_out() {
    let page = fresh_page("").await;
    type_text(&page.0, STORM).await;
    assert_eq!(texts(&page.0, ".article-header h2.headline"), ["Storm hits coast"]);
    assert_eq!(texts(&page.0, ".article-header .byline"), ["By Jane Roe"]);
    assert_eq!(texts(&page.0, ".article-header .dateline-place"), ["LONDON (Reuters)"]);
    assert_eq!(texts(&page.0, ".article-body .dateline"), ["LONDON, March 3 (Reuters) -"]);
    let body = texts(&page.0, ".article-body p");
    assert_eq!(body.len(), 2, "{body:?}");
    assert!(body.iter().all(|p| !p.contains("Share this") && !p.contains("Jane Roe")));
    unmount(page);
}

#[wasm_bindgen_test]
async fn removed_chrome_is_listed_and_a_kept_line_stays_kept_after_a_reload() {
    let page = fresh_page("").await;
    type_text(&page.0, STORM).await;
    let summary = texts(&page.0, ".removed summary");
    assert_eq!(summary, ["Removed from the page (1 line)"]);
    open_removed(&page.0).await;
    assert_eq!(texts(&page.0, ".removed .chrome-text"), ["Share this"]);
    let keep: HtmlButtonElement = query(&page.0, ".removed button.keep").dyn_into().unwrap();
    keep.click();
    settle().await;
    assert_eq!(texts(&page.0, ".article-body p.restored"), ["Share this"]);
    assert_eq!(texts(&page.0, ".removed button.keep"), ["Remove again"]);
    unmount(page);

    let reloaded = mount_again().await;
    assert_eq!(texts(&reloaded.0, ".article-body p.restored"), ["Share this"]);
    open_removed(&reloaded.0).await;
    let again: HtmlButtonElement = query(&reloaded.0, ".removed button.keep").dyn_into().unwrap();
    again.click();
    settle().await;
    assert!(texts(&reloaded.0, ".article-body p.restored").is_empty());
    unmount(reloaded);
}

#[wasm_bindgen_test]
async fn the_reader_can_set_the_publication_date() {
    let page = fresh_page("").await;
    type_text(&page.0, "Officials met on Monday. They agreed.").await;
    assert!(texts(&page.0, ".published time")[0].contains("Date unknown"));
    let input: HtmlInputElement = query(&page.0, "input.published-input").dyn_into().unwrap();
    input.set_value("2009-07-27");
    let init = EventInit::new();
    init.set_bubbles(true);
    input.dispatch_event(&Event::new_with_event_init_dict("change", &init).unwrap()).unwrap();
    settle().await;
    assert_eq!(texts(&page.0, ".published time"), ["Monday 27 July 2009"]);
    assert_eq!(texts(&page.0, ".published-source"), [" (as you set it)"]);
    unmount(page);

    let reloaded = mount_again().await;
    assert_eq!(texts(&reloaded.0, ".published time"), ["Monday 27 July 2009"]);
    unmount(reloaded);
}

#[wasm_bindgen_test]
async fn markdown_renders_as_elements_not_markup() {
    let page = fresh_page("").await;
    type_text(&page.0, "# Title\n\nSome *stress* and a [link](https://example.org) and [bad](javascript:alert(1)).").await;
    assert_eq!(texts(&page.0, ".reader h2.headline"), ["Title"]);
    assert_eq!(texts(&page.0, ".reader em"), ["stress"]);
    let links = page.0.query_selector_all(".reader a").unwrap();
    assert_eq!(links.length(), 1, "only the http(s) link becomes a link");
    let link: Element = links.item(0).unwrap().dyn_into().unwrap();
    assert_eq!(link.get_attribute("href").as_deref(), Some("https://example.org"));
    assert!(link.get_attribute("rel").unwrap().contains("noopener"));
    assert!(query(&page.0, ".reader").text_content().unwrap().contains("and bad."));
    unmount(page);
}

/// The engine's sentences start at their first word; emphasis written against a sentence's
/// first or last word must still render as emphasis, not as asterisks.
#[wasm_bindgen_test]
async fn emphasis_around_a_sentence_edge_renders_as_emphasis() {
    let page = fresh_page("").await;
    let text = "# Title\n\n**Update:** Roads into the valley are shut. *Officials* said the bridge \
                held. Crews will stay _until morning._ Nothing else changed.";
    type_text(&page.0, text).await;
    assert_eq!(texts(&page.0, ".reader .article-body strong"), ["Update:"]);
    assert_eq!(texts(&page.0, ".reader .article-body em"), ["Officials", "until morning."]);
    let body = query(&page.0, ".reader .article-body").text_content().unwrap();
    assert!(!body.contains('*') && !body.contains('_'), "no emphasis sign is shown: {body}");
    assert!(body.contains("Nothing else changed."), "{body}");
    // The summary card quotes the sentences as words, without the signs.
    let quoted = texts(&page.0, ".panel-summary .summary-sentences li");
    assert!(!quoted.is_empty(), "the summary quotes sentences");
    assert!(quoted.iter().all(|q| !q.contains('*') && !q.contains('_')), "{quoted:?}");
    assert!(
        quoted.iter().any(|q| q.contains("Update: Roads") || q.contains("Officials said")),
        "{quoted:?}"
    );
    unmount(page);
}

#[wasm_bindgen_test]
async fn pasted_markup_as_text_is_shown_and_never_runs() {
    let page = fresh_page("").await;
    let payload =
        "<img src=x onerror=\"window.__lede_pwned=1\"> and <script>window.__lede_pwned=1</script>";
    type_text(&page.0, payload).await;
    yew::platform::time::sleep(Duration::from_millis(200)).await;
    assert!(!pwned(), "pasted markup ran");
    assert_eq!(page.0.query_selector_all(".reader img, .reader script").unwrap().length(), 0);
    let shown = query(&page.0, ".reader").text_content().unwrap();
    assert!(shown.contains(payload), "the payload shows as text: {shown}");
    unmount(page);
}

#[wasm_bindgen_test]
async fn clipboard_html_becomes_text_blocks_and_its_scripts_never_run() {
    let page = fresh_page("").await;
    let html = "<h1>Storm hits coast</h1><nav>menu</nav><p>Winds rose. <b>Two</b> people died.<img src=x onerror=\"window.__lede_pwned=1\"></p>\
                <ul><li>First point</li><li>Second point</li></ul><script>window.__lede_pwned=1</script><style>p{}</style>";
    let handled = paste_html(&page.0, html, "plain flavour").await;
    yew::platform::time::sleep(Duration::from_millis(200)).await;
    assert!(handled, "the HTML paste is taken over, not inserted by the browser");
    assert!(!pwned(), "pasted HTML ran");
    assert_eq!(
        textarea(&page.0).value(),
        "# Storm hits coast\n\nWinds rose. Two people died.\n\n* First point\n\n* Second point\n\n## Elsewhere on the page\n\nmenu"
    );
    assert_eq!(texts(&page.0, ".reader h2.headline"), ["Storm hits coast"]);
    // The list reads as page chrome here: it is listed among the removed lines.
    open_removed(&page.0).await;
    let shown = query(&page.0, ".reader").text_content().unwrap();
    assert!(shown.contains("Winds rose. Two people died."), "{shown}");
    assert!(shown.contains("First point") && shown.contains("Second point"), "{shown}");
    assert_eq!(
        page.0.query_selector_all(".reader img, .reader script, .reader b").unwrap().length(),
        0
    );
    unmount(page);
}

/// A whole page pasted as HTML is read for its article, and nothing it showed is lost: the
/// menu, the teasers and the comments outside the article are listed among the removed lines,
/// where one can be taken back into the article.
#[wasm_bindgen_test]
async fn clipboard_html_of_a_whole_page_loses_nothing_outside_its_article() {
    let page = fresh_page("").await;
    let paragraph = "The council voted on Tuesday to close the old bridge, which has carried traffic across the river since 1921, after engineers found cracks in two of its piers.";
    let comment = "I have crossed that bridge every day for thirty years, and I never once felt unsafe on it.";
    let html = format!(
        "<html><head><title>Old bridge to close</title></head><body>\
         <nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav>\
         <div class=\"article-body\"><h1>Old bridge to close</h1><p>{paragraph}</p><p>{paragraph}</p><p>{paragraph}</p><p>{paragraph}</p>\
         <figure><img src=\"x.jpg\"><figcaption>The bridge at dawn</figcaption></figure></div>\
         <div class=\"comments\"><p>{comment}</p></div></body></html>"
    );
    assert!(paste_html(&page.0, &html, "plain flavour").await);
    yew::platform::time::sleep(Duration::from_millis(200)).await;
    assert_eq!(texts(&page.0, ".reader h2.headline"), ["Old bridge to close"]);
    let body = texts(&page.0, ".article-body p");
    assert!(body.iter().all(|p| !p.contains("thirty years") && !p.contains("dawn")), "{body:?}");
    open_removed(&page.0).await;
    let removed = texts(&page.0, ".removed .chrome-text");
    for line in ["Home News", "The bridge at dawn", comment] {
        assert!(removed.iter().any(|r| r.contains(line)), "{line:?} not in {removed:?}");
    }
    let at = removed.iter().position(|r| r == comment).expect("the comment is listed");
    let keep: HtmlButtonElement = page
        .0
        .query_selector_all(".removed button.keep")
        .unwrap()
        .item(u32::try_from(at).unwrap())
        .unwrap()
        .dyn_into()
        .unwrap();
    keep.click();
    settle().await;
    assert_eq!(texts(&page.0, ".article-body p.restored"), [comment]);
    unmount(page);
}

#[wasm_bindgen_test]
async fn deeply_nested_or_huge_clipboard_html_is_bounded_and_said() {
    // 50,000 nested inline tags (about 1 MB): the parser would re-open every one at each block.
    let page = fresh_page("").await;
    let open = ["<b>", "<i>", "<span>", "<u>", "<em>"].repeat(10_000).concat();
    let nested = format!("<p>{open}Deep text.</p><p>Next block.</p>");
    assert!(paste_html(&page.0, &nested, "plain flavour").await);
    yew::platform::time::sleep(Duration::from_millis(100)).await;
    assert_eq!(textarea(&page.0).value(), "Deep text.\n\nNext block.");
    unmount(page);

    // Too large to parse and walk on the page's thread: the plain flavour, and a notice.
    let page = fresh_page("").await;
    let huge = "<p>Words upon words in a very long page.</p>".repeat(60_000);
    assert!(paste_html(&page.0, &huge, "The plain flavour of the page.").await);
    yew::platform::time::sleep(Duration::from_millis(100)).await;
    assert_eq!(textarea(&page.0).value(), "The plain flavour of the page.");
    let notice = query(&page.0, ".notice").text_content().unwrap();
    assert!(notice.starts_with("This HTML is 2.5 MB"), "{notice}");
    assert!(notice.contains("up to 2 MB") && notice.contains("plain text was pasted"), "{notice}");
    unmount(page);
}

#[wasm_bindgen_test]
async fn plain_text_paste_is_left_to_the_browser() {
    let page = fresh_page("").await;
    let data = DataTransfer::new().unwrap();
    data.set_data("text/plain", "just text").unwrap();
    let init = ClipboardEventInit::new();
    init.set_bubbles(true);
    init.set_cancelable(true);
    init.set_clipboard_data(Some(&data));
    let event = ClipboardEvent::new_with_event_init_dict("paste", &init).unwrap();
    textarea(&page.0).dispatch_event(&event).unwrap();
    assert!(!event.default_prevented());
    unmount(page);
}

#[wasm_bindgen_test]
async fn example_button_loads_the_article_and_a_reload_keeps_it() {
    let page = fresh_page("").await;
    let button: HtmlButtonElement =
        query(&page.0, "button[data-example='seed-reuters']").dyn_into().unwrap();
    button.click();
    settle().await;
    assert_eq!(textarea(&page.0).value(), REUTERS);
    assert_eq!(
        texts(&page.0, ".reader h2.headline"),
        ["Kyrgyz opposition in Russia after disputed vote"]
    );
    assert_eq!(texts(&page.0, ".article-header .byline"), ["By Olga Dzyubenko"]);
    assert_eq!(
        texts(&page.0, ".highlights li"),
        [
            "Kyrgyzstan opposition leader in Russia",
            "Opposition gearing up for nationwide protests on Wednesday",
            "Kyrgyzstan rejects OSCE criticism"
        ]
    );
    let paragraphs = texts(&page.0, ".article-body p");
    assert!(paragraphs[0].starts_with("BISHKEK, July 27 (Reuters)"), "{paragraphs:?}");
    assert!(paragraphs.iter().all(|p| !p.contains("Editing by")), "editor credit left out");
    open_removed(&page.0).await;
    assert_eq!(
        texts(&page.0, ".removed .chrome-text"),
        [
            "(Adds details, CEC, OSCE quotes)",
            "(Writing by Maria Golovnina; Editing by Alison Williams)"
        ]
    );
    assert_eq!(button.get_attribute("aria-pressed").as_deref(), Some("true"));
    unmount(page);

    let reloaded = mount_again().await;
    assert_eq!(textarea(&reloaded.0).value(), REUTERS);
    let button = query(&reloaded.0, "button[data-example='seed-reuters']");
    assert_eq!(button.get_attribute("aria-pressed").as_deref(), Some("true"));
    unmount(reloaded);
}

#[wasm_bindgen_test]
async fn address_selects_an_example() {
    let page = fresh_page("?example=seed-rferl").await;
    let paragraphs = texts(&page.0, ".article-body p");
    assert!(paragraphs[0].starts_with("BISHKEK (Reuters) --"), "{paragraphs:?}");
    open_removed(&page.0).await;
    assert_eq!(
        texts(&page.0, ".removed .chrome-text"),
        [
            "Accessibility links",
            "Breaking News",
            "Kyrgyz opposition presidential candidate Almazbek Atambaev"
        ]
    );
    unmount(page);

    let page = fresh_page("?example=no-such-thing").await;
    assert!(query(&page.0, ".notice").text_content().unwrap().contains("no-such-thing"));
    unmount(page);
    set_query("");
}

#[wasm_bindgen_test]
async fn damaged_storage_is_reported_and_kept_aside_before_anything_is_saved_over_it() {
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    storage.clear().unwrap();
    set_query("");
    storage.set_item(lede::ui::STORAGE_KEY, "{not json").unwrap();
    let page = mount_again().await;
    assert!(query(&page.0, ".notice").text_content().unwrap().contains("could not be read"));
    assert_eq!(storage.get_item(lede::ui::STORAGE_KEY).unwrap().as_deref(), Some("{not json"));
    type_text(&page.0, CALM_A).await;
    let backup = storage.get_item(lede::ui::STORAGE_BACKUP_KEY).unwrap();
    assert_eq!(backup.as_deref(), Some("{not json"), "the unreadable value is kept aside");
    unmount(page);
}

#[wasm_bindgen_test]
async fn one_unreadable_field_loses_nothing_else_and_is_said_in_words() {
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    storage.clear().unwrap();
    set_query("");
    // A date no calendar has (left by another build or a hand edit), an article with no text.
    let stored = r#"{"articles":[{"text":"First story. It rained."},
        {"text":"Second story. It snowed.","published":"2021-02-30"},{"name":"empty"},
        {"text":"Third story. It cleared."}],"current":1}"#;
    storage.set_item(lede::ui::STORAGE_KEY, stored).unwrap();
    let page = mount_again().await;
    assert_eq!(texts(&page.0, ".tabs .tab-title").len(), 3, "every readable article is back");
    let body = query(&page.0, ".reader .article-body").text_content().unwrap();
    assert!(body.contains("It snowed"), "the article of the bad date is on show: {body}");
    let notice = query(&page.0, ".notice").text_content().unwrap();
    assert!(notice.contains("1 of the 4 articles") && notice.contains("2021-02-30"), "{notice}");
    assert!(notice.contains(lede::ui::STORAGE_BACKUP_KEY), "{notice}");
    let backup = storage.get_item(lede::ui::STORAGE_BACKUP_KEY).unwrap();
    assert_eq!(backup.as_deref(), Some(stored));

    // The next keystroke saves the three articles; the stored original stays aside, and a
    // second damaged value does not replace the first one's copy.
    type_text(&page.0, "Second story, edited. It snowed.").await;
    let saved = storage.get_item(lede::ui::STORAGE_KEY).unwrap().unwrap();
    assert!(saved.contains("First story") && saved.contains("Third story"), "{saved}");
    unmount(page);
    storage.set_item(lede::ui::STORAGE_KEY, r#"{"articles":[{"text":1}]}"#).unwrap();
    let page = mount_again().await;
    assert_eq!(storage.get_item(lede::ui::STORAGE_BACKUP_KEY).unwrap().as_deref(), Some(stored));
    let second = format!("{}.2", lede::ui::STORAGE_BACKUP_KEY);
    assert_eq!(storage.get_item(&second).unwrap().as_deref(), Some(r#"{"articles":[{"text":1}]}"#));
    unmount(page);
    storage.clear().unwrap();
}

#[wasm_bindgen_test]
async fn several_articles_live_in_tabs_and_all_survive_a_reload() {
    let page = fresh_page("").await;
    open_example(&page.0, "seed-pair").await;
    let tabs = texts(&page.0, ".tabs [role='tab']");
    assert_eq!(
        tabs,
        [
            "Kyrgyz opposition in Russia after disputed vote",
            "Kyrgyz Opposition In Russia After Disputed Vote"
        ]
    );
    click(&page.0, ".tabs button", "+ New");
    settle().await;
    type_text(&page.0, "Notes of my own. Nothing else.").await;
    assert_eq!(texts(&page.0, ".tabs [role='tab']").len(), 3);
    assert_eq!(texts(&page.0, ".tabs [aria-selected='true']"), ["Notes of my own. Nothing else."]);
    click(&page.0, ".tab-actions button", "Rename");
    settle().await;
    let field: HtmlInputElement = query(&page.0, ".tab-actions input.rename").dyn_into().unwrap();
    field.set_value("Mine");
    let init = web_sys::KeyboardEventInit::new();
    init.set_key("Enter");
    init.set_bubbles(true);
    field
        .dispatch_event(
            &web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap(),
        )
        .unwrap();
    settle().await;
    assert_eq!(texts(&page.0, ".tabs [aria-selected='true']"), ["Mine"]);
    click(&page.0, ".tab-actions button", "\u{2190}");
    settle().await;
    assert_eq!(texts(&page.0, ".tabs [role='tab']")[1], "Mine", "moved one place left");
    unmount(page);

    let reloaded = mount_again().await;
    let tabs = texts(&reloaded.0, ".tabs [role='tab']");
    assert_eq!(tabs.len(), 3, "{tabs:?}");
    assert_eq!(tabs[1], "Mine");
    assert_eq!(textarea(&reloaded.0).value(), "Notes of my own. Nothing else.");
    click(&reloaded.0, ".tab-actions button", "Remove");
    settle().await;
    assert_eq!(texts(&reloaded.0, ".tabs [role='tab']").len(), 2);
    unmount(reloaded);
}

#[wasm_bindgen_test]
async fn two_versions_open_compared_with_merged_names() {
    let page = fresh_page("?example=seed-pair").await;
    set_query("");
    let verdict = query(&page.0, ".compare .verdict").text_content().unwrap();
    assert!(verdict.starts_with("Same story"), "{verdict}");
    let only_a = texts(&page.0, ".compare-table tr.only-a");
    assert!(
        only_a.iter().any(|row| row.contains("The CEC has asked the OSCE mission")),
        "{only_a:?}"
    );
    assert!(only_a.iter().any(|row| row.contains("We are not election police")), "{only_a:?}");
    assert!(texts(&page.0, ".compare-table tr.only-b").is_empty());
    let differences = texts(&page.0, ".differences li");
    assert!(
        differences.iter().any(|d| d.contains("Bakiyev") && d.contains("Bakiev")),
        "{differences:?}"
    );
    let merged = texts(&page.0, ".merged .entities > li");
    let president =
        merged.iter().find(|e| e.contains("Bakiyev")).unwrap_or_else(|| panic!("{merged:?}"));
    assert!(president.contains("Bakiev"), "both spellings in one entry: {president}");
    let atambayev: Vec<&String> = merged.iter().filter(|e| e.contains("Atamba")).collect();
    assert_eq!(atambayev.len(), 1, "one person across spellings: {atambayev:?}");
    click(&page.0, ".compare-header button", "Back to the article");
    settle().await;
    assert!(page.0.query_selector(".compare").unwrap().is_none());
    assert_eq!(
        texts(&page.0, ".reader h2.headline"),
        ["Kyrgyz opposition in Russia after disputed vote"]
    );
    unmount(page);
}

#[wasm_bindgen_test]
async fn unrelated_articles_compare_as_different_stories() {
    let page = fresh_page("").await;
    open_example(&page.0, "seed-reuters").await;
    open_example(&page.0, "wikinews-ozone-crops").await;
    let select: web_sys::HtmlSelectElement =
        query(&page.0, "select.compare-with").dyn_into().unwrap();
    select.set_selected_index(1);
    let init = EventInit::new();
    init.set_bubbles(true);
    select.dispatch_event(&Event::new_with_event_init_dict("change", &init).unwrap()).unwrap();
    settle().await;
    let verdict = query(&page.0, ".compare .verdict").text_content().unwrap();
    assert!(verdict.starts_with("Probably different stories"), "{verdict}");
    unmount(page);
}

/// Known cross-site-scripting vectors, one per line (tests/data/xss-vectors.txt); each would set
/// `window.__lede_pwned` if it ever ran.
const XSS_VECTORS: &str = include_str!("data/xss-vectors.txt");

/// Elements that must never appear in what Lede renders from a paste (the page's own decorative
/// icons excepted: every_entity_figure_and_date_has_the_icon_of_its_kind checks those).
const ACTIVE: &str = "script, img, iframe, object, embed, svg:not(.icon[aria-hidden='true']), math, form, input:not(.published-input), button:not(.source):not(.card-copy):not(.keep):not(.entity-link):not(.link-button):not(.stop), \
                      video, audio, link, style, meta, base, a[href^='javascript' i], a[href^='data' i], [onerror], [onload], [onclick], [onmouseover], [onfocus], [style]";

fn assert_inert(root: &Element, vector: &str) {
    assert!(!pwned(), "ran: {vector}");
    let reader = query(root, ".reader");
    let found = reader.query_selector_all(ACTIVE).unwrap();
    assert_eq!(found.length(), 0, "active element rendered for {vector}");
    let panels = query(root, ".panels");
    assert_eq!(panels.query_selector_all(ACTIVE).unwrap().length(), 0, "in the panels: {vector}");
}

#[wasm_bindgen_test]
async fn known_xss_vectors_typed_as_text_show_as_text_and_never_run() {
    let vectors: Vec<&str> = XSS_VECTORS.lines().filter(|l| !l.trim().is_empty()).collect();
    assert!(vectors.len() >= 50, "at least 50 vectors ({})", vectors.len());
    let page = fresh_page("").await;
    for vector in &vectors {
        type_text(&page.0, vector).await;
        assert_inert(&page.0, vector);
        let shown = query(&page.0, ".reader").text_content().unwrap_or_default();
        if !vector.contains("](") && !vector.starts_with('<') {
            assert!(shown.contains(vector.trim()), "{vector} shows as written: {shown}");
        }
        if vector.starts_with("<script") || vector.starts_with("<img src=x") {
            assert!(shown.contains(vector.trim()), "{vector} shows as written: {shown}");
        }
    }
    // Markdown links with such addresses keep their words but never become links.
    type_text(&page.0, "Read [the report](javascript:__lede_pwned=1) now.").await;
    assert!(query(&page.0, ".reader").text_content().unwrap().contains("Read the report now."));
    yew::platform::time::sleep(Duration::from_millis(300)).await;
    assert!(!pwned(), "a delayed handler ran");
    unmount(page);
}

#[wasm_bindgen_test]
async fn known_xss_vectors_pasted_as_html_never_run() {
    let vectors: Vec<&str> = XSS_VECTORS.lines().filter(|l| !l.trim().is_empty()).collect();
    let page = fresh_page("").await;
    for vector in &vectors {
        type_text(&page.0, "").await;
        let html = format!("<p>Before the payload.</p>{vector}<p>After the payload.</p>");
        paste_html(&page.0, &html, vector).await;
        assert_inert(&page.0, vector);
        let value = textarea(&page.0).value();
        assert!(value.contains("Before the payload."), "{vector}: {value}");
        assert!(!value.contains("<script"), "script text kept from {vector}: {value}");
    }
    yew::platform::time::sleep(Duration::from_millis(300)).await;
    assert!(!pwned(), "a delayed handler ran");
    unmount(page);
}

#[wasm_bindgen_test]
async fn delete_all_asks_first_and_then_leaves_one_empty_article() {
    let page = fresh_page("").await;
    open_example(&page.0, "seed-pair").await;
    click(&page.0, ".toolbar button", "Delete all");
    settle().await;
    assert_eq!(texts(&page.0, ".tabs [role='tab']").len(), 2, "nothing deleted before confirming");
    click(&page.0, ".toolbar button", "Keep them");
    settle().await;
    click(&page.0, ".toolbar button", "Delete all");
    settle().await;
    click(&page.0, ".toolbar button", "Really delete 2 articles?");
    settle().await;
    assert_eq!(texts(&page.0, ".tabs [role='tab']"), ["Empty article"]);
    assert_eq!(textarea(&page.0).value(), "");
    unmount(page);
    let reloaded = mount_again().await;
    assert_eq!(
        texts(&reloaded.0, ".tabs [role='tab']"),
        ["Empty article"],
        "the deletion was saved"
    );
    unmount(reloaded);
}

#[wasm_bindgen_test]
async fn a_non_english_article_is_read_with_a_plain_warning() {
    let page = fresh_page("").await;
    type_text(
        &page.0,
        "El ministro dijo el lunes que las conversaciones con los sindicatos habían terminado y que \
         la huelga seguiría, según fuentes del gobierno. Los trabajadores de las fábricas del norte \
         no volverán a sus puestos hasta que el gobierno presente una nueva oferta.",
    )
    .await;
    assert_eq!(
        texts(&page.0, ".language-note"),
        [
            "Lede reads English articles; found: Spanish. What it picks out below may be missing or wrong."
        ]
    );
    type_text(&page.0, "The minister said on Monday that the talks with the unions were over and that the strike would go on.").await;
    assert!(texts(&page.0, ".language-note").is_empty());
    unmount(page);
}

#[wasm_bindgen_test]
async fn every_card_has_a_copy_button_that_reports_what_happened() {
    let page = fresh_page("").await;
    open_example(&page.0, "seed-reuters").await;
    assert_eq!(texts(&page.0, ".panels .card-copy").len(), 5, "one per card");
    click(&page.0, "#card-figures .card-copy", "Copy");
    for _ in 0..40 {
        if page.0.query_selector(".notice").unwrap().is_some() {
            break;
        }
        yew::platform::time::sleep(Duration::from_millis(50)).await;
    }
    let notice = query(&page.0, ".notice").text_content().unwrap();
    assert!(
        notice.contains("The card is on the clipboard.")
            || notice.contains("did not allow copying"),
        "{notice}"
    );
    unmount(page);
}

#[wasm_bindgen_test]
async fn pasted_images_are_placeholders_with_their_alt_text() {
    let page = fresh_page("").await;
    let html = "<p>Rain fell all night. <img src=\"https://example.org/a.jpg\" alt=\"A flooded street\"> \
                Roads closed.</p><p>More rain is due.</p>";
    paste_html(&page.0, html, "").await;
    let shown = query(&page.0, ".reader").text_content().unwrap();
    assert!(shown.contains("[image: A flooded street]"), "{shown}");
    assert_eq!(page.0.query_selector_all(".reader img").unwrap().length(), 0);
    assert!(
        query(&page.0, ".reader .image-placeholder")
            .text_content()
            .unwrap()
            .contains("A flooded street")
    );
    unmount(page);
}

// ---- The engine worker breaking down (issue 10: a panic in the worker) ----

/// Texts the stand-in worker reads without trouble; any other text it cannot answer.
const CALM_A: &str = "Rain fell across the valley on Monday.\n\nThe river rose two metres by evening, officials said.";
const CALM_B: &str =
    "Schools reopened on Tuesday after the flood.\n\nMost roads were clear by noon.";

/// A stand-in for worker.js speaking its protocol (`{id, text}` in; `{id, response}` with the
/// answer's wire bytes or, after catching what the engine threw, `{id, failure}` and closing,
/// out), so the page's side of a breakdown runs for real. Its engine answers `calm` texts with
/// their true Digest, traps as WebAssembly does on a text containing "TRAP", and on a text
/// containing "DIE" throws outside any handler, as a worker that breaks without a word. A text
/// containing "REFUSE" gets an error answer in words, one containing "SLOW" a report of 40% done
/// at once and its answer after 0.3 s, one containing "COUNT" an error saying how many texts it was asked to read, one
/// containing "HANG" never (it spins, as the engine on a text that takes it minutes), one
/// containing "GARBLE" bytes that are
/// no answer at all, one containing "STALE" a JSON string (both as a worker from another build
/// would answer). Returns the script's blob address.
fn stand_in_worker(calm: &[&str]) -> String {
    use lede::engine::{Options, digest};
    let answers: Vec<String> = calm
        .iter()
        .map(|text| {
            let bytes = lede::wire::encode_answer(&Ok(digest(text, &Options::default())));
            format!("[{}, new Uint8Array({bytes:?})]", serde_json::to_string(text).unwrap())
        })
        .collect();
    let answers = answers.join(", ");
    let refused = lede::wire::encode_answer(&Err(REFUSED.to_owned()));
    let script = format!(
        r#"const answers = new Map([{answers}]);
let asked = 0;
function digestRequest(text) {{
  if (text.includes('TRAP')) throw new WebAssembly.RuntimeError('unreachable');
  if (text.includes('COUNT')) throw new Error(`asked for ${{asked}} texts`);
  if (text.includes('REFUSE')) return new Uint8Array({refused:?});
  if (text.includes('GARBLE')) return new Uint8Array([255, 1, 2]);
  if (text.includes('STALE')) return JSON.stringify({{ id: 1, result: {{ Err: 'old' }} }});
  return answers.get(text).slice();
}}
self.onmessage = (event) => {{
  const {{ id, text }} = event.data;
  asked += 1;
  if (text.includes('DIE')) throw new WebAssembly.RuntimeError('unreachable');
  if (text.includes('HANG')) for (;;) {{}}
  const answer = () => {{
    try {{
      const response = digestRequest(text);
      self.postMessage({{ id, response }}, response.buffer ? [response.buffer] : []);
    }} catch (error) {{
      self.postMessage({{ id, failure: String(error && error.message ? error.message : error) }});
      self.close();
    }}
  }};
  if (text.includes('SLOW')) {{
    self.postMessage({{ id, progress: 0.4 }});
    setTimeout(answer, 300);
  }} else answer();
}};
"#
    );
    let parts = js_sys::Array::of1(&JsValue::from_str(&script));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("text/javascript");
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).unwrap();
    web_sys::Url::create_object_url_with_blob(&blob).unwrap()
}

/// A fresh page whose articles are read by the worker script at `url`.
async fn fresh_page_with_worker(url: &str) -> (Element, yew::AppHandle<lede::ui::App>) {
    web_sys::window().unwrap().local_storage().unwrap().unwrap().clear().unwrap();
    set_query("");
    let root = new_root();
    let props = lede::ui::AppProps { worker: Some(url.to_owned().into()) };
    let handle = lede::ui::mount(root.clone(), props);
    settle().await;
    (root, handle)
}

fn still_reading(root: &Element) -> bool {
    root.query_selector(BUSY).unwrap().is_some()
}

/// Types `text` and checks the page read it: nothing is left reading and `expected` is shown.
async fn reads_on(root: &Element, text: &str, expected: &str) {
    type_text(root, text).await;
    assert!(!still_reading(root), "reading stops once the answer is in");
    let shown = query(root, ".reader .article-body").text_content().unwrap();
    assert!(shown.contains(expected), "{shown}");
}

/// A text the stand-in worker answers only after a while.
const SLOW_TEXT: &str =
    "Crews worked SLOWLY through the night.\n\nThe bridge reopened at dawn, the council said.";

#[wasm_bindgen_test]
async fn reading_is_said_only_once_it_takes_a_moment() {
    let url = stand_in_worker(&[CALM_A, SLOW_TEXT]);
    let page = fresh_page_with_worker(&url).await;
    let status = |root: &Element| root.query_selector(".reading-status, .tabs .spinner").unwrap();

    // Right after the edit is rendered the reader is busy, and says nothing yet.
    let area = textarea(&page.0);
    area.set_value(SLOW_TEXT);
    input_event(&area);
    yew::platform::time::sleep(Duration::ZERO).await;
    assert!(page.0.query_selector(".reader[aria-busy='true']").unwrap().is_some());
    assert!(status(&page.0).is_none(), "no status the moment reading starts");
    // A read that goes on is said, with a way to stop it, until its answer is in.
    let mut said = false;
    for _ in 0..20 {
        yew::platform::time::sleep(Duration::from_millis(20)).await;
        if page.0.query_selector(".reading-status .stop").unwrap().is_some() {
            said = page.0.query_selector(".tabs .spinner").unwrap().is_some();
            break;
        }
    }
    assert!(said, "a long read shows its status and the tab's spinner");
    let told = query(&page.0, ".reading-status").text_content().unwrap();
    assert!(told.contains("40%"), "the worker's progress is shown: {told}");
    settle().await;
    assert!(status(&page.0).is_none() && !still_reading(&page.0));
    let shown = query(&page.0, ".reader .article-body").text_content().unwrap();
    assert!(shown.contains("The bridge reopened at dawn"), "{shown}");

    // A quick read is answered before anything is said.
    reads_on(&page.0, CALM_A, "The river rose two metres by evening").await;
    assert!(status(&page.0).is_none());
    unmount(page);
}

/// Waits (at most three seconds) until the reader view shows `expected`.
async fn shows(root: &Element, expected: &str) -> bool {
    for _ in 0..60 {
        yew::platform::time::sleep(Duration::from_millis(50)).await;
        let shown = root.query_selector(".reader .article-body").unwrap();
        if shown.and_then(|s| s.text_content()).is_some_and(|s| s.contains(expected)) {
            return true;
        }
    }
    false
}

/// A text the stand-in worker never finishes reading.
const ENDLESS: &str = "The engine takes minutes over this text: HANG.";

#[wasm_bindgen_test]
async fn a_newer_text_never_waits_for_a_long_read_it_replaced() {
    let url = stand_in_worker(&[CALM_A, CALM_B]);
    let page = fresh_page_with_worker(&url).await;
    let area = textarea(&page.0);
    area.set_value(ENDLESS);
    input_event(&area);
    yew::platform::time::sleep(Duration::from_millis(300)).await;
    assert!(still_reading(&page.0));
    // The same article, edited: the endless read is dropped and the new text read at once.
    area.set_value(CALM_A);
    input_event(&area);
    assert!(shows(&page.0, "The river rose two metres").await, "the newer text was read");
    assert!(!still_reading(&page.0), "nothing else is being read");

    // Another article: its text is read at once, the first one's is asked for again after it.
    area.set_value(ENDLESS);
    input_event(&area);
    yew::platform::time::sleep(Duration::from_millis(300)).await;
    query(&page.0, ".add-article").dyn_into::<HtmlButtonElement>().unwrap().click();
    yew::platform::time::sleep(Duration::from_millis(50)).await;
    let area = textarea(&page.0);
    area.set_value(CALM_B);
    input_event(&area);
    assert!(shows(&page.0, "Most roads were clear by noon").await, "the new tab was read");
    assert!(page.0.query_selector(".tabs .spinner").unwrap().is_some(), "the first still reads");
    unmount(page);
    web_sys::Url::revoke_object_url(&url).unwrap();
}

#[wasm_bindgen_test]
async fn a_read_stopped_for_another_article_is_asked_again_and_reaches_its_article() {
    let url = stand_in_worker(&[CALM_B, SLOW_TEXT]);
    let page = fresh_page_with_worker(&url).await;
    let area = textarea(&page.0);
    area.set_value(SLOW_TEXT);
    input_event(&area);
    yew::platform::time::sleep(Duration::from_millis(150)).await;
    query(&page.0, ".add-article").dyn_into::<HtmlButtonElement>().unwrap().click();
    yew::platform::time::sleep(Duration::from_millis(50)).await;
    let area = textarea(&page.0);
    area.set_value(CALM_B);
    input_event(&area);
    assert!(shows(&page.0, "Most roads were clear by noon").await, "the new tab was read");
    // The first article's read was stopped for the second's and asked for again: its answer,
    // to a request sent before its version was known, still finds it.
    settle().await;
    assert!(!still_reading(&page.0), "every article has its digest");
    click(&page.0, ".tabs .tab-title", "Crews worked");
    assert!(shows(&page.0, "The bridge reopened at dawn").await);
    unmount(page);
    web_sys::Url::revoke_object_url(&url).unwrap();
}

#[wasm_bindgen_test]
async fn each_edit_is_read_once_though_the_worker_starts_on_it_before_the_page_renders() {
    let url = stand_in_worker(&[CALM_A, CALM_B]);
    let page = fresh_page_with_worker(&url).await;
    reads_on(&page.0, CALM_A, "The river rose two metres by evening").await;
    reads_on(&page.0, CALM_B, "Most roads were clear by noon").await;
    type_text(&page.0, "How many texts? COUNT").await;
    let notice = query(&page.0, ".notice").text_content().unwrap();
    assert!(notice.contains("asked for 3 texts"), "{notice}");
    unmount(page);
}

#[wasm_bindgen_test]
async fn a_worker_that_breaks_down_is_reported_in_words_and_a_fresh_one_reads_the_next_text() {
    let url = stand_in_worker(&[CALM_A, CALM_B]);
    let page = fresh_page_with_worker(&url).await;

    type_text(&page.0, "This text makes the engine TRAP.").await;
    assert!(!still_reading(&page.0), "reading stops when the worker breaks down");
    let notice = query(&page.0, ".notice").text_content().unwrap();
    assert!(notice.contains("stopped with an error") && notice.contains("try again"), "{notice}");
    assert!(notice.contains("unreachable"), "the engine's own detail is kept: {notice}");

    // The failed worker closed itself: only a fresh one can read the next version.
    reads_on(&page.0, CALM_A, "The river rose two metres by evening").await;

    // A worker that dies without a word (an exception nothing caught) is replaced as well.
    type_text(&page.0, "This text makes the worker DIE.").await;
    assert!(!still_reading(&page.0), "reading stops when the worker dies");
    let notice = query(&page.0, ".notice").text_content().unwrap();
    assert!(notice.contains("stopped with an error") && notice.contains("unreachable"), "{notice}");
    reads_on(&page.0, CALM_B, "Most roads were clear by noon.").await;

    unmount(page);
    web_sys::Url::revoke_object_url(&url).unwrap();
}

/// The stand-in worker's answer to a text it refuses.
const REFUSED: &str = "unreadable request: the stand-in refuses this text";

#[wasm_bindgen_test]
async fn a_worker_that_refuses_or_garbles_an_answer_is_reported_and_keeps_reading() {
    let url = stand_in_worker(&[CALM_A, CALM_B]);
    let page = fresh_page_with_worker(&url).await;

    type_text(&page.0, "The stand-in will REFUSE this text.").await;
    assert!(!still_reading(&page.0), "reading stops with the error answer");
    let notice = query(&page.0, ".notice").text_content().unwrap();
    assert!(notice.contains(REFUSED), "the worker's own words are shown: {notice}");

    type_text(&page.0, "The stand-in will GARBLE its answer.").await;
    assert!(!still_reading(&page.0), "reading stops when the answer cannot be read");
    let notice = query(&page.0, ".notice").text_content().unwrap();
    assert!(notice.contains("cannot read") && notice.contains("format 255"), "{notice}");

    type_text(&page.0, "The stand-in will answer this in STALE JSON.").await;
    assert!(!still_reading(&page.0), "reading stops when the answer is not bytes");
    let notice = query(&page.0, ".notice").text_content().unwrap();
    assert!(notice.contains("cannot read") && notice.contains("not bytes"), "{notice}");

    // Neither was a breakdown: the page reads on.
    reads_on(&page.0, CALM_B, "Most roads were clear by noon.").await;

    unmount(page);
    web_sys::Url::revoke_object_url(&url).unwrap();
}

#[wasm_bindgen_test]
async fn a_worker_script_that_cannot_load_is_reported_and_reading_stops() {
    let page = fresh_page_with_worker("./no-such-worker.js").await;
    type_text(&page.0, CALM_A).await;
    assert!(!still_reading(&page.0), "reading stops when the worker cannot start");
    let notice = query(&page.0, ".notice").text_content().unwrap();
    // Chromium reports the failed load as an error in the worker; the standard, as a bare event.
    assert!(notice.starts_with("Lede's reader"), "{notice}");
    assert!(notice.contains("try again") || notice.contains("could not be loaded"), "{notice}");
    // The page keeps working: the text is still there to edit, and a new version is tried again.
    assert_eq!(textarea(&page.0).value(), CALM_A);
    type_text(&page.0, CALM_B).await;
    assert!(!still_reading(&page.0));
    unmount(page);
}

// ---- Icons and find in the article ----

/// The kind named by a class of `element` that starts with `prefix` ("icon-person" -> "person").
fn kind_class(element: &Element, prefix: &str) -> Option<String> {
    let classes = element.get_attribute("class").unwrap_or_default();
    classes.split_whitespace().find_map(|c| c.strip_prefix(prefix)).map(str::to_owned)
}

fn has_class(element: &Element, class: &str) -> bool {
    element.get_attribute("class").unwrap_or_default().split_whitespace().any(|c| c == class)
}

fn elements(root: &Element, selector: &str) -> Vec<Element> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length()).filter_map(|i| list.item(i)).filter_map(|n| n.dyn_into().ok()).collect()
}

/// The one icon directly inside `element` (or inside its `.source` button), by its kind.
fn icon_kind(element: &Element) -> String {
    let icons: Vec<Element> = elements(element, "svg")
        .into_iter()
        .filter(|svg| svg.closest("ul.forms").unwrap().is_none())
        .collect();
    assert!(!icons.is_empty(), "no icon in {}", element.outer_html());
    kind_class(&icons[0], "icon-").unwrap_or_else(|| panic!("{}", icons[0].outer_html()))
}

/// The entity kind a group (or a compare-view entity) stands for, by its class.
fn entity_kind(element: &Element) -> &'static str {
    [("people", "person"), ("places", "place"), ("orgs", "org")]
        .into_iter()
        .find(|(class, _)| has_class(element, class))
        .map(|(_, kind)| kind)
        .unwrap_or_else(|| panic!("{}", element.outer_html()))
}

#[wasm_bindgen_test]
async fn every_entity_figure_and_date_has_the_icon_of_its_kind() {
    let page = fresh_page("").await;
    open_example(&page.0, "seed-reuters").await;
    let groups = elements(&page.0, ".panel-entities .entity-group");
    assert_eq!(groups.len(), 3, "people, places and organisations");
    for group in &groups {
        let expected = entity_kind(group);
        assert_eq!(icon_kind(&query(group, "h3")), expected);
        let items = elements(group, "li");
        assert!(!items.is_empty());
        for item in items {
            assert_eq!(icon_kind(&item), expected, "{}", item.text_content().unwrap());
        }
    }
    let cards = elements(&page.0, ".panel-figures .figures > li");
    let mut kinds: Vec<String> = cards
        .iter()
        .map(|card| {
            let kind =
                kind_class(card, "figure-").unwrap_or_else(|| panic!("{}", card.outer_html()));
            assert_eq!(icon_kind(card), kind, "{}", card.text_content().unwrap());
            kind
        })
        .collect();
    kinds.sort();
    kinds.dedup();
    assert!(
        kinds.contains(&"percent".to_owned()) && kinds.contains(&"money".to_owned()),
        "{kinds:?}"
    );
    let entries = elements(&page.0, ".panel-timeline .timeline > li.entry");
    assert!(entries.len() >= 4, "{}", entries.len());
    for entry in &entries {
        let precision =
            kind_class(entry, "precision-").unwrap_or_else(|| panic!("{}", entry.outer_html()));
        assert_eq!(icon_kind(entry), precision);
        assert_eq!(
            query(entry, ".precision").text_content().unwrap(),
            precision,
            "the kind in words too"
        );
    }
    // Decoration only, and nothing but one path each.
    let icons = elements(&page.0, ".panels svg");
    assert!(icons.len() >= groups.len() + cards.len() + entries.len());
    for icon in &icons {
        assert_eq!(icon.get_attribute("aria-hidden").as_deref(), Some("true"));
        assert_eq!(icon.get_attribute("focusable").as_deref(), Some("false"));
        assert!(has_class(icon, "icon"));
        assert_eq!(icon.children().length(), 1);
        assert!(icon.first_element_child().unwrap().tag_name() == "path");
    }
    unmount(page);
}

#[wasm_bindgen_test]
async fn the_compare_view_uses_the_same_icons() {
    let page = fresh_page("?example=seed-pair").await;
    set_query("");
    let entities = elements(&page.0, ".merged .entities > li");
    assert!(!entities.is_empty());
    for entity in &entities {
        assert_eq!(icon_kind(entity), entity_kind(entity));
    }
    for entry in elements(&page.0, ".merged .timeline > li") {
        assert_eq!(Some(icon_kind(&entry)), kind_class(&entry, "precision-"));
    }
    let cards = elements(&page.0, ".merged .figures > li");
    assert!(!cards.is_empty());
    for card in cards {
        let kind = icon_kind(&card);
        assert!(has_class(&card, &format!("figure-{kind}")), "{}", card.outer_html());
    }
    unmount(page);
}

fn search_field(root: &Element) -> HtmlInputElement {
    query(root, "input.search-field[type='search']").dyn_into().unwrap()
}

async fn find(root: &Element, text: &str) {
    let field = search_field(root);
    field.set_value(text);
    input_event(&field);
    settle().await;
}

/// Presses `key` on `target`; says whether the page took the key (prevented its default).
async fn press(target: &web_sys::EventTarget, key: &str, shift: bool) -> bool {
    let init = web_sys::KeyboardEventInit::new();
    init.set_key(key);
    init.set_shift_key(shift);
    init.set_bubbles(true);
    init.set_cancelable(true);
    let event =
        web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    target.dispatch_event(&event).unwrap();
    settle().await;
    event.default_prevented()
}

fn search_status(root: &Element) -> String {
    query(root, ".search-status").text_content().unwrap_or_default()
}

/// Where the current match is among the marks of the reader view.
fn current_mark(root: &Element) -> Option<usize> {
    let marks = elements(root, ".reader mark");
    let current: Vec<usize> = marks
        .iter()
        .enumerate()
        .filter(|(_, m)| m.get_attribute("aria-current").as_deref() == Some("true"))
        .map(|(i, _)| i)
        .collect();
    assert!(current.len() <= 1, "one current match at most: {current:?}");
    current.first().copied()
}

#[wasm_bindgen_test]
async fn find_in_the_article_marks_counts_and_steps_through_matches() {
    let page = fresh_page("").await;
    open_example(&page.0, "seed-reuters").await;
    let field = search_field(&page.0);
    assert_eq!(
        query(&page.0, "label[for='find-in-article']").text_content().unwrap(),
        "Find in article"
    );
    assert_eq!(field.id(), "find-in-article");
    // What the reader view shows as text: headline, highlights, body.
    let shown: String =
        texts(&page.0, ".reader .headline, .reader .highlights li, .reader .article-body").concat();
    let expected = shown.to_lowercase().matches("atambayev").count();
    assert!(expected >= 3, "{expected}");
    find(&page.0, "ATAMBAYEV").await;
    let marks = texts(&page.0, ".reader mark");
    assert_eq!(marks.len(), expected, "{marks:?}");
    assert!(marks.iter().all(|m| m.to_lowercase() == "atambayev"), "{marks:?}");
    let sentences = elements(&page.0, ".reader .sentence")
        .into_iter()
        .filter(|s| s.query_selector("mark").unwrap().is_some())
        .count();
    assert!(sentences < expected, "some sentence names him twice");
    let status = search_status(&page.0);
    assert!(
        status.starts_with(&format!("{expected} matches in {sentences} sentences")),
        "{status}"
    );
    assert!(status.ends_with(&format!("1 of {expected}")), "{status}");
    assert_eq!(current_mark(&page.0), Some(0), "the first match is current");
    assert_eq!(texts(&page.0, ".reader .sentence.focused").len(), 1);
    for next in 1..expected {
        press(&field, "Enter", false).await;
        assert_eq!(current_mark(&page.0), Some(next));
        let focused = texts(&page.0, ".reader .sentence.focused");
        assert_eq!(focused.len(), 1);
        assert!(focused[0].contains("Atambayev"), "{focused:?}");
        assert!(search_status(&page.0).ends_with(&format!("{} of {expected}", next + 1)));
    }
    press(&field, "Enter", false).await;
    assert_eq!(current_mark(&page.0), Some(0), "Enter wraps to the first");
    press(&field, "Enter", true).await;
    assert_eq!(current_mark(&page.0), Some(expected - 1), "Shift+Enter wraps to the last");
    press(&field, "Enter", true).await;
    assert_eq!(current_mark(&page.0), Some(expected - 2));
    click(&page.0, ".search button", "\u{2193}");
    settle().await;
    assert_eq!(current_mark(&page.0), Some(expected - 1), "the next button");

    find(&page.0, "no such words here").await;
    assert_eq!(search_status(&page.0), "No match");
    assert!(texts(&page.0, ".reader mark").is_empty());

    find(&page.0, "atambayev").await;
    assert_eq!(texts(&page.0, ".reader mark").len(), expected);
    press(&field, "Escape", false).await;
    assert_eq!(search_field(&page.0).value(), "");
    assert_eq!(search_status(&page.0), "");
    assert!(texts(&page.0, ".reader mark").is_empty(), "Esc clears the marks");
    unmount(page);
}

#[wasm_bindgen_test]
async fn slash_goes_to_the_search_field_and_the_overlay_lists_it() {
    let page = fresh_page("").await;
    open_example(&page.0, "seed-reuters").await;
    let body: web_sys::EventTarget = document().body().unwrap().into();
    assert!(press(&body, "/", false).await, "the `/` is taken, not typed into the field");
    let active = document().active_element().unwrap();
    assert_eq!(active.id(), "find-in-article");
    // Typed into the field, `/` and `?` are text, not shortcuts.
    assert!(!press(&active, "?", false).await);
    assert!(page.0.query_selector(".keys-overlay").unwrap().is_none());
    search_field(&page.0).blur().unwrap();
    press(&body, "?", false).await;
    let keys = texts(&page.0, ".keys-overlay dt");
    assert!(keys.iter().any(|k| k == "/"), "{keys:?}");
    press(&body, "Escape", false).await;
    unmount(page);
}

#[wasm_bindgen_test]
async fn a_search_clicking_a_card_and_editing_do_not_fight() {
    let page = fresh_page("").await;
    open_example(&page.0, "seed-reuters").await;
    find(&page.0, "opposition").await;
    let searched = texts(&page.0, ".reader mark").len();
    assert!(searched >= 2);
    click(&page.0, ".figures button", "$180M");
    settle().await;
    assert_eq!(texts(&page.0, ".reader mark"), ["$180 million"], "the card's marks replace them");
    assert_eq!(current_mark(&page.0), None);
    press(&search_field(&page.0), "Enter", false).await;
    assert_eq!(texts(&page.0, ".reader mark").len(), searched, "Enter brings the search back");
    assert!(current_mark(&page.0).is_some());
    // Emptying the field clears only the search's own marks.
    click(&page.0, ".figures button", "$180M");
    settle().await;
    find(&page.0, "").await;
    assert_eq!(texts(&page.0, ".reader mark"), ["$180 million"]);
    unmount(page);
}

#[wasm_bindgen_test]
async fn a_search_with_many_matches_marks_the_first_thousand() {
    let page = fresh_page("").await;
    type_text(&page.0, &"Bob ate a bun. ".repeat(600)).await;
    find(&page.0, "b").await;
    assert_eq!(texts(&page.0, ".reader mark").len(), lede::ui::MAX_MARKS);
    let sentences = texts(&page.0, ".reader .sentence").len();
    assert!(sentences > 300, "{sentences}");
    assert_eq!(
        search_status(&page.0),
        format!(
            "1,800 matches in {sentences} sentences (the first 1,000 marked) \u{b7} 1 of 1,000"
        )
    );
    unmount(page);
}

// ---- Long reports: rendered a part at a time (src/ui/window.rs) ----

/// A report of `paragraphs` paragraphs; the last one holds the only figure.
fn long_report(paragraphs: usize) -> String {
    let mut text = String::from("Council publishes its long report\n\n");
    for i in 1..paragraphs {
        text.push_str(&format!("Section {i} of the report describes the work of the council.\n\n"));
    }
    text.push_str("In the end the budget rose 42 percent.\n");
    text
}

fn paragraphs_shown(root: &Element) -> usize {
    root.query_selector_all(".article-body > p").unwrap().length() as usize
}

#[wasm_bindgen_test]
async fn a_long_report_renders_its_first_part_and_the_rest_on_request() {
    let page = fresh_page("").await;
    let root = &page.0;
    type_text(root, &long_report(1000)).await;
    assert_eq!(paragraphs_shown(root), lede::ui::FIRST_BLOCKS);
    let more = query(root, ".show-more").text_content().unwrap();
    assert!(more.contains("Showing 300 of 1,000 paragraphs"), "{more}");
    let buttons = elements(root, ".show-more button");
    let all = buttons.iter().find(|b| b.text_content().as_deref() == Some("Show all"));
    all.expect("a Show all button").dyn_ref::<HtmlButtonElement>().unwrap().click();
    settle().await;
    assert_eq!(paragraphs_shown(root), 1000);
    assert!(root.query_selector(".show-more").unwrap().is_none());
    unmount(page);
}

#[wasm_bindgen_test]
async fn a_card_whose_source_is_far_down_renders_it() {
    let page = fresh_page("").await;
    let root = &page.0;
    type_text(root, &long_report(1000)).await;
    let figure = query(root, ".panel-figures button.source.figure");
    assert!(figure.text_content().unwrap().contains("42"));
    assert!(!query(root, ".article-body").text_content().unwrap().contains("budget rose"));
    figure.dyn_ref::<HtmlButtonElement>().unwrap().click();
    settle().await;
    let focused = texts(root, ".article-body .sentence.focused");
    assert_eq!(focused, vec!["In the end the budget rose 42 percent.".to_owned()]);
    unmount(page);
}

#[wasm_bindgen_test]
async fn a_card_of_many_quotes_shows_the_first_and_the_rest_on_request() {
    let page = fresh_page("").await;
    let root = &page.0;
    let mut text = String::from("Residents speak about the flood\n\n");
    for i in 1..=20 {
        text.push_str(&format!("\"The water came up to house number {i},\" said a resident.\n\n"));
    }
    type_text(root, &text).await;
    assert_eq!(elements(root, ".panel-quotes ul.quotes > li").len(), 12);
    let button = query(root, ".panel-quotes .show-all");
    assert_eq!(button.text_content().unwrap(), "Show all 20");
    button.dyn_ref::<HtmlButtonElement>().unwrap().click();
    settle().await;
    assert_eq!(elements(root, ".panel-quotes ul.quotes > li").len(), 20);
    unmount(page);
}

/// Elements under the first element matching `selector`.
fn nodes_under(root: &Element, selector: &str) -> u32 {
    query(root, selector).query_selector_all("*").unwrap().length()
}

#[wasm_bindgen_test]
async fn a_panel_of_twenty_thousand_entries_renders_a_bounded_part() {
    let page = fresh_page("").await;
    let root = &page.0;
    const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let mut text = String::from("A chronicle of the valley\n\n");
    for i in 0..20_000 {
        let (day, month, year) = (1 + i % 28, MONTHS[i / 28 % 12], 1000 + i / 336);
        text.push_str(&format!("The council met on {day} {month} {year}. "));
        if i % 10 == 9 {
            text.push_str("\n\n");
        }
    }
    type_text(root, &text).await;
    for _ in 0..200 {
        if !still_reading(root) {
            break;
        }
        yew::platform::time::sleep(Duration::from_millis(100)).await;
    }
    let entries = elements(root, ".panel-timeline .timeline > li.entry").len();
    assert!((1..=60).contains(&entries), "{entries} entries rendered");
    let label = query(root, ".panel-timeline .show-all").text_content().unwrap();
    assert!(label.starts_with("Show all 2"), "{label}");
    let before = nodes_under(root, ".panels");
    assert!(before < 2_000, "{before} nodes in the panels");

    // "Show all" renders a page, and the next page on request.
    click(root, ".panel-timeline .show-all", "Show all");
    settle().await;
    let shown = elements(root, ".panel-timeline .timeline > li").len();
    assert!((200..=201).contains(&shown), "{shown} rows after Show all");
    let status = query(root, ".panel-timeline .show-more").text_content().unwrap();
    assert!(status.starts_with("Showing 200 of 2"), "{status}");
    assert!(nodes_under(root, ".panels") < 4_000);
    click(root, ".panel-timeline .show-more button", "Show 200 more");
    settle().await;
    assert!(elements(root, ".panel-timeline .timeline > li").len() >= 400);
    unmount(page);
}

#[wasm_bindgen_test]
async fn a_very_long_text_waits_outside_the_edit_box_until_asked_for() {
    let page = fresh_page("").await;
    let root = &page.0;
    let text = long_report(4000);
    assert!(text.len() > lede::ui::LARGE_TEXT);
    type_text(root, &text).await;
    assert!(root.query_selector("textarea.paste").unwrap().is_none(), "no edit box");
    let held = query(root, ".paste-large").text_content().unwrap();
    assert!(held.contains("KB of text") || held.contains("MB of text"), "{held}");
    assert_eq!(paragraphs_shown(root), lede::ui::FIRST_BLOCKS, "the article is read all the same");
    query(root, ".paste-large button.edit-large").dyn_ref::<HtmlButtonElement>().unwrap().click();
    settle().await;
    assert_eq!(textarea(root).value(), text, "the edit box holds the whole text");
    unmount(page);
}

#[wasm_bindgen_test]
async fn pasting_onto_a_long_text_replaces_it() {
    let page = fresh_page("").await;
    let root = &page.0;
    type_text(root, &long_report(4000)).await;
    let data = DataTransfer::new().unwrap();
    data.set_data("text/plain", "Short story\n\nIt rained.").unwrap();
    let init = ClipboardEventInit::new();
    init.set_bubbles(true);
    init.set_cancelable(true);
    init.set_clipboard_data(Some(&data));
    let event = ClipboardEvent::new_with_event_init_dict("paste", &init).unwrap();
    query(root, ".paste-large").dispatch_event(&event).unwrap();
    settle().await;
    assert!(event.default_prevented());
    assert_eq!(textarea(root).value(), "Short story\n\nIt rained.");
    assert_eq!(texts(root, ".article-header h2.headline"), vec!["Short story".to_owned()]);
    unmount(page);
}
