//! Round-ups: a piece made of several separate stories, each under a heading of its own (a
//! day's matches, a news round-up, the entries of a briefing). Its first item is a story; the
//! items after it are other stories, so a summary of the whole mixes them into something no
//! item says. The summary reads the first story only, and says so.
//!
//! The headings alone do not tell: a feature has section headings too, and a pasted page's
//! short captions stand in the body as subheadings. What tells is who the items are about: a
//! feature's sections come back to the people and places its first section is about; a
//! round-up's items each have their own.

use crate::engine::layout::article::Article;
use crate::engine::layout::document::Role;
use crate::engine::lexicon::SENTENCE_OPENERS;

/// Items under headings a piece needs to be a round-up: with fewer, one section heading or a
/// caption makes the call.
const MIN_ITEMS: usize = 3;
/// Body sentences an item needs to count as a story: a heading over one line is a list entry.
const MIN_ITEM_SENTENCES: usize = 2;

/// Where the second story of a round-up starts (the index of its first sentence), or `None`
/// when the piece is one story.
///
/// A round-up has [`MIN_ITEMS`] items or more (the body under each subheading), and fewer than
/// half of the items after the first name any of the first item's recurring names (a
/// capitalised word inside a sentence, in two of its sentences or more). What stands before the
/// first heading is the piece's introduction, part of no item.
pub fn second_story(article: &Article<'_>) -> Option<usize> {
    let text = article.text();
    // The body sentences under each heading, in reading order.
    let mut items: Vec<Vec<usize>> = Vec::new();
    let mut under_heading = false;
    for paragraph in &article.paragraphs {
        match paragraph.role {
            Role::Subheading => {
                items.push(Vec::new());
                under_heading = true;
            }
            Role::Body if under_heading => {
                if let Some(item) = items.last_mut() {
                    item.extend(paragraph.sentences.clone());
                }
            }
            _ => {}
        }
    }
    items.retain(|item| item.len() >= MIN_ITEM_SENTENCES);
    if items.len() < MIN_ITEMS {
        return None;
    }
    let names_of =
        |sentence: usize| names(article.sentences.get(sentence).map_or("", |s| s.span.of(text)));
    // The first item's recurring names: in two of its sentences or more.
    let mut counted: Vec<(&str, usize)> = Vec::new();
    for &sentence in &items[0] {
        let mut seen: Vec<&str> = names_of(sentence).collect();
        seen.sort_unstable();
        seen.dedup();
        for name in seen {
            match counted.iter_mut().find(|(n, _)| *n == name) {
                Some((_, count)) => *count += 1,
                None => counted.push((name, 1)),
            }
        }
    }
    let recurring: Vec<&str> =
        counted.into_iter().filter(|&(_, count)| count >= 2).map(|(n, _)| n).collect();
    if recurring.is_empty() {
        return None; // nothing to tell one story from several by
    }
    let later = &items[1..];
    let continuing = later
        .iter()
        .filter(|item| item.iter().any(|&s| names_of(s).any(|n| recurring.contains(&n))))
        .count();
    (2 * continuing < later.len()).then(|| later[0][0])
}

/// The names a sentence holds: its capitalised words, without a final "'s", but for a first
/// word that opens sentences ("The", "In"). An iterator: the later items' sentences are read
/// only until a recurring name turns up, and none is kept.
fn names(sentence: &str) -> impl Iterator<Item = &str> {
    sentence
        .split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '\'' || c == '’'))
        .filter(|w| !w.is_empty())
        .enumerate()
        // Cutting a possessive keeps a word's first letter (or leaves nothing): most words,
        // in lower case, are passed over before they are cut.
        .filter(|&(_, w)| w.chars().next().is_some_and(char::is_uppercase))
        .filter(|&(at, w)| at > 0 || !SENTENCE_OPENERS.has_as_written(w))
        .map(|(_, w)| without_possessives(w))
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase) && w.chars().count() >= 2)
}

/// `word` without its final "'s" or "’s" (all of them, as `trim_end_matches` cuts them):
/// suffixes cut as bytes, where a string pattern's searcher costs more to set up than the
/// word takes to read.
fn without_possessives(word: &str) -> &str {
    let mut word = word;
    while let Some(cut) = word.strip_suffix("'s") {
        word = cut;
    }
    while let Some(cut) = word.strip_suffix("’s") {
        word = cut;
    }
    word
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::Options;

    /// Three items under headings, each about its own people and places (invented text).
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

    fn second(text: &str) -> Option<&str> {
        let article = Article::read(text, &Options::default());
        second_story(&article).map(|i| article.sentences[i].span.of(text))
    }

    #[test]
    fn possessives_are_cut_as_trim_end_matches_cuts_them() {
        let words = [
            ("no possessive", "Holt"),
            ("straight", "Holt's"),
            ("curly", "Holt’s"),
            ("twice", "Holt's's"),
            ("straight after curly", "Holt’s's"),
            ("curly after straight", "Holt's’s"),
            ("only a possessive", "'s"),
            ("an apostrophe alone", "Holt'"),
        ];
        for (name, word) in words {
            let plain = word.trim_end_matches("'s").trim_end_matches("’s");
            assert_eq!(without_possessives(word), plain, "{name}");
        }
    }

    #[test]
    fn a_round_up_is_told_from_one_story_in_sections() {
        let feature = "The mayor's year\n\n\
            Jane Holt has been mayor of Eastport for a year.\n\n\
            The bridge\n\n\
            Holt closed the Harbour Bridge in March. Holt said the repairs could not wait.\n\n\
            The library\n\n\
            The new library opened in June. Holt called it the pride of Eastport.\n\n\
            The budget\n\n\
            The council passed her budget in October. Holt won the vote by two.";
        let two_items = ROUND_UP.split("\n\nFarmers protest prices").next().unwrap_or_default();
        let rows: &[(&str, &str, Option<&str>)] = &[
            (
                "three items about their own people and places",
                ROUND_UP,
                Some("The Westfield library won a national design prize on Tuesday."),
            ),
            ("sections that come back to the first one's people", feature, None),
            ("two items are too few to tell", two_items, None),
            (
                "no headings",
                "Bridge closes\n\nThe Harbour Bridge closed. Engineers found cracks in the Harbour Bridge.",
                None,
            ),
        ];
        for (name, text, want) in rows {
            assert_eq!(second(text), *want, "{name}");
        }
    }
}
