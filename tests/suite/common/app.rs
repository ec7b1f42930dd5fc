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
    let dialogs = ScriptedDialogs::default();
    let mut t = app_with_dialogs(root, quiz, path, Box::new(dialogs.clone()));
    t.dialogs = dialogs;
    t
}

/// Like [`app_in`], with other file dialogs than the scripted ones (which then see nothing).
pub fn app_with_dialogs(
    root: &Path,
    quiz: Quiz,
    path: Option<PathBuf>,
    dialogs: Box<dyn atelier_quiz::app::platform::Dialogs>,
) -> TestApp {
    let dir = tempfile::tempdir().unwrap();
    let clock = ManualClock::default();
    let paths = app_paths(root);
    let platform = Platform::new(dialogs, Box::new(clock.clone()), Some(paths));
    let settings = Settings {
        lang: Some(Lang::Fr),
        ..Settings::default()
    };
    let mut state = AppState::new(Document::new(quiz, path), settings);
    if !state.doc.quiz().questions.is_empty() {
        state.editor.selected = Some(0);
    }
    let app = AtelierApp::new(state, platform, TextureCache::new(false));
    TestApp {
        harness: harness_for(app),
        dialogs: ScriptedDialogs::default(),
        clock,
        dir,
    }
}

/// How many frames `run()` may take to settle. The in-app file chooser lists a folder on a
/// thread and asks for a frame until the list arrives: kittest's default of 4 frames failed
/// on a loaded CI machine. Still a bound — a screen that never stops repainting fails — but
/// one that real time (a thread finishing) fits in.
const FRAMES_WHILE_LISTING: u64 = 2_000;

/// The kittest harness running `app` in a 1280×800 window.
pub fn harness_for(app: AtelierApp) -> Harness<'static, AtelierApp> {
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .with_max_steps(FRAMES_WHILE_LISTING)
        .build_ui_state(|ui, app: &mut AtelierApp| app.frame(ui), app);
    harness.run();
    harness
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

/// Encoded PNG of `w`×`h` pixels (a gradient, so it is a real picture).
pub fn png_bytes(w: u32, h: u32) -> Vec<u8> {
    let img = image::RgbaImage::from_fn(w, h, |x, y| {
        image::Rgba([
            u8::try_from(x % 256).unwrap(),
            u8::try_from(y % 256).unwrap(),
            120,
            255,
        ])
    });
    let mut out = std::io::Cursor::new(Vec::new());
    img.write_to(&mut out, image::ImageFormat::Png).unwrap();
    out.into_inner()
}

/// A quiz with levels `a` ("Découverte") and `b` ("Pratique"), and questions (id, level).
pub fn two_level_quiz(questions: &[(&str, &str)]) -> Quiz {
    use atelier_quiz::model::{Level, Question, QuestionType};
    let mut quiz = Quiz {
        title: "Quiz de test".into(),
        license: "CC-BY-4.0".into(),
        ..Quiz::default()
    };
    for (id, name) in [("a", "Découverte"), ("b", "Pratique")] {
        quiz.levels.push(Level {
            id: id.into(),
            name: name.into(),
            ..Level::default()
        });
    }
    for (id, level) in questions {
        let mut q = Question::new(*id, *level, QuestionType::SingleChoice.empty_kind());
        q.prompt = format!("Question {id}");
        quiz.questions.push(q);
    }
    quiz
}

impl TestApp {
    /// Clicks the widget named `label`, then lets the app settle.
    pub fn click(&mut self, label: &str) {
        use egui_kittest::kittest::Queryable;
        self.harness.get_by_label(label).scroll_to_me();
        self.harness.run();
        self.harness.get_by_label(label).click();
        self.harness.run();
    }

    /// Clicks the combo box whose visible label is `label`: on Linux its accessible name also
    /// says its value ("Type : Sondage", see `ui::a11y::combo`).
    pub fn click_combo(&mut self, label: &str) {
        let name = self.combo_name(label);
        self.click(&name);
    }

    /// The full accessible name of the combo box labelled `label`.
    pub fn combo_name(&self, label: &str) -> String {
        use egui_kittest::kittest::{NodeT, Queryable};
        let names: Vec<String> = self
            .harness
            .query_all_by_role(egui::accesskit::Role::ComboBox)
            .filter_map(|n| n.accesskit_node().label())
            .collect();
        names
            .iter()
            .find(|n| {
                *n == label
                    || n.strip_prefix(label)
                        .is_some_and(|rest| rest.starts_with('\u{202f}') || rest.starts_with(':'))
            })
            .cloned()
            .unwrap_or_else(|| panic!("no combo box labelled {label:?} among {names:?}"))
    }

    /// The one node on screen whose name contains `part`, leaving out the screen-reader
    /// announcement of the presenter (a status that repeats the prompt).
    pub fn shown<'a>(&'a self, part: &'a str) -> egui_kittest::Node<'a> {
        use egui_kittest::kittest::Queryable;
        self.harness.get_by(move |n| {
            n.role() != egui::accesskit::Role::Status
                && (n.label().is_some_and(|l| l.contains(part))
                    || n.value().is_some_and(|v| v.contains(part)))
        })
    }

    /// Clicks the one widget whose name contains `part` (scrolled into view first).
    pub fn click_contains(&mut self, part: &str) {
        use egui_kittest::kittest::Queryable;
        self.harness.get_by_label_contains(part).scroll_to_me();
        self.harness.run();
        self.harness.get_by_label_contains(part).click();
        self.harness.run();
    }

    /// Clicks the last widget named `label`: the one in a dialog, drawn over the window.
    pub fn click_last(&mut self, label: &str) {
        use egui_kittest::kittest::Queryable;
        self.harness.get_all_by_label(label).last().unwrap().click();
        self.harness.run();
    }

    /// Clicks the button named `label` (when a text with the same words is also on screen).
    pub fn click_button(&mut self, label: &str) {
        use egui_kittest::kittest::Queryable;
        let role = egui::accesskit::Role::Button;
        self.harness.get_by_role_and_label(role, label).click();
        self.harness.run();
    }

    /// Puts the keyboard in the field named `label` and types `text`.
    pub fn type_into(&mut self, label: &str, text: &str) {
        use egui_kittest::kittest::Queryable;
        self.harness.get_by_label(label).focus();
        self.harness.run();
        self.harness.get_by_label(label).type_text(text);
        self.harness.run();
    }

    /// Presses `key` with Ctrl (Cmd on macOS), then lets the app settle.
    pub fn ctrl(&mut self, key: egui::Key) {
        self.harness
            .key_press_modifiers(egui::Modifiers::COMMAND, key);
        self.harness.run();
    }

    pub fn ctrl_shift(&mut self, key: egui::Key) {
        let m = egui::Modifiers {
            shift: true,
            ..egui::Modifiers::COMMAND
        };
        self.harness.key_press_modifiers(m, key);
        self.harness.run();
    }

    /// Applies a command as if the UI had pushed it.
    pub fn command(&mut self, command: atelier_quiz::app::command::Command) {
        self.harness.state_mut().queue(command);
        self.harness.run();
    }

    pub fn prompts(&self) -> Vec<String> {
        self.quiz()
            .questions
            .iter()
            .map(|q| q.prompt.clone())
            .collect()
    }

    pub fn ids(&self) -> Vec<String> {
        self.quiz()
            .questions
            .iter()
            .map(|q| format!("{}:{}", q.id, q.level))
            .collect()
    }
}
