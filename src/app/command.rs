//! Everything the UI can ask for, as data.
//!
//! UI functions draw and push `Command`s; [`super::apply`] is the one place that carries
//! them out (mutating the document, opening dialogs, switching modes). This keeps the UI free
//! of I/O and makes every user action testable without a window.

use std::path::PathBuf;

use super::edit::Edit;
use super::editor_state::ViewCommand;
use super::history::Coalesce;
use super::platform::DialogAnswer;
use super::settings::{PresenterSettings, ThemeChoice};
use super::state::Pending;
use crate::i18n::Lang;
use crate::presenter::{PresentRequest, PresenterCommand};

/// Where an image goes when the user adds one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImageTarget {
    /// The image of the question at this index.
    Question(usize),
    /// The image of choice `choice` of question `question`.
    Choice { question: usize, choice: usize },
}

/// Where the image bytes come from.
#[derive(Clone, Debug, PartialEq)]
pub enum ImageOrigin {
    /// Ask with a file dialog.
    Dialog,
    /// A file dropped on the window.
    Path(PathBuf),
    /// Encoded bytes (pasted).
    Bytes(Vec<u8>),
    /// Pixels from the clipboard (a screenshot, an image copied in a browser).
    Pixels(std::sync::Arc<egui::ColorImage>),
}

/// The answer to a pending question (modal) of the app.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PromptAnswer {
    Save,
    Discard,
    Cancel,
    /// Restore the recovery copy that was offered.
    Restore,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    /// Change the document. `select` moves the selection afterwards.
    Edit {
        edit: Edit,
        coalesce: Option<Coalesce>,
        select: Option<usize>,
    },
    /// Delete a question (undoable) and say so in the status bar, whichever control asked.
    DeleteQuestion(usize),
    Undo,
    Redo,
    /// Select a question (by index) in the editor.
    Select(Option<usize>),
    /// Change what the editor shows (tab, filter, dialogs…); never touches the document.
    View(ViewCommand),
    NewQuiz,
    /// Open with a file dialog.
    OpenDialog,
    Open(PathBuf),
    Save,
    SaveAs,
    /// Save to this file (chosen in a dialog), then carry on with `then` if given.
    SaveTo {
        path: PathBuf,
        then: Option<Pending>,
    },
    /// Carry out an action whose unsaved-changes question was answered (or not needed).
    Proceed(Pending),
    /// How the file dialog being shown ended.
    DialogAnswered(DialogAnswer),
    /// Write the session's results to this file (chosen in a dialog).
    WriteCsv(PathBuf),
    /// Pick a colleague's quiz whose questions to bring in.
    ImportDialog,
    Import(PathBuf),
    /// Copy these questions (indices in the other quiz) from the import being shown.
    ImportQuestions(Vec<usize>),
    CloseImport,
    /// File → Export…: open the dialog on a target, change it, choose where, write.
    ExportDialog,
    ExportTarget(crate::export::ExportTarget),
    ExportChoosePath,
    ExportTo {
        path: PathBuf,
        target: crate::export::ExportTarget,
    },
    CloseExport,
    /// File → Imprimer…: the print dialog and its choices.
    Print(super::print_ops::PrintCommand),
    AddImage {
        target: ImageTarget,
        origin: ImageOrigin,
    },
    /// Ask the system for the clipboard; an image in it goes to `target`.
    RequestPaste(ImageTarget),
    /// Start presenting.
    Present(PresentRequest),
    Presenter(PresenterCommand),
    SetLanguage(Option<Lang>),
    SetTheme(ThemeChoice),
    SetTextScale(f32),
    SetPresenterSettings(PresenterSettings),
    Answer(PromptAnswer),
    /// Show an information message (a translation key).
    Inform(&'static str),
    DismissNotice,
    /// Close the app (asks about unsaved changes).
    Quit,
}

impl Command {
    /// Shorthand for an edit without coalescing or selection change.
    pub fn edit(edit: Edit) -> Self {
        Command::Edit {
            edit,
            coalesce: None,
            select: None,
        }
    }

    /// An edit merged with neighbours of the same `key` (typing).
    pub fn typing(edit: Edit, key: impl Into<String>) -> Self {
        Command::Edit {
            edit,
            coalesce: Some(Coalesce(key.into())),
            select: None,
        }
    }
}
