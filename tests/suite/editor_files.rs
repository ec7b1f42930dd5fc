//! Never losing work: the unsaved-changes question on New, Open, dropping a file and closing
//! the window; the recovery copy offered after a crash; a bad file keeps the open quiz.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::common;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use atelier_quiz::app::apply::Platform;
use atelier_quiz::app::platform::{AppPaths, DialogKind, ManualClock, ScriptedDialogs};
use atelier_quiz::app::recovery::Recovery;
use atelier_quiz::app::settings::Settings;
use atelier_quiz::app::startup::build_app;
use atelier_quiz::app::state::{Pending, Prompt};
use atelier_quiz::cli::GuiOptions;
use atelier_quiz::i18n::Lang;
use egui::{Key, ViewportEvent, ViewportId};
use egui_kittest::kittest::Queryable;

/// An app with unsaved changes: the first prompt got a few words.
fn dirty_app() -> common::TestApp {
    let mut t = common::app_with(common::two_level_quiz(&[("q1", "a")]), None);
    t.type_into("Énoncé de la question", " modifiée");
    assert!(t.state().doc.is_dirty());
    t
}

fn saved_colleague_quiz(t: &common::TestApp) -> PathBuf {
    let mut quiz = common::two_level_quiz(&[("z1", "a")]);
    quiz.title = "Autre quiz".into();
    let path = t.path("autre.quiz.json");
    atelier_quiz::storage::save_quiz(&path, &quiz).unwrap();
    path
}

#[derive(Debug)]
struct Dropped(PathBuf);

impl egui::DroppedFile for Dropped {
    fn path(&self) -> &Path {
        &self.0
    }

    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

#[test]
fn open_with_unsaved_changes_asks_then_discards() {
    let mut t = dirty_app();
    let other = saved_colleague_quiz(&t);
    t.ctrl(Key::O);
    assert!(matches!(
        t.state().prompt,
        Some(Prompt::UnsavedChanges(Pending::OpenDialog))
    ));
    assert!(
        t.dialogs.asked().is_empty(),
        "asks before showing the file dialog"
    );
    t.dialogs.push(Some(other));
    t.click("Ne pas enregistrer");
    assert_eq!(t.dialogs.asked(), [DialogKind::OpenQuiz]);
    assert_eq!(t.quiz().title, "Autre quiz");
    assert!(!t.state().doc.is_dirty());
}

#[test]
fn new_with_unsaved_changes_can_save_first() {
    let mut t = dirty_app();
    let target = t.path("mon-quiz.quiz.json");
    t.ctrl(Key::N);
    t.dialogs.push(Some(target.clone()));
    t.click_last("Enregistrer");
    let saved = atelier_quiz::storage::open_quiz(&target, atelier_quiz::format::ImageCheck::Header)
        .unwrap();
    assert_eq!(saved.quiz.questions[0].prompt, "Question q1 modifiée");
    assert_eq!(t.quiz().title, "Nouveau quiz", "then the new quiz");
}

#[test]
fn dropping_a_quiz_file_opens_it_after_asking() {
    let mut t = dirty_app();
    let other = saved_colleague_quiz(&t);
    t.harness
        .input_mut()
        .dropped_files
        .push(Arc::new(Dropped(other.clone())));
    t.harness.run();
    assert!(
        matches!(&t.state().prompt, Some(Prompt::UnsavedChanges(Pending::Open(p))) if *p == other)
    );
    t.click_last("Annuler");
    assert_eq!(t.quiz().title, "Quiz de test", "cancel keeps everything");
    assert!(t.state().doc.is_dirty());
}

#[test]
fn closing_the_window_with_unsaved_changes_asks() {
    let mut t = dirty_app();
    let close = |t: &mut common::TestApp| {
        t.harness
            .input_mut()
            .viewports
            .entry(ViewportId::ROOT)
            .or_default()
            .events
            .push(ViewportEvent::Close);
        t.harness.run();
    };
    close(&mut t);
    assert!(matches!(
        t.state().prompt,
        Some(Prompt::UnsavedChanges(Pending::Quit))
    ));
    assert!(!t.state().quitting, "the close was cancelled to ask");
    t.click_last("Annuler");
    assert!(t.state().prompt.is_none() && !t.state().quitting);
    close(&mut t);
    t.click("Ne pas enregistrer");
    assert!(t.state().quitting, "closes without saving");
}

#[test]
fn a_bad_file_shows_its_errors_and_keeps_the_open_quiz() {
    let mut t = dirty_app();
    let bad = t.path("cassé.quiz.json");
    std::fs::write(
        &bad,
        br#"{"format": "atelier-quiz", "version": 1, "title": 12"#,
    )
    .unwrap();
    t.dialogs.push(Some(bad));
    t.ctrl(Key::O);
    t.click("Ne pas enregistrer");
    t.harness.get_by_label("Ce fichier ne peut pas être ouvert");
    assert_eq!(t.prompts(), ["Question q1 modifiée"], "nothing lost");
    assert!(t.state().doc.is_dirty());
    t.click("OK");
    assert!(t.state().notice.is_none());
}

#[test]
fn the_recovery_copy_is_offered_and_restored_after_a_crash() {
    let dir = tempfile::tempdir().unwrap();
    let paths = AppPaths::under(dir.path());
    // The session that crashed had written its recovery copy.
    let mut lost = common::two_level_quiz(&[("q1", "a"), ("q2", "b")]);
    lost.title = "Travail du mardi".into();
    let original = dir.path().join("mardi.quiz.json");
    // An hour ago (copies older than 30 days are pruned at start-up).
    let an_hour_ago = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs()
        - 3600;
    Recovery::new(&paths.data_dir)
        .write_now(&lost, Some(&original), an_hour_ago)
        .unwrap();
    // The next start finds it.
    let platform = Platform::new(
        Box::new(ScriptedDialogs::default()),
        Box::new(ManualClock::default()),
        Some(paths.clone()),
    );
    let settings = Settings {
        lang: Some(Lang::Fr),
        ..Settings::default()
    };
    let app = build_app(&GuiOptions::default(), platform, settings, false);
    assert!(matches!(app.state.prompt, Some(Prompt::Recover(_))));
    let mut harness = common::harness_for(app);
    harness.get_by_label("Travail non enregistré retrouvé");
    harness.get_by_label("Restaurer").click();
    harness.run();
    let state = &harness.state().state;
    assert_eq!(state.doc.quiz().title, "Travail du mardi");
    assert_eq!(state.doc.quiz().questions.len(), 2);
    assert_eq!(
        state.doc.path(),
        Some(original.as_path()),
        "saving goes to the original"
    );
    assert!(state.doc.is_dirty(), "restored work still needs saving");
    assert!(
        !original.exists(),
        "the user's file is never written by recovery"
    );
}

#[test]
fn autosave_writes_a_recovery_copy_while_dirty() {
    let mut t = dirty_app();
    let recovery = Recovery::new(&AppPaths::under(t.dir.path()).data_dir);
    t.clock.advance(std::time::Duration::from_secs(31));
    t.harness.step();
    t.clock.advance(std::time::Duration::from_secs(31));
    t.harness.step();
    t.harness
        .state_mut()
        .platform
        .recovery
        .as_mut()
        .unwrap()
        .flush();
    let found = recovery.find();
    assert_eq!(found.len(), 1, "a copy after 30 s of unsaved work");
    let copy = atelier_quiz::storage::open_quiz(
        &found[0].quiz_path,
        atelier_quiz::format::ImageCheck::Header,
    )
    .unwrap();
    assert_eq!(copy.quiz.questions[0].prompt, "Question q1 modifiée");
}
