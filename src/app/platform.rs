//! The app's outside world — file dialogs, clock, folders — behind small traits.
//!
//! The real implementations use rfd and the system clock; tests substitute scripted dialogs and
//! a manual clock, so a kittest test can "choose" a file or let 31 seconds pass.

use std::collections::VecDeque;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use crate::i18n::Lang;

/// What a file dialog is for (sets its title and filters).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DialogKind {
    OpenQuiz,
    SaveQuiz,
    ImportQuiz,
    OpenImage,
    SaveCsv,
}

/// Native file dialogs.
pub trait Dialogs {
    /// Asks for a file to read; `None` when cancelled.
    fn pick_file(&mut self, kind: DialogKind, lang: Lang, dir: Option<&Path>) -> Option<PathBuf>;
    /// Asks where to write; `None` when cancelled.
    fn save_file(
        &mut self,
        kind: DialogKind,
        lang: Lang,
        dir: Option<&Path>,
        name: &str,
    ) -> Option<PathBuf>;
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
    /// The OS folders (`~/.config/atelier-quiz`, `~/.local/share/atelier-quiz` on Linux…).
    pub fn from_os() -> Option<Self> {
        let dirs = directories::ProjectDirs::from("org", "Atelier Quiz", "atelier-quiz")?;
        Some(Self {
            config_dir: dirs.config_dir().to_owned(),
            data_dir: dirs.data_dir().to_owned(),
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

/// rfd dialogs (xdg portal on Linux, native on Windows and macOS).
pub struct NativeDialogs;

fn filter(kind: DialogKind, lang: Lang, dialog: rfd::FileDialog) -> rfd::FileDialog {
    match kind {
        DialogKind::OpenQuiz | DialogKind::SaveQuiz | DialogKind::ImportQuiz => {
            dialog.add_filter(lang.t("dialog.filter.quiz"), &["json"])
        }
        DialogKind::OpenImage => dialog.add_filter(
            lang.t("dialog.filter.image"),
            &["png", "jpg", "jpeg", "gif", "webp"],
        ),
        DialogKind::SaveCsv => dialog.add_filter(lang.t("dialog.filter.csv"), &["csv"]),
    }
}

fn title(kind: DialogKind, lang: Lang) -> &'static str {
    match kind {
        DialogKind::OpenQuiz => lang.t("dialog.title.open"),
        DialogKind::SaveQuiz => lang.t("dialog.title.save"),
        DialogKind::ImportQuiz => lang.t("dialog.title.import"),
        DialogKind::OpenImage => lang.t("dialog.title.image"),
        DialogKind::SaveCsv => lang.t("dialog.title.csv"),
    }
}

impl Dialogs for NativeDialogs {
    fn pick_file(&mut self, kind: DialogKind, lang: Lang, dir: Option<&Path>) -> Option<PathBuf> {
        let mut d = filter(
            kind,
            lang,
            rfd::FileDialog::new().set_title(title(kind, lang)),
        );
        if let Some(dir) = dir {
            d = d.set_directory(dir);
        }
        d.pick_file()
    }

    fn save_file(
        &mut self,
        kind: DialogKind,
        lang: Lang,
        dir: Option<&Path>,
        name: &str,
    ) -> Option<PathBuf> {
        let mut d = filter(
            kind,
            lang,
            rfd::FileDialog::new().set_title(title(kind, lang)),
        )
        .set_file_name(name);
        if let Some(dir) = dir {
            d = d.set_directory(dir);
        }
        d.save_file()
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

/// Dialogs answering from a script, for tests: each call pops the next answer.
#[derive(Clone, Default)]
pub struct ScriptedDialogs {
    answers: Arc<Mutex<VecDeque<Option<PathBuf>>>>,
    asked: Arc<Mutex<Vec<DialogKind>>>,
}

impl ScriptedDialogs {
    /// Queues the answer of the next dialog (`None` = cancelled).
    pub fn push(&self, answer: Option<PathBuf>) {
        if let Ok(mut a) = self.answers.lock() {
            a.push_back(answer);
        }
    }

    /// The dialogs opened so far.
    pub fn asked(&self) -> Vec<DialogKind> {
        self.asked.lock().map(|a| a.clone()).unwrap_or_default()
    }

    fn next(&self, kind: DialogKind) -> Option<PathBuf> {
        if let Ok(mut asked) = self.asked.lock() {
            asked.push(kind);
        }
        self.answers
            .lock()
            .ok()
            .and_then(|mut a| a.pop_front())
            .flatten()
    }
}

impl Dialogs for ScriptedDialogs {
    fn pick_file(&mut self, kind: DialogKind, _: Lang, _: Option<&Path>) -> Option<PathBuf> {
        self.next(kind)
    }

    fn save_file(
        &mut self,
        kind: DialogKind,
        _: Lang,
        _: Option<&Path>,
        _: &str,
    ) -> Option<PathBuf> {
        self.next(kind)
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
