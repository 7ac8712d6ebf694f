//! What a whole page says about its article outside the text a reader sees: its title, author
//! and publication date, from the `<head>` (`<title>`, `<meta>` tags of Open Graph, Dublin Core,
//! Twitter and Parse.ly, schema.org JSON-LD) and from marked elements of the body (`rel=author`,
//! `itemprop=author`, a `byline` class, `<time datetime>`). The order of the sources is
//! Readability's, the de facto reading of these tags.

use super::{HtmlNode, NodeKind, collapse};

/// The article's facts a page declares; each as text, never markup.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PageFacts {
    pub title: Option<String>,
    pub byline: Option<String>,
    /// `YYYY-MM-DD`.
    pub published: Option<String>,
}

/// `meta` names and properties, best first, for each fact.
const TITLE_META: &[&str] = &[
    "dc:title",
    "dcterm:title",
    "og:title",
    "weibo:article:title",
    "weibo:webpage:title",
    "title",
    "twitter:title",
    "parsely-title",
];
const BYLINE_META: &[&str] =
    &["dc:creator", "dcterm:creator", "author", "parsely-author", "article:author"];
const DATE_META: &[&str] = &[
    "article:published_time",
    "parsely-pub-date",
    "datepublished",
    "dc.date.issued",
    "dcterms.created",
    "pubdate",
    "publishdate",
];

/// schema.org types of an article (Readability's list).
#[rustfmt::skip]
const ARTICLE_TYPES: &[&str] = &[
    "Article", "AdvertiserContentArticle", "NewsArticle", "AnalysisNewsArticle",
    "AskPublicNewsArticle", "BackgroundNewsArticle", "BlogPosting", "DiscussionForumPosting",
    "LiveBlogPosting", "OpinionNewsArticle", "ReportageNewsArticle", "ReviewNewsArticle",
    "Report", "SatiricalArticle", "ScholarlyArticle", "MedicalScholarlyArticle",
    "SocialMediaPosting", "TechArticle",
];

/// Everything gathered in one walk of the document, before choosing.
#[derive(Default)]
struct Found {
    document_title: Option<String>,
    meta: Vec<(String, String)>,
    ld: Option<LinkedData>,
    headings: Vec<String>,
    marked_byline: Option<String>,
    time: Option<String>,
}

#[derive(Default)]
struct LinkedData {
    name: Option<String>,
    headline: Option<String>,
    byline: Option<String>,
    published: Option<String>,
}

/// The facts `root` (the `<html>` element, or any part of a page) declares.
pub fn page_facts<N: HtmlNode>(root: &N) -> PageFacts {
    let found = gather(root);
    let meta = |names: &[&str]| {
        names.iter().find_map(|name| {
            found
                .meta
                .iter()
                .find(|(key, value)| key == name && !value.trim().is_empty())
                .map(|(_, value)| collapse(value))
        })
    };
    let ld = found.ld.as_ref();
    let ld_title = ld.and_then(|ld| match (&ld.name, &ld.headline) {
        // both, and different: the one the document's title repeats
        (Some(name), Some(headline)) if name != headline => {
            let page = found.document_title.as_deref().unwrap_or_default();
            let name_matches = similarity(page, name) > 0.75;
            let headline_matches = similarity(page, headline) > 0.75;
            Some(if name_matches && !headline_matches { name } else { headline }.clone())
        }
        (name, headline) => headline.clone().or_else(|| name.clone()),
    });
    let title = ld_title
        .or_else(|| meta(TITLE_META))
        .or_else(|| found.document_title.as_deref().map(|t| article_title(t, &found.headings)));
    let byline = ld
        .and_then(|ld| ld.byline.clone())
        .or_else(|| meta(BYLINE_META).and_then(|b| without_address(&b)))
        .or(found.marked_byline.clone());
    let published = ld
        .and_then(|ld| ld.published.clone())
        .or_else(|| meta(DATE_META))
        .or(found.time.clone())
        .and_then(|d| iso_day(&d));
    PageFacts { title: title.filter(|t| !t.is_empty()), byline, published }
}

/// An author named in a `meta` tag, without the address in brackets after the name ("Jane Doe
/// (https://example.org/jane)", "Jane Doe <jane@example.org>"); `None` for an address alone
/// (`article:author` often holds the author's page, not a name).
fn without_address(author: &str) -> Option<String> {
    let is_address = |s: &str| s.contains("://") || s.starts_with("www.") || s.contains('@');
    let name = match author.find(['(', '<']) {
        Some(open) if is_address(&author[open..]) => author[..open].trim(),
        _ => author.trim(),
    };
    (!name.is_empty() && !is_address(name)).then(|| name.to_owned())
}

/// `YYYY-MM-DD` when `value` starts with one.
fn iso_day(value: &str) -> Option<String> {
    let day = value.trim().get(..10)?;
    let b = day.as_bytes();
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    (digits(0..4) && b[4] == b'-' && digits(5..7) && b[7] == b'-' && digits(8..10))
        .then(|| day.to_owned())
}

/// The visible text of `node`, spaces collapsed, up to `limit` characters (`None` past it).
fn short_text<N: HtmlNode>(node: &N, limit: usize) -> Option<String> {
    let mut text = String::new();
    let mut stack = vec![node.children()];
    while let Some(children) = stack.last_mut() {
        let Some(child) = children.next() else {
            stack.pop();
            continue;
        };
        match child.kind() {
            NodeKind::Text(t) => {
                text.push(' ');
                text.push_str(&t);
                if text.len() > limit * 4 {
                    return None;
                }
            }
            NodeKind::Element(tag) => {
                if !matches!(tag.to_ascii_lowercase().as_str(), "script" | "style" | "template") {
                    stack.push(child.children());
                }
            }
            NodeKind::Other => {}
        }
    }
    let text = collapse(&text);
    (text.chars().count() <= limit).then_some(text)
}

fn gather<N: HtmlNode>(root: &N) -> Found {
    let mut found = Found::default();
    let mut stack = vec![root.children()];
    while let Some(children) = stack.last_mut() {
        let Some(node) = children.next() else {
            stack.pop();
            continue;
        };
        let NodeKind::Element(tag) = node.kind() else { continue };
        let tag = tag.to_ascii_lowercase();
        match tag.as_str() {
            "title" if found.document_title.is_none() => {
                found.document_title = short_text(&node, 1000);
            }
            "meta" => {
                let key = node.attribute("property").or_else(|| node.attribute("name"));
                let key = key.or_else(|| node.attribute("itemprop"));
                if let (Some(key), Some(value)) = (key, node.attribute("content")) {
                    // a property may list several names: "og:title twitter:title"
                    for key in key.split_whitespace() {
                        found.meta.push((key.to_lowercase(), value.clone()));
                    }
                }
            }
            "script" => {
                let ld = node.attribute("type").is_some_and(|t| t.trim() == "application/ld+json");
                if ld && found.ld.is_none() {
                    let text: String = node
                        .children()
                        .filter_map(|c| match c.kind() {
                            NodeKind::Text(t) => Some(t),
                            _ => None,
                        })
                        .collect();
                    found.ld = linked_data(&text);
                }
            }
            "style" | "template" | "noscript" => {}
            _ => {
                if matches!(tag.as_str(), "h1" | "h2") {
                    if let Some(text) = short_text(&node, 400) {
                        found.headings.push(text);
                    }
                }
                if found.time.is_none() {
                    let published = node
                        .attribute("itemprop")
                        .is_some_and(|p| p.to_lowercase().contains("datepublished"));
                    if tag == "time" || published {
                        found.time = node
                            .attribute("datetime")
                            .or_else(|| node.attribute("content"))
                            .filter(|d| iso_day(d).is_some());
                    }
                }
                if found.marked_byline.is_none() && marks_byline(&node) {
                    found.marked_byline = short_text(&node, 100).filter(|t| !t.is_empty());
                }
                stack.push(node.children());
            }
        }
    }
    found
}

/// `rel=author`, `itemprop=author` or a class or id naming a byline (Readability's test).
fn marks_byline<N: HtmlNode>(node: &N) -> bool {
    let attr = |name: &str| node.attribute(name).unwrap_or_default().to_lowercase();
    if attr("rel") == "author" || attr("itemprop").contains("author") {
        return true;
    }
    let names = format!("{} {}", attr("class"), attr("id"));
    ["byline", "author", "dateline", "writtenby", "p-author"].iter().any(|w| names.contains(w))
}

/// The article described by a JSON-LD script: its headline, authors and publication date.
fn linked_data(json: &str) -> Option<LinkedData> {
    // some pages wrap the JSON in a CDATA section, as XHTML asks
    let json = json.trim();
    let json =
        json.strip_prefix("<![CDATA[").map_or(json, |j| j.trim_end().trim_end_matches("]]>"));
    let value: serde_json::Value = serde_json::from_str(json.trim()).ok()?;
    let article = find_article(&value)?;
    let text = |key: &str| article.get(key).and_then(|v| v.as_str()).map(collapse);
    let name_of = |v: &serde_json::Value| match v {
        serde_json::Value::String(s) => Some(collapse(s)),
        serde_json::Value::Object(o) => o.get("name").and_then(|n| n.as_str()).map(collapse),
        _ => None,
    };
    let byline = match article.get("author") {
        Some(serde_json::Value::Array(authors)) => {
            let names: Vec<String> = authors.iter().filter_map(name_of).collect();
            (!names.is_empty()).then(|| names.join(", "))
        }
        Some(author) => name_of(author),
        None => None,
    };
    Some(LinkedData {
        name: text("name").filter(|t| !t.is_empty()),
        headline: text("headline").filter(|t| !t.is_empty()),
        byline: byline.filter(|b| !b.is_empty()),
        published: text("datePublished"),
    })
}

fn find_article(value: &serde_json::Value) -> Option<&serde_json::Map<String, serde_json::Value>> {
    match value {
        serde_json::Value::Array(items) => items.iter().find_map(find_article),
        serde_json::Value::Object(object) => {
            let is_article = match object.get("@type") {
                Some(serde_json::Value::String(t)) => ARTICLE_TYPES.contains(&t.as_str()),
                Some(serde_json::Value::Array(ts)) => {
                    ts.iter().any(|t| t.as_str().is_some_and(|t| ARTICLE_TYPES.contains(&t)))
                }
                _ => false,
            };
            if is_article {
                return Some(object);
            }
            object.get("@graph").and_then(find_article)
        }
        _ => None,
    }
}

/// How much of `b`'s text `a` shares, by words (Readability's `_textSimilarity`): 1 when every
/// word of `b` is in `a`.
fn similarity(a: &str, b: &str) -> f64 {
    let words = |s: &str| -> Vec<String> {
        s.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect()
    };
    let (a, b) = (words(a), words(b));
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    let unique: Vec<&String> = b.iter().filter(|w| !a.contains(w)).collect();
    let unique_len = unique.iter().map(|w| w.len()).sum::<usize>() + unique.len().saturating_sub(1);
    let b_len = b.iter().map(String::len).sum::<usize>() + b.len() - 1;
    1.0 - unique_len as f64 / b_len as f64
}

/// The article's title from the document's `<title>`: the site's name cut off ("Title | Site",
/// "Site > Section > Title"), unless that leaves too few words to be a title. Readability's
/// `_getArticleTitle`.
fn article_title(document_title: &str, headings: &[String]) -> String {
    const SEPARATORS: &[char] = &['|', '-', '–', '—', '\\', '/', '>', '»'];
    let original = collapse(document_title);
    let words = |s: &str| s.split_whitespace().count();
    // a separator with a space on each side
    let separated: Vec<usize> = original
        .char_indices()
        .filter(|&(i, c)| {
            SEPARATORS.contains(&c)
                && original[..i].ends_with(' ')
                && original[i + c.len_utf8()..].starts_with(' ')
        })
        .map(|(i, _)| i)
        .collect();
    let mut hierarchical = false;
    let mut title = original.clone();
    if let (Some(&first), Some(&last)) = (separated.first(), separated.last()) {
        hierarchical = separated
            .iter()
            .any(|&i| matches!(original[i..].chars().next(), Some('\\' | '/' | '>' | '»')));
        title = original[..last].trim().to_owned();
        if words(&title) < 3 {
            let after = first + original[first..].chars().next().map_or(1, char::len_utf8);
            title = original[after..].trim().to_owned();
        }
    } else if let Some(colon) = original.find(": ") {
        if !headings.iter().any(|h| h.trim() == original) {
            let last = original.rfind(':').unwrap_or(colon);
            title = original[last + 1..].trim().to_owned();
            if words(&title) < 3 {
                title = original[colon + 1..].trim().to_owned();
            } else if words(&original[..colon]) > 5 {
                title = original.clone();
            }
        }
    } else if original.chars().count() > 150 || original.chars().count() < 15 {
        let h1s: Vec<&String> = headings.iter().take(2).collect();
        if let [only] = h1s.as_slice() {
            title = (*only).clone();
        }
    }
    let title = collapse(&title);
    let count = words(&title);
    let without_separators: String =
        original.chars().map(|c| if SEPARATORS.contains(&c) { ' ' } else { c }).collect();
    if count <= 4 && (!hierarchical || count + 1 != words(&without_separators)) {
        return original;
    }
    title
}

#[cfg(test)]
mod tests {
    use super::{article_title, iso_day, linked_data, without_address};

    #[test]
    fn a_document_title_loses_its_site_name_but_not_its_words() {
        let rows = [
            (
                "site after a bar",
                "Storm hits the coast overnight | Daily Paper",
                "Storm hits the coast overnight",
            ),
            (
                "site before a path",
                "Daily Paper > Storm hits the coast overnight",
                "Storm hits the coast overnight",
            ),
            ("too short once cut", "Storm hits | Daily Paper", "Storm hits | Daily Paper"),
            ("no separator", "Storm hits the coast overnight", "Storm hits the coast overnight"),
            (
                "hyphen inside a word stays",
                "Well-known storm hits the coast",
                "Well-known storm hits the coast",
            ),
        ];
        for (name, title, want) in rows {
            assert_eq!(article_title(title, &[]), want, "{name}");
        }
    }

    #[test]
    fn an_authors_address_is_no_part_of_the_byline() {
        let rows = [
            ("a name alone", "Jane Doe", Some("Jane Doe")),
            ("a page in brackets", "Jane Doe (https://example.org/jane/)", Some("Jane Doe")),
            ("a mail address in angle brackets", "Jane Doe <jane@example.org>", Some("Jane Doe")),
            (
                "an aside in brackets stays",
                "Jane Doe (with John Roe)",
                Some("Jane Doe (with John Roe)"),
            ),
            ("an address alone", "https://example.org/author/jane", None),
            ("a bare host", "www.example.org", None),
        ];
        for (name, author, want) in rows {
            assert_eq!(without_address(author).as_deref(), want, "{name}");
        }
    }

    #[test]
    fn json_ld_gives_the_articles_headline_authors_and_date() {
        let json = r#"{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Site"},
            {"@type":"NewsArticle","headline":"Storm  hits","author":[{"@type":"Person","name":"Jane Doe"},{"name":"Al Roe"}],
             "datePublished":"2021-05-02T08:15:00Z"}]}"#;
        let ld = linked_data(json).expect("an article");
        assert_eq!(ld.headline.as_deref(), Some("Storm hits"));
        assert_eq!(ld.byline.as_deref(), Some("Jane Doe, Al Roe"));
        assert_eq!(ld.published.and_then(|d| iso_day(&d)).as_deref(), Some("2021-05-02"));
        assert!(linked_data(r#"{"@type":"WebSite","name":"Site"}"#).is_none());
        assert!(linked_data("not json").is_none());
        let wrapped = r#"<![CDATA[ {"@type":"Article","name":"Storm"} ]]>"#;
        assert_eq!(linked_data(wrapped).and_then(|ld| ld.name).as_deref(), Some("Storm"));
    }
}
