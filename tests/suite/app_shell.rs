//! The application shell driven through its real UI: menus, shortcuts, saving, unsaved-changes
//! prompt, recovery copy, bad files.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::common;

use atelier_quiz::app::command::Command;
use atelier_quiz::app::edit::{Edit, Header};
use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable;

#[test]
fn ctrl_s_on_untitled_asks_where_and_saves() {
    let mut t = common::empty_app();
    let target = t.path("atelier.quiz.json");
    t.dialogs.push(Some(target.clone()));
    t.harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    t.harness.run();
    assert!(target.is_file(), "saved through the dialog");
    assert!(!t.state().doc.is_dirty());
    assert_eq!(t.state().doc.path(), Some(target.as_path()));
    let saved = atelier_quiz::storage::open_quiz(&target, atelier_quiz::format::ImageCheck::Header)
        .unwrap();
    assert_eq!(saved.quiz.modified, "2026-11-27");
}

#[test]
fn menu_items_are_reachable_by_label() {
    use egui_kittest::kittest::NodeT;
    let mut t = common::empty_app();
    t.harness.get_by_label("Fichier").click();
    t.harness.run();
    // A menu item is named without its shortcut, which is its description.
    let item = t.harness.get_by_label("Nouveau quiz");
    assert_eq!(
        item.accesskit_node().description().as_deref(),
        Some("Ctrl+N")
    );
    assert_eq!(
        item.accesskit_node().role(),
        egui::accesskit::Role::MenuItem
    );
    item.click();
    t.harness.run();
    assert!(
        t.state().prompt.is_none(),
        "a clean quiz is replaced without asking"
    );
}

/// Shortcut hints name the keys as the user's keyboard prints them, not egui's English names.
#[test]
fn shortcut_hints_use_the_keyboard_names_of_the_language() {
    let mut t = common::empty_app();
    t.click("Fichier");
    shortcut_is(&t, "Enregistrer sous…", "Ctrl+Maj+S");
    t.harness.key_press(Key::Escape);
    t.harness.run();
    t.click("Édition");
    shortcut_is(&t, "Supprimer la question", "Suppr");
    t.harness.key_press(Key::Escape);
    t.harness.run();
    t.command(Command::SetLanguage(Some(atelier_quiz::i18n::Lang::En)));
    t.click("File");
    shortcut_is(&t, "Save as…", "Ctrl+Shift+S");
}

fn shortcut_is(t: &common::TestApp, item: &str, keys: &str) {
    use egui_kittest::kittest::NodeT;
    let node = t.harness.get_by_label(item);
    assert_eq!(node.accesskit_node().description().as_deref(), Some(keys));
}

#[test]
fn unsaved_changes_prompt_then_cancel_keeps_everything() {
    let mut t = common::empty_app();
    let mut header = Header::of(t.quiz());
    header.title = "Mes courriels".into();
    t.harness
        .state_mut()
        .queue(Command::edit(Edit::SetHeader(Box::new(header))));
    t.harness.run();
    assert!(t.state().doc.is_dirty());
    t.harness.key_press_modifiers(Modifiers::COMMAND, Key::N);
    t.harness.run();
    // The toolbar's "Annuler" (undo) is also on screen; the modal's button comes last.
    t.harness
        .get_all_by_label("Annuler")
        .last()
        .unwrap()
        .click();
    t.harness.run();
    assert!(t.state().prompt.is_none());
    assert_eq!(t.quiz().title, "Mes courriels");
    t.harness.key_press_modifiers(Modifiers::COMMAND, Key::N);
    t.harness.run();
    t.harness.get_by_label("Ne pas enregistrer").click();
    t.harness.run();
    assert_eq!(t.quiz().title, "Nouveau quiz");
}

#[test]
fn bad_file_keeps_current_quiz_and_shows_errors() {
    let mut t = common::empty_app();
    let bad = t.path("cassé.quiz.json");
    std::fs::write(
        &bad,
        b"{\"format\": \"atelier-quiz\", \"version\": 1, \"title\": ",
    )
    .unwrap();
    t.harness.state_mut().queue(Command::Open(bad));
    t.harness.run();
    assert_eq!(t.quiz().title, "Nouveau quiz");
    t.harness.get_by_label("Ce fichier ne peut pas être ouvert");
    t.harness
        .get_by_label_contains("le fichier s'arrête au milieu");
}

/// Ctrl+N is heard, not only seen: the status line says so and is a live region, since screen
/// readers do not read the window title when it changes.
#[test]
fn new_quiz_is_announced_in_a_live_status_line() {
    use egui_kittest::kittest::NodeT;
    let mut t = common::empty_app();
    t.harness.key_press_modifiers(Modifiers::COMMAND, Key::N);
    t.harness.run();
    let status = t.harness.get_by_label("Nouveau quiz créé");
    let node = status.accesskit_node();
    assert_eq!(node.role(), egui::accesskit::Role::Status);
    assert_eq!(node.live(), egui::accesskit::Live::Polite);
}

/// A text file opened by mistake is named for what it is, without JSON vocabulary.
#[test]
fn opening_a_text_file_says_it_is_not_a_quiz() {
    let mut t = common::empty_app();
    let notes = t.path("notes.txt");
    std::fs::write(&notes, "Penser à apporter les tablettes.\n").unwrap();
    t.harness.state_mut().queue(Command::Open(notes));
    t.harness.run();
    assert!(
        t.harness
            .query_all_by_label_contains("ce fichier n'est pas un quiz Atelier Quiz")
            .count()
            > 0
    );
    assert_eq!(t.harness.query_all_by_label_contains("virgule").count(), 0);
    assert_eq!(t.harness.query_all_by_label_contains("JSON").count(), 0);
}
