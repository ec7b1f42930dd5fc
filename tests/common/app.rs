//! GUI test helpers: an app wired to scripted dialogs, a manual clock and a
//! temporary folder, driven through `egui_kittest`.

use std::path::{Path, PathBuf};

use atelier_quiz::app::AtelierApp;
use atelier_quiz::app::apply::Platform;
use atelier_quiz::app::document::Document;
use atelier_quiz::app::platform::{AppPaths, ManualClock, ScriptedDialogs};
use atelier_quiz::app::settings::Settings;
use atelier_quiz::app::state::AppState;
use atelier_quiz::app::textures::TextureCache;
use atelier_quiz::i18n::Lang;
use atelier_quiz::model::Quiz;
use egui_kittest::Harness;

pub struct TestApp {
    pub harness: Harness<'static, AtelierApp>,
    pub dialogs: ScriptedDialogs,
    pub clock: ManualClock,
    pub dir: tempfile::TempDir,
}

/// An app showing `quiz` (saved at `path` if given), French interface, 1280×800.
pub fn app_with(quiz: Quiz, path: Option<PathBuf>) -> TestApp {
    let dir = tempfile::tempdir().unwrap();
    let mut t = app_in(dir.path(), quiz, path);
    t.dir = dir;
    t
}

/// Where an app built by [`app_in`] keeps its settings and recovery copies.
pub fn app_paths(root: &Path) -> AppPaths {
    AppPaths::under(root)
}

/// Like [`app_with`], storing settings and recovery copies under `root`.
pub fn app_in(root: &Path, quiz: Quiz, path: Option<PathBuf>) -> TestApp {
    let dir = tempfile::tempdir().unwrap();
    let dialogs = ScriptedDialogs::default();
    let clock = ManualClock::default();
    let paths = app_paths(root);
    let platform = Platform::new(
        Box::new(dialogs.clone()),
        Box::new(clock.clone()),
        Some(paths),
    );
    let settings = Settings {
        lang: Some(Lang::Fr),
        ..Settings::default()
    };
    let mut state = AppState::new(Document::new(quiz, path), settings);
    if !state.doc.quiz().questions.is_empty() {
        state.editor.selected = Some(0);
    }
    let app = AtelierApp::new(state, platform, TextureCache::new(false));
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .build_ui_state(|ui, app: &mut AtelierApp| app.frame(ui), app);
    harness.run();
    TestApp {
        harness,
        dialogs,
        clock,
        dir,
    }
}

/// A fresh untitled quiz (three empty levels).
pub fn empty_app() -> TestApp {
    let doc = Document::untitled(Lang::Fr, "2026-11-27");
    app_with(doc.quiz().clone(), None)
}

/// The bundled sample "Naviguer en sécurité".
pub fn sample_quiz() -> Quiz {
    let bytes = std::fs::read(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("quizzes/naviguer-en-securite.quiz.json"),
    )
    .unwrap();
    atelier_quiz::format::load(&bytes).unwrap().quiz
}

impl TestApp {
    pub fn state(&self) -> &AppState {
        &self.harness.state().state
    }

    pub fn quiz(&self) -> &Quiz {
        self.harness.state().state.doc.quiz()
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }
}
