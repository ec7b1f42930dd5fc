//! File → Imprimer… driven by label, as a user (or a screen reader) would: the sheet, the
//! levels and the paper change the previewed pages, "page 2 / 5" turns, and « Enregistrer le
//! PDF… » writes the very pages previewed.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::common;

use std::path::Path;

use egui_kittest::kittest::{NodeT, Queryable};

use atelier_quiz::export::print::Paper;
use atelier_quiz::format::ImageCheck;

fn sample_app() -> common::TestApp {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("quizzes/naviguer-en-securite.quiz.json");
    let quiz = atelier_quiz::storage::open_quiz(&path, ImageCheck::Full)
        .unwrap()
        .quiz;
    common::app_with(quiz, None)
}

fn pages(t: &common::TestApp) -> usize {
    t.state().editor.print.as_ref().unwrap().layout.pages.len()
}

fn page_texts(t: &common::TestApp) -> String {
    let print = t.state().editor.print.as_ref().unwrap();
    print
        .layout
        .pages
        .iter()
        .flat_map(|p| p.items.iter().filter_map(|i| i.text()))
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn the_menu_opens_a_preview_whose_pages_turn() {
    let mut t = sample_app();
    t.click("Fichier");
    t.click("Imprimer…");
    t.harness.get_by_label("Imprimer des fiches");
    let total = pages(&t);
    assert!(total >= 4, "{total} pages");
    t.harness
        .get_by_label(&format!("Aperçu de la page 1 sur {total}"));
    t.harness.get_by_label(&format!("page 1 / {total}"));
    assert!(
        t.harness
            .get_by_label("Page précédente")
            .accesskit_node()
            .is_disabled()
    );
    t.click("Page suivante");
    t.harness
        .get_by_label(&format!("Aperçu de la page 2 sur {total}"));
    t.harness.get_by_label(&format!("page 2 / {total}"));
    t.click("Page précédente");
    t.harness.get_by_label(&format!("page 1 / {total}"));
    // The preview's description is the page's text, for screen readers.
    let name = format!("Aperçu de la page 1 sur {total}");
    let preview = t.harness.get_by_label(&name);
    let description = preview.accesskit_node().description().unwrap_or_default();
    assert!(description.contains("Naviguer"), "{description}");
    t.click_last("Annuler");
    assert!(t.state().editor.print.is_none());
}

#[test]
fn ctrl_p_opens_it_and_the_choices_change_the_pages() {
    let mut t = sample_app();
    t.ctrl(egui::Key::P);
    t.harness.get_by_label("Imprimer des fiches");
    assert_eq!(t.state().editor.print.as_ref().unwrap().paper, Paper::A4);
    assert!(!page_texts(&t).contains("(bonne réponse)"));
    let sheet_pages = pages(&t);
    t.click("Corrigé");
    assert!(t.state().editor.print.as_ref().unwrap().answers);
    assert!(page_texts(&t).contains("(bonne réponse)"));
    assert!(pages(&t) >= sheet_pages, "the corrigé adds explanations");

    let all = t.state().editor.print.as_ref().unwrap().layout.questions;
    t.click_last("Approfondissement");
    let fewer = t.state().editor.print.as_ref().unwrap().layout.questions;
    assert!(fewer < all && fewer > 0, "{fewer} of {all}");

    t.click("Letter (États-Unis, Canada)");
    let page = &t.state().editor.print.as_ref().unwrap().layout.pages[0];
    assert_eq!((page.width, page.height), (612.0, 792.0));

    // No level ticked: nothing to print, said in words, and nothing to save.
    t.click_last("Découverte");
    t.click_last("Pratique");
    t.harness
        .get_by_label_contains("Aucune question à imprimer");
    assert!(
        t.harness
            .get_by_label("Enregistrer le PDF…")
            .accesskit_node()
            .is_disabled()
    );
    t.click_last("Pratique");
    assert!(
        !t.harness
            .get_by_label("Enregistrer le PDF…")
            .accesskit_node()
            .is_disabled()
    );
}

#[test]
fn the_pdf_saved_is_the_layout_previewed() {
    let mut t = sample_app();
    t.click("Fichier");
    t.click("Imprimer…");
    t.click("Corrigé");
    // The pages previewed are the CLI's for the same choices (same layout function, same
    // defaults), so the dialog shows what `atelier-quiz print --answers` prints.
    let previewed = t.state().editor.print.as_ref().unwrap().layout.clone();
    let mut options =
        atelier_quiz::export::print::PrintOptions::for_quiz(t.quiz(), atelier_quiz::i18n::Lang::Fr);
    options.answers = true;
    assert_eq!(
        previewed,
        atelier_quiz::export::print::layout(t.quiz(), &options)
    );
    let target = t.path("corrige.pdf");
    t.dialogs.push(Some(target.clone()));
    t.click("Enregistrer le PDF…");
    let bytes = std::fs::read(&target).unwrap();
    assert!(bytes.starts_with(b"%PDF-"));
    assert!(t.state().editor.print.is_none(), "the dialog closes");
    let status = t.state().editor.status.clone().unwrap_or_default();
    assert!(
        status.contains("PDF enregistré") && status.contains("corrige.pdf"),
        "{status}"
    );
}

#[test]
fn an_american_quiz_defaults_to_letter() {
    let mut quiz = common::two_level_quiz(&[("q1", "a")]);
    quiz.language = "en-US".into();
    let mut t = common::app_with(quiz, None);
    t.ctrl(egui::Key::P);
    assert_eq!(
        t.state().editor.print.as_ref().unwrap().paper,
        Paper::Letter
    );
    let page = &t.state().editor.print.as_ref().unwrap().layout.pages[0];
    assert_eq!((page.width, page.height), (612.0, 792.0));
}
