//! Without a file-chooser portal or zenity, every file dialog is the in-app chooser, in
//! French: saving, replacing a file after confirmation, opening. And a dialog that cannot be
//! shown says so in the status line.
#![allow(clippy::unwrap_used)]

use crate::common;

use atelier_quiz::app::native_dialogs::{self, Support, SystemDialogs, portal};
use atelier_quiz::app::platform::DialogAnswer;
use egui::accesskit::Role;
use egui_kittest::kittest::Queryable;

/// What the probe finds on a desktop with neither a portal (no session bus here) nor zenity.
fn bare_desktop() -> Support {
    let nowhere = tempfile::tempdir().unwrap();
    let address = format!("unix:path={}", nowhere.path().join("bus").display());
    let empty_path = std::env::join_paths([nowhere.path()]).unwrap();
    native_dialogs::support(
        || portal::has_file_chooser(Some(&address)),
        || native_dialogs::zenity_on_path(Some(&empty_path)),
    )
}

fn app_without_portal() -> common::TestApp {
    let root = tempfile::tempdir().unwrap();
    let quiz = common::two_level_quiz(&[("q1", "a")]);
    let mut t = common::app_with_dialogs(
        root.path(),
        quiz,
        None,
        Box::new(SystemDialogs::detect_with(bare_desktop)),
    );
    // The quiz "lives" in the test folder, so the dialogs open there.
    let path = t.path("premier.quiz.json");
    let quiz = t.quiz().clone();
    t.harness.state_mut().state.doc.mark_saved(path, &quiz);
    t.harness.run();
    t
}

/// Types `stem` over the selected stem of the offered name ("Quiz de test.quiz.json": the
/// dialog selects all but the extension, as file managers do).
fn type_file_stem(t: &mut common::TestApp, stem: &str) {
    let field = t
        .harness
        .get_by_role_and_label(Role::TextInput, "Nom du fichier\u{202f}:");
    assert_eq!(field.value().as_deref(), Some("Quiz de test.quiz.json"));
    assert!(field.is_focused(), "the name field has the keyboard");
    field.type_text(stem);
    t.harness.run();
}

#[test]
fn a_desktop_without_portal_or_zenity_gets_the_in_app_chooser() {
    assert_eq!(bare_desktop(), Support::InApp);
}

#[test]
fn save_as_with_the_in_app_chooser_then_replace_after_confirmation() {
    let mut t = app_without_portal();
    t.ctrl_shift(egui::Key::S);
    // The in-app dialog, in French, with the usual places.
    t.harness.get_by_label_contains("Enregistrer le quiz");
    t.harness.get_by_label_contains("Dossier personnel");
    type_file_stem(&mut t, "atelier.quiz");
    t.click_last("Enregistrer");
    let saved = t.path("atelier.quiz.json");
    assert!(
        saved.is_file(),
        "the quiz was written through the in-app dialog"
    );
    assert_eq!(t.state().doc.path(), Some(saved.as_path()));
    assert!(t.state().dialog.is_none());

    // Again, onto the same name: the dialog asks before replacing.
    t.harness.state_mut().state.doc.mark_unsaved();
    let before = std::fs::metadata(&saved).unwrap().modified().unwrap();
    t.ctrl_shift(egui::Key::S);
    type_file_stem(&mut t, "atelier.quiz");
    t.click_last("Enregistrer");
    t.harness.get_by_label_contains("existe déjà");
    assert!(
        t.state().dialog.is_some(),
        "nothing written before the answer"
    );
    t.click_last("Remplacer");
    assert!(t.state().dialog.is_none());
    assert!(!t.state().doc.is_dirty(), "saved after confirming");
    let after = std::fs::metadata(&saved).unwrap().modified().unwrap();
    assert!(after >= before);
}

#[test]
fn open_with_the_in_app_chooser() {
    let mut t = app_without_portal();
    let other = t.path("collegue.quiz.json");
    let mut quiz = common::two_level_quiz(&[("x1", "a")]);
    quiz.title = "Le quiz d'une collègue".into();
    atelier_quiz::storage::save_quiz(&other, &quiz).unwrap();
    t.ctrl(egui::Key::O);
    t.harness.get_by_label_contains("Ouvrir un quiz");
    t.click_contains("collegue.quiz.json");
    t.click_last("Ouvrir");
    assert_eq!(t.quiz().title, "Le quiz d'une collègue");
    assert_eq!(t.state().doc.path(), Some(other.as_path()));
}

#[test]
fn cancelling_the_in_app_chooser_changes_nothing() {
    let mut t = app_without_portal();
    t.ctrl(egui::Key::O);
    t.click_last("Annuler");
    assert!(t.state().dialog.is_none());
    assert_eq!(t.quiz().title, "Quiz de test");
}

#[test]
fn a_dialog_that_cannot_be_shown_is_reported_in_the_status_line() {
    let mut t = common::empty_app();
    t.dialogs
        .push_answer(DialogAnswer::Failed("pas d'affichage".into()));
    t.ctrl(egui::Key::O);
    let status = t.state().editor.status.clone().unwrap_or_default();
    assert!(status.contains("n'a pas pu s'ouvrir"), "{status}");
    assert!(status.contains("pas d'affichage"), "{status}");
    // The status line is a live region: screen readers read it when it changes.
    t.harness.get_by_role_and_label(Role::Status, &status);
}

/// One screen: while the CSV dialog is open the room sees black, not the slide, and the slide
/// comes back after it (full screen is left and entered again: `app::window` unit tests).
#[test]
fn the_csv_dialog_hides_the_slide_of_a_one_screen_presentation() {
    let mut t = app_without_portal();
    t.harness.key_press(egui::Key::F5);
    t.harness.run();
    t.harness.key_press(egui::Key::Enter);
    t.harness.run();
    t.harness.key_press(egui::Key::ArrowRight);
    t.harness.run();
    let prompt = |t: &common::TestApp| {
        t.harness
            .query_by_role_and_label(Role::Label, "Question q1")
            .is_some()
    };
    assert!(prompt(&t), "the slide shows the question");
    t.harness.key_press(egui::Key::E);
    t.harness.run();
    t.harness
        .get_by_label_contains("Enregistrer les résultats de la séance");
    assert!(!prompt(&t), "the slide is hidden while the dialog is open");
    t.click_last("Annuler");
    assert!(t.state().dialog.is_none());
    assert!(prompt(&t), "and back after it");
}
