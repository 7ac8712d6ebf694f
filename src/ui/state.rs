//! The page's one piece of state and the actions that change it (the todomvc pattern: state in
//! one place, components send actions up and get slices of state down).

use std::collections::{BTreeMap, BTreeSet};
use std::rc::Rc;

use yew::Reducible;

use crate::engine::{self, CalendarDate, Digest, Options, Span};

use super::examples;
use super::storage::Saved;

/// The key under which choices about a pasted (not bundled) article are kept.
const PASTED: &str = "pasted";

/// Page-chrome lines the reader chose to keep, per article key (example id or "pasted").
pub type Kept = BTreeMap<String, BTreeSet<String>>;

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
    pub digest: Rc<Digest>,
    /// From handing the text over to having its digest, in milliseconds.
    pub millis: Option<f64>,
}

impl Default for Reading {
    fn default() -> Self {
        let digest = engine::digest("", &Options::default());
        Self { text: Rc::from(""), digest: Rc::new(digest), millis: None }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct AppState {
    /// The text as the editor shows it (possibly newer than `reading`).
    pub text: Rc<str>,
    /// The bundled example on show, until the reader edits it.
    pub example: Option<String>,
    pub options: Options,
    /// Numbers each version of (text, options); a digest is accepted only for the latest.
    pub version: u64,
    /// Whether the latest version is still being read.
    pub pending: bool,
    pub reading: Rc<Reading>,
    pub kept: Rc<Kept>,
    pub focus: Option<Rc<Focus>>,
    /// Something went wrong and the reader should know (a file that is not text, storage full).
    pub notice: Option<String>,
}

pub enum Action {
    /// The reader typed, pasted or dropped: `text` is the whole new article.
    Edit(String),
    LoadExample(&'static examples::Example),
    /// What a reload finds in storage.
    Reload(Saved),
    /// The reader set (or cleared) the publication date.
    SetPublished(Option<CalendarDate>),
    /// The digest of version `version` is ready.
    Digested {
        version: u64,
        digest: Rc<Digest>,
        millis: Option<f64>,
    },
    /// Reading failed (with why) or was stopped: the view keeps the last complete digest.
    /// A failure of an older version only reports; the latest may still be on its way.
    StopReading {
        version: Option<u64>,
        message: Option<String>,
    },
    /// Keep a line the engine removed as page chrome, or remove it again.
    ToggleKept(String),
    Focus(Option<Focus>),
    Notice(String),
    DismissNotice,
}

impl AppState {
    pub fn empty() -> Self {
        Self::new(Rc::from(""), None, Options::default(), Rc::default())
    }

    fn new(text: Rc<str>, example: Option<String>, options: Options, kept: Rc<Kept>) -> Self {
        Self {
            text,
            example,
            options,
            version: 1,
            pending: true,
            reading: Rc::default(),
            kept,
            focus: None,
            notice: None,
        }
    }

    /// The same article with new text or options, to be read again; the old reading stays on
    /// show until the new one is complete.
    fn revised(
        &self,
        text: Rc<str>,
        example: Option<String>,
        options: Options,
        kept: Rc<Kept>,
    ) -> Self {
        Self {
            text,
            example,
            options,
            version: self.version + 1,
            pending: true,
            reading: self.reading.clone(),
            kept,
            focus: None,
            notice: None,
        }
    }

    pub fn from_example(example: &examples::Example) -> Self {
        Self::new(
            example.text.into(),
            Some(example.id.to_owned()),
            Options::default(),
            Rc::default(),
        )
    }

    /// The state a reload restores; a storage failure becomes a notice, not an empty page
    /// pretending nothing was there.
    pub fn restored(loaded: Result<Option<Saved>, String>) -> Self {
        match loaded {
            Ok(Some(saved)) => {
                Rc::new(Self::empty()).reduce(Action::Reload(saved)).as_ref().clone()
            }
            Ok(None) => Self::empty(),
            Err(message) => Self::empty().with_notice(message),
        }
    }

    pub fn with_notice(self, message: String) -> Self {
        Self { notice: Some(message), ..self }
    }

    pub fn saved(&self) -> Saved {
        Saved {
            text: self.text.to_string(),
            example: self.example.clone(),
            published: self.options.published,
            kept: (*self.kept).clone(),
        }
    }

    fn article_key(&self) -> &str {
        self.example.as_deref().unwrap_or(PASTED)
    }

    /// The chrome lines kept for the article on show.
    pub fn kept_here(&self) -> BTreeSet<String> {
        self.kept.get(self.article_key()).cloned().unwrap_or_default()
    }
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let next = match action {
            Action::Edit(text) if *text == *self.text => return self,
            Action::Edit(text) => {
                // Editing an example makes it a pasted article: its kept lines come along.
                let mut kept = (*self.kept).clone();
                if let Some(lines) = self.example.as_ref().and_then(|id| kept.get(id)).cloned() {
                    kept.insert(PASTED.to_owned(), lines);
                }
                self.revised(text.into(), None, self.options.clone(), Rc::new(kept))
            }
            Action::LoadExample(example) => self.revised(
                example.text.into(),
                Some(example.id.to_owned()),
                self.options.clone(),
                self.kept.clone(),
            ),
            Action::Reload(saved) => {
                // A saved example is shown from the bundle: the stored copy may be older.
                let example = saved.example.as_deref().and_then(examples::find);
                let text = example.map_or(saved.text.clone(), |e| e.text.to_owned());
                let options = Options { published: saved.published };
                let example = example.map(|e| e.id.to_owned());
                self.revised(text.into(), example, options, Rc::new(saved.kept))
            }
            Action::SetPublished(date) => self.revised(
                self.text.clone(),
                self.example.clone(),
                Options { published: date },
                self.kept.clone(),
            ),
            Action::Digested { version, .. } if version != self.version => return self,
            Action::Digested { digest, millis, .. } => {
                let reading = Reading { text: self.text.clone(), digest, millis };
                Self { reading: Rc::new(reading), pending: false, ..(*self).clone() }
            }
            Action::StopReading { version, message } => {
                let current = version.is_none_or(|v| v == self.version);
                let notice = message.or(self.notice.clone());
                Self { pending: self.pending && !current, notice, ..(*self).clone() }
            }
            Action::ToggleKept(line) => {
                let mut kept = (*self.kept).clone();
                let lines = kept.entry(self.article_key().to_owned()).or_default();
                if !lines.remove(&line) {
                    lines.insert(line);
                }
                Self { kept: Rc::new(kept), ..(*self).clone() }
            }
            Action::Focus(focus) => Self { focus: focus.map(Rc::new), ..(*self).clone() },
            Action::Notice(message) => Self { notice: Some(message), ..(*self).clone() },
            Action::DismissNotice => Self { notice: None, ..(*self).clone() },
        };
        Rc::new(next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use wasm_bindgen_test::{wasm_bindgen_test as test, wasm_bindgen_test_configure};

    wasm_bindgen_test_configure!(run_in_browser);

    fn state() -> Rc<AppState> {
        Rc::new(AppState::from_example(&examples::EXAMPLES[0]))
    }

    #[test]
    fn kept_lines_belong_to_their_article_and_follow_an_edit() {
        let s = state().reduce(Action::ToggleKept("Breaking News".into()));
        assert!(s.kept_here().contains("Breaking News"));
        let other = s.clone().reduce(Action::LoadExample(&examples::EXAMPLES[1]));
        assert!(other.kept_here().is_empty());
        let edited = s.reduce(Action::Edit("changed".into()));
        assert!(edited.kept_here().contains("Breaking News"));
        let undone = edited.reduce(Action::ToggleKept("Breaking News".into()));
        assert!(undone.kept_here().is_empty());
    }

    #[test]
    fn the_readers_date_redigests_and_is_saved() {
        let date = CalendarDate::new(2009, 7, 28).ok();
        let before = state();
        let s = before.clone().reduce(Action::SetPublished(date));
        assert_eq!(s.version, before.version + 1, "a new date is a new version to read");
        assert!(s.pending);
        assert_eq!(s.saved().published, date);
        let digest = Rc::new(engine::digest(&s.text, &s.options));
        let stale = s.clone().reduce(Action::Digested {
            version: before.version,
            digest: digest.clone(),
            millis: None,
        });
        assert!(stale.pending, "a digest of an older version is dropped");
        let read =
            s.reduce(Action::Digested { version: before.version + 1, digest, millis: Some(2.0) });
        assert!(!read.pending);
        assert_eq!(read.reading.digest.published.map(|p| p.date), date);
    }
}
