//! Which element of a whole page holds its article, scored the way Mozilla's Readability scores
//! candidates: every paragraph of running text gives points to its parent and (fewer) to the
//! ancestors above it, an element's class and id add or take away (`article`, `content` vs
//! `comment`, `share`, `sidebar`), and a score shrinks with the share of its text that is
//! links. A page's menus, teasers and comment threads are made of short or linked lines, so
//! the article's container wins; a pasted fragment has no such rivals and keeps its whole text.

use super::{FIGURES, FURNITURE, HtmlNode, NodeKind, SKIPPED};
use crate::html_prepare;

/// What the walk learnt about one element (indexed in document order of the elements the text
/// walk enters, so both walks agree on the numbers).
#[derive(Debug, Clone, Default)]
struct Element {
    parent: Option<usize>,
    tag: String,
    /// Characters of visible text under it, spaces collapsed.
    chars: usize,
    /// Of those, characters inside links.
    link_chars: usize,
    commas: usize,
    /// Direct element children (to climb past a wrapper holding only the article).
    children: usize,
    /// Whether a block-level element sits directly under it (a `div` without one reads as a
    /// paragraph, as in Readability).
    block_child: bool,
    class_weight: i32,
    /// Its class attribute, spaces collapsed (a part of the article set elsewhere in the page
    /// wears the same).
    class: String,
}

/// The elements (by document-order index) whose text is the article, when one part of the
/// page clearly holds it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Focus {
    pub kept: Vec<usize>,
    /// Boxes inside the article that are mostly links (a menu, a list of teasers or tags):
    /// set apart, as Readability's `_cleanConditionally` removes them.
    pub links: Vec<usize>,
}

/// Elements that may be a box of links inside the article.
const LINK_BOXES: &[&str] = &["div", "section", "ul", "ol", "table", "form", "header"];

/// Share of a box's text in links past which it is set apart: a box whose class or id says
/// content is allowed more (Readability's 0.2 and 0.5, the first raised: a paragraph of the
/// article quoting several sources in links stays).
const LINK_BOX_DENSITY: f64 = 0.33;
const LINK_BOX_DENSITY_CONTENT: f64 = 0.5;

/// Unlinked characters from which a box holds some of the article whatever its links.
const LINK_BOX_PROSE: usize = 200;

/// Commas from which a box is prose whatever its links (Readability's 10).
const LINK_BOX_COMMAS: usize = 10;

/// Below this many characters the best candidate is no article (a pasted fragment, a page of
/// links): the whole text is kept. Readability's default `charThreshold`.
const ARTICLE_CHARS: usize = 500;

/// Words in a class or id that mark page furniture, and those that rescue an element that has
/// one of them as well ("main-sidebar-content" stays). From Readability's `unlikelyCandidates`
/// and `okMaybeItsACandidate`.
#[rustfmt::skip]
const UNLIKELY: &[&str] = &[
    "-ad-", "banner", "breadcrumbs", "combx", "comment", "community", "cover-wrap", "disqus",
    "extra", "footer", "gdpr", "header", "legends", "menu", "related", "remark", "replies",
    "rss", "shoutbox", "sidebar", "skyscraper", "social", "sponsor", "supplemental", "ad-break",
    "agegate", "pagination", "pager", "popup", "yom-remote", "newsletter", "subscribe",
];
#[rustfmt::skip]
const MAYBE: &[&str] = &["and", "article", "body", "column", "content", "main", "shadow"];

/// Readability's class weights: furniture (-25) and content (+25) words in a class or id.
#[rustfmt::skip]
const NEGATIVE: &[&str] = &[
    "-ad-", "hidden", "banner", "combx", "comment", "com-", "contact", "footer", "gdpr",
    "masthead", "media", "meta", "outbrain", "promo", "related", "scroll", "share", "shoutbox",
    "sidebar", "skyscraper", "sponsor", "shopping", "tags", "widget",
];
#[rustfmt::skip]
const POSITIVE: &[&str] = &[
    "article", "body", "content", "entry", "hentry", "h-entry", "main", "page", "post", "text",
    "blog", "story",
];

/// ARIA roles of page furniture.
const FURNITURE_ROLES: &[&str] =
    &["menu", "menubar", "complementary", "navigation", "alert", "alertdialog", "dialog"];

/// Elements a `div` holding one of is a container, not a paragraph.
#[rustfmt::skip]
const BLOCK_CHILDREN: &[&str] = &[
    "blockquote", "dl", "div", "img", "ol", "p", "pre", "table", "ul", "section", "article",
];

/// What the text walk does with an element besides walking it as the article's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Skip {
    /// Walked for the article's text.
    No,
    /// Never text: code, media, controls, and what the page hides from its reader.
    Drop,
    /// Page furniture by its tag (`nav`, `aside`, `footer`) or, when strict, by its class, id
    /// or role: its text is set apart from the article, never dropped, so the reader can see
    /// it and take it back.
    Aside,
    /// A figure: its pictures and caption stay where they stand, as captions (never prose).
    Figure,
}

impl Skip {
    /// Whether the article's scoring leaves the element out (all but [`Skip::No`]).
    pub(super) fn skipped(self) -> bool {
        self != Skip::No
    }
}

/// How the text walk treats `node` (element `tag`); `strict` also sets aside elements whose
/// class, id or role say page furniture, and drops the ones the page hides by style.
pub(super) fn skip<N: HtmlNode>(node: &N, tag: &str, strict: bool) -> Skip {
    if SKIPPED.contains(&tag) || node.attribute("hidden").is_some() {
        return Skip::Drop;
    }
    if FURNITURE.contains(&tag) {
        return Skip::Aside;
    }
    if FIGURES.contains(&tag) {
        return Skip::Figure;
    }
    if !strict {
        return Skip::No;
    }
    // Hidden by the page: a reader never saw it (but a page may hide its all until a script
    // runs, so this is strict, and a page it empties is read again without)
    if node.attribute("aria-hidden").is_some_and(|v| v.trim() == "true") {
        return Skip::Drop;
    }
    // (clipboard HTML reaches the walk with a hiding style marked, the style dropped)
    let styled = node.attribute("style").is_some_and(|style| html_prepare::hides(&style));
    if styled || node.attribute(html_prepare::HIDDEN_BY_STYLE).is_some() {
        return Skip::Drop;
    }
    // the article's own elements, and links and cells, are never furniture by their names
    if matches!(tag, "body" | "a" | "article" | "main" | "table" | "tr" | "td") {
        return Skip::No;
    }
    if node.attribute("role").is_some_and(|r| FURNITURE_ROLES.contains(&r.trim())) {
        return Skip::Aside;
    }
    let names = class_and_id(node);
    if UNLIKELY.iter().any(|w| names.contains(w)) && !MAYBE.iter().any(|w| names.contains(w)) {
        Skip::Aside
    } else {
        Skip::No
    }
}

fn class_and_id<N: HtmlNode>(node: &N) -> String {
    let mut names = node.attribute("class").unwrap_or_default();
    names.push(' ');
    names.push_str(&node.attribute("id").unwrap_or_default());
    names.to_lowercase()
}

fn class_weight<N: HtmlNode>(node: &N) -> i32 {
    let mut weight = 0;
    for name in [node.attribute("class"), node.attribute("id")].into_iter().flatten() {
        let name = name.to_lowercase();
        if NEGATIVE.iter().any(|w| name.contains(w)) {
            weight -= 25;
        }
        if POSITIVE.iter().any(|w| name.contains(w)) {
            weight += 25;
        }
    }
    weight
}

fn tag_weight(tag: &str) -> f64 {
    match tag {
        "div" | "article" => 5.0,
        "pre" | "td" | "blockquote" => 3.0,
        "address" | "ol" | "ul" | "dl" | "dd" | "dt" | "li" | "form" => -3.0,
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "th" => -5.0,
        _ => 0.0,
    }
}

fn is_comma(c: char) -> bool {
    matches!(c, ',' | '\u{060C}' | '\u{FE50}' | '\u{FE10}' | '\u{FE11}' | '\u{2E41}' | '\u{FF0C}')
}

/// The article's container under `root` (the body) and the siblings that continue it, or
/// `None` when no element holds an article's worth of text.
pub(super) fn focus<N: HtmlNode>(root: &N, strict: bool) -> Option<Focus> {
    let elements = measure(root, strict);
    let scores = score(&elements);
    let mut ranked: Vec<(usize, f64)> =
        scores.iter().enumerate().filter_map(|(i, s)| s.map(|s| (i, s))).collect();
    // best first; among equals, the first in the page
    ranked.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    let &(best, top_score) = ranked.first()?;
    let top = common_ancestor(&elements, &ranked, best);
    let top = climb(&elements, &scores, top, scores[top].unwrap_or(top_score));
    if elements[top].chars < ARTICLE_CHARS || elements[top].parent.is_none() {
        return None;
    }
    let top_score = scores[top].unwrap_or(top_score);
    // siblings that continue the article: well scored, or a paragraph of unlinked text
    let threshold = (top_score * 0.2).max(10.0);
    let parent = elements[top].parent;
    let kept = (0..elements.len())
        .filter(|&i| {
            let e = &elements[i];
            i == top
                || (e.parent == parent
                    && (scores[i].is_some_and(|s| s >= threshold)
                        || (e.tag == "p" && e.chars > 80 && link_density(e) < 0.25)))
        })
        .collect::<Vec<usize>>();
    let kept = with_parts_alike(&elements, &scores, kept, best, threshold);
    let links = link_boxes(&elements, &kept);
    Some(Focus { kept, links })
}

/// `kept` with the parts of the article the page set elsewhere in containers like its own: an
/// element of the same tag and class as the best candidate (`like`: the box holding the
/// paragraphs, not a wrapper of the page's layout above it), outside what is
/// kept, scored past `threshold`, mostly unlinked and of an article's length, unlike a teaser's
/// box (a story whose body is cut in two by a
/// picture or an advert that sits in a container of its own, each part in its own copy of the
/// article's box).
fn with_parts_alike(
    elements: &[Element],
    scores: &[Option<f64>],
    mut kept: Vec<usize>,
    like: usize,
    threshold: f64,
) -> Vec<usize> {
    let same = |i: usize, j: usize| {
        let (a, b) = (&elements[i], &elements[j]);
        !a.class.is_empty() && a.tag == b.tag && a.class == b.class
    };
    // whether `a` is `b` or holds it
    let holds = |a: usize, mut b: usize| loop {
        if a == b {
            return true;
        }
        match elements[b].parent {
            Some(p) => b = p,
            None => return false,
        }
    };
    let parts: Vec<usize> = (0..elements.len())
        .filter(|&i| {
            i != like
                && same(i, like)
                && scores[i].is_some_and(|s| s >= threshold)
                && link_density(&elements[i]) < PART_LINKS
                && elements[i].chars - elements[i].link_chars >= ARTICLE_CHARS
                && !kept.iter().any(|&k| holds(k, i) || holds(i, k))
        })
        .collect();
    kept.extend(parts);
    kept.sort_unstable();
    kept
}

/// Share of links past which a box like the article's is a list of teasers, not a part of it.
const PART_LINKS: f64 = 0.25;

/// The boxes of links under the article's elements `kept` (not those elements themselves).
fn link_boxes(elements: &[Element], kept: &[usize]) -> Vec<usize> {
    // elements are in document order: a parent comes before its children
    let mut inside = vec![false; elements.len()];
    let mut boxes = Vec::new();
    for (i, e) in elements.iter().enumerate() {
        let under = e.parent.is_some_and(|p| inside[p]);
        inside[i] = under || kept.binary_search(&i).is_ok();
        if !under || !LINK_BOXES.contains(&e.tag.as_str()) || e.commas >= LINK_BOX_COMMAS {
            continue;
        }
        // a list of links may be the article's own (its sources, its reading list): only one
        // whose class or id says content and that is mostly links goes, as in Readability; a
        // `div` with no block inside is a paragraph, and stays
        let list = matches!(e.tag.as_str(), "ul" | "ol");
        if (list && e.class_weight < 25) || (e.tag == "div" && !e.block_child) {
            continue;
        }
        let limit = if e.class_weight >= 25 { LINK_BOX_DENSITY_CONTENT } else { LINK_BOX_DENSITY };
        // (a box with a paragraph's worth of unlinked text holds some of the article)
        let unlinked = e.chars - e.link_chars;
        if e.link_chars > 0 && link_density(e) > limit && unlinked < LINK_BOX_PROSE {
            boxes.push(i);
        }
    }
    boxes
}

/// Candidates after the best that are weighed against it (Readability's
/// `DEFAULT_N_TOP_CANDIDATES` counts the best too).
const TOP_CANDIDATES: usize = 4;

/// Share of the best score from which another candidate is as good a part of the article.
const CLOSE_SCORE: f64 = 0.75;

/// Candidates as good as the best that, sharing an ancestor with it, make that ancestor the
/// article (Readability's `MINIMUM_TOPCANDIDATES`).
const CLOSE_CANDIDATES: usize = 3;

/// The best candidate `top`, or the nearest of its ancestors (below the body) holding at least
/// [`CLOSE_CANDIDATES`] of the next best whose scores come close to it (`ranked`: candidates
/// best first): an article cut into parts of one paragraph or a few (steps, sections each in
/// its own box) is their common container, not the part that scored best, as in Readability.
fn common_ancestor(elements: &[Element], ranked: &[(usize, f64)], top: usize) -> usize {
    let Some(&(_, best)) = ranked.first() else { return top };
    let close: Vec<usize> = ranked
        .iter()
        .skip(1)
        .take(TOP_CANDIDATES)
        .filter(|&&(_, s)| best > 0.0 && s / best >= CLOSE_SCORE)
        .map(|&(i, _)| i)
        .collect();
    if close.len() < CLOSE_CANDIDATES {
        return top;
    }
    let under = |ancestor: usize, mut node: usize| {
        while let Some(p) = elements[node].parent {
            if p == ancestor {
                return true;
            }
            node = p;
        }
        false
    };
    let mut parent = elements[top].parent;
    while let Some(p) = parent.filter(|&p| elements[p].parent.is_some()) {
        if close.iter().filter(|&&c| under(p, c)).count() >= CLOSE_CANDIDATES {
            return p;
        }
        parent = elements[p].parent;
    }
    top
}

/// From the top candidate up: to a parent that scores higher (the article's paragraphs were
/// split among several children), and past wrappers that hold nothing else.
fn climb(elements: &[Element], scores: &[Option<f64>], mut top: usize, top_score: f64) -> usize {
    let threshold = top_score / 3.0;
    let mut last = top_score;
    let mut parent = elements[top].parent;
    while let Some(p) = parent.filter(|&p| elements[p].parent.is_some()) {
        let Some(score) = scores[p] else {
            parent = elements[p].parent;
            continue;
        };
        if score < threshold {
            break;
        }
        if score > last {
            top = p;
            break;
        }
        last = score;
        parent = elements[p].parent;
    }
    while let Some(p) = elements[top].parent.filter(|&p| elements[p].parent.is_some()) {
        if elements[p].children != 1 {
            break;
        }
        top = p;
    }
    top
}

fn link_density(e: &Element) -> f64 {
    if e.chars == 0 { 0.0 } else { e.link_chars as f64 / e.chars as f64 }
}

/// Characters from which a list item scores as a paragraph, and the share of links it may have.
const LIST_PROSE: usize = 80;
const LIST_PROSE_LINKS: f64 = 0.5;

/// Every paragraph's points given to its ancestors; each candidate's total shrunk by its links.
fn score(elements: &[Element]) -> Vec<Option<f64>> {
    let mut scores: Vec<Option<f64>> = vec![None; elements.len()];
    for e in elements {
        let paragraph = matches!(e.tag.as_str(), "p" | "pre" | "td")
            || (matches!(e.tag.as_str(), "div" | "section") && !e.block_child);
        // a list item of a sentence's length, mostly unlinked, is prose too (a post made of
        // lists); a menu's or a teaser list's items are short or links
        let prose_item = e.tag == "li"
            && !e.block_child
            && e.chars >= LIST_PROSE
            && link_density(e) < LIST_PROSE_LINKS;
        if !(paragraph || prose_item) || e.chars < 25 {
            continue;
        }
        let points = 1.0 + e.commas as f64 + (e.chars / 100).min(3) as f64;
        let mut ancestor = e.parent;
        for level in 0..5 {
            let Some(a) = ancestor else { break };
            let divider = match level {
                0 => 1.0,
                1 => 2.0,
                _ => f64::from(level) * 3.0,
            };
            let base = tag_weight(&elements[a].tag) + f64::from(elements[a].class_weight);
            *scores[a].get_or_insert(base) += points / divider;
            ancestor = elements[a].parent;
        }
    }
    for (i, s) in scores.iter_mut().enumerate() {
        if let Some(s) = s {
            *s *= 1.0 - link_density(&elements[i]);
        }
    }
    scores
}

/// The elements under `root` in document order, with their text measures. Keeps its own
/// stack, as the text walk does: pasted markup may nest as deep as it likes.
fn measure<N: HtmlNode>(root: &N, strict: bool) -> Vec<Element> {
    let mut elements = vec![Element { tag: "body".to_owned(), ..Element::default() }];
    // (children left, the element's index, inside a link)
    let mut stack = vec![(root.children(), 0usize, false)];
    while let Some((children, index, in_link)) = stack.last_mut() {
        let (index, in_link) = (*index, *in_link);
        let Some(node) = children.next() else {
            stack.pop();
            let e = &elements[index];
            let (chars, link_chars, commas) = (e.chars, e.link_chars, e.commas);
            let tag_is_block = BLOCK_CHILDREN.contains(&e.tag.as_str());
            if let Some(parent) = e.parent {
                let p = &mut elements[parent];
                p.chars += chars;
                p.link_chars += link_chars;
                p.commas += commas;
                p.block_child |= tag_is_block;
            }
            continue;
        };
        match node.kind() {
            NodeKind::Text(text) => {
                let chars = text.split_whitespace().map(|w| w.chars().count() + 1).sum::<usize>();
                let e = &mut elements[index];
                e.chars += chars;
                e.commas += text.chars().filter(|&c| is_comma(c)).count();
                if in_link {
                    e.link_chars += chars;
                }
            }
            NodeKind::Element(tag) => {
                let tag = tag.to_ascii_lowercase();
                if skip(&node, &tag, strict).skipped() {
                    continue;
                }
                elements[index].children += 1;
                let child = elements.len();
                elements.push(Element {
                    parent: Some(index),
                    class_weight: class_weight(&node),
                    class: node
                        .attribute("class")
                        .map(|c| c.split_whitespace().collect::<Vec<_>>().join(" "))
                        .unwrap_or_default(),
                    tag,
                    ..Element::default()
                });
                let link = in_link || elements[child].tag == "a";
                stack.push((node.children(), child, link));
            }
            NodeKind::Other => {}
        }
    }
    elements
}
