//! Undo and redo through the keyboard: every edit, typing bursts as one step, deletions and
//! image changes included; shortcuts without a modifier never fire while typing.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::common;

use std::time::Duration;

use atelier_quiz::app::command::{Command, ImageOrigin, ImageTarget};
use egui::Key;
use egui_kittest::kittest::Queryable;

const PROMPT: &str = "Énoncé de la question";

#[test]
fn a_typing_burst_is_one_step_and_a_pause_starts_another() {
    let mut t = common::app_with(common::two_level_quiz(&[("q1", "a")]), None);
    t.type_into(PROMPT, " : où");
    t.clock.advance(Duration::from_millis(500));
    t.harness.get_by_label(PROMPT).type_text(" cliquer");
    t.harness.run();
    t.clock.advance(Duration::from_millis(500));
    t.harness.get_by_label(PROMPT).type_text(" ?");
    t.harness.run();
    assert_eq!(t.prompts(), ["Question q1 : où cliquer ?"]);
    t.clock.advance(Duration::from_secs(5));
    t.harness.get_by_label(PROMPT).type_text("!");
    t.harness.run();
    t.ctrl(Key::Z);
    assert_eq!(
        t.prompts(),
        ["Question q1 : où cliquer ?"],
        "after the pause: own step"
    );
    t.ctrl(Key::Z);
    assert_eq!(t.prompts(), ["Question q1"], "the burst undone at once");
    assert!(!t.state().doc.is_dirty(), "back to the saved state");
    t.ctrl(Key::Y);
    assert_eq!(t.prompts(), ["Question q1 : où cliquer ?"]);
    t.ctrl_shift(Key::Z);
    assert_eq!(t.prompts(), ["Question q1 : où cliquer ?!"]);
}

#[test]
fn undo_redo_chain_over_different_edits() {
    let mut t = common::app_with(common::two_level_quiz(&[("q1", "a"), ("q2", "a")]), None);
    t.type_into("Réponse A", "oui");
    t.click_contains("Bonne réponse\u{202f}: A");
    t.click("Dupliquer");
    t.click("Descendre");
    t.click("Supprimer");
    let after = t.quiz().clone();
    assert_eq!(t.ids(), ["q1:a", "q2:a"], "the copy was moved then deleted");
    for _ in 0..5 {
        t.ctrl(Key::Z);
    }
    assert_eq!(
        t.quiz(),
        &common::two_level_quiz(&[("q1", "a"), ("q2", "a")])
    );
    assert!(!t.state().doc.can_undo());
    for _ in 0..5 {
        t.ctrl(Key::Y);
    }
    assert_eq!(t.quiz(), &after);
    assert!(!t.state().doc.can_redo());
}

#[test]
fn delete_key_removes_the_question_but_not_while_typing() {
    let mut t = common::app_with(common::two_level_quiz(&[("q1", "a"), ("q2", "a")]), None);
    t.command(Command::Select(Some(1)));
    t.harness.get_by_label(PROMPT).focus();
    t.harness.run();
    t.harness.key_press(Key::Delete);
    t.harness.run();
    assert_eq!(
        t.quiz().questions.len(),
        2,
        "Delete in a text field edits the text"
    );
    t.harness.key_press(Key::Escape);
    t.harness.run();
    t.harness.key_press(Key::Delete);
    t.harness.run();
    assert_eq!(t.ids(), ["q1:a"]);
    assert_eq!(t.state().editor.selected, Some(0));
    t.harness.get_by_label_contains("Question n°2 supprimée");
    t.ctrl(Key::Z);
    assert_eq!(t.ids(), ["q1:a", "q2:a"]);
    assert_eq!(
        t.state().editor.selected,
        Some(1),
        "the restored question is shown"
    );
}

#[test]
fn edit_menu_deletes_the_selected_question_and_says_so() {
    let mut t = common::app_with(common::two_level_quiz(&[("q1", "a"), ("q2", "a")]), None);
    t.command(Command::Select(Some(0)));
    t.click("Édition");
    t.harness
        .get_by_label_contains("Supprimer la question")
        .click();
    t.harness.run();
    assert_eq!(t.ids(), ["q2:a"]);
    t.harness.get_by_label_contains("Question n°1 supprimée");
    t.ctrl(Key::Z);
    assert_eq!(t.ids(), ["q1:a", "q2:a"]);
}

#[test]
fn image_changes_are_undone_with_their_embedded_file() {
    let mut t = common::app_with(common::two_level_quiz(&[("q1", "a")]), None);
    let add = |t: &mut common::TestApp, w: u32| {
        t.command(Command::AddImage {
            target: ImageTarget::Question(0),
            origin: ImageOrigin::Bytes(common::png_bytes(w, 10)),
        });
    };
    add(&mut t, 20);
    let first = t.quiz().questions[0].image.clone().unwrap().asset;
    add(&mut t, 30);
    assert_eq!(t.quiz().assets.len(), 1, "the replaced image is dropped");
    t.click("Retirer l'image");
    assert!(t.quiz().assets.is_empty() && t.quiz().questions[0].image.is_none());
    t.ctrl(Key::Z);
    t.ctrl(Key::Z);
    assert_eq!(t.quiz().questions[0].image.as_ref().unwrap().asset, first);
    assert_eq!(t.quiz().assets.len(), 1);
    assert!(t.quiz().assets.contains_key(&first));
}
