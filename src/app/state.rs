//! Everything the app knows between frames, besides egui's own memory.

use std::path::PathBuf;

use super::document::Document;
use super::platform::DialogRequest;
use super::recovery::Found;
use super::settings::Settings;
use crate::format::Loaded;
use crate::i18n::Lang;
use crate::model::Diagnostic;
use crate::presenter::PresenterState;

pub use super::editor_state::{EditorState, EditorTab, LevelDeletion, ListFilter, ViewCommand};

/// What the window shows.
#[derive(Debug, Default)]
pub enum Mode {
    #[default]
    Editor,
    Presenting(Box<PresenterState>),
}

/// An action waiting for the user's answer about unsaved changes.
#[derive(Clone, Debug, PartialEq)]
pub enum Pending {
    New,
    Open(PathBuf),
    OpenDialog,
    Quit,
}

/// A modal question the app is asking.
#[derive(Debug)]
pub enum Prompt {
    /// "Save changes to … before …?" then `Pending`.
    UnsavedChanges(Pending),
    /// A recovery copy from a crash was found.
    Recover(Found),
}

/// A message shown to the user until dismissed.
#[derive(Clone, Debug, PartialEq)]
pub enum Notice {
    /// Something went wrong; nothing was lost.
    Error { title: String, details: Vec<String> },
    /// A file could not be opened: its problems, in the checks' words.
    BadFile {
        file: String,
        diagnostics: Vec<Diagnostic>,
    },
    /// Information (e.g. "saved", "opened with errors to fix").
    Info(String),
    /// What a conversion from another tool changed, skipped or left out, one line per
    /// problem. Not an error: the import happened, so it never claims "nothing was lost".
    Report { title: String, details: Vec<String> },
}

/// A quiz opened for importing questions from it.
#[derive(Debug)]
pub struct ImportSource {
    pub path: PathBuf,
    pub loaded: Loaded,
}

#[derive(Debug)]
pub struct AppState {
    pub doc: Document,
    pub mode: Mode,
    pub settings: Settings,
    pub editor: EditorState,
    pub prompt: Option<Prompt>,
    pub notice: Option<Notice>,
    /// The file dialog being shown, answered by [`super::command::Command::DialogAnswered`].
    pub dialog: Option<DialogRequest>,
    /// Set once the user agreed to close: the next close request is not intercepted.
    pub quitting: bool,
    /// How sessions with phones run (`present --phones --port …`).
    pub live_options: super::live_ops::LiveOptions,
    /// The phone server, while a session with phones runs.
    pub live: Option<super::live_ops::LiveLink>,
}

impl AppState {
    pub fn new(doc: Document, settings: Settings) -> Self {
        Self {
            doc,
            mode: Mode::Editor,
            settings,
            editor: EditorState::default(),
            prompt: None,
            notice: None,
            dialog: None,
            quitting: false,
            live_options: super::live_ops::LiveOptions::default(),
            live: None,
        }
    }

    /// Whether a modal (prompt, notice or file dialog) takes the keyboard and mouse.
    pub fn modal_open(&self) -> bool {
        self.prompt.is_some() || self.notice.is_some() || self.dialog.is_some()
    }

    /// The document's diagnostics the editor shows (see [`EditorState::shows`]).
    pub fn shown_diagnostics(&self) -> Vec<&crate::model::Diagnostic> {
        self.doc
            .diagnostics()
            .iter()
            .filter(|d| self.editor.shows(d))
            .collect()
    }

    /// The interface language.
    pub fn lang(&self) -> Lang {
        self.settings.lang()
    }

    /// Window title: file name, unsaved marker and app name.
    pub fn window_title(&self) -> String {
        let lang = self.lang();
        let name = self.doc.display_name(lang);
        let marker = if self.doc.is_dirty() {
            lang.t("doc.unsaved_marker")
        } else {
            ""
        };
        format!("{marker}{name} — {}", lang.t("app.name"))
    }
}
