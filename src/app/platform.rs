//! The app's outside world — file dialogs, clock, folders — behind small traits.
//!
//! The real implementations are the system's file dialogs (or the in-app one where the system
//! has none, see [`super::native_dialogs`]) and the system clock; tests substitute scripted
//! dialogs and a manual clock, so a kittest test can "choose" a file or let 31 seconds pass.

use std::collections::VecDeque;
use std::path::{Path, PathBuf};

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use super::command::Command;
use crate::i18n::Lang;

/// Whether a dialog picks an existing file or names one to write.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DialogMode {
    Open,
    Save,
}

/// How a dialog looks: its title, its file type filter (translation keys) and the
/// extensions it shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DialogSpec {
    pub mode: DialogMode,
    pub title: &'static str,
    pub filter: &'static str,
    pub extensions: &'static [&'static str],
}

/// Declares [`DialogKind`] and its [`DialogSpec`]s: one line per kind of dialog.
macro_rules! dialog_kinds {
    ($($(#[$doc:meta])* $kind:ident: $mode:ident, $title:literal, $filter:literal, [$($ext:literal),+];)+) => {
        /// What a file dialog is for (sets its title and filters).
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum DialogKind {
            $($(#[$doc])* $kind,)+
        }

        impl DialogKind {
            pub const ALL: &[DialogKind] = &[$(DialogKind::$kind),+];

            pub fn spec(self) -> DialogSpec {
                match self {
                    $(DialogKind::$kind => DialogSpec {
                        mode: DialogMode::$mode,
                        title: $title,
                        filter: $filter,
                        extensions: &[$($ext),+],
                    },)+
                }
            }
        }
    };
}

// A new kind of file dialog is one line here (plus its strings in `i18n/app.rs`).
dialog_kinds! {
    OpenQuiz: Open, "dialog.title.open", "interchange.app.filter.importable", ["json", "gift", "xml", "txt", "xlsx", "h5p"];
    SaveQuiz: Save, "dialog.title.save", "dialog.filter.quiz", ["json"];
    ImportQuiz: Open, "dialog.title.import", "interchange.app.filter.importable", ["json", "gift", "xml", "txt", "xlsx", "h5p"];
    OpenImage: Open, "dialog.title.image", "dialog.filter.image", ["png", "jpg", "jpeg", "gif", "webp"];
    SaveCsv: Save, "dialog.title.csv", "dialog.filter.csv", ["csv"];
    ExportGift: Save, "interchange.app.dialog.export", "interchange.app.filter.gift", ["gift"];
    ExportMoodleXml: Save, "interchange.app.dialog.export", "interchange.app.filter.moodle", ["xml"];
    ExportAiken: Save, "interchange.app.dialog.export", "interchange.app.filter.aiken", ["txt"];
    ExportKahoot: Save, "interchange.app.dialog.export", "interchange.app.filter.kahoot", ["xlsx"];
    ExportH5p: Save, "interchange.app.dialog.export", "interchange.app.filter.h5p", ["h5p"];
    ExportWebPage: Save, "interchange.app.dialog.export", "web.export.filter", ["html"];
    ExportScorm: Save, "interchange.app.dialog.export", "web.scorm.filter", ["zip"];
    SavePdf: Save, "print.app.dialog", "print.app.filter", ["pdf"];
}

/// A file dialog the app is waiting for: what it is for, where it starts, and the command
/// that carries on with the file the user chooses.
///
/// It lives in [`super::state::AppState::dialog`] until answered; the shell shows it every
/// frame through [`Dialogs::show`] (an in-app dialog is drawn like any other window) and
/// applies [`Command::DialogAnswered`] with the answer.
pub struct DialogRequest {
    pub kind: DialogKind,
    /// The folder it opens in.
    pub dir: Option<PathBuf>,
    /// The name offered when saving.
    pub file_name: String,
    then: Box<dyn FnOnce(PathBuf) -> Command>,
}

impl DialogRequest {
    /// A dialog of `kind` in `dir`; `then` turns the chosen file into the next command.
    pub fn new(
        kind: DialogKind,
        dir: Option<PathBuf>,
        then: impl FnOnce(PathBuf) -> Command + 'static,
    ) -> Self {
        Self {
            kind,
            dir,
            file_name: String::new(),
            then: Box::new(then),
        }
    }

    /// Offers `name` as the file name (save dialogs).
    #[must_use]
    pub fn with_file_name(mut self, name: impl Into<String>) -> Self {
        self.file_name = name.into();
        self
    }

    /// The command that carries on with `path`.
    pub fn chosen(self, path: PathBuf) -> Command {
        (self.then)(path)
    }
}

impl std::fmt::Debug for DialogRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DialogRequest")
            .field("kind", &self.kind)
            .field("dir", &self.dir)
            .field("file_name", &self.file_name)
            .finish_non_exhaustive()
    }
}

/// How a file dialog ended.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DialogAnswer {
    Chosen(PathBuf),
    Cancelled,
    /// The dialog could not be shown (said in the status line, never ignored).
    Failed(String),
}

/// File dialogs, as request and response: the shell calls [`Dialogs::show`] every frame
/// while a request is pending, so a dialog drawn inside the app (asynchronous) and a native
/// one (which answers at once) look the same to the rest of the app.
pub trait Dialogs {
    /// Shows the dialog for `request`, or keeps it shown; `Some` once it has an answer.
    fn show(
        &mut self,
        ui: &mut egui::Ui,
        request: &DialogRequest,
        lang: Lang,
    ) -> Option<DialogAnswer>;
}

/// Time as the app sees it.
pub trait Clock {
    /// Monotonic time since the app started.
    fn now(&self) -> Duration;
    /// Today's date, `YYYY-MM-DD`.
    fn today(&self) -> String;
    /// The time of day, `HH:MM` (the presenter console's clock).
    fn time_of_day(&self) -> String;
}

/// Where settings and recovery copies live.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AppPaths {
    pub config_dir: PathBuf,
    pub data_dir: PathBuf,
}

impl AppPaths {
    /// The OS folders (`~/.config/atelier-quiz`, `~/.local/share/atelier-quiz` on Linux;
    /// `%APPDATA%\Atelier Quiz\atelier-quiz\config`, `%LOCALAPPDATA%\…\data` on Windows).
    pub fn from_os() -> Option<Self> {
        let dirs = directories::ProjectDirs::from("org", "Atelier Quiz", "atelier-quiz")?;
        Some(Self {
            config_dir: dirs.config_dir().to_owned(),
            // Local, not roaming, on Windows: recovery copies can be large and must not
            // travel with a roaming profile at every logon (the same folder elsewhere).
            data_dir: dirs.data_local_dir().to_owned(),
        })
    }

    /// Everything under one folder (tests, portable installs).
    pub fn under(root: &Path) -> Self {
        Self {
            config_dir: root.join("config"),
            data_dir: root.join("data"),
        }
    }
}

/// The system clock.
pub struct SystemClock {
    start: Instant,
}

impl Default for SystemClock {
    fn default() -> Self {
        Self {
            start: Instant::now(),
        }
    }
}

impl Clock for SystemClock {
    fn now(&self) -> Duration {
        self.start.elapsed()
    }

    fn today(&self) -> String {
        crate::dates::today()
    }

    fn time_of_day(&self) -> String {
        crate::dates::local_time()
    }
}

/// Dialogs answering from a script, for tests: each dialog takes the next answer.
#[derive(Clone, Default)]
pub struct ScriptedDialogs {
    answers: Arc<Mutex<VecDeque<DialogAnswer>>>,
    asked: Arc<Mutex<Vec<DialogKind>>>,
}

impl ScriptedDialogs {
    /// Queues the answer of the next dialog (`None` = cancelled).
    pub fn push(&self, answer: Option<PathBuf>) {
        self.push_answer(answer.map_or(DialogAnswer::Cancelled, DialogAnswer::Chosen));
    }

    /// Queues any answer, a failure included.
    pub fn push_answer(&self, answer: DialogAnswer) {
        if let Ok(mut a) = self.answers.lock() {
            a.push_back(answer);
        }
    }

    /// The dialogs opened so far.
    pub fn asked(&self) -> Vec<DialogKind> {
        self.asked.lock().map(|a| a.clone()).unwrap_or_default()
    }
}

impl Dialogs for ScriptedDialogs {
    fn show(&mut self, _: &mut egui::Ui, request: &DialogRequest, _: Lang) -> Option<DialogAnswer> {
        if let Ok(mut asked) = self.asked.lock() {
            asked.push(request.kind);
        }
        let next = self.answers.lock().ok().and_then(|mut a| a.pop_front());
        Some(next.unwrap_or(DialogAnswer::Cancelled))
    }
}

/// A clock that only moves when told to, for tests.
#[derive(Clone, Default)]
pub struct ManualClock {
    millis: Arc<AtomicU64>,
}

impl ManualClock {
    pub fn advance(&self, by: Duration) {
        let ms = u64::try_from(by.as_millis()).unwrap_or(u64::MAX);
        self.millis.fetch_add(ms, Ordering::SeqCst);
    }
}

impl Clock for ManualClock {
    fn now(&self) -> Duration {
        Duration::from_millis(self.millis.load(Ordering::SeqCst))
    }

    fn today(&self) -> String {
        "2026-11-27".to_owned()
    }

    fn time_of_day(&self) -> String {
        "10:30".to_owned()
    }
}
