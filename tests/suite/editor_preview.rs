//! The editor's preview: numbered as the presentation will be, and shown large on a click.
#![allow(clippy::unwrap_used)]

use crate::common;

use atelier_quiz::app::command::Command;
use egui_kittest::kittest::Queryable;

#[test]
fn the_preview_shows_the_questions_real_number_and_enlarges() {
    let quiz = common::sample_quiz();
    let order = quiz.in_level_order();
    let total = order.len();
    let mut t = common::app_with(quiz, None);
    t.harness.set_size(egui::vec2(1920.0, 1080.0));
    // The third question of the presentation, wherever it is in the file.
    t.harness.state_mut().queue(Command::Select(Some(order[2])));
    t.harness.run();
    let label = format!("Question 3 sur {total}");
    assert!(
        t.harness.query_all_by_label_contains(&label).count() > 0,
        "{label} in the preview"
    );
    assert_eq!(
        t.harness
            .query_all_by_label_contains("Question 1 sur 1")
            .count(),
        0
    );
    t.click("Aperçu de la question (agrandir)");
    assert!(t.state().editor.preview_zoom);
    t.click("Fermer l'aperçu agrandi");
    assert!(!t.state().editor.preview_zoom);
}
