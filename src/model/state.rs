//! The page's one piece of state and the actions that change it (the todomvc pattern: state in
//! one place, components send actions up and get slices of state down).

use std::collections::BTreeSet;
use std::rc::Rc;

use crate::engine::{CalendarDate, Digest, Options, Span};

use super::examples::{self, Example};
use super::same::Same;
use super::saved::{Loaded, Saved, SavedArticle};

/// What the reader asked to see in the text: sentences to bring into view and spans to mark.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Focus {
    pub sentences: Vec<usize>,
    pub marks: Vec<Span>,
}

/// A finished digest together with the text it was made from: the reader view always renders
/// the two as a pair, so spans never point into a newer text still being read.
#[derive(Debug, Clone, PartialEq)]
pub struct Reading {
    pub text: Rc<str>,
    pub digest: Same<Digest>,
    /// From handing the text over to having its digest, in milliseconds.
    pub millis: Option<f64>,
}

impl Default for Reading {
    fn default() -> Self {
        // The digest of no text, without running the engine (the page's module has none).
        Self { text: Rc::from(""), digest: Same::default(), millis: None }
    }
}

/// One pasted article (a tab of the page).
#[derive(Debug, Clone, PartialEq)]
pub struct Article {
    /// Stable identity, kept across reloads.
    pub key: u64,
    /// The name the reader gave the tab, if any (else its headline names it).
    pub name: Option<String>,
    /// The text as the editor shows it (possibly newer than `reading`).
    pub text: Rc<str>,
    /// The bundled example on show, until the reader edits it.
    pub example: Option<String>,
    pub options: Options,
    /// Page-chrome lines the reader chose to keep in this article.
    pub kept: Rc<BTreeSet<String>>,
    /// Stamps each version of (text, options), unique across articles; a digest is accepted only
    /// for the latest version.
    pub version: u64,
    /// Whether the latest version is still being read.
    pub pending: bool,
    /// How much of the latest version's read is done, 0 to 1, as the engine reported it.
    pub progress: f32,
    pub reading: Rc<Reading>,
}

impl Article {
    /// The tab's label: the reader's name, else the headline, else the first words.
    pub fn title(&self) -> String {
        if let Some(name) = self.name.as_ref().filter(|n| !n.trim().is_empty()) {
            return name.clone();
        }
        let digest = &self.reading.digest;
        let headline = digest.headline.map(|h| h.of(&self.reading.text).to_owned());
        let first = || self.text.split_whitespace().take(6).collect::<Vec<_>>().join(" ");
        match headline.filter(|h| !h.is_empty()).unwrap_or_else(first) {
            title if title.is_empty() => "Empty article".to_owned(),
            title => title,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct AppState {
    /// Never empty: there is always an article to paste into.
    pub articles: Vec<Article>,
    /// Index of the article on show.
    pub current: usize,
    /// The other article shown side by side in the compare view, by key.
    pub compare_with: Option<u64>,
    next_key: u64,
    next_version: u64,
    pub focus: Option<Rc<Focus>>,
    /// Something went wrong and the reader should know (a file that is not text, storage full).
    pub notice: Option<String>,
}

pub enum Action {
    /// The reader typed, pasted or dropped: `text` is the whole new current article.
    Edit(String),
    /// Opens a bundled example (or a set of them) as articles.
    LoadExamples(&'static [&'static Example]),
    /// What a reload finds in storage.
    Reload(Saved),
    /// The reader set (or cleared) the current article's publication date.
    SetPublished(Option<CalendarDate>),
    /// Keep a line the engine removed as page chrome, or remove it again.
    ToggleKept(String),
    /// The digest of version `version` of some article is ready.
    Digested {
        version: u64,
        digest: Rc<Digest>,
        millis: Option<f64>,
    },
    /// The read of version `version` of some article has got this far (0 to 1).
    ReadingProgress {
        version: u64,
        done: f32,
    },
    /// Reading failed (with why) or was stopped: the view keeps the last complete digest.
    /// A failure of an older version only reports; the latest may still be on its way.
    StopReading {
        version: Option<u64>,
        message: Option<String>,
    },
    AddArticle,
    Select(usize),
    Rename(usize, String),
    Remove(usize),
    /// Moves an article one place left (-1) or right (+1).
    Move(usize, isize),
    /// Compares the current article with the article of this key, or ends comparing.
    Compare(Option<u64>),
    /// Adds the articles of a backup after those on the page.
    Import(Saved),
    /// Deletes every article (the reader confirmed).
    DeleteAll,
    Focus(Option<Focus>),
    Notice(String),
    DismissNotice,
}

impl Default for AppState {
    fn default() -> Self {
        Self::empty()
    }
}

impl AppState {
    pub fn empty() -> Self {
        let mut state = Self {
            articles: Vec::new(),
            current: 0,
            compare_with: None,
            next_key: 1,
            next_version: 1,
            focus: None,
            notice: None,
        };
        let article = state.new_article(Rc::from(""), None, Options::default());
        state.articles.push(article);
        state
    }

    #[cfg(test)]
    pub fn from_examples(examples: &[&Example]) -> Self {
        let mut state = Self::empty();
        state.open_examples(examples);
        state
    }

    /// The state a reload restores; what could not be read becomes a notice, not an empty page
    /// pretending nothing was there.
    pub fn restored(loaded: Loaded) -> Self {
        let state = match loaded.saved {
            Some(saved) => Rc::new(Self::empty()).apply(Action::Reload(saved)).as_ref().clone(),
            None => Self::empty(),
        };
        match loaded.notice {
            Some(message) => state.with_notice(message),
            None => state,
        }
    }

    pub fn with_notice(self, message: String) -> Self {
        Self { notice: Some(message), ..self }
    }

    pub fn article(&self) -> &Article {
        // `articles` is never empty and `current` always points into it.
        &self.articles[self.current.min(self.articles.len() - 1)]
    }

    fn article_mut(&mut self) -> &mut Article {
        let last = self.articles.len() - 1;
        &mut self.articles[self.current.min(last)]
    }

    pub fn compared(&self) -> Option<&Article> {
        let key = self.compare_with?;
        self.articles.iter().find(|a| a.key == key && a.key != self.article().key)
    }

    pub fn saved(&self) -> Saved {
        let articles = self
            .articles
            .iter()
            .map(|a| SavedArticle {
                name: a.name.clone(),
                text: a.text.to_string(),
                example: a.example.clone(),
                published: a.options.published,
                kept: (*a.kept).clone(),
            })
            .collect();
        Saved { articles, current: self.current }
    }

    fn new_article(&mut self, text: Rc<str>, example: Option<String>, options: Options) -> Article {
        let key = self.next_key;
        self.next_key += 1;
        let version = self.stamp();
        Article {
            key,
            name: None,
            text,
            example,
            options,
            kept: Rc::default(),
            version,
            pending: true,
            progress: 0.0,
            reading: Rc::default(),
        }
    }

    fn stamp(&mut self) -> u64 {
        let version = self.next_version;
        self.next_version += 1;
        version
    }

    /// Gives the current article new text or options, to be read again; its old reading stays
    /// on show until the new one is complete.
    fn revise(&mut self, text: Rc<str>, example: Option<String>, options: Options) {
        let version = self.stamp();
        let article = self.article_mut();
        article.text = text;
        article.example = example;
        article.options = options;
        article.version = version;
        article.pending = true;
        article.progress = 0.0;
        self.focus = None;
    }

    /// Opens each example: one already open is selected, an empty current article is filled,
    /// anything else gets a new tab.
    fn open_examples(&mut self, examples: &[&Example]) {
        let mut first = None;
        for example in examples {
            let open = self.articles.iter().position(|a| a.example.as_deref() == Some(example.id));
            let index = match open {
                Some(index) => index,
                None if self.article().text.trim().is_empty() => {
                    let options = self.article().options.clone();
                    self.revise(example.text.into(), Some(example.id.to_owned()), options);
                    self.current
                }
                None => {
                    let article = self.new_article(
                        example.text.into(),
                        Some(example.id.to_owned()),
                        Options::default(),
                    );
                    self.articles.push(article);
                    self.articles.len() - 1
                }
            };
            self.current = index;
            first.get_or_insert(index);
        }
        if let Some(first) = first {
            self.current = first;
        }
        // Two examples of one story open side by side.
        self.compare_with = match examples {
            [_, second, ..] => self
                .articles
                .iter()
                .find(|a| a.example.as_deref() == Some(second.id))
                .map(|a| a.key),
            _ => self.compare_with,
        };
        self.focus = None;
    }
}

impl AppState {
    /// The one reducer: the state after `action`. Pure (no browser, no clock, no storage), so
    /// every transition is tested natively; `ui` hands it to Yew as the `Reducible` impl.
    /// Returns `self` unchanged (the same `Rc`) when the action changes nothing, so Yew skips
    /// the render.
    pub fn apply(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::Edit(text) if *text == *self.article().text => return self,
            Action::Edit(text) => {
                let options = next.article().options.clone();
                next.revise(text.into(), None, options);
            }
            Action::LoadExamples(examples) => next.open_examples(examples),
            Action::Reload(saved) => {
                let mut restored = Self::empty();
                restored.articles.clear();
                for article in saved.articles {
                    // A saved example is shown from the bundle: the stored copy may be older.
                    let example = article.example.as_deref().and_then(examples::find);
                    let text = example.map_or(article.text, |e| e.text.to_owned());
                    let options = Options { published: article.published };
                    let mut fresh = restored.new_article(
                        text.into(),
                        example.map(|e| e.id.to_owned()),
                        options,
                    );
                    fresh.name = article.name;
                    fresh.kept = Rc::new(article.kept);
                    restored.articles.push(fresh);
                }
                if restored.articles.is_empty() {
                    return Rc::new(Self::empty());
                }
                restored.current = saved.current.min(restored.articles.len() - 1);
                restored.notice = self.notice.clone();
                next = restored;
            }
            Action::SetPublished(date) => {
                let (text, example) = (next.article().text.clone(), next.article().example.clone());
                next.revise(text, example, Options { published: date });
            }
            Action::ToggleKept(line) => {
                let article = next.article_mut();
                let mut kept = (*article.kept).clone();
                if !kept.remove(&line) {
                    kept.insert(line);
                }
                article.kept = Rc::new(kept);
            }
            Action::Digested { version, digest, millis } => {
                let Some(article) = next.articles.iter_mut().find(|a| a.version == version) else {
                    return self; // an answer for a version since replaced
                };
                article.reading = Rc::new(Reading {
                    text: article.text.clone(),
                    digest: Same::new(digest),
                    millis,
                });
                article.pending = false;
            }
            Action::ReadingProgress { version, done } => {
                let Some(article) =
                    next.articles.iter_mut().find(|a| a.version == version && a.pending)
                else {
                    return self; // a read since replaced or finished
                };
                article.progress = article.progress.max(done.clamp(0.0, 1.0));
            }
            Action::StopReading { version, message } => {
                for article in &mut next.articles {
                    if version.is_none_or(|v| v == article.version) {
                        article.pending = false;
                    }
                }
                next.notice = message.or(next.notice);
            }
            Action::AddArticle => {
                let article = next.new_article(Rc::from(""), None, Options::default());
                next.articles.push(article);
                next.current = next.articles.len() - 1;
                next.compare_with = None;
                next.focus = None;
            }
            Action::Select(index) if index < next.articles.len() => {
                if index != next.current {
                    next.compare_with = None;
                }
                next.current = index;
                next.focus = None;
            }
            Action::Select(_) => return self,
            Action::Rename(index, name) => {
                if let Some(article) = next.articles.get_mut(index) {
                    let name = name.trim();
                    article.name = (!name.is_empty()).then(|| name.to_owned());
                }
            }
            Action::Remove(index) if index < next.articles.len() => {
                let removed = next.articles.remove(index);
                if next.articles.is_empty() {
                    let article = next.new_article(Rc::from(""), None, Options::default());
                    next.articles.push(article);
                }
                if next.current > index || next.current >= next.articles.len() {
                    next.current = next.current.saturating_sub(1);
                }
                if next.compare_with == Some(removed.key) {
                    next.compare_with = None;
                }
                next.focus = None;
            }
            Action::Remove(_) => return self,
            Action::Move(index, step) => {
                let target = index.checked_add_signed(step).filter(|&t| t < next.articles.len());
                let Some(target) = target.filter(|_| index < next.articles.len()) else {
                    return self;
                };
                next.articles.swap(index, target);
                if next.current == index {
                    next.current = target;
                } else if next.current == target {
                    next.current = index;
                }
            }
            Action::Compare(key) => {
                next.compare_with = key;
                next.focus = None;
            }
            Action::Import(saved) => {
                let count = saved.articles.len();
                let empty_page = next.articles.len() == 1 && next.article().text.trim().is_empty();
                if empty_page {
                    next.articles.clear();
                }
                for article in saved.articles {
                    let mut fresh = next.new_article(
                        article.text.into(),
                        article.example,
                        Options { published: article.published },
                    );
                    fresh.name = article.name;
                    fresh.kept = Rc::new(article.kept);
                    next.articles.push(fresh);
                }
                if next.articles.is_empty() {
                    return Rc::new(Self::empty());
                }
                next.current =
                    next.articles.len().saturating_sub(count.max(1)).min(next.articles.len() - 1);
                next.notice =
                    Some(format!("Imported {count} article{}.", if count == 1 { "" } else { "s" }));
            }
            Action::DeleteAll => {
                next.articles.clear();
                let article = next.new_article(Rc::from(""), None, Options::default());
                next.articles.push(article);
                next.current = 0;
                next.compare_with = None;
                next.focus = None;
                next.notice = Some("Every article was deleted from this browser.".to_owned());
            }
            Action::Focus(focus) => next.focus = focus.map(Rc::new),
            Action::Notice(message) => next.notice = Some(message),
            Action::DismissNotice => next.notice = None,
        }
        Rc::new(next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn state() -> Rc<AppState> {
        Rc::new(AppState::from_examples(&[examples::EXAMPLES[0]]))
    }

    fn read(state: Rc<AppState>) -> Rc<AppState> {
        let article = state.article();
        let digest = Rc::new(crate::engine::digest(&article.text, &article.options));
        let version = article.version;
        state.apply(Action::Digested { version, digest, millis: Some(1.0) })
    }

    #[test]
    fn progress_is_kept_for_the_version_being_read_only() {
        let s = state();
        let version = s.article().version;
        let progress = |s: &Rc<AppState>| s.article().progress;
        let half = s.clone().apply(Action::ReadingProgress { version, done: 0.5 });
        assert_eq!(progress(&half), 0.5);
        let rows: &[(&str, u64, f32, f32)] = &[
            ("an older version's report", version - 1, 0.9, 0.5),
            ("a report that goes back", version, 0.2, 0.5),
            ("more than all", version, 7.0, 1.0),
        ];
        for &(name, version, done, expected) in rows {
            let next = half.clone().apply(Action::ReadingProgress { version, done });
            assert_eq!(progress(&next), expected, "{name}");
        }
        let edited = half.clone().apply(Action::Edit("A new text.".into()));
        assert_eq!(progress(&edited), 0.0, "a new version starts from nothing");
        let done = read(half);
        let late = done.clone().apply(Action::ReadingProgress { version, done: 0.9 });
        assert!(Rc::ptr_eq(&done, &late), "a finished read takes no report");
    }

    #[test]
    fn kept_lines_belong_to_their_article() {
        let s = state().apply(Action::ToggleKept("Breaking News".into()));
        assert!(s.article().kept.contains("Breaking News"));
        let other = s.clone().apply(Action::AddArticle);
        assert!(other.article().kept.is_empty());
        let back = other.apply(Action::Select(0));
        assert!(back.article().kept.contains("Breaking News"));
        let undone = back.apply(Action::ToggleKept("Breaking News".into()));
        assert!(undone.article().kept.is_empty());
    }

    #[test]
    fn the_readers_date_redigests_and_is_saved() {
        let date = CalendarDate::new(2009, 7, 28).ok();
        let before = read(state());
        let s = before.clone().apply(Action::SetPublished(date));
        assert!(s.article().version > before.article().version, "a new version to read");
        assert!(s.article().pending);
        assert_eq!(s.saved().articles[0].published, date);
        let digest = Rc::new(crate::engine::digest(&s.article().text, &s.article().options));
        let stale = s.clone().apply(Action::Digested {
            version: before.article().version,
            digest: digest.clone(),
            millis: None,
        });
        assert!(stale.article().pending, "a digest of an older version is dropped");
        let done = read(s);
        assert!(!done.article().pending);
        assert_eq!(done.article().reading.digest.published.map(|p| p.date), date);
    }

    #[test]
    fn articles_are_added_renamed_moved_and_removed() {
        let s = read(state()).apply(Action::AddArticle);
        assert_eq!(s.articles.len(), 2);
        assert_eq!(s.current, 1);
        let s = s.apply(Action::Edit("Second story. It is short.".into()));
        let s = s.apply(Action::Rename(1, "  Mine  ".into()));
        assert_eq!(s.article().title(), "Mine");
        let s = s.apply(Action::Move(1, -1));
        assert_eq!((s.current, s.articles[0].title().as_str()), (0, "Mine"));
        assert_eq!(s.articles[1].title(), "Kyrgyz opposition in Russia after disputed vote");
        let s = s.apply(Action::Move(0, -1));
        assert_eq!(s.current, 0, "nothing moves past the first place");
        let s = s.apply(Action::Remove(0));
        assert_eq!(s.articles.len(), 1);
        assert_eq!(s.current, 0);
        let s = s.apply(Action::Remove(0));
        assert_eq!(s.articles.len(), 1, "there is always an article to paste into");
        assert!(s.article().text.is_empty());
    }

    #[test]
    fn two_examples_open_as_two_articles_compared() {
        let pair = [examples::EXAMPLES[0], examples::EXAMPLES[1]];
        let s = Rc::new(AppState::from_examples(&pair));
        assert_eq!(s.articles.len(), 2);
        assert_eq!(s.current, 0);
        assert_eq!(s.compared().map(|a| a.example.as_deref()), Some(Some(pair[1].id)));
        let again = s.apply(Action::LoadExamples(&[]));
        assert_eq!(again.articles.len(), 2);
    }

    #[test]
    fn everything_survives_a_save_and_reload() {
        let s = read(state()).apply(Action::AddArticle);
        let s = s.apply(Action::Edit("Pasted text.".into()));
        let s = s.apply(Action::Rename(1, "Notes".into()));
        let saved = s.saved();
        let back = Rc::new(AppState::empty()).apply(Action::Reload(saved.clone()));
        assert_eq!(back.saved(), saved);
        assert_eq!(back.articles.iter().map(|a| a.pending).collect::<Vec<_>>(), [true, true]);
    }

    #[test]
    fn a_backup_imports_after_the_articles_and_delete_all_leaves_one_empty() {
        let s = read(state());
        let backup = s.saved();
        let s = s.apply(Action::Import(backup));
        assert_eq!(s.articles.len(), 2);
        assert_eq!(s.current, 1, "the first imported article is on show");
        let s = s.apply(Action::DeleteAll);
        assert_eq!(s.articles.len(), 1);
        assert!(s.article().text.is_empty());
        let fresh = Rc::new(AppState::empty()).apply(Action::Import(read(state()).saved()));
        assert_eq!(fresh.articles.len(), 1, "an empty page is replaced, not kept");
    }
}
