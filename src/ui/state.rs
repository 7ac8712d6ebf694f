//! The page's one piece of state and the actions that change it (the todomvc pattern: state in
//! one place, components send actions up and get slices of state down).

use std::rc::Rc;

use yew::Reducible;

use crate::engine::{self, Digest, Options};

use super::examples;
use super::storage::Saved;

#[derive(Debug, Clone, PartialEq)]
pub struct AppState {
    pub text: Rc<str>,
    /// The bundled example on show, until the reader edits it.
    pub example: Option<String>,
    pub options: Options,
    pub digest: Rc<Digest>,
    /// Something went wrong and the reader should know (a file that is not text, storage full).
    pub notice: Option<String>,
}

pub enum Action {
    /// The reader typed, pasted or dropped: `text` is the whole new article.
    Edit(String),
    LoadExample(&'static examples::Example),
    Restore(Saved),
    Notice(String),
    DismissNotice,
}

impl AppState {
    pub fn empty() -> Self {
        Self::with_text(Rc::from(""), None, Options::default(), None)
    }

    fn with_text(
        text: Rc<str>,
        example: Option<String>,
        options: Options,
        notice: Option<String>,
    ) -> Self {
        let digest = Rc::new(engine::digest(&text, &options));
        Self { text, example, options, digest, notice }
    }

    pub fn from_example(example: &examples::Example) -> Self {
        Self::with_text(example.text.into(), Some(example.id.to_owned()), Options::default(), None)
    }

    /// The state a reload restores; a storage failure becomes a notice, not an empty page
    /// pretending nothing was there.
    pub fn restored(loaded: Result<Option<Saved>, String>) -> Self {
        match loaded {
            Ok(Some(saved)) => {
                Rc::new(Self::empty()).reduce(Action::Restore(saved)).as_ref().clone()
            }
            Ok(None) => Self::empty(),
            Err(message) => Self::empty().with_notice(message),
        }
    }

    pub fn with_notice(self, message: String) -> Self {
        Self { notice: Some(message), ..self }
    }

    pub fn saved(&self) -> Saved {
        Saved { text: self.text.to_string(), example: self.example.clone() }
    }
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let next = match action {
            Action::Edit(text) if *text == *self.text => return self,
            Action::Edit(text) => Self::with_text(text.into(), None, self.options.clone(), None),
            Action::LoadExample(example) => Self::from_example(example),
            Action::Restore(saved) => {
                // A saved example is shown from the bundle: the stored copy may be from an older build.
                let text = saved
                    .example
                    .as_deref()
                    .and_then(examples::find)
                    .map_or(saved.text.clone(), |e| e.text.to_owned());
                let example = saved.example.filter(|id| examples::find(id).is_some());
                Self::with_text(text.into(), example, self.options.clone(), self.notice.clone())
            }
            Action::Notice(message) => Self { notice: Some(message), ..(*self).clone() },
            Action::DismissNotice => Self { notice: None, ..(*self).clone() },
        };
        Rc::new(next)
    }
}
