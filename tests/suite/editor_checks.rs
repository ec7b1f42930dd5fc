//! The checks panel jumps to the field to fix; filters narrow the list; pasted images land on
//! the question; the large-text setting keeps every control reachable.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::common;

use std::sync::Arc;

use atelier_quiz::app::command::Command;
use atelier_quiz::app::state::EditorTab;
use egui::{Color32, ColorImage, Event};
use egui_kittest::kittest::Queryable;

#[test]
fn clicking_a_check_selects_the_question_and_focuses_the_field() {
    let mut quiz = common::two_level_quiz(&[("q1", "a"), ("q2", "b"), ("q3", "b")]);
    quiz.questions[2].prompt.clear();
    quiz.license.clear();
    let mut t = common::app_with(quiz, None);
    t.click_contains("Vérifications (");
    t.click_contains("Question n°3, énoncé");
    assert_eq!(t.state().editor.tab, EditorTab::Question);
    assert_eq!(t.state().editor.selected, Some(2));
    assert!(t.harness.get_by_label("Énoncé de la question").is_focused());
    assert!(t.state().editor.focus_field.is_none(), "the jump is done");
    // A quiz-wide problem opens the quiz details, in the license field.
    t.click_contains("Vérifications (");
    t.click_contains("Informations du quiz, licence");
    assert_eq!(t.state().editor.tab, EditorTab::Details);
    assert!(
        t.harness
            .get_by_label("Licence du quiz\u{202f}: Identifiant")
            .is_focused()
    );
}

#[test]
fn warnings_can_be_hidden() {
    let mut t = common::app_with(common::two_level_quiz(&[("q1", "a")]), None);
    t.click_contains("Vérifications (");
    let count = |t: &common::TestApp, s: &str| t.harness.query_all_by_label_contains(s).count();
    assert!(count(&t, "avertissement — ") > 0);
    t.click("Afficher les avertissements");
    assert!(t.state().editor.hide_warnings);
    assert_eq!(count(&t, "avertissement — "), 0);
    assert!(count(&t, "erreur — ") > 0);
}

#[test]
fn a_quiz_without_problems_says_so() {
    let mut t = common::app_with(common::sample_quiz(), None);
    t.click("Vérifications");
    t.harness
        .get_by_label_contains("Aucun problème\u{202f}: ce quiz est prêt");
}

#[test]
fn the_list_filters_by_text_level_and_tag() {
    let mut quiz = common::two_level_quiz(&[("q1", "a"), ("q2", "b"), ("q3", "b")]);
    quiz.questions[1].prompt = "Le cadenas du navigateur".into();
    quiz.questions[2].tags.push("sms".into());
    let mut t = common::app_with(quiz, None);
    let rows = |t: &common::TestApp| {
        [
            "Question 1\u{202f}:",
            "Question 2\u{202f}:",
            "Question 3\u{202f}:",
        ]
        .iter()
        .filter(|l| t.harness.query_by_label_contains(l).is_some())
        .count()
    };
    assert_eq!(rows(&t), 3);
    t.type_into("Chercher", "CADENAS");
    assert_eq!(rows(&t), 1);
    t.harness.get_by_label_contains("Le cadenas du navigateur");
    t.click("Tout afficher");
    t.click_combo("Étiquette affichée");
    t.click("sms");
    assert_eq!(rows(&t), 1);
    t.click("Tout afficher");
    t.click_combo("Niveau affiché");
    t.click_button("Pratique");
    assert_eq!(rows(&t), 2);
}

#[test]
fn a_pasted_image_goes_on_the_selected_question() {
    let mut t = common::app_with(common::two_level_quiz(&[("q1", "a"), ("q2", "a")]), None);
    t.command(Command::Select(Some(1)));
    let pixels = ColorImage::new([64, 48], vec![Color32::from_rgb(10, 120, 200); 64 * 48]);
    t.harness.event(Event::PasteImage(Arc::new(pixels)));
    t.harness.run();
    let image = t.quiz().questions[1].image.clone().expect("pasted");
    let asset = &t.quiz().assets[&image.asset];
    assert_eq!(asset.media_type, atelier_quiz::model::MediaType::Png);
    assert_eq!(
        atelier_quiz::format::image_dimensions(asset.media_type, &asset.data),
        Ok((64, 48))
    );
}

#[test]
fn paste_button_asks_the_clipboard_and_says_when_it_holds_no_image() {
    let mut t = common::app_with(common::two_level_quiz(&[("q1", "a")]), None);
    t.click("Coller l'image");
    assert!(t.state().editor.paste_target.is_some());
    t.harness.event(Event::Paste("du texte".into()));
    t.harness.run();
    t.harness
        .get_by_label_contains("Le presse-papiers ne contient pas d'image");
    assert!(t.state().editor.paste_target.is_none());
    assert!(t.quiz().questions[0].image.is_none());
}

#[test]
fn large_text_keeps_every_control_named_and_reachable() {
    let mut t = common::app_with(common::sample_quiz(), None);
    t.click("Affichage");
    t.click("Taille du texte");
    t.click("175\u{202f}%");
    assert!((t.harness.ctx.zoom_factor() - 1.75).abs() < 1e-3);
    assert!(
        (t.state().settings.text_scale - 1.75).abs() < 1e-3,
        "kept in the settings"
    );
    let saved = atelier_quiz::app::settings::Settings::load(&t.dir.path().join("config"));
    assert!(
        (saved.text_scale - 1.75).abs() < 1e-3,
        "and saved for the next run"
    );
    // 1280 px at 175 %: the preview becomes a tab so the editor keeps its room.
    for tab in [
        "Aperçu",
        "Informations du quiz",
        "Niveaux",
        "Sources et crédits",
        "Question",
    ] {
        t.click(tab);
        assert!(t.harness.unnamed_widgets().is_empty(), "{tab}");
    }
    t.click("Ajouter une réponse");
    assert!(t.harness.get_by_label("Réponse E").rect().width() > 100.0);
}

#[test]
fn tab_moves_from_field_to_field_in_reading_order() {
    let mut t = common::app_with(common::two_level_quiz(&[("q1", "a")]), None);
    t.harness.get_by_label("Énoncé de la question").focus();
    t.harness.run();
    let mut reached = Vec::new();
    for _ in 0..6 {
        t.harness.key_press(egui::Key::Tab);
        t.harness.run();
        let focused = t
            .harness
            .query_all_by_label_contains("")
            .find(egui_kittest::Node::is_focused)
            .map(|n| format!("{n:?}"));
        reached.push(focused.unwrap_or_default());
    }
    let joined = reached.join("\n");
    let image = joined.find("Choisir une image").expect(&joined);
    let paste = joined.find("Coller l'image").expect(&joined);
    let answer = joined
        .find("RadioButton, label: \"Bonne réponse")
        .expect(&joined);
    assert!(image < paste && paste < answer, "{joined}");
}
