//! Reordering through the real UI: answers, questions (buttons, keyboard, drag and drop),
//! questions across levels, and deleting a level that still has questions.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::common;

use egui::Key;
use egui_kittest::kittest::Queryable;

fn texts(t: &common::TestApp, q: usize) -> Vec<String> {
    t.quiz().questions[q]
        .kind
        .choices()
        .unwrap()
        .iter()
        .map(|c| c.text.clone())
        .collect()
}

#[test]
fn answers_move_up_and_down_keeping_which_is_correct() {
    let mut t = common::app_with(common::two_level_quiz(&[("q1", "a")]), None);
    t.click("Ajouter une réponse");
    t.type_into("Réponse A", "un");
    t.type_into("Réponse B", "deux");
    t.type_into("Réponse C", "trois");
    t.click_contains("Bonne réponse\u{202f}: C");
    t.click("Monter la réponse C");
    assert_eq!(texts(&t, 0), ["un", "trois", "deux"]);
    assert!(t.quiz().questions[0].kind.choices().unwrap()[1].correct);
    t.click("Descendre la réponse A");
    assert_eq!(texts(&t, 0), ["trois", "un", "deux"]);
    t.click("Retirer la réponse C");
    assert_eq!(texts(&t, 0), ["trois", "un"]);
}

#[test]
fn questions_move_within_their_level_with_buttons_and_keys() {
    let quiz = common::two_level_quiz(&[("q1", "a"), ("q2", "a"), ("q3", "b")]);
    let mut t = common::app_with(quiz, None);
    t.click("Descendre");
    assert_eq!(t.ids(), ["q2:a", "q1:a", "q3:b"]);
    assert_eq!(
        t.state().editor.selected,
        Some(1),
        "the moved question stays selected"
    );
    t.click("Monter");
    assert_eq!(t.ids(), ["q1:a", "q2:a", "q3:b"]);
    // Arrow keys on the focused list row change the selection.
    t.harness
        .get_by_label_contains("Question 1\u{202f}:")
        .focus();
    t.harness.run();
    t.harness.key_press(Key::ArrowDown);
    t.harness.run();
    assert_eq!(t.state().editor.selected, Some(1));
    t.harness.key_press(Key::ArrowDown);
    t.harness.run();
    assert_eq!(t.state().editor.selected, Some(2));
}

#[test]
fn move_to_another_level_with_the_menu() {
    let quiz = common::two_level_quiz(&[("q1", "a"), ("q2", "a"), ("q3", "b")]);
    let mut t = common::app_with(quiz, None);
    t.click("Changer de niveau");
    t.click_button("Pratique");
    assert_eq!(
        t.ids(),
        ["q2:a", "q3:b", "q1:b"],
        "at the end of its new level"
    );
    assert_eq!(t.state().editor.selected, Some(2));
    t.ctrl(Key::Z);
    assert_eq!(t.ids(), ["q1:a", "q2:a", "q3:b"], "one undo step");
}

#[test]
fn drag_and_drop_reorders_and_moves_across_levels() {
    let quiz = common::two_level_quiz(&[("q1", "a"), ("q2", "a"), ("q3", "b"), ("q4", "b")]);
    let mut t = common::app_with(quiz, None);
    let drag = |t: &mut common::TestApp, from: egui::Pos2, to: egui::Pos2| {
        t.harness.drag_at(from);
        t.harness.run();
        t.harness.hover_at(from + egui::vec2(0.0, 12.0));
        t.harness.run();
        t.harness.hover_at(to);
        t.harness.run();
        t.harness.drop_at(to);
        t.harness.run();
    };
    // q1 dropped on the lower half of q4: after it, in level b.
    let from = t
        .harness
        .get_by_label_contains("Question 1\u{202f}:")
        .rect()
        .center();
    let q4 = t
        .harness
        .get_by_label_contains("Question 4\u{202f}:")
        .rect();
    drag(
        &mut t,
        from,
        q4.center() + egui::vec2(0.0, q4.height() / 4.0),
    );
    assert_eq!(t.ids(), ["q2:a", "q3:b", "q4:b", "q1:b"]);
    // q3 dropped on the heading of level a: at the end of level a.
    let from = t
        .harness
        .get_by_label_contains("Question 2\u{202f}:")
        .rect()
        .center();
    let heading = t
        .harness
        .get_by_label("Ajouter une question à «\u{a0}Découverte\u{a0}»")
        .rect();
    drag(&mut t, from, heading.center() - egui::vec2(100.0, 0.0));
    assert_eq!(t.ids(), ["q2:a", "q3:a", "q4:b", "q1:b"]);
    t.ctrl(Key::Z);
    t.ctrl(Key::Z);
    assert_eq!(t.ids(), ["q1:a", "q2:a", "q3:b", "q4:b"]);
}

#[test]
fn deleting_a_level_with_questions_asks_where_they_go() {
    let quiz = common::two_level_quiz(&[("q1", "a"), ("q2", "b"), ("q3", "b")]);
    let mut t = common::app_with(quiz, None);
    t.click("Niveaux");
    t.click("Supprimer «\u{a0}Pratique\u{a0}»");
    assert!(t.state().editor.level_deletion.is_some(), "asks first");
    t.harness
        .get_by_label("Supprimer le niveau «\u{a0}Pratique\u{a0}»\u{202f}?");
    t.click("Les déplacer vers «\u{a0}Découverte\u{a0}»");
    t.click("Supprimer le niveau");
    assert_eq!(t.ids(), ["q1:a", "q2:a", "q3:a"]);
    assert_eq!(t.quiz().levels.len(), 1);
    t.ctrl(Key::Z);
    assert_eq!(t.ids(), ["q1:a", "q2:b", "q3:b"]);
    assert_eq!(t.quiz().levels.len(), 2);
    // Cancel changes nothing; deleting the questions too is a separate, explicit choice.
    t.click("Supprimer «\u{a0}Pratique\u{a0}»");
    t.click_last("Annuler");
    assert_eq!(t.quiz().levels.len(), 2);
    t.click("Supprimer «\u{a0}Pratique\u{a0}»");
    t.click("Supprimer aussi ses questions");
    t.click("Supprimer le niveau");
    assert_eq!(t.ids(), ["q1:a"]);
}

#[test]
fn levels_are_added_renamed_and_reordered() {
    let quiz = common::two_level_quiz(&[("q1", "a"), ("q2", "b")]);
    let mut t = common::app_with(quiz, None);
    t.click("Niveaux");
    t.click("Ajouter un niveau");
    assert_eq!(t.quiz().levels.len(), 3);
    t.type_into("Nom du niveau 3", " expert");
    assert_eq!(t.quiz().levels[2].name, "Nouveau niveau expert");
    t.click("Monter «\u{a0}Pratique\u{a0}»");
    let names: Vec<&str> = t.quiz().levels.iter().map(|l| l.name.as_str()).collect();
    assert_eq!(names, ["Pratique", "Découverte", "Nouveau niveau expert"]);
    assert_eq!(t.ids(), ["q2:b", "q1:a"], "questions follow their level");
}
