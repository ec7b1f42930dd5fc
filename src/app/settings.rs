//! Preferences that persist between runs: language, theme, text size, recent files, presenter
//! options. Stored as a small JSON file in the OS config folder, written atomically.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::i18n::Lang;
use crate::storage;

/// Colour themes (the presenter's are all AAA-contrast).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ThemeChoice {
    #[default]
    Light,
    Dark,
    HighContrast,
}

impl ThemeChoice {
    pub const ALL: [ThemeChoice; 3] = [Self::Light, Self::Dark, Self::HighContrast];

    pub fn label_key(self) -> &'static str {
        match self {
            Self::Light => "theme.light",
            Self::Dark => "theme.dark",
            Self::HighContrast => "theme.high_contrast",
        }
    }
}

/// Presenter options remembered between workshops.
#[allow(clippy::struct_excessive_bools)] // independent on/off choices of the start screen
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct PresenterSettings {
    pub shuffle_answers: bool,
    /// Show a countdown on each question (its own time, else `default_timer_s`).
    pub timer: bool,
    /// Default countdown in seconds for questions without their own (`None` = only questions
    /// with a time get one).
    pub default_timer_s: Option<u32>,
    pub theme: ThemeChoice,
    /// Two screens: the console on this one, the audience full screen on the other.
    pub console: bool,
}

impl Default for PresenterSettings {
    fn default() -> Self {
        Self {
            shuffle_answers: false,
            timer: false,
            default_timer_s: None,
            theme: ThemeChoice::Light,
            console: false,
        }
    }
}

/// Text scales offered in the editor (seniors edit too).
pub const TEXT_SCALES: [f32; 4] = [1.0, 1.25, 1.5, 1.75];

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// `None`: follow the OS locale.
    pub lang: Option<Lang>,
    pub theme: ThemeChoice,
    pub text_scale: f32,
    /// Most recent first.
    pub recent_files: Vec<PathBuf>,
    pub presenter: PresenterSettings,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            lang: None,
            theme: ThemeChoice::Light,
            text_scale: 1.0,
            recent_files: Vec::new(),
            presenter: PresenterSettings::default(),
        }
    }
}

/// How many recent files the File menu lists.
pub const MAX_RECENT: usize = 10;
const FILE_NAME: &str = "settings.json";

impl Settings {
    /// The interface language: the chosen one, else the OS locale's.
    pub fn lang(&self) -> Lang {
        self.lang.unwrap_or_else(Lang::from_environment)
    }

    /// Reads settings from `dir`; defaults when absent or unreadable (a broken settings file
    /// must never stop a workshop).
    pub fn load(dir: &Path) -> Self {
        std::fs::read(dir.join(FILE_NAME))
            .ok()
            .and_then(|bytes| serde_json::from_slice::<Settings>(&bytes).ok())
            .map(Settings::sanitised)
            .unwrap_or_default()
    }

    /// Writes settings to `dir` atomically.
    pub fn save(&self, dir: &Path) -> Result<(), storage::StorageError> {
        let bytes = serde_json::to_vec_pretty(self).unwrap_or_default();
        if let Err(e) = std::fs::create_dir_all(dir) {
            return Err(storage::StorageError {
                path: dir.to_owned(),
                action: storage::Action::Write,
                source: e,
            });
        }
        storage::write_atomic(&dir.join(FILE_NAME), &bytes)
    }

    fn sanitised(mut self) -> Self {
        if !self.text_scale.is_finite() || !(0.5..=3.0).contains(&self.text_scale) {
            self.text_scale = 1.0;
        }
        self.recent_files.truncate(MAX_RECENT);
        self
    }

    /// Puts `path` first in the recent files.
    pub fn remember(&mut self, path: &Path) {
        self.recent_files.retain(|p| p != path);
        self.recent_files.insert(0, path.to_owned());
        self.recent_files.truncate(MAX_RECENT);
    }

    /// The most recently opened file, if it still exists.
    pub fn last_file(&self) -> Option<&Path> {
        self.recent_files
            .iter()
            .map(PathBuf::as_path)
            .find(|p| p.is_file())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_recent_files() {
        let dir = tempfile::tempdir().unwrap();
        let mut s = Settings {
            lang: Some(Lang::En),
            text_scale: 1.5,
            ..Settings::default()
        };
        for i in 0..12 {
            s.remember(Path::new(&format!("/q{i}.quiz.json")));
        }
        s.remember(Path::new("/q5.quiz.json"));
        assert_eq!(s.recent_files.len(), MAX_RECENT);
        assert_eq!(s.recent_files[0], Path::new("/q5.quiz.json"));
        s.save(dir.path()).unwrap();
        assert_eq!(Settings::load(dir.path()), s);
    }

    #[test]
    fn broken_settings_fall_back_to_defaults() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join(FILE_NAME), b"{ not json").unwrap();
        assert_eq!(Settings::load(dir.path()), Settings::default());
        std::fs::write(dir.path().join(FILE_NAME), br#"{"text_scale": 99}"#).unwrap();
        assert!((Settings::load(dir.path()).text_scale - 1.0).abs() < f32::EPSILON);
    }
}
